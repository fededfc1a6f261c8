//! Writing the register (or a part of it) as ropa's own CSV files.

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::{self, Write};
use std::sync::mpsc::TrySendError;

use super::fields::{cell, Names, ACTIVITY_COLUMNS};
use super::tables::{self, Row, Table, TableColumn};
use super::write::CsvWriter;
use crate::error::Error;
use crate::model::Register;
use crate::model::{Activity, Id};
use crate::progress::Progress;
use crate::store::{ActivityBatch, Entity, Store};

/// Writes one table of `register` to `out`; returns the number of rows written.
pub fn export(
    register: &Register,
    table: Table,
    delimiter: char,
    out: impl Write,
    progress: &mut dyn FnMut(Progress),
) -> io::Result<u64> {
    let mut w = CsvWriter::new(out, delimiter)?;
    let rows = match table {
        Table::Activities => activities(register, &mut w, progress)?,
        _ => {
            let (headers, rows) = table_cells(register, table);
            let total = rows.len() as u64;
            w.write_record(&headers)?;
            let mut done = 0;
            for row in rows {
                w.write_record(&row)?;
                done += 1;
                report(progress, done, total);
            }
            report_end(progress, done, total);
            done
        }
    };
    w.finish()?;
    Ok(rows)
}

/// The headers of one of ropa's files and the cells of its rows, as its CSV file writes them:
/// what the file and a workbook's sheet of that table hold.
pub fn table_cells(register: &Register, table: Table) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let organisation_names: HashMap<Id, &str> =
        register.organisations.iter().map(|o| (o.id, o.name.as_str())).collect();
    // A row names the organisation an entity belongs to (an organisation's own row, none).
    let org = |organisation: Option<Id>| -> String {
        organisation.and_then(|id| organisation_names.get(&id).copied()).unwrap_or("").to_string()
    };
    fn cells<T>(
        columns: &[TableColumn<T>],
        rows: impl Iterator<Item = Row<T>>,
    ) -> (Vec<&'static str>, Vec<Vec<String>>) {
        let rows = rows.map(|row| columns.iter().map(|c| (c.get)(&row)).collect()).collect();
        (columns.iter().map(|c| c.header).collect(), rows)
    }
    fn plain<'a, T: Entity>(
        entities: &'a [T],
        org: &'a dyn Fn(Option<Id>) -> String,
    ) -> impl Iterator<Item = Row<T>> + 'a {
        entities.iter().map(move |e| Row {
            organisation: org(e.organisation_id()),
            entity: e.clone(),
            sites: Vec::new(),
        })
    }
    match table {
        Table::Activities => {
            let rows = ActivityRows::new(register);
            let cells =
                register.activities.iter().map(|a| rows.cells(a).into_iter().map(Cow::into_owned).collect()).collect();
            (ACTIVITY_COLUMNS.iter().map(|c| c.header).collect(), cells)
        }
        Table::Organisations => cells(&tables::organisation_columns(), plain(&register.organisations, &org)),
        Table::Sites => cells(&tables::site_columns(), plain(&register.sites, &org)),
        Table::Controllers => cells(&tables::controller_columns(), plain(&register.controllers, &org)),
        Table::Measures => cells(&tables::measure_columns(), plain(&register.measures, &org)),
        Table::SubProcessors => {
            let site_names: HashMap<Id, &str> = register.sites.iter().map(|s| (s.id, s.name.as_str())).collect();
            let rows = register.subprocessors.iter().map(|s| Row {
                organisation: org(s.organisation_id()),
                entity: s.clone(),
                sites: s
                    .services
                    .iter()
                    .map(|svc| {
                        svc.site_id.and_then(|id| site_names.get(&id)).map(|n| n.to_string()).unwrap_or_default()
                    })
                    .collect(),
            });
            cells(&tables::subprocessor_columns(), rows)
        }
    }
}

fn activities<W: Write>(
    register: &Register,
    w: &mut CsvWriter<W>,
    progress: &mut dyn FnMut(Progress),
) -> io::Result<u64> {
    let rows = ActivityRows::new(register);
    w.write_record(&ACTIVITY_COLUMNS.iter().map(|c| c.header).collect::<Vec<_>>())?;
    let total = register.activities.len() as u64;
    let mut done = 0;
    for a in &register.activities {
        rows.write(w, a)?;
        done += 1;
        report(progress, done, total);
    }
    report_end(progress, done, total);
    Ok(done)
}

/// Writes activities as rows, naming what they link to.
struct ActivityRows {
    organisations: HashMap<Id, String>,
    controllers: HashMap<Id, String>,
    measures: HashMap<Id, String>,
    subprocessors: HashMap<Id, String>,
}

impl ActivityRows {
    /// From the register's small tables (its activities are not needed).
    fn new(register: &Register) -> ActivityRows {
        let map = |pairs: &mut dyn Iterator<Item = (Id, &String)>| pairs.map(|(id, name)| (id, name.clone())).collect();
        ActivityRows {
            organisations: map(&mut register.organisations.iter().map(|o| (o.id, &o.name))),
            controllers: map(&mut register.controllers.iter().map(|c| (c.id, &c.name))),
            measures: map(&mut register.measures.iter().map(|m| (m.id, &m.name))),
            subprocessors: map(&mut register.subprocessors.iter().map(|s| (s.id, &s.name))),
        }
    }

    fn write<W: Write>(&self, w: &mut CsvWriter<W>, a: &Activity) -> io::Result<()> {
        w.write_record(&self.cells(a))
    }

    /// An activity's cells, in ropa's columns.
    fn cells<'a>(&'a self, a: &'a Activity) -> Vec<Cow<'a, str>> {
        fn names<'a>(ids: &[Id], pool: &'a HashMap<Id, String>) -> Vec<&'a str> {
            ids.iter().filter_map(|id| pool.get(id)).map(String::as_str).collect()
        }
        let names = Names {
            organisation: self.organisations.get(&a.organisation_id).map(String::as_str).unwrap_or(""),
            controllers: names(&a.controller_ids, &self.controllers),
            measures: names(&a.measure_ids, &self.measures),
            subprocessors: names(&a.subprocessor_ids, &self.subprocessors),
        };
        ACTIVITY_COLUMNS.iter().map(|c| cell(c.field, a, &names)).collect()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("cannot write the file: {0}")]
    Io(#[from] io::Error),
    #[error(transparent)]
    Store(#[from] Error),
}

/// Writes the activities of a store (of one organisation when given) straight from the file,
/// without holding them all in memory: for the current register, however large. This thread
/// reads batches of activities, another writes them out; decoding a batch goes to the writing
/// thread when it has room for it, else is done here, so that the two share the work.
pub fn export_activities<W: Write + Send>(
    store: &Store,
    organisation: Option<Id>,
    delimiter: char,
    out: W,
    progress: &mut dyn FnMut(Progress),
) -> Result<u64, ExportError> {
    enum Batch {
        Stored(ActivityBatch),
        Decoded(Vec<Activity>),
    }
    let rows = ActivityRows::new(&store.catalogue(organisation)?);
    let total = store.count_activities(organisation)?;
    std::thread::scope(|scope| {
        let (batches, received) = std::sync::mpsc::sync_channel::<Batch>(2);
        let rows = &rows;
        let writer = scope.spawn(move || -> Result<u64, ExportError> {
            let mut w = CsvWriter::new(out, delimiter)?;
            w.write_record(&ACTIVITY_COLUMNS.iter().map(|c| c.header).collect::<Vec<_>>())?;
            let mut written = 0;
            for batch in received {
                let activities = match batch {
                    Batch::Stored(batch) => batch.decode()?,
                    Batch::Decoded(activities) => activities,
                };
                for a in &activities {
                    rows.write(&mut w, a)?;
                    written += 1;
                }
            }
            w.finish()?;
            Ok(written)
        });
        let mut done = 0;
        // The writer stopped (its error is reported below): stop reading.
        let stopped = || Error::NoMatch(crate::i18n::Text::untranslated("the writer stopped"));
        let read = store.activity_batches(organisation, |batch| {
            done += batch.len() as u64;
            match batches.try_send(Batch::Stored(batch)) {
                Ok(()) => {}
                Err(TrySendError::Full(Batch::Stored(batch))) => {
                    batches.send(Batch::Decoded(batch.decode()?)).map_err(|_| stopped())?;
                }
                Err(_) => return Err(stopped()),
            }
            progress(Progress { rows: done, done, total });
            Ok(())
        });
        drop(batches);
        let written = writer.join().unwrap_or_else(|_| Err(io::Error::other("the CSV writer failed").into()))?;
        read?;
        report_end(progress, written, total);
        Ok(written)
    })
}

/// Reports every 256 rows, so that a progress bar moves without slowing the work.
fn report(progress: &mut dyn FnMut(Progress), done: u64, total: u64) {
    if done.is_multiple_of(256) {
        progress(Progress { rows: done, done, total });
    }
}

fn report_end(progress: &mut dyn FnMut(Progress), done: u64, total: u64) {
    progress(Progress { rows: done, done: total, total });
}
