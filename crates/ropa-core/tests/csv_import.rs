//! Importing spreadsheets as Excel and LibreOffice save them, and refusing broken files with the
//! file, row, column and value named and the store left as it was.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::PathBuf;

use proptest::prelude::*;
use ropa_core::csv::read::{Encoding, ReadError};
use ropa_core::csv::{self, Preset, Table};
use ropa_core::import::{self as importer, ImportError, ImportOptions, ImportReport};
use ropa_core::model::Register;
use ropa_core::model::{Activity, LawfulBasis, Measure, Organisation, Safeguard, Sensitivity, Status};
use ropa_core::Store;

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/csv").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn import(store: &mut Store, name: &str, bytes: &[u8], options: &ImportOptions) -> Result<ImportReport, ImportError> {
    importer::import(store, name, bytes, Some(bytes.len() as u64), options, &mut |_| {})
}

fn with_org(org: &str) -> ImportOptions {
    ImportOptions { organisation: Some(org.into()), ..Default::default() }
}

fn activity<'a>(r: &'a Register, name: &str) -> &'a Activity {
    r.activities.iter().find(|a| a.name == name).unwrap_or_else(|| panic!("no activity {name}"))
}

/// What can be compared of a store before and after a refused import.
fn snapshot(store: &Store) -> (Register, usize) {
    (store.register(None).unwrap(), store.history(None).unwrap().len())
}

#[test]
fn a_cnil_register_saved_in_windows_1252_with_semicolons_keeps_every_character() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let report =
        import(&mut store, "registre.csv", &fixture("cnil-register-windows1252-semicolon.csv"), &with_org("Mairie"))
            .unwrap();
    assert_eq!(
        (report.encoding, report.delimiter.as_deref(), report.sheets[0].preset),
        (Some(Encoding::Windows1252), Some(";"), Some(Preset::Cnil))
    );
    assert_eq!(report.created.len(), 3);
    assert!(report.sheets[0].in_notes.is_empty(), "{:?}", report.sheets[0].in_notes);
    assert_eq!(report.added.iter().filter(|n| n.kind == ropa_core::store::Kind::Organisation).count(), 1);

    let r = store.register(None).unwrap();
    let payroll = activity(&r, "Gestion de la paie");
    assert_eq!(payroll.software, "PayFit — module « Paie »");
    assert_eq!(payroll.purposes, ["Calcul et versement des salaires – primes comprises (montants en €)"]);
    assert_eq!(payroll.legal_bases[0].basis, LawfulBasis::LegalObligation);
    assert_eq!(payroll.data_subjects, ["Salariés", "Stagiaires"]);
    assert_eq!(payroll.data_categories[0].name, "État civil, identité");
    assert_eq!(payroll.data_categories[0].detail, "nom, prénom, n° de sécurité sociale");
    assert_eq!(payroll.data_categories[2].name, "Informations d’ordre économique et financier");
    assert_eq!(payroll.created_on.unwrap().to_string(), "2024-01-15");
    assert_eq!(payroll.updated_on.unwrap().to_string(), "2025-09-03");
    assert_eq!(payroll.retention[0].period.map(|p| p.amount), Some(5));
    assert_eq!(payroll.status, Status::Active);
    assert!(payroll.transfers.is_empty());
    let external: Vec<&str> = payroll.recipients.iter().map(|r| r.name.as_str()).collect();
    assert!(external.contains(&"Expert-comptable « Cabinet Dupré »"), "{external:?}");

    let hiring = activity(&r, "Recrutement");
    assert!(hiring
        .data_categories
        .iter()
        .any(|c| c.name == "santé (RQTH)" && c.sensitivity == Sensitivity::SpecialCategory));
    assert_eq!(hiring.transfers[0].country, "US");
    assert_eq!(hiring.transfers[0].safeguard, Some(Safeguard::StandardContractualClauses));

    let cctv = activity(&r, "Vidéoprotection des locaux");
    assert_eq!(cctv.joint_controllers[0].name, "Syndic de l’immeuble “Les Érables”");
    let measures: Vec<String> = store.all::<Measure>(None).unwrap().into_iter().map(|m| m.name).collect();
    assert!(measures.contains(&"Contrôle d’accès des utilisateurs".to_string()));
    assert!(measures.contains(&"Mesures de traçabilité".to_string()));
}

#[test]
fn the_same_register_saved_as_utf8_gives_the_same_result() {
    let read = |name: &str| {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, _) = common::new_store(dir.path());
        import(&mut store, name, &fixture(name), &with_org("Mairie")).unwrap();
        let r = store.register(None).unwrap();
        r.activities.into_iter().map(|a| Activity { updated_on: None, created_on: None, ..a }).collect::<Vec<_>>()
    };
    assert_eq!(read("cnil-register-windows1252-semicolon.csv"), read("cnil-register-utf8-comma.csv"));
}

#[test]
fn an_ico_template_saved_as_unicode_text_reads_its_contact_block_and_rows() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let report =
        import(&mut store, "ico.txt", &fixture("ico-template-unicode.txt"), &with_org("Acme Widgets")).unwrap();
    assert_eq!(
        (report.encoding, report.delimiter.as_deref(), report.sheets[0].preset),
        (Some(Encoding::Utf16Le), Some("\t"), Some(Preset::Ico))
    );
    assert_eq!(report.sheets[0].header_row, 9);
    assert_eq!(report.created.len(), 3);
    // The template's columns ropa has no field for are kept in the notes (those with something in
    // them), and said.
    assert_eq!(report.sheets[0].in_notes.len(), 4, "{:?}", report.sheets[0].in_notes);
    assert_eq!(report.sheets[0].in_notes[0], "Link to contract with processor");
    let org = store.find_organisation("acme").unwrap();
    assert_eq!(org.dpo.name, "Siobhán O’Brien");
    assert_eq!(org.dpo.email, "dpo@acme-widgets.example");
    assert_eq!(org.representative.name, "Acme EU Representative – Dublin");
    assert_eq!(org.contact.phone, "0113 496 0000");

    let r = store.register(None).unwrap();
    let payroll = activity(&r, "Payroll – paying staff “on time”, including the €50 cycle-to-work allowance");
    assert_eq!(payroll.owner, "HR");
    assert_eq!(payroll.legal_bases.len(), 1, "{:?}", payroll.legal_bases);
    assert_eq!(payroll.legal_bases[0].basis, LawfulBasis::LegalObligation);
    assert_eq!(payroll.retention[0].criteria, "6 years after employment ends");
    assert_eq!(payroll.locations[0].country, "GB");
    assert!(payroll.notes.contains("Link to contract with processor: https://intranet.example/contracts/payroll"));
    let newsletter = activity(&r, "Newsletter to customers");
    assert_eq!(newsletter.transfers[0].country, "US");
    assert_eq!(newsletter.transfers[0].safeguard, Some(Safeguard::StandardContractualClauses));
    assert_eq!(newsletter.legal_bases[0].evidence, "https://crm.example/consents");
    let cctv = activity(&r, "CCTV at the warehouse");
    assert_eq!(cctv.legal_bases[0].detail, "Prevention of theft — protecting stock worth > €1m");
    assert_eq!(cctv.legal_bases[0].evidence, "https://intranet.example/lia/cctv");
    assert_eq!(cctv.dpia.required, Some(true));
    assert_eq!(cctv.data_subjects, ["Staff", "Visitors"]);
}

#[test]
fn the_ico_template_as_csv_utf8_reads_the_same() {
    let read = |name: &str| {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, _) = common::new_store(dir.path());
        import(&mut store, name, &fixture(name), &with_org("Acme")).unwrap();
        let r = store.register(None).unwrap();
        (r.organisations, r.activities.into_iter().map(|a| a.name).collect::<Vec<_>>())
    };
    assert_eq!(read("ico-template-unicode.txt"), read("ico-template-utf8-bom.csv"));
}

#[test]
fn importing_again_updates_nothing_and_a_changed_cell_updates_its_activity() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let bytes = fixture("cnil-register-utf8-comma.csv");
    import(&mut store, "r.csv", &bytes, &with_org("Mairie")).unwrap();
    let again = import(&mut store, "r.csv", &bytes, &with_org("Mairie")).unwrap();
    assert_eq!((again.created.len(), again.updated.len(), again.unchanged.len()), (0, 0, 3));
    let changed =
        String::from_utf8(bytes).unwrap().replace("2 ans après le dernier contact", "3 ans après le dernier contact");
    let report = import(&mut store, "r.csv", changed.as_bytes(), &with_org("Mairie")).unwrap();
    assert_eq!(report.updated, ["Recrutement"]);
    let r = store.register(None).unwrap();
    assert_eq!(activity(&r, "Recrutement").retention[0].period.map(|p| p.amount), Some(3));
    assert_eq!(r.activities.len(), 3);
}

#[test]
fn a_dry_run_reports_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, path) = common::new_store(dir.path());
    let before = snapshot(&store);
    let options = ImportOptions { dry_run: true, ..with_org("Mairie") };
    let report = import(&mut store, "r.csv", &fixture("cnil-register-utf8-comma.csv"), &options).unwrap();
    assert_eq!(report.created.len(), 3);
    assert!(report.added.iter().any(|n| n.name == "Mairie"));
    assert!(report.backup.is_none());
    assert_eq!(snapshot(&store), before);
    let backups = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().contains("import-backup"));
    assert_eq!(backups.count(), 0);
}

#[test]
fn an_import_that_changes_the_store_leaves_a_backup_of_it_and_others_do_not() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, path) = common::new_store(dir.path());
    let backups = || {
        std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().contains("import-backup"))
            .count()
    };
    // An empty store has nothing to lose: no copy.
    let first = import(&mut store, "r.csv", &fixture("cnil-register-utf8-comma.csv"), &with_org("Mairie")).unwrap();
    assert!(first.backup.is_none());
    // The same file again changes nothing: no copy left behind.
    let again = import(&mut store, "r.csv", &fixture("cnil-register-utf8-comma.csv"), &with_org("Mairie")).unwrap();
    assert!(again.backup.is_none());
    assert_eq!(backups(), 0);
    // A file that changes the store: a copy of the store as it was.
    let changed = String::from_utf8(fixture("cnil-register-utf8-comma.csv")).unwrap().replace("30 jours", "31 jours");
    let report = import(&mut store, "r.csv", changed.as_bytes(), &with_org("Mairie")).unwrap();
    assert_eq!(report.updated.len(), 1);
    let backup = PathBuf::from(report.backup.unwrap());
    let copy = rusqlite::Connection::open(&backup).unwrap();
    let data: String = copy
        .query_row(
            "SELECT h.after FROM activities a JOIN history h ON h.seq = a.version \
             WHERE a.name = 'Vidéoprotection des locaux'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(data.contains("\"amount\":30") && !data.contains("\"amount\":31"), "the copy is the store as it was");
    drop(copy);
    // A refused import leaves no copy either.
    let refused = import(&mut store, "bad.csv", BAD_ROWS.as_bytes(), &with_org("Mairie"));
    assert!(refused.is_err());
    assert_eq!(backups(), 1);
}

const BAD_ROWS: &str = "Nom de l'activité;Finalité;Date de création de la fiche\r\n\
                        Paie;Payer les salariés;15/01/2024\r\n\
                        Recrutement;Recruter;31/02/2024\r\n\
                        ;;\r\n\
                        ;;01/01/2024\r\n\
                        Formation;Former;02/02/2024\r\n";

#[test]
fn invalid_rows_are_named_by_file_row_column_and_value_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let before = snapshot(&store);
    let err = import(&mut store, "registre.csv", BAD_ROWS.as_bytes(), &with_org("Mairie")).unwrap_err();
    assert!(err.is_invalid_data());
    let message = err.to_string();
    assert!(message.starts_with("registre.csv: 2 rows are invalid; nothing was imported:"), "{message}");
    assert!(
        message.contains("row 3, column C \"Date de création de la fiche\": '31/02/2024' is not a date that exists"),
        "{message}"
    );
    assert!(message.contains("row 5: an activity needs a name or a purpose; this row has neither"), "{message}");
    assert_eq!(snapshot(&store), before, "the store changed");
}

#[test]
fn skip_invalid_writes_the_valid_rows_and_lists_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let options = ImportOptions { skip_invalid: true, ..with_org("Mairie") };
    let report = import(&mut store, "registre.csv", BAD_ROWS.as_bytes(), &options).unwrap();
    assert_eq!(report.created, ["Paie", "Formation"]);
    assert_eq!(report.skipped.iter().map(|i| i.row).collect::<Vec<_>>(), [3, 5]);
    assert_eq!(store.all::<Activity>(None).unwrap().len(), 2);
}

#[test]
fn a_no_in_the_transfers_column_states_there_are_none() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let file = "Nom de l'activité;Finalité;Transferts des données hors UE\r\n\
                Paie;Payer les salariés;Non\r\n\
                Newsletter;Informer;États-Unis (clauses contractuelles types)\r\n\
                Accueil;Accueillir;\r\n";
    import(&mut store, "registre.csv", file.as_bytes(), &with_org("Mairie")).unwrap();
    let r = store.register(None).unwrap();
    let paie = activity(&r, "Paie");
    assert!(paie.no_transfers && paie.transfers.is_empty());
    let newsletter = activity(&r, "Newsletter");
    assert!(!newsletter.no_transfers);
    assert_eq!(newsletter.transfers.len(), 1);
    assert!(!activity(&r, "Accueil").no_transfers, "an empty cell states nothing");

    // A later file that lists a country for "Paie" replaces the "no".
    let later = file.replace("Payer les salariés;Non", "Payer les salariés;Royaume-Uni");
    import(&mut store, "registre.csv", later.as_bytes(), &with_org("Mairie")).unwrap();
    let r = store.register(None).unwrap();
    let paie = activity(&r, "Paie");
    assert!(!paie.no_transfers);
    assert_eq!(paie.transfers.len(), 1);
}

#[test]
fn a_dry_run_previews_each_row_with_what_it_would_do() {
    use ropa_core::import::{PreviewRow, RowOutcome};
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    import(
        &mut store,
        "registre.csv",
        "Nom de l'activité;Finalité\r\nPaie;Payer les salariés\r\n".as_bytes(),
        &with_org("Mairie"),
    )
    .unwrap();
    let changed =
        BAD_ROWS.replace("Paie;Payer les salariés;15/01/2024", "Paie;Payer les salariés et les stagiaires;15/01/2024");
    let options = ImportOptions { dry_run: true, ..with_org("Mairie") };
    let ImportError::Invalid { issues, report, .. } =
        import(&mut store, "registre.csv", changed.as_bytes(), &options).unwrap_err()
    else {
        panic!("the bad rows should be refused")
    };
    let rows: Vec<(usize, &str, RowOutcome)> =
        report.preview.iter().map(|p: &PreviewRow| (p.row, p.name.as_str(), p.outcome)).collect();
    assert_eq!(
        rows,
        [
            (2, "Paie", RowOutcome::Updated),
            (3, "Recrutement", RowOutcome::Refused),
            (5, "", RowOutcome::Refused),
            (6, "Formation", RowOutcome::Created),
        ]
    );
    // The update says what it changes, field by field.
    let paie = &report.preview[0];
    assert!(paie.existing.is_some());
    let purposes = paie.changes.iter().find(|c| c.field == ropa_core::csv::fields::Field::Purposes).unwrap();
    assert_eq!(
        (purposes.before.as_str(), purposes.after.as_str()),
        ("Payer les salariés", "Payer les salariés et les stagiaires")
    );
    // Each refused row of the preview has its errors among the issues, by row number.
    for refused in report.preview.iter().filter(|r| r.outcome == RowOutcome::Refused) {
        assert!(issues.iter().any(|i| i.row == refused.row), "no issue for row {}", refused.row);
    }
    let many: String = std::iter::once("Nom de l'activité;Finalité\r\n".to_string())
        .chain((0..importer::PREVIEW_ROWS + 50).map(|i| format!("Activité {i};Finalité {i}\r\n")))
        .collect();
    let report = import(&mut store, "long.csv", many.as_bytes(), &options).unwrap();
    assert_eq!(report.preview.len(), importer::PREVIEW_ROWS);
    assert_eq!(report.created.len(), importer::PREVIEW_ROWS + 50);
    assert_eq!(report.preview.last().map(|r| r.row), Some(importer::PREVIEW_ROWS + 1));
}

#[test]
fn broken_files_get_a_clear_message_and_leave_the_store_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    import(&mut store, "r.csv", &fixture("cnil-register-utf8-comma.csv"), &with_org("Mairie")).unwrap();
    let before = snapshot(&store);
    let cases: Vec<(&str, Vec<u8>, &str, bool)> = vec![
        ("empty.csv", Vec::new(), "empty.csv: the file is empty", false),
        (
            "logo.csv",
            std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../icons/32x32.png")).unwrap(),
            "not a text file",
            false,
        ),
        (
            "truncated.csv",
            fixture("cnil-register-utf8-comma.csv")[..700].to_vec(),
            "a quoted cell is never closed",
            true,
        ),
        ("notes.csv", b"Hello,\nthis is a letter, not a register.\n".to_vec(), "no header row found", false),
    ];
    for (name, bytes, expected, invalid_data) in cases {
        let err = import(&mut store, name, &bytes, &with_org("Mairie")).unwrap_err();
        let message = err.to_string();
        assert!(message.starts_with(name) && message.contains(expected), "{name}: {message}");
        assert_eq!(err.is_invalid_data(), invalid_data, "{name}: {message}");
        assert_eq!(snapshot(&store), before, "{name} changed the store");
    }
    if let Err(ImportError::Read { error: ReadError::UnclosedQuote { row }, .. }) =
        import(&mut store, "t.csv", &fixture("cnil-register-utf8-comma.csv")[..700], &with_org("Mairie"))
    {
        assert!(row >= 2, "the row where the cell opened: {row}");
    } else {
        panic!("a truncated file must be an unclosed quote");
    }
}

#[test]
fn a_header_row_without_data_imports_nothing_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let report =
        import(&mut store, "empty-register.csv", "Nom de l'activité;Finalité\r\n".as_bytes(), &with_org("Mairie"))
            .unwrap();
    assert_eq!(report.rows, 0);
    assert!(report.created.is_empty());
    assert!(store.all::<Organisation>(None).unwrap().is_empty(), "no organisation is created for no rows");
}

#[test]
fn unknown_columns_are_kept_in_the_notes_and_can_be_mapped() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let sheet = "Name,Purposes,Our internal code,Coût annuel (€)\nPayroll,Pay staff,HR-7,1 200 €\n";
    let report = import(&mut store, "own.csv", sheet.as_bytes(), &with_org("Acme")).unwrap();
    assert_eq!(report.sheets[0].in_notes, ["Our internal code", "Coût annuel (€)"]);
    let a = &store.all::<Activity>(None).unwrap()[0];
    assert_eq!(a.reference, "");
    assert_eq!(a.notes, "Our internal code: HR-7\nCoût annuel (€): 1 200 €");

    let options = ImportOptions {
        mappings: vec![("Our internal code".into(), "reference".into()), ("Coût annuel (€)".into(), "notes".into())],
        ..with_org("Acme")
    };
    let report = import(&mut store, "own.csv", sheet.as_bytes(), &options).unwrap();
    assert!(report.sheets[0].in_notes.is_empty());
    assert_eq!(report.updated, ["Payroll"]);
    let a = &store.all::<Activity>(None).unwrap()[0];
    // An update adds to the notes; it takes nothing from them.
    assert_eq!(a.reference, "HR-7");
    assert_eq!(a.notes, "Our internal code: HR-7\nCoût annuel (€): 1 200 €\n1 200 €");

    let bad = ImportOptions { mappings: vec![("Our internal code".into(), "colour".into())], ..with_org("Acme") };
    let err = import(&mut store, "own.csv", sheet.as_bytes(), &bad).unwrap_err();
    assert!(err.to_string().contains("'colour' is not a field"), "{err}");
}

#[test]
fn rows_without_an_organisation_are_refused_unless_one_is_given() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let sheet = "Name,Purposes\nPayroll,Pay staff\n";
    let err = import(&mut store, "own.csv", sheet.as_bytes(), &ImportOptions::default()).unwrap_err();
    assert!(err.to_string().contains("--org"), "{err}");
    assert!(store.all::<Activity>(None).unwrap().is_empty());
}

#[test]
fn ico_rows_take_their_name_from_the_purpose() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let sheet = "Business function,Purpose of processing,Categories of individuals\nHR,Payroll. Paying staff monthly,Employees\n";
    let report = import(&mut store, "ico.csv", sheet.as_bytes(), &with_org("Acme")).unwrap();
    assert_eq!(report.sheets[0].preset, Some(Preset::Ico));
    assert_eq!(report.created, ["Payroll. Paying staff monthly"]);
}

#[test]
fn a_controllers_file_of_ours_is_recognised_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    ropa_core::demo::load(&mut store).unwrap();
    let mut out = Vec::new();
    csv::export(&store.register(None).unwrap(), Table::Controllers, ';', &mut out, &mut |_| {}).unwrap();
    let report = import(&mut store, "controllers.csv", &out, &ImportOptions::default()).unwrap();
    assert_eq!((report.sheets[0].table, report.unchanged.len()), (Some(Table::Controllers), 2));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: common::fuzz_cases(256), failure_persistence: None, ..ProptestConfig::default() })]

    /// Whatever the bytes, the importer answers with a report or an error: no panic, and a refused
    /// import leaves the store as it was.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048), seed in 0usize..4) {
        let dir = tempfile::tempdir().unwrap();
        let (mut store, _) = common::new_store(dir.path());
        // Half the time, bytes after a real header, so that the row code is reached too.
        let input = match seed {
            0 => bytes,
            1 => [b"Name;Purposes;Created;Transfers;Retention\n".as_slice(), &bytes].concat(),
            2 => [fixture("ico-template-utf8-bom.csv").as_slice(), &bytes].concat(),
            _ => [b"\xef\xbb\xbfID,Organisation,Name,Legal bases,Data categories,Retention\r\n".as_slice(), &bytes].concat(),
        };
        let before = snapshot(&store);
        if import(&mut store, "fuzz.csv", &input, &with_org("Fuzz")).is_err() {
            prop_assert_eq!(snapshot(&store), before);
        }
    }
}

#[test]
fn an_organisation_the_import_creates_acts_in_the_roles_of_its_activities() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    import(&mut store, "r.csv", &fixture("cnil-register-windows1252-semicolon.csv"), &with_org("Mairie")).unwrap();
    let mairie = store.find_organisation("Mairie").unwrap();
    assert!(mairie.acts_as_controller && !mairie.acts_as_processor, "{mairie:?}");
}

#[test]
fn cells_that_say_there_is_nothing_record_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let file = "Nom,Finalité,Destinataires,Transferts hors UE,Sous-traitants,Données sensibles,Responsable conjoint,Mesures de sécurité,AIPD,Prise de décision automatisée,Notes\r\n\
                A1,P,Aucun,Non,Néant,Non,N/A,-,Non,Non,Non\r\n\
                A2,P,/,Pas de transfert,Aucun,Sans objet,néant,Sans objet,Non applicable,NA,\r\n\
                A3,P,Sans objet,Aucun transfert hors UE,Non concerné,Aucune,Aucun,Néant,Non requise,Aucune,\r\n";
    let report = import(&mut store, "registre.csv", file.as_bytes(), &with_org("Mairie")).unwrap();
    assert!(
        report.added.iter().all(|n| n.name == "Mairie"),
        "nothing but the organisation is added: {:?}",
        report.added
    );
    let r = store.register(None).unwrap();
    for a in &r.activities {
        let what = &a.name;
        assert!(a.recipients.is_empty() && a.joint_controllers.is_empty(), "{what}: {a:?}");
        assert!(a.data_categories.is_empty() && a.measure_ids.is_empty() && a.transfers.is_empty(), "{what}: {a:?}");
        assert!(a.no_transfers, "{what}: no transfers");
        assert_eq!((a.dpia.required, a.automated_decisions), (Some(false), Some(false)), "{what}");
        assert!(a.dpia.reference.is_empty() && a.automated_decisions_detail.is_empty(), "{what}: {a:?}");
    }
    // Where no yes or no is asked, "Non" is what the DPO wrote: kept.
    assert_eq!(activity(&r, "A1").notes, "Non");
}

#[test]
fn a_row_per_data_category_continues_the_activity_above() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let file = "Nom,Finalité,Catégories de données,Durée de conservation,Mesures de sécurité\r\n\
                Paie,Verser les salaires,Identité,5 ans,Chiffrement\r\n\
                ,,Coordonnées bancaires,13 mois,\r\n\
                ,,NIR,5 ans après le départ,Accès restreint\r\n\
                Recrutement,Recruter,CV,2 ans,\r\n";
    let report = import(&mut store, "registre.csv", file.as_bytes(), &with_org("Mairie")).unwrap();
    assert_eq!(report.created, ["Paie", "Recrutement"]);
    assert!(report.warnings.iter().any(|w| w.row == 3 && w.message.contains("more of 'Paie' (row 2)")));
    let r = store.register(None).unwrap();
    let paie = activity(&r, "Paie");
    let categories: Vec<&str> = paie.data_categories.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(categories, ["Identité", "Coordonnées bancaires", "NIR"]);
    // Each row's retention is its category's.
    let tied: Vec<&str> = paie.retention.iter().map(|x| x.applies_to.as_str()).collect();
    assert_eq!(tied, categories);
    assert_eq!(paie.measure_ids.len(), 2);
    // An activity on one row keeps its retention for the whole activity.
    assert_eq!(activity(&r, "Recrutement").retention[0].applies_to, "");

    // A row that continues a refused row is refused with it; a nameless row with nothing to add
    // to a list is no continuation.
    let bad = "Nom,Finalité,Catégories de données,Date de création\r\n\
               Paie,Payer,Identité,31/02/2024\r\n\
               ,,NIR,\r\n\
               ,,,01/01/2024\r\n";
    let ImportError::Invalid { issues, .. } =
        import(&mut store, "bad.csv", bad.as_bytes(), &with_org("Mairie")).unwrap_err()
    else {
        panic!("refused")
    };
    let rows: Vec<usize> = issues.iter().map(|i| i.row).collect();
    assert_eq!(rows, [2, 3, 4], "{issues:?}");
    assert!(issues[1].message.contains("which is refused"), "{issues:?}");
    assert!(issues[2].message.contains("needs a name or a purpose"), "{issues:?}");
}

/// "Model clauses" in a spreadsheet are the former clauses, not the 2021 ones: the words are kept
/// as written, and the check says they are no safeguard any more.
#[test]
fn the_former_model_clauses_are_kept_as_written_and_flagged() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let file = "Name;Purposes;Transfers\r\n\
                Hosting;Host the site;AWS | US | Model clauses (2010/87/EU)\r\n";
    import(&mut store, "register.csv", file.as_bytes(), &with_org("Acme")).unwrap();
    let r = store.register(None).unwrap();
    let hosting = activity(&r, "Hosting");
    assert_eq!(hosting.transfers[0].safeguard, Some(Safeguard::Other("Model clauses (2010/87/EU)".into())));
    let today = "2026-12-01".parse().unwrap();
    let found: Vec<_> = ropa_core::checks::check(&r, today)
        .findings
        .into_iter()
        .filter(|f| f.field.starts_with("transfers.0"))
        .map(|f| (f.rule, f.severity))
        .collect();
    assert!(found.contains(&("superseded-contractual-clauses", ropa_core::checks::Severity::Error)), "{found:?}");
    assert!(!found.iter().any(|(rule, _)| *rule == "value-not-recognised"), "{found:?}");
}
