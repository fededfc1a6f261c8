//! Reading a register from a server store: the same entities, from the same rows, as the file
//! store reads (`entity::from_row`: an entry's state is the `after` of the history entry its row
//! points at, with its links and services).

use super::ServerUrl;
use crate::error::{Error, Result};
use crate::model::{Id, Register};
use crate::store::entity::{from_row, Children, Entity, Kind};

/// The whole register, or one organisation's part of it, as the server holds it now.
pub fn register(client: &mut postgres::Client, url: &ServerUrl, organisation: Option<Id>) -> Result<Register> {
    let mut read = Reader { client, server: url.to_string() };
    Ok(Register {
        organisations: read.all(organisation)?,
        controllers: read.all(organisation)?,
        sites: read.all(organisation)?,
        subprocessors: read.all(organisation)?,
        measures: read.all(organisation)?,
        activities: read.all(organisation)?,
    })
}

struct Reader<'a> {
    client: &'a mut postgres::Client,
    server: String,
}

impl Reader<'_> {
    fn failed(&self) -> impl Fn(postgres::Error) -> Error + '_ {
        |e| Error::Server { server: self.server.clone(), detail: e.to_string() }
    }

    fn corrupt(&self, detail: String) -> Error {
        Error::Corrupt { path: self.server.clone().into(), detail }
    }

    fn children(&mut self, kind: Kind) -> Result<Children> {
        let mut children = Children::default();
        match kind {
            Kind::Activity => {
                for (table, column) in Children::link_tables() {
                    let sql = format!("SELECT activity_id, {column} FROM {table} ORDER BY activity_id, position");
                    let rows = self.client.query(&sql, &[]).map_err(self.failed())?;
                    for row in rows {
                        children.add_link(table, row.get(0), row.get(1));
                    }
                }
            }
            Kind::SubProcessor => {
                let rows = self
                    .client
                    .query(
                        "SELECT subprocessor_id, site_id, data FROM subprocessor_services \
                         ORDER BY subprocessor_id, position",
                        &[],
                    )
                    .map_err(self.failed())?;
                for row in rows {
                    let data: String = row.get(2);
                    children
                        .add_service(row.get(0), row.get(1), &data)
                        .map_err(|e| self.corrupt(format!("a sub-processor's service: {e}")))?;
                }
            }
            _ => {}
        }
        Ok(children)
    }

    /// Every entity of a kind, in id order, optionally of one organisation.
    fn all<T: Entity>(&mut self, organisation: Option<Id>) -> Result<Vec<T>> {
        let table = T::KIND.table();
        let owner = if T::KIND == Kind::Organisation { "t.id" } else { "t.organisation_id" };
        let organisation_column = if T::KIND == Kind::Organisation { "NULL::bigint" } else { "t.organisation_id" };
        let sql = format!(
            "SELECT t.id, {organisation_column}, h.after FROM {table} t JOIN history h ON h.seq = t.version \
             WHERE $1::bigint IS NULL OR {owner} = $1 ORDER BY t.id"
        );
        let mut children = self.children(T::KIND)?;
        let rows = self.client.query(&sql, &[&organisation]).map_err(self.failed())?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let (id, org, data): (Id, Option<Id>, Option<String>) = (row.get(0), row.get(1), row.get(2));
            let data = data.ok_or_else(|| self.corrupt(format!("{} {id} has no state", T::KIND.as_str())))?;
            out.push(
                from_row(id, org, &data, &mut children)
                    .map_err(|e| self.corrupt(format!("{} {id}: {e}", T::KIND.as_str())))?,
            );
        }
        Ok(out)
    }
}
