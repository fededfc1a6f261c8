//! `docs/spreadsheet-format.md` is written from the tables the import and the export read (the
//! fields and the words each goes by, the ICO and CNIL layouts), so that it cannot drift from the
//! code: this test fails when it differs; `UPDATE_DOCS=1 cargo test` rewrites it.

#![allow(clippy::unwrap_used)]

mod common;

use std::fmt::Write;

use ropa_core::csv::fields::{all_columns, Field};
use ropa_core::csv::presets::{CNIL, DSK, ICO};
use ropa_core::import::header::HEADER_SEARCH;
use ropa_core::vocab::Lang;
use ropa_core::workbook::cnil;
use ropa_core::workbook::read::{MAX_CELLS, MAX_FILE_BYTES, MAX_UNPACKED_BYTES};

fn label(field: Field) -> String {
    match field {
        Field::NoteLine => "the notes, under the column's header".to_string(),
        f => all_columns().find(|c| c.field == f).map_or(format!("{f:?}"), |c| c.header.to_string()),
    }
}

/// 3000000 as "3,000,000".
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn render() -> String {
    let mut out = String::new();
    writeln!(
        out,
        "<!-- Written by crates/ropa-core/tests/spreadsheet_format_doc.rs from the import's and the export's \
         tables; do not edit by hand: run `UPDATE_DOCS=1 cargo test -p ropa-core --test spreadsheet_format_doc`. -->\n\n\
         # Registers in spreadsheets: importing them, exporting workbooks\n\n\
         ropa reads the registers DPOs keep today and writes the register back as a workbook. ropa's own CSV\n\
         files are described in [csv-format.md](csv-format.md).\n\n\
         ## Importing: `ropa import FILE [--sheet NAME]... [--org NAME] [--preset P] [--map 'Header=field']...`\n\n\
         - **Formats**, recognised by their content, whatever the file's name: Excel workbooks (.xlsx, .xlsm),\n  \
           Excel 97–2003 (.xls), OpenDocument (.ods), and CSV in any encoding and separator.\n\
         - **Sheets**: each sheet of a workbook is read as what it is, and the report says what and why: a\n  \
           register list (a table of activities, or one of ropa's own tables), an activity's fiche (labels\n  \
           down the side, values beside them), and, left out, the lists of a template's drop-down menus, a\n  \
           tutorial or help text, a template's blank fiche, the template's own example, an empty sheet, or a\n  \
           sheet with no header row (its cells are then named in a warning). `--sheet NAME` reads only the\n  \
           sheets named.\n\
         - **Header**: the row, among the first {HEADER_SEARCH} and wherever the table starts (column B, under a title),\n  \
           whose cells name the most known columns. A header two rows deep (a group row above) is read: where\n  \
           the lower row says nothing, the group row names the column.\n\
         - **Rows of one activity**: rows naming the same activity (as some tools write a row per data\n  \
           category) are merged: their lists united, their single values required to agree (else an error\n  \
           naming both rows). An identical repeated row merges and is said; the same name on two sheets\n  \
           (a sheet per department) too. A row with no name and no reference that adds to a list (a name\n  \
           cell merged down, a row per data category left blank in front) continues the activity above\n  \
           it, said in a warning; in a table with a name column, a row that gives a purpose but no name\n  \
           does too. Rows of one activity that follow each other are read into one before it is written (a\n  \
           single change, and a preview that compares the whole); in rows that each give one data\n  \
           category, the row's retention is that category's. Two activities created with the same\n  \
           reference are said.\n\
         - **Junk rows** (a version-control conflict marker, the header repeated, nothing but separators, a\n  \
           total line such as \"Total : 3 traitements\") are skipped with a warning naming the row; rows\n  \
           between conflict markers are read and said to be there. A hidden sheet that holds activities is\n  \
           read, and said: retired activities often go there.\n\
         - **Cells**: date cells are dates (and text dates read as `YYYY-MM-DD`, `DD/MM/YYYY`...), formulas\n  \
           give their cached value (a formula whose result the file does not store is said; a link formula\n  \
           LibreOffice leaves uncomputed in an .xlsx reads as its link), dates counted from 1904 (old Mac\n  \
           workbooks) as the sheet shows them, booleans read\n  \
           as yes and no, a merged area is read once, numbers as the sheet shows them in its General format\n  \
           (`75001`, not `75001.0`; a percentage or an amount in its format is read as the number: 25 % as\n  \
           `0.25`). A cell holding a spreadsheet error is said in a warning. A link's target follows its\n  \
           text in brackets (\"AIPD n°42 (https://…)\"). A comment on a cell goes to the activity's notes\n  \
           (\"Comment on Nom: …\"), or to a warning when it is not on an activity's row (.xlsx and .ods;\n  \
           the comments of an .xls file are not read).\n\
         - **Cells that say there is nothing** (\"Néant\", \"Aucun\", \"N/A\", \"Sans objet\", \"Non concerné\",\n  \
           \"Keine\", \"Entfällt\", \"Nicht zutreffend\", \"-\", and \"Non\" or \"Nein\" where no yes or no is asked)\n  \
           record nothing (a note keeps its words): no recipient named \"Aucun\", no transfer to \"Pas de\n  \
           transfert\" or \"Keine Übermittlung in Drittländer\" (it states there are none; a statement that says\n  \
           more, \"Keine Übermittlung (Rechenzentrum in Frankfurt)\", keeps its words in the notes), no DPIA\n  \
           \"N/A\" (it reads as no).\n\
         - **Cells that say the value is not known yet** (\"?\", \"TBC\", \"À définir\", \"À compléter\",\n  \
           \"Inconnu\", \"En cours\", \"Unbekannt\", \"Noch zu klären\") leave the field empty, so that `ropa check`\n  \
           asks for it, and go to the notes under their column, said in a warning.\n\
         - **Lists** split on line breaks and semicolons, and on commas in a column that writes its lists\n  \
           that way (cells without line breaks or semicolons, short items): the report says which columns.\n  \
           A company's legal form stays with its name (\"Salesforce, Inc.\", \"OVH, SAS\").\n\
         - **Nothing is lost**: every non-empty cell of a sheet that is read ends in a field of the register,\n  \
           in the activity's notes under its column's header (a column with no field of its own, a cell\n  \
           beyond the header), or in a warning naming its row and column. The template's own words (titles,\n  \
           instructions, links, labels) are listed in the report as such.\n\
         - **What is already in the register**: a row matching an activity already there (by ID, else by\n  \
           reference, else by name) updates it with what the file fills: a field the file leaves empty, or\n  \
           whose cell cannot be read, is never overwritten, and the notes gain lines, never lose them. The\n  \
           preview (`--dry-run`, or the window's) shows field by field what would change. `--existing keep`\n  \
           leaves such activities as they are; `--existing new` imports the rows as new activities beside\n  \
           them; the window offers the choice row by row.\n\
         - **One change**: an import is written whole or not at all, and the history records it as one\n  \
           labelled change (\"Import of FILE\"), which `ropa undo` (or the window's history) takes back in one\n  \
           step, dates included, unless what it wrote has been changed since by a change still in force.\n  \
           `ropa undo` again takes back the one before. A folder of ropa's files imports each file as a\n  \
           change of its own.\n\
         - **The organisation**: `--org NAME` (or the window's field) names it; a file that names its\n  \
           organisation in a column, in ropa's CNIL fiches or in the ICO template's controller block needs\n  \
           none (the ICO block's name is said in a warning).\n\
         - **Bounds**: a workbook is read whole into memory, at most {} MB; its zip entries may unpack to at\n  \
           most {} MB, its sheets hold at most {} cells (an ODS sheet's repeated rows and columns\n  \
           are counted before they are expanded; an XLSX sheet is read a cell at a time). A file beyond these,\n  \
           damaged, truncated or protected by a password is refused with a message saying so, as is a\n  \
           spreadsheet saved as XML or HTML (a flat .fods, Excel 2003 XML, a web page): save it as .xlsx or\n  \
           .ods.",
        MAX_FILE_BYTES / (1024 * 1024),
        MAX_UNPACKED_BYTES / (1024 * 1024),
        thousands(MAX_CELLS)
    )
    .unwrap();
    out.push_str(
        "\n### The words of each field\n\nA header names a field when its words are the field's, in English, \
         French or German, ignoring case, accents,\npunctuation, `snake_case` and `camelCase`, plurals and small words (\"of\", \"the\", \"de\", \"des\"...):\n\
         `legalBasis`, `base_legale`, \"Base(s) légale(s)\" and \"Lawful basis\" all name the legal bases. A header\n\
         with all the words of one field's longer name also names it (\"Purpose(s) of the processing\").\n\n\
         | Field | In French | In German | Other headers recognised |\n| --- | --- | --- | --- |\n",
    );
    for c in all_columns().filter(|c| c.field != Field::Id) {
        let synonyms = c.synonyms.join(", ").replace('|', "\\|");
        writeln!(out, "| {} | {} | {} | {synonyms} |", c.header, c.label(Lang::Fr), c.label(Lang::De)).unwrap();
    }
    out.push_str(
        "\nValues are recognised in the same way: codes (`legal_obligation`), English, French and German labels,\n\
         the usual spellings and citations (\"6(1)(c)\", \"Art. 6 Abs. 1 lit. c DSGVO\", \"Art. 6 Abs. 1 S. 1 lit. b\",\n\
         \"Art. 6 (1) c) DS-GVO\", \"Berechtigtes Interesse\", \"Standardvertragsklauseln (SCC)\"); countries by their\n\
         English, French or German names (\"Vereinigte Staaten\", \"Indien\"); yes and no as `Yes`, `No`, `Oui`, `Non`,\n\
         `Ja`, `Nein`, `TRUE`, `FALSE`, `X`. What a cell says beyond the value recognised in it (\"Obligation\n\
         légale (Code du travail)\", \"Art. 6 Abs. 1 lit. c DSGVO (§ 257 HGB)\") is kept as its detail. A basis\n\
         of national law (\"§ 26 BDSG\") is kept as written, and said: it is never read as one of Art. 6's.\n\
         Retention: the period a cell gives (\"6 Jahre gem. § 257 HGB\", \"3 years after the last contact\"), its\n\
         words kept as the criteria unless they are nothing but the period; hours as whole days when they\n\
         make some (\"72 Stunden\": 3 days, the words kept); \"10 Jahre nach Vertragsende\": the period and the\n\
         event it runs from.\n\n\
         ### The UK ICO controller template (`--preset ico`)\n\n\
         The contact block above the header row (Controller, Data Protection Officer, Representative, with\n\
         Name, Address, Email, Telephone) goes to the organisation's contacts, where they are empty. Source:\n\
         the ICO's gdpr-documentation-controller-template.xlsx, sheet \"Template\", header on row 9 (as kept in\n\
         the project on 2026-11-23). Rows have no name column: the name is the purpose's first sentence.\n\n\
         | ICO column | ropa field |\n| --- | --- |\n",
    );
    for (header, field) in ICO {
        writeln!(out, "| {header} | {} |", label(*field)).unwrap();
    }
    out.push_str(
        "\n### The CNIL register (`--preset cnil`)\n\n\
         Source: the CNIL's \"registre simplifié\" template (`cnil-registre-simplifie.ods`: sheets \"Tutoriel\",\n\
         \"2 - Liste des traitements\", \"3 - Modèle de fiche de registre\", \"4 - Exemple de fiche\", \"5 - Listes\"),\n\
         as kept in the project and read on 2026-12-01.\n\n\
         - The **summary sheet**, whatever it is renamed to: the contact block of rows 1–6 (each label's value\n  \
           in the cell to its right) gives the organisation's contact, its representative and its DPO; the\n  \
           header is two rows deep (the purposes column is named only on the group row); the template's own\n  \
           \"(EXEMPLE) …\" row is skipped, and said.\n\
         - **Fiches**, one per activity, found by their labels (not their rows, so that a fiche with rows\n  \
           added or removed still reads): name, reference, dates, actors (the controller, the DPO and the\n  \
           representative go to the organisation's contacts; joint controllers to the activity), main purpose\n  \
           and sub-purposes, data categories each with its retention, sensitive data, data subjects,\n  \
           recipients with their type, security measures with their type (the measure's category) and\n  \
           details (its name), transfers with recipient, country, safeguard and documentation. A label the\n  \
           fiche does not know, with a value, is a field when it names one (\"Base légale\"), else a line of\n  \
           the notes. A fiche joins its summary row (by reference, else by name); a fiche without one is an\n  \
           activity too.\n\
         - The drop-down placeholder (\"Sélectionnez un élément dans cette liste déroulante ►\") is empty;\n  \
           \"Non concerné\", \"Sans objet\", \"N/A\" say nothing, or, in the transfer rows, that there are none.\n\n\
         Summary columns matched exactly (other headers by their words, above):\n\n\
         | CNIL column | ropa field |\n| --- | --- |\n",
    );
    for (header, field) in CNIL {
        writeln!(out, "| {header} | {} |", label(*field)).unwrap();
    }
    out.push_str("\nRecipient types and measure types of the template's lists:\n\n| Type | Read as |\n| --- | --- |\n");
    for (l, kind) in cnil::RECIPIENT_TYPES.iter().map(|l| (l, cnil::recipient_kind(l.fr))) {
        writeln!(out, "| {} | recipient: {:?} |", l.fr, kind.unwrap()).unwrap();
    }
    for (l, category) in cnil::MEASURE_TYPES.iter() {
        writeln!(out, "| {} | measure category: {category:?} |", l.fr).unwrap();
    }
    out.push_str(
        "\n### German registers (the DSK's model register)\n\n\
         Sources, checked on 2026-12-01: the German supervisory authorities' (Datenschutzkonferenz, DSK)\n\
         model registers for controllers and processors (\"Muster – Verzeichnis von Verarbeitungstätigkeiten\",\n\
         Art. 30 Abs. 1 and Abs. 2 DS-GVO, with their \"Hinweise zum Verzeichnis von Verarbeitungstätigkeiten\",\n\
         2018), and the registers and tools derived from them (verinice's register report, a municipal\n\
         register tool, the GDD-style form); `csv/presets.rs` (`DSK`) names them. There is no preset: these\n\
         headers are the fields' own words, so any mix of them, in any order, reads; the column that\n\
         holds a contact (\"Ansprechpartner\") goes to the notes. The model's cover sheet above the table\n\
         (\"Angaben zum Verantwortlichen\", \"Angaben zur Person des Datenschutzbeauftragten\", \"Angaben zum\n\
         Vertreter\", with Name, Anschrift, PLZ, Ort, Telefon, E-Mail) goes to the organisation's contacts,\n\
         where they are empty.\n\n\
         | German column | ropa field |\n| --- | --- |\n",
    );
    for (header, field) in DSK {
        writeln!(out, "| {header} | {} |", label(*field)).unwrap();
    }
    out.push_str(
        "\n## Exporting: `ropa export xlsx OUT [--layout ropa|cnil|ico] [--org NAME] [--controller NAME] [--as-of DATE] [--lang en|fr|de] [--generated-at TIME]`\n\n\
         Every cell is text, a number, a date or a boolean, never a formula (text beginning with `=` stays\n\
         text); the same register and `--generated-at` give the same bytes.\n\n\
         - **`ropa`** (the default): a sheet per table of ropa's CSV files, activities first, in their columns\n  \
           and cell formats ([csv-format.md](csv-format.md)); dates as date cells, IDs as numbers, yes and no as\n  \
           booleans; a bold, frozen header row with an autofilter; columns as wide as their content; text\n  \
           wrapped, list items one per line. Importing it gives the same register back.\n\
         - **`cnil`**: the CNIL register's summary sheet (its contact block, its two-row header, a row per\n  \
           activity) and a fiche per activity in the template's rows and words (French; English or German\n  \
           with `--lang en` or `--lang de`). After the template's rows, under \"Autres informations du registre\", the fields the\n  \
           template has no place for (legal bases, DPIA, review dates, role, organisation...), in ropa's own\n  \
           cell format and the chosen language, so that importing the workbook gives the same activities\n  \
           back. A sheet per activity: a register of thousands of activities makes a large workbook (20,000\n  \
           activities take about 1.4 GB of memory to write); export such a register in the `ropa` layout.\n\
         - **`ico`**: the ICO controller template's contact block and its 30 columns on row 9, then ropa's\n  \
           columns for what the template lacks (name, reference, dates...). Structured values are written as\n  \
           ropa's items (` | ` between their parts), which ropa reads back exactly; the safeguards column\n  \
           names the transfers' safeguards in words. No title above the contact block: importing the\n  \
           workbook without `--org` takes the organisation from the controller's name there. The measures'\n  \
           categories are not in the template: imported into an empty store, they read as \"Other\".\n\n\
         The CNIL and ICO layouts are one organisation's record: `--org` chooses it when the store holds\n\
         several. A value longer than a spreadsheet cell holds (32,767 characters) stops the export with a\n\
         message naming the activity and the field: export that register as CSV.\n",
    );
    out
}

#[test]
fn the_spreadsheet_format_document_matches_the_code() {
    common::document_matches("spreadsheet-format.md", &render(), "spreadsheet_format_doc");
}
