//! Writing what was read into the store: the organisation of each row, the entities rows name
//! (created when missing), each activity created, merged with the other rows of the same
//! activity, or matched with one already in the register and updated, kept or imported anew as
//! the user chose, history included.

use std::collections::HashMap;

use super::contacts::ContactRole;
use super::merge::{self, Fields};
use super::report::{ChangedField, ImportReport, Issue, Named, PreviewRow, RowOutcome, PREVIEW_ROWS};
use super::rows::ParsedRow;
use super::{Existing, ImportOptions};
use crate::csv::fields::{cell_in, Draft, Field, Names};
use crate::error::Error;
use crate::i18n::Text;
use crate::model::{
    Activity, Contact, Controller, Id, Measure, MeasureCategory, Organisation, Role, Site, SubProcessor,
};
use crate::store::{Entity, Kind, Outcome, Writer};
use crate::text::fold;
use crate::tr;
use crate::vocab::Lang;

/// Where another row is, as `lang` says it: "row 12", or "sheet "Fiches", row 12" when it is on
/// another sheet than `here`.
fn place(lang: Lang, sheet: &str, row: usize, here: &str) -> String {
    let row = tr!(lang, "issue-row", row = row.to_string());
    if sheet.is_empty() || sheet == here {
        row
    } else {
        format!("{}, {row}", tr!(lang, "issue-sheet", sheet = sheet))
    }
}

/// An activity this import has written, to merge the file's other rows of it.
#[derive(Debug, Clone)]
struct WrittenRow {
    id: Id,
    sheet: String,
    row: usize,
    /// The fields the file's rows gave so far.
    given: Fields,
    /// The user chose to keep the register's activity as it is.
    kept: bool,
}

/// Names known in the store, kept up to date as the import adds entities.
pub struct Context {
    file: String,
    /// A failure of the store itself (the disk full, an I/O error, the store locked or damaged):
    /// not a row's fault, it ends the import, and nothing is written.
    pub fatal: Option<Error>,
    /// The organisation given with --org, resolved or to be created.
    pub given_organisation: Option<String>,
    pub organisations: HashMap<String, Id>,
    /// (kind, organisation, folded name) → id.
    pub names: HashMap<(Kind, Id, String), Id>,
    /// Activities by (organisation, folded name) → id, by (organisation, folded reference) →
    /// ids, and their organisations by id.
    activities: HashMap<(Id, String), Id>,
    references: HashMap<(Id, String), Vec<Id>>,
    /// The references of the activities this import created: a second one is said.
    created_references: HashMap<(Id, String), (String, String, usize)>,
    activity_orgs: HashMap<Id, Id>,
    /// Activities this import has written, by (organisation, folded name).
    written: HashMap<(Id, String), WrittenRow>,
    skip_invalid: bool,
    existing: Existing,
    choices: HashMap<Id, Existing>,
    lang: Lang,
    /// Organisations this import created, with the roles their rows' activities take
    /// (controller, processor): they act in those roles.
    created_roles: HashMap<Id, (bool, bool)>,
}

pub enum Written {
    Created,
    Updated,
    Unchanged,
    Merged,
    Kept,
}

impl Written {
    fn outcome(&self) -> RowOutcome {
        match self {
            Written::Created => RowOutcome::Created,
            Written::Updated => RowOutcome::Updated,
            Written::Unchanged => RowOutcome::Unchanged,
            Written::Merged => RowOutcome::Merged,
            Written::Kept => RowOutcome::Kept,
        }
    }
}

pub enum RowFailure {
    NoOrganisation,
    Row(Text),
    Store(Error),
}

impl From<Error> for RowFailure {
    fn from(e: Error) -> RowFailure {
        RowFailure::Store(e)
    }
}

/// What the context knew before a row was written.
pub struct Snapshot {
    names: HashMap<(Kind, Id, String), Id>,
    organisations: HashMap<String, Id>,
    created: HashMap<Id, (bool, bool)>,
}

/// What writing a row did.
struct Done {
    written: Written,
    name: String,
    existing: Option<Id>,
    changes: Vec<ChangedField>,
}

impl Context {
    pub fn new(w: &mut Writer<'_>, options: &ImportOptions, file: &str) -> Result<Context, super::ImportError> {
        let organisations: Vec<Organisation> = w.all(None)?;
        let mut ctx = Context {
            file: file.to_string(),
            given_organisation: None,
            organisations: organisations.iter().map(|o| (fold(&o.name), o.id)).collect(),
            names: HashMap::new(),
            activities: HashMap::new(),
            references: HashMap::new(),
            created_references: HashMap::new(),
            activity_orgs: HashMap::new(),
            written: HashMap::new(),
            skip_invalid: options.skip_invalid,
            fatal: None,
            existing: options.existing,
            choices: options.choices.iter().copied().collect(),
            lang: options.lang,
            created_roles: HashMap::new(),
        };
        if let Some(query) = &options.organisation {
            match crate::find_unique("organisation", query, &organisations, |o| &o.name) {
                Ok(o) => ctx.given_organisation = Some(o.name.clone()),
                Err(Error::Ambiguous(message)) => {
                    return Err(super::ImportError::Options { file: file.to_string(), message })
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
            if !a.reference.trim().is_empty() {
                ctx.references.entry((a.organisation_id, fold(&a.reference))).or_default().push(a.id);
            }
            ctx.activity_orgs.insert(a.id, a.organisation_id);
        }
        Ok(ctx)
    }

    /// What a savepoint's rollback must make it forget: the names and organisations it learnt.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            names: self.names.clone(),
            organisations: self.organisations.clone(),
            created: self.created_roles.clone(),
        }
    }

    pub fn restore(&mut self, snapshot: Snapshot) {
        self.names = snapshot.names;
        self.organisations = snapshot.organisations;
        self.created_roles = snapshot.created;
    }

    /// An organisation this import created acts in the roles of its activities.
    pub fn set_created_roles(&self, w: &mut Writer<'_>) -> Result<(), Error> {
        for (&id, &(controller, processor)) in &self.created_roles {
            let organisation: Organisation = w.get(id)?;
            w.update(&Organisation { acts_as_controller: controller, acts_as_processor: processor, ..organisation })?;
        }
        Ok(())
    }

    /// The organisation of a row: the one given with --org, else the row's own.
    pub fn organisation(
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

    /// The id of a named entity of the organisation, created when missing (a measure with its
    /// category and description when the file gives them).
    pub fn named(
        &mut self,
        w: &mut Writer<'_>,
        kind: Kind,
        org: Id,
        name: &str,
        seed: Option<&(String, MeasureCategory, String)>,
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
            Kind::Measure => {
                let (category, description) =
                    seed.map(|(_, c, d)| (c.clone(), d.clone())).unwrap_or((MeasureCategory::Other, String::new()));
                w.create(&Measure {
                    organisation_id: org,
                    name: name.clone(),
                    category,
                    description,
                    ..Default::default()
                })?
            }
            Kind::SubProcessor => {
                w.create(&SubProcessor { organisation_id: org, name: name.clone(), ..Default::default() })?
            }
            _ => w.create(&Site { organisation_id: org, name: name.clone(), ..Default::default() })?,
        };
        self.names.insert(key, id);
        report.added.push(Named { kind, name });
        Ok(id)
    }

    /// Contacts from a contact block or a fiche go onto the organisation given with --org: into
    /// its empty slots. One the organisation already holds differently is kept, and the file's is
    /// said in a warning.
    pub fn apply_contacts(
        &mut self,
        w: &mut Writer<'_>,
        contacts: &[(ContactRole, Contact, String, usize)],
        report: &mut ImportReport,
    ) -> Result<(), super::ImportError> {
        let Some(name) = self.given_organisation.clone() else { return Ok(()) };
        if contacts.is_empty() {
            return Ok(());
        }
        let org = match self.organisation(w, Some(&name), report) {
            Ok(id) => id,
            Err(RowFailure::Store(e)) => return Err(e.into()),
            Err(_) => return Ok(()),
        };
        let mut o: Organisation = w.get(org)?;
        for (role, contact, sheet, row) in contacts {
            // The organisation's own name (the ICO template's "Name" of the controller) is not a
            // contact's: what follows it is.
            let mut contact = contact.clone();
            if *role == ContactRole::Controller {
                let (key, org_key) = (fold(&contact.name), fold(&o.name));
                if key == org_key {
                    contact.name.clear();
                } else if let Some(rest) =
                    key.strip_prefix(&format!("{org_key}, ")).and_then(|_| contact.name.get(o.name.len() + 2..))
                {
                    contact.name = rest.trim().to_string();
                }
                if contact.is_empty() {
                    continue;
                }
            }
            let contact = &contact;
            let slot = match role {
                ContactRole::Controller => &mut o.contact,
                ContactRole::Dpo => &mut o.dpo,
                ContactRole::Representative => &mut o.representative,
            };
            if slot.is_empty() {
                *slot = contact.clone();
                // Named by its name, else by what it gives (an address, an email alone).
                let shown = [&contact.name, &contact.email, &contact.phone, &contact.address, &contact.role]
                    .into_iter()
                    .find(|p| !p.trim().is_empty())
                    .cloned()
                    .unwrap_or_default();
                report.contacts_read.push(Text::each(|lang| {
                    format!("{}{}{shown}", crate::i18n::text(lang, role.word()), crate::vocab::colon(lang))
                }));
            } else if let Some(completed) = completed(slot, contact) {
                // The same contact, said more fully (the country after the address): kept whole.
                *slot = completed;
            } else if slot != contact && !same_contact(slot, contact) {
                let (given, kept) = (describe_contact(contact), describe_contact(slot));
                report.warnings.push(Issue::row(
                    sheet,
                    *row,
                    Text::each(|lang| {
                        let role = crate::i18n::text(lang, role.word());
                        tr!(lang, "import-contact-kept", role = role, given = given.as_str(), kept = kept.as_str())
                    }),
                ));
            }
        }
        if contacts.iter().any(|(role, ..)| *role == ContactRole::Controller) {
            o.acts_as_controller = true;
        }
        w.update(&o)?;
        Ok(())
    }

    /// Writes one row; its errors, if any, are returned.
    pub fn activity_row(
        &mut self,
        w: &mut Writer<'_>,
        parsed: ParsedRow,
        report: &mut ImportReport,
    ) -> Result<(), Vec<Issue>> {
        let ParsedRow { sheet, row, draft, derived, given, warnings, errors, columns_of, skip, on_create, merged_rows } =
            parsed;
        report.warnings.extend(warnings);
        if let Some(why) = skip {
            report.warnings.push(Issue::row(&sheet, row, why.words()));
            return Ok(());
        }
        report.rows += 1 + merged_rows.len();
        let previewed = report.preview.len() < PREVIEW_ROWS;
        let read_name = if previewed { draft.activity.name.clone() } else { String::new() };
        // The rows read into this one are said after it, as merged into it.
        let preview = |report: &mut ImportReport,
                       name: String,
                       outcome: RowOutcome,
                       existing: Option<Id>,
                       changes: Vec<ChangedField>| {
            if previewed {
                let merged = outcome != RowOutcome::Refused;
                report.preview.push(PreviewRow {
                    sheet: sheet.clone(),
                    row,
                    name: name.clone(),
                    outcome,
                    existing,
                    changes,
                });
                for &r in &merged_rows {
                    let outcome = if merged { RowOutcome::Merged } else { RowOutcome::Refused };
                    report.preview.push(PreviewRow {
                        sheet: sheet.clone(),
                        row: r,
                        name: name.clone(),
                        outcome,
                        existing: None,
                        changes: Vec::new(),
                    });
                }
            }
        };
        if !errors.is_empty() {
            preview(report, read_name, RowOutcome::Refused, None, Vec::new());
            return Err(errors);
        }
        // A savepoint per row only when invalid rows are skipped: otherwise any error rolls the
        // whole import back.
        let result = if self.skip_invalid {
            w.savepoint(|w| self.write_activity(w, draft, derived, given, &sheet, row, previewed, report))
        } else {
            self.write_activity(w, draft, derived, given, &sheet, row, previewed, report)
        };
        let failure = match result {
            Ok(done) => {
                match done.written {
                    Written::Created => {
                        report.created.push(done.name.clone());
                        report.warnings.extend(on_create);
                    }
                    Written::Updated => report.updated.push(done.name.clone()),
                    Written::Unchanged | Written::Kept => report.unchanged.push(done.name.clone()),
                    Written::Merged => {}
                }
                let outcome = done.written.outcome();
                preview(report, done.name, outcome, done.existing, done.changes);
                return Ok(());
            }
            Err(failure) => failure,
        };
        preview(report, read_name, RowOutcome::Refused, None, Vec::new());
        let issue = |column: &str, value: &str, message: Text| Issue {
            sheet: sheet.clone(),
            row,
            letter: String::new(),
            column: column.to_string(),
            value: value.to_string(),
            message,
        };
        match failure {
            RowFailure::NoOrganisation => Err(vec![issue(
                "Organisation",
                "",
                crate::tr_all!("import-no-organisation-in", file = self.file.as_str()),
            )]),
            RowFailure::Row(message) => Err(vec![issue("", "", message)]),
            RowFailure::Store(Error::Invalid { errors, .. }) => Err(errors
                .into_iter()
                .map(|e| {
                    let field = crate::csv::fields::field_of_path(&e.field);
                    let (column, value) = field.and_then(|f| columns_of.get(&f).cloned()).unwrap_or_default();
                    issue(&column, &value, e.message)
                })
                .collect()),
            RowFailure::Store(e) if is_fatal(&e) => {
                self.fatal = Some(e);
                Err(Vec::new())
            }
            RowFailure::Store(e) => Err(vec![issue("", "", Text::untranslated(e.to_string()))]),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn write_activity(
        &mut self,
        w: &mut Writer<'_>,
        draft: Draft,
        derived: bool,
        given: Fields,
        sheet: &str,
        row: usize,
        previewed: bool,
        report: &mut ImportReport,
    ) -> Result<Done, RowFailure> {
        let before = (self.names.len(), self.organisations.len(), self.written.len(), report.added.len());
        let result = self.write_activity_inner(w, draft, derived, given, sheet, row, previewed, report);
        // With a savepoint per row, a failed row's writes are undone: forget what it added.
        // Without, the whole import fails anyway and what the row wrote stays until then.
        if result.is_err()
            && self.skip_invalid
            && (self.names.len(), self.organisations.len(), self.written.len()) != (before.0, before.1, before.2)
        {
            // The savepoint is rolled back: forget what it added (rare: only rows that created
            // entities and then failed).
            let added: Vec<Named> = report.added.drain(before.3..).collect();
            for named in added {
                self.names.retain(|(kind, _, name), _| !(*kind == named.kind && *name == fold(&named.name)));
                if named.kind == Kind::Organisation {
                    if let Some(id) = self.organisations.remove(&fold(&named.name)) {
                        self.created_roles.remove(&id);
                    }
                }
            }
            self.written.retain(|_, r| !(r.row == row && r.sheet == sheet));
        }
        result
    }

    /// The links a draft names, as ids of its organisation's entities (created when missing).
    fn links(
        &mut self,
        w: &mut Writer<'_>,
        org: Id,
        draft: &Draft,
        a: &mut Activity,
        report: &mut ImportReport,
    ) -> Result<(), RowFailure> {
        let mut resolve = |ctx: &mut Context,
                           kind: Kind,
                           names: &[String],
                           report: &mut ImportReport|
         -> Result<Vec<Id>, RowFailure> {
            let mut ids: Vec<Id> = Vec::new();
            for name in names {
                let seed = draft.measure_seeds.iter().find(|(n, _, _)| fold(n) == fold(name));
                let id = ctx.named(w, kind, org, name, seed, report).map_err(RowFailure::Store)?;
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
            Ok(ids)
        };
        a.controller_ids = resolve(self, Kind::Controller, &draft.controllers, report)?;
        a.measure_ids = resolve(self, Kind::Measure, &draft.measures, report)?;
        a.subprocessor_ids = resolve(self, Kind::SubProcessor, &draft.subprocessors, report)?;
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn write_activity_inner(
        &mut self,
        w: &mut Writer<'_>,
        mut draft: Draft,
        derived: bool,
        mut given: Fields,
        sheet: &str,
        row: usize,
        previewed: bool,
        report: &mut ImportReport,
    ) -> Result<Done, RowFailure> {
        let org = self.organisation(w, draft.organisation.as_deref(), report)?;
        if let Some(roles) = self.created_roles.get_mut(&org) {
            match draft.activity.role {
                Role::Controller => roles.0 = true,
                Role::Processor => roles.1 = true,
            }
        }
        for (field, list) in [
            (Field::Controllers, &draft.controllers),
            (Field::Measures, &draft.measures),
            (Field::SubProcessors, &draft.subprocessors),
        ] {
            if !list.is_empty() {
                given.insert(field);
            }
        }
        let key = |name: &str| (org, fold(name));
        // Another row of this file names the same activity: one activity over several rows.
        if let Some(previous) = self.written.get(&key(&draft.activity.name)).cloned() {
            let same = !derived || {
                let current: Activity = w.get(previous.id)?;
                fold(current.owner.lines().next().unwrap_or(""))
                    == fold(draft.activity.owner.lines().next().unwrap_or(""))
            };
            if same {
                return self.merge_rows(w, previous, draft, given, sheet, row, org, report);
            }
            // Two rows whose names come from the same purpose, for different business
            // functions: told apart by the function, then the row.
            let base = draft.activity.name.clone();
            let owner = draft.activity.owner.lines().next().unwrap_or("").trim().to_string();
            let with_owner = format!("{base} ({owner})");
            draft.activity.name = if !owner.is_empty() && !self.written.contains_key(&key(&with_owner)) {
                with_owner
            } else {
                format!("{base} (row {row})")
            };
        }
        let mut activity = std::mem::take(&mut draft.activity);
        activity.organisation_id = org;
        self.links(w, org, &draft, &mut activity, report)?;

        let existing = match draft.id {
            Some(id) => match self.activity_orgs.get(&id) {
                Some(owner) if *owner == org => Some(id),
                Some(_) => return Err(RowFailure::Row(crate::tr_all!("import-id-of-another-organisation", id = id))),
                None => None,
            },
            None => None,
        }
        .or_else(|| match self.references.get(&key(&activity.reference)) {
            Some(ids) if ids.len() == 1 && !activity.reference.trim().is_empty() => Some(ids[0]),
            _ => None,
        })
        .or_else(|| self.activities.get(&key(&activity.name)).copied());
        let remember = |ctx: &mut Context, id: Id, name: &str, kept: bool| {
            ctx.written.insert(key(name), WrittenRow { id, sheet: sheet.to_string(), row, given, kept });
        };
        match existing {
            Some(id) => match self.choices.get(&id).copied().unwrap_or(self.existing) {
                Existing::Keep => {
                    let name = self.activity_name(w, id)?;
                    remember(self, id, &activity.name, true);
                    Ok(Done { written: Written::Kept, name, existing: Some(id), changes: Vec::new() })
                }
                Existing::New => {
                    let base = activity.name.clone();
                    activity.name = (2..)
                        .map(|n| format!("{base} ({n})"))
                        .find(|name| {
                            !self.activities.contains_key(&key(name)) && !self.written.contains_key(&key(name))
                        })
                        .unwrap_or(base.clone());
                    let new = w.create(&activity).map_err(RowFailure::Store)?;
                    self.activities.insert(key(&activity.name), new);
                    self.activity_orgs.insert(new, org);
                    remember(self, new, &base, false);
                    Ok(Done { written: Written::Created, name: activity.name, existing: Some(id), changes: Vec::new() })
                }
                Existing::Update => {
                    let current: Activity = w.get(id).map_err(RowFailure::Store)?;
                    let mut merged = current.clone();
                    merge::replace(&mut merged, &activity, given);
                    let outcome = w.update(&merged).map_err(RowFailure::Store)?;
                    let changes = if previewed && outcome == Outcome::Changed {
                        self.changes(w, &current, &merged)?
                    } else {
                        Vec::new()
                    };
                    self.activities.insert(key(&merged.name), id);
                    remember(self, id, &merged.name, false);
                    if merged.name != activity.name {
                        remember(self, id, &activity.name, false);
                    }
                    let written = if outcome == Outcome::Changed { Written::Updated } else { Written::Unchanged };
                    Ok(Done { written, name: merged.name, existing: Some(id), changes })
                }
            },
            None => {
                let name = activity.name.clone();
                let id = match draft.id {
                    Some(id) => w.create_with_id(&activity.clone().with_id(id)).map_err(RowFailure::Store)?,
                    None => w.create(&activity).map_err(RowFailure::Store)?,
                };
                // Its name is known from now on; its reference is not matched: rows of one file
                // that share a reference under different names are different activities, said.
                self.activities.insert(key(&name), id);
                if !activity.reference.trim().is_empty() {
                    let here = (name.clone(), sheet.to_string(), row);
                    if let Some((other, s, r)) = self.created_references.get(&key(&activity.reference)) {
                        let message = Text::each(|lang| {
                            let at = place(lang, s, *r, sheet);
                            let reference = activity.reference.as_str();
                            tr!(lang, "import-reference-taken", reference = reference, other = other.as_str(), at = at)
                        });
                        report.warnings.push(Issue::row(sheet, row, message));
                    } else {
                        self.created_references.insert(key(&activity.reference), here);
                    }
                }
                self.activity_orgs.insert(id, org);
                remember(self, id, &name, false);
                Ok(Done { written: Written::Created, name, existing: None, changes: Vec::new() })
            }
        }
    }

    /// Another row of an activity this import wrote: its lists added, its single values the same
    /// as the earlier rows' (else an error naming both rows).
    #[allow(clippy::too_many_arguments)]
    fn merge_rows(
        &mut self,
        w: &mut Writer<'_>,
        previous: WrittenRow,
        mut draft: Draft,
        given: Fields,
        sheet: &str,
        row: usize,
        org: Id,
        report: &mut ImportReport,
    ) -> Result<Done, RowFailure> {
        if previous.kept {
            let name = self.activity_name(w, previous.id)?;
            return Ok(Done { written: Written::Kept, name, existing: Some(previous.id), changes: Vec::new() });
        }
        // The same name on two sheets (a sheet per department): one activity, said.
        if !previous.sheet.is_empty() && previous.sheet != sheet {
            let message = crate::tr_all!(
                "import-also-on-sheet",
                name = draft.activity.name.as_str(),
                sheet = previous.sheet.as_str(),
                row = previous.row.to_string()
            );
            report.warnings.push(Issue::row(sheet, row, message));
        }
        let mut activity = std::mem::take(&mut draft.activity);
        activity.organisation_id = org;
        self.links(w, org, &draft, &mut activity, report)?;
        let current: Activity = w.get(previous.id)?;
        let both = Fields::default().union(given);
        let clashing: Vec<Field> =
            merge::conflicts(&current, &activity, both).into_iter().filter(|f| previous.given.contains(*f)).collect();
        if !clashing.is_empty() {
            let names =
                Names { organisation: "", controllers: Vec::new(), measures: Vec::new(), subprocessors: Vec::new() };
            let message = Text::each(|lang| {
                let at = place(lang, &previous.sheet, previous.row, sheet);
                let described: Vec<String> = clashing
                    .iter()
                    .map(|f| {
                        tr!(
                            lang,
                            "import-differs-in",
                            field = f.label(lang),
                            there = cell_in(*f, &current, &names, lang).as_ref(),
                            at = at.as_str(),
                            here = cell_in(*f, &activity, &names, lang).as_ref()
                        )
                    })
                    .collect();
                tr!(
                    lang,
                    "import-same-name-differs",
                    at = at.as_str(),
                    name = current.name.as_str(),
                    differences = described.join("; ")
                )
            });
            return Err(RowFailure::Row(message));
        }
        let mut merged = current.clone();
        merge::unite(&mut merged, &activity, given);
        if let Some(entry) = self.written.get_mut(&(org, fold(&current.name))) {
            entry.given = entry.given.union(given);
        }
        if merged == current {
            report.warnings.push(Issue::row(
                sheet,
                row,
                Text::each(|lang| {
                    let at = place(lang, &previous.sheet, previous.row, sheet);
                    tr!(lang, "import-repeats", at = at, name = current.name.as_str())
                }),
            ));
        } else {
            w.update(&merged).map_err(RowFailure::Store)?;
        }
        Ok(Done { written: Written::Merged, name: merged.name, existing: None, changes: Vec::new() })
    }

    fn activity_name(&self, w: &Writer<'_>, id: Id) -> Result<String, RowFailure> {
        Ok(w.get::<Activity>(id).map_err(RowFailure::Store)?.name)
    }

    /// What an update changes, in the report's language.
    fn changes(&self, w: &Writer<'_>, before: &Activity, after: &Activity) -> Result<Vec<ChangedField>, RowFailure> {
        type Linked = (Vec<String>, Vec<String>, Vec<String>);
        let names_of = |a: &Activity| -> Result<Linked, Error> {
            let c =
                a.controller_ids.iter().map(|id| w.get::<Controller>(*id).map(|e| e.name)).collect::<Result<_, _>>()?;
            let m = a.measure_ids.iter().map(|id| w.get::<Measure>(*id).map(|e| e.name)).collect::<Result<_, _>>()?;
            let s = a
                .subprocessor_ids
                .iter()
                .map(|id| w.get::<SubProcessor>(*id).map(|e| e.name))
                .collect::<Result<_, _>>()?;
            Ok((c, m, s))
        };
        let (bc, bm, bs) = names_of(before)?;
        let (ac, am, as_) = names_of(after)?;
        fn names<'a>(c: &'a [String], m: &'a [String], s: &'a [String]) -> Names<'a> {
            Names {
                organisation: "",
                controllers: c.iter().map(String::as_str).collect(),
                measures: m.iter().map(String::as_str).collect(),
                subprocessors: s.iter().map(String::as_str).collect(),
            }
        }
        Ok(merge::changes(before, after, &names(&bc, &bm, &bs), &names(&ac, &am, &as_), self.lang))
    }
}

/// The organisation's contact completed with what the file adds to it, when the file's is the
/// same contact with more said (each of its parts the organisation's, or beginning with it).
fn completed(mine: &Contact, file: &Contact) -> Option<Contact> {
    let extends = |m: &str, f: &str| fold(f).starts_with(&fold(m));
    let parts = [
        (&mine.name, &file.name),
        (&mine.role, &file.role),
        (&mine.email, &file.email),
        (&mine.phone, &file.phone),
        (&mine.address, &file.address),
    ];
    let same_name = fold(&mine.name) == fold(&file.name);
    let more = parts.iter().any(|(m, f)| f.chars().count() > m.chars().count());
    if !same_name || !more || !parts.iter().all(|(m, f)| f.trim().is_empty() || extends(m, f) || extends(f, m)) {
        return None;
    }
    let longer = |m: &String, f: &String| if f.chars().count() > m.chars().count() { f.clone() } else { m.clone() };
    Some(Contact {
        name: mine.name.clone(),
        role: longer(&mine.role, &file.role),
        email: longer(&mine.email, &file.email),
        phone: longer(&mine.phone, &file.phone),
        address: longer(&mine.address, &file.address),
    })
}

fn same_contact(a: &Contact, b: &Contact) -> bool {
    fold(&a.name) == fold(&b.name)
        && [(&a.email, &b.email), (&a.phone, &b.phone), (&a.address, &b.address)]
            .iter()
            .all(|(x, y)| y.trim().is_empty() || fold(x).starts_with(&fold(y)))
}

fn describe_contact(c: &Contact) -> String {
    [c.name.as_str(), c.email.as_str(), c.phone.as_str(), c.address.as_str()]
        .iter()
        .filter(|s| !s.trim().is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", ")
}

/// A store error that is no row's fault: the disk, the file, the lock; the server gone, another
/// person's write crossing this one, a right the user lacks, or any statement the server refused
/// (after which it takes no other in the same transaction).
pub fn is_fatal(e: &Error) -> bool {
    matches!(
        e,
        Error::Full { .. }
            | Error::Disk { .. }
            | Error::Locked { .. }
            | Error::Corrupt { .. }
            | Error::Sqlite { .. }
            | Error::Io { .. }
            | Error::Unreachable { .. }
            | Error::Server { .. }
            | Error::WrittenMeanwhile { .. }
            | Error::Denied { .. }
            | Error::FileOnly { .. }
    )
}
