//! How each kind of entity maps onto its table: columns, JSON data, child and link rows.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

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
    ($ty:ty, $kind:expr, org: $org:expr) => {
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
        }
    };
}

entity!(Organisation, Kind::Organisation, org: |_| None);
entity!(Controller, Kind::Controller, org: |c| Some(c.organisation_id));
entity!(Site, Kind::Site, org: |s| Some(s.organisation_id));
entity!(SubProcessor, Kind::SubProcessor, org: |s| Some(s.organisation_id));
entity!(Measure, Kind::Measure, org: |m| Some(m.organisation_id));
entity!(Activity, Kind::Activity, org: |a| Some(a.organisation_id));

/// Keys of the JSON that live in columns or rows of their own, not in `data`.
fn row_keys(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Activity => &["id", "organisation_id", "controller_ids", "subprocessor_ids", "measure_ids"],
        Kind::SubProcessor => &["id", "organisation_id", "services"],
        Kind::Organisation => &["id"],
        Kind::Controller | Kind::Site | Kind::Measure => &["id", "organisation_id"],
    }
}

/// The `data` column of an entity: its JSON without what is kept elsewhere.
pub(super) fn data_of<T: Entity>(entity: &T) -> serde_json::Result<String> {
    let mut value = serde_json::to_value(entity)?;
    if let Value::Object(map) = &mut value {
        for key in row_keys(T::KIND) {
            map.remove(*key);
        }
    }
    serde_json::to_string(&value)
}

/// Rebuilds an entity from its row, then adds its children from `children`.
pub(super) fn from_row<T: Entity>(
    id: Id,
    organisation_id: Option<Id>,
    data: &str,
    children: &Children,
) -> serde_json::Result<T> {
    let mut value: Value = serde_json::from_str(data)?;
    if let Value::Object(map) = &mut value {
        map.insert("id".into(), id.into());
        if let Some(org) = organisation_id {
            map.insert("organisation_id".into(), org.into());
        }
        children.insert_into(T::KIND, id, map)?;
    }
    serde_json::from_value(value)
}

/// The link and child rows of many entities at once, read in a few queries.
#[derive(Default)]
pub(super) struct Children {
    links: HashMap<(&'static str, Id), Vec<Id>>,
    services: HashMap<Id, Vec<Value>>,
}

const LINKS: [(&str, &str, &str); 3] = [
    ("controller_ids", "activity_controllers", "controller_id"),
    ("subprocessor_ids", "activity_subprocessors", "subprocessor_id"),
    ("measure_ids", "activity_measures", "measure_id"),
];

impl Children {
    /// Children of every entity of `kind`, or of one when `only` is given.
    pub(super) fn load(conn: &Connection, kind: Kind, only: Option<Id>) -> rusqlite::Result<Children> {
        let mut children = Children::default();
        match kind {
            Kind::Activity => {
                for (key, table, column) in LINKS {
                    let sql = format!(
                        "SELECT activity_id, {column} FROM {table} WHERE ?1 IS NULL OR activity_id = ?1 \
                         ORDER BY activity_id, position"
                    );
                    let mut stmt = conn.prepare_cached(&sql)?;
                    let rows = stmt.query_map([only], |row| Ok((row.get::<_, Id>(0)?, row.get::<_, Id>(1)?)))?;
                    for row in rows {
                        let (owner, target) = row?;
                        children.links.entry((key, owner)).or_default().push(target);
                    }
                }
            }
            Kind::SubProcessor => {
                let mut stmt = conn.prepare_cached(
                    "SELECT subprocessor_id, site_id, data FROM subprocessor_services \
                     WHERE ?1 IS NULL OR subprocessor_id = ?1 ORDER BY subprocessor_id, position",
                )?;
                let rows = stmt.query_map([only], |row| {
                    Ok((row.get::<_, Id>(0)?, row.get::<_, Option<Id>>(1)?, row.get::<_, String>(2)?))
                })?;
                for row in rows {
                    let (owner, site, data) = row?;
                    let mut value: Value = serde_json::from_str(&data).map_err(|e| {
                        rusqlite::Error::FromSqlConversionFailure(2, rusqlite::types::Type::Text, Box::new(e))
                    })?;
                    if let Value::Object(map) = &mut value {
                        map.insert("site_id".into(), site.into());
                    }
                    children.services.entry(owner).or_default().push(value);
                }
            }
            _ => {}
        }
        Ok(children)
    }

    fn insert_into(&self, kind: Kind, id: Id, map: &mut serde_json::Map<String, Value>) -> serde_json::Result<()> {
        match kind {
            Kind::Activity => {
                for (key, _, _) in LINKS {
                    let ids = self.links.get(&(key, id)).cloned().unwrap_or_default();
                    map.insert(key.into(), serde_json::to_value(ids)?);
                }
            }
            Kind::SubProcessor => {
                let services = self.services.get(&id).cloned().unwrap_or_default();
                map.insert("services".into(), Value::Array(services));
            }
            _ => {}
        }
        Ok(())
    }
}

/// Rewrites the link and child rows of one entity.
pub(super) fn write_children<T: Entity>(conn: &Connection, entity: &T) -> rusqlite::Result<()> {
    let value = serde_json::to_value(entity).map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
    let id = entity.id();
    match T::KIND {
        Kind::Activity => {
            for (key, table, column) in LINKS {
                conn.execute(&format!("DELETE FROM {table} WHERE activity_id = ?1"), [id])?;
                let ids: Vec<Id> = serde_json::from_value(value[key].clone()).unwrap_or_default();
                let mut stmt = conn.prepare_cached(&format!(
                    "INSERT INTO {table} (activity_id, {column}, position) VALUES (?1, ?2, ?3)"
                ))?;
                for (position, target) in ids.iter().enumerate() {
                    stmt.execute(params![id, target, position as i64])?;
                }
            }
        }
        Kind::SubProcessor => {
            conn.execute("DELETE FROM subprocessor_services WHERE subprocessor_id = ?1", [id])?;
            let services: Vec<SubProcessorService> =
                serde_json::from_value(value["services"].clone()).unwrap_or_default();
            let mut stmt = conn.prepare_cached(
                "INSERT INTO subprocessor_services (subprocessor_id, position, site_id, data) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for (position, service) in services.iter().enumerate() {
                let mut data =
                    serde_json::to_value(service).map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
                if let Value::Object(map) = &mut data {
                    map.remove("site_id");
                }
                stmt.execute(params![id, position as i64, service.site_id, data.to_string()])?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// One entity by id, with its children.
pub(super) fn load_one<T: Entity>(conn: &Connection, id: Id) -> rusqlite::Result<Option<T>> {
    let table = T::KIND.table();
    let sql = if T::KIND == Kind::Organisation {
        format!("SELECT id, NULL, data FROM {table} WHERE id = ?1")
    } else {
        format!("SELECT id, organisation_id, data FROM {table} WHERE id = ?1")
    };
    let row = conn
        .prepare_cached(&sql)?
        .query_row([id], |row| Ok((row.get::<_, Id>(0)?, row.get::<_, Option<Id>>(1)?, row.get::<_, String>(2)?)))
        .optional()?;
    let Some((id, org, data)) = row else {
        return Ok(None);
    };
    let children = Children::load(conn, T::KIND, Some(id))?;
    from_row(id, org, &data, &children).map(Some).map_err(json_error)
}

/// Every entity of a kind, in id order, optionally of one organisation.
pub(super) fn load_all<T: Entity>(conn: &Connection, organisation: Option<Id>) -> rusqlite::Result<Vec<T>> {
    let table = T::KIND.table();
    let sql = if T::KIND == Kind::Organisation {
        format!("SELECT id, NULL, data FROM {table} WHERE ?1 IS NULL OR id = ?1 ORDER BY id")
    } else {
        format!("SELECT id, organisation_id, data FROM {table} WHERE ?1 IS NULL OR organisation_id = ?1 ORDER BY id")
    };
    let children = Children::load(conn, T::KIND, None)?;
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([organisation], |row| {
        Ok((row.get::<_, Id>(0)?, row.get::<_, Option<Id>>(1)?, row.get::<_, String>(2)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, org, data) = row?;
        out.push(from_row(id, org, &data, &children).map_err(json_error)?);
    }
    Ok(out)
}

pub(super) fn json_error(e: serde_json::Error) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
}
