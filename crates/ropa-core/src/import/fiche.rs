//! One activity's fiche, as the CNIL register keeps it: labels down one column, the values to
//! their right, in sections (actors, purposes, data with their retention, sensitive data, data
//! subjects, recipients, security measures, transfers outside the EU). Sections are found by their
//! labels, not their rows, so that a fiche with rows added or removed still reads; a label the
//! fiche does not know, with a value, goes to the notes under that label.

use std::collections::HashMap;

use super::contacts::ContactRole;
use super::report::{Issue, MappedColumn, SheetKind};
use crate::csv::cells::{parse_date, parse_yes_no};
use crate::csv::fields::{self, Dialect, Draft, Field, Problem};
use crate::csv::presets::{self, header_key, Preset};
use crate::model::{
    Contact, DataCategory, MeasureCategory, Recipient, RecipientKind, Safeguard, Sensitivity, Transfer,
};
use crate::reference::countries;
use crate::text::fold;
use crate::vocab::{Lang, Vocabulary};
use crate::workbook::cnil::{self, Label};
use crate::workbook::Grid;

/// A fiche as read: the activity it describes, and what the report says of it.
#[derive(Debug, Clone)]
pub struct Fiche {
    pub sheet: String,
    /// The row of its name (or its first label).
    pub row: usize,
    pub kind: SheetKind,
    pub draft: Draft,
    /// Each label read and the field it fills.
    pub labels: Vec<MappedColumn>,
    /// The organisation's contacts the fiche names (controller, DPO, representative).
    pub contacts: Vec<(ContactRole, Contact, usize)>,
    pub warnings: Vec<Issue>,
    pub errors: Vec<Issue>,
    /// The template's own text (titles, instructions, links), not data.
    pub template_text: Vec<String>,
    /// The label and value of each field, to name them in the store's errors.
    pub columns_of: HashMap<Field, (String, String)>,
    /// The fields ropa's own rows after the template's gave (role and status among them).
    pub own: super::merge::Fields,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Top,
    Actors,
    Purposes,
    Data,
    Sensitive,
    Subjects,
    Recipients,
    Measures,
    Transfers,
    /// Rows ropa's export adds after the template's, in ropa's own cell format.
    More,
    /// Rows someone added after the template's.
    Extra,
}

fn is(label: &str, l: Label) -> bool {
    let key = header_key(label);
    !key.is_empty() && (key == label_key(l.fr) || key == label_key(l.en))
}

/// The key of one of the layout's labels, folded once.
fn label_key(label: &'static str) -> String {
    static KEYS: std::sync::OnceLock<std::sync::Mutex<HashMap<&'static str, String>>> = std::sync::OnceLock::new();
    let keys = KEYS.get_or_init(Default::default);
    let mut keys = keys.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    keys.entry(label).or_insert_with(|| header_key(label)).clone()
}

/// How far down a sheet a fiche's labels are looked for: a fiche is a form of some tens of rows,
/// a register list may have thousands.
const FICHE_ROWS: usize = 200;

/// "Sous-finalité 2", "Destinataire 3": the template's numbered row labels.
fn is_numbered(label: &str, l: Label) -> bool {
    let trimmed = label.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    trimmed.len() < label.trim().len() && is(trimmed, l)
}

fn section_of(label: &str) -> Option<Section> {
    Some(if is(label, cnil::ACTORS) {
        Section::Actors
    } else if is(label, cnil::PURPOSES) {
        Section::Purposes
    } else if is(label, cnil::DATA) {
        Section::Data
    } else if is(label, cnil::SENSITIVE) {
        Section::Sensitive
    } else if is(label, cnil::SUBJECTS) {
        Section::Subjects
    } else if is(label, cnil::RECIPIENTS) {
        Section::Recipients
    } else if is(label, cnil::MEASURES) {
        Section::Measures
    } else if is(label, cnil::TRANSFERS) {
        Section::Transfers
    } else if is(label, cnil::MORE) {
        Section::More
    } else {
        return None;
    })
}

/// The field of one of ropa's own columns named exactly (in English or French).
fn own_column(label: &str) -> Option<Field> {
    let key = header_key(label);
    fields::ACTIVITY_COLUMNS
        .iter()
        .find(|c| {
            !key.is_empty()
                && (header_key(c.header) == key
                    || crate::vocab::Lang::ALL.into_iter().any(|l| header_key(c.label(l)) == key))
        })
        .map(|c| c.field)
}

/// How many of a fiche's labels a sheet's rows have: three or more, and it is a fiche.
pub fn score(grid: &Grid) -> usize {
    let labels = [
        cnil::NAME,
        cnil::REFERENCE,
        cnil::ACTORS,
        cnil::MAIN_PURPOSE,
        cnil::DATA,
        cnil::SUBJECTS,
        cnil::RECIPIENTS,
        cnil::MEASURES,
        cnil::TRANSFERS,
        cnil::CREATED,
    ];
    let column = label_column(grid);
    let keys: Vec<String> =
        grid.rows.iter().take(FICHE_ROWS).filter_map(|r| r.cells.get(column)).map(|c| header_key(c)).collect();
    labels
        .iter()
        .filter(|l| keys.iter().any(|k| !k.is_empty() && (*k == label_key(l.fr) || *k == label_key(l.en))))
        .count()
}

/// The column the labels are in: where most known labels are (column A in the template).
fn label_column(grid: &Grid) -> usize {
    let mut counts: HashMap<usize, usize> = HashMap::new();
    for r in grid.rows.iter().take(FICHE_ROWS) {
        for (i, c) in r.cells.iter().enumerate().take(8) {
            if section_of(c).is_some() || is(c, cnil::NAME) || is(c, cnil::REFERENCE) {
                *counts.entry(i).or_default() += 1;
            }
        }
    }
    counts.into_iter().max_by_key(|(i, n)| (*n, std::cmp::Reverse(*i))).map_or(0, |(i, _)| i)
}

/// A value cell: not the template's placeholder, not "Non concerné", "Non" or "Aucun".
fn value(text: &str) -> Option<&str> {
    let text = text.trim();
    (!text.is_empty() && !cnil::is_placeholder(text) && !fields::says_nothing(text)).then_some(text)
}

/// The column of each of a section's sub-headers ("Description", "Durée de conservation").
fn columns(cells: &[(usize, String)], wanted: &[Label]) -> Vec<Option<usize>> {
    wanted.iter().map(|w| cells.iter().find(|(_, text)| is(text, *w)).map(|(i, _)| *i)).collect()
}

pub fn read(grid: &Grid, lang: Lang) -> Fiche {
    let sheet = grid.name.clone();
    let mut f = Fiche {
        sheet: sheet.clone(),
        row: grid.rows.first().map_or(1, |r| r.row),
        kind: SheetKind::Fiche,
        draft: Draft::default(),
        labels: Vec::new(),
        contacts: Vec::new(),
        warnings: Vec::new(),
        errors: Vec::new(),
        template_text: Vec::new(),
        columns_of: HashMap::new(),
        own: super::merge::Fields::default(),
    };
    f.draft.activity.status = crate::model::Status::Active;
    let label_col = label_column(grid);
    let mut section = Section::Top;
    let mut sub: Vec<Option<usize>> = Vec::new();
    let mut actor_columns: Vec<(usize, usize)> = Vec::new();
    // Cells of title rows that repeat the reference or the name (the template copies the
    // reference into H1): checked once both are read.
    let mut echoes: Vec<(usize, usize, String)> = Vec::new();
    let mut dpo_company = String::new();
    let mut contact_rows: Vec<(ContactRole, Contact, usize)> = Vec::new();

    let mut more = Draft::default();
    let mut more_given = super::merge::Fields::default();
    let mut previous_row = 0;
    for r in &grid.rows {
        let label = r.cells.get(label_col).map(|s| s.trim()).unwrap_or("");
        // A blank row ends a section, unless what follows is one of its numbered rows.
        let gap = r.row > previous_row + 1;
        previous_row = r.row;
        let item_of_section =
            [cnil::SUBJECT_ROW, cnil::RECIPIENT_ROW, cnil::MEASURE_ROW, cnil::TRANSFER_ROW, cnil::SUB_PURPOSE]
                .iter()
                .any(|l| is_numbered(label, *l));
        if gap && !item_of_section && !matches!(section, Section::Top | Section::More | Section::Extra) {
            section = Section::Extra;
        }
        // In the sections whose rows are named by the template ("Destinataire 1"), a label that
        // names one of ropa's fields is that field.
        if matches!(section, Section::Subjects | Section::Recipients | Section::Measures | Section::Transfers)
            && !item_of_section
            && section_of(label).is_none()
            && presets::field_for(Preset::Generic, label).is_some_and(|f| f != Field::NoteLine)
        {
            section = Section::Extra;
        }
        let mut cells: Vec<(usize, String)> = Vec::new();
        for (i, c) in r.cells.iter().enumerate() {
            if i == label_col || c.trim().is_empty() {
                continue;
            }
            if cnil::is_template_text(c) {
                if !f.template_text.iter().any(|t| t == c.trim()) {
                    f.template_text.push(c.trim().to_string());
                }
                continue;
            }
            cells.push((i, c.to_string()));
        }
        // Cells left of the labels (rare): kept in the notes.
        let label_at = |what: &str, f: &mut Fiche, field: Option<Field>| {
            f.labels.push(MappedColumn { header: what.to_string(), letter: format!("{}", r.row), field });
        };
        if label.is_empty() && cells.is_empty() {
            continue;
        }
        if cnil::is_template_text(label) {
            f.template_text.push(label.to_string());
            for (i, text) in cells {
                echoes.push((r.row, i, text));
            }
            continue;
        }
        let first = cells.first().map(|(_, t)| t.clone());
        let note = |f: &mut Fiche, what: &str, text: &str, column: usize| {
            let line = if what.is_empty() { text.to_string() } else { format!("{what}: {text}") };
            f.draft.note_lines.insert(r.row * 1000 + column, line);
        };
        // What ropa wrote after the template's rows: its own fields, whose names may be those of
        // the template's sections.
        if section == Section::More && own_column(label).is_some() {
            let field = own_column(label).expect("just checked");
            label_at(label, &mut f, Some(field));
            let text = cells.first().map(|(_, t)| t.as_str()).unwrap_or("");
            for problem in fields::apply(field, text, Dialect::Own, label, r.row * 1000, &mut more) {
                let column = cells.first().map_or(label_col + 1, |(i, _)| *i);
                match problem {
                    Problem::Warning(m) => f.warnings.push(Issue::cell(&sheet, r.row, column, label, text, m)),
                    Problem::Error(m) => f.errors.push(Issue::cell(&sheet, r.row, column, label, text, m)),
                }
            }
            more_given.insert(field);
            for (i, extra) in cells.iter().skip(1) {
                note(&mut f, label, extra, *i);
            }
            continue;
        }
        if let Some(s) = section_of(label) {
            section = s;
            label_at(label, &mut f, None);
            sub = match s {
                Section::Data | Section::Sensitive => {
                    columns(&cells, &[cnil::DESCRIPTION_COLUMN, cnil::RETENTION_COLUMN])
                }
                Section::Subjects => columns(&cells, &[cnil::DESCRIPTION_COLUMN, cnil::DETAIL_COLUMN]),
                Section::Recipients => columns(&cells, &[cnil::RECIPIENT_TYPE_COLUMN, cnil::DETAIL_COLUMN]),
                Section::Measures => columns(&cells, &[cnil::MEASURE_TYPE_COLUMN, cnil::DETAIL_COLUMN]),
                Section::Transfers => columns(&cells, &cnil::TRANSFER_COLUMNS),
                _ => Vec::new(),
            };
            if s == Section::Actors {
                actor_columns = cells
                    .iter()
                    .filter_map(|(i, text)| cnil::ACTOR_COLUMNS.iter().position(|l| is(text, *l)).map(|k| (*i, k)))
                    .collect();
            }
            // A section's header row holds sub-headers (layout, said as such); anything else on it
            // is kept.
            let known: Vec<usize> =
                sub.iter().flatten().copied().chain(actor_columns.iter().map(|(i, _)| *i)).collect();
            for (i, text) in &cells {
                if known.contains(i) && !f.template_text.contains(text) {
                    f.template_text.push(text.clone());
                }
            }
            for (n, (i, text)) in cells.iter().filter(|(i, _)| !known.contains(i)).enumerate() {
                if s == Section::Actors {
                    continue;
                }
                // The section's first cell may be its purpose; a cell beyond it is a margin note.
                match value(text) {
                    Some(p) if s == Section::Purposes && n == 0 => push_unique(&mut f.draft.activity.purposes, p),
                    _ => note(&mut f, label, text, *i),
                }
            }
            continue;
        }
        // The identification rows, wherever they are.
        let single = [
            (cnil::NAME, Field::Name),
            (cnil::REFERENCE, Field::Reference),
            (cnil::CREATED, Field::CreatedOn),
            (cnil::UPDATED, Field::UpdatedOn),
            (cnil::DESCRIPTION, Field::Description),
        ];
        if let Some((_, field)) = single.iter().find(|(l, _)| is(label, *l)) {
            label_at(label, &mut f, Some(*field));
            let Some((column, text)) = cells.first().cloned() else { continue };
            f.columns_of.entry(*field).or_insert((label.to_string(), text.clone()));
            let a = &mut f.draft.activity;
            match field {
                Field::Name => a.name = text.trim().to_string(),
                Field::Reference => a.reference = text.trim().to_string(),
                Field::Description => a.description = text.trim().to_string(),
                _ => match parse_date(&text) {
                    Ok(date) => {
                        if *field == Field::CreatedOn {
                            a.created_on = date;
                        } else {
                            a.updated_on = date;
                        }
                    }
                    Err(message) => {
                        f.warnings.push(Issue::cell(
                            &sheet,
                            r.row,
                            column,
                            label,
                            &text,
                            crate::i18n::Text::each(|lang| {
                                crate::tr!(lang, "import-kept-in-notes", what = message.get(lang))
                            }),
                        ));
                        note(&mut f, label, &text, column);
                    }
                },
            }
            for (i, extra) in cells.iter().skip(1) {
                note(&mut f, label, extra, *i);
            }
            continue;
        }
        match section {
            Section::Actors => {
                let role = if is(label, cnil::CONTROLLER) {
                    Some(Some(ContactRole::Controller))
                } else if is(label, cnil::DPO) {
                    Some(Some(ContactRole::Dpo))
                } else if is(label, cnil::REPRESENTATIVE) {
                    Some(Some(ContactRole::Representative))
                } else if is(label, cnil::JOINT) {
                    Some(None)
                } else {
                    None
                };
                if is(label, cnil::DPO_COMPANY) {
                    label_at(label, &mut f, None);
                    if let Some(company) = first.as_deref().and_then(value) {
                        dpo_company = company.to_string();
                    }
                    continue;
                }
                let Some(role) = role else {
                    fallback(&mut f, label, &cells, r.row);
                    continue;
                };
                label_at(label, &mut f, if role.is_none() { Some(Field::JointControllers) } else { None });
                let mut parts: [String; 7] = Default::default();
                for (i, text) in &cells {
                    match actor_columns.iter().find(|(c, _)| c == i) {
                        Some((_, k)) => parts[*k] = text.trim().to_string(),
                        None => note(&mut f, label, text, *i),
                    }
                }
                let [name, address, postcode, city, country, phone, email] = parts;
                let town = [postcode.as_str(), city.as_str()]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(" ");
                let address = [address.as_str(), town.as_str(), country.as_str()]
                    .iter()
                    .filter(|s| !s.is_empty() && value(s).is_some())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(", ");
                let contact = Contact {
                    name: value(&name).unwrap_or("").to_string(),
                    role: String::new(),
                    email: value(&email).unwrap_or("").to_string(),
                    phone: value(&phone).unwrap_or("").to_string(),
                    address,
                };
                if contact.is_empty() {
                    continue;
                }
                match role {
                    Some(role) => contact_rows.push((role, contact, r.row)),
                    None => f.draft.activity.joint_controllers.push(contact),
                }
            }
            Section::Purposes
                if is(label, cnil::MAIN_PURPOSE)
                    || is_numbered(label, cnil::SUB_PURPOSE)
                    || is(label, cnil::SUB_PURPOSE) =>
            {
                label_at(label, &mut f, Some(Field::Purposes));
                // The row's first cell is its purpose; a cell beyond it, a margin note.
                for (n, (i, text)) in cells.iter().enumerate() {
                    match value(text) {
                        Some(p) if n == 0 && is(label, cnil::MAIN_PURPOSE) => {
                            f.draft.activity.purposes.retain(|q| q != p);
                            f.draft.activity.purposes.insert(0, p.to_string());
                        }
                        Some(p) if n == 0 => push_unique(&mut f.draft.activity.purposes, p),
                        Some(_) => note(&mut f, label, text, *i),
                        None => {}
                    }
                }
            }
            Section::Data | Section::Sensitive if !label.is_empty() => {
                label_at(label, &mut f, Some(Field::DataCategories));
                let [description, retention] = section_values(&mut f, label, &cells, &sub, r.row);
                let described = description.as_deref().and_then(value);
                let kept = retention.as_deref().and_then(value);
                if described.is_none() && kept.is_none() {
                    continue;
                }
                let sensitivity = match section {
                    Section::Data => Sensitivity::Standard,
                    _ if is_criminal(label) => Sensitivity::CriminalOffence,
                    _ => Sensitivity::SpecialCategory,
                };
                // "X" or "Oui" in the description only says the category is processed.
                let detail = described.filter(|d| parse_yes_no(d) != Ok(Some(true))).unwrap_or("").to_string();
                let name = label.to_string();
                f.draft.activity.data_categories.push(DataCategory { name: name.clone(), detail, sensitivity });
                if let Some(kept) = kept {
                    let mut r = fields::loose_retention(kept);
                    r.applies_to = name;
                    f.draft.activity.retention.push(r);
                }
            }
            Section::Subjects if !label.is_empty() || !cells.is_empty() => {
                label_at(label, &mut f, Some(Field::DataSubjects));
                let [description, detail] = section_values(&mut f, label, &cells, &sub, r.row);
                let description = description.as_deref().and_then(value).map(str::to_string);
                let detail = detail.as_deref().and_then(value).map(str::to_string);
                let other = description.as_deref().is_some_and(|d| fold(d).starts_with("autre"));
                let subject = match (description, detail) {
                    (Some(_), Some(p)) if other => Some(p),
                    (Some(d), Some(p)) => Some(format!("{d} ({p})")),
                    (Some(d), None) => Some(d),
                    (None, Some(p)) => Some(p),
                    (None, None) => None,
                };
                if let Some(s) = subject {
                    push_unique(&mut f.draft.activity.data_subjects, &s);
                } else if !is_numbered(label, cnil::SUBJECT_ROW) {
                    // A category typed in the label column itself.
                    push_unique(&mut f.draft.activity.data_subjects, label);
                }
            }
            Section::Recipients if !label.is_empty() || !cells.is_empty() => {
                label_at(label, &mut f, Some(Field::Recipients));
                let [kind_text, detail] = section_values(&mut f, label, &cells, &sub, r.row);
                let kind_text = kind_text.as_deref().and_then(value).map(str::to_string);
                let detail = detail.as_deref().and_then(value).map(str::to_string);
                let (kind_text, detail) = match (kind_text, detail) {
                    (None, None) if !is_numbered(label, cnil::RECIPIENT_ROW) => (None, Some(label.to_string())),
                    (None, None) => continue,
                    pair => pair,
                };
                let kind = match kind_text.as_deref() {
                    None => RecipientKind::Other(String::new()),
                    Some(t) => cnil::recipient_kind(t)
                        .or_else(|| RecipientKind::recognise(t))
                        .unwrap_or_else(|| RecipientKind::Other(t.to_string())),
                };
                let name = detail.clone().or(kind_text.clone()).unwrap_or_default();
                f.draft.activity.recipients.push(Recipient { name, kind, country: String::new() });
            }
            Section::Measures if !label.is_empty() || !cells.is_empty() => {
                label_at(label, &mut f, Some(Field::Measures));
                let [kind_text, detail] = section_values(&mut f, label, &cells, &sub, r.row);
                let kind_text = kind_text.as_deref().and_then(value).map(str::to_string);
                let detail = detail.as_deref().and_then(value).map(str::to_string);
                // The type is the measure's category; the details, when given, name it.
                let category = |k: &str| {
                    if fold(k).starts_with("autre") || fold(k).starts_with("other") {
                        MeasureCategory::Other
                    } else {
                        cnil::measure_category(k).or_else(|| MeasureCategory::recognise(k)).unwrap_or_default()
                    }
                };
                let (name, category, description) = match (kind_text, detail) {
                    (Some(k), Some(d)) => {
                        let c = category(&k);
                        // A type ropa does not know is kept as the measure's description.
                        let kept = if c == MeasureCategory::Other
                            && !fold(&k).starts_with("autre")
                            && !fold(&k).starts_with("other")
                        {
                            k
                        } else {
                            String::new()
                        };
                        (d, c, kept)
                    }
                    (Some(k), None) => {
                        let c = category(&k);
                        (k, c, String::new())
                    }
                    (None, Some(d)) => (d, MeasureCategory::Other, String::new()),
                    (None, None) if !is_numbered(label, cnil::MEASURE_ROW) => {
                        (label.to_string(), MeasureCategory::Other, String::new())
                    }
                    (None, None) => continue,
                };
                if !f.draft.measures.iter().any(|m| fold(m) == fold(&name)) {
                    f.draft.measures.push(name.clone());
                    f.draft.measure_seeds.push((name, category, description));
                }
            }
            Section::Transfers if !label.is_empty() || !cells.is_empty() => {
                label_at(label, &mut f, Some(Field::Transfers));
                let raw = section_values::<4>(&mut f, label, &cells, &sub, r.row).map(Option::unwrap_or_default);
                if raw.iter().all(|t| t.trim().is_empty() || cnil::is_placeholder(t)) {
                    continue;
                }
                if raw
                    .iter()
                    .filter(|t| !t.trim().is_empty() && !cnil::is_placeholder(t))
                    .all(|t| fields::says_no_transfer(t))
                {
                    f.draft.activity.no_transfers = true;
                    continue;
                }
                let [recipient, country_text, safeguard_text, documentation] =
                    raw.map(|t| value(&t).unwrap_or("").to_string());
                // Documentation alone names no transfer: it is kept in the notes.
                if recipient.is_empty() && country_text.is_empty() && safeguard_text.is_empty() {
                    let column = sub.get(3).copied().flatten().unwrap_or(label_col + 1);
                    if !documentation.is_empty() {
                        note(&mut f, label, &documentation, column);
                    }
                    continue;
                }
                let mut problems = Vec::new();
                let country = if country_text.is_empty() {
                    String::new()
                } else {
                    fields::country(&country_text, Dialect::Loose, &mut problems)
                };
                let safeguard = (!safeguard_text.is_empty())
                    .then(|| fields::recognise_or_keep::<Safeguard>(&safeguard_text, "value-safeguard", &mut problems));
                let international_organisation = !country_text.is_empty()
                    && countries::recognise(&country_text).is_none()
                    && fold(&country_text).contains("organisation");
                for p in problems {
                    let column = sub.get(1).copied().flatten().unwrap_or(label_col + 1);
                    let (Problem::Warning(m) | Problem::Error(m)) = p;
                    f.warnings.push(Issue::cell(&sheet, r.row, column, label, &country_text, m));
                }
                f.draft.activity.transfers.push(Transfer {
                    recipient,
                    country,
                    international_organisation,
                    safeguard,
                    safeguard_detail: String::new(),
                    documentation,
                    ..Default::default()
                });
            }
            _ => fallback(&mut f, label, &cells, r.row),
        }
    }
    // What ropa wrote after the template's rows, exactly, is what the template could not say
    // exactly: it replaces what the template's rows gave for those fields.
    super::merge::replace(&mut f.draft.activity, &more.activity, more_given);
    if more.organisation.is_some() {
        f.draft.organisation = more.organisation.take();
    }
    f.own = more_given;
    for (field, from, to) in [
        (Field::Controllers, more.controllers, &mut f.draft.controllers),
        (Field::Measures, more.measures, &mut f.draft.measures),
        (Field::SubProcessors, more.subprocessors, &mut f.draft.subprocessors),
    ] {
        if more_given.contains(field) {
            *to = from;
        }
    }
    // The organisation's contacts, with the external DPO's company.
    for (role, mut contact, row) in contact_rows {
        if role == ContactRole::Dpo && !dpo_company.is_empty() {
            contact.name =
                if contact.name.is_empty() { dpo_company.clone() } else { format!("{}, {dpo_company}", contact.name) };
            dpo_company.clear();
        }
        f.contacts.push((role, contact, row));
    }
    if !dpo_company.is_empty() {
        f.contacts.push((ContactRole::Dpo, Contact { name: dpo_company, ..Default::default() }, f.row));
    }
    // Comments on the fiche's cells, in the notes under their row's label.
    for c in &grid.comments {
        if cnil::is_template_comment(&c.text) {
            let first = c.text.lines().next().unwrap_or("").trim().to_string();
            if !f.template_text.contains(&first) {
                f.template_text.push(first);
            }
            continue;
        }
        let label = grid.cell(c.row, label_col).trim();
        let on = if label.is_empty() || cnil::is_template_text(label) {
            format!("{}{}", super::report::column_letter(c.column), c.row)
        } else {
            label.lines().next().unwrap_or(label).to_string()
        };
        let said = crate::tr!(lang, "comment-on", on = on.as_str(), text = c.text.as_str());
        f.draft.note_lines.insert(c.row * 1000 + 500 + c.column.min(499), said);
    }
    let a = &f.draft.activity;
    for (row, column, text) in echoes {
        if fold(&text) != fold(&a.reference) && fold(&text) != fold(&a.name) {
            f.draft.note_lines.insert(row * 1000 + column, text);
        }
    }
    f.row =
        grid.rows.iter().find(|r| r.cells.get(label_col).is_some_and(|c| is(c, cnil::NAME))).map_or(f.row, |r| r.row);
    // What the fiche is: the template's example, its blank model, or an activity.
    let a = &f.draft.activity;
    let filled = !a.name.is_empty()
        || !a.purposes.is_empty()
        || !a.data_categories.is_empty()
        || !a.data_subjects.is_empty()
        || !a.recipients.is_empty()
        || !f.draft.measures.is_empty()
        || !a.transfers.is_empty()
        || !a.description.is_empty()
        || !f.draft.note_lines.is_empty()
        || !f.contacts.is_empty();
    let example = |t: &str| {
        let k = fold(t);
        k.contains("exemple") || k.contains("example")
    };
    if !filled {
        f.kind = SheetKind::BlankTemplate;
    } else if example(&a.reference) || fold(&a.name).starts_with("(exemple)") || fold(&a.name).starts_with("(example)")
    {
        f.kind = SheetKind::Example;
    }
    f
}

/// The values of a section's row, in the section's columns: by the columns of its sub-headers
/// ("Description", "Durée de conservation"), or in order when the section has none. Cells outside
/// them are kept in the notes under the row's label.
fn section_values<const N: usize>(
    f: &mut Fiche,
    label: &str,
    cells: &[(usize, String)],
    sub: &[Option<usize>],
    row: usize,
) -> [Option<String>; N] {
    let mut values: [Option<String>; N] = std::array::from_fn(|_| None);
    let by_header = sub.iter().any(Option::is_some);
    for (n, (i, text)) in cells.iter().enumerate() {
        let slot = if by_header { sub.iter().position(|c| *c == Some(*i)) } else { Some(n) };
        match slot.filter(|k| *k < N) {
            Some(k) => values[k] = Some(text.clone()),
            None => {
                f.draft.note_lines.insert(row * 1000 + i, format!("{label}: {text}"));
            }
        }
    }
    values
}

/// A label the fiche does not know: a field of ropa's by its words, else a note under the label.
fn fallback(f: &mut Fiche, label: &str, cells: &[(usize, String)], row: usize) {
    let field = presets::field_for(Preset::Generic, label).filter(|f| *f != Field::NoteLine);
    f.labels.push(MappedColumn { header: label.to_string(), letter: row.to_string(), field });
    if cells.is_empty() {
        if !label.is_empty() && !cnil::is_template_text(label) {
            // A lone label: the template's own (kept as such), or a line of text to keep.
            let known =
                [cnil::SUBJECT_ROW, cnil::RECIPIENT_ROW, cnil::MEASURE_ROW, cnil::TRANSFER_ROW, cnil::SUB_PURPOSE]
                    .iter()
                    .any(|l| is_numbered(label, *l))
                    || cnil::DATA_ROWS.iter().chain(&cnil::SENSITIVE_ROWS).any(|l| is(label, *l))
                    || [
                        cnil::DESCRIPTION,
                        cnil::CONTROLLER,
                        cnil::DPO,
                        cnil::DPO_COMPANY,
                        cnil::REPRESENTATIVE,
                        cnil::JOINT,
                        cnil::MAIN_PURPOSE,
                    ]
                    .iter()
                    .any(|l| is(label, *l));
            if !known {
                f.draft.note_lines.insert(row * 1000, label.to_string());
            }
        }
        return;
    }
    let text: Vec<&str> = cells.iter().map(|(_, t)| t.as_str()).collect();
    let joined = text.join("\n");
    match field {
        Some(field) => {
            f.columns_of.entry(field).or_insert((label.to_string(), joined.clone()));
            for problem in fields::apply(field, &joined, Dialect::Loose, label, row * 1000, &mut f.draft) {
                let column = cells[0].0;
                match problem {
                    Problem::Warning(m) => f.warnings.push(Issue::cell(&f.sheet, row, column, label, &joined, m)),
                    Problem::Error(m) => f.errors.push(Issue::cell(&f.sheet, row, column, label, &joined, m)),
                }
            }
        }
        None => {
            let what = if label.is_empty() { String::new() } else { format!("{label}: ") };
            f.draft.note_lines.insert(row * 1000 + cells[0].0, format!("{what}{joined}"));
        }
    }
}

/// Whether a sensitive category's name says it is about offences (Art. 10) rather than Art. 9.
pub fn is_criminal(name: &str) -> bool {
    let key = fold(name);
    ["condamnation", "infraction", "penal", "criminal", "offence", "offense", "casier", "conviction"]
        .iter()
        .any(|w| key.contains(w))
}

fn push_unique(list: &mut Vec<String>, item: &str) {
    let item = item.trim();
    if !item.is_empty() && !list.iter().any(|i| fold(i) == fold(item)) {
        list.push(item.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::csv::read::Record;

    fn grid(rows: &[(usize, &[&str])]) -> Grid {
        Grid {
            name: "Paie".into(),
            rows: rows
                .iter()
                .map(|(row, cells)| Record { row: *row, cells: cells.iter().map(|c| c.to_string()).collect() })
                .collect(),
            ..Default::default()
        }
    }

    #[test]
    fn a_filled_fiche_reads_as_an_activity() {
        let g = grid(&[
            (1, &["Modèle de fiche de registre à compléter", "", "", "", "", "", "", "RH-01"]),
            (4, &["Nom du traitement", "Gestion de la paie"]),
            (5, &["N° / RÉF", "RH-01"]),
            (6, &["Date de création du traitement", "2024-01-15"]),
            (9, &["Acteurs", "Nom", "Adresse", "Code Postal", "Ville", "Pays", "Téléphone", "Adresse mél"]),
            (
                10,
                &[
                    "Responsable du traitement",
                    "Louise DUPONT",
                    "1 rue Rivoli",
                    "75001",
                    "Paris",
                    "France",
                    "",
                    "l@m.fr",
                ],
            ),
            (15, &["Finalité principale", "Paie"]),
            (16, &["Sous-finalité 1", "Déclarations sociales"]),
            (20, &["Catégories de données personnelles concernées", "Description", "", "", "Durée de conservation"]),
            (21, &["État civil, identité, données d'identification, images…", "Noms", "", "", "5 ans"]),
            (22, &["Vie personnelle (habitudes de vie, situation familiale, etc.)"]),
            (25, &["Catégories de personnes concernées", "Description", "", "", "Précisions"]),
            (26, &["Catégorie de personnes 1", "Salariés", "", "", "et stagiaires"]),
            (28, &["Destinataires", "Type de destinataire", "", "", "Précisions"]),
            (29, &["Destinataire 1", "Sous-traitants", "", "", "PayFit"]),
            (33, &["Mesures de sécurité", "Type de mesure de sécurité", "", "", "Précisions"]),
            (34, &["Mesure de sécurité 1", "Sauvegarde des données", "", "", "quotidienne"]),
            (
                38,
                &["Transferts hors UE", "Destinataire", "Pays", "Type de Garanties", "", "Liens vers la documentation"],
            ),
            (39, &["Organisme destinataire 1", "Non concerné"]),
            (41, &["Base légale", "Obligation légale"]),
        ]);
        assert!(score(&g) >= 3);
        let f = read(&g, Lang::En);
        assert_eq!(f.kind, SheetKind::Fiche);
        let a = &f.draft.activity;
        assert_eq!((a.name.as_str(), a.reference.as_str()), ("Gestion de la paie", "RH-01"));
        assert_eq!(a.purposes, ["Paie", "Déclarations sociales"]);
        assert_eq!(a.data_categories.len(), 1);
        assert_eq!(a.retention[0].period.map(|p| p.amount), Some(5));
        assert_eq!(a.data_subjects, ["Salariés (et stagiaires)"]);
        assert_eq!(a.recipients[0].kind, RecipientKind::Processor);
        assert_eq!(a.recipients[0].name, "PayFit");
        assert_eq!(f.draft.measures, ["quotidienne"]);
        assert_eq!(f.draft.measure_seeds[0].1, MeasureCategory::Availability);
        assert!(a.no_transfers && a.transfers.is_empty(), "{:?} {:?}", a.transfers, f.draft.note_lines);
        assert_eq!(a.legal_bases[0].basis, crate::model::LawfulBasis::LegalObligation);
        assert_eq!(f.contacts[0].1.address, "1 rue Rivoli, 75001 Paris, France");
        assert!(f.draft.note_lines.is_empty(), "{:?}", f.draft.note_lines);
    }

    #[test]
    fn the_blank_model_and_the_example_are_not_activities() {
        let blank = grid(&[
            (1, &["Modèle de fiche de registre à compléter", "", "", "", "", "", "", "ref-001"]),
            (4, &["Nom du traitement"]),
            (5, &["N° / RÉF", "ref-001"]),
            (17, &["Finalité principale"]),
            (43, &["Catégories de personnes concernées", "Description", "", "", "Précisions"]),
            (44, &["Catégorie de personnes 1", "Sélectionnez un élément dans cette liste déroulante ►"]),
        ]);
        assert_eq!(read(&blank, Lang::En).kind, SheetKind::BlankTemplate);
        let example = grid(&[(4, &["Nom du traitement", "Gestion de la paie"]), (5, &["N° / RÉF", "1 - Exemple"])]);
        assert_eq!(read(&example, Lang::En).kind, SheetKind::Example);
    }
}
