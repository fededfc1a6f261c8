//! `docs/checks.md` is written from the catalogue of rules and their English words, so that it
//! cannot drift from the code: this test fails when it differs; `UPDATE_DOCS=1 cargo test` rewrites
//! it.

#![allow(clippy::unwrap_used)]

mod common;

use std::fmt::Write;

use ropa_core::checks::Rule;
use ropa_core::vocab::Lang;

fn render() -> String {
    let mut out = String::new();
    out.push_str(
        "<!-- Written by crates/ropa-core/tests/checks_doc.rs from the catalogue of rules \
         (crates/ropa-core/src/checks/catalogue.rs) and their words (crates/ropa-core/locales/en/checks.ftl); \
         do not edit by hand: run `UPDATE_DOCS=1 cargo test -p ropa-core --test checks_doc`. -->\n\n\
         # The compliance checks\n\n\
         `ropa check` (and the window's checks panel) reads the register against the rules below, each\n\
         finding with the rule's ID, its severity, the entry and field concerned, the article it rests on,\n\
         a message and a hint, in English, French or German (`--lang en|fr|de`). `ropa check --list-rules`\n\
         lists the same rules in any of the three languages.\n\n\
         - **error**: the record is wrong or incomplete in law; `ropa check` exits with 1.\n\
         - **warning**: probably wrong, or missing something a supervisory authority asks for.\n\
         - **info**: worth a look; nothing is wrong as recorded.\n\n\
         A rule with several severities or articles tells its cases apart (what it checks says how), its\n\
         own case first. The law a rule applies (adequacy decisions and their dates, the former standard\n\
         contractual clauses, the judgment that invalidated the Privacy Shield, the Art. 30(5) threshold,\n\
         the DPIA criteria) is read from the tables in `crates/ropa-core/data/`, each with its sources and\n\
         the date it was checked; `ropa check` warns when that date is more than a year old.\n\n\
         | ID | Severity | Article | What it checks |\n| --- | --- | --- | --- |\n",
    );
    for rule in Rule::ALL {
        let severities: Vec<&str> = rule.severities().into_iter().map(|s| s.code()).collect();
        let articles: Vec<String> = rule.articles(Lang::En).into_iter().filter(|a| !a.is_empty()).collect();
        let article = if articles.is_empty() { "—".to_string() } else { articles.join(" / ") };
        writeln!(
            out,
            "| `{}` | {} | {} | {} |",
            rule.id(),
            severities.join(", "),
            article.replace('|', "\\|"),
            rule.description(Lang::En).replace('|', "\\|")
        )
        .unwrap();
    }
    out
}

#[test]
fn the_checks_document_matches_the_catalogue() {
    common::document_matches("checks.md", &render(), "checks_doc");
}
