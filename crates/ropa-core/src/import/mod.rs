//! Bringing a register in: a CSV file or a workbook (.xlsx, .xls, .ods), recognised by its
//! content. Each sheet is looked at and read as what it is (a register list, an activity's fiche,
//! or something to leave out, said why); each column is matched with a field by its header, in
//! the words of ropa, the ICO template, the CNIL register or anyone's (`csv::fields`); each row
//! becomes a draft activity, merged with the other rows and the fiche of the same activity, then
//! matched with the register: created, or updated (never with what the file leaves empty), kept
//! or imported anew as the user chose. Everything is written in one transaction, as one labelled
//! change in the history ("Import of FILE"), or nothing is; a dry run does the same and rolls back.
//!
//! Nothing is lost: every non-empty cell of a sheet that is read ends in a field of the register,
//! in the activity's notes under its column's header, or in a warning naming its row and column.

pub mod contacts;
pub mod fiche;
pub mod header;
pub mod merge;
pub mod report;
pub mod rows;
pub mod tables;
pub mod write;

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

pub use report::{
    column_letter, ChangedField, ImportError, ImportReport, Issue, MappedColumn, Named, PreviewRow, RowOutcome,
    SheetKind, SheetReport, PREVIEW_ROWS,
};

use self::contacts::ContactRole;
use self::fiche::Fiche;
use self::header::{Header, HEADER_SEARCH};
use self::merge::Fields;
use self::rows::{ParsedRow, RowLayout, Sequence};
use self::write::Context;
use crate::csv::fields::{self, Dialect, Field};
use crate::csv::presets::{self, header_key, Preset};
use crate::csv::read::{CsvReader, ReadError, Record};
use crate::csv::Table;
use crate::i18n::Text;
use crate::model::{Contact, Id, Organisation};
use crate::progress::Progress;
use crate::store::Store;
use crate::text::fold;
use crate::vocab::Lang;
use crate::workbook::{self, cnil, Format, Grid};

/// What to do with a row that matches an activity already in the register.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Existing {
    /// Take the file's values for the fields it fills; keep the others.
    #[default]
    Update,
    /// Leave the register's activity as it is.
    Keep,
    /// Import the row as another activity, beside the register's.
    New,
}

impl Existing {
    pub fn parse(s: &str) -> Option<Existing> {
        match fold(s).as_str() {
            "update" => Some(Existing::Update),
            "keep" | "keep mine" | "skip" => Some(Existing::Keep),
            "new" | "import as new" => Some(Existing::New),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// The organisation the rows belong to (any unique part of its name); created when the store
    /// has none of that name. Without it, rows name theirs in an "Organisation" column.
    pub organisation: Option<String>,
    pub preset: Preset,
    /// `(header, field)`: map a column explicitly (`field` as our header or field code; `notes`
    /// keeps it in the notes, `ignore` leaves it out).
    pub mappings: Vec<(String, String)>,
    pub dry_run: bool,
    /// Write the valid rows and list the others, instead of writing nothing.
    pub skip_invalid: bool,
    pub delimiter: Option<char>,
    /// Only these sheets of a workbook (all when empty).
    pub sheets: Vec<String>,
    /// What to do with rows that match an activity already in the register...
    pub existing: Existing,
    /// ...and, for some of those activities, something else.
    pub choices: Vec<(Id, Existing)>,
    /// The language of the words the report gives (what an update changes).
    pub lang: Lang,
}

/// A sheet to read, or the CSV file.
enum Body<'a> {
    Table {
        header: Header,
        mapping: Vec<Option<Field>>,
        commas: Vec<bool>,
        rows: Box<dyn Iterator<Item = Result<Record, ReadError>> + Send + 'a>,
        typed_cells: bool,
        /// The comments on the cells of the rows below the header, by row.
        comments: HashMap<usize, Vec<(usize, String)>>,
    },
    Fiche(Box<Fiche>),
    Skip,
}

struct Plan<'a> {
    report: SheetReport,
    body: Body<'a>,
    contacts: Vec<(ContactRole, Contact, String, usize)>,
    warnings: Vec<Issue>,
}

/// Imports `input` (named `file` in messages; `size` in bytes for progress, when known): a CSV
/// file or a workbook.
pub fn import(
    store: &mut Store,
    file: &str,
    input: impl Read + Send,
    size: Option<u64>,
    options: &ImportOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<ImportReport, ImportError> {
    let mut input = BufReader::with_capacity(64 * 1024, input);
    let head = input
        .fill_buf()
        .map_err(|e| ImportError::Read { file: file.to_string(), error: ReadError::Io(e.to_string()) })?;
    match Format::sniff(head) {
        workbook::read::Sniffed::Text => import_csv(store, file, input, size, options, progress),
        _ => {
            let (format, grids) = workbook::read_workbook(input)
                .map_err(|error| ImportError::Workbook { file: file.to_string(), error })?;
            for asked in &options.sheets {
                if !grids.iter().any(|g| fold(&g.name) == fold(asked)) {
                    let names: Vec<String> = grids.iter().map(|g| format!("\"{}\"", g.name)).collect();
                    return Err(ImportError::Options {
                        file: file.to_string(),
                        message: crate::tr_all!(
                            "import-no-such-sheet",
                            sheet = asked.as_str(),
                            sheets = names.join(", ")
                        ),
                    });
                }
            }
            let total = grids.iter().map(|g| g.rows.len() as u64).sum();
            let plans = plan_workbook(&grids, options);
            run(store, file, format, None, None, plans, options, total, progress)
        }
    }
}

/// Counts the bytes a CSV reader has read, for progress.
struct Counting<R: Read> {
    reader: CsvReader<R>,
    bytes: Arc<AtomicU64>,
}

impl<R: Read> Iterator for Counting<R> {
    type Item = Result<Record, ReadError>;
    fn next(&mut self) -> Option<Self::Item> {
        let next = self.reader.next();
        self.bytes.store(self.reader.bytes_read(), Ordering::Relaxed);
        next
    }
}

fn import_csv<R: Read + Send>(
    store: &mut Store,
    file: &str,
    input: R,
    size: Option<u64>,
    options: &ImportOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<ImportReport, ImportError> {
    let read_error = |error| ImportError::Read { file: file.to_string(), error };
    let mut reader = CsvReader::new(input, options.delimiter).map_err(read_error)?;
    let (encoding, delimiter) = (reader.encoding(), reader.delimiter().to_string());
    let mut records = Vec::new();
    for record in reader.by_ref() {
        records.push(record.map_err(read_error)?);
        if records.len() >= HEADER_SEARCH {
            break;
        }
    }
    let mapped: Vec<String> = options.mappings.iter().map(|(h, _)| header_key(h)).collect();
    let Some((index, header)) = header::find(&records, options.preset, &mapped, &[]) else {
        return Err(ImportError::NoHeader {
            file: file.to_string(),
            message: crate::tr_all!("import-no-header", rows = HEADER_SEARCH),
        });
    };
    let mut after = records.split_off(index + 1);
    records.pop();
    let preamble = records;
    // A sample of the rows, to see how the file writes its lists.
    if header.table == Table::Activities {
        for record in reader.by_ref() {
            after.push(record.map_err(read_error)?);
            if after.len() >= 200 {
                break;
            }
        }
    }
    let bytes = Arc::new(AtomicU64::new(reader.bytes_read()));
    let rows = after.into_iter().map(Ok).chain(Counting { reader, bytes: bytes.clone() });
    let plan = table_plan("", header, preamble, Box::new(rows), false, options);
    let total = size.unwrap_or(0);
    let mut report_progress =
        |p: Progress| progress(Progress { done: bytes.load(Ordering::Relaxed).min(total.max(1)), ..p });
    run(store, file, Format::Csv, Some(encoding), Some(delimiter), vec![plan], options, total, &mut report_progress)
}

/// A table's plan: its columns' fields, how its lists are written, its contact block.
fn table_plan<'a>(
    sheet: &str,
    header: Header,
    preamble: Vec<Record>,
    rows: Box<dyn Iterator<Item = Result<Record, ReadError>> + Send + 'a>,
    typed_cells: bool,
    options: &ImportOptions,
) -> Plan<'a> {
    let mut report = SheetReport::new(sheet, SheetKind::Register);
    report.table = Some(header.table);
    report.preset = Some(header.preset);
    report.header_row = header.row;
    let mut plan = Plan { report, body: Body::Skip, contacts: Vec::new(), warnings: Vec::new() };
    // The contact block above the header, and anything else there.
    let found = if header.preset == Preset::Ropa { contacts::Found::default() } else { contacts::read(&preamble) };
    for (role, contact, row) in &found.contacts {
        plan.contacts.push((*role, contact.clone(), sheet.to_string(), *row));
    }
    for r in &preamble {
        for (i, c) in r.cells.iter().enumerate() {
            if c.trim().is_empty() || Some(r.row) == header.group_row {
                continue;
            }
            // Labels (of the contact block, or the template's own words): layout, said as such.
            let used = found.used.contains(&(r.row, i));
            if cnil::is_template_text(c) || contacts::is_label(c) || (used && ContactRole::recognise(c).is_some()) {
                if !plan.report.template.contains(c) {
                    plan.report.template.push(c.clone());
                }
                continue;
            }
            if used {
                continue;
            }
            plan.warnings.push(Issue::cell(sheet, r.row, i, "", c, crate::tr_all!("import-above-header")));
        }
    }
    let mapping = if header.table == Table::Activities {
        activity_mapping(&header.headers, header.preset, &options.mappings)
    } else {
        Vec::new()
    };
    for (i, h) in header.headers.iter().enumerate() {
        let field = mapping.get(i).copied().flatten();
        if h.trim().is_empty() && field == Some(Field::NoteLine) {
            continue;
        }
        plan.report.columns.push(MappedColumn { header: h.clone(), letter: column_letter(i), field });
        if field == Some(Field::NoteLine) {
            plan.report.in_notes.push(h.clone());
        }
    }
    plan.body = Body::Table { header, mapping, commas: Vec::new(), rows, typed_cells, comments: HashMap::new() };
    plan
}

/// The field of each column: the user's mappings first, then the preset's and everyone's words;
/// a column with no field keeps its cells in the notes (`NoteLine`); `None` is a column the user
/// left out.
fn activity_mapping(headers: &[String], preset: Preset, mappings: &[(String, String)]) -> Vec<Option<Field>> {
    let mut mapping: Vec<Option<Field>> = headers
        .iter()
        .map(|h| {
            let key = header_key(h);
            if let Some((_, to)) = mappings.iter().find(|(from, _)| header_key(from) == key && !key.is_empty()) {
                return match fold(to).as_str() {
                    "ignore" | "skip" | "none" => None,
                    _ => Some(presets::field_named(to).unwrap_or(Field::NoteLine)),
                };
            }
            Some(presets::field_for(preset, h).unwrap_or(Field::NoteLine))
        })
        .collect();
    // A second column for a field that holds one value (two "Name" columns): kept in the notes,
    // so that neither cell replaces the other.
    for i in 0..mapping.len() {
        if let Some(field) = mapping[i] {
            let single = !merge::is_list(field) && !matches!(field, Field::Notes | Field::NoteLine);
            if single && mapping[..i].contains(&Some(field)) {
                mapping[i] = Some(Field::NoteLine);
            }
        }
    }
    mapping
}

/// Checks the user's mappings name fields, and columns some sheet has.
fn check_mappings(plans: &[Plan<'_>], options: &ImportOptions, file: &str) -> Result<(), ImportError> {
    for (header, field) in &options.mappings {
        let ignore = matches!(fold(field).as_str(), "ignore" | "skip" | "none");
        if presets::field_named(field).is_none() && !ignore {
            return Err(ImportError::Options {
                file: file.to_string(),
                message: crate::tr_all!(
                    "import-map-not-a-field",
                    header = header.as_str(),
                    field = field.as_str(),
                    fields = fields::ACTIVITY_COLUMNS.iter().map(|c| c.header).collect::<Vec<_>>().join(", ")
                ),
            });
        }
        let has = plans.iter().any(|p| p.report.columns.iter().any(|c| header_key(&c.header) == header_key(header)));
        if !has {
            return Err(ImportError::Options {
                file: file.to_string(),
                message: crate::tr_all!("import-map-no-column", header = header.as_str(), field = field.as_str()),
            });
        }
    }
    Ok(())
}

/// What each sheet of a workbook is, and how to read those that hold data.
fn plan_workbook<'a>(grids: &'a [Grid], options: &ImportOptions) -> Vec<Plan<'a>> {
    let mapped: Vec<String> = options.mappings.iter().map(|(h, _)| header_key(h)).collect();
    let mut plans = Vec::new();
    for grid in grids {
        let cells = grid.non_empty_cells();
        let mut plan = Plan {
            report: SheetReport::new(&grid.name, SheetKind::Unrecognised),
            body: Body::Skip,
            contacts: Vec::new(),
            warnings: Vec::new(),
        };
        for note in &grid.notes {
            plan.warnings.push(Issue::cell(&grid.name, note.row, note.column, "", "", note.message.clone()));
        }
        let asked = options.sheets.is_empty() || options.sheets.iter().any(|s| fold(s) == fold(&grid.name));
        if !asked {
            plan.report.kind = SheetKind::LeftOut;
            plan.report.detail = crate::tr_all!("import-sheet-not-asked");
            plan.warnings.clear();
        } else if cells == 0 {
            plan.report.kind = SheetKind::Empty;
            plan.report.detail = Text::default();
        } else if fiche::score(grid) >= 3 {
            let fiche = fiche::read(grid, options.lang);
            plan.report.kind = fiche.kind;
            plan.report.columns = fiche.labels.clone();
            for t in &fiche.template_text {
                if !plan.report.template.contains(t) {
                    plan.report.template.push(t.clone());
                }
            }
            let name = fiche.draft.activity.name.as_str();
            plan.report.detail = match fiche.kind {
                SheetKind::BlankTemplate => crate::tr_all!("import-sheet-blank-fiche"),
                SheetKind::Example => crate::tr_all!("import-sheet-example", name = name),
                _ => crate::tr_all!("import-sheet-fiche-of", name = name),
            };
            if fiche.kind == SheetKind::Fiche {
                for (role, contact, row) in &fiche.contacts {
                    plan.contacts.push((*role, contact.clone(), grid.name.clone(), *row));
                }
                plan.body = Body::Fiche(Box::new(fiche));
            }
        } else if let Some((index, header)) = header::find(&grid.rows, options.preset, &mapped, &grid.merges) {
            let preamble = grid.rows[..index].to_vec();
            let rows = grid.rows[index + 1..].iter().cloned().map(Ok);
            let name = grid.name.clone();
            let warnings = std::mem::take(&mut plan.warnings);
            let header_row = header.row;
            plan = table_plan(&name, header, preamble, Box::new(rows), true, options);
            plan.warnings.splice(0..0, warnings);
            // Comments on the activities' rows go to their notes; others are said.
            let activities = plan.report.table == Some(Table::Activities);
            for c in &grid.comments {
                if cnil::is_template_comment(&c.text) {
                    let first = c.text.lines().next().unwrap_or("").trim().to_string();
                    if !plan.report.template.contains(&first) {
                        plan.report.template.push(first);
                    }
                    continue;
                }
                match &mut plan.body {
                    Body::Table { comments, .. } if activities && c.row > header_row && row_has_cells(grid, c.row) => {
                        comments.entry(c.row).or_default().push((c.column, c.text.clone()));
                    }
                    _ => plan.warnings.push(Issue::cell(
                        &grid.name,
                        c.row,
                        c.column,
                        "",
                        &c.text,
                        crate::tr_all!("import-comment-outside"),
                    )),
                }
            }
            plan.report.detail = match plan.report.table {
                Some(Table::Activities) => {
                    crate::tr_all!("import-sheet-activities", row = plan.report.header_row.to_string())
                }
                Some(t) => crate::tr_all!("import-sheet-table", table = t.name()),
                None => Text::default(),
            };
        } else if looks_like_lists(grid) {
            plan.report.kind = SheetKind::Lists;
            plan.report.detail = crate::tr_all!("import-sheet-lists");
        } else if looks_like_help(grid) {
            plan.report.kind = SheetKind::Help;
            plan.report.detail = crate::tr_all!("import-sheet-help");
        } else {
            plan.report.detail = crate::tr_all!("import-sheet-no-header", rows = HEADER_SEARCH);
            let first = grid.rows.first().map_or(1, |r| r.row);
            plan.warnings.push(Issue::row(
                &grid.name,
                first,
                crate::tr_all!("import-sheet-not-read", rows = HEADER_SEARCH, cells = cells),
            ));
        }
        plan.report.hidden = grid.hidden;
        plan.report.cells = cells;
        // A sheet left out whole (help, drop-down lists, the blank fiche, the example) is said
        // as such: what its cells hold (the template's links as errors) is not read.
        if matches!(
            plan.report.kind,
            SheetKind::Lists | SheetKind::Help | SheetKind::BlankTemplate | SheetKind::Example | SheetKind::LeftOut
        ) {
            plan.warnings.clear();
        }
        // A hidden sheet is often where retired activities go: what it holds is read, and said.
        if grid.hidden && !matches!(plan.body, Body::Skip) {
            let first = grid.rows.first().map_or(1, |r| r.row);
            plan.warnings.push(Issue::row(&grid.name, first, crate::tr_all!("import-sheet-hidden")));
        }
        plans.push(plan);
    }
    plans
}

fn row_has_cells(grid: &Grid, row: usize) -> bool {
    grid.rows
        .binary_search_by_key(&row, |r| r.row)
        .is_ok_and(|i| grid.rows[i].cells.iter().any(|c| !c.trim().is_empty()))
}

fn looks_like_lists(grid: &Grid) -> bool {
    let name = fold(&grid.name);
    grid.rows.iter().any(|r| r.cells.iter().any(|c| cnil::is_placeholder(c)))
        || ["liste", "list", "lookup", "valeurs", "values", "menu", "parametre", "setting", "referentiel", "dropdown"]
            .iter()
            .any(|w| name.contains(w))
}

fn looks_like_help(grid: &Grid) -> bool {
    let name = fold(&grid.name);
    if [
        "tuto",
        "help",
        "aide",
        "instruction",
        "guide",
        "read me",
        "readme",
        "lisez",
        "notice",
        "mode d'emploi",
        "about",
        "a propos",
        "intro",
    ]
    .iter()
    .any(|w| name.contains(w))
    {
        return true;
    }
    let texts: Vec<&String> = grid.rows.iter().flat_map(|r| r.cells.iter()).filter(|c| !c.trim().is_empty()).collect();
    let long = texts.iter().filter(|t| t.chars().count() > 60).count();
    let columns = grid.rows.iter().map(|r| r.cells.iter().filter(|c| !c.trim().is_empty()).count()).max().unwrap_or(0);
    columns <= 2 && long * 3 >= texts.len()
}

/// Which fields an activity read from a fiche fills.
fn filled(fiche: &Fiche) -> Fields {
    let mut given = Fields::default();
    let names = fields::Names {
        organisation: "",
        controllers: fiche.draft.controllers.iter().map(String::as_str).collect(),
        measures: fiche.draft.measures.iter().map(String::as_str).collect(),
        subprocessors: fiche.draft.subprocessors.iter().map(String::as_str).collect(),
    };
    for c in fields::ACTIVITY_COLUMNS {
        if matches!(c.field, Field::Id | Field::Organisation | Field::Role | Field::Status) {
            continue;
        }
        if !fields::cell_in(c.field, &fiche.draft.activity, &names, Lang::En).is_empty() {
            given.insert(c.field);
        }
    }
    if !fiche.draft.note_lines.is_empty() {
        given.insert(Field::Notes);
    }
    given = given.union(fiche.own);
    if given.contains(Field::Transfers) || fiche.draft.activity.no_transfers {
        given.insert(Field::Transfers);
        given.insert(Field::NoTransfers);
    }
    given
}

/// A fiche alone, as a row to write.
fn fiche_row(fiche: Fiche) -> ParsedRow {
    let given = filled(&fiche);
    let Fiche { sheet, row, mut draft, warnings, mut errors, columns_of, .. } = fiche;
    let mut problems = Vec::new();
    draft.finish(&mut problems);
    let mut derived = false;
    if draft.activity.name.trim().is_empty() {
        match draft.activity.purposes.first() {
            Some(p) => {
                draft.activity.name = rows::derive_name(p);
                derived = true;
            }
            None => errors.push(Issue::row(&sheet, row, crate::tr_all!("import-fiche-nameless"))),
        }
    }
    ParsedRow {
        sheet,
        row,
        draft,
        derived,
        given,
        warnings,
        errors,
        columns_of,
        skip: None,
        on_create: Vec::new(),
        merged_rows: Vec::new(),
    }
}

/// A summary row and the fiche of the same activity, as one: the fiche's details added, its
/// values kept where the two differ (said in a warning).
fn combine(parsed: &mut ParsedRow, fiche: Fiche) {
    let fiche_given = filled(&fiche);
    let Fiche { sheet, row, mut draft, warnings, errors, labels, .. } = fiche;
    // The row of the fiche that gives a field (its label's), else the fiche's first.
    let row_of = |field: Field| {
        labels.iter().find(|l| l.field == Some(field)).and_then(|l| l.letter.parse::<usize>().ok()).unwrap_or(row)
    };
    let mut problems = Vec::new();
    draft.finish(&mut problems);
    parsed.warnings.extend(warnings);
    parsed.errors.extend(errors);
    let both = Fields::default().union(fiche_given);
    let names =
        fields::Names { organisation: "", controllers: Vec::new(), measures: Vec::new(), subprocessors: Vec::new() };
    for field in merge::conflicts(&parsed.draft.activity, &draft.activity, both) {
        if !parsed.given.contains(field) {
            continue;
        }
        let fiche_row = row_of(field).to_string();
        let message = Text::each(|lang| {
            crate::tr!(
                lang,
                "import-list-and-fiche",
                field = field.label(lang),
                list = fields::cell_in(field, &parsed.draft.activity, &names, lang).as_ref(),
                sheet = sheet.as_str(),
                row = fiche_row.as_str(),
                fiche = fields::cell_in(field, &draft.activity, &names, lang).as_ref()
            )
        });
        parsed.warnings.push(Issue::row(&parsed.sheet, parsed.row, message));
    }
    // The purposes are the fiche's, as its name is: the list's summary of them is said when it
    // says more.
    if fiche_given.contains(Field::Purposes) && parsed.given.contains(Field::Purposes) {
        let fiche_purposes: Vec<String> = draft.activity.purposes.iter().map(|p| fold(p)).collect();
        let more = parsed.draft.activity.purposes.iter().any(|p| !fiche_purposes.contains(&fold(p)));
        if more {
            parsed.warnings.push(Issue::row(
                &parsed.sheet,
                parsed.row,
                Text::each(|lang| {
                    crate::tr!(
                        lang,
                        "import-list-and-fiche",
                        field = Field::Purposes.label(lang),
                        list = parsed.draft.activity.purposes.join("; "),
                        sheet = sheet.as_str(),
                        row = row_of(Field::Purposes).to_string(),
                        fiche = draft.activity.purposes.join("; ")
                    )
                }),
            ));
        }
        parsed.draft.activity.purposes.clear();
    }
    let single: Fields = {
        let mut f = Fields::default();
        for field in fiche_given.iter().filter(|f| !merge::is_list(*f)) {
            f.insert(field);
        }
        f
    };
    let lists: Fields = {
        let mut f = Fields::default();
        for field in fiche_given.iter().filter(|f| merge::is_list(*f)) {
            f.insert(field);
        }
        f
    };
    merge::replace(&mut parsed.draft.activity, &draft.activity, single);
    merge::unite(&mut parsed.draft.activity, &draft.activity, lists);
    let d = &mut parsed.draft;
    for (to, from) in [
        (&mut d.controllers, draft.controllers),
        (&mut d.measures, draft.measures),
        (&mut d.subprocessors, draft.subprocessors),
    ] {
        for name in from {
            if !to.iter().any(|n| fold(n) == fold(&name)) {
                to.push(name);
            }
        }
    }
    d.measure_seeds.extend(draft.measure_seeds);
    if d.organisation.is_none() {
        d.organisation = draft.organisation;
    }
    fields::drop_unspecified_special(&mut d.activity);
    parsed.given = parsed.given.union(fiche_given);
}

#[allow(clippy::too_many_arguments)]
fn run(
    store: &mut Store,
    file: &str,
    format: Format,
    encoding: Option<crate::csv::read::Encoding>,
    delimiter: Option<String>,
    mut plans: Vec<Plan<'_>>,
    options: &ImportOptions,
    total: u64,
    progress: &mut dyn FnMut(Progress),
) -> Result<ImportReport, ImportError> {
    let basename =
        std::path::Path::new(file).file_name().map_or(file.to_string(), |n| n.to_string_lossy().into_owned());
    let mut report = ImportReport {
        file: file.to_string(),
        format,
        encoding,
        delimiter,
        sheets: Vec::new(),
        rows: 0,
        created: Vec::new(),
        updated: Vec::new(),
        unchanged: Vec::new(),
        preview: Vec::new(),
        added: Vec::new(),
        contacts_read: Vec::new(),
        warnings: Vec::new(),
        skipped: Vec::new(),
        dry_run: options.dry_run,
        backup: None,
        change: crate::tr!(options.lang, "import-change", file = basename.as_str()),
    };
    check_mappings(&plans, options, file)?;
    if !plans.iter().any(|p| !matches!(p.body, Body::Skip)) {
        let message = Text::each(|lang| {
            let said: Vec<String> = plans
                .iter()
                .map(|p| {
                    let kind = crate::i18n::text(lang, &format!("sheet_{}", p.report.kind.code()));
                    format!("\"{}\"{}{kind}", p.report.name, crate::vocab::colon(lang))
                })
                .collect();
            crate::tr!(lang, "import-no-register", sheets = said.join("; "))
        });
        return Err(ImportError::NoHeader { file: file.to_string(), message });
    }
    // Lists written with commas, column by column, from the first rows.
    for plan in &mut plans {
        if let Body::Table { header, mapping, commas, rows, .. } = &mut plan.body {
            // ropa's own files write lists a line an item, always.
            if header.table != Table::Activities || header.preset == Preset::Ropa {
                continue;
            }
            let mut sample: Vec<Result<Record, ReadError>> = Vec::new();
            for r in rows.by_ref() {
                let stop = r.is_err();
                sample.push(r);
                if stop || sample.len() >= 200 {
                    break;
                }
            }
            *commas = mapping
                .iter()
                .enumerate()
                .map(|(i, field)| {
                    if !field.is_some_and(header::is_short_list) {
                        return false;
                    }
                    // The template's example and rows that are not data say nothing of the file's
                    // habits.
                    let cells: Vec<&str> = sample
                        .iter()
                        .filter_map(|r| r.as_ref().ok())
                        .filter(|r| {
                            header::junk(&r.cells, &header.headers).is_none()
                                && !r.cells.iter().any(|c| {
                                    let k = fold(c);
                                    k.starts_with("(exemple)") || k.starts_with("(example)")
                                })
                        })
                        .filter_map(|r| r.cells.get(i).map(String::as_str))
                        .collect();
                    header::writes_commas(&cells)
                })
                .collect();
            for (i, yes) in commas.iter().enumerate() {
                if *yes {
                    plan.report.comma_lists.push(header.headers.get(i).cloned().unwrap_or_default());
                }
            }
            let rest = std::mem::replace(rows, Box::new(std::iter::empty()));
            *rows = Box::new(sample.into_iter().chain(rest));
        }
    }
    let names_organisations = plans.iter().any(|p| match &p.body {
        Body::Table { header, mapping, .. } => {
            header.table != Table::Activities || mapping.contains(&Some(Field::Organisation))
        }
        Body::Fiche(f) => f.own.contains(Field::Organisation),
        Body::Skip => false,
    });
    let named_options;
    let options = if options.organisation.is_none() && !names_organisations {
        let named = plans
            .iter()
            .flat_map(|p| p.contacts.iter())
            .find(|(role, ..)| *role == ContactRole::Controller)
            .map(|(_, c, sheet, row)| (c.name.clone(), sheet.clone(), *row))
            .filter(|(name, ..)| !name.trim().is_empty());
        // The ICO's template names the organisation itself as the controller (the CNIL's names a
        // person, its head): that name is the organisation's.
        let ico = plans.iter().any(|p| p.report.preset == Some(Preset::Ico));
        match named {
            Some((name, sheet, row)) if ico => {
                // "Acme, Inc., Jane Smith": the organisation, then its contact.
                let organisation = header::split_commas(&name).into_iter().next().unwrap_or(name.clone());
                report.warnings.push(Issue::row(
                    &sheet,
                    row,
                    crate::tr_all!("import-organisation-from-contacts", organisation = organisation.as_str()),
                ));
                named_options = ImportOptions { organisation: Some(organisation), ..options.clone() };
                &named_options
            }
            named => {
                return Err(ImportError::NoOrganisation { file: file.to_string(), named: named.map(|n| n.0) });
            }
        }
    } else {
        options
    };
    // A copy before the import, unless it is a dry run or the store is still empty. (A server
    // keeps its copies as its administrator decides; the import undoes from history there.)
    if !options.dry_run && store.server().is_none() && !store.all::<Organisation>(None)?.is_empty() {
        report.backup = Some(store.backup("import").map_err(ImportError::Store)?.display().to_string());
    }
    for plan in &mut plans {
        report.warnings.append(&mut plan.warnings);
    }
    let commit = !options.dry_run;
    let mut sheets: Vec<SheetReport> = Vec::new();
    let result = store.bulk(|store| {
        store.write_with(commit, |w| {
            w.label_change(&report.change)?;
            let mut ctx = Context::new(w, options, file)?;
            let contacts: Vec<(ContactRole, Contact, String, usize)> =
                plans.iter().flat_map(|p| p.contacts.iter().cloned()).collect();
            ctx.apply_contacts(w, &contacts, &mut report)?;
            let mut failures: Vec<Issue> = Vec::new();
            // Fiches, to join with their summary rows (by reference, else by name).
            let mut fiches: Vec<Option<Fiche>> = Vec::new();
            let mut order: Vec<usize> = Vec::new();
            let mut tables: Vec<(usize, Table)> = Vec::new();
            for (i, plan) in plans.iter_mut().enumerate() {
                match std::mem::replace(&mut plan.body, Body::Skip) {
                    Body::Fiche(f) => {
                        fiches.push(Some(*f));
                        order.push(i);
                    }
                    body @ Body::Table { .. } => {
                        let table = match &body {
                            Body::Table { header, .. } => header.table,
                            _ => Table::Activities,
                        };
                        plan.body = body;
                        tables.push((i, table));
                    }
                    Body::Skip => {}
                }
            }
            // ropa's own tables first, in the order their links need, then the activities.
            tables.sort_by_key(|(i, t)| (Table::ALL.iter().position(|x| x == t), *i));
            let mut by_reference: HashMap<String, usize> = HashMap::new();
            let mut by_name: HashMap<String, usize> = HashMap::new();
            for (k, f) in fiches.iter().enumerate() {
                let f = f.as_ref().expect("just pushed");
                if !f.draft.activity.reference.trim().is_empty() {
                    by_reference.entry(fold(&f.draft.activity.reference)).or_insert(k);
                }
                if !f.draft.activity.name.trim().is_empty() {
                    by_name.entry(fold(&f.draft.activity.name)).or_insert(k);
                }
            }
            let mut done_rows = 0u64;
            // Fiches joined to a row of a list: (fiche's sheet, list's sheet, row).
            let mut joined: Vec<(String, String, usize)> = Vec::new();
            for (i, table) in tables {
                let plan = &mut plans[i];
                let Body::Table { header, mapping, commas, rows, typed_cells, comments } =
                    std::mem::replace(&mut plan.body, Body::Skip)
                else {
                    continue;
                };
                let sheet = plan.report.name.clone();
                let before = report.rows;
                if table != Table::Activities {
                    let mut rows = rows;
                    let used = tables::import(
                        &mut ctx,
                        w,
                        table,
                        &sheet,
                        &header.headers,
                        typed_cells,
                        &mut rows,
                        &mut report,
                        &mut failures,
                        file,
                    )?;
                    plan.report.columns = header
                        .headers
                        .iter()
                        .enumerate()
                        .map(|(k, h)| MappedColumn { header: h.clone(), letter: column_letter(k), field: None })
                        .collect();
                    for (h, used) in header.headers.iter().zip(used) {
                        if !used && !h.is_empty() {
                            plan.report.in_notes.push(h.clone());
                        }
                    }
                    plan.report.rows = report.rows - before;
                    continue;
                }
                let dialect = if header.preset == Preset::Ropa { Dialect::Own } else { Dialect::Loose };
                let layout = RowLayout {
                    sheet: sheet.clone(),
                    headers: header.headers.clone(),
                    noted: header.headers.iter().map(|_| std::sync::atomic::AtomicBool::new(false)).collect(),
                    mapping,
                    commas,
                    dialect,
                    preset: header.preset,
                    typed_cells,
                    comments,
                    lang: options.lang,
                };
                // One thread reads and decodes the rows, this one writes them: reading does not
                // wait for the store, nor the store for reading.
                let read_result = std::thread::scope(|scope| -> Result<Result<(), ReadError>, ImportError> {
                    // Rows cross in batches: one wake-up of the writing thread per batch.
                    const BATCH: usize = 128;
                    let (sender, parsed) = std::sync::mpsc::sync_channel::<Vec<ParsedRow>>(4);
                    let layout = &layout;
                    let mut rows = rows;
                    let reading = scope.spawn(move || -> Result<(), ReadError> {
                        let mut batch = Vec::with_capacity(BATCH);
                        let mut sequence = Sequence::new(layout.mapping.contains(&Some(Field::Name)));
                        for record in rows.by_ref() {
                            let record = record?;
                            if record.is_blank() {
                                continue;
                            }
                            if layout.dialect == Dialect::Loose {
                                sequence.push(layout.parse(record), &mut batch);
                            } else {
                                batch.push(layout.parse(record));
                            }
                            if batch.len() >= BATCH
                                && sender.send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH))).is_err()
                            {
                                return Ok(());
                            }
                        }
                        batch.extend(sequence.finish());
                        if !batch.is_empty() {
                            let _ = sender.send(batch);
                        }
                        Ok(())
                    });
                    for batch in parsed {
                        let n = batch.len() as u64;
                        for mut row in batch {
                            if row.skip.is_none() {
                                let fiche = (!row.draft.activity.reference.trim().is_empty())
                                    .then(|| by_reference.get(&fold(&row.draft.activity.reference)).copied())
                                    .flatten()
                                    .or_else(|| by_name.get(&fold(&row.draft.activity.name)).copied())
                                    .and_then(|k| fiches[k].take());
                                if let Some(f) = fiche {
                                    joined.push((f.sheet.clone(), row.sheet.clone(), row.row));
                                    combine(&mut row, f);
                                }
                            }
                            if let Err(issues) = ctx.activity_row(w, row, &mut report) {
                                failures.extend(issues);
                            }
                            if let Some(e) = ctx.fatal.take() {
                                return Err(ImportError::Store(e));
                            }
                        }
                        done_rows += n;
                        progress(Progress { rows: report.rows as u64, done: done_rows, total });
                    }
                    Ok(reading.join().unwrap_or_else(|_| Err(ReadError::Io("the reading thread failed".into()))))
                })?;
                read_result.map_err(|error| ImportError::Read { file: file.to_string(), error })?;
                plan.report.rows = report.rows - before;
                // The columns kept in the notes that had something to keep.
                plan.report.in_notes = header
                    .headers
                    .iter()
                    .zip(&layout.noted)
                    .filter(|(h, noted)| !h.trim().is_empty() && noted.load(Ordering::Relaxed))
                    .map(|(h, _)| h.clone())
                    .collect();
            }
            // Fiches without a summary row: activities of their own.
            for (k, f) in fiches.into_iter().enumerate() {
                let Some(f) = f else {
                    plans[order[k]].report.rows = 1;
                    continue;
                };
                plans[order[k]].report.rows = 1;
                let row = fiche_row(f);
                if let Err(issues) = ctx.activity_row(w, row, &mut report) {
                    failures.extend(issues);
                }
                if let Some(e) = ctx.fatal.take() {
                    return Err(ImportError::Store(e));
                }
            }
            ctx.set_created_roles(w)?;
            for (fiche, list, row) in &joined {
                if let Some(plan) = plans.iter_mut().find(|p| &p.report.name == fiche) {
                    let detail = plan.report.detail.clone();
                    plan.report.detail = Text::each(|lang| {
                        let joined =
                            crate::tr!(lang, "import-sheet-joined", list = list.as_str(), row = row.to_string());
                        format!("{}{joined}", detail.get(lang))
                    });
                }
            }
            sheets = plans.iter().map(|p| p.report.clone()).collect();
            report.sheets = sheets.clone();
            finish(failures, options, file, &mut report)
        })
    });
    report.sheets = sheets;
    if report.sheets.is_empty() {
        report.sheets = plans.iter().map(|p| p.report.clone()).collect();
    }
    progress(Progress { rows: report.rows as u64, done: total, total });
    // A copy of a store the import did not change is of no use: it goes.
    let wrote = report.created.len() + report.updated.len() + report.added.len() + report.contacts_read.len() > 0
        || report.preview.iter().any(|p| p.outcome == RowOutcome::Merged);
    if result.is_err() || !wrote {
        if let Some(backup) = report.backup.take() {
            let _ = std::fs::remove_file(backup);
        }
    }
    result?;
    Ok(report)
}

fn finish(
    failures: Vec<Issue>,
    options: &ImportOptions,
    file: &str,
    report: &mut ImportReport,
) -> Result<(), ImportError> {
    if failures.is_empty() {
        return Ok(());
    }
    if options.skip_invalid {
        report.skipped = failures;
        Ok(())
    } else {
        Err(ImportError::Invalid { file: file.to_string(), issues: failures, report: Box::new(report.clone()) })
    }
}
