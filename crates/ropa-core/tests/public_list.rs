//! The public list of sub-processors (issue 19): made from the register, per site or region, as a
//! static HTML page (escaped, no script) and a PDF that poppler reads.

#![allow(clippy::unwrap_used)]

mod common;

use std::process::Command;

use ropa_core::date::Date;
use ropa_core::demo;
use ropa_core::model::{Safeguard, SubProcessor, SubProcessorService};
use ropa_core::public_list::{self, Mechanism};
use ropa_core::vocab::Lang;

fn today() -> Date {
    "2026-12-02".parse().unwrap()
}

#[test]
fn the_example_lists_each_site_s_sub_processors_with_country_mechanism_and_last_change() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    demo::load(&mut store).unwrap();
    let scalingo = store.find_organisation("Scalingo").unwrap();
    let list = public_list::make(&store, scalingo.id, today()).unwrap();
    // Every service of every sub-processor is on the list, once.
    let services: usize =
        store.all::<SubProcessor>(Some(scalingo.id)).unwrap().iter().map(|s| s.services.len().max(1)).sum();
    assert_eq!(list.groups.iter().map(|g| g.lines.len()).sum::<usize>(), services);
    // Sites are the register's: osc-fr1 lists Outscale's hosting there.
    let fr1 = list.groups.iter().find(|g| g.site.as_ref().is_some_and(|(name, _)| name == "osc-fr1")).unwrap();
    assert!(fr1.lines.iter().any(|l| l.name == "Outscale" && l.country == "FR" && l.mechanism == Mechanism::WithinEea));
    // The Privacy Shield a service still cites is shown as recorded (the checks flag it).
    let every = list.groups.iter().find(|g| g.site.is_none()).unwrap();
    assert!(every.lines.iter().any(|l| matches!(&l.mechanism, Mechanism::Safeguard(Safeguard::PrivacyShield, _))));
    // The demo was written by the test clock on 2026-01-01.
    assert_eq!(list.changed.map(|d| d.to_string()).as_deref(), Some("2026-01-01"));

    let html = list.html(Lang::En);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    for expected in [
        "<title>Sub-processors of Scalingo</title>",
        "<h2>osc-fr1</h2>",
        "<th scope=\"col\">Transfer mechanism</th>",
        "Within the EU/EEA: no transfer",
        "Last changed on 1 January 2026.",
        "Made from Scalingo&#39;s record of processing activities on 2 December 2026.",
    ] {
        assert!(html.contains(expected), "{expected:?} not in the page");
    }
    // One file: no script, nothing fetched.
    for absent in ["<script", "src=", "href=", "@import", "url("] {
        assert!(!html.contains(absent), "{absent} in the page");
    }
    let fr = list.html(Lang::Fr);
    assert!(fr.contains("<html lang=\"fr\">") && fr.contains("Sous-traitants ultérieurs de Scalingo"));
    let de = list.html(Lang::De);
    assert!(de.contains("Unterauftragsverarbeiter von Scalingo"));

    // The PDF reads the same.
    let mut pdf = Vec::new();
    list.write_pdf(Lang::En, &mut pdf).unwrap();
    let path = dir.path().join("list.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let out = Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(&path).arg("-").output().expect("pdftotext");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in ["Sub-processors of Scalingo", "osc-fr1", "Outscale", "Within the EU/EEA: no transfer"] {
        assert!(text.contains(expected), "{expected:?} not in the PDF: {text}");
    }
    let qpdf = Command::new("qpdf").arg("--check").arg(&path).output().expect("qpdf");
    assert!(qpdf.status.success(), "{}", String::from_utf8_lossy(&qpdf.stdout));
}

#[test]
fn names_are_text_never_markup() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, _) = common::new_store(dir.path());
    let org = store
        .write(|w| {
            let org = w.create(&ropa_core::model::Organisation {
                name: "Fish & <Chips>".into(),
                acts_as_processor: true,
                ..Default::default()
            })?;
            w.create(&SubProcessor {
                organisation_id: org,
                name: "<script>alert(1)</script>".into(),
                services: vec![SubProcessorService {
                    country: "US".into(),
                    purpose: "Support \"chat\"\nand e-mail".into(),
                    ..Default::default()
                }],
                ..Default::default()
            })?;
            Ok(org)
        })
        .unwrap();
    let list = public_list::make(&store, org, today()).unwrap();
    let html = list.html(Lang::En);
    assert!(!html.contains("<script"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("Fish &amp; &lt;Chips&gt;"));
    assert!(html.contains("Support &quot;chat&quot;<br>and e-mail"));
    // A service outside the EEA with no safeguard says so.
    assert_eq!(list.groups[0].lines[0].mechanism, Mechanism::NotRecorded);
    assert!(html.contains("Not recorded"));
}
