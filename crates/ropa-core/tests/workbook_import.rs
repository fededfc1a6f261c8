//! Importing workbooks as DPOs keep them: the CNIL register with its fiches (as LibreOffice, Excel
//! and an old Excel save it), the ICO template, another tool's export; each sheet read as what it
//! is; rows of one activity merged; what is already in the register updated, kept or imported
//! anew as asked, as one change that undoes in one step; hostile files refused without a panic.

#![allow(clippy::unwrap_used)]

mod common;

use std::io::Write;
use std::path::PathBuf;

use proptest::prelude::*;
use ropa_core::csv::{self, fields::Field, Preset, Table};
use ropa_core::import::{self, Existing, ImportError, ImportOptions, ImportReport, RowOutcome, SheetKind};
use ropa_core::model::Register;
use ropa_core::model::{Activity, LawfulBasis, Measure, MeasureCategory, RecipientKind, Safeguard, Sensitivity};
use ropa_core::workbook::{read_workbook, WorkbookError};
use ropa_core::Store;

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn import(store: &mut Store, name: &str, bytes: &[u8], options: &ImportOptions) -> Result<ImportReport, ImportError> {
    import::import(store, name, bytes, Some(bytes.len() as u64), options, &mut |_| {})
}

fn with_org(org: &str) -> ImportOptions {
    ImportOptions { organisation: Some(org.into()), ..Default::default() }
}

fn activity<'a>(r: &'a Register, name: &str) -> &'a Activity {
    r.activities.iter().find(|a| a.name == name).unwrap_or_else(|| panic!("no activity {name}"))
}

/// The register as ropa's CSV files write it: what two imports are compared by.
fn csv_text(store: &Store) -> String {
    let register = store.register(None).unwrap();
    let mut text = String::new();
    for table in Table::ALL {
        let mut out = Vec::new();
        csv::export(&register, table, ',', &mut out, &mut |_| {}).unwrap();
        text.push_str(&String::from_utf8(out).unwrap());
    }
    // The stamp of the day the import ran is the same for both.
    text
}

fn imported(name: &str, options: &ImportOptions) -> (Store, ImportReport, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let report = import(&mut store, name, &fixture(name), options).unwrap_or_else(|e| panic!("{e}"));
    (store, report, dir)
}

#[test]
fn the_cnil_register_reads_the_same_whatever_saved_it() {
    let options = with_org("Mairie de Saint-Exemple");
    let (ods, report, _d1) = imported("workbooks/cnil-registre.ods", &options);
    let (xlsx, xlsx_report, _d2) = imported("workbooks/cnil-registre.xlsx", &options);
    // LibreOffice writes the template's help links as formulas Excel's format cannot compute
    // (`of:=HYPERLINK(...)`, #VALUE!): read as the links they are, not as errors.
    assert!(
        !xlsx_report.warnings.iter().any(|w| w.message.contains("spreadsheet error")),
        "{:?}",
        xlsx_report.warnings
    );
    let (xls, _, _d3) = imported("workbooks/cnil-registre.xls", &options);
    assert_eq!(csv_text(&ods), csv_text(&xlsx), "the .xlsx reads differently from the .ods");
    // The comments of an .xls file are not read (calamine does not give them): the DPO's comment
    // on the payroll's purpose is the only difference.
    let note = "Revoir la durée de conservation du RIB avec le comptable";
    let noted = format!("\"{note}\nComment on Finalité principale: À revoir avec la DRH en 2026\"");
    assert!(csv_text(&ods).contains(&noted), "the DPO's comment is in the notes");
    assert_eq!(csv_text(&ods).replacen(&noted, note, 1), csv_text(&xls), "the .xls reads differently from the .ods");
    // The template's help, attached to its labels as comments, is the template's, not a note.
    assert!(!csv_text(&ods).contains("Un traitement de données doit avoir un objectif"));

    // Each sheet read as what it is.
    let kinds: Vec<(&str, SheetKind)> = report.sheets.iter().map(|s| (s.name.as_str(), s.kind)).collect();
    assert_eq!(
        kinds,
        [
            ("Tutoriel", SheetKind::Help),
            ("Registre Mairie", SheetKind::Register),
            ("Paie", SheetKind::Fiche),
            ("Recrutement", SheetKind::Fiche),
            ("Vidéo", SheetKind::Fiche),
            ("3 - Modèle de fiche de registre", SheetKind::BlankTemplate),
            ("4 - Exemple de fiche", SheetKind::Example),
            ("5 - Listes", SheetKind::Lists),
        ]
    );
    let summary = &report.sheets[1];
    assert_eq!((summary.preset, summary.header_row, summary.rows), (Some(Preset::Cnil), 8, 4));
    assert!(report.sheets[7].hidden);
    // The template's example row: skipped, and said.
    assert!(report
        .warnings
        .iter()
        .any(|w| w.row == 9 && w.sheet == "Registre Mairie" && w.message.contains("example")));
    assert_eq!(report.created.len(), 4);

    let r = ods.register(None).unwrap();
    assert_eq!(r.activities.len(), 4);
    let org = &r.organisations[0];
    assert_eq!(org.contact.name, "Claire DURAND");
    assert_eq!(org.contact.email, "maire@saint-exemple.fr");
    assert_eq!(org.dpo.name, "Paul MARTIN, DPO Conseil SARL");
    assert_eq!(org.dpo.email, "dpo@dpo-conseil.fr");
    assert!(org.dpo.address.starts_with("5 rue du Port, 13002 Marseille"), "{}", org.dpo.address);
    assert!(org.representative.is_empty(), "{:?}", org.representative);

    // A summary row and its fiche, joined.
    let paie = activity(&r, "Gestion de la paie");
    // The purposes are the fiche's, as its name is; the list's summary of them is said.
    assert_eq!(paie.purposes, ["Paie des agents", "Déclarations sociales (DSN)", "Ordres de virement à la banque"]);
    assert!(report
        .warnings
        .iter()
        .any(|w| w.row == 10 && w.message.contains("primes comprises") && w.message.contains("row 17")));
    assert_eq!(paie.reference, "RH-01");
    assert_eq!(paie.created_on.unwrap().to_string(), "2024-01-15");
    assert_eq!(paie.updated_on.unwrap().to_string(), "2025-09-03");
    assert!(paie.purposes.contains(&"Déclarations sociales (DSN)".to_string()), "{:?}", paie.purposes);
    assert_eq!(paie.legal_bases[0].basis, LawfulBasis::LegalObligation);
    assert_eq!(paie.legal_bases[0].detail, "Code général de la fonction publique");
    assert_eq!(paie.data_subjects, ["Salariés (agents titulaires et contractuels)"]);
    let health = paie.data_categories.iter().find(|c| c.name == "Données concernant la santé").unwrap();
    assert_eq!((health.detail.as_str(), health.sensitivity), ("Arrêts maladie", Sensitivity::SpecialCategory));
    let rib = paie.retention.iter().find(|r| r.applies_to.starts_with("Informations d'ordre")).unwrap();
    assert_eq!((rib.period.map(|p| p.amount), rib.criteria.as_str()), (Some(10), "10 ans (pièces comptables)"));
    assert!(paie.no_transfers && paie.transfers.is_empty());
    let kinds: Vec<(&str, RecipientKind)> = paie.recipients.iter().map(|r| (r.name.as_str(), r.kind.clone())).collect();
    assert!(kinds.contains(&("Prestataire de paie « PayFit »", RecipientKind::Processor)), "{kinds:?}");
    // "Remarque" is a name for the notes; a comment follows, under its row's label.
    assert_eq!(
        paie.notes,
        "Revoir la durée de conservation du RIB avec le comptable\nComment on Finalité principale: À revoir avec la DRH en 2026"
    );

    let hiring = activity(&r, "Recrutement");
    assert_eq!(hiring.created_on.unwrap().to_string(), "2024-02-15");
    assert_eq!(hiring.updated_on.unwrap().to_string(), "2025-06-30");
    let t = &hiring.transfers[0];
    assert_eq!(
        (t.recipient.as_str(), t.country.as_str(), t.safeguard.clone()),
        ("Indeed Inc.", "US", Some(Safeguard::StandardContractualClauses))
    );
    assert_eq!(t.documentation, "Contrat du 12/03/2024");
    assert!(hiring.data_categories.iter().any(|c| c.name == "Vie professionnelle (CV, diplômes)"));

    let video = activity(&r, "Vidéoprotection des locaux");
    assert_eq!(video.joint_controllers[0].name, "Syndic « Les Érables »");
    assert_eq!(video.data_subjects, ["Visiteurs et agents"]);
    assert_eq!(video.recipients[0].name, "Police nationale (sur réquisition)");
    assert_eq!(video.retention[0].period.map(|p| p.amount), Some(30));
    assert!(!video.no_transfers && video.transfers.is_empty(), "a placeholder says nothing");
    let measures: Vec<Measure> = ods.all(None).unwrap();
    let journal = measures.iter().find(|m| m.name == "Journal des consultations des images").unwrap();
    assert_eq!(journal.category, MeasureCategory::Logging);

    // A summary row without a fiche is an activity too; its dates mix a text and a date cell.
    let civil = activity(&r, "Tenue de l’état civil");
    assert_eq!(civil.created_on.unwrap().to_string(), "2022-09-01");
    assert_eq!(civil.updated_on.unwrap().to_string(), "2024-12-01");
}

#[test]
fn only_the_sheets_asked_for_are_read() {
    let options = ImportOptions { sheets: vec!["Registre Mairie".into()], ..with_org("Mairie") };
    let (store, report, _dir) = imported("workbooks/cnil-registre.xlsx", &options);
    let left_out = report.sheets.iter().filter(|s| s.kind == SheetKind::LeftOut).count();
    assert_eq!(left_out, 7);
    let r = store.register(None).unwrap();
    assert_eq!(r.activities.len(), 4);
    assert!(activity(&r, "Gestion de la paie").data_categories.is_empty(), "the fiche was not read");
}

#[test]
fn the_ico_template_as_a_workbook_reads_as_its_csv() {
    let (from_xlsx, report, _d1) = imported("workbooks/ico-template.xlsx", &with_org("Acme Widgets"));
    let (from_csv, _, _d2) = imported("csv/ico-template-utf8-bom.csv", &with_org("Acme Widgets"));
    assert_eq!(report.sheets[0].preset, Some(Preset::Ico));
    assert_eq!(report.sheets[0].header_row, 9);
    assert_eq!(csv_text(&from_xlsx), csv_text(&from_csv));
    assert_eq!(from_xlsx.find_organisation("acme").unwrap().dpo.name, "Siobhán O’Brien");
}

#[test]
fn another_tools_export_reads_by_its_column_names_and_merges_rows_of_one_activity() {
    let (xlsx, report, _d1) = imported("workbooks/other-tool.xlsx", &with_org("Acme"));
    let (ods, _, _d2) = imported("workbooks/other-tool.ods", &with_org("Acme"));
    assert_eq!(csv_text(&xlsx), csv_text(&ods));
    let sheet = &report.sheets[0];
    assert_eq!((sheet.preset, sheet.header_row), (Some(Preset::Generic), 3));
    let field = |header: &str| sheet.columns.iter().find(|c| c.header == header).and_then(|c| c.field);
    assert_eq!(field("legalBasis"), Some(Field::LegalBases));
    assert_eq!(field("dataSubjects"), Some(Field::DataSubjects));
    assert_eq!(field("retentionPeriod"), Some(Field::Retention));
    assert_eq!(field("department"), Some(Field::Owner));
    assert_eq!(sheet.comma_lists, ["dataSubjects", "securityMeasures"]);
    assert_eq!(sheet.in_notes, ["Commentaire libre"]);
    // Junk rows, each named.
    for (row, what) in [
        (7, "conflict begins"),
        (8, "header row repeated"),
        (9, "separators"),
        (10, "inside a version-control conflict"),
        (12, "conflict ends"),
    ] {
        assert!(
            report.warnings.iter().any(|w| w.row == row && w.message.contains(what)),
            "row {row}: {:?}",
            report.warnings
        );
    }
    // The title above the table is said, not lost.
    assert!(report.warnings.iter().any(|w| w.row == 1 && w.value.starts_with("Registre exporté")));
    assert_eq!(report.created, ["Newsletter", "CRM", "Payroll", "Occupational health"]);
    assert!(report.preview.iter().any(|p| p.row == 5 && p.outcome == RowOutcome::Merged));

    let r = xlsx.register(None).unwrap();
    let newsletter = activity(&r, "Newsletter");
    assert_eq!(newsletter.data_subjects, ["Customers", "Prospects"]);
    assert_eq!(
        newsletter.data_categories.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(),
        ["Email address", "Name"]
    );
    assert_eq!(newsletter.legal_bases[0].basis, LawfulBasis::Consent);
    assert_eq!(newsletter.transfers[0].country, "US");
    assert_eq!(newsletter.notes, "Commentaire libre: Opt-in via the website form");
    let payroll = activity(&r, "Payroll");
    assert_eq!(payroll.legal_bases[0].basis, LawfulBasis::LegalObligation);
    assert_eq!(payroll.retention[0].period.map(|p| p.amount), Some(10));
    assert_eq!(payroll.retention[0].criteria, "10 years (“money” transaction)", "nothing after the period is dropped");
    let health = activity(&r, "Occupational health");
    assert!(health.data_categories.iter().any(|c| c.sensitivity == Sensitivity::SpecialCategory));
}

#[test]
fn rows_of_one_activity_must_agree_on_single_values() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let sheet = "Activity;Department;Data subjects\r\nPayroll;HR;Employees\r\nPayroll;Finance;Contractors\r\nPayroll;HR;Employees\r\n";
    let err = import(&mut store, "r.csv", sheet.as_bytes(), &with_org("Acme")).unwrap_err();
    let message = err.to_string();
    assert!(message.contains("row 3: this row and row 2 name the same activity 'Payroll'"), "{message}");
    assert!(message.contains("\"HR\" on row 2, \"Finance\" here"), "{message}");
    // Without the disagreeing row, the identical duplicate merges and is said.
    let fine = "Activity;Department;Data subjects\r\nPayroll;HR;Employees\r\nPayroll;HR;Contractors\r\nPayroll;HR;Employees\r\n";
    let report = import(&mut store, "r.csv", fine.as_bytes(), &with_org("Acme")).unwrap();
    assert_eq!(report.created, ["Payroll"]);
    assert!(
        report.warnings.iter().any(|w| w.row == 4 && w.message.contains("repeats what row 2 says")),
        "{:?}",
        report.warnings
    );
    let r = store.register(None).unwrap();
    assert_eq!(r.activities[0].data_subjects, ["Employees", "Contractors"]);
}

#[test]
fn what_the_dpo_typed_is_updated_kept_or_left_beside_as_asked_and_the_import_undoes_in_one_step() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let file = "Nom du traitement;Finalité;Base légale;Durée de conservation\r\nPaie;Payer les agents;;5 ans\r\n";
    import(&mut store, "registre.csv", file.as_bytes(), &with_org("Mairie")).unwrap();
    // The DPO completes the activity by hand.
    let mut paie = activity(&store.register(None).unwrap(), "Paie").clone();
    paie.legal_bases = vec![ropa_core::model::LegalBasis {
        basis: LawfulBasis::LegalObligation,
        detail: "Code du travail".into(),
        evidence: String::new(),
    }];
    paie.owner = "DRH".into();
    store.write(|w| w.update(&paie)).unwrap();
    let typed = store.get::<Activity>(paie.id).unwrap();

    // The file, changed: a purpose; an empty legal basis cell; no owner column.
    let changed = file.replace("Payer les agents", "Payer les agents et les stagiaires");
    let dry = ImportOptions { dry_run: true, lang: ropa_core::vocab::Lang::Fr, ..with_org("Mairie") };
    let report = import(&mut store, "registre.csv", changed.as_bytes(), &dry).unwrap();
    let row = &report.preview[0];
    assert_eq!((row.outcome, row.existing), (RowOutcome::Updated, Some(paie.id)));
    let labels: Vec<&str> = row.changes.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, ["Finalités"], "only what the file fills and changes, in the report's language");

    // Keep mine: nothing changes.
    let keep = ImportOptions { choices: vec![(paie.id, Existing::Keep)], ..with_org("Mairie") };
    let report = import(&mut store, "registre.csv", changed.as_bytes(), &keep).unwrap();
    assert_eq!(report.preview[0].outcome, RowOutcome::Kept);
    assert_eq!(store.get::<Activity>(paie.id).unwrap(), typed);

    // Update: the purpose changes; the legal basis and the owner the DPO typed stay.
    let report = import(&mut store, "registre.csv", changed.as_bytes(), &with_org("Mairie")).unwrap();
    assert_eq!(report.updated, ["Paie"]);
    let updated = store.get::<Activity>(paie.id).unwrap();
    assert_eq!(updated.purposes, ["Payer les agents et les stagiaires"]);
    assert_eq!((updated.legal_bases.clone(), updated.owner.as_str()), (typed.legal_bases.clone(), "DRH"));

    // The import is one change in the history, and undoes in one step.
    let change = store.changes().unwrap()[0].clone();
    assert_eq!(change.label, "Import of registre.csv");
    store.write(|w| w.undo_change(change.id)).unwrap();
    assert_eq!(store.get::<Activity>(paie.id).unwrap().purposes, typed.purposes);

    // Import as new: another activity beside the DPO's.
    let new = ImportOptions { existing: Existing::New, ..with_org("Mairie") };
    let report = import(&mut store, "registre.csv", changed.as_bytes(), &new).unwrap();
    assert_eq!(report.created, ["Paie (2)"]);
    assert_eq!(store.register(None).unwrap().activities.len(), 2);
    // Undoing that import removes what it created.
    let change = store.changes().unwrap()[0].clone();
    store.write(|w| w.undo_change(change.id)).unwrap();
    assert_eq!(store.register(None).unwrap().activities.len(), 1);
}

#[test]
fn an_import_changed_again_since_is_not_undone_behind_the_dpos_back() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    import(&mut store, "r.csv", "Name;Purposes\r\nPaie;Payer\r\n".as_bytes(), &with_org("Mairie")).unwrap();
    let mut paie = store.register(None).unwrap().activities[0].clone();
    paie.owner = "DRH".into();
    store.write(|w| w.update(&paie)).unwrap();
    let change = store.changes().unwrap()[0].id;
    let err = store.write(|w| w.undo_change(change)).unwrap_err();
    assert!(err.to_string().contains("changed again since"), "{err}");
    assert_eq!(store.get::<Activity>(paie.id).unwrap().owner, "DRH");
}

// Hostile files --------------------------------------------------------------------------------

/// A zip archive of the given entries, written with the zip crate.
fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .large_file(true);
        for (name, bytes) in entries {
            zip.start_file(*name, options).unwrap();
            zip.write_all(bytes).unwrap();
        }
        zip.finish().unwrap();
    }
    out.into_inner()
}

#[test]
fn an_ods_claiming_billions_of_cells_is_refused_at_once() {
    let content = r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>
<table:table table:name="Bomb"><table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>
</office:spreadsheet></office:body></office:document-content>"#;
    let bytes =
        zip_of(&[("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", content.as_bytes())]);
    let start = std::time::Instant::now();
    let err = read_workbook(bytes.as_slice()).unwrap_err();
    assert!(matches!(err, WorkbookError::TooLarge { .. }), "{err}");
    assert!(err.to_string().contains("cells"), "{err}");
    assert!(start.elapsed().as_secs() < 5);
}

#[test]
fn a_zip_bomb_is_refused_before_it_is_unpacked() {
    // 600 MB of zeros pack into a few hundred kilobytes.
    let zeros = vec![0u8; 600 * 1024 * 1024];
    let bytes = zip_of(&[("[Content_Types].xml", b"<Types/>"), ("xl/sharedStrings.xml", &zeros)]);
    drop(zeros);
    assert!(bytes.len() < 5 * 1024 * 1024);
    let err = read_workbook(bytes.as_slice()).unwrap_err();
    assert!(err.to_string().contains("zip bomb"), "{err}");
}

#[test]
fn a_sheet_claiming_a_million_rows_costs_only_its_cells() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.write_string(0, 0, "Name").unwrap();
    sheet.write_string(0, 1, "Purposes").unwrap();
    sheet.write_string(1, 0, "Payroll").unwrap();
    sheet.write_string(1_048_575, 16_383, "far away").unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let (_, grids) = read_workbook(bytes.as_slice()).unwrap();
    assert_eq!(grids[0].non_empty_cells(), 4);
    // And the far cell is said, not lost.
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let report = import(&mut store, "far.xlsx", &bytes, &with_org("Acme")).unwrap();
    assert!(report.warnings.iter().any(|w| w.row == 1_048_576 && w.value == "far away"), "{:?}", report.warnings);
}

#[test]
fn cells_read_as_the_sheet_shows_them() {
    // A formula gives its cached value; a date cell a date; a number as shown; a boolean an answer.
    let mut book = rust_xlsxwriter::Workbook::new();
    let date = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
    let s = book.add_worksheet();
    for (c, h) in ["Name", "Purposes", "Created", "DPIA required", "Reference"].iter().enumerate() {
        s.write_string(0, c as u16, *h).unwrap();
    }
    s.write_formula(1, 0, rust_xlsxwriter::Formula::new("=\"Pay\"&\"roll\"").set_result("Payroll")).unwrap();
    s.write_string(1, 1, "Paying staff").unwrap();
    s.write_datetime_with_format(1, 2, rust_xlsxwriter::ExcelDateTime::from_ymd(2024, 3, 31).unwrap(), &date).unwrap();
    s.write_boolean(1, 3, true).unwrap();
    s.write_number(1, 4, 75001.0).unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    import(&mut store, "cells.xlsx", &bytes, &with_org("Acme")).unwrap();
    let a = &store.register(None).unwrap().activities[0];
    assert_eq!(a.name, "Payroll");
    assert_eq!(a.created_on.unwrap().to_string(), "2024-03-31");
    assert_eq!(a.dpia.required, Some(true));
    assert_eq!(a.reference, "75001");
}

#[test]
fn damaged_and_locked_workbooks_get_a_clear_message() {
    let good = fixture("workbooks/cnil-registre.xlsx");
    let err = read_workbook(&good[..good.len() / 2]).unwrap_err();
    assert!(err.to_string().contains("damaged or truncated"), "{err}");
    let mut locked = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    locked.extend(std::iter::repeat_n(0u8, 600));
    locked.extend("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0".as_bytes());
    let err = read_workbook(locked.as_slice()).unwrap_err();
    assert!(err.to_string().contains("password"), "{err}");
    let zip = zip_of(&[("readme.txt", b"hello")]);
    assert!(read_workbook(zip.as_slice()).unwrap_err().to_string().contains("neither an Excel workbook"));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: common::fuzz_cases(128), failure_persistence: None, ..ProptestConfig::default() })]

    /// Whatever the bytes behind a workbook's signature, and however a real workbook is damaged,
    /// the import answers with a report or an error: no panic, and a refused import leaves the
    /// store as it was.
    #[test]
    fn damaged_workbooks_never_panic(
        seed in 0usize..5,
        noise in prop::collection::vec(any::<u8>(), 0..4096),
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..16),
    ) {
        let base = match seed {
            0 => [b"PK\x03\x04".as_slice(), &noise].concat(),
            1 => [[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1].as_slice(), &noise].concat(),
            2 => fixture("workbooks/other-tool.xlsx"),
            3 => fixture("workbooks/other-tool.ods"),
            _ => fixture("workbooks/cnil-registre.xls"),
        };
        let mut bytes = base;
        if seed >= 2 {
            for (at, byte) in &flips {
                let i = at.index(bytes.len());
                bytes[i] = *byte;
            }
        }
        let dir = tempfile::tempdir().unwrap();
        let (mut store, _) = common::new_store(dir.path());
        let before = (store.register(None).unwrap(), store.history(None).unwrap().len());
        if import(&mut store, "fuzz.xlsx", &bytes, &with_org("Fuzz")).is_err() {
            prop_assert_eq!((store.register(None).unwrap(), store.history(None).unwrap().len()), before);
        }
    }
}

#[test]
fn a_register_as_dpos_keep_one_reads_whole_whatever_saved_it() {
    let (xlsx, report, _d1) = imported("workbooks/annotated.xlsx", &with_org("Mairie"));
    let (ods, _, _d2) = imported("workbooks/annotated.ods", &with_org("Mairie"));
    assert_eq!(csv_text(&xlsx), csv_text(&ods));
    let r = xlsx.register(None).unwrap();
    let names: Vec<&str> = r.activities.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Paie", "Accueil", "Ancien fichier"]);
    // A name cell merged down over a row per data category: one activity, each category with its
    // own retention.
    let paie = activity(&r, "Paie");
    let categories: Vec<&str> = paie.data_categories.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(categories, ["Identité", "Coordonnées bancaires", "NIR"]);
    assert_eq!(paie.retention.iter().map(|x| x.applies_to.as_str()).collect::<Vec<_>>(), categories);
    // A comment goes to the notes under its column; a link's target stays beside its text; a
    // company's legal form stays with its name.
    assert_eq!(paie.notes, "Comment on Nom: Vérifier la base légale avec la DRH & le CSE");
    assert_eq!(paie.dpia.reference, "AIPD n°42 (https://dpia.example/42)");
    let recipients: Vec<&str> = paie.recipients.iter().map(|x| x.name.as_str()).collect();
    assert_eq!(recipients, ["Salesforce, Inc.", "Service RH"]);
    // "Sans objet" says there are none.
    assert!(activity(&r, "Accueil").recipients.is_empty());
    // The total line is no activity, and the hidden sheet's activities are read and said.
    assert!(report.warnings.iter().any(|w| w.row == 6 && w.message.contains("total line")));
    assert!(report.warnings.iter().any(|w| w.sheet == "Archive" && w.message.contains("hidden")));
}

#[test]
fn a_formula_without_its_result_is_said() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let s = book.add_worksheet();
    for (c, h) in ["Name", "Purposes", "Owner"].iter().enumerate() {
        s.write_string(0, c as u16, *h).unwrap();
    }
    s.write_string(1, 0, "Payroll").unwrap();
    s.write_string(1, 1, "Paying staff").unwrap();
    s.write_formula(1, 2, "=Lists!A3").unwrap();
    let bytes = book.save_to_buffer().unwrap();
    // As some writers leave it: the formula without a stored result.
    let bytes = rewritten(bytes, "xl/worksheets/sheet1.xml", |xml| xml.replace("<v>0</v>", ""));
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let report = import(&mut store, "formula.xlsx", &bytes, &with_org("Acme")).unwrap();
    assert!(report.warnings.iter().all(|w| !w.message.contains("spreadsheet error")));
    assert!(
        report.warnings.iter().any(|w| w.row == 2 && w.letter == "C" && w.message.contains("=Lists!A3")),
        "{:?}",
        report.warnings
    );
}

#[test]
fn spreadsheets_ropa_does_not_read_are_named() {
    let flat = br#"<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:mimetype="application/vnd.oasis.opendocument.spreadsheet"></office:document>"#;
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let err = import(&mut store, "registre.fods", flat, &with_org("Acme")).unwrap_err();
    assert!(err.to_string().contains("save it as .ods"), "{err}");
    // A password-protected ODS: its manifest says its parts are encrypted.
    let manifest = br#"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>"#;
    let locked = zip_of(&[
        ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet"),
        ("META-INF/manifest.xml", manifest),
        ("content.xml", &[0x9c, 0x11, 0x42, 0xff]),
    ]);
    let err = import(&mut store, "locked.ods", &locked, &with_org("Acme")).unwrap_err();
    assert!(err.to_string().contains("password"), "{err}");
    // A sheet asked for that the workbook does not have.
    let options = ImportOptions { sheets: vec!["Nope".into()], ..with_org("Acme") };
    let err = import(&mut store, "r.xlsx", &fixture("workbooks/other-tool.xlsx"), &options).unwrap_err();
    assert!(err.to_string().contains("no sheet named \"Nope\"; its sheets are \"other-tool\""), "{err}");
}

#[test]
fn an_import_taken_back_leaves_no_trace_and_the_one_before_can_go_too() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let first = "Name;Purposes;Created;Updated\r\nPayroll;Paying staff;2024-01-15;2024-06-30\r\n";
    import(&mut store, "v1.csv", first.as_bytes(), &with_org("Acme")).unwrap();
    let before = store.register(None).unwrap().activities[0].clone();
    let second = first.replace("Paying staff", "Paying staff and interns");
    import(&mut store, "v2.csv", second.as_bytes(), &with_org("Acme")).unwrap();
    let v2 = store.changes().unwrap()[0].id;
    store.write(|w| w.undo_change(v2)).unwrap();
    // Put back as it was, its dates included.
    assert_eq!(store.get::<Activity>(before.id).unwrap(), before);
    // Taken back once only.
    let err = store.write(|w| w.undo_change(v2)).unwrap_err();
    assert!(err.to_string().contains("taken back already"), "{err}");
    // The change before it can go in turn: the one taken back does not stand in its way.
    let changes = store.changes().unwrap();
    let v1 = changes.iter().find(|c| c.label == "Import of v1.csv").unwrap();
    assert_eq!(changes.iter().find(|c| c.id == v2).unwrap().undone_by, Some(changes[0].id));
    store.write(|w| w.undo_change(v1.id)).unwrap();
    assert!(store.register(None).unwrap().activities.is_empty());
}

#[test]
fn ropas_own_cnil_and_ico_workbooks_come_back_with_their_organisation() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    ropa_core::demo::load(&mut store).unwrap();
    let register = store.register(None).unwrap();
    for (layout, lang) in [
        (ropa_core::workbook::Layout::Cnil, ropa_core::vocab::Lang::Fr),
        (ropa_core::workbook::Layout::Cnil, ropa_core::vocab::Lang::En),
        (ropa_core::workbook::Layout::Ico, ropa_core::vocab::Lang::En),
    ] {
        let org = register.organisations.iter().find(|o| o.name == "Scalingo").unwrap();
        let (part, org) = ropa_core::view::record(&register, Some(org.id), None).unwrap();
        let options =
            ropa_core::workbook::XlsxOptions { layout, lang, generated_at: "2026-12-01T00:00:00Z".parse().unwrap() };
        let mut bytes = Vec::new();
        ropa_core::workbook::write_xlsx(&part, Some(&org), &options, &mut bytes, &mut |_| {}).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let (mut copy, _) = common::new_store(dir.path());
        let report = import(&mut copy, "scalingo.xlsx", &bytes, &ImportOptions::default())
            .unwrap_or_else(|e| panic!("{layout:?} {lang:?}: {e}"));
        let back = copy.register(None).unwrap();
        assert_eq!(back.organisations.iter().map(|o| o.name.as_str()).collect::<Vec<_>>(), ["Scalingo"]);
        assert_eq!(back.activities.len(), part.activities.len(), "{layout:?} {lang:?}");
        for a in &part.activities {
            let b = activity(&back, &a.name);
            assert_eq!((b.role, b.status), (a.role, a.status), "{layout:?} {lang:?}: {}", a.name);
            assert_eq!(b.notes, a.notes, "{layout:?} {lang:?}: {}", a.name);
        }
        assert!(report.sheets.iter().all(|s| s.in_notes.is_empty()), "{layout:?} {lang:?}: {:?}", report.sheets);
    }
}

/// The CNIL's own blank template (in `../shared/reference`, when it is there): its tutorial, its
/// example and its help comments are the template's, and nothing is imported.
#[test]
#[allow(clippy::print_stderr)] // Saying a test was skipped is its output.
fn the_cnils_own_blank_template_holds_nothing_to_import() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/reference/cnil-registre-simplifie.ods");
    let Ok(bytes) = std::fs::read(&path) else {
        eprintln!("skipped: {} is not there", path.display());
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let report = import(&mut store, "cnil.ods", &bytes, &with_org("Mairie")).unwrap_or_else(|e| panic!("{e}"));
    assert!(report.created.is_empty(), "{:?}", report.created);
    assert!(report.warnings.iter().all(|w| !w.message.contains("comment")), "{:?}", report.warnings);
    assert!(store.register(None).unwrap().activities.is_empty());
}

#[test]
fn rows_of_one_activity_are_one_change_that_previews_and_undoes_whole() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    // A name column: a row with a purpose and no name continues the activity above; each
    // continuation adds a measure the register does not have yet.
    let file = "Nom;Finalité;Catégories de données;Mesures de sécurité;Service\r\n\
                Paie;Verser les salaires;Identité;Chiffrement;DRH\r\n\
                ;;NIR;Journalisation;\r\n\
                ;Déclarations sociales;;Sauvegarde;\r\n\
                Recrutement;Recruter;CV;;DRH\r\n";
    let report = import(&mut store, "r.csv", file.as_bytes(), &with_org("Mairie")).unwrap();
    assert_eq!(report.created, ["Paie", "Recrutement"]);
    let outcomes: Vec<(usize, RowOutcome)> = report.preview.iter().map(|p| (p.row, p.outcome)).collect();
    assert_eq!(
        outcomes,
        [(2, RowOutcome::Created), (3, RowOutcome::Merged), (4, RowOutcome::Merged), (5, RowOutcome::Created)]
    );
    let r = store.register(None).unwrap();
    let paie = activity(&r, "Paie");
    assert_eq!(paie.purposes, ["Verser les salaires", "Déclarations sociales"]);
    assert_eq!(paie.measure_ids.len(), 3);
    // One history entry for the activity, not one per row.
    let entries = store.history(Some((ropa_core::store::Kind::Activity, paie.id))).unwrap();
    assert_eq!(entries.len(), 1, "{entries:?}");

    // The same file again: nothing changes, and the preview says so.
    let dry = ImportOptions { dry_run: true, ..with_org("Mairie") };
    let again = import(&mut store, "r.csv", file.as_bytes(), &dry).unwrap();
    assert!(again.updated.is_empty() && again.unchanged.len() == 2, "{:?}", again.preview);

    // The first import undoes whole, the measures it created with it.
    let change = store.changes().unwrap()[0].id;
    store.write(|w| w.undo_change(change)).unwrap();
    let r = store.register(None).unwrap();
    assert!(r.activities.is_empty() && r.measures.is_empty() && r.organisations.is_empty(), "{r:?}");
}

#[test]
fn an_update_spread_over_rows_undoes_to_the_state_before_it() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let first = "Name;Purposes;Security measures\r\nPayroll;Paying staff;Encryption\r\nHiring;Hiring;\r\n";
    import(&mut store, "v1.csv", first.as_bytes(), &with_org("Acme")).unwrap();
    let before = store.register(None).unwrap();
    // The same activity on two rows apart, each adding a new measure: written in two steps.
    let second =
        "Name;Purposes;Security measures\r\nPayroll;Paying staff;MFA\r\nHiring;Hiring;\r\nPayroll;;Backups\r\n";
    import(&mut store, "v2.csv", second.as_bytes(), &with_org("Acme")).unwrap();
    assert_eq!(activity(&store.register(None).unwrap(), "Payroll").measure_ids.len(), 2);
    let change = store.changes().unwrap()[0].id;
    store.write(|w| w.undo_change(change)).unwrap();
    let after = store.register(None).unwrap();
    assert_eq!(after.activities, before.activities);
    assert_eq!(after.measures, before.measures);
}

#[test]
fn what_a_file_says_beside_the_values_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let file = "Name;Reference;Purposes;Recipients;Last reviewed;DPIA progress;Legal basis\r\n\
                Payroll;HR-1;Paying staff;?;TBC;Completed 2023;consentement pour la newsletter\r\n\
                Hiring;HR-1;Hiring;À définir;2025-01-01;;Art. 6.1.c RGPD\r\n";
    let report = import(&mut store, "r.csv", file.as_bytes(), &with_org("Acme")).unwrap();
    let r = store.register(None).unwrap();
    let payroll = activity(&r, "Payroll");
    // Not known yet: nothing recorded (the checks see the gap), the words in the notes.
    assert!(payroll.recipients.is_empty() && payroll.last_review.is_none());
    assert_eq!(payroll.notes, "Recipients: ?\nLast reviewed: TBC");
    assert!(activity(&r, "Hiring").recipients.is_empty());
    // A status followed by more words; a basis named by its first word, or cited with the
    // regulation's name after it.
    assert_eq!(payroll.dpia.status, Some(ropa_core::model::DpiaStatus::Completed));
    assert_eq!(payroll.dpia.reference, "2023");
    assert_eq!(payroll.legal_bases[0].basis, LawfulBasis::Consent);
    let hiring = activity(&r, "Hiring");
    assert_eq!(
        (hiring.legal_bases[0].basis.clone(), hiring.legal_bases[0].detail.as_str()),
        (LawfulBasis::LegalObligation, "")
    );
    // Two activities with one reference.
    assert!(report
        .warnings
        .iter()
        .any(|w| w.row == 3 && w.message.contains("reference 'HR-1' is also that of 'Payroll'")));
}

/// A workbook's part rewritten, as other writers leave it.
fn rewritten(bytes: Vec<u8>, part: &str, change: impl Fn(String) -> String) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut entries: Vec<(String, Vec<u8>)> = Vec::new();
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let name = entry.name().unwrap().into_owned();
        let mut data = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut data).unwrap();
        if name == part {
            data = change(String::from_utf8(data).unwrap()).into_bytes();
        }
        entries.push((name, data));
    }
    let borrowed: Vec<(&str, &[u8])> = entries.iter().map(|(n, d)| (n.as_str(), d.as_slice())).collect();
    zip_of(&borrowed)
}

#[test]
fn dates_counted_from_1904_read_as_the_sheet_shows_them() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let date = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
    let s = book.add_worksheet();
    for (c, h) in ["Name", "Purposes", "Created"].iter().enumerate() {
        s.write_string(0, c as u16, *h).unwrap();
    }
    s.write_string(1, 0, "Payroll").unwrap();
    s.write_string(1, 1, "Paying staff").unwrap();
    // Serial 43845: 2020-01-15 counted from 1900, 2024-01-16 from 1904.
    s.write_number_with_format(1, 2, 43845.0, &date).unwrap();
    let bytes = book.save_to_buffer().unwrap();
    // As LibreOffice marks a 1904 workbook: in an empty element.
    let bytes = rewritten(bytes, "xl/workbook.xml", |xml| {
        let at =
            xml.find("<workbookPr").map(|i| i + "<workbookPr".len()).unwrap_or_else(|| panic!("no workbookPr: {xml}"));
        format!("{} date1904=\"true\"{}", &xml[..at], &xml[at..])
    });
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    import(&mut store, "mac.xlsx", &bytes, &with_org("Acme")).unwrap();
    let a = &store.register(None).unwrap().activities[0];
    assert_eq!(a.created_on.unwrap().to_string(), "2024-01-16");
}

/// A German register in the columns of the DSK's model register, as LibreOffice saves it and as
/// German Excel saves it as CSV (Windows-1252, semicolons): every column lands in its field, the
/// same whatever saved it.
#[test]
fn a_german_register_in_the_dsk_columns_reads_whole_whatever_saved_it() {
    use ropa_core::model::{Period, Retention, SpecialCondition, TimeUnit};
    let options = with_org("Muster Maschinenbau GmbH");
    let mut texts = Vec::new();
    for name in
        ["workbooks/dsk-register.xlsx", "workbooks/dsk-register.ods", "csv/dsk-register-windows1252-semicolon.csv"]
    {
        let (store, report, _dir) = imported(name, &options);
        assert_eq!(report.created.len(), 5, "{name}: {:?}", report.created);
        assert_eq!(report.sheets[0].header_row, 10, "{name}: the header under the controller's block");
        assert_eq!(report.sheets[0].preset, Some(ropa_core::csv::presets::Preset::Dsk), "{name}: read as the DSK's");
        // The one column with no field of its own goes to the notes, and is said.
        assert_eq!(report.sheets[0].in_notes, ["Ansprechpartner"], "{name}");
        let r = store.register(None).unwrap();
        let org = &r.organisations[0];
        assert_eq!(org.contact.email, "datenschutz@muster-maschinenbau.example", "{name}: the controller's block");
        assert_eq!(org.dpo.name, "Dr. Petra Schulz, DS-Beratung Schulz", "{name}");

        let payroll = activity(&r, "Lohn- und Gehaltsabrechnung");
        assert_eq!((payroll.reference.as_str(), payroll.owner.as_str()), ("VT-01", "Personalabteilung"), "{name}");
        assert_eq!(
            (payroll.created_on.unwrap().to_string(), payroll.updated_on.unwrap().to_string()),
            ("2018-03-01".to_string(), "2024-01-15".to_string()),
            "{name}: Datum der Einführung, Datum der letzten Änderung"
        );
        assert_eq!(payroll.purposes.len(), 2, "{name}");
        // "Art. 6 Abs. 1 lit. c DSGVO" is the legal obligation; "§ 26 BDSG" stays as written,
        // never read as an Art. 6 basis, and is said.
        let bases: Vec<&LawfulBasis> = payroll.legal_bases.iter().map(|b| &b.basis).collect();
        assert_eq!(bases, [&LawfulBasis::LegalObligation, &LawfulBasis::Other("§ 26 BDSG".into())], "{name}");
        assert!(report.warnings.iter().any(|w| w.message.contains("'§ 26 BDSG'")), "{name}");
        assert_eq!(payroll.special_bases[0].condition, SpecialCondition::EmploymentSocialSecurity, "{name}");
        assert_eq!(payroll.special_bases[0].detail, "i.V.m. § 26 Abs. 3 BDSG", "{name}");
        let special: Vec<&str> = payroll
            .data_categories
            .iter()
            .filter(|c| c.sensitivity == Sensitivity::SpecialCategory)
            .map(|c| c.name.as_str())
            .collect();
        assert_eq!(special, ["Religionszugehörigkeit (Kirchensteuer)", "Gesundheitsdaten (AU-Bescheinigungen)"]);
        // "Keine" in the transfer column: the record states there are none.
        assert!(payroll.no_transfers && payroll.transfers.is_empty(), "{name}");
        // "6 Jahre gem. § 257 HGB": the period and the words; "Lohnkonten: 10 Jahre nach Ablauf des
        // Kalenderjahres": the data it applies to, the period and the event it runs from.
        let years = |amount| Some(Period { amount, unit: TimeUnit::Years });
        let expected = [
            Retention { period: years(6), criteria: "6 Jahre gem. § 257 HGB".into(), ..Default::default() },
            Retention {
                applies_to: "Lohnkonten".into(),
                period: years(10),
                from_event: "Ablauf des Kalenderjahres".into(),
                ..Default::default()
            },
        ];
        assert_eq!(payroll.retention, expected, "{name}");
        assert_eq!(payroll.dpia.required, Some(false), "{name}");
        assert!(payroll.notes.contains("Ansprechpartner: Frau Weber"), "{name}: {}", payroll.notes);

        // "Art. 6 (1) b) DS-GVO", German country names, "Standardvertragsklauseln (SCC)", and a
        // recipient's kind in brackets.
        let hiring = activity(&r, "Bewerbermanagement");
        assert_eq!(hiring.legal_bases[0].basis, LawfulBasis::Contract, "{name}");
        assert_eq!(hiring.legal_bases[1].basis, LawfulBasis::Other("§ 26 Abs. 1 BDSG".into()), "{name}");
        assert_eq!(hiring.transfers[0].country, "US", "{name}");
        assert_eq!(hiring.transfers[0].safeguard, Some(Safeguard::StandardContractualClauses), "{name}");
        assert_eq!(hiring.transfers[0].safeguard_detail, "", "{name}: \"(SCC)\" says the same");
        let personio = hiring.recipients.iter().find(|x| x.name.starts_with("Personio")).unwrap();
        assert_eq!((personio.name.as_str(), &personio.kind), ("Personio SE & Co. KG", &RecipientKind::Processor));

        // "72 Stunden": three days, the words kept; "entfällt": no transfers; a DPIA done.
        let cctv = activity(&r, "Videoüberwachung Lager");
        assert_eq!(cctv.legal_bases[0].basis, LawfulBasis::LegitimateInterests, "{name}");
        assert_eq!(cctv.legal_bases[0].detail, "", "{name}: the article cited again says nothing more");
        let period = cctv.retention[0].period.map(|p| (p.amount, p.unit));
        assert_eq!((period, cctv.retention[0].criteria.as_str()), (Some((3, TimeUnit::Days)), "72 Stunden"));
        assert!(cctv.no_transfers, "{name}");
        assert_eq!((cctv.dpia.required, cctv.dpia.reference.as_str()), (Some(true), "durchgeführt am 15.08.2020"));

        // The DSK's own words for "no transfer"; a period with no number stays the criteria.
        let newsletter = activity(&r, "Newsletter");
        assert_eq!(newsletter.legal_bases[0].basis, LawfulBasis::Consent, "{name}");
        assert!(newsletter.no_transfers && newsletter.transfers.is_empty(), "{name}");
        assert!(!newsletter.notes.contains("Drittlandtransfer"), "{name}: the statement says nothing more");
        assert_eq!(
            (newsletter.retention[0].period, newsletter.retention[0].criteria.as_str()),
            (None, "Bis zum Widerruf der Einwilligung")
        );

        let customers = activity(&r, "Kundenverwaltung");
        let bases: Vec<(&LawfulBasis, &str)> =
            customers.legal_bases.iter().map(|b| (&b.basis, b.detail.as_str())).collect();
        assert_eq!(
            bases,
            [(&LawfulBasis::Contract, ""), (&LawfulBasis::LegalObligation, "§ 257 HGB, § 147 AO")],
            "{name}"
        );
        let countries: Vec<&str> = customers.transfers.iter().map(|t| t.country.as_str()).collect();
        assert_eq!(countries, ["US", "IN"], "{name}");
        let ten_years =
            (customers.retention[0].period.map(|p| (p.amount, p.unit)), customers.retention[0].from_event.as_str());
        assert_eq!(ten_years, (Some((10, TimeUnit::Years)), "Vertragsende"), "{name}");
        assert_eq!(customers.measure_ids.len(), 3, "{name}");
        texts.push(csv_text(&store));
    }
    assert!(texts.windows(2).all(|w| w[0] == w[1]), "the same register whatever saved it");
}
