//! What a processor owes a client when its sub-processors change (Art. 28(2) and (4)): a notice
//! of every change since the last one (or since a date, or since the contract), read from the
//! store's history — sub-processors added to, removed from or replaced in the processor
//! activities carried out for that client, a sub-processor's name, country or services changed
//! while it serves them, and their transfers added, changed or removed — each with its date, what
//! it was before and after, and the activities it concerns. Nothing that concerns only other
//! clients appears. Written as text (an e-mail's body), CSV or PDF; recorded as sent in the
//! client's entry (`model::SentNotice`), so that the next notice starts where it ended and the
//! history shows what each client was told and when.

use std::collections::HashMap;

use crate::date::{Date, Timestamp};
use crate::error::Result;
use crate::history::Action;
use crate::model::{Activity, Contact, Controller, Id, Organisation, Role, SentNotice, SubProcessor, Transfer};
use crate::reference::countries;
use crate::store::{Kind, Store, Writer};
use crate::vocab::{Lang, Vocabulary};

/// The files a notice is written as, told by the name's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `.pdf`
    Pdf,
    /// `.txt`: an e-mail's body.
    Text,
    /// `.csv`: a change a row.
    Csv,
}

impl Format {
    pub fn of(path: &std::path::Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "pdf" => Some(Format::Pdf),
            "txt" | "text" => Some(Format::Text),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }
}

/// A notice as the window shows it before it is saved or recorded.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct NoticePreview {
    pub client_id: Id,
    pub client: String,
    /// Whom it goes to: the notification contact (or the client's contact), in one line.
    pub recipient: String,
    pub changes: u32,
    /// Where it starts, in words ("since our notice of …").
    pub period: String,
    /// The whole notice, as its text file and the record of it keep it.
    pub text: String,
}

/// The notices every client of `organisation` is owed now (each since its last notice),
/// clients in name order.
pub fn pending(store: &Store, organisation: Id, now: Timestamp) -> Result<Vec<Notice>> {
    let mut clients: Vec<Controller> = store.all(Some(organisation))?;
    clients.sort_by_key(|c| crate::text::fold(&c.name));
    clients.into_iter().map(|c| prepare(store, c.id, None, now)).collect()
}

/// Where a notice starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// The changes since this day (`--since`).
    Date(Date),
    /// The changes since the last notice recorded for the client, sent that day.
    Notice(Option<Date>),
    /// No notice recorded: the changes since the contract was signed (the list of sub-processors
    /// the client accepted then).
    Contract(Date),
    /// Neither a notice nor a contract's date: every change the history holds.
    Beginning,
}

/// What changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum What {
    Added,
    Removed,
    /// One sub-processor in the place of another, in the same change of an activity.
    Replaced,
    /// A sub-processor serving the client changed (its name, country or services).
    Changed,
    TransferAdded,
    TransferChanged,
    TransferRemoved,
}

impl What {
    fn id(self) -> &'static str {
        match self {
            What::Added => "notice-added",
            What::Removed => "notice-removed",
            What::Replaced => "notice-replaced",
            What::Changed => "notice-changed",
            What::TransferAdded => "notice-transfer-added",
            What::TransferChanged => "notice-transfer-changed",
            What::TransferRemoved => "notice-transfer-removed",
        }
    }
}

/// Part of what a sub-processor or a transfer was, or became: put into words in the notice's
/// language when it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Name(String),
    LegalName(String),
    Country(String),
    /// A service: its site's name (empty: every site), country, place and purpose.
    Service {
        site: String,
        country: String,
        place: String,
        purpose: String,
    },
    Transfer(Transfer),
}

/// One change, with the activities it concerns.
#[derive(Debug, Clone, PartialEq)]
pub struct NoticeChange {
    pub at: Timestamp,
    pub what: What,
    /// The sub-processor (for a replacement, the new one) or the transfer's recipient.
    pub subject: String,
    pub before: Vec<Part>,
    pub after: Vec<Part>,
    /// The names of the client's activities it concerns.
    pub activities: Vec<String>,
}

/// A notice to one client.
#[derive(Debug, Clone)]
pub struct Notice {
    /// The processor.
    pub organisation: Organisation,
    pub client: Controller,
    pub start: Start,
    /// The newest history entry read: the next notice starts after it.
    pub through: Option<Timestamp>,
    pub changes: Vec<NoticeChange>,
    /// When it was prepared.
    pub made: Timestamp,
}

/// The notice to `client` of the changes since `since`, or since its last notice (else its
/// contract's date, else the beginning), prepared at `now`.
pub fn prepare(store: &Store, client: Id, since: Option<Date>, now: Timestamp) -> Result<Notice> {
    let client: Controller = store.get(client)?;
    let organisation: Organisation = store.get(client.organisation_id)?;
    let (start, after) = match (since, client.notices.last(), client.contract.signed_on) {
        (Some(day), _, _) => (Start::Date(day), day.plus_days(-1).map(Timestamp::end_of)),
        (None, Some(notice), _) => {
            let through = match notice.through {
                Some(t) => Some(t),
                None => entered_at(store, &client, client.notices.len() - 1)?,
            };
            (Start::Notice(notice.sent_on), through)
        }
        (None, None, Some(signed)) => (Start::Contract(signed), Some(Timestamp::end_of(signed))),
        (None, None, None) => (Start::Beginning, None),
    };
    let sites: HashMap<Id, String> =
        store.all::<crate::model::Site>(Some(organisation.id))?.into_iter().map(|s| (s.id, s.name)).collect();
    let mut walk =
        Walk { client: client.id, sites, subprocessors: HashMap::new(), serving: HashMap::new(), changes: Vec::new() };
    let mut through = None;
    store.each_history_in(organisation.id, &[Kind::SubProcessor, Kind::Activity], |entry| {
        let counted = after.is_none_or(|t| entry.at > t);
        through = through.max(Some(entry.at));
        match entry.kind {
            Kind::SubProcessor => {
                let now: Option<SubProcessor> = state(store, &entry.after)?;
                if counted && entry.action == Action::Update {
                    walk.subprocessor_changed(entry.entity_id, now.as_ref(), entry.at);
                }
                match now {
                    Some(s) => walk.subprocessors.insert(entry.entity_id, s),
                    None => walk.subprocessors.remove(&entry.entity_id),
                };
            }
            Kind::Activity => {
                let (before, now): (Option<Activity>, Option<Activity>) =
                    (state(store, &entry.before)?, state(store, &entry.after)?);
                if counted {
                    walk.activity_changed(before.as_ref(), now.as_ref(), entry.at);
                }
                match now.filter(|a| walk.serves(a)) {
                    Some(a) => walk.serving.insert(entry.entity_id, (a.name, a.subprocessor_ids)),
                    None => walk.serving.remove(&entry.entity_id),
                };
            }
            _ => {}
        }
        Ok(())
    })?;
    Ok(Notice { organisation, client, start, through, changes: merged(walk.changes), made: now })
}

/// When the client's notice `index` entered the register (the first state of the client that
/// holds it): a notice recorded without the time it covered (the example register's, one typed
/// in a spreadsheet) covers what the history held then.
fn entered_at(store: &Store, client: &Controller, index: usize) -> Result<Option<Timestamp>> {
    for entry in store.history(Some((Kind::Controller, client.id)))? {
        let state: Option<Controller> = state(store, &entry.after)?;
        if state.is_some_and(|c| c.notices.len() > index) {
            return Ok(Some(entry.at));
        }
    }
    Ok(None)
}

/// An entity's state as history keeps it: a state that cannot be read is a damaged store, never
/// a change left out of a notice.
fn state<T: serde::de::DeserializeOwned>(store: &Store, value: &Option<serde_json::Value>) -> Result<Option<T>> {
    value
        .clone()
        .map(serde_json::from_value)
        .transpose()
        .map_err(|e| crate::Error::Corrupt { path: store.path().to_path_buf(), detail: format!("history: {e}") })
}

/// The history read in order: what the client's activities engage as each change is made.
struct Walk {
    client: Id,
    sites: HashMap<Id, String>,
    /// Each sub-processor as it stands at this point of the history.
    subprocessors: HashMap<Id, SubProcessor>,
    /// The activities carried out for the client at this point: their names and sub-processors.
    serving: HashMap<Id, (String, Vec<Id>)>,
    changes: Vec<NoticeChange>,
}

impl Walk {
    /// Carried out for the client (a template is carried out for no one).
    fn serves(&self, a: &Activity) -> bool {
        a.role == Role::Processor && a.controller_ids.contains(&self.client) && !a.is_template()
    }

    fn name_of(&self, id: Id) -> String {
        self.subprocessors.get(&id).map(|s| s.name.clone()).unwrap_or_else(|| format!("#{id}"))
    }

    /// A sub-processor in parts: its name, legal name, country and services.
    fn parts(&self, s: &SubProcessor) -> Vec<Part> {
        let mut parts = vec![Part::Name(s.name.clone())];
        if !s.legal_name.trim().is_empty() {
            parts.push(Part::LegalName(s.legal_name.clone()));
        }
        if !s.country.trim().is_empty() {
            parts.push(Part::Country(s.country.clone()));
        }
        parts.extend(s.services.iter().map(|svc| {
            Part::Service {
                site: svc
                    .site_id
                    .map(|id| self.sites.get(&id).cloned().unwrap_or_else(|| format!("#{id}")))
                    .unwrap_or_default(),
                country: svc.country.clone(),
                place: svc.place.clone(),
                purpose: svc.purpose.clone(),
            }
        }));
        parts
    }

    fn push(
        &mut self,
        at: Timestamp,
        what: What,
        subject: String,
        before: Vec<Part>,
        after: Vec<Part>,
        activity: &str,
    ) {
        self.changes.push(NoticeChange { at, what, subject, before, after, activities: vec![activity.to_string()] });
    }

    /// A change of an activity: the sub-processors and transfers it has for the client, before
    /// and after (nothing when it does not serve the client).
    fn activity_changed(&mut self, before: Option<&Activity>, after: Option<&Activity>, at: Timestamp) {
        let (was, is) = (before.filter(|a| self.serves(a)), after.filter(|a| self.serves(a)));
        let Some(name) = is.or(was).map(|a| a.name.clone()) else { return };
        let ids = |a: Option<&Activity>| a.map(|a| a.subprocessor_ids.clone()).unwrap_or_default();
        let (old, new) = (ids(was), ids(is));
        let removed: Vec<Id> = old.iter().copied().filter(|id| !new.contains(id)).collect();
        let added: Vec<Id> = new.iter().copied().filter(|id| !old.contains(id)).collect();
        let describe = |w: &Walk, id: Id| w.subprocessors.get(&id).map(|s| w.parts(s)).unwrap_or_default();
        for (i, id) in added.iter().enumerate() {
            match removed.get(i) {
                Some(gone) => {
                    let (b, a) = (describe(self, *gone), describe(self, *id));
                    let mut before = vec![Part::Name(self.name_of(*gone))];
                    before.extend(b.into_iter().filter(|p| !matches!(p, Part::Name(_))));
                    self.push(at, What::Replaced, self.name_of(*id), before, a, &name);
                }
                None => {
                    let a = describe(self, *id);
                    self.push(at, What::Added, self.name_of(*id), Vec::new(), a, &name);
                }
            }
        }
        for gone in removed.iter().skip(added.len()) {
            let b = describe(self, *gone);
            self.push(at, What::Removed, self.name_of(*gone), b, Vec::new(), &name);
        }
        let transfers = |a: Option<&Activity>| a.map(|a| a.transfers.clone()).unwrap_or_default();
        let (mut old, new) = (transfers(was), transfers(is));
        old.retain(|t| !new.contains(t));
        for t in new.iter().filter(|t| !transfers(was).contains(t)) {
            let subject = if t.recipient.trim().is_empty() { t.country.clone() } else { t.recipient.clone() };
            // The same recipient in the same country: the transfer changed rather than came.
            match old.iter().position(|o| o.recipient == t.recipient && o.country == t.country) {
                Some(i) => {
                    let o = old.remove(i);
                    self.push(
                        at,
                        What::TransferChanged,
                        subject,
                        vec![Part::Transfer(o)],
                        vec![Part::Transfer(t.clone())],
                        &name,
                    );
                }
                None => self.push(at, What::TransferAdded, subject, Vec::new(), vec![Part::Transfer(t.clone())], &name),
            }
        }
        for o in old {
            let subject = if o.recipient.trim().is_empty() { o.country.clone() } else { o.recipient.clone() };
            self.push(at, What::TransferRemoved, subject, vec![Part::Transfer(o)], Vec::new(), &name);
        }
    }

    /// A change of a sub-processor that serves the client's activities: what differs.
    fn subprocessor_changed(&mut self, id: Id, now: Option<&SubProcessor>, at: Timestamp) {
        let (Some(was), Some(now)) = (self.subprocessors.get(&id), now) else { return };
        let activities: Vec<String> = {
            let mut names: Vec<String> =
                self.serving.values().filter(|(_, ids)| ids.contains(&id)).map(|(n, _)| n.clone()).collect();
            names.sort();
            names
        };
        if activities.is_empty() {
            return;
        }
        let (old, new) = (self.parts(was), self.parts(now));
        // What is only on one side, the name kept first so that a reader knows whose it is.
        let before: Vec<Part> = old.iter().filter(|p| !new.contains(p)).cloned().collect();
        let after: Vec<Part> = new.iter().filter(|p| !old.contains(p)).cloned().collect();
        if before.is_empty() && after.is_empty() {
            return;
        }
        self.changes.push(NoticeChange {
            at,
            what: What::Changed,
            subject: now.name.clone(),
            before,
            after,
            activities,
        });
    }
}

/// The same change made to several activities (an import, an edit of each in turn the same day)
/// said once, with its activities.
fn merged(changes: Vec<NoticeChange>) -> Vec<NoticeChange> {
    let mut out: Vec<NoticeChange> = Vec::new();
    for c in changes {
        let same = out.iter_mut().find(|o| {
            o.what == c.what
                && o.subject == c.subject
                && o.before == c.before
                && o.after == c.after
                && o.at.date() == c.at.date()
        });
        match same {
            Some(o) => {
                for a in c.activities {
                    if !o.activities.contains(&a) {
                        o.activities.push(a);
                    }
                }
            }
            None => out.push(c),
        }
    }
    out
}

impl Part {
    /// The part in `lang`'s words.
    pub fn words(&self, lang: Lang) -> String {
        let country =
            |code: &str| countries::by_code(code).map(|c| c.name(lang).to_string()).unwrap_or_else(|| code.to_string());
        let colon = crate::vocab::colon(lang);
        match self {
            Part::Name(name) => name.clone(),
            Part::LegalName(name) => format!("{}{colon}{name}", crate::tr!(lang, "notice-legal-name")),
            Part::Country(code) => format!("{}{colon}{}", crate::tr!(lang, "notice-country"), country(code)),
            Part::Service { site, country: code, place, purpose } => {
                let site = if site.is_empty() { crate::tr!(lang, "notice-every-site") } else { site.clone() };
                let place = [country(code), place.clone()]
                    .into_iter()
                    .filter(|p| !p.trim().is_empty())
                    .collect::<Vec<_>>()
                    .join(", ");
                let what = [site, place, purpose.clone()]
                    .into_iter()
                    .filter(|p| !p.trim().is_empty())
                    .collect::<Vec<_>>()
                    .join(" · ");
                format!("{}{colon}{what}", crate::tr!(lang, "notice-service"))
            }
            Part::Transfer(t) => {
                let mut words = vec![country(&t.country)];
                if !t.recipient.trim().is_empty() {
                    words.insert(0, t.recipient.clone());
                }
                let safeguard = match &t.safeguard {
                    Some(s) => s.label(lang),
                    None => crate::tr!(lang, "notice-no-safeguard"),
                };
                words.push(safeguard);
                if let Some(m) = t.scc_module {
                    words.push(format!("{} {m}", crate::tr!(lang, "notice-scc-module")));
                }
                if !t.safeguard_detail.trim().is_empty() {
                    words.push(t.safeguard_detail.clone());
                }
                words.into_iter().filter(|w| !w.trim().is_empty()).collect::<Vec<_>>().join(" · ")
            }
        }
    }
}

impl NoticeChange {
    /// What happened, in `lang`: "Datadog added as a sub-processor".
    pub fn headline(&self, lang: Lang) -> String {
        let old = self.before.iter().find_map(|p| if let Part::Name(n) = p { Some(n.as_str()) } else { None });
        crate::tr!(lang, self.what.id(), name = self.subject.as_str(), old = old.unwrap_or(""))
    }

    fn lines(parts: &[Part], lang: Lang) -> Vec<String> {
        parts.iter().map(|p| p.words(lang)).collect()
    }

    pub fn before_words(&self, lang: Lang) -> Vec<String> {
        Self::lines(&self.before, lang)
    }

    pub fn after_words(&self, lang: Lang) -> Vec<String> {
        Self::lines(&self.after, lang)
    }
}

impl Notice {
    /// Whom to tell: the contract's notification contact, else the client's contact.
    pub fn recipient(&self) -> &Contact {
        let named = &self.client.contract.notification_contact;
        if named.is_empty() {
            &self.client.contact
        } else {
            named
        }
    }

    /// The notice's address: the client, then the name and e-mail of whom to tell (what is
    /// recorded of them).
    pub fn addressee(&self) -> Vec<&str> {
        let mut lines = vec![self.client.name.as_str()];
        lines.extend(self.whom());
        lines.retain(|t| !t.trim().is_empty());
        lines
    }

    /// The name and e-mail of whom to tell, those recorded.
    fn whom(&self) -> Vec<&str> {
        let to = self.recipient();
        [to.name.as_str(), to.email.as_str()].into_iter().filter(|t| !t.trim().is_empty()).collect()
    }

    /// Where the notice starts, in `lang`: "since 1 March 2026", "since the notice of …".
    pub fn period(&self, lang: Lang) -> String {
        let day = |d: Date| crate::pdf::labels::date(d, lang);
        match self.start {
            Start::Date(d) => crate::tr!(lang, "notice-since-date", date = day(d)),
            Start::Notice(Some(d)) => crate::tr!(lang, "notice-since-notice", date = day(d)),
            Start::Notice(None) => crate::tr!(lang, "notice-since-last-notice"),
            Start::Contract(d) => crate::tr!(lang, "notice-since-contract", date = day(d)),
            Start::Beginning => crate::tr!(lang, "notice-since-beginning"),
        }
    }

    /// The notice for the window, in `lang`.
    pub fn preview(&self, lang: Lang) -> NoticePreview {
        NoticePreview {
            client_id: self.client.id,
            client: self.client.name.clone(),
            recipient: self.whom().join(", "),
            changes: self.changes.len() as u32,
            period: self.period(lang),
            text: self.text(lang),
        }
    }

    /// "No change since …", for a client with nothing to be told.
    pub fn no_change(&self, lang: Lang) -> String {
        crate::tr!(lang, "notice-no-change", period = self.period(lang))
    }

    /// The objection period the client's contract gives, in a sentence.
    pub fn objection(&self, lang: Lang) -> String {
        match self.client.contract.objection_period.trim() {
            "" => crate::tr!(lang, "notice-objection-unknown"),
            period => crate::tr!(lang, "notice-objection", period = period),
        }
    }

    /// The notice as plain text, an e-mail's body.
    pub fn text(&self, lang: Lang) -> String {
        let colon = crate::vocab::colon(lang);
        let day = |d: Date| crate::pdf::labels::date(d, lang);
        let mut out = String::new();
        let title = crate::tr!(lang, "notice-title");
        out.push_str(&format!("{title}\n{}\n\n", "=".repeat(title.chars().count())));
        let to = self.addressee().join(", ");
        out.push_str(&format!("{}{colon}{to}\n", crate::tr!(lang, "notice-to")));
        out.push_str(&format!("{}{colon}{}\n", crate::tr!(lang, "notice-from"), self.organisation.name));
        out.push_str(&format!("{}{colon}{}\n\n", crate::tr!(lang, "notice-date"), day(self.made.date())));
        if self.changes.is_empty() {
            out.push_str(&self.no_change(lang));
            out.push('\n');
            return out;
        }
        out.push_str(&crate::tr!(lang, "notice-intro", changes = self.changes.len(), period = self.period(lang)));
        out.push_str("\n\n");
        for (i, c) in self.changes.iter().enumerate() {
            out.push_str(&format!("{}. {} ({})\n", i + 1, c.headline(lang), day(c.at.date())));
            for (label, lines) in [("notice-before", c.before_words(lang)), ("notice-after", c.after_words(lang))] {
                if !lines.is_empty() {
                    out.push_str(&format!("   {}{colon}{}\n", crate::tr!(lang, label), lines.join("; ")));
                }
            }
            out.push_str(&format!("   {}{colon}{}\n", crate::tr!(lang, "notice-activities"), c.activities.join(", ")));
        }
        out.push('\n');
        out.push_str(&self.objection(lang));
        out.push('\n');
        out
    }

    /// The notice as CSV rows (a header, then a row per change), in `lang`'s words.
    pub fn rows(&self, lang: Lang) -> Vec<Vec<String>> {
        let day = |d: Date| d.to_string();
        let mut rows = vec![["notice-date", "notice-change", "notice-before", "notice-after", "notice-activities"]
            .into_iter()
            .map(|id| crate::tr!(lang, id))
            .collect::<Vec<_>>()];
        for c in &self.changes {
            rows.push(vec![
                day(c.at.date()),
                c.headline(lang),
                c.before_words(lang).join("\n"),
                c.after_words(lang).join("\n"),
                c.activities.join("\n"),
            ]);
        }
        rows
    }

    /// Writes the notice in `lang` as `format`.
    pub fn write(&self, lang: Lang, format: Format, out: &mut dyn std::io::Write) -> std::result::Result<(), String> {
        match format {
            Format::Pdf => crate::pdf::write_notice_pdf(self, lang, out),
            Format::Text => out.write_all(self.text(lang).as_bytes()).map_err(|e| e.to_string()),
            Format::Csv => {
                let mut csv = crate::csv::write::CsvWriter::new(out, ',').map_err(|e| e.to_string())?;
                for row in self.rows(lang) {
                    csv.write_record(&row).map_err(|e| e.to_string())?;
                }
                csv.finish().map(|_| ()).map_err(|e| e.to_string())
            }
        }
    }

    /// Records the notice as sent today, when its text in `lang` is still `read`, the text the
    /// user read before choosing to record it (`Error::NoticeChanged` otherwise: the register
    /// changed meanwhile, and the notice is to be read again).
    pub fn record_as_read(&self, w: &mut Writer<'_>, lang: Lang, read: &str) -> Result<Controller> {
        let text = self.text(lang);
        if text != read {
            return Err(crate::Error::NoticeChanged);
        }
        self.record(w, &text)
    }

    /// Records the notice as sent today in the client's entry, with its text: the next notice
    /// starts after the changes it covered. Refused when the client's entry changed since the
    /// notice was prepared.
    pub fn record(&self, w: &mut Writer<'_>, text: &str) -> Result<Controller> {
        let mut client = self.client.clone();
        client.notices.push(SentNotice {
            sent_on: Some(w.at().date()),
            through: self.through.or(Some(self.made)),
            changes: self.changes.len() as u32,
            text: text.to_string(),
        });
        w.update_from(&self.client, &client)?;
        Ok(client)
    }
}
