//! `docs/csv-format.md` is written from the column definitions themselves, so that it cannot
//! drift from the code: this test fails when it differs; `UPDATE_DOCS=1 cargo test` rewrites it.

#![allow(clippy::unwrap_used)]

mod common;

use std::fmt::Write;

use ropa_core::csv::fields::ACTIVITY_COLUMNS;
use ropa_core::csv::tables::{self, TableColumn};
use ropa_core::model::{
    DpiaStatus, LawfulBasis, MeasureCategory, RecipientKind, Role, Safeguard, Sensitivity, SpecialCondition, Status,
};
use ropa_core::vocab::{Lang, Vocabulary};

fn values<T: Vocabulary>() -> String {
    T::known().iter().map(|v| format!("`{}`", v.label(Lang::En))).collect::<Vec<_>>().join(", ")
}

fn entity_table<T>(out: &mut String, title: &str, file: &str, columns: &[TableColumn<T>]) {
    writeln!(out, "\n### {title} (`{file}`)\n\n| Column | Meaning |\n| --- | --- |").unwrap();
    for c in columns {
        writeln!(out, "| {} | {} |", c.header, c.meaning.replace('|', "\\|")).unwrap();
    }
}

fn render() -> String {
    let mut out = String::new();
    out.push_str(
        "<!-- Written by crates/ropa-core/tests/csv_format_doc.rs from the column definitions; \
         do not edit by hand: run `UPDATE_DOCS=1 cargo test -p ropa-core --test csv_format_doc`. -->\n\n\
         # ropa's CSV files\n\n\
         `ropa export csv OUT --table T` writes one of six files; `--table all` writes all six into a folder,\n\
         and `ropa import FOLDER` reads them back. Together they carry the whole register: exporting, importing\n\
         into an empty store and exporting again gives the same files to the byte.\n\n\
         ## The file\n\n\
         - UTF-8 with a byte-order mark (so that Excel reads accents right), records ended by CRLF.\n\
         - Separator `,` by default; `--delimiter ';'` for the Excel of locales that expect it (French,\n  German...), `tab` or `|`.\n\
         - A cell is quoted when it holds the separator, a quote (doubled inside), a line break, or spaces at\n  its ends.\n\
         - A cell a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage\n  \
           return) is written with a `'` before it, as OWASP advises against CSV injection; so is a cell\n  \
           starting with `'`. ropa removes that one `'` when it reads its own files.\n\
         - **Lists** hold one item per line inside the cell (what Alt+Enter gives in a spreadsheet).\n\
         - **Structured items** are fields separated by ` | `, in the order the column gives; trailing\n  empty fields may be left out.\n\
         - Inside list items, `\\\\` stands for a backslash, `\\n` for a line break, `\\r` for a carriage\n  \
           return and, in structured items, `\\|` for a `|`.\n\
         - Dates are `YYYY-MM-DD`. Countries are ISO 3166-1 alpha-2 codes (`FR`, `US`); other text is kept\n  as written.\n\
         - Values ropa does not recognise (a legal basis, a safeguard...) are kept as written, with a\n  warning; the compliance checks list them.\n\n\
         ## Activities (`activities.csv`)\n\n\
         One row per processing activity. A row with an ID updates that activity (of the same organisation);\n\
         a row without one updates the activity of the same name in the organisation, or creates one.\n\
         Controllers, measures and sub-processors named in a row and missing from the store are created.\n\n\
         | Column | Article | Meaning | Written as |\n| --- | --- | --- | --- |\n",
    );
    for c in ACTIVITY_COLUMNS {
        writeln!(out, "| {} | {} | {} | {} |", c.header, c.article, c.meaning, c.format.replace('|', "\\|")).unwrap();
    }
    out.push_str("\n### Allowed values\n\n");
    for (what, list) in [
        ("Role", values::<Role>()),
        ("Status", values::<Status>()),
        ("Legal bases (basis)", values::<LawfulBasis>()),
        ("Art. 9 conditions (condition)", values::<SpecialCondition>()),
        ("Data categories (sensitivity)", values::<Sensitivity>()),
        ("Recipients (kind)", values::<RecipientKind>()),
        ("Transfers (safeguard)", values::<Safeguard>()),
        ("DPIA status", values::<DpiaStatus>()),
        ("Measures (category)", values::<MeasureCategory>()),
    ] {
        writeln!(out, "- **{what}**: {list}.").unwrap();
    }
    out.push_str(
        "\nOn import each is also recognised by its code, its French label, and the usual spellings \
         (\"6(1)(f)\", \"Art. 6(1)(c)\", \"Intérêt légitime\", \"SCCs\", \"Clauses contractuelles types\"...), \
         ignoring case and accents.\n\n## The other files\n\nOne row per entity, matched on import by name within \
         its organisation.\n",
    );
    entity_table(&mut out, "Organisations", "organisations.csv", &tables::organisation_columns());
    entity_table(&mut out, "Sites and regions", "sites.csv", &tables::site_columns());
    entity_table(&mut out, "Controllers", "controllers.csv", &tables::controller_columns());
    entity_table(&mut out, "Sub-processors", "subprocessors.csv", &tables::subprocessor_columns());
    entity_table(&mut out, "Security measures", "measures.csv", &tables::measure_columns());
    out.push_str(
        "\n## Spreadsheets from elsewhere, and workbooks\n\n\
         `ropa import FILE` also reads the registers DPOs keep in spreadsheets (the ICO template, the CNIL\n\
         register, their own), as CSV or as workbooks (.xlsx, .xls, .ods), and `ropa export xlsx` writes the\n\
         register as a workbook: see [spreadsheet-format.md](spreadsheet-format.md).\n",
    );
    out
}

#[test]
fn the_csv_format_document_matches_the_code() {
    common::document_matches("csv-format.md", &render(), "csv_format_doc");
}
