//! ropa's own files (or sheets) for the entities activities link to: organisations, sites,
//! controllers, sub-processors, security measures, a row each, matched by name.

use super::header::junk;
use super::report::{ImportReport, Issue};
use super::write::{Context, RowFailure};
use super::ImportError;
use crate::csv::fields::Problem;
use crate::csv::presets::header_key;
use crate::csv::read::{ReadError, Record};
use crate::csv::tables::{self, Row, Table, TableColumn};
use crate::csv::write::unneutralise;
use crate::model::{Controller, Measure, Organisation, Site, SubProcessor};
use crate::store::{Entity, Kind, Outcome, Writer};
use crate::text::fold;

enum Written {
    Created,
    Updated,
    Unchanged,
}

/// Imports one of ropa's own entity tables. Returns, for each column, whether it was used.
#[allow(clippy::too_many_arguments)]
pub fn import(
    ctx: &mut Context,
    w: &mut Writer<'_>,
    table: Table,
    sheet: &str,
    headers: &[String],
    typed_cells: bool,
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
                if let Some(why) = junk(&record.cells, headers) {
                    report.warnings.push(Issue::row(sheet, record.row, why.words()));
                    continue;
                }
                report.rows += 1;
                let mut row = Row::default();
                let mut problems = Vec::new();
                for (i, cell) in record.cells.iter().enumerate() {
                    let cell = if typed_cells { cell.as_str() } else { unneutralise(cell) };
                    match at.get(i) {
                        Some(Some(c)) => (columns[*c].set)(&mut row, cell, &mut problems),
                        _ if !cell.trim().is_empty() => report.warnings.push(Issue::cell(
                            sheet,
                            record.row,
                            i,
                            headers.get(i).map(String::as_str).unwrap_or(""),
                            cell,
                            crate::tr_all!("import-not-a-column-of", file = table.name()),
                        )),
                        _ => {}
                    }
                }
                let mut errors = Vec::new();
                for p in problems {
                    match p {
                        Problem::Warning(m) => report.warnings.push(Issue::row(sheet, record.row, m)),
                        Problem::Error(m) => errors.push(Issue::row(sheet, record.row, m)),
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
                    let (snapshot, added) = (ctx.snapshot(), report.added.len());
                    match w.savepoint(|w| write(ctx, w, row, report)) {
                        Ok(Written::Created) => report.created.push(label),
                        Ok(Written::Updated) => report.updated.push(label),
                        Ok(Written::Unchanged) => report.unchanged.push(label),
                        Err(RowFailure::Store(e)) if super::write::is_fatal(&e) => return Err(ImportError::Store(e)),
                        Err(failure) => {
                            ctx.restore(snapshot);
                            report.added.truncate(added);
                            let message = match failure {
                                RowFailure::NoOrganisation => crate::tr_all!("import-no-organisation"),
                                RowFailure::Row(m) => m,
                                RowFailure::Store(e) => crate::i18n::Text::untranslated(e.to_string()),
                            };
                            errors.push(Issue::row(sheet, record.row, message));
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
                        service.site_id = Some(ctx.named(w, Kind::Site, org, site, None, report)?);
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
