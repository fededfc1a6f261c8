//! The `ropa` binary as a user runs it: output, messages and exit codes.

#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn ropa(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ropa"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("USER", "dpo-test")
        // The language is the environment's unless --lang says: these tests read English.
        .env("LC_ALL", "C")
        .output()
        .expect("run ropa")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("UTF-8 messages")
}

#[test]
fn demo_then_list_json_shows_both_organisations() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite");
    let out = ropa(&db, &["demo"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Added the example register of Scalingo"));

    let out = ropa(&db, &["list", "--json"]);
    assert_eq!(out.status.code(), Some(0));
    let list: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 16);
    let orgs: std::collections::BTreeSet<&str> = list.iter().map(|a| a["organisation"].as_str().unwrap()).collect();
    assert_eq!(orgs.into_iter().collect::<Vec<_>>(), ["CoderPad France", "Scalingo"]);
    // Links are inlined by name.
    let first = &list[0];
    assert!(first["controllers"][0]["name"].as_str().is_some());
    assert!(first["measures"].as_array().unwrap().iter().all(|m| m["name"].is_string()));

    let out = ropa(&db, &["list", "--org", "coderpad"]);
    assert!(stdout(&out).lines().count() == 13, "{}", stdout(&out));

    // A second run duplicates nothing.
    let out = ropa(&db, &["demo"]);
    assert!(stdout(&out).contains("already in the store"));
    let again: serde_json::Value = serde_json::from_str(&stdout(&ropa(&db, &["list", "--json"]))).unwrap();
    assert_eq!(again.as_array().unwrap().len(), 16);
}

#[test]
fn history_shows_what_demo_wrote_and_by_whom() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite");
    ropa(&db, &["demo"]);
    let out = ropa(&db, &["history"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains("Created organisation 1 \"Scalingo\""), "{text}");
    assert!(text.contains("Created activity"), "{text}");
    let one = stdout(&ropa(&db, &["history", "1"]));
    assert_eq!(one.lines().count(), 1, "{one}");
}

#[test]
fn show_prints_every_article_30_item() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite");
    ropa(&db, &["demo"]);
    let out = ropa(&db, &["show", "3"]);
    assert!(out.status.success());
    let text = stdout(&out);
    // A processor activity: Art. 30(2) items.
    for label in [
        "Controllers (Art. 30(2)(a))",
        "Categories of processing (Art. 30(2)(b))",
        "Transfers (Art. 30(2)(c))",
        "Privacy Shield",
        "Security measures (Art. 30(2)(d))",
    ] {
        assert!(text.contains(label), "{label} missing:\n{text}");
    }
    // In German, with the regulation's words.
    let german = stdout(&ropa(&db, &["show", "3", "--lang", "de"]));
    for label in ["Verantwortliche (Art. 30 Abs. 2 lit. a)", "Kategorien von Verarbeitungen (Art. 30 Abs. 2 lit. b)"] {
        assert!(german.contains(label), "{label} missing:\n{german}");
    }
    let json: serde_json::Value = serde_json::from_str(&stdout(&ropa(&db, &["show", "3", "--json"]))).unwrap();
    assert_eq!(json["id"], 3);
}

#[test]
fn a_foreign_file_gets_exit_2_and_is_not_modified() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("notes.txt");
    fs::write(&file, "Nom;Finalité\nPaie;Payer\n").unwrap();
    for args in [&["list"][..], &["demo"][..]] {
        let out = ropa(&file, args);
        assert_eq!(out.status.code(), Some(2));
        let message = stderr(&out);
        assert!(message.contains("notes.txt") && message.contains("not a ropa store"), "{message}");
        assert_eq!(message.lines().count(), 1, "{message}");
    }
    assert_eq!(fs::read_to_string(&file).unwrap(), "Nom;Finalité\nPaie;Payer\n");
}

#[test]
fn a_missing_file_gets_exit_2_for_reading_commands() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("absent.sqlite");
    let out = ropa(&db, &["list"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no such file or folder"), "{}", stderr(&out));
    assert!(!db.exists());
}

#[test]
fn an_unknown_id_gets_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite");
    ropa(&db, &["demo"]);
    for args in [&["show", "999"][..], &["history", "999"][..]] {
        let out = ropa(&db, args);
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(stderr(&out).trim(), "ropa: no activity with ID 999");
    }
}

#[test]
fn bad_arguments_get_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite");
    ropa(&db, &["demo"]);
    let out = ropa(&db, &["show", "not-a-number"]);
    assert_eq!(out.status.code(), Some(2));
    let out = ropa(&db, &["list", "--org", "nobody"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).trim(), "ropa: no organisation matches 'nobody'");
}

#[test]
fn export_all_then_import_the_folder_into_a_new_store_gives_the_same_files() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.sqlite");
    let b = dir.path().join("b.sqlite");
    ropa(&a, &["demo"]);
    let first = dir.path().join("first");
    let out = ropa(&a, &["export", "csv", first.to_str().unwrap(), "--table", "all", "--delimiter", ";"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Wrote 16 activities"), "{}", stdout(&out));
    let out = ropa(&b, &["import", first.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let second = dir.path().join("second");
    ropa(&b, &["export", "csv", second.to_str().unwrap(), "--table", "all", "--delimiter", ";"]);
    for table in ["organisations", "sites", "controllers", "subprocessors", "measures", "activities"] {
        let name = format!("{table}.csv");
        assert_eq!(fs::read(first.join(&name)).unwrap(), fs::read(second.join(&name)).unwrap(), "{name}");
    }
}

#[test]
fn export_for_one_controller_holds_only_its_processor_activities() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite");
    ropa(&db, &["demo"]);
    let file = dir.path().join("northwind.csv");
    let out = ropa(&db, &["export", "csv", file.to_str().unwrap(), "--controller", "northwind"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = fs::read_to_string(&file).unwrap();
    assert!(text.contains("Skills assessment of candidates"));
    assert!(!text.contains("Scalingo"), "another organisation's activities leaked");
    assert!(stdout(&out).contains("Wrote 12 activities"), "{}", stdout(&out));
}

#[test]
fn export_as_of_a_date_before_the_register_existed_is_empty() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite");
    ropa(&db, &["demo"]);
    let file = dir.path().join("old.csv");
    let out = ropa(&db, &["export", "csv", file.to_str().unwrap(), "--as-of", "2001-01-01"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(fs::read_to_string(&file).unwrap().lines().count(), 1, "only the header row");
    let out = ropa(&db, &["export", "csv", file.to_str().unwrap(), "--as-of", "someday"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn import_errors_have_their_exit_codes_and_leave_the_store_alone() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite");
    ropa(&db, &["demo"]);
    let before = stdout(&ropa(&db, &["list", "--json"]));
    let history = stdout(&ropa(&db, &["history"]));

    let truncated = dir.path().join("truncated.csv");
    fs::write(&truncated, "Name,Purposes\nPayroll,\"Pay staff\nHiring,Hire\n").unwrap();
    let out = ropa(&db, &["import", truncated.to_str().unwrap(), "--org", "Scalingo"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("truncated.csv: row 2: a quoted cell is never closed"), "{}", stderr(&out));

    let invalid = dir.path().join("invalid.csv");
    fs::write(&invalid, "Name;Purposes;Created\nPayroll;Pay;2024-02-30\n").unwrap();
    let out = ropa(&db, &["import", invalid.to_str().unwrap(), "--org", "Scalingo"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("row 2, column C \"Created\": '2024-02-30' is not a date that exists"),
        "{}",
        stderr(&out)
    );

    let binary = dir.path().join("binary.csv");
    fs::write(&binary, [0u8, 159, 146, 150, 0, 0, 1, 2, 3]).unwrap();
    let out = ropa(&db, &["import", binary.to_str().unwrap(), "--org", "Scalingo"]);
    assert_eq!(out.status.code(), Some(2));

    let out = ropa(&db, &["import", dir.path().join("absent.csv").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));

    assert_eq!(stdout(&ropa(&db, &["list", "--json"])), before);
    assert_eq!(stdout(&ropa(&db, &["history"])), history);
}

#[test]
fn import_dry_run_says_what_would_happen() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite");
    let sheet = dir.path().join("sheet.csv");
    fs::write(&sheet, "Name,Purposes,Security measures\nPayroll,Pay staff,Encryption\n").unwrap();
    let out = ropa(&db, &["import", sheet.to_str().unwrap(), "--org", "Acme", "--dry-run"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("1 row read: would create 1, update 0, leave 0 unchanged."), "{text}");
    assert!(text.contains("Would add measure: Encryption"), "{text}");
    assert!(text.contains("Dry run: nothing was written."), "{text}");
    assert!(!db.exists(), "a dry run created the store");
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "only the sheet is left");
}

#[test]
fn a_client_export_leaves_out_the_dpos_notes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite");
    ropa(&db, &["demo"]);
    let folder = dir.path().join("client");
    let out = ropa(&db, &["export", "csv", folder.to_str().unwrap(), "--table", "all", "--controller", "northwind"]);
    assert!(out.status.success(), "{}", stderr(&out));
    for table in ["activities", "controllers", "organisations", "subprocessors"] {
        let bytes = fs::read(folder.join(format!("{table}.csv"))).unwrap();
        let mut records = ropa_core::csv::read::CsvReader::new(bytes.as_slice(), None).unwrap();
        let header = records.next().unwrap().unwrap().cells;
        let notes = header.iter().position(|h| h == "Notes").unwrap();
        for record in records {
            let record = record.unwrap();
            assert_eq!(record.cells[notes], "", "{table}, row {} leaks its notes", record.row);
        }
    }
}

#[test]
fn export_pdf_writes_the_record_and_asks_which_organisation() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite");
    ropa(&db, &["demo"]);
    let pdf = dir.path().join("record.pdf");
    let out = ropa(&db, &["export", "pdf", pdf.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("several organisations (Scalingo, CoderPad France)"), "{}", stderr(&out));
    assert!(!pdf.exists());
    let args = [
        "export",
        "pdf",
        pdf.to_str().unwrap(),
        "--org",
        "scalingo",
        "--lang",
        "fr",
        "--generated-at",
        "2026-11-23T10:00:00Z",
    ];
    let out = ropa(&db, &args);
    assert!(out.status.success(), "{}", stderr(&out));
    let first = fs::read(&pdf).unwrap();
    assert!(first.starts_with(b"%PDF-"));
    ropa(&db, &args);
    assert_eq!(fs::read(&pdf).unwrap(), first, "same register, same date: same file");
    let out = ropa(&db, &["export", "pdf", pdf.to_str().unwrap(), "--org", "scalingo", "--lang", "xx"]);
    assert_eq!(out.status.code(), Some(2));
    let client = dir.path().join("client.pdf");
    let out = ropa(&db, &["export", "pdf", client.to_str().unwrap(), "--controller", "northwind"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("CoderPad France"));
}

#[test]
fn check_reports_the_demo_s_errors_with_exit_1_in_both_languages_and_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite");
    assert!(ropa(&db, &["demo"]).status.success());

    let out = ropa(&db, &["check"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("[invalid-safeguard-privacy-shield]") && text.contains("C-311/18"), "{text}");
    assert!(text.contains("Completeness:") && text.contains("Reference data checked on"), "{text}");

    let out = ropa(&db, &["check", "--lang", "fr"]);
    assert!(stdout(&out).contains("invalidé par la Cour de justice le 16 juillet 2020"));

    let out = ropa(&db, &["check", "--org", "coderpad", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "CoderPad's register has no error: {}", stdout(&out));
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(report["findings"].as_array().unwrap().iter().all(|f| f["severity"] != "error"));
    assert_eq!(report["reference_stale"], false);

    assert_eq!(ropa(&db, &["check", "--format", "xml"]).status.code(), Some(2));
}

#[test]
fn a_refused_import_leaves_no_new_store_and_undo_goes_back_one_change_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite");
    let sheet = dir.path().join("sheet.csv");
    fs::write(&sheet, "Name,Purposes,Security measures\nPayroll,Pay staff,Encryption\n").unwrap();
    // No organisation: refused, and the store this command would have made is not left behind.
    let out = ropa(&db, &["import", sheet.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(!db.exists(), "the refused import left a store");

    assert!(ropa(&db, &["import", sheet.to_str().unwrap(), "--org", "Acme"]).status.success());
    fs::write(&sheet, "Name,Purposes,Security measures\nPayroll,Pay staff and interns,Encryption\n").unwrap();
    assert!(ropa(&db, &["import", sheet.to_str().unwrap(), "--org", "Acme"]).status.success());
    // The history names fields as the register's columns do, and lists by what goes and comes.
    let history = stdout(&ropa(&db, &["history"]));
    assert!(history.contains("    Purposes:\n      − Pay staff\n      + Pay staff and interns"), "{history}");
    // In French, with the words of the register's columns.
    let history = stdout(&ropa(&db, &["history", "--lang", "fr"]));
    assert!(history.contains("    Finalités\u{a0}:\n      − Pay staff\n"), "{history}");
    let out = ropa(&db, &["undo"]);
    assert!(stdout(&out).contains("Took back change 2"), "{}{}", stdout(&out), stderr(&out));
    let out = ropa(&db, &["undo"]);
    assert!(stdout(&out).contains("Took back change 1"), "{}{}", stdout(&out), stderr(&out));
    let out = ropa(&db, &["undo", "2"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("was taken back already (by change 3)"), "{}", stderr(&out));
    let out = ropa(&db, &["undo"]);
    assert!(stderr(&out).contains("no change left to take back"), "{}", stderr(&out));
    assert_eq!(stdout(&ropa(&db, &["list", "--json"])).trim(), "[]");
}

/// Runs ropa with the files it may write limited to `blocks` KiB, as on a full disk (SIGXFSZ
/// ignored, so that writes past the limit fail with EFBIG as they would with ENOSPC).
fn ropa_limited(db: &Path, blocks: u64, args: &[&str]) -> Output {
    Command::new("bash")
        .arg("-c")
        .arg(format!("trap '' XFSZ; ulimit -f {blocks}; exec \"$@\""))
        .arg("bash")
        .arg(env!("CARGO_BIN_EXE_ropa"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("USER", "dpo-test")
        // The language is the environment's unless --lang says: these tests read English.
        .env("LC_ALL", "C")
        .output()
        .expect("run ropa")
}

#[test]
fn a_full_disk_is_said_as_such_and_the_register_and_earlier_files_stay_as_they_were() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite");
    assert!(ropa(&db, &["demo"]).status.success());
    let before = stdout(&ropa(&db, &["list", "--json"]));
    let history = stdout(&ropa(&db, &["history"]));
    let size = fs::metadata(&db).unwrap().len();
    // An import that needs more room than there is.
    let sheet = dir.path().join("big.csv");
    let mut text = String::from("Name;Purposes;Notes\n");
    for i in 0..3000 {
        text.push_str(&format!("Activity {i};Purpose {i};{}\n", "x".repeat(200)));
    }
    fs::write(&sheet, text).unwrap();
    let blocks = size / 1024 + 40;
    let out = ropa_limited(&db, blocks, &["import", sheet.to_str().unwrap(), "--org", "Scalingo"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("nothing was written"), "{}", stderr(&out));
    assert!(stderr(&out).contains("disk"), "{}", stderr(&out));
    assert_eq!(stdout(&ropa(&db, &["list", "--json"])), before);
    assert_eq!(stdout(&ropa(&db, &["history"])), history);

    // An export that does not fit (the record is some 90 kB): the earlier file stays whole, no
    // partial file is left.
    let out_file = dir.path().join("record.pdf");
    let export = ["export", "pdf", out_file.to_str().unwrap(), "--org", "Scalingo"];
    assert!(ropa(&db, &export).status.success());
    let earlier = fs::read(&out_file).unwrap();
    let out = ropa_limited(&db, 48, &export);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("larger than the system allows"), "{}", stderr(&out));
    assert_eq!(fs::read(&out_file).unwrap(), earlier);
    let names: Vec<String> =
        fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(names.iter().all(|n| !n.contains(".tmp") && !n.starts_with('.')), "{names:?}");
}

#[test]
fn backups_are_listed_and_one_is_put_back_as_a_change_undo_takes_back() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite");
    assert!(ropa(&db, &["demo"]).status.success());
    let demo = stdout(&ropa(&db, &["list", "--json"]));
    let sheet = dir.path().join("sheet.csv");
    fs::write(&sheet, "Name,Purposes\nPayroll,Pay staff\n").unwrap();
    assert!(ropa(&db, &["import", sheet.to_str().unwrap(), "--org", "Scalingo"]).status.success());
    let imported = stdout(&ropa(&db, &["list", "--json"]));
    let out = ropa(&db, &["backups"]);
    let text = stdout(&out);
    assert!(text.contains("before an import"), "{text}");
    let name = text.split_whitespace().find(|w| w.starts_with("r.sqlite.import-backup-")).unwrap().to_string();
    let out = ropa(&db, &["restore", &name]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("recorded as change"), "{}", stdout(&out));
    assert_eq!(stdout(&ropa(&db, &["list", "--json"])), demo);
    assert!(stdout(&ropa(&db, &["history"])).contains("Restore of the copy made"));
    assert!(ropa(&db, &["undo"]).status.success());
    assert_eq!(stdout(&ropa(&db, &["list", "--json"])), imported);
    let out = ropa(&db, &["restore", "no-such-copy"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("ropa backups"), "{}", stderr(&out));
}

#[test]
fn a_damaged_store_is_refused_untouched_and_what_it_holds_can_be_saved() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite");
    assert!(ropa(&db, &["demo"]).status.success());
    let sheet = dir.path().join("sheet.csv");
    let mut text = String::from("Name;Purposes\n");
    for i in 0..2000 {
        text.push_str(&format!("Activity {i};Purpose {i} {}\n", "x".repeat(300)));
    }
    fs::write(&sheet, text).unwrap();
    assert!(ropa(&db, &["import", sheet.to_str().unwrap(), "--org", "Scalingo"]).status.success());
    // Pages overwritten in the middle of the file, as a failing disk leaves them.
    let mut bytes = fs::read(&db).unwrap();
    let page = 16_384;
    let middle = bytes.len() / page / 2 * page;
    bytes[middle..middle + 2 * page].fill(0xAA);
    fs::write(&db, &bytes).unwrap();
    let out = ropa(&db, &["import", sheet.to_str().unwrap(), "--org", "Scalingo"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let message = stderr(&out);
    assert!(message.contains("the store is damaged") && message.contains("ropa recover"), "{message}");
    assert_eq!(fs::read(&db).unwrap(), bytes, "the damaged store was written to");

    let saved = dir.path().join("saved.sqlite");
    let out = ropa(&db, &["recover", db.to_str().unwrap(), saved.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = stdout(&out);
    assert!(report.contains("Saved into") && report.contains("activities"), "{report}");
    assert_eq!(fs::read(&db).unwrap(), bytes, "recovering wrote to the damaged store");
    // The new store opens, holds most of the register, and says what it could not save.
    let list = stdout(&ropa(&saved, &["list", "--json"]));
    let saved_activities = serde_json::from_str::<serde_json::Value>(&list).unwrap().as_array().unwrap().len();
    assert!(saved_activities > 1000, "{saved_activities} activities saved");
    assert!(report.contains("Not saved") || saved_activities == 2016, "{report}");
    assert!(stdout(&ropa(&saved, &["history"])).contains("Recovered from the damaged store"));
    // Nothing is left beside it but the stores.
    let names: Vec<String> =
        fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(names.iter().all(|n| !n.starts_with(".ropa-recover")), "{names:?}");
}

/// `ropa` run as a user who may read `db` but not write it: as such a user when the tests run as
/// root (for whom no file is read-only), by `setpriv`.
fn ropa_as_reader(db: &Path, args: &[&str]) -> Output {
    let uid = Command::new("id").arg("-u").output().map(|o| stdout(&o).trim().to_string()).unwrap_or_default();
    let mut command = if uid == "0" {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", env!("CARGO_BIN_EXE_ropa")]);
        c
    } else {
        Command::new(env!("CARGO_BIN_EXE_ropa"))
    };
    command.arg("--db").arg(db).args(args).env("USER", "reader").env("LC_ALL", "C").output().expect("run ropa")
}

#[test]
fn a_store_that_cannot_be_written_opens_for_reading_and_refuses_writes_untouched() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("read-only");
    fs::create_dir(&folder).unwrap();
    let db = folder.join("r.sqlite");
    assert!(ropa(&db, &["demo"]).status.success());
    let out_dir = dir.path().join("out");
    fs::create_dir(&out_dir).unwrap();
    // The store, and its folder, may be read and not written (as on a read-only medium).
    fs::set_permissions(&db, fs::Permissions::from_mode(0o444)).unwrap();
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o555)).unwrap();
    fs::set_permissions(&out_dir, fs::Permissions::from_mode(0o777)).unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    let bytes = fs::read(&db).unwrap();

    let list = ropa_as_reader(&db, &["list"]);
    assert!(list.status.success(), "{}", stderr(&list));
    assert!(stdout(&list).contains("Scalingo"), "{}", stdout(&list));
    assert!(stderr(&list).contains("opened for reading only"), "{}", stderr(&list));
    let csv = out_dir.join("activities.csv");
    let export = ropa_as_reader(&db, &["export", "csv", csv.to_str().unwrap()]);
    assert!(export.status.success(), "{}", stderr(&export));
    assert!(fs::read_to_string(&csv).unwrap().contains("Scalingo"));

    let sheet = out_dir.join("sheet.csv");
    fs::write(&sheet, "Name;Purposes\nPayroll;Pay staff\n").unwrap();
    let import = ropa_as_reader(&db, &["import", sheet.to_str().unwrap(), "--org", "Scalingo"]);
    assert_eq!(import.status.code(), Some(2), "{}", stderr(&import));
    let message = stderr(&import);
    assert!(message.contains("read-only here") && message.contains("copy the file"), "{message}");
    assert_eq!(fs::read(&db).unwrap(), bytes, "the store was written to");
    let names: Vec<_> = fs::read_dir(&folder).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(names.len(), 1, "files appeared beside the store: {names:?}");
    fs::set_permissions(&folder, fs::Permissions::from_mode(0o755)).unwrap();
}

fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// The register holds personal data: every file ropa writes is its owner's only, and the folder
/// it makes for the default store too.
#[test]
fn every_file_ropa_writes_is_its_owners_only() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("xdg-data");
    let out = Command::new(env!("CARGO_BIN_EXE_ropa"))
        .arg("demo")
        .env("LC_ALL", "C")
        .env("XDG_DATA_HOME", &data)
        .env("HOME", dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(mode(&data.join("ropa")), 0o700, "the data folder");
    assert_eq!(mode(&data.join("ropa/register.sqlite")), 0o600, "the default store");

    let db = dir.path().join("r.sqlite");
    assert!(ropa(&db, &["demo"]).status.success());
    assert_eq!(mode(&db), 0o600, "a store made with --db");
    let sheet = dir.path().join("sheet.csv");
    fs::write(&sheet, "Name;Purposes\nPayroll;Pay staff\n").unwrap();
    assert!(ropa(&db, &["import", sheet.to_str().unwrap(), "--org", "Scalingo"]).status.success());
    let backup = ropa_core::store::backups(&db).unwrap().remove(0).path;
    assert_eq!(mode(&backup), 0o600, "the copy taken before the import");
    for (format, name) in [("csv", "out.csv"), ("xlsx", "out.xlsx"), ("pdf", "out.pdf")] {
        let file = dir.path().join(name);
        // An earlier file readable by all is replaced by one that is not.
        fs::write(&file, "earlier").unwrap();
        fs::set_permissions(&file, fs::Permissions::from_mode(0o644)).unwrap();
        let args: Vec<&str> = match format {
            "pdf" => vec!["export", "pdf", file.to_str().unwrap(), "--org", "Scalingo"],
            _ => vec!["export", format, file.to_str().unwrap()],
        };
        let out = ropa(&db, &args);
        assert!(out.status.success(), "{format}: {}", stderr(&out));
        assert_eq!(mode(&file), 0o600, "the {format} export");
    }
    // A store an older ropa left readable by all is made its owner's only when next opened.
    fs::set_permissions(&db, fs::Permissions::from_mode(0o644)).unwrap();
    assert!(ropa(&db, &["list"]).status.success());
    assert_eq!(mode(&db), 0o600);
}

#[test]
fn an_export_never_replaces_the_store_or_its_files() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite");
    assert!(ropa(&db, &["demo"]).status.success());
    let bytes = fs::read(&db).unwrap();
    let link = dir.path().join("register-link.csv");
    std::os::unix::fs::symlink(&db, &link).unwrap();
    for dest in [db.clone(), link, dir.path().join("r.sqlite-wal")] {
        let out = ropa(&db, &["export", "csv", dest.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2), "{}: {}", dest.display(), stderr(&out));
        assert!(stderr(&out).contains("an export never replaces it"), "{}", stderr(&out));
    }
    assert_eq!(fs::read(&db).unwrap(), bytes);
    assert!(!dir.path().join("r.sqlite-wal").exists());
}

/// A dry run with no store to run on runs on a store in memory: nothing is left anywhere, in the
/// temporary folder least of all.
#[test]
fn a_dry_run_with_no_store_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let tmp = dir.path().join("tmp");
    fs::create_dir(&tmp).unwrap();
    let sheet = dir.path().join("sheet.csv");
    fs::write(&sheet, "Name;Purposes\nPayroll;Pay staff\n").unwrap();
    let db = dir.path().join("missing.sqlite");
    let out = Command::new(env!("CARGO_BIN_EXE_ropa"))
        .args(["--db", db.to_str().unwrap(), "import", sheet.to_str().unwrap(), "--org", "Acme", "--dry-run"])
        .env("TMPDIR", &tmp)
        .env("LC_ALL", "C")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Payroll") || stdout(&out).contains("1 "), "{}", stdout(&out));
    assert!(!db.exists());
    assert_eq!(fs::read_dir(&tmp).unwrap().count(), 0, "files were left in the temporary folder");
}

/// Control and text-direction characters never reach the register from an import (removed, and
/// said with the row and column), and what the CLI prints from an older store holding some is
/// escaped, never sent to the terminal as it is.
#[test]
fn control_characters_are_kept_out_of_the_register_and_off_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite");
    let sheet = dir.path().join("sheet.csv");
    let mut text = String::from("Name;Purposes\nPayroll;Pay\u{1b}[2J staff\u{202e}fdp.exe\n");
    for i in 0..20 {
        text.push_str(&format!("Activity {i};Purpose {i}\n"));
    }
    fs::write(&sheet, text).unwrap();
    let out = ropa(&db, &["import", sheet.to_str().unwrap(), "--org", "Acme"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = format!("{}{}", stdout(&out), stderr(&out));
    assert!(said.contains("U+001B, U+202E") && said.contains("row 2"), "{said}");
    assert!(!said.contains('\u{1b}') && !said.contains('\u{202e}'), "{said:?}");
    let shown = stdout(&ropa(&db, &["list", "--json"]));
    assert!(shown.contains("Pay[2J stafffdp.exe"), "{shown}");

    // An older store (or another tool) put an escape sequence in a name.
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch(
        "UPDATE activities SET name = 'Pay' || char(27) || '[2Jroll'; \
         UPDATE history SET after = replace(after, '\"Payroll\"', '\"Pay\\u001b[2Jroll\"');",
    )
    .unwrap();
    drop(conn);
    for args in [&["list"][..], &["list", "--json"][..]] {
        let out = ropa(&db, args);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(!stdout(&out).contains('\u{1b}'), "{:?}", stdout(&out));
        assert!(stdout(&out).contains("Pay\\u001b[2Jroll"), "{}", stdout(&out));
    }
}

/// Erasing a person's data: where it occurs is said first; then it is gone from the store's bytes,
/// its log and every copy beside it, the register still whole and the erasure in its history.
#[test]
fn a_persons_data_is_erased_from_the_register_its_history_and_its_copies() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite");
    assert!(ropa(&db, &["demo"]).status.success());
    let sheet = dir.path().join("sheet.csv");
    fs::write(
        &sheet,
        "Name;Purposes;Notes\nRecruitment;Hire staff;Ask Jean DUPONT (jean.dupont@example.org, +33 6 12 34 56 78)\n",
    )
    .unwrap();
    assert!(ropa(&db, &["import", sheet.to_str().unwrap(), "--org", "Scalingo"]).status.success());
    fs::write(&sheet, "Name;Purposes;Notes\nRecruitment;Hire staff, with Jean Dupont;Updated\n").unwrap();
    assert!(ropa(&db, &["import", sheet.to_str().unwrap(), "--org", "Scalingo"]).status.success());
    let copies = ropa_core::store::backups(&db).unwrap();
    assert!(!copies.is_empty());
    let holds = |path: &Path, text: &str| {
        let bytes = fs::read(path).unwrap_or_default();
        bytes.windows(text.len()).any(|w| w.eq_ignore_ascii_case(text.as_bytes()))
    };
    assert!(holds(&db, "jean dupont"));

    let asked = ropa(&db, &["purge", "Jean Dupont"]);
    assert!(asked.status.success(), "{}", stderr(&asked));
    let said = stdout(&asked);
    assert!(
        said.contains("activity \"Recruitment\"") && said.contains("purposes") && said.contains("history"),
        "{said}"
    );
    assert!(said.contains("Nothing was changed"), "{said}");
    assert!(holds(&db, "jean dupont"), "asking changed the store");
    // A damaged copy set aside beside the store (as the window's rescue leaves one) holds it too.
    let aside = dir.path().join("r.sqlite.damaged-20261201T101010000");
    let mut damaged = fs::read(&db).unwrap();
    let half = damaged.len() / 2;
    damaged[half..half + 100].fill(0xAA);
    fs::write(&aside, &damaged).unwrap();
    assert!(
        stdout(&ropa(&db, &["purge", "Jean Dupont"])).contains("r.sqlite.damaged-"),
        "the damaged copy is not said"
    );

    for text in ["Jean Dupont", "jean.dupont@example.org", "+33 6 12 34 56 78"] {
        let out = ropa(&db, &["purge", text, "--yes"]);
        assert!(out.status.success(), "{text}: {}", stderr(&out));
    }
    assert!(!aside.exists() || !holds(&aside, "dupont"), "the damaged copy still holds the name");
    let mut files = vec![db.clone(), dir.path().join("r.sqlite-wal")];
    files.extend(
        fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.file_name().unwrap().to_string_lossy().contains("-backup-")),
    );
    for file in &files {
        for text in ["dupont", "12 34 56 78"] {
            assert!(!holds(file, text), "{} still holds {text:?}", file.display());
        }
    }
    // The register is whole, says where the text was erased, and the erasure is in its history.
    let show = stdout(&ropa(&db, &["list", "--json"]));
    assert!(show.contains("[erased on "), "{show}");
    assert!(ropa(&db, &["demo"]).status.success(), "the store no longer opens whole");
    let history = stdout(&ropa(&db, &["history"]));
    assert!(history.contains("Erasure of personal data"), "{history}");
    // Too short a text is refused.
    let out = ropa(&db, &["purge", "Je", "--yes"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
}

#[test]
fn check_lists_its_rules_in_each_language_without_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("none.sqlite");
    let out = ropa(&db, &["check", "--list-rules"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("transfer-without-safeguard [error, warning, info] (Art. 44, 46 GDPR / Art. 45 GDPR)"),
        "{text}"
    );
    assert!(text.contains("invalid-safeguard-privacy-shield [error] (Art. 44, 45 GDPR; CJEU C-311/18 (16 July 2020))"));
    let out = ropa(&db, &["check", "--list-rules", "--lang", "de"]);
    let text = stdout(&out);
    assert!(text.contains("missing-purposes [Fehler] (Art. 30 Abs. 1 lit. b DSGVO)"), "{text}");
    assert!(text.contains("Eine Tätigkeit des Verantwortlichen nennt ihre Zwecke."), "{text}");
    let out = ropa(&db, &["check", "--list-rules", "--format", "json", "--lang", "fr"]);
    let rules: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let rules = rules.as_array().unwrap();
    assert!(rules.len() >= 40);
    let role = rules.iter().find(|r| r["id"] == "missing-role").unwrap();
    assert_eq!((role["severity"].as_str(), role["article"].as_str()), (Some("error"), Some("art. 30(1), 30(2) RGPD")));
    // Listing reads no store, and makes none.
    assert!(!db.exists());
    assert_eq!(ropa(&db, &["check", "--list-rules", "--lang", "es"]).status.code(), Some(2));
}

#[test]
fn check_speaks_german() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite");
    assert!(ropa(&db, &["demo"]).status.success());
    let out = ropa(&db, &["check", "--lang", "de"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("Fehler [invalid-safeguard-privacy-shield]"), "{text}");
    assert!(
        text.contains("den der Gerichtshof der Europäischen Union am 16. Juli 2020 für ungültig erklärt hat"),
        "{text}"
    );
    assert!(text.contains("Vollständigkeit:") && text.contains("Referenzdaten geprüft am"), "{text}");
}

/// ropa speaks the environment's language when it is one of its own, and --lang above it.
#[test]
fn the_command_line_speaks_the_environments_language_or_the_one_asked() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite");
    let run = |env: &[(&str, &str)], args: &[&str]| {
        let mut c = Command::new(env!("CARGO_BIN_EXE_ropa"));
        c.arg("--db").arg(&db).args(args).env("USER", "dpo-test");
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            c.env_remove(key);
        }
        for (key, value) in env {
            c.env(key, value);
        }
        let out = c.output().expect("run ropa");
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out)
    };
    assert!(run(&[("LANG", "fr_FR.UTF-8")], &["demo"]).contains("Registre d’exemple de"));
    let french = run(&[("LANG", "fr_FR.UTF-8")], &["list"]);
    assert!(french.contains("ORGANISME") && french.contains("sous-traitant"), "{french}");
    // LC_ALL comes first, as POSIX orders them; --lang above all.
    let german = run(&[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "de_DE.UTF-8")], &["list"]);
    assert!(german.contains("ROLLE") && german.contains("Auftragsverarbeiter"), "{german}");
    let english = run(&[("LANG", "de_DE.UTF-8")], &["list", "--lang", "en"]);
    assert!(english.contains("ROLE") && english.contains("processor"), "{english}");
    // A language ropa does not speak: English.
    let dutch = run(&[("LANG", "nl_NL.UTF-8")], &["list"]);
    assert!(dutch.contains("ORGANISATION") && dutch.contains("STATUS"), "{dutch}");
    let history = run(&[("LANG", "de_DE.UTF-8")], &["history"]);
    assert!(history.contains("Angelegt: Tätigkeit"), "{history}");
    let purge = run(&[("LANG", "fr_FR.UTF-8")], &["purge", "Nobody Here"]);
    assert_eq!(
        purge.trim(),
        "«\u{a0}Nobody Here\u{a0}» ne figure ni dans le registre, ni dans son historique, ni dans les copies à côté."
    );
}

/// Issue 19: `ropa notice` from the example register — its baseline notice first (nothing to
/// tell), then a sub-processor changed by an import, the client's notice, recorded, and nothing
/// again; the public list of sub-processors as HTML and PDF.
#[test]
fn notices_and_the_public_list_of_sub_processors() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("r.sqlite");
    assert!(ropa(&db, &["demo"]).status.success());
    let txt = dir.path().join("notice.txt");
    let quiet = ropa(&db, &["notice", "--controller", "northwind", txt.to_str().unwrap()]);
    assert_eq!(quiet.status.code(), Some(0), "{}", stderr(&quiet));
    assert!(
        stdout(&quiet).starts_with(
            "No change to the sub-processors of Northwind Recruiting Ltd since our notice of 24 October 2023"
        ),
        "{}",
        stdout(&quiet)
    );
    assert!(std::fs::read_to_string(&txt).unwrap().contains("No change to the sub-processors"));

    // Datadog moves to Germany: an import of the sub-processors' table changes it.
    let table = dir.path().join("subprocessors.csv");
    assert!(ropa(&db, &["export", "csv", "--table", "subprocessors", "--org", "CoderPad", table.to_str().unwrap()])
        .status
        .success());
    let csv = std::fs::read_to_string(&table).unwrap();
    let line = csv.lines().find(|l| l.contains("Datadog")).expect("a Datadog row");
    assert!(line.contains("| US |"), "its service's country: {line}");
    let changed = csv.replacen(line, &line.replacen("| US |", "| DE |", 1), 1);
    std::fs::write(&table, changed).unwrap();
    let imported = ropa(&db, &["import", table.to_str().unwrap(), "--existing", "update"]);
    assert!(imported.status.success(), "{}{}", stdout(&imported), stderr(&imported));

    let pdf = dir.path().join("notice.pdf");
    let notice = ropa(&db, &["notice", "--controller", "northwind", "--record", pdf.to_str().unwrap()]);
    assert_eq!(notice.status.code(), Some(0), "{}", stderr(&notice));
    let said = stdout(&notice);
    assert!(said.contains("Wrote the notice to Northwind Recruiting Ltd of one change"), "{said}");
    assert!(said.contains("Recorded as sent to Northwind Recruiting Ltd"), "{said}");
    let text = Command::new("pdftotext").arg(&pdf).arg("-").output().unwrap();
    let text = String::from_utf8_lossy(&text.stdout).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("Datadog changed") && text.contains("Germany"), "{text}");
    // Recorded: the next one has nothing; the history names the client's update.
    let again = ropa(&db, &["notice", "--controller", "northwind", txt.to_str().unwrap()]);
    assert!(stdout(&again).starts_with("No change"), "{}", stdout(&again));
    // The same notice again, since a date, as CSV in French.
    let csv_out = dir.path().join("notice.csv");
    let since = ropa(
        &db,
        &["--lang", "fr", "notice", "--controller", "northwind", "--since", "2020-01-01", csv_out.to_str().unwrap()],
    );
    assert!(since.status.success(), "{}", stderr(&since));
    let rows = std::fs::read_to_string(&csv_out).unwrap();
    assert!(rows.starts_with("\u{feff}Date,Changement,Avant,Après,Traitements concernés\r\n"), "{rows}");
    assert!(rows.contains("Datadog modifié"), "{rows}");
    // A file it cannot write as: said, nothing written.
    let bad = ropa(&db, &["notice", "--controller", "northwind", dir.path().join("notice.docx").to_str().unwrap()]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains(".pdf, .txt"), "{}", stderr(&bad));
    // A client that is not there.
    let none = ropa(&db, &["notice", "--controller", "nobody", txt.to_str().unwrap()]);
    assert_ne!(none.status.code(), Some(0));

    // A new activity as a copy of one: a draft, every item kept, no reference.
    let dup = ropa(&db, &["duplicate", "1", "--name", "Hosting, second region"]);
    assert!(dup.status.success(), "{}", stderr(&dup));
    assert!(stdout(&dup).starts_with("Created activity "), "{}", stdout(&dup));
    let id = stdout(&dup).split_whitespace().nth(2).unwrap().to_string();
    let (one, two) = (ropa(&db, &["show", "1", "--json"]), ropa(&db, &["show", &id, "--json"]));
    let (one, two): (serde_json::Value, serde_json::Value) =
        (serde_json::from_slice(&one.stdout).unwrap(), serde_json::from_slice(&two.stdout).unwrap());
    assert_eq!(two["name"], "Hosting, second region");
    assert_eq!(two["status"], "draft");
    assert_eq!(one["purposes"], two["purposes"]);
    assert_eq!(one["subprocessors"], two["subprocessors"]);
    assert_ne!(one["id"], two["id"]);

    // The public list.
    let html = dir.path().join("subprocessors.html");
    let list = ropa(&db, &["export", "subprocessors", "--org", "CoderPad", html.to_str().unwrap()]);
    assert!(list.status.success(), "{}", stderr(&list));
    assert!(stdout(&list).starts_with("Wrote the sub-processors of CoderPad France ("), "{}", stdout(&list));
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains("<h1>Sub-processors of CoderPad France</h1>") && page.contains("Datadog"));
    assert!(!page.contains("<script"));
    let which = ropa(&db, &["export", "subprocessors", html.to_str().unwrap()]);
    assert_eq!(which.status.code(), Some(2));
    assert!(stderr(&which).contains("--org"), "{}", stderr(&which));
}
