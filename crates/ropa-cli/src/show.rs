//! Plain-text rendering of one activity for the terminal.

use std::io::{self, Write};

use ropa_core::model::{DataCategory, Role, Sensitivity, Status};
use ropa_core::reference::countries;
use ropa_core::view::ActivityView;
use ropa_core::vocab::{Lang, Vocabulary};

const NOT_RECORDED: &str = "Not recorded";

pub fn role(role: Role) -> String {
    role.label(Lang::En).to_lowercase()
}

pub fn status(status: Status) -> String {
    status.label(Lang::En).to_lowercase()
}

pub fn activity(out: &mut impl Write, v: &ActivityView) -> io::Result<()> {
    let a = &v.activity;
    writeln!(out, "Activity {}: {}", a.id, a.name)?;
    field(out, "Organisation", &v.organisation)?;
    field(out, "Reference", &a.reference)?;
    field(out, "Role", &role(a.role))?;
    field(out, "Status", &status(a.status))?;
    field(out, "Description", &a.description)?;
    if a.role == Role::Processor {
        list(out, "Controllers (Art. 30(2)(a))", v.controllers.iter().map(|c| c.name.clone()))?;
    } else {
        list(out, "Joint controllers (Art. 30(1)(a))", a.joint_controllers.iter().map(|c| c.name.clone()))?;
    }
    // A processor's record follows Art. 30(2); a controller's, Art. 30(1).
    let processor = a.role == Role::Processor;
    let article =
        |controller: &'static str, processor_item: &'static str| if processor { processor_item } else { controller };
    list(
        out,
        article("Purposes (Art. 30(1)(b))", "Categories of processing (Art. 30(2)(b))"),
        a.purposes.iter().cloned(),
    )?;
    if processor && a.legal_bases.is_empty() {
        field(out, "Legal basis (Art. 6(1))", "the controller's to decide (processor activity)")?;
    } else {
        list(
            out,
            "Legal basis (Art. 6(1))",
            a.legal_bases.iter().map(|b| {
                let basis = with_detail(&label(&b.basis), &b.detail);
                if b.evidence.trim().is_empty() {
                    basis
                } else {
                    format!("{basis} (record: {})", b.evidence)
                }
            }),
        )?;
    }
    if !a.special_bases.is_empty() {
        list(
            out,
            "Art. 9(2) conditions",
            a.special_bases.iter().map(|b| with_detail(&label(&b.condition), &b.detail)),
        )?;
    }
    list(out, article("Data subjects (Art. 30(1)(c))", "Data subjects"), a.data_subjects.iter().cloned())?;
    list(out, article("Personal data (Art. 30(1)(c))", "Personal data"), a.data_categories.iter().map(data_category))?;
    field(out, "Source", &a.source)?;
    list(
        out,
        article("Recipients (Art. 30(1)(d))", "Recipients"),
        a.recipients.iter().map(|r| {
            let kind = label(&r.kind).to_lowercase();
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
    let transfers = article("Transfers (Art. 30(1)(e))", "Transfers (Art. 30(2)(c))");
    if a.no_transfers && a.transfers.is_empty() {
        field(out, transfers, "none: no personal data go to a third country or an international organisation")?;
    } else {
        list(
            out,
            transfers,
            a.transfers.iter().map(|t| {
                let safeguard = t.safeguard.as_ref().map(label).unwrap_or_else(|| "no safeguard recorded".into());
                with_detail(&format!("{} in {}: {safeguard}", t.recipient, country(&t.country)), &t.safeguard_detail)
            }),
        )?;
    }
    list(
        out,
        article("Retention (Art. 30(1)(f))", "Retention"),
        a.retention.iter().map(|r| ropa_core::vocab::retention(r, Lang::En)),
    )?;
    list(
        out,
        article("Security measures (Art. 30(1)(g))", "Security measures (Art. 30(2)(d))"),
        v.measures.iter().map(|m| m.name.clone()),
    )?;
    list(out, "Sub-processors", v.subprocessors.iter().map(|s| format!("{}{}", s.name, country_suffix(&s.country))))?;
    let status = a.dpia.status.map(|s| s.label(Lang::En).to_lowercase());
    let mut dpia = match (a.dpia.required, &status) {
        (None, None) => String::new(),
        (None, Some(s)) => s.clone(),
        (Some(false), _) => "not required".to_string(),
        (Some(true), None) => "required, progress not recorded".to_string(),
        (Some(true), Some(s)) => format!("required, {s}"),
    };
    if !a.dpia.reference.trim().is_empty() {
        dpia = if dpia.is_empty() { a.dpia.reference.clone() } else { format!("{dpia} ({})", a.dpia.reference) };
    }
    field(out, "DPIA", &dpia)?;
    if !a.criminal_basis.trim().is_empty() {
        field(out, "Art. 10 basis", &a.criminal_basis)?;
    }
    let automated = match a.automated_decisions {
        None => String::new(),
        Some(false) => "none".to_string(),
        Some(true) => with_detail("yes", &a.automated_decisions_detail),
    };
    field(out, "Automated decisions (Art. 22)", &automated)?;
    field(out, "Rights of data subjects", &a.rights)?;
    field(out, "Owner", &a.owner)?;
    if !a.software.trim().is_empty() {
        field(out, "Software", &a.software)?;
    }
    let date = |d: Option<ropa_core::date::Date>| d.map(|d| d.to_string()).unwrap_or_default();
    field(out, "Created", &date(a.created_on))?;
    field(out, "Updated", &date(a.updated_on))?;
    if a.last_review.is_some() {
        field(out, "Last review", &date(a.last_review))?;
    }
    field(out, "Next review", &date(a.next_review))?;
    field(out, "Notes", &a.notes)?;
    Ok(())
}

fn field(out: &mut impl Write, label: &str, value: &str) -> io::Result<()> {
    let value = if value.trim().is_empty() { NOT_RECORDED } else { value };
    writeln!(out, "  {label}: {}", value.replace('\n', "\n    "))
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

/// The English label of a value, or the text as written with a note when it was not recognised.
fn label<T: Vocabulary>(value: &T) -> String {
    match value.written() {
        Some(text) if text.trim().is_empty() => "kind not recorded".to_string(),
        Some(text) => format!("{text} (as written)"),
        None => value.label(Lang::En),
    }
}

fn data_category(c: &DataCategory) -> String {
    let flag = match c.sensitivity {
        Sensitivity::Standard => String::new(),
        other => format!(" [{}]", other.label(Lang::En)),
    };
    if c.detail.is_empty() {
        format!("{}{flag}", c.name)
    } else {
        format!("{} ({}){flag}", c.name, c.detail)
    }
}
