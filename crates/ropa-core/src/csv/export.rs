//! Writing the register (or a part of it) as ropa's own CSV files.

use std::collections::HashMap;
use std::io::{self, Write};

use super::fields::{cell, Names, ACTIVITY_COLUMNS};
use super::tables::{self, Row, Table, TableColumn};
use super::write::CsvWriter;
use super::Progress;
use crate::model::Id;
use crate::store::Register;

/// Writes one table of `register` to `out`; returns the number of rows written.
pub fn export(
    register: &Register,
    table: Table,
    delimiter: char,
    out: impl Write,
    progress: &mut dyn FnMut(Progress),
) -> io::Result<u64> {
    let mut w = CsvWriter::new(out, delimiter)?;
    let organisation_names: HashMap<Id, &str> =
        register.organisations.iter().map(|o| (o.id, o.name.as_str())).collect();
    let org_name = |id: Id| organisation_names.get(&id).copied().unwrap_or("").to_string();
    let rows = match table {
        Table::Activities => activities(register, &mut w, progress)?,
        Table::Organisations => entities(
            &mut w,
            &tables::organisation_columns(),
            register.organisations.iter().map(|o| Row {
                organisation: String::new(),
                entity: o.clone(),
                sites: Vec::new(),
            }),
            progress,
        )?,
        Table::Sites => entities(
            &mut w,
            &tables::site_columns(),
            register.sites.iter().map(|s| Row {
                organisation: org_name(s.organisation_id),
                entity: s.clone(),
                sites: Vec::new(),
            }),
            progress,
        )?,
        Table::Controllers => entities(
            &mut w,
            &tables::controller_columns(),
            register.controllers.iter().map(|c| Row {
                organisation: org_name(c.organisation_id),
                entity: c.clone(),
                sites: Vec::new(),
            }),
            progress,
        )?,
        Table::SubProcessors => {
            let site_names: HashMap<Id, &str> = register.sites.iter().map(|s| (s.id, s.name.as_str())).collect();
            entities(
                &mut w,
                &tables::subprocessor_columns(),
                register.subprocessors.iter().map(|s| Row {
                    organisation: org_name(s.organisation_id),
                    entity: s.clone(),
                    sites: s
                        .services
                        .iter()
                        .map(|svc| {
                            svc.site_id.and_then(|id| site_names.get(&id)).map(|n| n.to_string()).unwrap_or_default()
                        })
                        .collect(),
                }),
                progress,
            )?
        }
        Table::Measures => entities(
            &mut w,
            &tables::measure_columns(),
            register.measures.iter().map(|m| Row {
                organisation: org_name(m.organisation_id),
                entity: m.clone(),
                sites: Vec::new(),
            }),
            progress,
        )?,
    };
    w.finish()?;
    Ok(rows)
}

fn entities<T, W: Write>(
    w: &mut CsvWriter<W>,
    columns: &[TableColumn<T>],
    rows: impl ExactSizeIterator<Item = Row<T>>,
    progress: &mut dyn FnMut(Progress),
) -> io::Result<u64> {
    let total = rows.len() as u64;
    w.write_record(&columns.iter().map(|c| c.header).collect::<Vec<_>>())?;
    let mut done = 0;
    for row in rows {
        w.write_record(&columns.iter().map(|c| (c.get)(&row)).collect::<Vec<_>>())?;
        done += 1;
        report(progress, done, total);
    }
    report_end(progress, done, total);
    Ok(done)
}

fn activities<W: Write>(
    register: &Register,
    w: &mut CsvWriter<W>,
    progress: &mut dyn FnMut(Progress),
) -> io::Result<u64> {
    let organisations: HashMap<Id, &str> = register.organisations.iter().map(|o| (o.id, o.name.as_str())).collect();
    let controllers: HashMap<Id, &str> = register.controllers.iter().map(|c| (c.id, c.name.as_str())).collect();
    let measures: HashMap<Id, &str> = register.measures.iter().map(|m| (m.id, m.name.as_str())).collect();
    let subprocessors: HashMap<Id, &str> = register.subprocessors.iter().map(|s| (s.id, s.name.as_str())).collect();
    let names = |ids: &[Id], pool: &HashMap<Id, &'_ str>| -> Vec<String> {
        ids.iter().filter_map(|id| pool.get(id)).map(|s| s.to_string()).collect()
    };
    w.write_record(&ACTIVITY_COLUMNS.iter().map(|c| c.header).collect::<Vec<_>>())?;
    let total = register.activities.len() as u64;
    let mut done = 0;
    let mut cells: Vec<String> = Vec::with_capacity(ACTIVITY_COLUMNS.len());
    for a in &register.activities {
        let controller_names = names(&a.controller_ids, &controllers);
        let measure_names = names(&a.measure_ids, &measures);
        let subprocessor_names = names(&a.subprocessor_ids, &subprocessors);
        let names = Names {
            organisation: organisations.get(&a.organisation_id).copied().unwrap_or(""),
            controllers: controller_names.iter().map(String::as_str).collect(),
            measures: measure_names.iter().map(String::as_str).collect(),
            subprocessors: subprocessor_names.iter().map(String::as_str).collect(),
        };
        cells.clear();
        cells.extend(ACTIVITY_COLUMNS.iter().map(|c| cell(c.field, a, &names)));
        w.write_record(&cells)?;
        done += 1;
        report(progress, done, total);
    }
    report_end(progress, done, total);
    Ok(done)
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
