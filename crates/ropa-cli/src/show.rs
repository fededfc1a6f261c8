//! Plain-text rendering of one activity for the terminal, in the language asked for (the words
//! are the language files' `show-…`).

use std::io::{self, Write};

use ropa_core::csv::fields::{details_of, other_details, Field};
use ropa_core::model::{DataCategory, Role, Sensitivity};
use ropa_core::reference::countries;
use ropa_core::tr;
use ropa_core::view::ActivityView;
use ropa_core::vocab::{in_sentence, Lang, Vocabulary};

/// The words of one activity, in `lang`.
struct Show {
    lang: Lang,
}

impl Show {
    fn t(&self, id: &str) -> String {
        ropa_core::i18n::text(self.lang, id)
    }

    fn field(&self, out: &mut impl Write, label: &str, value: &str) -> io::Result<()> {
        let missing = self.t("show-not-recorded");
        let value = if value.trim().is_empty() { missing.as_str() } else { value };
        let colon = ropa_core::vocab::colon(self.lang);
        writeln!(out, "  {label}{colon}{}", value.replace('\n', "\n    "))
    }

    fn list(&self, out: &mut impl Write, label: &str, items: impl Iterator<Item = String>) -> io::Result<()> {
        let items: Vec<String> = items.collect();
        if items.is_empty() {
            return self.field(out, label, "");
        }
        writeln!(out, "  {label}{}", ropa_core::vocab::colon(self.lang).trim_end())?;
        for item in items {
            writeln!(out, "    - {item}")?;
        }
        Ok(())
    }

    fn country(&self, code: &str) -> String {
        countries::by_code(code).map(|c| c.name(self.lang).to_string()).unwrap_or_else(|| code.to_string())
    }

    fn country_suffix(&self, code: &str) -> String {
        if code.is_empty() {
            String::new()
        } else {
            format!(", {}", self.country(code))
        }
    }

    /// The label of a value, or the text as written with a note when it was not recognised.
    fn label<T: Vocabulary>(&self, value: &T) -> String {
        match value.written() {
            Some(text) if text.trim().is_empty() => self.t("show-kind-not-recorded"),
            Some(text) => tr!(self.lang, "show-as-written", text = text),
            None => value.label(self.lang),
        }
    }

    fn data_category(&self, c: &DataCategory) -> String {
        let flag = match c.sensitivity {
            Sensitivity::Standard => String::new(),
            other => format!(" [{}]", other.label(self.lang)),
        };
        if c.detail.is_empty() {
            format!("{}{flag}", c.name)
        } else {
            format!("{} ({}){flag}", c.name, c.detail)
        }
    }
}

pub fn activity(out: &mut impl Write, v: &ActivityView, lang: Lang) -> io::Result<()> {
    let s = Show { lang };
    let t = |id: &str| s.t(id);
    let a = &v.activity;
    writeln!(out, "{}", tr!(lang, "show-activity", id = a.id.to_string(), name = a.name.as_str()))?;
    s.field(out, &t("show-organisation"), &v.organisation)?;
    s.field(out, &t("show-role"), &in_sentence(lang, &a.role.label(lang)))?;
    s.field(out, &t("show-status"), &in_sentence(lang, &a.status.label(lang)))?;
    s.field(out, &t("show-description"), &a.description)?;
    // A processor's record follows Art. 30(2); a controller's, Art. 30(1).
    let processor = a.role == Role::Processor;
    if processor {
        s.list(out, &t("show-controllers"), v.controllers.iter().map(|c| c.name.clone()))?;
    } else {
        s.list(out, &t("show-joint-controllers"), a.joint_controllers.iter().map(|c| c.name.clone()))?;
    }
    let article = |controller: &str, processor_item: &str| t(if processor { processor_item } else { controller });
    s.list(out, &article("show-purposes", "show-categories-of-processing"), a.purposes.iter().cloned())?;
    if processor && a.legal_bases.is_empty() {
        s.field(out, &t("show-legal-basis"), &t("show-legal-basis-processor"))?;
    } else {
        s.list(
            out,
            &t("show-legal-basis"),
            a.legal_bases.iter().map(|b| {
                let basis = with_detail(&s.label(&b.basis), &b.detail);
                if b.evidence.trim().is_empty() {
                    basis
                } else {
                    format!("{basis} ({})", tr!(lang, "show-evidence-record", evidence = b.evidence.as_str()))
                }
            }),
        )?;
    }
    if !a.special_bases.is_empty() {
        s.list(
            out,
            &t("show-special-bases"),
            a.special_bases.iter().map(|b| with_detail(&s.label(&b.condition), &b.detail)),
        )?;
    }
    s.list(out, &article("show-data-subjects-30", "show-data-subjects"), a.data_subjects.iter().cloned())?;
    s.list(
        out,
        &article("show-personal-data-30", "show-personal-data"),
        a.data_categories.iter().map(|c| s.data_category(c)),
    )?;
    s.list(
        out,
        &article("show-recipients-30", "show-recipients"),
        a.recipients.iter().map(|r| {
            let kind = in_sentence(lang, &s.label(&r.kind));
            format!("{} ({kind}{})", r.name, s.country_suffix(&r.country))
        }),
    )?;
    s.list(
        out,
        &t("show-locations"),
        a.locations.iter().map(|l| {
            [l.provider.as_str(), l.place.as_str(), &s.country(&l.country)]
                .into_iter()
                .filter(|x| !x.is_empty())
                .collect::<Vec<_>>()
                .join(", ")
        }),
    )?;
    let transfers = article("show-transfers-30-1", "show-transfers-30-2");
    if a.no_transfers && a.transfers.is_empty() {
        s.field(out, &transfers, &t("show-no-transfers"))?;
    } else {
        s.list(
            out,
            &transfers,
            a.transfers.iter().map(|tr| {
                let safeguard = tr.safeguard.as_ref().map(|x| s.label(x)).unwrap_or_else(|| t("show-no-safeguard"));
                let country = s.country(&tr.country);
                let line = if tr.recipient.trim().is_empty() {
                    tr!(lang, "show-transfer-country", country = country, safeguard = safeguard)
                } else {
                    let recipient = tr.recipient.as_str();
                    tr!(lang, "show-transfer", recipient = recipient, country = country, safeguard = safeguard)
                };
                with_detail(&line, &tr.safeguard_detail)
            }),
        )?;
    }
    s.list(
        out,
        &article("show-retention", "show-retention-processor"),
        a.retention.iter().map(|r| ropa_core::vocab::retention(r, lang)),
    )?;
    s.list(out, &article("show-measures-30-1", "show-measures-30-2"), v.measures.iter().map(|m| m.name.clone()))?;
    s.list(
        out,
        &article("show-processors", "show-subprocessors"),
        v.subprocessors.iter().map(|p| format!("{}{}", p.name, s.country_suffix(&p.country))),
    )?;
    let status = a.dpia.status.map(|x| in_sentence(lang, &x.label(lang)));
    let mut dpia = match (a.dpia.required, &status) {
        (None, None) => String::new(),
        (None, Some(x)) => x.clone(),
        (Some(false), _) => t("show-dpia-not-required"),
        (Some(true), None) => t("show-dpia-required-no-progress"),
        (Some(true), Some(x)) => tr!(lang, "show-dpia-required", status = x.as_str()),
    };
    let reference = details_of(Field::DpiaStatus, a).join("; ");
    if !reference.is_empty() {
        dpia = if dpia.is_empty() { reference } else { format!("{dpia} ({reference})") };
    }
    s.field(out, &t("show-dpia"), &dpia)?;
    let automated = match a.automated_decisions {
        None => String::new(),
        Some(false) => t("show-none"),
        Some(true) => with_detail(&t("show-yes"), &details_of(Field::AutomatedDecisions, a).join("; ")),
    };
    s.field(out, Field::AutomatedDecisions.label(lang), &automated)?;
    // The text fields the catalogue places among the other details (source, rights, notes…).
    for (field, value) in other_details(a, true) {
        s.field(out, field.label(lang), value)?;
    }
    let date = |d: Option<ropa_core::date::Date>| d.map(|d| d.to_string()).unwrap_or_default();
    s.field(out, &t("show-created"), &date(a.created_on))?;
    s.field(out, &t("show-updated"), &date(a.updated_on))?;
    if a.last_review.is_some() {
        s.field(out, &t("show-last-review"), &date(a.last_review))?;
    }
    s.field(out, &t("show-next-review"), &date(a.next_review))?;
    Ok(())
}

fn with_detail(main: &str, detail: &str) -> String {
    if detail.trim().is_empty() {
        main.to_string()
    } else {
        format!("{main} — {detail}")
    }
}
