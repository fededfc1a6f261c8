//! Plain-text rendering of one activity for the terminal.

use std::io::{self, Write};

use ropa_core::model::{
    DataCategory, LawfulBasis, Period, RecipientKind, Retention, Role, Safeguard, Sensitivity, SpecialCondition,
    Status, TimeUnit,
};
use ropa_core::reference::countries;
use ropa_core::view::ActivityView;

const NOT_RECORDED: &str = "Not recorded";

pub fn role(role: Role) -> &'static str {
    match role {
        Role::Controller => "controller",
        Role::Processor => "processor",
    }
}

pub fn status(status: Status) -> &'static str {
    match status {
        Status::Draft => "draft",
        Status::Active => "active",
        Status::Retired => "retired",
    }
}

pub fn activity(out: &mut impl Write, v: &ActivityView) -> io::Result<()> {
    let a = &v.activity;
    writeln!(out, "Activity {}: {}", a.id, a.name)?;
    field(out, "Organisation", &v.organisation)?;
    field(out, "Reference", &a.reference)?;
    field(out, "Role", role(a.role))?;
    field(out, "Status", status(a.status))?;
    field(out, "Description", &a.description)?;
    if a.role == Role::Processor {
        list(out, "Controllers (Art. 30(2)(a))", v.controllers.iter().map(|c| c.name.clone()))?;
    } else {
        list(out, "Joint controllers (Art. 30(1)(a))", a.joint_controllers.iter().map(|c| c.name.clone()))?;
    }
    list(out, "Purposes (Art. 30(1)(b))", a.purposes.iter().cloned())?;
    list(
        out,
        "Legal basis (Art. 6(1))",
        a.legal_bases.iter().map(|b| with_detail(&lawful_basis(&b.basis), &b.detail)),
    )?;
    if !a.special_bases.is_empty() {
        list(
            out,
            "Art. 9(2) conditions",
            a.special_bases.iter().map(|b| with_detail(&special_condition(&b.condition), &b.detail)),
        )?;
    }
    list(out, "Data subjects (Art. 30(1)(c))", a.data_subjects.iter().cloned())?;
    list(out, "Personal data (Art. 30(1)(c))", a.data_categories.iter().map(data_category))?;
    field(out, "Source", &a.source)?;
    list(
        out,
        "Recipients (Art. 30(1)(d))",
        a.recipients.iter().map(|r| {
            let kind = match &r.kind {
                RecipientKind::Internal => "internal".to_string(),
                RecipientKind::External => "external organisation".to_string(),
                RecipientKind::Processor => "processor".to_string(),
                RecipientKind::PublicAuthority => "public authority".to_string(),
                RecipientKind::Other(text) => text.clone(),
            };
            format!("{} ({kind}{})", r.name, country_suffix(&r.country))
        }),
    )?;
    list(
        out,
        "Locations",
        a.locations.iter().map(|l| {
            [l.provider.as_str(), l.place.as_str(), &country(&l.country)]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(", ")
        }),
    )?;
    list(
        out,
        "Transfers (Art. 30(1)(e))",
        a.transfers.iter().map(|t| {
            let safeguard = t.safeguard.as_ref().map(safeguard).unwrap_or_else(|| "no safeguard recorded".into());
            with_detail(&format!("{} in {}: {safeguard}", t.recipient, country(&t.country)), &t.safeguard_detail)
        }),
    )?;
    list(out, "Retention (Art. 30(1)(f))", a.retention.iter().map(retention))?;
    list(out, "Security measures (Art. 30(1)(g))", v.measures.iter().map(|m| m.name.clone()))?;
    list(out, "Sub-processors", v.subprocessors.iter().map(|s| format!("{}{}", s.name, country_suffix(&s.country))))?;
    let dpia = match (a.dpia.required, a.dpia.status) {
        (None, _) => NOT_RECORDED.to_string(),
        (Some(false), _) => "not required".to_string(),
        (Some(true), None) => "required, not started".to_string(),
        (Some(true), Some(s)) => format!("required, {s:?}").to_lowercase().replace('_', " "),
    };
    field(out, "DPIA", &dpia)?;
    field(out, "Rights of data subjects", &a.rights)?;
    field(out, "Owner", &a.owner)?;
    let date = |d: Option<ropa_core::date::Date>| d.map(|d| d.to_string()).unwrap_or_default();
    field(out, "Created", &date(a.created_on))?;
    field(out, "Updated", &date(a.updated_on))?;
    field(out, "Next review", &date(a.next_review))?;
    field(out, "Notes", &a.notes)?;
    Ok(())
}

fn field(out: &mut impl Write, label: &str, value: &str) -> io::Result<()> {
    let value = if value.trim().is_empty() { NOT_RECORDED } else { value };
    writeln!(out, "  {label}: {value}")
}

fn list(out: &mut impl Write, label: &str, items: impl Iterator<Item = String>) -> io::Result<()> {
    let items: Vec<String> = items.collect();
    if items.is_empty() {
        return field(out, label, "");
    }
    writeln!(out, "  {label}:")?;
    for item in items {
        writeln!(out, "    - {item}")?;
    }
    Ok(())
}

fn with_detail(main: &str, detail: &str) -> String {
    if detail.trim().is_empty() {
        main.to_string()
    } else {
        format!("{main} — {detail}")
    }
}

fn country(code: &str) -> String {
    countries::by_code(code).map(|c| c.en.to_string()).unwrap_or_else(|| code.to_string())
}

fn country_suffix(code: &str) -> String {
    if code.is_empty() {
        String::new()
    } else {
        format!(", {}", country(code))
    }
}

fn lawful_basis(basis: &LawfulBasis) -> String {
    match basis {
        LawfulBasis::Consent => "Consent (6(1)(a))".into(),
        LawfulBasis::Contract => "Contract (6(1)(b))".into(),
        LawfulBasis::LegalObligation => "Legal obligation (6(1)(c))".into(),
        LawfulBasis::VitalInterests => "Vital interests (6(1)(d))".into(),
        LawfulBasis::PublicTask => "Public task (6(1)(e))".into(),
        LawfulBasis::LegitimateInterests => "Legitimate interests (6(1)(f))".into(),
        LawfulBasis::Other(text) => format!("{text} (as written)"),
    }
}

fn special_condition(condition: &SpecialCondition) -> String {
    match condition {
        SpecialCondition::Other(text) => format!("{text} (as written)"),
        known => format!("{known:?}"),
    }
}

fn data_category(c: &DataCategory) -> String {
    let flag = match c.sensitivity {
        Sensitivity::Standard => "",
        Sensitivity::SpecialCategory => " [special category, Art. 9]",
        Sensitivity::CriminalOffence => " [criminal offences, Art. 10]",
    };
    if c.detail.is_empty() {
        format!("{}{flag}", c.name)
    } else {
        format!("{} ({}){flag}", c.name, c.detail)
    }
}

fn period(p: &Period) -> String {
    let unit = match (p.unit, p.amount == 1) {
        (TimeUnit::Days, true) => "day",
        (TimeUnit::Days, false) => "days",
        (TimeUnit::Weeks, true) => "week",
        (TimeUnit::Weeks, false) => "weeks",
        (TimeUnit::Months, true) => "month",
        (TimeUnit::Months, false) => "months",
        (TimeUnit::Years, true) => "year",
        (TimeUnit::Years, false) => "years",
    };
    format!("{} {unit}", p.amount)
}

fn retention(r: &Retention) -> String {
    let mut text = r.period.as_ref().map(period).unwrap_or_default();
    if !r.from_event.is_empty() {
        text = format!("{text} from {}", r.from_event).trim().to_string();
    }
    if !r.criteria.is_empty() {
        text = if text.is_empty() { r.criteria.clone() } else { format!("{text} ({})", r.criteria) };
    }
    if r.applies_to.is_empty() {
        text
    } else {
        format!("{}: {text}", r.applies_to)
    }
}

fn safeguard(s: &Safeguard) -> String {
    match s {
        Safeguard::Adequacy => "adequacy decision (Art. 45)".into(),
        Safeguard::StandardContractualClauses => "standard contractual clauses (Art. 46(2)(c))".into(),
        Safeguard::BindingCorporateRules => "binding corporate rules (Art. 47)".into(),
        Safeguard::CodeOfConduct => "code of conduct (Art. 46(2)(e))".into(),
        Safeguard::Certification => "certification (Art. 46(2)(f))".into(),
        Safeguard::AdHocClauses => "ad hoc contractual clauses (Art. 46(3)(a))".into(),
        Safeguard::PublicAuthorityInstrument => "instrument between public authorities (Art. 46(2)(a))".into(),
        Safeguard::Derogation(d) => format!("derogation (Art. 49(1)): {d:?}"),
        Safeguard::PrivacyShield => "EU-US Privacy Shield (invalidated on 16 July 2020, C-311/18)".into(),
        Safeguard::Other(text) => format!("{text} (as written)"),
    }
}
