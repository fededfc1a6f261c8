//! The PDF record, checked as a reader and an auditor would: with poppler (`pdftotext`,
//! `pdffonts`, `pdfinfo`) and `qpdf`, which `make test` installs.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use ropa_core::model::Register;
use ropa_core::model::{
    Activity, DataCategory, Location, Organisation, Recipient, RecipientKind, Role, Safeguard, SubProcessor,
    SubProcessorService, Transfer,
};
use ropa_core::pdf::{record_pdf, PdfOptions};
use ropa_core::vocab::Lang;
use ropa_core::{demo, view, Store};

fn tool(name: &str, args: &[&str], file: &Path) -> String {
    let out = Command::new(name)
        .args(args)
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("{name} is needed for the PDF tests (make test installs it): {e}"));
    String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
}

fn raw_text_of(file: &Path) -> String {
    let out = Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(file).arg("-").output().expect("pdftotext");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// The extracted text as laid out on the page: a table's cells side by side, a row on a line.
fn layout_text_of(file: &Path) -> String {
    let out =
        Command::new("pdftotext").args(["-layout", "-enc", "UTF-8"]).arg(file).arg("-").output().expect("pdftotext");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// The extracted text with every run of white space made one space: wrapped lines read on.
fn text_of(file: &Path) -> String {
    raw_text_of(file).split_whitespace().collect::<Vec<_>>().join(" ")
}

fn demo_store(dir: &Path) -> Store {
    let (mut store, _) = common::new_store(dir);
    demo::load(&mut store).unwrap();
    store
}

fn options(lang: Lang) -> PdfOptions {
    PdfOptions { lang, generated_at: "2026-11-23T10:00:00Z".parse().unwrap(), last_change: None, controller: None }
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn record(store: &Store, org: &str, lang: Lang) -> Vec<u8> {
    let organisation = store.find_organisation(org).unwrap();
    let register = view::for_organisation(&store.register(None).unwrap(), organisation.id);
    record_pdf(&register, &organisation, &options(lang)).unwrap()
}

#[test]
fn the_same_register_and_date_give_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    assert_eq!(record(&store, "coderpad", Lang::En), record(&store, "coderpad", Lang::En));
    assert_ne!(record(&store, "coderpad", Lang::En), record(&store, "coderpad", Lang::Fr));
}

#[test]
fn the_file_is_sound_with_its_fonts_embedded_and_subset() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let file = write(dir.path(), "scalingo.pdf", &record(&store, "scalingo", Lang::En));
    let check = tool("qpdf", &["--check"], &file);
    assert!(check.contains("No syntax or stream encoding errors found"), "{check}");
    let fonts = tool("pdffonts", &[], &file);
    let rows: Vec<&str> = fonts.lines().skip(2).filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(rows.len(), 2, "{fonts}");
    for row in rows {
        let cells: Vec<&str> = row.split_whitespace().collect();
        // name type... emb sub uni object ID: the three flags sit before the object number.
        let flags = &cells[cells.len() - 5..cells.len() - 2];
        assert_eq!(flags, ["yes", "yes", "yes"], "{row}");
        assert!(cells[0].len() > 7 && cells[0].as_bytes()[6] == b'+', "{row}");
    }
    let info = tool("pdfinfo", &[], &file);
    for expected in [
        "Title:           Record of all categories of processing activities carried out on behalf of a controller — Article 30(2) GDPR — Scalingo",
        "Author:          Scalingo",
        "Subject:         Record of all categories of processing activities carried out on behalf of a controller — Article 30(2) GDPR",
        "CreationDate:    Mon Nov 23 10:00:00 2026 UTC",
        "Page size:       595.28 x 841.89 pts (A4)",
    ] {
        assert!(info.contains(expected), "{expected} missing from\n{info}");
    }
}

#[test]
fn every_article_30_2_item_is_labelled_and_gaps_are_shown() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let file = write(dir.path(), "coderpad.pdf", &record(&store, "coderpad", Lang::En));
    let text = text_of(&file);
    for expected in [
        "Record of all categories of processing activities carried out on behalf of a controller — Article 30(2) GDPR",
        "Contents",
        "All the measures of Annex B",
        "Processor record — Article 30(2)",
        // Labels wrap in their column, and a value can share their first line: look for words.
        "(a) Name and contact details",
        "(a) Controller on whose",
        "(b) Categories of processing",
        "(c) Transfers to third",
        "(d) Technical and",
        "Annex A — Sub-processors by site or region",
        "Annex C — Transfers to third countries or international organisations",
        "Northwind Recruiting Ltd",
        "Charlotte GALICHET",
        "4, place de Valois – 75001 Paris",
        "“money” transaction",
        "Not recorded",
        "Page 1 of ",
    ] {
        assert!(text.contains(expected), "{expected:?} missing");
    }
    // The 12 operations of Appendix 1, each with its own section.
    assert_eq!(text.matches("(b) Categories of processing").count(), 12);
}

#[test]
fn the_french_record_speaks_french() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let file = write(dir.path(), "scalingo-fr.pdf", &record(&store, "scalingo", Lang::Fr));
    let text = text_of(&file);
    for expected in [
        "Registre de toutes les catégories d’activités de traitement effectuées pour le compte du responsable du traitement — article 30, paragraphe 2, du RGPD",
        "Délégué à la protection des données : Non renseigné",
        "Sommaire",
        "Non renseigné",
        "Page 1 sur ",
        "23 novembre 2026",
        "Bouclier de protection des données UE–États-Unis",
        "Clauses contractuelles types",
    ] {
        assert!(text.contains(expected), "{expected:?} missing");
    }
    assert!(!text.contains("Not recorded"));
    // French puts a (non-breaking) space before a colon: a colon never starts a line.
    assert!(raw_text_of(&file).lines().all(|l| !l.trim_start().starts_with(':')));
}

#[test]
fn the_contents_give_the_pages_the_sections_start_on() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let file = write(dir.path(), "coderpad.pdf", &record(&store, "coderpad", Lang::En));
    let pages: Vec<String> = raw_text_of(&file).split('\u{c}').map(str::to_string).collect();
    let contents = &pages[1];
    // "Annexes" then its page number, in the contents; that page starts with the heading.
    let lines: Vec<&str> = contents.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let at = lines.iter().position(|l| *l == "Annexes").unwrap();
    let page: usize = lines[at + 1..].iter().find_map(|l| l.parse().ok()).unwrap();
    assert!(pages[page - 1].contains("Annexes\nAnnex A"), "page {page}:\n{}", pages[page - 1]);
}

#[test]
fn greek_cyrillic_and_symbols_print_and_extract_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let text = "Ελληνικά δεδομένα · Персональные данные · 50 € · “quotes” ‘single’ – — ½ ™";
    store
        .write(|w| {
            let org =
                w.create(&Organisation { name: "Ωmega Ltd".into(), acts_as_controller: true, ..Default::default() })?;
            w.create(&Activity {
                organisation_id: org,
                name: "Δοκιμή — тест".into(),
                role: Role::Controller,
                purposes: vec![text.into()],
                data_categories: vec![DataCategory { name: "Имя".into(), ..Default::default() }],
                ..Default::default()
            })
        })
        .unwrap();
    let file = write(dir.path(), "unicode.pdf", &record(&store, "mega", Lang::En));
    let extracted = text_of(&file);
    for expected in [text, "Δοκιμή — тест", "Ωmega Ltd", "Имя"] {
        assert!(extracted.contains(expected), "{expected:?} missing from\n{extracted}");
    }
}

#[test]
fn a_controllers_part_holds_only_what_concerns_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let register = store.register(None).unwrap();
    let controller = register.controllers.iter().find(|c| c.name.contains("Northwind")).unwrap();
    let organisation = register.organisations.iter().find(|o| o.id == controller.organisation_id).unwrap();
    let part = view::for_controller(&register, controller.id);
    let options = PdfOptions { controller: Some(controller.id), ..options(Lang::En) };
    let file = write(dir.path(), "northwind.pdf", &record_pdf(&part, organisation, &options).unwrap());
    let text = text_of(&file);
    assert!(text.contains("Part concerning the controller: Northwind Recruiting Ltd"));
    assert!(text.contains("Extract of the record of processing activities carried out on behalf of the controller"));
    assert!(!text.contains("Scalingo") && !text.contains("Exemple Commerce"));
}

#[test]
fn an_empty_register_still_makes_a_document() {
    let dir = tempfile::tempdir().unwrap();
    let organisation = Organisation { id: 1, name: "Empty".into(), ..Default::default() };
    let register = Register { organisations: vec![organisation.clone()], ..Default::default() };
    let file = write(dir.path(), "empty.pdf", &record_pdf(&register, &organisation, &options(Lang::En)).unwrap());
    assert!(tool("qpdf", &["--check"], &file).contains("No syntax or stream encoding errors found"));
    assert!(text_of(&file).contains("Not recorded"));
}

/// The text of the example register's records, as `pdftotext` reads it, against the expected
/// text kept in `tests/golden/`. `UPDATE_GOLDEN=1 cargo test -p ropa-core --test pdf` rewrites
/// them; read the difference before committing it.
#[test]
fn the_example_records_read_as_expected_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let golden = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    for org in ["scalingo", "coderpad"] {
        for lang in Lang::ALL {
            let code = lang.code();
            let file = write(dir.path(), &format!("{org}-{code}.pdf"), &record(&store, org, lang));
            let text = raw_text_of(&file);
            let expected_path = golden.join(format!("{org}-{code}.txt"));
            if std::env::var_os("UPDATE_GOLDEN").is_some() {
                std::fs::write(&expected_path, &text).unwrap();
                continue;
            }
            let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
            if text != expected {
                let line = text.lines().zip(expected.lines()).position(|(a, b)| a != b);
                panic!(
                    "{org}-{code}: the text differs from tests/golden (first differing line {line:?}); \
                        run UPDATE_GOLDEN=1 cargo test -p ropa-core --test pdf and read the difference"
                );
            }
        }
    }
}

#[test]
fn bookmarks_follow_the_document_part_by_part() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let file = write(dir.path(), "coderpad.pdf", &record(&store, "coderpad", Lang::En));
    let json: serde_json::Value =
        serde_json::from_str(&tool("qpdf", &["--json=2", "--json-key=outlines"], &file)).unwrap();
    let outlines = json["outlines"].as_array().unwrap();
    let titles = |items: &Vec<serde_json::Value>| -> Vec<String> {
        items.iter().map(|o| o["title"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(titles(outlines), ["Processor record — Article 30(2)", "Annexes"]);
    let controllers = outlines[0]["kids"].as_array().unwrap();
    assert_eq!(titles(controllers), ["Northwind Recruiting Ltd"]);
    let activities = controllers[0]["kids"].as_array().unwrap();
    let sections = titles(activities);
    assert_eq!(sections[0], "Skills assessment of candidates");
    assert_eq!(sections[1], "Security and fraud detection");
    assert_eq!(sections.len(), 12, "the controller's 12 activities under it");
    let pages: Vec<i64> = activities.iter().map(|o| o["destpageposfrom1"].as_i64().unwrap()).collect();
    assert!(pages.windows(2).all(|w| w[0] <= w[1]), "in page order: {pages:?}");
    assert_eq!(titles(outlines[1]["kids"].as_array().unwrap()).len(), 3, "three annexes");
}

/// A store holding the controller "Mairie" and its one activity "Paie", built from `activity`.
fn mairie_with(activity: Activity) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    store
        .write(|w| {
            let org =
                w.create(&Organisation { name: "Mairie".into(), acts_as_controller: true, ..Default::default() })?;
            w.create(&Activity { organisation_id: org, name: "Paie".into(), role: Role::Controller, ..activity })
        })
        .unwrap();
    (dir, store)
}

#[test]
fn a_controller_s_service_providers_are_its_processors_not_sub_processors() {
    let (dir, store) = mairie_with(Activity::default());
    let file = write(dir.path(), "mairie.pdf", &record(&store, "Mairie", Lang::Fr));
    let text = text_of(&file);
    assert!(text.contains("Annexe A — Sous-traitants par site ou région"), "{text}");
    assert!(!text.contains("ultérieurs"), "{text}");
}

#[test]
fn a_record_that_states_no_transfers_says_none_where_another_says_not_recorded() {
    let (dir, store) = mairie_with(Activity { no_transfers: true, ..Default::default() });
    for (lang, none) in [
        (Lang::En, "None: no personal data go to a third country or an international organisation"),
        (Lang::Fr, "Aucun : aucune donnée personnelle ne va vers un pays tiers ou une organisation internationale"),
    ] {
        let file = write(dir.path(), "mairie.pdf", &record(&store, "Mairie", lang));
        let text = text_of(&file);
        assert!(text.contains(none), "{none:?} missing from\n{text}");
    }
}

/// Transfers recorded by country alone, as spreadsheets give them: who receives the data is
/// found in what the activity records for that country (its recipients, its processors' services,
/// the providers of its locations), and a transfer recorded by recipient alone takes the
/// recipient's country. Annex C leaves a cell empty only when the register holds nothing for it.
#[test]
fn annex_c_names_the_recipients_the_register_holds_for_each_transfer() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    store
        .write(|w| {
            let org =
                w.create(&Organisation { name: "Mairie".into(), acts_as_controller: true, ..Default::default() })?;
            let cloudy = w.create(&SubProcessor {
                organisation_id: org,
                name: "Cloudy".into(),
                services: vec![SubProcessorService {
                    country: "CA".into(),
                    purpose: "Hosting".into(),
                    ..Default::default()
                }],
                ..Default::default()
            })?;
            let transfer = |recipient: &str, country: &str, safeguard: Option<Safeguard>, detail: &str| Transfer {
                recipient: recipient.into(),
                country: country.into(),
                safeguard,
                safeguard_detail: detail.into(),
                ..Default::default()
            };
            w.create(&Activity {
                organisation_id: org,
                name: "Paie".into(),
                role: Role::Controller,
                recipients: vec![
                    Recipient { name: "Mailchimp".into(), kind: RecipientKind::Processor, country: "US".into() },
                    Recipient { name: "Indeed".into(), kind: RecipientKind::External, country: "AU".into() },
                ],
                locations: vec![Location { provider: "Sakura".into(), place: "Tokyo".into(), country: "JP".into() }],
                subprocessor_ids: vec![cloudy],
                transfers: vec![
                    transfer("", "US", Some(Safeguard::StandardContractualClauses), ""),
                    transfer("", "CA", Some(Safeguard::Adequacy), ""),
                    transfer("", "JP", None, "APPI adequacy"),
                    transfer("Indeed", "", Some(Safeguard::StandardContractualClauses), ""),
                    transfer("", "IN", None, ""),
                    Transfer {
                        international_organisation: true,
                        ..transfer("UNHCR", "", Some(Safeguard::Adequacy), "")
                    },
                ],
                ..Default::default()
            })
        })
        .unwrap();
    let file = write(dir.path(), "mairie.pdf", &record(&store, "Mairie", Lang::En));
    let text = layout_text_of(&file);
    // The contents name the annexes first: the annex is after the last mention.
    let annex = &text[text.rfind("Annex C —").unwrap()..];
    let row = |name: &str| {
        annex.lines().find(|l| l.contains(name)).unwrap_or_else(|| panic!("{name:?} missing from\n{annex}"))
    };
    for (recipient, country) in
        [("Mailchimp", "United"), ("Cloudy", "Canada"), ("Sakura", "Japan"), ("Indeed", "Australia")]
    {
        assert!(row(recipient).contains(country), "{recipient} in the row of {country}:\n{annex}");
    }
    // An international organisation recorded without a seat is said to be one.
    assert!(row("UNHCR").contains("International"), "{annex}");
    // A safeguard described only in its details shows them, not "no safeguard recorded".
    assert!(row("Sakura").contains("APPI adequacy"), "{annex}");
    // Nothing in the register receives data in India: nothing is made up.
    let india = row("India");
    assert!(["Mailchimp", "Cloudy", "Sakura", "Indeed"].iter().all(|n| !india.contains(n)), "{india}");
}

/// Annex A's cells from what else the register holds: a service's country from its
/// sub-processor's, its purpose from the activities that engage it, its safeguard from its details.
#[test]
fn annex_a_fills_its_cells_from_what_the_register_holds() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    store
        .write(|w| {
            let org =
                w.create(&Organisation { name: "Mairie".into(), acts_as_controller: true, ..Default::default() })?;
            let payfit = w.create(&SubProcessor {
                organisation_id: org,
                name: "Payfit".into(),
                country: "FR".into(),
                ..Default::default()
            })?;
            let cloudy = w.create(&SubProcessor {
                organisation_id: org,
                name: "Cloudy".into(),
                country: "CA".into(),
                services: vec![SubProcessorService {
                    place: "Montreal".into(),
                    safeguard_detail: "PIPEDA".into(),
                    ..Default::default()
                }],
                ..Default::default()
            })?;
            w.create(&Activity {
                organisation_id: org,
                name: "Paie".into(),
                role: Role::Controller,
                subprocessor_ids: vec![payfit, cloudy],
                ..Default::default()
            })
        })
        .unwrap();
    let file = write(dir.path(), "mairie.pdf", &record(&store, "Mairie", Lang::En));
    let text = layout_text_of(&file);
    let annex = &text[text.rfind("Annex A —").unwrap()..text.rfind("Annex B —").unwrap()];
    let row = |name: &str| {
        annex.lines().find(|l| l.contains(name)).unwrap_or_else(|| panic!("{name:?} missing from\n{annex}"))
    };
    for expected in ["France", "Paie"] {
        assert!(row("Payfit").contains(expected), "{expected:?} missing from Payfit's row:\n{annex}");
    }
    for expected in ["Canada", "Paie", "PIPEDA"] {
        assert!(row("Cloudy").contains(expected), "{expected:?} missing from Cloudy's row:\n{annex}");
    }
}

/// A register whose activities grow longer one after the other, so that the ends of pages fall
/// inside some of them, and one longer than a page.
fn mairie_with_activities(lengths: &[usize]) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    store
        .write(|w| {
            let org =
                w.create(&Organisation { name: "Mairie".into(), acts_as_controller: true, ..Default::default() })?;
            for (i, n) in lengths.iter().enumerate() {
                w.create(&Activity {
                    organisation_id: org,
                    name: format!("Activity {:02}", i + 1),
                    role: Role::Controller,
                    purposes: (1..=*n).map(|j| format!("Purpose number {j}")).collect(),
                    ..Default::default()
                })?;
            }
            Ok(())
        })
        .unwrap();
    (dir, store)
}

#[test]
fn an_activity_that_fits_on_a_page_is_never_split_across_two() {
    let lengths = [2, 5, 8, 11, 3, 14, 6, 9, 1, 12, 4, 7, 10, 13];
    let (dir, store) = mairie_with_activities(&lengths);
    let file = write(dir.path(), "mairie.pdf", &record(&store, "Mairie", Lang::En));
    let text = raw_text_of(&file);
    let pages: Vec<&str> = text.split('\u{c}').collect();
    for i in 1..=lengths.len() {
        let name = format!("Activity {i:02}");
        // The contents name it first; its section is on the last page that does.
        let start = pages.iter().rposition(|p| p.contains(&name)).unwrap();
        let section = &pages[start][pages[start].find(&name).unwrap()..];
        assert!(section.contains("Next review"), "{name} starts on page {} and ends on the next", start + 1);
    }
}

#[test]
fn an_activity_longer_than_a_page_flows_on_from_where_the_last_one_ends() {
    let (dir, store) = mairie_with_activities(&[3, 120]);
    let file = write(dir.path(), "mairie.pdf", &record(&store, "Mairie", Lang::En));
    let text = raw_text_of(&file);
    let pages: Vec<&str> = text.split('\u{c}').collect();
    let first = pages.iter().rposition(|p| p.contains("Activity 01")).unwrap();
    assert!(pages[first].contains("Activity 02"), "the long activity starts right after the short one");
    assert!(text.contains("Purpose number 120"));
}

/// The record in German: the regulation's German words for the record and its items, German
/// dates and page numbers.
#[test]
fn the_record_in_german() {
    let dir = tempfile::tempdir().unwrap();
    let store = demo_store(dir.path());
    let file = write(dir.path(), "scalingo-de.pdf", &record(&store, "scalingo", Lang::De));
    let text = text_of(&file);
    for words in [
        "Verzeichnis",
        "Auftragsverarbeiter",
        "Kategorien von Verarbeitungen",
        "Technische und organisatorische Maßnahmen",
        "Seite 1 von",
        "23. November 2026",
        "Vereinigte Staaten",
    ] {
        assert!(text.contains(words), "{words} not in: {text}");
    }
}

/// The record holds the processing: a template kept to start records from is not in it.
#[test]
fn a_template_is_not_in_the_record() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = demo_store(dir.path());
    let organisation = store.find_organisation("scalingo").unwrap();
    let mut template =
        store.register(Some(organisation.id)).unwrap().activities[0].duplicate("Template: a new PaaS region");
    template.status = ropa_core::model::Status::Template;
    store.write(|w| w.create(&template)).unwrap();
    let text = text_of(&write(dir.path(), "scalingo.pdf", &record(&store, "scalingo", Lang::En)));
    assert!(text.contains("Hosting of Services Data"), "the activity it copies is there");
    assert!(!text.contains("a new PaaS region"), "the template is not: {text}");
}
