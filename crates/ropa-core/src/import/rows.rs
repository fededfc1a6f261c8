//! One row of an activity table turned into a draft activity, with what was wrong in its cells:
//! the part of an import that needs no store, done on the reading thread.

use std::collections::HashMap;

use super::header::{junk, split_commas};
use super::merge::Fields;
use super::report::{column_letter, Issue};
use crate::csv::fields::{self, Dialect, Draft, Field, Problem};
use crate::csv::read::Record;
use crate::csv::write::unneutralise;
use crate::csv::Preset;
use crate::text::fold;

/// A row read, ready to be written.
pub struct ParsedRow {
    pub sheet: String,
    pub row: usize,
    pub draft: Draft,
    /// The name came from the purpose (the ICO template has no name column).
    pub derived: bool,
    /// The fields the row gave a value for.
    pub given: Fields,
    pub warnings: Vec<Issue>,
    pub errors: Vec<Issue>,
    /// The first column and cell of each field, to name them in the store's errors.
    pub columns_of: HashMap<Field, (String, String)>,
    /// Not data (a conflict marker, the header repeated, the template's example): why.
    pub skip: Option<String>,
}

/// How the rows of an activity table read.
pub struct RowLayout {
    pub sheet: String,
    pub headers: Vec<String>,
    pub mapping: Vec<Option<Field>>,
    /// Columns whose lists are separated by commas.
    pub commas: Vec<bool>,
    pub dialect: Dialect,
    pub preset: Preset,
    /// Cells written by a spreadsheet (a workbook's): not neutralised as ropa's CSV files are.
    pub typed_cells: bool,
    /// The columns that gave a cell to the notes.
    pub noted: Vec<std::sync::atomic::AtomicBool>,
}

impl RowLayout {
    pub fn parse(&self, record: Record) -> ParsedRow {
        let row = record.row;
        let sheet = self.sheet.as_str();
        let mut draft = Draft::default();
        if self.dialect == Dialect::Loose {
            // A register kept in a spreadsheet lists the activities in force.
            draft.activity.status = crate::model::Status::Active;
        }
        let mut parsed = ParsedRow {
            sheet: self.sheet.clone(),
            row,
            draft: Draft::default(),
            derived: false,
            given: Fields::default(),
            warnings: Vec::new(),
            errors: Vec::new(),
            columns_of: HashMap::new(),
            skip: None,
        };
        if let Some(why) = junk(&record.cells, &self.headers) {
            parsed.skip = Some(why.to_string());
            return parsed;
        }
        for (i, cell) in record.cells.iter().enumerate() {
            // ropa's own files are read exactly, blank text included.
            if cell.is_empty() || (self.dialect == Dialect::Loose && cell.trim().is_empty()) {
                continue;
            }
            let header = self.headers.get(i).map(String::as_str).unwrap_or("");
            let field = match self.mapping.get(i) {
                Some(Some(field)) => *field,
                // Left out at the user's request (`--map 'Header=ignore'`).
                Some(None) => continue,
                // Beyond the header: kept in the notes under the column's letter.
                None => Field::NoteLine,
            };
            let header_or_letter =
                if header.is_empty() { format!("Column {}", column_letter(i)) } else { header.to_string() };
            let cell =
                if self.dialect == Dialect::Own && !self.typed_cells { unneutralise(cell) } else { cell.as_str() };
            let joined;
            let cell = if self.commas.get(i).copied().unwrap_or(false) {
                joined = split_commas(cell).join("\n");
                joined.as_str()
            } else {
                cell
            };
            if field == Field::NoteLine {
                if let Some(flag) = self.noted.get(i) {
                    flag.store(true, std::sync::atomic::Ordering::Relaxed);
                }
            }
            parsed.columns_of.entry(field).or_insert_with(|| (header.to_string(), cell.to_string()));
            parsed.given.insert(field);
            for problem in fields::apply(field, cell, self.dialect, &header_or_letter, i, &mut draft) {
                match problem {
                    Problem::Warning(m) => parsed.warnings.push(Issue::cell(sheet, row, i, header, cell, m)),
                    Problem::Error(m) => parsed.errors.push(Issue::cell(sheet, row, i, header, cell, m)),
                }
            }
        }
        // A row with nothing under the table's columns (a footer, a stray note far to the right):
        // not an activity; each of its cells is said.
        let only_notes = parsed.given.iter().all(|f| f == Field::Notes) && !parsed.given.is_empty();
        if only_notes && draft.activity.name.trim().is_empty() && draft.activity.purposes.is_empty() {
            for (i, cell) in record.cells.iter().enumerate().filter(|(_, c)| !c.trim().is_empty()) {
                let header = self.headers.get(i).map(String::as_str).unwrap_or("");
                parsed.warnings.push(Issue::cell(
                    sheet,
                    row,
                    i,
                    header,
                    cell,
                    "a row with no activity in it (no name, no purpose); this cell was not imported",
                ));
            }
            parsed.skip = Some("no activity in this row".to_string());
            return parsed;
        }
        // Transfers listed and "no transfers" are one statement: giving either gives both.
        if parsed.given.contains(Field::Transfers) || parsed.given.contains(Field::NoTransfers) {
            parsed.given.insert(Field::Transfers);
            parsed.given.insert(Field::NoTransfers);
        }
        let mut problems = Vec::new();
        draft.finish(&mut problems);
        for problem in problems {
            match problem {
                Problem::Warning(m) => parsed.warnings.push(Issue::row(sheet, row, m)),
                Problem::Error(m) => parsed.errors.push(Issue::row(sheet, row, m)),
            }
        }
        // A record reviewed before it was created cannot be: a file that gives a last review and
        // no creation date dates the record from that review.
        if let (None, Some(reviewed)) = (draft.activity.created_on, draft.activity.last_review) {
            draft.activity.created_on = Some(reviewed);
            parsed.warnings.push(Issue::row(
                sheet,
                row,
                format!("no creation date: the record is dated from its last review ({reviewed})"),
            ));
        }
        // The CNIL template's own example row.
        if matches!(self.preset, Preset::Cnil | Preset::Generic) {
            let name = fold(&draft.activity.name);
            let reference = fold(&draft.activity.reference);
            if name.starts_with("(exemple)") || name.starts_with("(example)") || reference.contains("exemple") {
                parsed.skip = Some(format!(
                    "the template's own example (\"{}\"), not an activity of yours; skipped",
                    draft.activity.name
                ));
                return parsed;
            }
        }
        if draft.activity.name.trim().is_empty() {
            match draft.activity.purposes.first() {
                Some(purpose) if self.preset != Preset::Ropa || draft.activity.name.is_empty() => {
                    draft.activity.name = derive_name(purpose);
                    parsed.derived = true;
                }
                _ => parsed.errors.push(Issue::row(
                    sheet,
                    row,
                    "an activity needs a name or a purpose; this row has neither",
                )),
            }
        }
        parsed.draft = draft;
        parsed
    }
}

/// An activity name from its purpose: its first line, at most 80 characters, cut between words.
pub fn derive_name(purpose: &str) -> String {
    let first = purpose.lines().next().unwrap_or(purpose).trim();
    if first.chars().count() <= 80 {
        return first.to_string();
    }
    let cut: String = first.chars().take(79).collect();
    let at_word = cut.rfind(' ').filter(|i| *i > 40).map_or(cut.as_str(), |i| &cut[..i]);
    format!("{}…", at_word.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_derive_from_purposes() {
        assert_eq!(derive_name("Payroll. Paying staff\nmonthly"), "Payroll. Paying staff");
        assert_eq!(derive_name(&"x".repeat(200)).chars().count(), 80);
        let long = derive_name(&"word ".repeat(40));
        assert!(long.ends_with("word…") && long.chars().count() <= 80, "{long}");
    }

    #[test]
    fn a_cell_under_no_header_is_kept_in_the_notes() {
        let layout = RowLayout {
            sheet: String::new(),
            headers: vec!["Name".into(), String::new(), "Favourite colour".into()],
            mapping: vec![Some(Field::Name), Some(Field::NoteLine), Some(Field::NoteLine)],
            commas: vec![false; 3],
            dialect: Dialect::Loose,
            preset: Preset::Generic,
            typed_cells: true,
            noted: Vec::new(),
        };
        let parsed =
            layout.parse(Record { row: 2, cells: vec!["Payroll".into(), "loose".into(), "blue".into(), "far".into()] });
        assert_eq!(parsed.draft.activity.notes, "Column B: loose\nFavourite colour: blue\nColumn D: far");
        assert!(parsed.errors.is_empty());
    }
}
