//! Reading a CSV file into the store: find the header row, map the columns, turn each row into
//! an entity, match it with what the store holds, and write it all in one transaction (or none of
//! it). A dry run does the same and rolls back.

use std::collections::HashMap;
use std::io::Read;
use std::sync::atomic::{AtomicU64, Ordering};

use serde::Serialize;

use super::fields::{self, Dialect, Draft, Field, Problem};
use super::presets::{self, header_key, Preset};
use super::read::{CsvReader, Encoding, ReadError, Record};
use super::tables::{self, Row, Table, TableColumn};
use super::write::unneutralise;
use super::Progress;
use crate::error::Error;
use crate::model::{Activity, Contact, Controller, Id, Measure, Organisation, Role, Site, SubProcessor};
use crate::store::{Entity, Kind, Outcome, Store, Writer};
use crate::text::fold;

/// How many records are looked at for the header row (the ICO template puts it on row 9).
const HEADER_SEARCH: usize = 30;

#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// The organisation the rows belong to (any unique part of its name); created when the store
    /// has none of that name. Without it, rows name theirs in an "Organisation" column.
    pub organisation: Option<String>,
    pub preset: Preset,
    /// `(header, field)`: map a column explicitly (`field` as our header or field code; `notes`
    /// keeps it in the notes).
    pub mappings: Vec<(String, String)>,
    pub dry_run: bool,
    /// Write the valid rows and list the others, instead of writing nothing.
    pub skip_invalid: bool,
    pub delimiter: Option<char>,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions {
            organisation: None,
            preset: Preset::Auto,
            mappings: Vec::new(),
            dry_run: false,
            skip_invalid: false,
            delimiter: None,
        }
    }
}

/// One problem with one cell (or row): where it is, what it holds and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Issue {
    /// The row as a spreadsheet numbers it.
    pub row: usize,
    /// The column's header; empty for the whole row.
    pub column: String,
    pub value: String,
    pub message: String,
}

impl std::fmt::Display for Issue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "row {}", self.row)?;
        if !self.column.is_empty() {
            write!(f, ", column \"{}\"", self.column)?;
        }
        write!(f, ": {}", self.message)?;
        if !self.value.is_empty() {
            let shown: String = self.value.chars().take(80).collect();
            let more = if self.value.chars().count() > 80 { "…" } else { "" };
            write!(f, " (value: \"{}{more}\")", shown.replace('\n', "⏎"))?;
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MappedColumn {
    pub header: String,
    /// The field it fills; `None` when it maps to nothing.
    pub field: Option<Field>,
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

/// One of the first rows of an activity file, as the import wrote it or would write it. Its
/// errors and warnings are the `Issue`s with its row number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct PreviewRow {
    /// The row as a spreadsheet numbers it.
    pub row: usize,
    /// The activity's name, as it is (or would be) stored; as read for a refused row.
    pub name: String,
    pub outcome: RowOutcome,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum RowOutcome {
    Created,
    Updated,
    Unchanged,
    /// Not written: the row has errors.
    Refused,
}

/// What an import did, or would do (dry run).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ImportReport {
    pub file: String,
    pub encoding: Encoding,
    pub delimiter: String,
    pub preset: Preset,
    pub table: Table,
    pub header_row: usize,
    pub columns: Vec<MappedColumn>,
    /// Headers that map to nothing: their cells were not imported.
    pub unmapped: Vec<String>,
    /// Data rows read (blank rows aside).
    pub rows: usize,
    pub created: Vec<String>,
    pub updated: Vec<String>,
    pub unchanged: Vec<String>,
    /// The first `PREVIEW_ROWS` rows of an activity file, each with its outcome (empty for the
    /// other tables).
    pub preview: Vec<PreviewRow>,
    /// Organisations, controllers, sub-processors, measures and sites a row named and the store
    /// did not have, created by the import.
    pub added: Vec<Named>,
    /// Contacts read from the ICO template's contact block.
    pub contacts_read: Vec<String>,
    pub warnings: Vec<Issue>,
    /// Rows left out with `skip_invalid`.
    pub skipped: Vec<Issue>,
    pub dry_run: bool,
    /// Where the store was copied before the import (none for a dry run).
    pub backup: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{file}: {error}")]
    Read { file: String, error: ReadError },
    #[error(
        "{file}: no header row found in the first {HEADER_SEARCH} rows (expected column names such as {expected})"
    )]
    NoHeader { file: String, expected: String },
    #[error("{file}: the rows name no organisation: give one with --org NAME{}", suggestion(.named))]
    NoOrganisation { file: String, named: Option<String> },
    /// Rows were invalid; nothing was written. `report` says what the file held.
    #[error("{file}: {} invalid; nothing was imported:\n{}", count(.issues.len()), list(.issues))]
    Invalid { file: String, issues: Vec<Issue>, report: Box<ImportReport> },
    #[error("{file}: {message}")]
    Options { file: String, message: String },
    #[error(transparent)]
    Store(#[from] Error),
}

fn suggestion(named: &Option<String>) -> String {
    match named {
        Some(name) => format!(" (its contact block names \"{name}\")"),
        None => String::new(),
    }
}

fn count(n: usize) -> String {
    if n == 1 {
        "1 row is".to_string()
    } else {
        format!("{n} rows are")
    }
}

fn list(issues: &[Issue]) -> String {
    let mut lines: Vec<String> = issues.iter().take(50).map(|i| format!("  {i}")).collect();
    if issues.len() > 50 {
        lines.push(format!("  … and {} more", issues.len() - 50));
    }
    lines.join("\n")
}

impl ImportError {
    /// True when the file was read but its data were refused (exit code 1), as opposed to a file
    /// that could not be read or a store that could not be written (exit code 2).
    pub fn is_invalid_data(&self) -> bool {
        match self {
            ImportError::Invalid { .. } => true,
            ImportError::Read { error, .. } => {
                matches!(error, ReadError::UnclosedQuote { .. } | ReadError::BadEncoding { .. })
            }
            ImportError::Store(e) => e.is_invalid_data(),
            _ => false,
        }
    }
}

/// Imports the CSV `input` (named `file` in messages; `size` in bytes for progress, when known).
pub fn import(
    store: &mut Store,
    file: &str,
    input: impl Read + Send,
    size: Option<u64>,
    options: &ImportOptions,
    progress: &mut dyn FnMut(Progress),
) -> Result<ImportReport, ImportError> {
    let read_error = |error| ImportError::Read { file: file.to_string(), error };
    let mut reader = CsvReader::new(input, options.delimiter).map_err(read_error)?;
    let HeaderFound { header, preamble, after, table, preset } =
        find_header(&mut reader, options.preset, &options.mappings).map_err(|e| match e {
            HeaderError::Read(error) => read_error(error),
            HeaderError::NotFound => ImportError::NoHeader {
                file: file.to_string(),
                expected: "\"Name\", \"Purposes\", \"Purpose of processing\" or \"Nom de l'activité\"".into(),
            },
        })?;
    let mut report = ImportReport {
        file: file.to_string(),
        encoding: reader.encoding(),
        delimiter: reader.delimiter().to_string(),
        preset,
        table,
        header_row: header.row,
        columns: Vec::new(),
        unmapped: Vec::new(),
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
    };
    let headers: Vec<String> = header.cells.iter().map(|h| h.trim().to_string()).collect();
    let contacts = if preset == Preset::Ico { ico_contacts(&preamble) } else { Vec::new() };
    let names_organisations = match table {
        Table::Activities => headers.iter().any(|h| {
            presets::field_for(preset, h) == Some(Field::Organisation)
                || options.mappings.iter().any(|(from, to)| {
                    header_key(from) == header_key(h) && presets::field_named(to) == Some(Field::Organisation)
                })
        }),
        Table::Organisations => true,
        _ => headers.iter().any(|h| header_key(h) == "organisation"),
    };
    if options.organisation.is_none() && !names_organisations {
        let named = contacts.iter().find(|(role, _)| *role == ContactRole::Controller).map(|(_, c)| c.name.clone());
        return Err(ImportError::NoOrganisation { file: file.to_string(), named });
    }

    // A copy before the import, unless it is a dry run or the store is still empty.
    if !options.dry_run && !store.all::<Organisation>(None)?.is_empty() {
        report.backup = Some(store.backup("import").map_err(ImportError::Store)?.display().to_string());
    }
    let total = size.unwrap_or(0);
    let commit = !options.dry_run;
    let result = store.bulk(|store| {
        store.write_with(commit, |w| {
            let mut ctx = Context::new(w, options, file)?;
            if !contacts.is_empty() {
                ctx.apply_contacts(w, &contacts, &mut report)?;
            }
            match table {
                Table::Activities => {
                    let mapping = activity_mapping(&headers, preset, &options.mappings, file)?;
                    let ignored = |h: &str| {
                        options.mappings.iter().any(|(from, to)| {
                            header_key(from) == header_key(h) && matches!(fold(to).as_str(), "ignore" | "skip" | "none")
                        })
                    };
                    for (header, field) in headers.iter().zip(&mapping) {
                        report.columns.push(MappedColumn { header: header.clone(), field: *field });
                        if field.is_none() && !header.is_empty() && !ignored(header) {
                            report.unmapped.push(header.clone());
                        }
                    }
                    let dialect = if preset == Preset::Ropa { Dialect::Own } else { Dialect::Loose };
                    let layout = RowLayout { headers: &headers, mapping: &mapping, dialect, preset };
                    ctx.mapping = mapping.clone();
                    let mut failures = Vec::new();
                    // One thread reads and decodes the rows, this one writes them: reading does not
                    // wait for the store, nor the store for reading.
                    let bytes_read = AtomicU64::new(0);
                    let read_result = std::thread::scope(|scope| {
                        // Rows cross in batches: one wake-up of the writing thread per batch, not
                        // per row.
                        const BATCH: usize = 128;
                        let (rows, parsed) = std::sync::mpsc::sync_channel::<Vec<ParsedRow>>(4);
                        let (layout, bytes_read, reader) = (&layout, &bytes_read, &mut reader);
                        let reading = scope.spawn(move || -> Result<(), ReadError> {
                            let mut buffered = after.into_iter();
                            let mut batch = Vec::with_capacity(BATCH);
                            loop {
                                let record = match buffered.next() {
                                    Some(record) => record,
                                    None => match reader.next() {
                                        Some(record) => record?,
                                        None => break,
                                    },
                                };
                                if record.is_blank() {
                                    continue;
                                }
                                batch.push(layout.parse(record));
                                if batch.len() == BATCH {
                                    bytes_read.store(reader.bytes_read(), Ordering::Relaxed);
                                    if rows.send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH))).is_err() {
                                        return Ok(());
                                    }
                                }
                            }
                            bytes_read.store(reader.bytes_read(), Ordering::Relaxed);
                            if !batch.is_empty() {
                                let _ = rows.send(batch);
                            }
                            Ok(())
                        });
                        for row in parsed.into_iter().flatten() {
                            report.rows += 1;
                            if let Err(issues) = ctx.activity_row(w, row, &mut report) {
                                failures.extend(issues);
                            }
                            if report.rows.is_multiple_of(256) {
                                let done = bytes_read.load(Ordering::Relaxed).min(total);
                                progress(Progress { rows: report.rows as u64, done, total });
                            }
                        }
                        reading.join().unwrap_or(Err(ReadError::Io("the reading thread failed".into())))
                    });
                    read_result.map_err(|error| ImportError::Read { file: file.to_string(), error })?;
                    ctx.set_created_roles(w)?;
                    finish(failures, options, file, &mut report)
                }
                other => {
                    let mut failures = Vec::new();
                    let mut records = after.into_iter().map(Ok).chain(reader.by_ref());
                    let columns_used =
                        entity_table(&mut ctx, w, other, &headers, &mut records, &mut report, &mut failures, file)?;
                    for (header, used) in headers.iter().zip(columns_used) {
                        report.columns.push(MappedColumn { header: header.clone(), field: None });
                        if !used && !header.is_empty() {
                            report.unmapped.push(header.clone());
                        }
                    }
                    finish(failures, options, file, &mut report)
                }
            }
        })
    });
    progress(Progress { rows: report.rows as u64, done: total, total });
    // A copy of a store the import did not change is of no use: it goes.
    let wrote = report.created.len() + report.updated.len() + report.added.len() + report.contacts_read.len() > 0;
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

enum HeaderError {
    Read(ReadError),
    NotFound,
}

/// Finds the header row: among the first rows, the one that names the most known columns (at
/// least two) of the preset, or of the best-fitting one. Returns it, the rows above it, the rows
/// read after it, the table and the preset.
fn find_header<R: Read>(
    reader: &mut CsvReader<R>,
    preset: Preset,
    mappings: &[(String, String)],
) -> Result<HeaderFound, HeaderError> {
    let mapped: Vec<String> = mappings.iter().map(|(header, _)| header_key(header)).collect();
    let mut records = Vec::new();
    for record in reader.by_ref() {
        records.push(record.map_err(HeaderError::Read)?);
        if records.len() >= HEADER_SEARCH {
            break;
        }
    }
    let best = records
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.is_blank())
        .filter_map(|(i, r)| classify(&r.cells, preset, &mapped).map(|(score, table, found)| (score, i, table, found)))
        // The best score; the earliest row among equals.
        .max_by_key(|(score, i, _, _)| (*score, std::cmp::Reverse(*i)));
    let Some((_, index, table, found)) = best else { return Err(HeaderError::NotFound) };
    let after = records.split_off(index + 1);
    let header = records.pop().ok_or(HeaderError::NotFound)?;
    Ok(HeaderFound { header, preamble: records, after, table, preset: found })
}

struct HeaderFound {
    header: Record,
    preamble: Vec<Record>,
    after: Vec<Record>,
    table: Table,
    preset: Preset,
}

/// How well a row reads as a header row: the number of known columns it names (at least two), with
/// the table and preset it fits best.
/// Headers named in `--map` count as known.
fn classify(cells: &[String], preset: Preset, mapped: &[String]) -> Option<((usize, usize), Table, Preset)> {
    let keys: Vec<String> = cells.iter().map(|c| header_key(unneutralise(c))).filter(|k| !k.is_empty()).collect();
    let score = |headers: &[&str]| {
        let wanted: Vec<String> = headers.iter().map(|h| header_key(h)).collect();
        keys.iter().filter(|k| wanted.contains(k) || mapped.contains(k)).count()
    };
    let own_tables: Vec<(Table, Vec<&str>)> = vec![
        (Table::Activities, fields::ACTIVITY_COLUMNS.iter().map(|c| c.header).collect()),
        (Table::Organisations, tables::organisation_columns().iter().map(|c| c.header).collect()),
        (Table::Sites, tables::site_columns().iter().map(|c| c.header).collect()),
        (Table::Controllers, tables::controller_columns().iter().map(|c| c.header).collect()),
        (Table::SubProcessors, tables::subprocessor_columns().iter().map(|c| c.header).collect()),
        (Table::Measures, tables::measure_columns().iter().map(|c| c.header).collect()),
    ];
    let mut candidates: Vec<((usize, usize), Table, Preset)> = Vec::new();
    if matches!(preset, Preset::Auto | Preset::Ropa) {
        for (table, headers) in &own_tables {
            // A file of ours names every column of its table; extra or missing columns lower the fit.
            let misfit = headers.len().abs_diff(keys.len());
            candidates.push(((score(headers), usize::MAX - misfit), *table, Preset::Ropa));
        }
    }
    if matches!(preset, Preset::Auto | Preset::Ico) {
        let headers: Vec<&str> = presets::ICO.iter().map(|(h, _)| *h).collect();
        candidates.push(((score(&headers), 0), Table::Activities, Preset::Ico));
    }
    if matches!(preset, Preset::Auto | Preset::Cnil) {
        let headers: Vec<&str> = presets::CNIL.iter().map(|(h, _)| *h).collect();
        candidates.push(((score(&headers), 0), Table::Activities, Preset::Cnil));
    }
    candidates.into_iter().filter(|c| c.0 .0 >= 2).max_by_key(|c| c.0)
}

/// The field of each column: explicit mappings first, then the preset's.
fn activity_mapping(
    headers: &[String],
    preset: Preset,
    mappings: &[(String, String)],
    file: &str,
) -> Result<Vec<Option<Field>>, ImportError> {
    let mut explicit: Vec<(String, Option<Field>)> = Vec::new();
    for (header, field) in mappings {
        let target = presets::field_named(field);
        let ignore = matches!(fold(field).as_str(), "ignore" | "skip" | "none");
        if target.is_none() && !ignore {
            return Err(ImportError::Options {
                file: file.to_string(),
                message: format!(
                    "--map '{header}={field}': '{field}' is not a field; use one of: {}, notes, ignore",
                    fields::ACTIVITY_COLUMNS.iter().map(|c| c.header).collect::<Vec<_>>().join(", ")
                ),
            });
        }
        if !headers.iter().any(|h| header_key(h) == header_key(header)) {
            return Err(ImportError::Options {
                file: file.to_string(),
                message: format!("--map '{header}={field}': the file has no column '{header}'"),
            });
        }
        explicit.push((header_key(header), target));
    }
    Ok(headers
        .iter()
        .map(|h| {
            let key = header_key(h);
            match explicit.iter().find(|(k, _)| *k == key) {
                Some((_, field)) => *field,
                None => presets::field_for(preset, h),
            }
        })
        .collect())
}

/// Names known in the store, kept up to date as the import adds entities.
struct Context {
    file: String,
    /// The organisation given with --org, resolved or to be created.
    given_organisation: Option<String>,
    organisations: HashMap<String, Id>,
    /// (kind, organisation, folded name) → id.
    names: HashMap<(Kind, Id, String), Id>,
    /// Activities by (organisation, folded name) → id, and their organisations by id.
    activities: HashMap<(Id, String), Id>,
    activity_orgs: HashMap<Id, Id>,
    /// Activities this import has written, by (organisation, folded name), with their row.
    written: HashMap<(Id, String), usize>,
    skip_invalid: bool,
    /// The activity file's mapping, once known.
    mapping: Vec<Option<Field>>,
    /// Organisations this import created, with the roles their rows' activities take
    /// (controller, processor): they act in those roles.
    created_roles: HashMap<Id, (bool, bool)>,
}

impl Context {
    fn new(w: &mut Writer<'_>, options: &ImportOptions, file: &str) -> Result<Context, ImportError> {
        let organisations: Vec<Organisation> = w.all(None)?;
        let mut ctx = Context {
            file: file.to_string(),
            given_organisation: None,
            organisations: organisations.iter().map(|o| (fold(&o.name), o.id)).collect(),
            names: HashMap::new(),
            activities: HashMap::new(),
            activity_orgs: HashMap::new(),
            written: HashMap::new(),
            skip_invalid: options.skip_invalid,
            mapping: Vec::new(),
            created_roles: HashMap::new(),
        };
        if let Some(query) = &options.organisation {
            match crate::find_unique("organisation", query, &organisations, |o| &o.name) {
                Ok(o) => ctx.given_organisation = Some(o.name.clone()),
                Err(Error::NoMatch(message)) if message.contains("several") => {
                    return Err(ImportError::Options { file: file.to_string(), message })
                }
                Err(_) => ctx.given_organisation = Some(query.trim().to_string()),
            }
        }
        for c in w.all::<Controller>(None)? {
            ctx.names.insert((Kind::Controller, c.organisation_id, fold(&c.name)), c.id);
        }
        for m in w.all::<Measure>(None)? {
            ctx.names.insert((Kind::Measure, m.organisation_id, fold(&m.name)), m.id);
        }
        for s in w.all::<SubProcessor>(None)? {
            ctx.names.insert((Kind::SubProcessor, s.organisation_id, fold(&s.name)), s.id);
        }
        for s in w.all::<Site>(None)? {
            ctx.names.insert((Kind::Site, s.organisation_id, fold(&s.name)), s.id);
        }
        for a in w.all::<Activity>(None)? {
            ctx.activities.insert((a.organisation_id, fold(&a.name)), a.id);
            ctx.activity_orgs.insert(a.id, a.organisation_id);
        }
        Ok(ctx)
    }

    /// An organisation this import created acts in the roles of its activities.
    fn set_created_roles(&self, w: &mut Writer<'_>) -> Result<(), Error> {
        for (&id, &(controller, processor)) in &self.created_roles {
            let organisation: Organisation = w.get(id)?;
            w.update(&Organisation { acts_as_controller: controller, acts_as_processor: processor, ..organisation })?;
        }
        Ok(())
    }

    /// The organisation of a row: the one given with --org, else the row's own.
    fn organisation(
        &mut self,
        w: &mut Writer<'_>,
        row_name: Option<&str>,
        report: &mut ImportReport,
    ) -> Result<Id, RowFailure> {
        let name = match (&self.given_organisation, row_name.map(str::trim).filter(|n| !n.is_empty())) {
            (Some(given), _) => given.clone(),
            (None, Some(name)) => name.to_string(),
            (None, None) => return Err(RowFailure::NoOrganisation),
        };
        if let Some(id) = self.organisations.get(&fold(&name)) {
            return Ok(*id);
        }
        let id = w.create(&Organisation { name: name.clone(), ..Default::default() }).map_err(RowFailure::Store)?;
        self.organisations.insert(fold(&name), id);
        self.created_roles.insert(id, (false, false));
        report.added.push(Named { kind: Kind::Organisation, name });
        Ok(id)
    }

    /// The id of a named entity of the organisation, created when missing.
    fn named(
        &mut self,
        w: &mut Writer<'_>,
        kind: Kind,
        org: Id,
        name: &str,
        report: &mut ImportReport,
    ) -> Result<Id, Error> {
        let key = (kind, org, fold(name));
        if let Some(id) = self.names.get(&key) {
            return Ok(*id);
        }
        let name = name.trim().to_string();
        let id = match kind {
            Kind::Controller => {
                w.create(&Controller { organisation_id: org, name: name.clone(), ..Default::default() })?
            }
            Kind::Measure => w.create(&Measure { organisation_id: org, name: name.clone(), ..Default::default() })?,
            Kind::SubProcessor => {
                w.create(&SubProcessor { organisation_id: org, name: name.clone(), ..Default::default() })?
            }
            _ => w.create(&Site { organisation_id: org, name: name.clone(), ..Default::default() })?,
        };
        self.names.insert(key, id);
        report.added.push(Named { kind, name });
        Ok(id)
    }

    /// Contacts from the ICO contact block go onto the organisation given with --org.
    fn apply_contacts(
        &mut self,
        w: &mut Writer<'_>,
        contacts: &[(ContactRole, Contact)],
        report: &mut ImportReport,
    ) -> Result<(), ImportError> {
        let Some(name) = self.given_organisation.clone() else { return Ok(()) };
        let org = match self.organisation(w, Some(&name), report) {
            Ok(id) => id,
            Err(RowFailure::Store(e)) => return Err(e.into()),
            Err(_) => return Ok(()),
        };
        let mut o: Organisation = w.get(org)?;
        for (role, contact) in contacts {
            let slot = match role {
                ContactRole::Controller => &mut o.contact,
                ContactRole::Dpo => &mut o.dpo,
                ContactRole::Representative => &mut o.representative,
            };
            *slot = contact.clone();
            report.contacts_read.push(format!("{}: {}", role.describe(), contact.name));
        }
        o.acts_as_controller = true;
        w.update(&o)?;
        Ok(())
    }

    /// Writes one row read by `parse_row`; its errors, if any, are returned.
    fn activity_row(
        &mut self,
        w: &mut Writer<'_>,
        parsed: ParsedRow,
        report: &mut ImportReport,
    ) -> Result<(), Vec<Issue>> {
        let ParsedRow { row, draft, derived, warnings, errors, columns_of } = parsed;
        report.warnings.extend(warnings);
        let previewed = report.preview.len() < PREVIEW_ROWS;
        let read_name = if previewed { draft.activity.name.clone() } else { String::new() };
        let preview = |report: &mut ImportReport, name: String, outcome: RowOutcome| {
            if previewed {
                report.preview.push(PreviewRow { row, name, outcome });
            }
        };
        if !errors.is_empty() {
            preview(report, read_name, RowOutcome::Refused);
            return Err(errors);
        }
        let issue = |column: &str, value: &str, message: String| Issue {
            row,
            column: column.to_string(),
            value: value.to_string(),
            message,
        };
        let mapping = &self.mapping.clone();
        // A savepoint per row only when invalid rows are skipped: otherwise any error rolls the
        // whole import back.
        let result = if self.skip_invalid {
            w.savepoint(|w| self.write_activity(w, draft, derived, row, mapping, report))
        } else {
            self.write_activity(w, draft, derived, row, mapping, report)
        };
        let failure = match result {
            Ok((written, label)) => {
                if previewed {
                    preview(report, label.clone(), written.outcome());
                }
                match written {
                    Written::Created => report.created.push(label),
                    Written::Updated => report.updated.push(label),
                    Written::Unchanged => report.unchanged.push(label),
                }
                return Ok(());
            }
            Err(failure) => failure,
        };
        preview(report, read_name, RowOutcome::Refused);
        match failure {
            RowFailure::NoOrganisation => Err(vec![issue(
                "Organisation",
                "",
                format!("the row names no organisation; give one with --org NAME ({})", self.file),
            )]),
            RowFailure::Row(message) => Err(vec![issue("", "", message)]),
            RowFailure::Store(Error::Invalid { errors, .. }) => Err(errors
                .into_iter()
                .map(|e| {
                    let field = field_of_path(&e.field);
                    let (column, value) = field.and_then(|f| columns_of.get(&f).cloned()).unwrap_or_default();
                    issue(&column, &value, e.message)
                })
                .collect()),
            RowFailure::Store(e) => Err(vec![issue("", "", e.to_string())]),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn write_activity(
        &mut self,
        w: &mut Writer<'_>,
        draft: Draft,
        derived: bool,
        row: usize,
        mapping: &[Option<Field>],
        report: &mut ImportReport,
    ) -> Result<(Written, String), RowFailure> {
        let before = (self.names.len(), self.organisations.len(), self.written.len(), report.added.len());
        let result = self.write_activity_inner(w, draft, derived, row, mapping, report);
        if result.is_err()
            && (self.names.len(), self.organisations.len(), self.written.len()) != (before.0, before.1, before.2)
        {
            // The savepoint is rolled back: forget what it added (rare: only rows that created
            // entities and then failed).
            let added: Vec<Named> = report.added.drain(before.3..).collect();
            for named in added {
                self.names.retain(|(kind, _, name), _| !(*kind == named.kind && *name == fold(&named.name)));
                if named.kind == Kind::Organisation {
                    self.organisations.remove(&fold(&named.name));
                }
            }
            self.written.retain(|_, r| *r != row);
        }
        result
    }

    #[allow(clippy::too_many_arguments)]
    fn write_activity_inner(
        &mut self,
        w: &mut Writer<'_>,
        mut draft: Draft,
        derived: bool,
        row: usize,
        mapping: &[Option<Field>],
        report: &mut ImportReport,
    ) -> Result<(Written, String), RowFailure> {
        let org = self.organisation(w, draft.organisation.as_deref(), report)?;
        if let Some(roles) = self.created_roles.get_mut(&org) {
            match draft.activity.role {
                Role::Controller => roles.0 = true,
                Role::Processor => roles.1 = true,
            }
        }
        if draft.id.is_none() {
            // Two rows of one file are two activities: a name derived from the purpose is told
            // apart by the business function, then the row; a name the file gives must be unique.
            let key = |name: &str| (org, fold(name));
            if let Some(other) = self.written.get(&key(&draft.activity.name)).copied() {
                if !derived {
                    return Err(RowFailure::Row(format!(
                        "row {other} already has the name '{}'; an organisation's activities need different names",
                        draft.activity.name
                    )));
                }
                let base = draft.activity.name.clone();
                let owner = draft.activity.owner.lines().next().unwrap_or("").trim().to_string();
                let with_owner = format!("{base} ({owner})");
                draft.activity.name = if !owner.is_empty() && !self.written.contains_key(&key(&with_owner)) {
                    with_owner
                } else {
                    format!("{base} (row {row})")
                };
            }
            self.written.insert(key(&draft.activity.name), row);
        }
        let mut links = |kind: Kind, names: &[String], report: &mut ImportReport| -> Result<Vec<Id>, RowFailure> {
            let mut ids: Vec<Id> = Vec::new();
            for name in names {
                let id = self.named(w, kind, org, name, report).map_err(RowFailure::Store)?;
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
            Ok(ids)
        };
        let mut activity = draft.activity;
        activity.organisation_id = org;
        activity.controller_ids = links(Kind::Controller, &draft.controllers, report)?;
        activity.measure_ids = links(Kind::Measure, &draft.measures, report)?;
        activity.subprocessor_ids = links(Kind::SubProcessor, &draft.subprocessors, report)?;

        let existing = match draft.id {
            Some(id) => match self.activity_orgs.get(&id) {
                Some(owner) if *owner == org => Some(id),
                Some(_) => return Err(RowFailure::Row(format!("ID {id} is an activity of another organisation"))),
                None => None,
            },
            None => self.activities.get(&(org, fold(&activity.name))).copied(),
        };
        match existing {
            Some(id) => {
                let current: Activity = w.get(id).map_err(RowFailure::Store)?;
                let mapped: Vec<Field> = mapping.iter().flatten().copied().collect();
                let merged = merge(current, activity, &mapped);
                let outcome = w.update(&merged).map_err(RowFailure::Store)?;
                self.activities.insert((org, fold(&merged.name)), id);
                Ok((if outcome == Outcome::Changed { Written::Updated } else { Written::Unchanged }, merged.name))
            }
            None => {
                let key = (org, fold(&activity.name));
                let name = activity.name.clone();
                let id = match draft.id {
                    Some(id) => w.create_with_id(&activity.with_id(id)).map_err(RowFailure::Store)?,
                    None => w.create(&activity).map_err(RowFailure::Store)?,
                };
                self.activities.insert(key, id);
                self.activity_orgs.insert(id, org);
                Ok((Written::Created, name))
            }
        }
    }
}

/// One data row turned into a draft activity, with what was wrong in its cells: the part of an
/// import that needs no store, done on the reading thread.
struct ParsedRow {
    row: usize,
    draft: Draft,
    /// The name came from the purpose (the ICO template has no name column).
    derived: bool,
    warnings: Vec<Issue>,
    errors: Vec<Issue>,
    /// The first column and cell of each field, to name them in the store's errors.
    columns_of: HashMap<Field, (String, String)>,
}

/// How the rows of an activity file read.
struct RowLayout<'a> {
    headers: &'a [String],
    mapping: &'a [Option<Field>],
    dialect: Dialect,
    preset: Preset,
}

impl RowLayout<'_> {
    fn parse(&self, record: Record) -> ParsedRow {
        let row = record.row;
        let issue = |column: &str, value: &str, message: String| Issue {
            row,
            column: column.to_string(),
            value: value.to_string(),
            message,
        };
        let mut draft = Draft::default();
        if self.dialect == Dialect::Loose {
            // A register kept in a spreadsheet lists the activities in force.
            draft.activity.status = crate::model::Status::Active;
        }
        let (mut warnings, mut errors) = (Vec::new(), Vec::new());
        let mut columns_of: HashMap<Field, (String, String)> = HashMap::new();
        for (i, cell) in record.cells.iter().enumerate() {
            let header = self.headers.get(i).map(String::as_str).unwrap_or("");
            let Some(Some(field)) = self.mapping.get(i) else {
                if i >= self.headers.len() && !cell.trim().is_empty() {
                    warnings.push(issue(
                        "",
                        cell,
                        format!("a cell beyond the last column ({}) was left out", column_letter(i)),
                    ));
                }
                continue;
            };
            let cell = if self.dialect == Dialect::Own { unneutralise(cell) } else { cell.as_str() };
            columns_of.entry(*field).or_insert_with(|| (header.to_string(), cell.to_string()));
            for problem in fields::apply(*field, cell, self.dialect, header, i, &mut draft) {
                match problem {
                    Problem::Warning(m) => warnings.push(issue(header, cell, m)),
                    Problem::Error(m) => errors.push(issue(header, cell, m)),
                }
            }
        }
        let mut problems = Vec::new();
        draft.finish(&mut problems);
        for problem in problems {
            match problem {
                Problem::Warning(m) => warnings.push(issue("", "", m)),
                Problem::Error(m) => errors.push(issue("", "", m)),
            }
        }
        let mut derived = false;
        if draft.activity.name.trim().is_empty() {
            match draft.activity.purposes.first() {
                Some(purpose) if self.preset != Preset::Ropa || draft.activity.name.is_empty() => {
                    draft.activity.name = derive_name(purpose);
                    derived = true;
                }
                _ => errors.push(issue("", "", "an activity needs a name or a purpose; this row has neither".into())),
            }
        }
        ParsedRow { row, draft, derived, warnings, errors, columns_of }
    }
}

enum Written {
    Created,
    Updated,
    Unchanged,
}

impl Written {
    fn outcome(&self) -> RowOutcome {
        match self {
            Written::Created => RowOutcome::Created,
            Written::Updated => RowOutcome::Updated,
            Written::Unchanged => RowOutcome::Unchanged,
        }
    }
}

enum RowFailure {
    NoOrganisation,
    Row(String),
    Store(Error),
}

impl From<Error> for RowFailure {
    fn from(e: Error) -> RowFailure {
        RowFailure::Store(e)
    }
}

/// The existing activity with the fields the file maps replaced by the row's values; fields the
/// file does not carry stay as they were.
fn merge(mut current: Activity, row: Activity, mapped: &[Field]) -> Activity {
    let has = |f: Field| mapped.contains(&f);
    macro_rules! take {
        ($($field:ident => $($attr:ident).+);* $(;)?) => {
            $(if has(Field::$field) { current.$($attr).+ = row.$($attr).+.clone(); })*
        };
    }
    take! {
        Reference => reference; Name => name; Description => description; Role => role; Status => status;
        Controllers => controller_ids; JointControllers => joint_controllers; Purposes => purposes;
        LegalBases => legal_bases; SpecialBases => special_bases; CriminalBasis => criminal_basis;
        DataSubjects => data_subjects; DataCategories => data_categories; Source => source;
        Recipients => recipients; Locations => locations; Transfers => transfers; NoTransfers => no_transfers;
        Retention => retention;
        Measures => measure_ids; SubProcessors => subprocessor_ids; DpiaRequired => dpia.required;
        DpiaStatus => dpia.status; DpiaReference => dpia.reference; AutomatedDecisions => automated_decisions;
        AutomatedDecisionsDetail => automated_decisions_detail; Rights => rights; Owner => owner;
        Software => software; CreatedOn => created_on; LastReview => last_review; NextReview => next_review;
        Notes => notes;
    }
    let recipients_from_kinds = [Field::InternalRecipients, Field::ExternalRecipients, Field::ProcessorRecipients];
    if recipients_from_kinds.iter().any(|f| has(*f)) && !has(Field::Recipients) {
        current.recipients = row.recipients.clone();
    }
    if has(Field::TransferCountries) && !has(Field::Transfers) {
        current.transfers = row.transfers.clone();
    }
    if has(Field::TransferCountries) && !has(Field::NoTransfers) {
        current.no_transfers = row.no_transfers;
    }
    if has(Field::SpecialData) && !has(Field::DataCategories) {
        current.data_categories = row.data_categories.clone();
    }
    if (has(Field::LegitimateInterest) || has(Field::ConsentRecord) || has(Field::LegitimateInterestAssessment))
        && !has(Field::LegalBases)
    {
        current.legal_bases = row.legal_bases.clone();
    }
    if has(Field::NoteLine) && !has(Field::Notes) {
        current.notes = row.notes.clone();
    }
    current
}

/// The column field a store error's dotted path concerns.
fn field_of_path(path: &str) -> Option<Field> {
    let head = path.split('.').next().unwrap_or("");
    Some(match head {
        "name" => Field::Name,
        "retention" => Field::Retention,
        "controller_ids" => Field::Controllers,
        "measure_ids" => Field::Measures,
        "subprocessor_ids" => Field::SubProcessors,
        "last_review" => Field::LastReview,
        "no_transfers" => Field::NoTransfers,
        "purposes" => Field::Purposes,
        "description" => Field::Description,
        "notes" => Field::Notes,
        _ => return None,
    })
}

/// An activity name from its purpose: its first line, at most 80 characters, cut between words.
fn derive_name(purpose: &str) -> String {
    let first = purpose.lines().next().unwrap_or(purpose).trim();
    if first.chars().count() <= 80 {
        return first.to_string();
    }
    let cut: String = first.chars().take(79).collect();
    let at_word = cut.rfind(' ').filter(|i| *i > 40).map_or(cut.as_str(), |i| &cut[..i]);
    format!("{}…", at_word.trim_end())
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ContactRole {
    Controller,
    Dpo,
    Representative,
}

impl ContactRole {
    fn describe(self) -> &'static str {
        match self {
            ContactRole::Controller => "controller contact",
            ContactRole::Dpo => "data protection officer",
            ContactRole::Representative => "representative",
        }
    }

    fn recognise(label: &str) -> Option<ContactRole> {
        let key = fold(label);
        if key.contains("protection officer") || key == "dpo" || key.starts_with("dpo ") || key.contains("delegue") {
            Some(ContactRole::Dpo)
        } else if key.contains("representative") || key.contains("representant") {
            Some(ContactRole::Representative)
        } else if key.contains("controller") || key.contains("organisation") || key.contains("responsable") {
            Some(ContactRole::Controller)
        } else {
            None
        }
    }
}

/// The contact block above the ICO template's header row: a row of labels (Name, Address,
/// Email, Telephone) and a row per role (Controller, Data Protection Officer, Representative);
/// or, in copies of it, "Label" and value side by side.
fn ico_contacts(preamble: &[Record]) -> Vec<(ContactRole, Contact)> {
    let mut out: Vec<(ContactRole, Contact)> = Vec::new();
    let label_row = preamble.iter().find(|r| {
        let keys: Vec<String> = r.cells.iter().map(|c| fold(c)).collect();
        keys.iter().any(|k| k == "name") && keys.iter().any(|k| k.starts_with("email") || k.starts_with("e-mail"))
    });
    if let Some(labels) = label_row {
        let slot = |name: &str| labels.cells.iter().position(|c| fold(c).starts_with(name));
        let (name, address, email, phone) =
            (slot("name"), slot("address"), slot("e"), slot("tel").or_else(|| slot("phone")));
        for r in preamble.iter().filter(|r| r.row > labels.row) {
            let Some(role) = r.cells.iter().find(|c| !c.trim().is_empty()).and_then(|c| ContactRole::recognise(c))
            else {
                continue;
            };
            let get =
                |i: Option<usize>| i.and_then(|i| r.cells.get(i)).map(|c| c.trim().to_string()).unwrap_or_default();
            let contact = Contact {
                name: get(name),
                role: String::new(),
                email: get(email),
                phone: get(phone),
                address: get(address),
            };
            if !contact.is_empty() {
                out.push((role, contact));
            }
        }
        return out;
    }
    // "Controller name: X" side by side.
    let mut current: Option<(ContactRole, Contact)> = None;
    for r in preamble {
        let cells: Vec<&str> = r.cells.iter().map(|c| c.trim()).filter(|c| !c.is_empty()).collect();
        let [label, value, ..] = cells.as_slice() else {
            if let [only] = cells.as_slice() {
                if let Some(role) = ContactRole::recognise(only) {
                    if let Some(done) = current.take().filter(|(_, c)| !c.is_empty()) {
                        out.push(done);
                    }
                    current = Some((role, Contact::default()));
                }
            }
            continue;
        };
        let key = fold(label);
        if let Some(role) = ContactRole::recognise(label) {
            if current.as_ref().map(|(r, _)| *r) != Some(role) {
                if let Some(done) = current.take().filter(|(_, c)| !c.is_empty()) {
                    out.push(done);
                }
                current = Some((role, Contact::default()));
            }
        }
        if let Some((_, contact)) = current.as_mut() {
            let value = value.to_string();
            if key.contains("email") || key.contains("e-mail") {
                contact.email = value;
            } else if key.contains("tel") || key.contains("phone") {
                contact.phone = value;
            } else if key.contains("address") || key.contains("adresse") {
                contact.address = value;
            } else if key.contains("name") || key.contains("nom") || ContactRole::recognise(label).is_some() {
                contact.name = value;
            }
        }
    }
    if let Some(done) = current.filter(|(_, c)| !c.is_empty()) {
        out.push(done);
    }
    out
}

/// Imports one of ropa's own entity files. Returns, for each column, whether it was used.
#[allow(clippy::too_many_arguments)]
fn entity_table(
    ctx: &mut Context,
    w: &mut Writer<'_>,
    table: Table,
    headers: &[String],
    reader: &mut dyn Iterator<Item = Result<Record, ReadError>>,
    report: &mut ImportReport,
    failures: &mut Vec<Issue>,
    file: &str,
) -> Result<Vec<bool>, ImportError> {
    fn positions<T>(columns: &[TableColumn<T>], headers: &[String]) -> Vec<Option<usize>> {
        headers.iter().map(|h| columns.iter().position(|c| header_key(c.header) == header_key(h))).collect()
    }
    macro_rules! run {
        ($columns:expr, $t:ty, $write:expr) => {{
            let columns = $columns;
            let at = positions(&columns, headers);
            for record in &mut *reader {
                let record = record.map_err(|error| ImportError::Read { file: file.to_string(), error })?;
                if record.is_blank() {
                    continue;
                }
                report.rows += 1;
                let mut row = Row::default();
                let mut problems = Vec::new();
                for (i, cell) in record.cells.iter().enumerate() {
                    if let Some(Some(c)) = at.get(i) {
                        (columns[*c].set)(&mut row, unneutralise(cell), &mut problems);
                    }
                }
                let mut errors = Vec::new();
                for p in problems {
                    match p {
                        Problem::Warning(m) => report.warnings.push(Issue {
                            row: record.row,
                            column: String::new(),
                            value: String::new(),
                            message: m,
                        }),
                        Problem::Error(m) => errors.push(Issue {
                            row: record.row,
                            column: String::new(),
                            value: String::new(),
                            message: m,
                        }),
                    }
                }
                if errors.is_empty() {
                    let label = row.entity.name.clone();
                    let write: fn(
                        &mut Context,
                        &mut Writer<'_>,
                        Row<_>,
                        &mut ImportReport,
                    ) -> Result<Written, RowFailure> = $write;
                    let snapshot = (ctx.names.clone(), ctx.organisations.clone(), report.added.len());
                    match w.savepoint(|w| write(ctx, w, row, report)) {
                        Ok(Written::Created) => report.created.push(label),
                        Ok(Written::Updated) => report.updated.push(label),
                        Ok(Written::Unchanged) => report.unchanged.push(label),
                        Err(failure) => {
                            ctx.names = snapshot.0;
                            ctx.organisations = snapshot.1;
                            report.added.truncate(snapshot.2);
                            let message = match failure {
                                RowFailure::NoOrganisation => {
                                    "the row names no organisation; give one with --org NAME".to_string()
                                }
                                RowFailure::Row(m) => m,
                                RowFailure::Store(e) => e.to_string(),
                            };
                            errors.push(Issue {
                                row: record.row,
                                column: String::new(),
                                value: String::new(),
                                message,
                            });
                        }
                    }
                }
                failures.extend(errors);
            }
            at.iter().map(Option::is_some).collect::<Vec<_>>()
        }};
    }
    Ok(match table {
        Table::Organisations => {
            run!(tables::organisation_columns(), Organisation, |ctx, w, row: Row<Organisation>, _report| {
                let name = row.entity.name.trim().to_string();
                match ctx.organisations.get(&fold(&name)) {
                    Some(id) => upsert(w, Organisation { id: *id, ..row.entity }),
                    None => {
                        let id = w.create(&row.entity)?;
                        ctx.organisations.insert(fold(&name), id);
                        Ok(Written::Created)
                    }
                }
            })
        }
        Table::Sites => run!(tables::site_columns(), Site, |ctx, w, row: Row<Site>, report| {
            let org = ctx.organisation(w, Some(&row.organisation), report)?;
            upsert_named(ctx, w, row.entity.with_organisation(org))
        }),
        Table::Controllers => run!(tables::controller_columns(), Controller, |ctx, w, row: Row<Controller>, report| {
            let org = ctx.organisation(w, Some(&row.organisation), report)?;
            upsert_named(ctx, w, row.entity.with_organisation(org))
        }),
        Table::Measures => run!(tables::measure_columns(), Measure, |ctx, w, row: Row<Measure>, report| {
            let org = ctx.organisation(w, Some(&row.organisation), report)?;
            upsert_named(ctx, w, row.entity.with_organisation(org))
        }),
        Table::SubProcessors => {
            run!(tables::subprocessor_columns(), SubProcessor, |ctx, w, row: Row<SubProcessor>, report| {
                let org = ctx.organisation(w, Some(&row.organisation), report)?;
                let mut s = row.entity.with_organisation(org);
                for (service, site) in s.services.iter_mut().zip(&row.sites) {
                    if !site.trim().is_empty() {
                        service.site_id = Some(ctx.named(w, Kind::Site, org, site, report)?);
                    }
                }
                upsert_named(ctx, w, s)
            })
        }
        Table::Activities => Vec::new(),
    })
}

/// Updates the entity of that name in its organisation, or creates it.
fn upsert_named<T: Entity>(ctx: &mut Context, w: &mut Writer<'_>, entity: T) -> Result<Written, RowFailure> {
    let key = (T::KIND, entity.organisation_id().unwrap_or_default(), fold(entity.name()));
    match ctx.names.get(&key) {
        Some(id) => upsert(w, entity.with_id(*id)),
        None => {
            let id = w.create(&entity)?;
            ctx.names.insert(key, id);
            Ok(Written::Created)
        }
    }
}

fn upsert<T: Entity>(w: &mut Writer<'_>, entity: T) -> Result<Written, RowFailure> {
    Ok(match w.update(&entity)? {
        Outcome::Changed => Written::Updated,
        Outcome::Unchanged => Written::Unchanged,
    })
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
    fn names_derive_from_purposes() {
        assert_eq!(derive_name("Payroll. Paying staff\nmonthly"), "Payroll. Paying staff");
        assert_eq!(derive_name(&"x".repeat(200)).chars().count(), 80);
        let long = derive_name(&"word ".repeat(40));
        assert!(long.ends_with("word…") && long.chars().count() <= 80, "{long}");
    }
}
