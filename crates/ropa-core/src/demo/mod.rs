//! The example register: both seed Data Processing Agreements (`shared/seeds/`) transcribed as
//! they are, each as its own organisation, including what is out of date in them.
//!
//! The transcriptions (`scalingo.rs`, `coderpad.rs`) are plain data that name the entities they
//! link to; `load` writes them into a store, resolving names to ids. Loading twice adds nothing:
//! an organisation already in the store under the same name is left as it is.

mod coderpad;
mod scalingo;

use std::collections::HashMap;

use crate::error::{Error, Result};
use crate::model::{Activity, Controller, Id, Measure, Organisation, Site, SubProcessor, SubProcessorService};
use crate::store::{Kind, Store, Writer};
use crate::text::fold;

/// One seed document, transcribed.
pub struct Seed {
    pub organisation: Organisation,
    pub controllers: Vec<Controller>,
    pub sites: Vec<Site>,
    pub subprocessors: Vec<SeedSubProcessor>,
    pub measures: Vec<Measure>,
    pub activities: Vec<SeedActivity>,
}

/// A sub-processor whose services name their site (`None`: every site).
pub struct SeedSubProcessor {
    /// Its `services` are left empty here; they come from `services`.
    pub subprocessor: SubProcessor,
    pub services: Vec<(Option<&'static str>, SubProcessorService)>,
}

/// An activity whose links name controllers, sub-processors and measures.
pub struct SeedActivity {
    /// Its `controller_ids`, `subprocessor_ids` and `measure_ids` are left empty here.
    pub activity: Activity,
    pub controllers: Vec<&'static str>,
    pub subprocessors: Vec<&'static str>,
    pub measures: Vec<&'static str>,
}

/// Both seeds, Scalingo first.
pub fn seeds() -> Vec<Seed> {
    vec![scalingo::seed(), coderpad::seed()]
}

/// What `load` did with each seed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub organisation: String,
    /// False when an organisation of that name was already in the store and was left as it is.
    pub created: bool,
}

/// Writes both seeds into the store, in one transaction. A seed whose organisation is already
/// there (by name, ignoring case) is skipped, so that loading twice duplicates nothing.
pub fn load(store: &mut Store) -> Result<Vec<Loaded>> {
    store.write(|w| {
        let existing: Vec<Organisation> = w.all(None)?;
        let mut report = Vec::new();
        for seed in seeds() {
            let name = seed.organisation.name.clone();
            let present = existing.iter().any(|o| fold(&o.name) == fold(&name));
            if !present {
                write_seed(w, seed)?;
            }
            report.push(Loaded { organisation: name, created: !present });
        }
        Ok(report)
    })
}

fn write_seed(w: &mut Writer<'_>, seed: Seed) -> Result<()> {
    let org = w.create(&seed.organisation)?;
    let mut names: HashMap<(Kind, String), Id> = HashMap::new();
    for controller in &seed.controllers {
        // Its notice (the sub-processors it accepted with its agreement) covers what the register
        // is loaded with: the next one starts after the load.
        let id = w.create(&Controller { organisation_id: org, ..controller.clone() })?;
        names.insert((Kind::Controller, controller.name.clone()), id);
    }
    for site in &seed.sites {
        let id = w.create(&Site { organisation_id: org, ..site.clone() })?;
        names.insert((Kind::Site, site.name.clone()), id);
    }
    for measure in &seed.measures {
        let id = w.create(&Measure { organisation_id: org, ..measure.clone() })?;
        names.insert((Kind::Measure, measure.name.clone()), id);
    }
    let resolve = |names: &HashMap<(Kind, String), Id>, kind: Kind, name: &str| {
        names.get(&(kind, name.to_string())).copied().ok_or_else(|| {
            Error::NoMatch(crate::i18n::Text::untranslated(format!(
                "example register: no {} named '{name}' in {}",
                kind.as_str(),
                seed.organisation.name
            )))
        })
    };
    for sp in &seed.subprocessors {
        let mut services = Vec::new();
        for (site, service) in &sp.services {
            let site_id = site.map(|s| resolve(&names, Kind::Site, s)).transpose()?;
            services.push(SubProcessorService { site_id, ..service.clone() });
        }
        let id = w.create(&SubProcessor { organisation_id: org, services, ..sp.subprocessor.clone() })?;
        names.insert((Kind::SubProcessor, sp.subprocessor.name.clone()), id);
    }
    for sa in &seed.activities {
        let ids = |kind: Kind, list: &[&str]| -> Result<Vec<Id>> {
            list.iter().map(|name| resolve(&names, kind, name)).collect()
        };
        w.create(&Activity {
            organisation_id: org,
            controller_ids: ids(Kind::Controller, &sa.controllers)?,
            subprocessor_ids: ids(Kind::SubProcessor, &sa.subprocessors)?,
            measure_ids: ids(Kind::Measure, &sa.measures)?,
            ..sa.activity.clone()
        })?;
    }
    Ok(())
}
