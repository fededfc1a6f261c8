//! The record as a document: cover, contents, the controller's record (Art. 30(1)), the
//! processor's record by controller (Art. 30(2)), annexes; every item labelled as the regulation
//! names it, and an empty item printed as "Not recorded" so that an auditor sees the gap.

use super::fonts::Metrics;
use super::labels::{self, Labels};
use super::layout::{paginate, Anchor, Block, Column, PageGeometry, BODY_SIZE};
use super::render::{render, Frame};
use crate::csv::fields::{details_of, Field};
use crate::date::Timestamp;
use crate::model::Register;
use crate::model::{Activity, Contact, Controller, Id, Organisation, Role, Sensitivity, SubProcessor, Transfer};
use crate::progress::Progress;
use crate::reference::countries;
use crate::text::fold;
use crate::vocab::{Lang, Vocabulary};

#[derive(Debug, Clone)]
pub struct PdfOptions {
    pub lang: Lang,
    /// When the document is dated; the same register at the same time gives the same file.
    pub generated_at: Timestamp,
    /// When the register last changed (from history).
    pub last_change: Option<Timestamp>,
    /// Set when the document is one controller's part (what a processor sends a client).
    pub controller: Option<Id>,
}

/// The record of one organisation of `register` as PDF bytes.
pub fn record_pdf(register: &Register, organisation: &Organisation, options: &PdfOptions) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    write_record_pdf(register, organisation, options, &mut bytes, &mut |_| {})?;
    Ok(bytes)
}

/// The record of one organisation of `register`, written to `out` as it is made. `progress`
/// hears of each of the three steps (laying out, laying out with the contents, writing).
pub fn write_record_pdf(
    register: &Register,
    organisation: &Organisation,
    options: &PdfOptions,
    out: &mut dyn std::io::Write,
    progress: &mut dyn FnMut(Progress),
) -> Result<(), String> {
    // The record holds the processing, not the templates kept to start records from.
    let record;
    let register = if register.activities.iter().any(Activity::is_template) {
        record = register.without_templates();
        &record
    } else {
        register
    };
    let rows = register.activities.iter().filter(|a| a.organisation_id == organisation.id).count() as u64;
    let step = |done| Progress { rows, done, total: 3 };
    let l = labels::labels(options.lang);
    let metrics = Metrics::new();
    let geometry = PageGeometry::A4;
    let fingerprint = fingerprint(register);
    let doc = Document { register, organisation, options, l, fingerprint: &fingerprint };
    // Twice: first to learn on which page each section falls, then with the contents filled in
    // (the contents have as many lines either way, so the pages do not move).
    let (_, anchors) = paginate(&doc.blocks(&[]), geometry, &metrics);
    progress(step(1));
    let (pages, anchors) = paginate(&doc.blocks(&anchors), geometry, &metrics);
    progress(step(2));
    let title = doc.title().to_string();
    let total = pages.len();
    let lang = options.lang;
    let generated = labels::date(options.generated_at.date(), lang);
    let frame = Frame {
        title: format!("{title} — {}", organisation.name),
        author: organisation.name.clone(),
        subject: title.clone(),
        language: lang.code().into(),
        created: options.generated_at,
        header: format!("{} — {}", organisation.name, l.running),
        footer: Box::new(move |n, _| {
            format!("{} · {} {generated}", crate::tr!(lang, "page-of", page = n, pages = total), l.generated)
        }),
        fingerprint,
    };
    render(pages, &anchors, geometry, &frame, out)?;
    progress(step(3));
    Ok(())
}

/// A short fingerprint of the register's content (64-bit FNV-1a of its JSON), in hex.
pub fn fingerprint(register: &Register) -> String {
    content_fingerprint(&serde_json::to_string(register).unwrap_or_default())
}

/// A short fingerprint of a document's content (64-bit FNV-1a), in hex: the PDF's identifier.
pub(crate) fn content_fingerprint(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

struct Document<'a> {
    register: &'a Register,
    organisation: &'a Organisation,
    options: &'a PdfOptions,
    l: &'static Labels,
    fingerprint: &'a str,
}

impl Document<'_> {
    fn activities(&self, role: Role) -> Vec<&Activity> {
        self.register
            .activities
            .iter()
            .filter(|a| a.organisation_id == self.organisation.id && a.role == role)
            .collect()
    }

    fn title(&self) -> &'static str {
        if self.options.controller.is_some() {
            return self.l.title_extract;
        }
        match (self.activities(Role::Controller).is_empty(), self.activities(Role::Processor).is_empty()) {
            (false, true) => self.l.title_controller,
            (true, false) => self.l.title_processor,
            _ => self.l.title_both,
        }
    }

    /// ": " as the language writes it (a no-break space before the colon in French).
    fn colon(&self) -> &'static str {
        crate::vocab::colon(self.options.lang)
    }

    fn or_missing(&self, text: &str) -> String {
        if text.trim().is_empty() {
            self.l.not_recorded.to_string()
        } else {
            text.to_string()
        }
    }

    fn list(&self, items: impl IntoIterator<Item = String>) -> String {
        let items: Vec<String> = items.into_iter().filter(|i| !i.trim().is_empty()).collect();
        if items.is_empty() {
            self.l.not_recorded.to_string()
        } else {
            items.iter().map(|i| format!("• {i}")).collect::<Vec<_>>().join("\n")
        }
    }

    fn country(&self, code: &str) -> String {
        match countries::by_code(code) {
            Some(c) => c.name(self.options.lang).to_string(),
            None => code.to_string(),
        }
    }

    fn contact(&self, c: &Contact) -> String {
        if c.is_empty() {
            return self.l.not_recorded.to_string();
        }
        [&c.name, &c.role, &c.address, &c.email, &c.phone]
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn label<T: Vocabulary>(&self, value: &T) -> String {
        value.label(self.options.lang)
    }

    /// The Art. 27 representative, which only an organisation established outside the EU/EEA
    /// needs: for one established inside, "not required" rather than "not recorded".
    fn representative(&self, representative: &crate::model::Contact, country: &str) -> String {
        let established = crate::reference::countries::recognise(country).is_some_and(|c| c.in_eea());
        if representative.is_empty() && established {
            self.l.representative_not_required.to_string()
        } else {
            self.contact(representative)
        }
    }

    fn date(&self, d: Option<crate::date::Date>) -> String {
        d.map(|d| labels::date(d, self.options.lang)).unwrap_or_else(|| self.l.not_recorded.to_string())
    }

    fn field(label: &str, value: String) -> Block {
        Block::Field { label: label.to_string(), value }
    }

    /// The whole document; `anchors` fill the contents with page numbers (empty on the first pass).
    fn blocks(&self, anchors: &[Anchor]) -> Vec<Block> {
        let body = self.body();
        let mut titles = Vec::new();
        anchored_titles(&body, &mut titles);
        let mut b = Vec::new();
        self.cover(&mut b);
        self.contents(&mut b, &titles, anchors);
        b.extend(body);
        b
    }

    /// The records and the annexes.
    fn body(&self) -> Vec<Block> {
        let mut b = Vec::new();
        let controller_activities = self.activities(Role::Controller);
        if !controller_activities.is_empty() && self.options.controller.is_none() {
            b.push(Block::Heading { level: 0, text: self.l.controller_record.into(), anchor: true });
            for a in controller_activities {
                b.push(self.controller_activity(a));
            }
        }
        let processor_activities = self.activities(Role::Processor);
        if !processor_activities.is_empty() {
            b.push(Block::Heading { level: 0, text: self.l.processor_record.into(), anchor: true });
            let mut controllers: Vec<Option<&Controller>> = self
                .register
                .controllers
                .iter()
                .filter(|c| processor_activities.iter().any(|a| a.controller_ids.contains(&c.id)))
                .filter(|c| self.options.controller.is_none_or(|only| only == c.id))
                .map(Some)
                .collect();
            if self.options.controller.is_none() && processor_activities.iter().any(|a| a.controller_ids.is_empty()) {
                controllers.push(None);
            }
            for controller in controllers {
                self.processor_part(&mut b, controller, &processor_activities);
            }
        }
        self.annexes(&mut b);
        b
    }

    fn cover(&self, b: &mut Vec<Block>) {
        let o = self.organisation;
        let l = self.l;
        b.push(Block::Spacer(60.0));
        b.push(Block::Paragraph { text: self.title().into(), size: 13.0, bold: false });
        b.push(Block::Spacer(10.0));
        b.push(Block::Paragraph { text: o.name.clone(), size: 24.0, bold: true });
        if let Some(c) = self.options.controller.and_then(|id| self.register.controllers.iter().find(|c| c.id == id)) {
            b.push(Block::Paragraph { text: format!("{} {}", l.part_for, c.name), size: 12.0, bold: false });
        }
        b.push(Block::Spacer(24.0));
        let mut roles = Vec::new();
        if o.acts_as_controller {
            roles.push(l.role_controller);
        }
        if o.acts_as_processor {
            roles.push(l.role_processor);
        }
        b.push(Self::field(l.roles, self.or_missing(&roles.join(", "))));
        b.push(Self::field(
            l.address,
            self.or_missing(
                &[o.address.as_str(), &self.country(&o.country)]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .cloned()
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
        ));
        b.push(Self::field(l.registration, self.or_missing(&o.registration)));
        b.push(Self::field(l.contact, self.contact(&o.contact)));
        b.push(Self::field(l.dpo, self.contact(&o.dpo)));
        b.push(Self::field(l.representative, self.representative(&o.representative, &o.country)));
        b.push(Block::Spacer(18.0));
        b.push(Self::field(l.generated, labels::date(self.options.generated_at.date(), self.options.lang)));
        b.push(Self::field(l.last_change, self.date(self.options.last_change.map(|t| t.date()))));
        let score = self
            .register
            .activities
            .iter()
            .filter(|a| a.organisation_id == o.id)
            // As the window and `ropa check` count it: an item an error concerns is not filled.
            .map(|a| {
                let findings = crate::checks::check_activity(a, Some(o), self.options.generated_at.date());
                crate::checks::checked_completeness(a, Some(o), &findings)
            })
            .fold(crate::checks::Score::default(), |sum, s| sum + s);
        b.push(Self::field(
            l.completeness_label,
            crate::tr!(
                self.options.lang,
                "pdf-completeness",
                percent = score.percent(),
                filled = score.filled,
                total = score.total
            ),
        ));
        let note = if self.options.controller.is_some() { l.fingerprint_note_extract } else { l.fingerprint_note };
        b.push(Self::field(l.fingerprint, format!("{}\n{}", self.fingerprint, note)));
    }

    fn contents(&self, b: &mut Vec<Block>, titles: &[(u8, String)], anchors: &[Anchor]) {
        b.push(Block::PageBreak);
        b.push(Block::Paragraph { text: self.l.contents.into(), size: 17.0, bold: true });
        let rows = titles
            .iter()
            .enumerate()
            .map(|(i, (level, title))| {
                // Before the pages are known, a placeholder as wide as a page number.
                let page = anchors.get(i).map(|a| (a.page + 1).to_string()).unwrap_or_else(|| "000".into());
                let indent = "    ".repeat(usize::from(*level));
                vec![format!("{indent}{title}"), page]
            })
            .collect();
        b.push(Block::Table {
            columns: vec![
                Column { header: String::new(), share: 0.88 },
                Column { header: self.l.page.into(), share: 0.12 },
            ],
            rows,
        });
    }

    fn other_fields(&self, b: &mut Vec<Block>, a: &Activity) {
        let l = self.l;
        b.push(Block::Paragraph { text: l.other.into(), size: BODY_SIZE, bold: true });
        if a.role == Role::Processor && a.legal_bases.is_empty() {
            b.push(Self::field(l.legal_basis, l.processor_basis.into()));
        } else {
            b.push(Self::field(
                l.legal_basis,
                self.list(a.legal_bases.iter().map(|x| join(&self.label(&x.basis), &x.detail))),
            ));
        }
        if !a.special_bases.is_empty()
            || a.data_categories.iter().any(|c| c.sensitivity == Sensitivity::SpecialCategory)
        {
            b.push(Self::field(
                l.special_basis,
                self.list(a.special_bases.iter().map(|x| join(&self.label(&x.condition), &x.detail))),
            ));
        }
        // The text fields the catalogue places among the other details (source, rights, owner…).
        for (field, value) in crate::csv::fields::other_details(a, false) {
            b.push(Self::field(field.label(self.options.lang), self.or_missing(value)));
        }
        b.push(Self::field(
            l.locations,
            self.list(a.locations.iter().map(|x| {
                [x.provider.clone(), x.place.clone(), self.country(&x.country)]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(", ")
            })),
        ));
        // A controller's service providers are its processors; a processor's are sub-processors.
        let providers = if a.role == crate::model::Role::Controller { l.processors } else { l.subprocessors };
        b.push(Self::field(
            providers,
            self.list(
                self.register
                    .subprocessors
                    .iter()
                    .filter(|s| a.subprocessor_ids.contains(&s.id))
                    .map(|s| s.name.clone()),
            ),
        ));
        let dpia = match (a.dpia.required, a.dpia.status) {
            (None, _) => l.not_recorded.to_string(),
            (Some(false), _) => l.dpia_not_required.to_string(),
            (Some(true), None) => l.dpia_required.to_string(),
            (Some(true), Some(s)) => {
                format!("{}, {}", l.dpia_required, crate::vocab::in_sentence(self.options.lang, &self.label(&s)))
            }
        };
        let mut dpia = join(&dpia, &details_of(Field::DpiaStatus, a).join("; "));
        let criteria: Vec<&str> = a
            .dpia
            .criteria
            .iter()
            .filter_map(|code| crate::reference::dpia::recognise(code))
            .map(|c| c.name(self.options.lang))
            .collect();
        if !criteria.is_empty() {
            dpia.push_str(&format!(" — {}{}{}", l.dpia_criteria, self.colon(), criteria.join("; ")));
        }
        b.push(Self::field(l.dpia, dpia));
        let automated = match a.automated_decisions {
            None => l.not_recorded.to_string(),
            Some(true) => join(l.yes, &details_of(Field::AutomatedDecisions, a).join("; ")),
            Some(false) => l.no.to_string(),
        };
        b.push(Self::field(Field::AutomatedDecisions.label(self.options.lang), automated));
        b.push(Self::field(l.status, self.label(&a.status)));
        b.push(Self::field(l.created, self.date(a.created_on)));
        b.push(Self::field(l.updated, self.date(a.updated_on)));
        b.push(Self::field(l.last_review, self.date(a.last_review)));
        b.push(Self::field(l.next_review, self.date(a.next_review)));
    }

    fn data_categories(&self, a: &Activity) -> String {
        self.list(a.data_categories.iter().map(|c| {
            let flag = match c.sensitivity {
                Sensitivity::Standard => String::new(),
                Sensitivity::SpecialCategory => format!(" [{}]", self.l.special_flag),
                Sensitivity::CriminalOffence => format!(" [{}]", self.l.criminal_flag),
            };
            let detail = if c.detail.is_empty() { String::new() } else { format!(" ({})", c.detail) };
            format!("{}{detail}{flag}", c.name)
        }))
    }

    fn transfers(&self, a: &Activity) -> String {
        if a.no_transfers && a.transfers.is_empty() {
            return self.l.no_transfers.to_string();
        }
        self.list(a.transfers.iter().map(|t| {
            let safeguard = t.safeguard.as_ref().map(|s| self.label(s)).unwrap_or_else(|| self.l.no_safeguard.into());
            let place = if t.international_organisation {
                format!("{} ({})", self.country(&t.country), self.l.international_organisation)
            } else {
                self.country(&t.country)
            };
            let who =
                [t.recipient.as_str(), &place].iter().filter(|s| !s.is_empty()).cloned().collect::<Vec<_>>().join(", ");
            let mut text = format!("{who}{}{safeguard}", self.colon());
            if let Some(module) = t.scc_module {
                text.push_str(&format!(", {} {module}", self.l.scc_module));
            }
            for extra in [&t.safeguard_detail, &t.documentation] {
                if !extra.is_empty() {
                    text.push_str(&format!(" — {extra}"));
                }
            }
            if !t.impact_assessment.is_empty() || t.impact_assessment_on.is_some() {
                let on = t.impact_assessment_on.map(|d| labels::date(d, self.options.lang)).unwrap_or_default();
                let parts: Vec<&str> =
                    [t.impact_assessment.as_str(), on.as_str()].into_iter().filter(|s| !s.is_empty()).collect();
                text.push_str(&format!(" — {}{}{}", self.l.impact_assessment, self.colon(), parts.join(", ")));
            }
            text
        }))
    }

    fn retention(&self, a: &Activity) -> String {
        self.list(a.retention.iter().map(|r| crate::vocab::retention(r, self.options.lang)))
    }

    fn measures(&self, a: &Activity) -> String {
        let catalogue: Vec<i64> =
            self.register.measures.iter().filter(|m| m.organisation_id == a.organisation_id).map(|m| m.id).collect();
        // An activity with the whole catalogue points to Annex B rather than repeating it.
        if catalogue.len() > 2 && catalogue.iter().all(|id| a.measure_ids.contains(id)) {
            return self.l.all_measures.to_string();
        }
        self.list(self.register.measures.iter().filter(|m| a.measure_ids.contains(&m.id)).map(|m| m.name.clone()))
    }

    /// An activity's section of the controller's record, kept on one page when it fits on one.
    fn controller_activity(&self, a: &Activity) -> Block {
        let l = self.l;
        let o = self.organisation;
        let mut b = vec![Block::Heading { level: 1, text: a.name.clone(), anchor: true }];
        if !a.description.is_empty() {
            b.push(Self::field(l.description, a.description.clone()));
        }
        b.push(Self::field(
            l.a1_controller,
            format!("{}\n{}{}{}", o.name, l.dpo, self.colon(), self.contact(&o.dpo).replace('\n', ", ")),
        ));
        b.push(Self::field(
            l.a1_joint,
            self.list(a.joint_controllers.iter().map(|c| self.contact(c).replace('\n', ", "))),
        ));
        b.push(Self::field(l.b1_purposes, self.list(a.purposes.iter().cloned())));
        b.push(Self::field(l.c1_subjects, self.list(a.data_subjects.iter().cloned())));
        b.push(Self::field(l.c1_data, self.data_categories(a)));
        b.push(Self::field(
            l.d1_recipients,
            self.list(a.recipients.iter().map(|r| {
                let kind = self.label(&r.kind);
                let country =
                    if r.country.is_empty() { String::new() } else { format!(", {}", self.country(&r.country)) };
                if kind.is_empty() {
                    format!("{}{country}", r.name)
                } else {
                    format!("{} ({kind}{country})", r.name)
                }
            })),
        ));
        b.push(Self::field(l.e1_transfers, self.transfers(a)));
        b.push(Self::field(l.f1_erasure, self.retention(a)));
        b.push(Self::field(l.g1_security, self.measures(a)));
        self.other_fields(&mut b, a);
        Block::Keep(b)
    }

    fn processor_part(&self, b: &mut Vec<Block>, controller: Option<&Controller>, activities: &[&Activity]) {
        let l = self.l;
        let o = self.organisation;
        let name = controller.map(|c| c.name.clone()).unwrap_or_else(|| l.no_controller.into());
        // The part's heading and the parties, kept together; then each activity's section.
        let mut intro = vec![
            Block::Heading { level: 1, text: name.clone(), anchor: true },
            Self::field(
                l.a2_processor,
                format!("{}\n{}{}{}", o.name, l.dpo, self.colon(), self.contact(&o.dpo).replace('\n', ", ")),
            ),
        ];
        if !o.representative.is_empty() {
            intro.push(Self::field(l.representative, self.contact(&o.representative)));
        }
        if let Some(c) = controller {
            let mut text = vec![c.name.clone()];
            if !c.address.is_empty() || !c.country.is_empty() {
                text.push(
                    [c.address.clone(), self.country(&c.country)]
                        .into_iter()
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join(", "),
                );
            }
            if !c.contact.is_empty() {
                text.push(format!("{}{}{}", l.contact, self.colon(), self.contact(&c.contact).replace('\n', ", ")));
            }
            text.push(format!(
                "{}{}{}",
                l.representative,
                self.colon(),
                self.representative(&c.representative, &c.country).replace('\n', ", ")
            ));
            text.push(format!("{}{}{}", l.dpo, self.colon(), self.contact(&c.dpo).replace('\n', ", ")));
            intro.push(Self::field(l.a2_controller, text.join("\n")));
        } else {
            intro.push(Self::field(l.a2_controller, l.not_recorded.into()));
        }
        b.push(Block::Keep(intro));
        for a in activities.iter().filter(|a| match controller {
            Some(c) => a.controller_ids.contains(&c.id),
            None => a.controller_ids.is_empty(),
        }) {
            b.push(self.processor_activity(a));
        }
    }

    /// An activity's section of the processor's record, kept on one page when it fits on one.
    fn processor_activity(&self, a: &Activity) -> Block {
        let l = self.l;
        let mut b = vec![Block::Heading { level: 2, text: a.name.clone(), anchor: true }];
        if !a.description.is_empty() {
            b.push(Self::field(l.description, a.description.clone()));
        }
        let processing = [
            self.list(a.purposes.iter().cloned()),
            format!(
                "{}{}\n{}",
                l.c1_subjects.trim_start_matches("(c) ").trim_start_matches("c) "),
                self.colon().trim_end(),
                self.list(a.data_subjects.iter().cloned())
            ),
            format!(
                "{}{}\n{}",
                l.c1_data.trim_start_matches("(c) ").trim_start_matches("c) "),
                self.colon().trim_end(),
                self.data_categories(a)
            ),
        ]
        .join("\n");
        b.push(Self::field(l.b2_processing, processing));
        b.push(Self::field(l.c2_transfers, self.transfers(a)));
        b.push(Self::field(l.d2_security, self.measures(a)));
        b.push(Self::field(l.f1_erasure.trim_start_matches("(f) ").trim_start_matches("f) "), self.retention(a)));
        self.other_fields(&mut b, a);
        Block::Keep(b)
    }

    fn annexes(&self, b: &mut Vec<Block>) {
        let l = self.l;
        let org = self.organisation.id;
        b.push(Block::Heading { level: 0, text: l.annexes.into(), anchor: true });
        let annex = if self.organisation.acts_as_processor { l.annex_subprocessors } else { l.annex_processors };
        b.push(Block::Heading { level: 1, text: annex.into(), anchor: true });
        let site_name = |id: Option<Id>| {
            id.and_then(|id| self.register.sites.iter().find(|s| s.id == id))
                .map(|s| s.name.clone())
                .unwrap_or_else(|| l.all_sites.into())
        };
        // A cell the service leaves empty takes what the register holds elsewhere: the country
        // of the sub-processor's establishment, the activities that engage it, the safeguard's
        // details. Empty only when there is nothing (no safeguard for a service inside the EEA).
        let mut rows = Vec::new();
        for s in self.register.subprocessors.iter().filter(|s| s.organisation_id == org) {
            if s.services.is_empty() {
                rows.push(vec![
                    s.name.clone(),
                    l.all_sites.into(),
                    self.country(&s.country),
                    self.engaging(s),
                    String::new(),
                ]);
            }
            for svc in &s.services {
                let country = if svc.country.trim().is_empty() { &s.country } else { &svc.country };
                let place = if svc.place.is_empty() { String::new() } else { format!("\n{}", svc.place) };
                let purpose = if svc.purpose.trim().is_empty() { self.engaging(s) } else { svc.purpose.clone() };
                let safeguard = svc.safeguard.as_ref().map(|g| self.label(g)).unwrap_or_default();
                rows.push(vec![
                    s.name.clone(),
                    site_name(svc.site_id),
                    format!("{}{place}", self.country(country)).trim_start().to_string(),
                    purpose,
                    first_filled([safeguard, svc.safeguard_detail.clone()]),
                ]);
            }
        }
        b.push(self.table(
            &[
                (l.col_subprocessor, 0.2),
                (l.col_site, 0.15),
                (l.col_country, 0.2),
                (l.col_purpose, 0.25),
                (l.col_safeguard, 0.2),
            ],
            rows,
        ));
        self.contracts(b);
        b.push(Block::Heading { level: 1, text: l.annex_measures.into(), anchor: true });
        let rows = self
            .register
            .measures
            .iter()
            .filter(|m| m.organisation_id == org)
            .map(|m| vec![m.name.clone(), self.label(&m.category), m.description.clone()])
            .collect();
        b.push(self.table(&[(l.col_measure, 0.25), (l.col_category, 0.2), (l.col_description, 0.55)], rows));
        b.push(Block::Heading { level: 1, text: l.annex_transfers.into(), anchor: true });
        let rows = self
            .register
            .activities
            .iter()
            .filter(|a| a.organisation_id == org)
            .flat_map(|a| {
                a.transfers.iter().map(move |t| {
                    let safeguard = t.safeguard.as_ref().map(|s| self.label(s)).unwrap_or_default();
                    vec![
                        a.name.clone(),
                        self.transfer_recipient(a, t),
                        self.transfer_place(a, t),
                        first_filled([safeguard, t.safeguard_detail.clone(), l.no_safeguard.into()]),
                    ]
                })
            })
            .collect();
        b.push(self.table(
            &[(l.col_activity, 0.3), (l.col_recipient, 0.25), (l.col_country, 0.15), (l.col_safeguard, 0.3)],
            rows,
        ));
    }

    /// The data processing agreements the register rests on (Art. 28(3) and (4)), under annex A:
    /// with each client (only the client of an extract), then with each (sub-)processor.
    fn contracts(&self, b: &mut Vec<Block>) {
        let l = self.l;
        let org = self.organisation.id;
        let clients = self
            .register
            .controllers
            .iter()
            .filter(|c| c.organisation_id == org && self.options.controller.is_none_or(|only| only == c.id))
            .map(|c| (c.name.as_str(), l.contract_client, &c.contract));
        let providers =
            if self.organisation.acts_as_processor { l.contract_subprocessor } else { l.contract_processor };
        let providers = self
            .register
            .subprocessors
            .iter()
            .filter(|s| s.organisation_id == org)
            .map(|s| (s.name.as_str(), providers, &s.contract));
        let rows: Vec<Vec<String>> = clients
            .chain(providers)
            .map(|(name, role, c)| {
                let agreement = if c.is_recorded() {
                    let signed =
                        c.signed_on.map(|d| format!("{} {}", l.contract_signed, labels::date(d, self.options.lang)));
                    let module = c.scc_module.map(|m| format!("{} {m}", l.scc_module));
                    [Some(c.version.clone()), signed, module]
                        .into_iter()
                        .flatten()
                        .filter(|t| !t.is_empty())
                        .collect::<Vec<_>>()
                        .join("\n")
                } else {
                    l.not_recorded.to_string()
                };
                let terms = [
                    c.sub_processing.as_ref().map(|v| self.label(v)).unwrap_or_default(),
                    if c.objection_period.trim().is_empty() {
                        String::new()
                    } else {
                        format!("{}{}{}", l.contract_objection, self.colon(), c.objection_period)
                    },
                ];
                // The fingerprint in four groups, so that it wraps in its cell.
                let sha = c.sha256.trim();
                let sha = if sha.is_empty() {
                    String::new()
                } else {
                    let groups: Vec<String> =
                        sha.chars().collect::<Vec<_>>().chunks(16).map(|g| g.iter().collect()).collect();
                    format!("SHA-256{}{}", self.colon(), groups.join(" "))
                };
                vec![
                    format!("{name}\n{role}"),
                    agreement,
                    c.ends_on.map(|d| labels::date(d, self.options.lang)).unwrap_or_default(),
                    terms.into_iter().filter(|t| !t.is_empty()).collect::<Vec<_>>().join("\n"),
                    [c.document.clone(), sha].into_iter().filter(|t| !t.is_empty()).collect::<Vec<_>>().join("\n"),
                ]
            })
            .collect();
        if rows.is_empty() {
            return;
        }
        b.push(Block::Heading { level: 2, text: l.contracts.into(), anchor: false });
        b.push(self.table(
            &[
                (l.col_party, 0.2),
                (l.col_agreement, 0.24),
                (l.col_ends, 0.14),
                (l.col_sub_processing, 0.22),
                (l.col_document, 0.2),
            ],
            rows,
        ));
    }

    /// The names of the organisation's activities that engage a sub-processor, one a line: what
    /// it is engaged for, when its services do not say.
    fn engaging(&self, s: &SubProcessor) -> String {
        self.register
            .activities
            .iter()
            .filter(|a| a.organisation_id == s.organisation_id && a.subprocessor_ids.contains(&s.id))
            .map(|a| a.name.clone())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Who the activity's record says handles its data, and in which country: its recipients, the
    /// (sub-)processors it engages (where established and where each service is carried out) and
    /// the providers of its locations. Only those whose name and country are both recorded.
    fn parties<'r>(&'r self, a: &'r Activity) -> impl Iterator<Item = (&'r str, &'r str)> {
        let recipients = a.recipients.iter().map(|r| (r.name.as_str(), r.country.as_str()));
        let processors =
            self.register.subprocessors.iter().filter(|s| a.subprocessor_ids.contains(&s.id)).flat_map(|s| {
                std::iter::once(s.country.as_str())
                    .chain(s.services.iter().map(|svc| svc.country.as_str()))
                    .map(move |country| (s.name.as_str(), country))
            });
        let locations = a.locations.iter().map(|l| (l.provider.as_str(), l.country.as_str()));
        recipients
            .chain(processors)
            .chain(locations)
            .filter(|(name, country)| !name.trim().is_empty() && !country.trim().is_empty())
    }

    /// Who receives a transfer, for annex C: its recipient or, when none is recorded (a
    /// spreadsheet's column of countries), those the activity's record places in the transfer's
    /// country, one a line. Empty only when the register holds no one there.
    fn transfer_recipient(&self, a: &Activity, t: &Transfer) -> String {
        if !t.recipient.trim().is_empty() {
            return t.recipient.clone();
        }
        let mut names: Vec<&str> = Vec::new();
        for (name, country) in self.parties(a) {
            if same_country(country, &t.country) && !names.iter().any(|n| fold(n) == fold(name)) {
                names.push(name);
            }
        }
        names.join("\n")
    }

    /// Where a transfer goes, for annex C: its country or, when none is recorded, the country the
    /// activity's record gives its recipient; said when the recipient is an international
    /// organisation.
    fn transfer_place(&self, a: &Activity, t: &Transfer) -> String {
        let country = if t.country.trim().is_empty() {
            self.parties(a)
                .find(|(name, _)| !t.recipient.trim().is_empty() && fold(name) == fold(&t.recipient))
                .map(|(_, country)| self.country(country))
                .unwrap_or_default()
        } else {
            self.country(&t.country)
        };
        match (t.international_organisation, country.is_empty()) {
            (false, _) => country,
            (true, false) => format!("{country} ({})", self.l.international_organisation),
            (true, true) => capitalised(self.l.international_organisation),
        }
    }

    fn table(&self, columns: &[(&str, f32)], rows: Vec<Vec<String>>) -> Block {
        if rows.is_empty() {
            return Block::Paragraph { text: self.l.not_recorded.into(), size: BODY_SIZE, bold: false };
        }
        Block::Table {
            columns: columns
                .iter()
                .map(|(header, share)| Column { header: header.to_string(), share: *share })
                .collect(),
            rows,
        }
    }
}

/// The titles of the anchored headings of `blocks`, those of groups included, in order.
fn anchored_titles(blocks: &[Block], titles: &mut Vec<(u8, String)>) {
    for block in blocks {
        match block {
            Block::Heading { level, text, anchor: true } => titles.push((*level, text.clone())),
            Block::Keep(group) => anchored_titles(group, titles),
            _ => {}
        }
    }
}

/// Whether two countries as recorded are the same: by ISO code when both are recognised, by their
/// text otherwise.
fn same_country(a: &str, b: &str) -> bool {
    match (countries::recognise(a), countries::recognise(b)) {
        (Some(a), Some(b)) => a.code == b.code,
        _ => !a.trim().is_empty() && fold(a) == fold(b),
    }
}

/// The first of `texts` that is not blank; empty when all are.
fn first_filled<const N: usize>(texts: [String; N]) -> String {
    texts.into_iter().find(|t| !t.trim().is_empty()).unwrap_or_default()
}

/// `text` with a capital first letter, to stand alone in a cell.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn join(main: &str, detail: &str) -> String {
    if detail.trim().is_empty() {
        main.to_string()
    } else {
        format!("{main} — {detail}")
    }
}
