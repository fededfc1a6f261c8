//! One row of an activity table turned into a draft activity, with what was wrong in its cells:
//! the part of an import that needs no store, done on the reading thread.

use std::collections::HashMap;

use super::header::{is_listed, junk, split_commas, Junk};
use super::merge::Fields;
use super::report::{column_letter, Issue};
use crate::csv::fields::{self, Dialect, Draft, Field, Problem};
use crate::csv::read::Record;
use crate::csv::write::unneutralise;
use crate::csv::Preset;
use crate::text::fold;
use crate::vocab::Lang;

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
    pub skip: Option<Junk>,
    /// Said only when the row creates its activity: the record dated from its last review.
    pub on_create: Vec<Issue>,
    /// The rows below it that continue its activity, read into it (`Sequence`).
    pub merged_rows: Vec<usize>,
}

impl ParsedRow {
    pub fn new(sheet: &str, row: usize) -> ParsedRow {
        ParsedRow {
            sheet: sheet.to_string(),
            row,
            draft: Draft::default(),
            derived: false,
            given: Fields::default(),
            warnings: Vec::new(),
            errors: Vec::new(),
            columns_of: HashMap::new(),
            skip: None,
            on_create: Vec::new(),
            merged_rows: Vec::new(),
        }
    }
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
    /// The comments on the rows' cells, by row: kept in the notes.
    pub comments: HashMap<usize, Vec<(usize, String)>>,
    /// The language of the words ropa adds to the notes ("Comment on").
    pub lang: Lang,
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
        let mut parsed = ParsedRow::new(sheet, row);
        let comments = self.comments.get(&row).map(Vec::as_slice).unwrap_or_default();
        let say_comments = |parsed: &mut ParsedRow| {
            for (column, text) in comments {
                let header = self.headers.get(*column).map(String::as_str).unwrap_or("");
                parsed.warnings.push(Issue::cell(
                    sheet,
                    row,
                    *column,
                    header,
                    text,
                    crate::tr_all!("import-comment-not-imported"),
                ));
            }
        };
        if let Some(why) = junk(&record.cells, &self.headers) {
            parsed.skip = Some(why);
            say_comments(&mut parsed);
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
            // Control and text-direction characters never reach the register: removed, and said.
            let cleaned = crate::text::without_forbidden(cell);
            if let std::borrow::Cow::Owned(_) = &cleaned {
                parsed.warnings.push(Issue::cell(
                    sheet,
                    row,
                    i,
                    header,
                    &crate::text::escape_forbidden(cell),
                    crate::tr_all!("import-forbidden-removed", characters = crate::text::forbidden_in(cell)),
                ));
            }
            let cell = cleaned.as_ref();
            let joined;
            let cell = if self.commas.get(i).copied().unwrap_or(false) && !is_listed(cell) {
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
        // Comments on the row's cells, after its cells' notes, under the cell's column.
        for (column, text) in comments {
            let header = self.headers.get(*column).map(String::as_str).filter(|h| !h.trim().is_empty());
            let on = header.map_or_else(|| format!("{}{row}", column_letter(*column)), str::to_string);
            let said = crate::tr!(self.lang, "comment-on", on = on.as_str(), text = text.as_str());
            draft.note_lines.insert(COMMENT_KEYS + column, said);
        }
        // A row with nothing under the table's columns (a footer, a stray note far to the right):
        // not an activity; each of its cells is said.
        let only_notes = parsed.given.iter().all(|f| f == Field::Notes) && !parsed.given.is_empty();
        if only_notes && draft.activity.name.trim().is_empty() && draft.activity.purposes.is_empty() {
            say_comments(&mut parsed);
            for (i, cell) in record.cells.iter().enumerate().filter(|(_, c)| !c.trim().is_empty()) {
                let header = self.headers.get(i).map(String::as_str).unwrap_or("");
                parsed.warnings.push(Issue::cell(
                    sheet,
                    row,
                    i,
                    header,
                    cell,
                    crate::tr_all!("import-no-activity-in-row"),
                ));
            }
            parsed.skip = Some(Junk::Other(crate::tr_all!("import-no-activity")));
            return parsed;
        }
        // Transfers listed and "no transfers" are one statement: giving either gives both.
        if parsed.given.contains(Field::Transfers) || parsed.given.contains(Field::NoTransfers) {
            parsed.given.insert(Field::Transfers);
            parsed.given.insert(Field::NoTransfers);
        }
        let mut problems = Vec::new();
        draft.finish(&mut problems);
        if self.dialect == Dialect::Loose {
            fields::drop_unspecified_special(&mut draft.activity);
        }
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
            parsed.on_create.push(Issue::row(
                sheet,
                row,
                crate::tr_all!("import-dated-from-review", reviewed = reviewed.to_string()),
            ));
        }
        // The CNIL template's own example row.
        if matches!(self.preset, Preset::Cnil | Preset::Generic) {
            let name = fold(&draft.activity.name);
            let reference = fold(&draft.activity.reference);
            if name.starts_with("(exemple)") || name.starts_with("(example)") || reference.contains("exemple") {
                parsed.skip =
                    Some(Junk::Other(crate::tr_all!("import-template-example", name = draft.activity.name.as_str())));
                return parsed;
            }
        }
        if draft.activity.name.trim().is_empty() {
            match draft.activity.purposes.first() {
                Some(purpose) if self.preset != Preset::Ropa || draft.activity.name.is_empty() => {
                    draft.activity.name = derive_name(purpose);
                    parsed.derived = true;
                }
                // A spreadsheet row with no name and no purpose may continue the activity above it
                // (`Sequence` says whether, or refuses it); ropa's own files name every row.
                _ if self.dialect == Dialect::Loose => {}
                _ => parsed.errors.push(Issue::row(sheet, row, crate::tr_all!("import-nameless"))),
            }
        }
        parsed.draft = draft;
        parsed
    }
}

/// Where comments stand among a row's note lines: after the cells'.
const COMMENT_KEYS: usize = 1 << 30;

/// The rows of a spreadsheet table in order, each read with what the rows above it say: a row
/// with no name and no purpose that adds to a list (or, in a table with a name column, no name)
/// continues the activity above it (a row per data category, or a name cell merged down over
/// several rows), and a row inside a version-control conflict is said to be. The rows of one
/// activity that follow each other are read into one before they are written, each one's
/// retention tied to its data category when it gives one.
pub struct Sequence {
    /// The activity of the last named row: its name, reference, row, and whether rows continue it.
    group: Option<Group>,
    /// The last row, held back until the next one shows whether it continues it.
    held: Option<ParsedRow>,
    /// The row of the conflict marker ("<<<<<<<") the rows are under.
    conflict: Option<usize>,
    /// The table has a column for the activity's name: a row that leaves it empty continues.
    names_column: bool,
}

struct Group {
    key: String,
    name: String,
    reference: String,
    derived: bool,
    row: usize,
    /// The row has errors: what continues it cannot be written either.
    refused: bool,
    /// The group's first row had its retention tied to its category (when a row continued it).
    tied: bool,
}

impl Sequence {
    pub fn new(names_column: bool) -> Sequence {
        Sequence { group: None, held: None, conflict: None, names_column }
    }

    /// Takes the next row; puts the rows settled by it in `out`, in order.
    pub fn push(&mut self, mut row: ParsedRow, out: &mut Vec<ParsedRow>) {
        if let Some(skip) = &row.skip {
            match skip {
                Junk::ConflictStart => self.conflict = Some(row.row),
                Junk::ConflictEnd => self.conflict = None,
                Junk::Other(_) => {}
            }
            out.extend(self.held.take());
            out.push(row);
            return;
        }
        if let Some(start) = self.conflict {
            row.warnings.push(Issue::row(
                &row.sheet,
                row.row,
                crate::tr_all!("import-inside-conflict", start = start.to_string()),
            ));
        }
        let a = &row.draft.activity;
        // No name of its own: none at all, or (in a table with a name column) one made from its
        // purpose.
        let unnamed = a.reference.trim().is_empty()
            && (a.name.trim().is_empty() || (row.derived && self.names_column && !row.given.contains(Field::Name)));
        let key = (fold(&a.name), fold(&a.reference));
        // A row that continues another adds to its lists (a data category, a recipient).
        let adds_to_lists = row.given.iter().any(super::merge::is_list);
        let continues = match &self.group {
            Some(g) if unnamed && adds_to_lists => {
                let a = &mut row.draft.activity;
                a.name = g.name.clone();
                a.reference = g.reference.clone();
                row.derived = g.derived;
                row.warnings.push(Issue::row(
                    &row.sheet,
                    row.row,
                    crate::tr_all!("import-continues", name = g.name.as_str(), row = g.row.to_string()),
                ));
                if g.refused {
                    row.errors.push(Issue::row(
                        &row.sheet,
                        row.row,
                        crate::tr_all!("import-continues-refused", name = g.name.as_str(), row = g.row.to_string()),
                    ));
                }
                true
            }
            Some(g) => g.key == format!("{}\u{1f}{}", key.0, key.1) && !key.0.is_empty(),
            None => false,
        };
        let nameless = row.draft.activity.name.trim().is_empty();
        if nameless && !continues {
            let message = match &self.group {
                Some(g) => crate::tr_all!("import-nameless-below", name = g.name.as_str(), row = g.row.to_string()),
                None => crate::tr_all!("import-nameless"),
            };
            row.errors.push(Issue::row(&row.sheet, row.row, message));
        }
        if !continues {
            if !nameless {
                let a = &row.draft.activity;
                self.group = Some(Group {
                    key: format!("{}\u{1f}{}", key.0, key.1),
                    name: a.name.clone(),
                    reference: a.reference.clone(),
                    derived: row.derived,
                    row: row.row,
                    refused: !row.errors.is_empty(),
                    tied: false,
                });
            }
            out.extend(self.held.replace(row));
            return;
        }
        tie_retention(&mut row);
        let group = self.group.as_mut().expect("a row continues a group");
        match self.held.as_mut() {
            // The group's first row, held: the row is read into it.
            Some(held) if held.row == group.row && row.errors.is_empty() && held.errors.is_empty() => {
                if !group.tied {
                    tie_retention(held);
                    group.tied = true;
                }
                if let Err(row) = absorb(held, row) {
                    out.push(*row);
                }
            }
            _ => out.extend(self.held.replace(row)),
        }
    }

    /// The last row held back.
    pub fn finish(&mut self) -> Option<ParsedRow> {
        self.held.take()
    }
}

/// Reads `row` into `into`, the first row of the same activity: lists united, single values
/// required to agree (else `row` comes back, refused, naming both rows).
fn absorb(into: &mut ParsedRow, mut row: ParsedRow) -> Result<(), Box<ParsedRow>> {
    let both: Vec<Field> = super::merge::conflicts(&into.draft.activity, &row.draft.activity, row.given)
        .into_iter()
        .filter(|f| into.given.contains(*f))
        .collect();
    if !both.is_empty() {
        let names = fields::Names {
            organisation: "",
            controllers: Vec::new(),
            measures: Vec::new(),
            subprocessors: Vec::new(),
        };
        let message = crate::i18n::Text::each(|lang| {
            let at = crate::tr!(lang, "issue-row", row = into.row.to_string());
            let described: Vec<String> = both
                .iter()
                .map(|f| {
                    crate::tr!(
                        lang,
                        "import-differs-in",
                        field = f.label(lang),
                        there = fields::cell_in(*f, &into.draft.activity, &names, lang).as_ref(),
                        at = at.as_str(),
                        here = fields::cell_in(*f, &row.draft.activity, &names, lang).as_ref()
                    )
                })
                .collect();
            crate::tr!(
                lang,
                "import-same-name-differs",
                at = at.as_str(),
                name = into.draft.activity.name.as_str(),
                differences = described.join("; ")
            )
        });
        row.errors.push(Issue::row(&row.sheet, row.row, message));
        return Err(Box::new(row));
    }
    let before = into.draft.activity.clone();
    super::merge::unite(&mut into.draft.activity, &row.draft.activity, row.given);
    let d = &mut into.draft;
    let mut added = false;
    for (to, from) in [
        (&mut d.controllers, std::mem::take(&mut row.draft.controllers)),
        (&mut d.measures, std::mem::take(&mut row.draft.measures)),
        (&mut d.subprocessors, std::mem::take(&mut row.draft.subprocessors)),
    ] {
        for name in from {
            if !to.iter().any(|n| fold(n) == fold(&name)) {
                to.push(name);
                added = true;
            }
        }
    }
    d.measure_seeds.append(&mut row.draft.measure_seeds);
    if d.organisation.is_none() {
        d.organisation = row.draft.organisation.take();
    }
    if !added && into.draft.activity == before {
        row.warnings.push(Issue::row(
            &row.sheet,
            row.row,
            crate::i18n::Text::each(|lang| {
                let at = crate::tr!(lang, "issue-row", row = into.row.to_string());
                crate::tr!(lang, "import-repeats", at = at, name = into.draft.activity.name.as_str())
            }),
        ));
    }
    into.given = into.given.union(row.given);
    into.warnings.append(&mut row.warnings);
    for (field, cell) in row.columns_of {
        into.columns_of.entry(field).or_insert(cell);
    }
    into.merged_rows.push(row.row);
    into.merged_rows.append(&mut row.merged_rows);
    Ok(())
}

/// In a row of one data category, the row's retention periods are that category's.
fn tie_retention(row: &mut ParsedRow) {
    let a = &mut row.draft.activity;
    if let [category] = a.data_categories.as_slice() {
        let name = category.name.clone();
        for r in a.retention.iter_mut().filter(|r| r.applies_to.trim().is_empty()) {
            r.applies_to = name.clone();
        }
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
            comments: HashMap::from([(2, vec![(0, "check with HR".to_string())])]),
            lang: Lang::En,
        };
        let parsed =
            layout.parse(Record { row: 2, cells: vec!["Payroll".into(), "loose".into(), "blue".into(), "far".into()] });
        assert_eq!(
            parsed.draft.activity.notes,
            "Column B: loose\nFavourite colour: blue\nColumn D: far\nComment on Name: check with HR"
        );
        assert!(parsed.errors.is_empty());
    }
}
