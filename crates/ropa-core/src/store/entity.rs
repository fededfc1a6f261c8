//! How each kind of entity maps onto its table: columns, the version in history that holds its
//! state as JSON, child and link rows.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension};

use super::db::{p, Db, DbError, DbResult, P};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::date::{Date, Timestamp};
use crate::error::FieldError;
use crate::model::{Activity, Controller, Id, Measure, Organisation, Site, SubProcessor, SubProcessorService};

/// The kinds of entity the store keeps, as history names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Organisation,
    Controller,
    Site,
    SubProcessor,
    Measure,
    Activity,
}

impl Kind {
    /// The order in which entries refer to one another: an entry refers only to entries of a
    /// lower rank (a sub-processor to the sites it serves, an activity to everything).
    pub fn rank(self) -> u8 {
        match self {
            Kind::Organisation => 0,
            Kind::Controller | Kind::Measure | Kind::Site => 1,
            Kind::SubProcessor => 2,
            Kind::Activity => 3,
        }
    }

    /// The kind in words, singular and plural ("sub-processor", "sub-processors").
    pub fn words(self) -> (&'static str, &'static str) {
        match self {
            Kind::Organisation => ("organisation", "organisations"),
            Kind::Controller => ("controller", "controllers"),
            Kind::Site => ("site", "sites"),
            Kind::SubProcessor => ("sub-processor", "sub-processors"),
            Kind::Measure => ("security measure", "security measures"),
            Kind::Activity => ("activity", "activities"),
        }
    }

    /// The kind as `lang` names it ("activity", "sous-traitant"): `kind_…` in shared.ftl.
    pub fn word(self, lang: crate::vocab::Lang) -> String {
        crate::i18n::text(lang, &format!("kind_{}", self.as_str()))
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Organisation => "organisation",
            Kind::Controller => "controller",
            Kind::Site => "site",
            Kind::SubProcessor => "sub_processor",
            Kind::Measure => "measure",
            Kind::Activity => "activity",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub const ALL: [Kind; 6] =
        [Kind::Organisation, Kind::Controller, Kind::Site, Kind::SubProcessor, Kind::Measure, Kind::Activity];

    pub(super) fn table(self) -> &'static str {
        match self {
            Kind::Organisation => "organisations",
            Kind::Controller => "controllers",
            Kind::Site => "sites",
            Kind::SubProcessor => "subprocessors",
            Kind::Measure => "measures",
            Kind::Activity => "activities",
        }
    }
}

/// An entity the store keeps. Implemented for the model's top-level structs only.
pub trait Entity: Serialize + DeserializeOwned + Clone + PartialEq + sealed::Sealed {
    const KIND: Kind;
    fn id(&self) -> Id;
    /// `None` for an organisation itself.
    fn organisation_id(&self) -> Option<Id>;
    fn name(&self) -> &str;
    #[doc(hidden)]
    fn with_id(self, id: Id) -> Self;
    /// The same entity in the given organisation (an organisation itself is left as it is).
    #[doc(hidden)]
    fn with_organisation(self, organisation: Id) -> Self;
    /// The rows it owns in other tables: links and sub-processor services.
    #[doc(hidden)]
    fn children(&self) -> ChildRows<'_> {
        ChildRows::None
    }
    /// The record dates the store keeps, for entities that have them.
    #[doc(hidden)]
    fn dates_mut(&mut self) -> Option<(&mut Option<Date>, &mut Option<Date>)> {
        None
    }
    /// Validation beyond what every entity gets.
    #[doc(hidden)]
    fn own_errors(&self) -> Vec<FieldError> {
        Vec::new()
    }
    /// Takes the columns and child rows the store keeps outside the entity's JSON.
    #[doc(hidden)]
    fn adopt(&mut self, id: Id, organisation_id: Option<Id>, children: &mut Children);
}

/// What an entity keeps outside its row.
pub enum ChildRows<'a> {
    None,
    Activity { controllers: &'a [Id], subprocessors: &'a [Id], measures: &'a [Id] },
    SubProcessor { services: &'a [SubProcessorService] },
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for crate::model::Organisation {}
    impl Sealed for crate::model::Controller {}
    impl Sealed for crate::model::Site {}
    impl Sealed for crate::model::SubProcessor {}
    impl Sealed for crate::model::Measure {}
    impl Sealed for crate::model::Activity {}
}

macro_rules! entity {
    ($ty:ty, $kind:expr, org: $org:expr, set_org: $set_org:expr, adopt: $adopt:expr $(, $($extra:tt)*)?) => {
        impl Entity for $ty {
            const KIND: Kind = $kind;
            fn id(&self) -> Id {
                self.id
            }
            fn organisation_id(&self) -> Option<Id> {
                let org: fn(&Self) -> Option<Id> = $org;
                org(self)
            }
            fn name(&self) -> &str {
                &self.name
            }
            fn with_id(mut self, id: Id) -> Self {
                self.id = id;
                self
            }
            fn with_organisation(mut self, organisation: Id) -> Self {
                let set: fn(&mut Self, Id) = $set_org;
                set(&mut self, organisation);
                self
            }
            fn adopt(&mut self, id: Id, organisation_id: Option<Id>, children: &mut Children) {
                let adopt: fn(&mut Self, &mut Children) = $adopt;
                self.id = id;
                if let Some(organisation) = organisation_id {
                    let set: fn(&mut Self, Id) = $set_org;
                    set(self, organisation);
                }
                adopt(self, children);
            }
            $($($extra)*)?
        }
    };
}

entity!(Organisation, Kind::Organisation, org: |_| None, set_org: |_, _| {}, adopt: |_, _| {});
entity!(Controller, Kind::Controller, org: |c| Some(c.organisation_id), set_org: |c, org| c.organisation_id = org,
    adopt: |_, _| {});
entity!(Site, Kind::Site, org: |s| Some(s.organisation_id), set_org: |s, org| s.organisation_id = org, adopt: |_, _| {});
entity!(SubProcessor, Kind::SubProcessor, org: |s| Some(s.organisation_id), set_org: |s, org| s.organisation_id = org,
    adopt: |s, children| s.services = children.services.remove(&s.id).unwrap_or_default(),
    fn children(&self) -> ChildRows<'_> {
        ChildRows::SubProcessor { services: &self.services }
    }
);
entity!(Measure, Kind::Measure, org: |m| Some(m.organisation_id), set_org: |m, org| m.organisation_id = org,
    adopt: |_, _| {});
entity!(Activity, Kind::Activity, org: |a| Some(a.organisation_id), set_org: |a, org| a.organisation_id = org,
    adopt: |a, children| {
        let mut take = |key| children.links.remove(&(key, a.id)).unwrap_or_default();
        a.controller_ids = take("controller_ids");
        a.subprocessor_ids = take("subprocessor_ids");
        a.measure_ids = take("measure_ids");
    },
    fn children(&self) -> ChildRows<'_> {
        ChildRows::Activity {
            controllers: &self.controller_ids,
            subprocessors: &self.subprocessor_ids,
            measures: &self.measure_ids,
        }
    }
    fn dates_mut(&mut self) -> Option<(&mut Option<Date>, &mut Option<Date>)> {
        Some((&mut self.created_on, &mut self.updated_on))
    }
    fn own_errors(&self) -> Vec<FieldError> {
        crate::validate::activity(self)
    }
);

/// Rebuilds an entity from its row, then adds its children from `children`.
pub(super) fn from_row<T: Entity>(
    id: Id,
    organisation_id: Option<Id>,
    data: &str,
    children: &mut Children,
) -> serde_json::Result<T> {
    let mut entity: T = serde_json::from_str(data)?;
    entity.adopt(id, organisation_id, children);
    Ok(entity)
}

/// The link and child rows of many entities at once, read in a few queries.
#[derive(Default)]
pub struct Children {
    links: HashMap<(&'static str, Id), Vec<Id>>,
    services: HashMap<Id, Vec<SubProcessorService>>,
}

const LINKS: [(&str, &str, &str); 3] = [
    ("controller_ids", "activity_controllers", "controller_id"),
    ("subprocessor_ids", "activity_subprocessors", "subprocessor_id"),
    ("measure_ids", "activity_measures", "measure_id"),
];

impl Children {
    /// Children of every entity of `kind`, or of one when `only` is given.
    pub(super) fn load(db: Db<'_>, kind: Kind, only: Option<Id>) -> DbResult<Children> {
        let mut children = Children::default();
        // Two statements, not `?1 IS NULL OR ...`, so that one entity's children use the index.
        let (filter, params): (&str, &[P<'_>]) = match only {
            Some(id) => ("WHERE {owner} = ?1", p![id]),
            None => ("", &[]),
        };
        match kind {
            Kind::Activity => {
                for (key, table, column) in LINKS {
                    let filter = filter.replace("{owner}", "activity_id");
                    let sql =
                        format!("SELECT activity_id, {column} FROM {table} {filter} ORDER BY activity_id, position");
                    db.each(&sql, params, &mut |row| {
                        children.links.entry((key, row.int(0)?)).or_default().push(row.int(1)?);
                        Ok(())
                    })?;
                }
            }
            Kind::SubProcessor => {
                let filter = filter.replace("{owner}", "subprocessor_id");
                let sql = format!(
                    "SELECT subprocessor_id, site_id, data FROM subprocessor_services {filter} \
                     ORDER BY subprocessor_id, position"
                );
                db.each(&sql, params, &mut |row| {
                    let mut service: SubProcessorService = serde_json::from_str(&row.text(2)?)?;
                    service.site_id = row.opt_int(1)?;
                    children.services.entry(row.int(0)?).or_default().push(service);
                    Ok(())
                })?;
            }
            _ => {}
        }
        Ok(children)
    }
}

/// Rewrites the link and child rows of one entity.
pub(super) fn write_children<T: Entity>(db: Db<'_>, entity: &T, replace: bool) -> DbResult<()> {
    let id = entity.id();
    match entity.children() {
        ChildRows::Activity { controllers, subprocessors, measures } => {
            for ((_, table, column), ids) in LINKS.iter().zip([controllers, subprocessors, measures]) {
                if replace {
                    db.execute(&format!("DELETE FROM {table} WHERE activity_id = ?1"), p![id])?;
                }
                let sql = format!("INSERT INTO {table} (activity_id, {column}, position) VALUES (?1, ?2, ?3)");
                for (position, target) in ids.iter().enumerate() {
                    db.insert(&sql, p![id, *target, position as i64])?;
                }
            }
        }
        ChildRows::SubProcessor { services } => {
            if replace {
                db.execute("DELETE FROM subprocessor_services WHERE subprocessor_id = ?1", p![id])?;
            }
            for (position, service) in services.iter().enumerate() {
                let mut data = serde_json::to_value(service)?;
                if let Value::Object(map) = &mut data {
                    map.remove("site_id");
                }
                let data = data.to_string();
                db.insert(
                    "INSERT INTO subprocessor_services (subprocessor_id, position, site_id, data) VALUES (?1, ?2, ?3, ?4)",
                    p![id, position as i64, service.site_id, data.as_str()],
                )?;
            }
        }
        ChildRows::None => {}
    }
    Ok(())
}

/// The columns an entity is read from: id, organisation (null for an organisation), state.
fn columns(kind: Kind) -> String {
    let table = kind.table();
    let owner = if kind == Kind::Organisation { "CAST(NULL AS BIGINT)" } else { "t.organisation_id" };
    format!("SELECT t.id, {owner}, h.after FROM {table} t JOIN history h ON h.seq = t.version")
}

/// One entity by id, with its children.
pub(super) fn load_one<T: Entity>(db: Db<'_>, id: Id) -> DbResult<Option<T>> {
    let sql = format!("{} WHERE t.id = ?1", columns(T::KIND));
    let row = db.opt(&sql, p![id], |row| Ok((row.int(0)?, row.opt_int(1)?, row.text(2)?)))?;
    let Some((id, org, data)) = row else {
        return Ok(None);
    };
    let mut children = Children::load(db, T::KIND, Some(id))?;
    Ok(Some(from_row(id, org, &data, &mut children)?))
}

/// Every entity of a kind, in id order, optionally of one organisation.
pub(super) fn load_all<T: Entity>(db: Db<'_>, organisation: Option<Id>) -> DbResult<Vec<T>> {
    let owner = if T::KIND == Kind::Organisation { "t.id" } else { "t.organisation_id" };
    let (filter, params): (String, &[P<'_>]) = match &organisation {
        Some(org) => (format!("WHERE {owner} = ?1"), p![*org]),
        None => (String::new(), &[]),
    };
    let sql = format!("{} {filter} ORDER BY t.id", columns(T::KIND));
    let mut children = Children::load(db, T::KIND, None)?;
    db.rows(&sql, params, |row| Ok(from_row(row.int(0)?, row.opt_int(1)?, &row.text(2)?, &mut children)?))
}

/// Activities as stored, a batch of them with their links, not yet decoded.
pub(super) struct RawActivities {
    rows: Vec<(Id, Id, String)>,
    children: Children,
}

impl RawActivities {
    pub(super) fn len(&self) -> usize {
        self.rows.len()
    }

    pub(super) fn decode(mut self) -> serde_json::Result<Vec<Activity>> {
        let children = &mut self.children;
        self.rows.into_iter().map(|(id, org, state)| from_row(id, Some(org), &state, children)).collect()
    }
}

/// Activities in id order, `batch` at a time, each batch with its links: what a large export
/// reads, so that memory stays flat however large the register.
pub(super) fn each_activity(
    db: Db<'_>,
    organisation: Option<Id>,
    batch: usize,
    f: &mut dyn FnMut(RawActivities) -> DbResult<()>,
) -> DbResult<()> {
    let mut after: Id = 0;
    let sql = match organisation {
        Some(_) => {
            "SELECT a.id, a.organisation_id, h.after FROM activities a JOIN history h ON h.seq = a.version \
             WHERE a.id > ?1 AND a.organisation_id = ?3 ORDER BY a.id LIMIT ?2"
        }
        None => {
            "SELECT a.id, a.organisation_id, h.after FROM activities a JOIN history h ON h.seq = a.version \
             WHERE a.id > ?1 ORDER BY a.id LIMIT ?2"
        }
    };
    loop {
        let rows: Vec<(Id, Id, String)> = match organisation {
            Some(org) => db.rows(sql, p![after, batch as i64, org], |r| Ok((r.int(0)?, r.int(1)?, r.text(2)?)))?,
            None => db.rows(sql, p![after, batch as i64], |r| Ok((r.int(0)?, r.int(1)?, r.text(2)?)))?,
        };
        let (Some(first), Some(last)) = (rows.first().map(|r| r.0), rows.last().map(|r| r.0)) else {
            return Ok(());
        };
        let mut children = Children::default();
        for (key, table, column) in LINKS {
            // In key order, then sorted here by position: cheaper than SQLite's sorter.
            let sql =
                format!("SELECT activity_id, position, {column} FROM {table} WHERE activity_id BETWEEN ?1 AND ?2");
            let mut links = db.rows(&sql, p![first, last], |r| Ok((r.int(0)?, r.int(1)?, r.int(2)?)))?;
            links.sort_unstable();
            for (owner, _, target) in links {
                children.links.entry((key, owner)).or_default().push(target);
            }
        }
        f(RawActivities { rows, children })?;
        after = last;
    }
}

/// Schema 3's step: gives every entity a `version`, the history entry holding its state as its
/// row (the JSON `data` column, about to go) and its links give it; adds that entry where the
/// latest one does not hold this state.
pub(super) fn state_into_history(conn: &Connection, now: Timestamp, user: &str) -> rusqlite::Result<()> {
    state_of::<Organisation>(conn, now, user)?;
    state_of::<Controller>(conn, now, user)?;
    state_of::<Site>(conn, now, user)?;
    state_of::<SubProcessor>(conn, now, user)?;
    state_of::<Measure>(conn, now, user)?;
    state_of::<Activity>(conn, now, user)
}

fn state_of<T: Entity>(conn: &Connection, now: Timestamp, user: &str) -> rusqlite::Result<()> {
    let table = T::KIND.table();
    let owner = if T::KIND == Kind::Organisation { "NULL" } else { "organisation_id" };
    let rows: Vec<(Id, Option<Id>, String)> = conn
        .prepare(&format!("SELECT id, {owner}, data FROM {table} ORDER BY id"))?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut children = Children::load(Db::File(conn), T::KIND, None).map_err(into_sqlite)?;
    for (id, org, data) in rows {
        let entity: T = from_row(id, org, &data, &mut children).map_err(json_error)?;
        let latest: Option<(i64, Option<String>)> = conn
            .query_row(
                "SELECT seq, after FROM history WHERE entity = ?1 AND entity_id = ?2 ORDER BY seq DESC LIMIT 1",
                params![T::KIND.as_str(), id],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        let holds_state = |after: &str| {
            serde_json::from_str::<T>(after).is_ok_and(|state| {
                let state = state.with_id(id);
                let state = match org {
                    Some(org) => state.with_organisation(org),
                    None => state,
                };
                state == entity
            })
        };
        let version = match &latest {
            Some((seq, Some(after))) if holds_state(after) => *seq,
            _ => {
                let action = if latest.is_some() { "update" } else { "create" };
                let after = super::compact::to_string(&entity).map_err(json_error)?;
                conn.execute(
                    "INSERT INTO history (at, \"user\", entity, entity_id, organisation_id, action, label, before, after) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                    params![
                        now.to_string(),
                        user,
                        T::KIND.as_str(),
                        id,
                        org.unwrap_or(id),
                        action,
                        entity.name(),
                        latest.and_then(|(_, after)| after),
                        after
                    ],
                )?;
                conn.last_insert_rowid()
            }
        };
        conn.execute(&format!("UPDATE {table} SET version = ?1 WHERE id = ?2"), params![version, id])?;
    }
    Ok(())
}

pub(super) fn json_error(e: serde_json::Error) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
}

/// A failure of the file's migration, which runs on SQLite only.
fn into_sqlite(e: DbError) -> rusqlite::Error {
    match e {
        DbError::File(e) => e,
        DbError::Json(e) => json_error(e),
        DbError::Server(e) => rusqlite::Error::InvalidParameterName(e.to_string()),
    }
}
