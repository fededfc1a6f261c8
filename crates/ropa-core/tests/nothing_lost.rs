//! Nothing is lost: every word of every non-empty cell of the sheets an import reads is found in
//! the register it wrote (in ropa's words, in English or French, or as the value the words name)
//! or in its report (a column's header, a label read, the template's own text, a warning naming
//! the cell). Held over every fixture, and over random sheets written as workbooks and as CSV.

#![allow(clippy::unwrap_used)]

mod common;

use std::collections::BTreeSet;
use std::path::PathBuf;

use proptest::prelude::*;
use ropa_core::csv::fields::{cell_in, Names, ACTIVITY_COLUMNS};
use ropa_core::csv::read::CsvReader;
use ropa_core::csv::{self, Table};
use ropa_core::import::{self, ImportOptions, ImportReport};
use ropa_core::model::Register;
use ropa_core::model::*;
use ropa_core::reference::countries;
use ropa_core::text::fold;
use ropa_core::vocab::{Lang, Vocabulary};
use ropa_core::workbook::{self, cnil};
use ropa_core::Store;

fn words(text: &str) -> Vec<String> {
    fold(text).split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= 2).map(str::to_string).collect()
}

/// The words of a vocabulary's values that the register holds (by their codes).
fn vocabulary_words<T: Vocabulary>(json: &str, into: &mut BTreeSet<String>) {
    for value in T::known() {
        let Some(w) = value.words() else { continue };
        if json.contains(&format!("\"{}\"", w.code)) {
            for text in [w.code, w.en, w.fr, w.de].iter().chain(w.aliases) {
                into.extend(words(text));
            }
        }
    }
}

/// The words of every string and number in a JSON value (not of its text, where "\n" would join
/// two words).
fn json_words(value: &serde_json::Value, into: &mut BTreeSet<String>) {
    match value {
        serde_json::Value::String(s) => into.extend(words(s)),
        serde_json::Value::Number(n) => into.extend(words(&n.to_string())),
        serde_json::Value::Array(items) => items.iter().for_each(|v| json_words(v, into)),
        serde_json::Value::Object(fields) => fields.iter().for_each(|(k, v)| {
            into.extend(words(k));
            json_words(v, into)
        }),
        _ => {}
    }
}

/// Every word the register and the report hold.
fn corpus(store: &Store, report: &ImportReport) -> BTreeSet<String> {
    let register: Register = store.register(None).unwrap();
    let json = serde_json::to_string(&register).unwrap();
    let mut found: BTreeSet<String> = BTreeSet::new();
    json_words(&serde_json::to_value(&register).unwrap(), &mut found);
    json_words(&serde_json::to_value(report).unwrap(), &mut found);
    for table in Table::ALL {
        let mut out = Vec::new();
        csv::export(&register, table, ',', &mut out, &mut |_| {}).unwrap();
        found.extend(words(&String::from_utf8_lossy(&out)));
    }
    let names = Names { organisation: "", controllers: vec![], measures: vec![], subprocessors: vec![] };
    for a in &register.activities {
        for c in ACTIVITY_COLUMNS {
            found.extend(words(&cell_in(c.field, a, &names, Lang::Fr)));
        }
    }
    vocabulary_words::<LawfulBasis>(&json, &mut found);
    vocabulary_words::<SpecialCondition>(&json, &mut found);
    vocabulary_words::<Safeguard>(&json, &mut found);
    vocabulary_words::<RecipientKind>(&json, &mut found);
    vocabulary_words::<Role>(&json, &mut found);
    vocabulary_words::<Status>(&json, &mut found);
    vocabulary_words::<Sensitivity>(&json, &mut found);
    vocabulary_words::<DpiaStatus>(&json, &mut found);
    vocabulary_words::<MeasureCategory>(&json, &mut found);
    vocabulary_words::<TimeUnit>(&json, &mut found);
    for c in countries::all() {
        if json.contains(&format!("\"{}\"", c.code)) {
            found.extend(words(c.en));
            found.extend(words(c.fr));
            found.extend(words(c.de));
            for alias in countries::aliases_of(c.code) {
                found.extend(words(alias));
            }
        }
    }
    // The CNIL template's words for the types it offers in its drop-down lists.
    for l in cnil::RECIPIENT_TYPES.iter().chain(cnil::MEASURE_TYPES.iter().map(|(l, _)| l)) {
        found.extend(words(l.fr));
        found.extend(words(l.en));
    }
    // Answers and "nothing" are read as what they say.
    for answer in [
        "yes",
        "no",
        "oui",
        "non",
        "true",
        "false",
        "vrai",
        "faux",
        "none",
        "aucun",
        "aucune",
        "concerne",
        "sans",
        "objet",
        "not",
        "applicable",
        "neant",
        "nil",
        "required",
        "requise",
        "ja",
        "nein",
        "keine",
        "kein",
        "entfallt",
        "zutreffend",
        // "Art. 6 Abs. 1 lit. c DSGVO": the Regulation named after its article is the one every
        // basis cites.
        "dsgvo",
        "gvo",
        "ds",
        "rgpd",
        "gdpr",
        // "10 Jahre nach Vertragsende": the word before the event the period runs from.
        "nach",
        "ab",
    ] {
        found.insert(answer.to_string());
    }
    // A statement that there are no transfers is read as what it says, where the register holds one.
    if register.activities.iter().any(|a| a.no_transfers) {
        found.extend(ropa_core::csv::fields::NO_TRANSFER_WORDS.iter().map(|w| w.to_string()));
    }
    found
}

/// The cells of the sheets an import read: (sheet, row, text).
fn cells_read(bytes: &[u8], report: &ImportReport) -> Vec<(String, usize, String)> {
    let mut out = Vec::new();
    if report.format == workbook::Format::Csv {
        let reader = CsvReader::new(bytes, None).unwrap();
        for record in reader {
            let record = record.unwrap();
            for c in record.cells {
                out.push((String::new(), record.row, c));
            }
        }
        return out;
    }
    let (_, grids) = workbook::read::read_bytes(bytes).unwrap();
    for grid in grids {
        let read = report.sheets.iter().any(|s| s.name == grid.name && s.kind.is_read());
        if !read {
            continue;
        }
        for r in grid.rows {
            for c in r.cells {
                out.push((grid.name.clone(), r.row, c));
            }
        }
    }
    out
}

/// The words of the cells read that the register and the report do not hold, with where they are
/// (rows refused or skipped as a whole are said, with their errors).
fn lost(bytes: &[u8], store: &Store, report: &ImportReport) -> Vec<String> {
    let found = corpus(store, report);
    // Rows refused, or skipped as a whole (the template's example, a conflict marker), are said in
    // a warning that names them.
    let whole_rows = report.warnings.iter().filter(|i| i.letter.is_empty() && i.message.en.ends_with("skipped"));
    let refused: BTreeSet<(String, usize)> =
        report.skipped.iter().chain(whole_rows).map(|i| (i.sheet.clone(), i.row)).collect();
    let mut missing = Vec::new();
    for (sheet, row, text) in cells_read(bytes, report) {
        if text.trim().is_empty() || refused.contains(&(sheet.clone(), row)) {
            continue;
        }
        for w in words(&text) {
            if !found.contains(&w) {
                missing.push(format!("sheet \"{sheet}\", row {row}: \"{w}\" of \"{text}\""));
            }
        }
    }
    missing
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)).unwrap()
}

#[test]
fn no_word_of_any_fixture_is_lost() {
    for name in [
        "workbooks/cnil-registre.ods",
        "workbooks/cnil-registre.xlsx",
        "workbooks/cnil-registre.xls",
        "workbooks/ico-template.xlsx",
        "workbooks/other-tool.xlsx",
        "workbooks/other-tool.ods",
        "workbooks/source/other-tool.csv",
        "workbooks/dsk-register.xlsx",
        "workbooks/dsk-register.ods",
        "csv/source/dsk-register.csv",
        "csv/dsk-register-windows1252-semicolon.csv",
        "csv/cnil-register-utf8-comma.csv",
        "csv/cnil-register-windows1252-semicolon.csv",
        "csv/ico-template-utf8-bom.csv",
        "csv/ico-template-unicode.txt",
    ] {
        let bytes = fixture(name);
        let dir = tempfile::tempdir().unwrap();
        let (mut store, _) = common::new_store(dir.path());
        let options = ImportOptions { organisation: Some("Acme".into()), ..Default::default() };
        let report = import::import(&mut store, name, bytes.as_slice(), None, &options, &mut |_| {})
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let missing = lost(&bytes, &store, &report);
        assert!(missing.is_empty(), "{name}: {} words lost:\n{}", missing.len(), missing.join("\n"));
    }
}

// Random sheets -----------------------------------------------------------------------------

/// Headers as people write them: ropa's fields in other words, and columns of their own.
const HEADERS: &[&str] = &[
    "Name",
    "Activité",
    "activityName",
    "Purposes",
    "Finalité",
    "legalBasis",
    "Base légale",
    "dataSubjects",
    "Personnes concernées",
    "Data categories",
    "Catégories de données",
    "Recipients",
    "Destinataires",
    "Retention period",
    "Durée de conservation",
    "Security measures",
    "Mesures de sécurité",
    "thirdCountries",
    "Safeguards",
    "Department",
    "Software",
    "Source",
    "Rights",
    "DPIA",
    "Notes",
    "Our internal code",
    "Coût annuel (€)",
    "Commentaire",
    "",
    "Reference",
    "Processors",
    "Données sensibles",
    "Rechtsgrundlage",
    "Kategorien betroffener Personen",
    "Löschfristen",
    "Drittlandtransfer",
    "Geeignete Garantien",
    "Bemerkungen",
];

/// Words people write: values ropa knows, and free text with what splits lists.
fn cell() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "consent",
        "Obligation légale",
        "legitimate interests",
        "Contrat",
        "5 ans",
        "3 years",
        "30 days",
        "United States",
        "Canada",
        "Inde",
        "SCC",
        "BCR",
        "Oui",
        "Non",
        "N/A",
        "Salariés",
        "Clients",
        "Prospects",
        "Email",
        "RIB",
        "Santé",
        "Mailchimp",
        "Payroll provider",
        "Chiffrement",
        "Backups",
        "paie",
        "camera",
        "badge",
        "archive",
        "zzkw",
        "qvrt",
        "Lorem",
        "ipsum",
        ", ",
        "; ",
        "\n",
        " (",
        ")",
        " – ",
        ": ",
        "X",
        "12/03/2024",
        "2024-05-01",
        "Art. 6 Abs. 1 lit. c DSGVO",
        "§ 26 BDSG",
        "Berechtigtes Interesse",
        "72 Stunden",
        "10 Jahre nach Vertragsende",
        "Keine",
        "Entfällt",
        "Vereinigte Staaten",
        "Standardvertragsklauseln",
        "Beschäftigte",
    ]);
    prop::collection::vec(pieces, 0..5).prop_map(|p| p.concat())
}

prop_compose! {
    fn sheet()(
        columns in prop::collection::vec(prop::sample::select(HEADERS.to_vec()), 2..8),
        rows in prop::collection::vec(prop::collection::vec(cell(), 8), 1..6),
        names in prop::collection::vec("[A-Z][a-z]{3,8}", 6),
        offset in 0u16..3,
        title in prop::option::of("[A-Z][a-z]{4,10} [a-z]{3,8}"),
    ) -> (Vec<String>, Vec<Vec<String>>, u16, Option<String>) {
        // Every sheet names its activities, so that rows are activities.
        let mut headers: Vec<String> = vec!["Name".into()];
        headers.extend(columns.into_iter().map(str::to_string));
        let rows = rows
            .into_iter()
            .zip(names.iter().cycle())
            .map(|(mut cells, name)| {
                cells.insert(0, name.clone());
                cells.truncate(headers.len());
                cells
            })
            .collect();
        (headers, rows, offset, title)
    }
}

fn as_xlsx(headers: &[String], rows: &[Vec<String>], offset: u16, title: &Option<String>) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let s = book.add_worksheet();
    let top = if let Some(t) = title {
        s.write_string(0, 0, t).unwrap();
        2
    } else {
        0
    };
    for (c, h) in headers.iter().enumerate() {
        s.write_string(top, offset + c as u16, h).unwrap();
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            if !v.is_empty() {
                s.write_string(top + 1 + r as u32, offset + c as u16, v).unwrap();
            }
        }
    }
    book.save_to_buffer().unwrap()
}

fn as_csv(headers: &[String], rows: &[Vec<String>]) -> Vec<u8> {
    let quote = |v: &str| format!("\"{}\"", v.replace('"', "\"\""));
    let mut text = headers.iter().map(|h| quote(h)).collect::<Vec<_>>().join(";");
    text.push_str("\r\n");
    for row in rows {
        text.push_str(&row.iter().map(|v| quote(v)).collect::<Vec<_>>().join(";"));
        text.push_str("\r\n");
    }
    text.into_bytes()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn no_word_of_a_random_sheet_is_lost((headers, rows, offset, title) in sheet(), workbook in any::<bool>()) {
        let bytes = if workbook { as_xlsx(&headers, &rows, offset, &title) } else { as_csv(&headers, &rows) };
        let dir = tempfile::tempdir().unwrap();
        let (mut store, _) = common::new_store(dir.path());
        let options = ImportOptions { organisation: Some("Acme".into()), skip_invalid: true, ..Default::default() };
        match import::import(&mut store, "random", bytes.as_slice(), None, &options, &mut |_| {}) {
            Ok(report) => {
                let missing = lost(&bytes, &store, &report);
                prop_assert!(missing.is_empty(), "{} words lost:\n{}\nreport: {:#?}", missing.len(), missing.join("\n"), report.sheets);
            }
            // A file whose header ropa cannot find is refused whole, and said so.
            Err(import::ImportError::NoHeader { .. }) => {}
            Err(e) => prop_assert!(false, "{e}"),
        }
    }
}

/// Cases the random sheets found, kept: each read with no word lost.
#[test]
fn sheets_that_once_lost_words() {
    let cases: [(&[&str], &[&str]); 1] = [
        // Read as ropa's table of organisations; the "Processor" flag's cell had more than a yes
        // or a no (it was read as "N", and the rest dropped).
        (&["Name", "Notes", "Processors", "Notes"], &["Aaaa", "", "N/Aconsent", ""]),
    ];
    for (headers, row) in cases {
        let headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
        let rows = vec![row.iter().map(|c| c.to_string()).collect::<Vec<_>>()];
        let bytes = as_csv(&headers, &rows);
        let dir = tempfile::tempdir().unwrap();
        let (mut store, _) = common::new_store(dir.path());
        let options = ImportOptions { organisation: Some("Acme".into()), skip_invalid: true, ..Default::default() };
        let report = import::import(&mut store, "case", bytes.as_slice(), None, &options, &mut |_| {}).unwrap();
        let missing = lost(&bytes, &store, &report);
        assert!(missing.is_empty(), "{headers:?}: {missing:?}");
    }
}
