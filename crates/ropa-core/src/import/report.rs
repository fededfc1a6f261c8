//! What an import says: where each problem is (sheet, row, column), what each sheet was read as,
//! what each row became, and the errors that stop it.

use serde::Serialize;

use crate::csv::fields::Field;
use crate::csv::read::{Encoding, ReadError};
use crate::csv::{Preset, Table};
use crate::error::Error;
use crate::i18n::Text;
use crate::model::Id;
use crate::store::Kind;
use crate::workbook::{Format, WorkbookError};

/// One problem with one cell (or row): where it is, what it holds and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Issue {
    /// The sheet of a workbook; empty for a CSV file.
    pub sheet: String,
    /// The row as a spreadsheet numbers it.
    pub row: usize,
    /// The column's letter ("C"); empty for the whole row.
    pub letter: String,
    /// The column's header; empty for the whole row or a column without one.
    pub column: String,
    pub value: String,
    /// What is wrong, in each language.
    pub message: Text,
}

impl Issue {
    pub fn row(sheet: &str, row: usize, message: Text) -> Issue {
        Issue {
            sheet: sheet.to_string(),
            row,
            letter: String::new(),
            column: String::new(),
            value: String::new(),
            message,
        }
    }

    pub fn cell(sheet: &str, row: usize, column: usize, header: &str, value: &str, message: Text) -> Issue {
        Issue {
            sheet: sheet.to_string(),
            row,
            letter: column_letter(column),
            column: header.to_string(),
            value: value.to_string(),
            message,
        }
    }
}

impl Issue {
    /// Where it is and what is wrong, in `lang`: `sheet "Fiches", row 12, column C "Purposes":
    /// … (value: "…")`.
    pub fn in_lang(&self, lang: crate::vocab::Lang) -> String {
        use crate::tr;
        let mut at = Vec::new();
        if !self.sheet.is_empty() {
            at.push(tr!(lang, "issue-sheet", sheet = self.sheet.as_str()));
        }
        at.push(tr!(lang, "issue-row", row = self.row.to_string()));
        match (self.letter.is_empty(), self.column.is_empty()) {
            (false, false) => {
                at.push(tr!(lang, "issue-column-named", letter = self.letter.as_str(), column = self.column.as_str()))
            }
            (false, true) => at.push(tr!(lang, "issue-column", letter = self.letter.as_str())),
            (true, false) => at.push(tr!(lang, "issue-column-header", column = self.column.as_str())),
            (true, true) => {}
        }
        let message = self.message.get(lang);
        let mut text = format!("{}{}{message}", at.join(", "), crate::vocab::colon(lang));
        if !self.value.is_empty() && !message.contains(self.value.as_str()) {
            let shown: String = self.value.chars().take(80).collect();
            let more = if self.value.chars().count() > 80 { "…" } else { "" };
            let value = format!("{}{more}", shown.replace('\n', "⏎"));
            text.push(' ');
            text.push_str(&tr!(lang, "issue-value", value = value));
        }
        text
    }
}

/// In English (`in_lang` for another language).
impl std::fmt::Display for Issue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.in_lang(crate::vocab::Lang::En))
    }
}

/// The spreadsheet letter of a 0-based column index: 0 → A, 26 → AA.
pub fn column_letter(mut index: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push((b'A' + (index % 26) as u8) as char);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    letters.iter().rev().collect()
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MappedColumn {
    pub header: String,
    /// Its letter ("C"), or its label's row in a fiche ("row 12").
    pub letter: String,
    /// The field it fills; `None` when it maps to nothing.
    pub field: Option<Field>,
}

/// What a sheet of a workbook (or a CSV file) was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum SheetKind {
    /// A table of activities (or one of ropa's other tables), a row each.
    Register,
    /// One activity's fiche: labels down the side, values beside them (the CNIL register).
    Fiche,
    /// The lists a template's drop-down menus offer.
    Lists,
    /// A tutorial or help text.
    Help,
    /// A template's blank fiche, nothing filled in.
    BlankTemplate,
    /// The template's own example.
    Example,
    Empty,
    /// Something that is none of the above: no header row found.
    Unrecognised,
    /// Left out at the user's request (`--sheet`, or unticked in the window).
    LeftOut,
}

impl SheetKind {
    /// Whether the import reads data from a sheet of this kind.
    pub fn is_read(self) -> bool {
        matches!(self, SheetKind::Register | SheetKind::Fiche)
    }

    /// Its code, as the JSON and the language files' `sheet_…` write it ("blank_template").
    pub fn code(self) -> String {
        serde_json::to_value(self).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
    }
}

/// One sheet (or the CSV file) and how it was read.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct SheetReport {
    /// The sheet's name; empty for a CSV file.
    pub name: String,
    pub kind: SheetKind,
    pub hidden: bool,
    /// Why it was read as it was, or left out, in words (empty when its kind says it all).
    pub detail: Text,
    /// For a register list: the table and the layout its header fits.
    pub table: Option<Table>,
    pub preset: Option<Preset>,
    /// The header row (the lower one of a two-row header), or 0.
    pub header_row: usize,
    /// The columns (or, for a fiche, its labels) and the field each fills.
    pub columns: Vec<MappedColumn>,
    /// Headers that map to no field: their cells are kept in the notes under the header.
    pub in_notes: Vec<String>,
    /// Headers whose lists the file separates with commas.
    pub comma_lists: Vec<String>,
    /// The template's own words found on the sheet (titles, instructions, links to guides,
    /// contact-block labels, drop-down prompts): layout, not data, and said so here.
    pub template: Vec<String>,
    /// Data rows read (blank and junk rows aside).
    pub rows: usize,
    /// The non-empty cells the sheet holds.
    pub cells: usize,
}

impl SheetReport {
    pub fn new(name: &str, kind: SheetKind) -> SheetReport {
        SheetReport {
            name: name.to_string(),
            kind,
            hidden: false,
            detail: Text::default(),
            table: None,
            preset: None,
            header_row: 0,
            columns: Vec::new(),
            in_notes: Vec::new(),
            comma_lists: Vec::new(),
            template: Vec::new(),
            rows: 0,
            cells: 0,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Named {
    pub kind: Kind,
    pub name: String,
}

/// How many of an activity file's first rows the report describes one by one
/// (`ImportReport::preview`): what the import wizard shows before the user confirms.
pub const PREVIEW_ROWS: usize = 200;

/// One field an update changes, in the words of the report's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ChangedField {
    pub field: Field,
    pub label: String,
    pub before: String,
    pub after: String,
}

/// One of the first rows of an activity file, as the import wrote it or would write it. Its
/// errors and warnings are the `Issue`s with its sheet and row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PreviewRow {
    pub sheet: String,
    /// The row as a spreadsheet numbers it (a fiche's first row).
    pub row: usize,
    /// The activity's name, as it is (or would be) stored; as read for a refused row.
    pub name: String,
    pub outcome: RowOutcome,
    /// The activity already in the register that this row matches, if any: what the user's
    /// choice (update, keep, import as new) is about.
    pub existing: Option<Id>,
    /// What an update changes, field by field.
    pub changes: Vec<ChangedField>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum RowOutcome {
    Created,
    Updated,
    Unchanged,
    /// Another row (or the summary row) of the same activity: merged into it.
    Merged,
    /// An activity already in the register, kept as it is (the user's choice).
    Kept,
    /// Not written: the row has errors.
    Refused,
}

/// What an import did, or would do (dry run).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ImportReport {
    pub file: String,
    pub format: Format,
    /// For a CSV file: its encoding and separator.
    pub encoding: Option<Encoding>,
    pub delimiter: Option<String>,
    /// Each sheet of a workbook, or the CSV file alone, with what it was read as.
    pub sheets: Vec<SheetReport>,
    /// Data rows and fiches read.
    pub rows: usize,
    pub created: Vec<String>,
    pub updated: Vec<String>,
    pub unchanged: Vec<String>,
    /// The first `PREVIEW_ROWS` rows of activities, each with its outcome.
    pub preview: Vec<PreviewRow>,
    /// Organisations, controllers, sub-processors, measures and sites a row named and the store
    /// did not have, created by the import.
    pub added: Vec<Named>,
    /// Contacts read from a contact block (the ICO template's, the CNIL register's).
    pub contacts_read: Vec<Text>,
    pub warnings: Vec<Issue>,
    /// Rows left out with `skip_invalid`.
    pub skipped: Vec<Issue>,
    pub dry_run: bool,
    /// Where the store was copied before the import (none for a dry run).
    pub backup: Option<String>,
    /// The label the history gives this import as one change ("Import of register.xlsx").
    pub change: String,
}

impl ImportReport {
    /// The sheets that were read, with their data.
    pub fn read_sheets(&self) -> impl Iterator<Item = &SheetReport> {
        self.sheets.iter().filter(|s| s.kind.is_read())
    }
}

/// Why an import could not be done.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{file}: {error}")]
    Read { file: String, error: ReadError },
    #[error("{file}: {error}")]
    Workbook { file: String, error: WorkbookError },
    #[error("{file}: {message}")]
    NoHeader { file: String, message: Text },
    #[error("{file}: the rows name no organisation: give one with --org NAME{}", suggestion(.named))]
    NoOrganisation { file: String, named: Option<String> },
    /// Rows were invalid; nothing was written. `report` says what the file held.
    #[error("{}", invalid(.file, .issues, crate::vocab::Lang::En))]
    Invalid { file: String, issues: Vec<Issue>, report: Box<ImportReport> },
    #[error("{file}: {message}")]
    Options { file: String, message: Text },
    #[error(transparent)]
    Store(#[from] Error),
}

fn suggestion(named: &Option<String>) -> String {
    match named {
        Some(name) => format!(" (its contact block names \"{name}\")"),
        None => String::new(),
    }
}

/// The rows refused, in `lang`: how many, then each (the first 50).
fn invalid(file: &str, issues: &[Issue], lang: crate::vocab::Lang) -> String {
    use crate::tr;
    let mut lines = vec![tr!(lang, "import-invalid", file = file, count = issues.len())];
    lines.extend(issues.iter().take(50).map(|i| format!("  {}", i.in_lang(lang))));
    if issues.len() > 50 {
        lines.push(format!("  {}", tr!(lang, "import-more-invalid", count = issues.len() - 50)));
    }
    lines.join("\n")
}

impl ImportError {
    /// What went wrong, in `lang`: the rows refused in its words (the other errors say it in
    /// English for now).
    pub fn in_lang(&self, lang: crate::vocab::Lang) -> String {
        match self {
            ImportError::Invalid { file, issues, .. } => invalid(file, issues, lang),
            ImportError::NoHeader { file, message } | ImportError::Options { file, message } => {
                format!("{file}{}{}", crate::vocab::colon(lang), message.get(lang))
            }
            other => other.to_string(),
        }
    }
}

impl ImportError {
    /// True when the file was read but its data were refused (exit code 1), as opposed to a file
    /// that could not be read or a store that could not be written (exit code 2).
    pub fn is_invalid_data(&self) -> bool {
        match self {
            ImportError::Invalid { .. } | ImportError::Workbook { .. } => true,
            ImportError::Read { error, .. } => {
                matches!(
                    error,
                    ReadError::UnclosedQuote { .. }
                        | ReadError::BadEncoding { .. }
                        | ReadError::RowTooLong { .. }
                        | ReadError::TooManyColumns { .. }
                )
            }
            ImportError::Store(e) => e.is_invalid_data(),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_as_spreadsheets_show_them() {
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
        assert_eq!(column_letter(29), "AD");
    }

    #[test]
    fn issues_name_sheet_row_and_column() {
        let i = Issue::cell("Paie", 12, 2, "Pays", "Mars", crate::tr_all!("import-unknown-country", text = "Mars"));
        assert_eq!(
            i.to_string(),
            "sheet \"Paie\", row 12, column C \"Pays\": 'Mars' is not a country ropa knows; kept as written"
        );
        assert_eq!(
            i.in_lang(crate::vocab::Lang::Fr),
            "feuille «\u{a0}Paie\u{a0}», ligne 12, colonne C «\u{a0}Pays\u{a0}»\u{a0}: «\u{a0}Mars\u{a0}»\u{a0}: pays que \
             ropa ne connaît pas\u{202f}; gardé tel qu’écrit"
        );
        assert_eq!(
            i.in_lang(crate::vocab::Lang::De),
            "Blatt „Paie“, Zeile 12, Spalte C „Pays“: „Mars“ ist ropa als Land nicht bekannt; wie geschrieben übernommen"
        );
        let i = Issue::row("", 4, crate::tr_all!("import-separator-row"));
        assert_eq!(i.to_string(), "row 4: a row of nothing but separators; skipped");
    }
}
