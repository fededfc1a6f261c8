//! ropa's own files for the entities activities link to: organisations, sites, controllers,
//! sub-processors and security measures. Each is one row per entity, with the organisation by
//! name; together with the activities file they carry the whole register.

use serde::Serialize;

use super::cells::{item, parse_items, parse_yes_no};
use super::fields::Problem;
use crate::model::{
    Controller, Measure, MeasureCategory, Organisation, Safeguard, Site, SubProcessor, SubProcessorService,
};
use crate::vocab::{Lang, Vocabulary};

/// The files ropa writes and reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Table {
    Activities,
    Organisations,
    Sites,
    Controllers,
    SubProcessors,
    Measures,
}

impl Table {
    pub const ALL: [Table; 6] = [
        Table::Organisations,
        Table::Sites,
        Table::Controllers,
        Table::SubProcessors,
        Table::Measures,
        Table::Activities,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Table::Activities => "activities",
            Table::Organisations => "organisations",
            Table::Sites => "sites",
            Table::Controllers => "controllers",
            Table::SubProcessors => "subprocessors",
            Table::Measures => "measures",
        }
    }

    pub fn parse(s: &str) -> Option<Table> {
        let s = s.trim().to_ascii_lowercase().replace(['-', '_'], "");
        Table::ALL.into_iter().find(|t| t.name() == s)
    }
}

/// A row of one of these files: the entity, and the names of what it belongs to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row<T> {
    pub organisation: String,
    pub entity: T,
    /// For sub-processors: the site name of each service, in order.
    pub sites: Vec<String>,
}

pub struct TableColumn<T> {
    pub header: &'static str,
    pub meaning: &'static str,
    pub get: fn(&Row<T>) -> String,
    pub set: fn(&mut Row<T>, &str, &mut Vec<Problem>),
}

macro_rules! text {
    ($t:ty, $header:expr, $meaning:expr, $($path:ident).+) => {
        TableColumn::<$t> {
            header: $header,
            meaning: $meaning,
            get: |r: &Row<$t>| r.entity.$($path).+.clone(),
            set: |r: &mut Row<$t>, cell: &str, _: &mut Vec<Problem>| r.entity.$($path).+ = cell.to_string(),
        }
    };
}

macro_rules! contact {
    ($t:ty, $label:expr, $what:expr, $($field:ident).+) => {
        [
            text!($t, concat!($label, " name"), concat!("name of ", $what), $($field).+.name),
            text!($t, concat!($label, " role"), concat!("function or title of ", $what), $($field).+.role),
            text!($t, concat!($label, " email"), concat!("e-mail of ", $what), $($field).+.email),
            text!($t, concat!($label, " phone"), concat!("telephone of ", $what), $($field).+.phone),
            text!($t, concat!($label, " address"), concat!("postal address of ", $what), $($field).+.address),
        ]
    };
}

/// The columns of a data processing agreement (`model::Contract`), for the tables of the
/// entities that have one.
macro_rules! contract {
    ($t:ty, $whose:expr) => {{
        let mut columns: Vec<TableColumn<$t>> = vec![
            TableColumn::<$t> {
                header: "Contract date",
                meaning: concat!(
                    "the day the data processing agreement with ",
                    $whose,
                    " was signed or took effect (Art. 28(3))"
                ),
                get: |r| r.entity.contract.signed_on.map(|d| d.to_string()).unwrap_or_default(),
                set: |r, cell, p| r.entity.contract.signed_on = super::fields::date_or_error(cell, p),
            },
            text!($t, "Contract version", "the agreement's version or reference", contract.version),
            TableColumn::<$t> {
                header: "Contract ends",
                meaning: "the end of its term, or its next renewal",
                get: |r| r.entity.contract.ends_on.map(|d| d.to_string()).unwrap_or_default(),
                set: |r, cell, p| r.entity.contract.ends_on = super::fields::date_or_error(cell, p),
            },
            TableColumn::<$t> {
                header: "Sub-processing",
                meaning: "how the processor may engage other processors (Art. 28(2)): Specific or General",
                get: |r| r.entity.contract.sub_processing.as_ref().map(|v| v.label(Lang::En)).unwrap_or_default(),
                set: |r, cell, p| r.entity.contract.sub_processing = vocabulary(cell, "value-sub-processing", p),
            },
            TableColumn::<$t> {
                header: "Contract SCC module",
                meaning: "for transfers under the 2021 standard contractual clauses, the module it uses: 1 to 4",
                get: |r| r.entity.contract.scc_module.map(|m| m.to_string()).unwrap_or_default(),
                set: |r, cell, p| r.entity.contract.scc_module = super::fields::scc_module(cell, p),
            },
        ];
        columns.extend(contact!(
            $t,
            "Notification contact",
            "whom to tell of a change of sub-processors",
            contract.notification_contact
        ));
        columns.extend([
            text!(
                $t,
                "Objection period",
                "how long the controller has to object to a new sub-processor, as the contract words it",
                contract.objection_period
            ),
            text!($t, "Contract document", "where the signed agreement is: a link or a file's name", contract.document),
            text!(
                $t,
                "Contract SHA-256",
                "the SHA-256 fingerprint of the signed agreement, in hexadecimal",
                contract.sha256
            ),
        ]);
        columns
    }};
}

/// A value of a vocabulary, recognised or kept as written (and said so).
fn vocabulary<T: Vocabulary>(cell: &str, what: &'static str, problems: &mut Vec<Problem>) -> Option<T> {
    if cell.trim().is_empty() {
        return None;
    }
    T::recognise(cell).or_else(|| {
        problems.push(Problem::Warning(crate::i18n::Text::each(|lang| {
            let what = crate::i18n::text(lang, what);
            crate::tr!(lang, "import-unknown-value", text = cell.trim(), what = what)
        })));
        T::as_written(cell.trim())
    })
}

fn organisation_column<T>() -> TableColumn<T> {
    TableColumn {
        header: "Organisation",
        meaning: "the organisation whose register it belongs to",
        get: |r| r.organisation.clone(),
        set: |r, cell, _| r.organisation = cell.to_string(),
    }
}

fn flag(r: &mut bool, cell: &str, what: &str, problems: &mut Vec<Problem>) {
    match parse_yes_no(cell) {
        Ok(value) => {
            *r = value.unwrap_or(false);
            // "No (N/A this year)" is read by its first word: the rest is said, not dropped.
            let words = crate::text::fold(cell).split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).count();
            if words > 1 {
                let answer = *r;
                problems.push(Problem::Warning(crate::i18n::Text::each(|lang| {
                    let read = super::cells::yes_no(Some(answer), lang);
                    crate::tr!(lang, "import-read-as-yes-no", text = cell, read = read, what = what)
                })));
            }
        }
        Err(_) => problems.push(Problem::Error(crate::tr_all!("import-neither-yes-nor-no", text = cell, what = what))),
    }
}

pub fn organisation_columns() -> Vec<TableColumn<Organisation>> {
    let mut columns: Vec<TableColumn<Organisation>> = vec![
        text!(Organisation, "Name", "the organisation's name", name),
        text!(Organisation, "Registration", "company or registration number", registration),
        text!(Organisation, "Address", "postal address", address),
        text!(Organisation, "Country", "country of establishment (ISO code)", country),
        TableColumn {
            header: "Controller",
            meaning: "whether it acts as a controller (Art. 30(1)): Yes or No",
            get: |r| yes(r.entity.acts_as_controller),
            set: |r, cell, p| flag(&mut r.entity.acts_as_controller, cell, "Controller", p),
        },
        TableColumn {
            header: "Processor",
            meaning: "whether it acts as a processor (Art. 30(2)): Yes or No",
            get: |r| yes(r.entity.acts_as_processor),
            set: |r, cell, p| flag(&mut r.entity.acts_as_processor, cell, "Processor", p),
        },
    ];
    columns.push(TableColumn {
        header: "Headcount",
        meaning: "how many persons it employs (Art. 30(5)): a whole number, or empty",
        get: |r| r.entity.headcount.map(|n| n.to_string()).unwrap_or_default(),
        set: |r, cell, p| {
            let cell = cell.trim().replace([' ', '\u{a0}', '\u{202f}'], "");
            if cell.is_empty() {
                r.entity.headcount = None;
            } else {
                match cell.parse() {
                    Ok(n) => r.entity.headcount = Some(n),
                    Err(_) => p.push(Problem::Error(crate::tr_all!("import-not-a-headcount", text = cell))),
                }
            }
        },
    });
    columns.extend(contact!(Organisation, "Contact", "the contact for the register", contact));
    columns.extend(contact!(Organisation, "DPO", "the data protection officer", dpo));
    columns.extend(contact!(
        Organisation,
        "Representative",
        "the representative in the Union (Art. 27)",
        representative
    ));
    columns.push(text!(Organisation, "Notes", "anything else", notes));
    columns
}

fn yes(value: bool) -> String {
    if value { "Yes" } else { "No" }.to_string()
}

pub fn site_columns() -> Vec<TableColumn<Site>> {
    vec![
        organisation_column(),
        text!(Site, "Name", "the site's or region's name", name),
        text!(Site, "Description", "what and where it is", description),
    ]
}

pub fn controller_columns() -> Vec<TableColumn<Controller>> {
    let mut columns: Vec<TableColumn<Controller>> = vec![
        organisation_column(),
        text!(Controller, "Name", "the controller's name (Art. 30(2)(a))", name),
        text!(Controller, "Address", "postal address", address),
        text!(Controller, "Country", "country (ISO code)", country),
    ];
    columns.extend(contact!(Controller, "Contact", "the controller's contact", contact));
    columns.extend(contact!(Controller, "Representative", "the controller's representative", representative));
    columns.extend(contact!(Controller, "DPO", "the controller's data protection officer", dpo));
    columns.extend(contract!(Controller, "this client"));
    columns.push(TableColumn {
        header: "Notices sent",
        meaning: "the notices of sub-processor changes it was sent (Art. 28(2)), one per line: \
                  sent on | changes covered up to (a UTC time) | how many changes | its text",
        get: |r| {
            r.entity
                .notices
                .iter()
                .map(|n| {
                    item(&[
                        n.sent_on.map(|d| d.to_string()).unwrap_or_default(),
                        n.through.map(|t| t.to_string()).unwrap_or_default(),
                        n.changes.to_string(),
                        n.text.clone(),
                    ])
                })
                .collect::<Vec<_>>()
                .join("\n")
        },
        set: |r, cell, problems| {
            for f in parse_items(cell, 4) {
                let sent_on = super::fields::date_or_error(&f[0], problems);
                let through = match f[1].trim() {
                    "" => None,
                    t => t.parse().map(Some).unwrap_or_else(|_| {
                        problems.push(Problem::Error(crate::tr_all!("import-not-a-notice", text = f[1].as_str())));
                        None
                    }),
                };
                let changes = match f[2].trim() {
                    "" => 0,
                    n => n.parse().unwrap_or_else(|_| {
                        problems.push(Problem::Error(crate::tr_all!("import-not-a-notice", text = f[2].as_str())));
                        0
                    }),
                };
                r.entity.notices.push(crate::model::SentNotice { sent_on, through, changes, text: f[3].clone() });
            }
        },
    });
    columns.push(text!(Controller, "Notes", "anything else", notes));
    columns
}

pub fn measure_columns() -> Vec<TableColumn<Measure>> {
    vec![
        organisation_column(),
        text!(Measure, "Name", "the measure's short name", name),
        TableColumn {
            header: "Category",
            meaning: "its kind (access control, encryption, backups...)",
            get: |r| r.entity.category.label(Lang::En),
            set: |r, cell, p| match MeasureCategory::recognise(cell) {
                Some(c) => r.entity.category = c,
                None if cell.trim().is_empty() => {}
                None => p.push(Problem::Warning(crate::tr_all!("import-not-a-measure-category", text = cell))),
            },
        },
        text!(Measure, "Description", "what the measure is (Art. 32)", description),
    ]
}

pub fn subprocessor_columns() -> Vec<TableColumn<SubProcessor>> {
    let mut columns: Vec<TableColumn<SubProcessor>> = vec![
        organisation_column(),
        text!(SubProcessor, "Name", "the sub-processor's name", name),
        text!(SubProcessor, "Legal name", "its legal entity, when it differs", legal_name),
        text!(SubProcessor, "Address", "postal address", address),
        text!(SubProcessor, "Country", "main country of establishment (ISO code)", country),
    ];
    columns.extend(contact!(SubProcessor, "Contact", "its privacy or DPO contact", contact));
    columns.push(TableColumn {
        header: "Services",
        meaning: "what it does, where, for how long and under which safeguard, one per line: \
                  site | country | place | purpose | duration | safeguard | safeguard detail (site empty: every site)",
        get: |r| {
            r.entity
                .services
                .iter()
                .zip(r.sites.iter().map(String::as_str).chain(std::iter::repeat("")))
                .map(|(s, site)| {
                    item(&[
                        site.to_string(),
                        s.country.clone(),
                        s.place.clone(),
                        s.purpose.clone(),
                        s.duration.clone(),
                        s.safeguard.as_ref().map(|g| g.label(Lang::En)).unwrap_or_default(),
                        s.safeguard_detail.clone(),
                    ])
                })
                .collect::<Vec<_>>()
                .join("\n")
        },
        set: |r, cell, problems| {
            for f in parse_items(cell, 7) {
                let safeguard = if f[5].trim().is_empty() {
                    None
                } else {
                    Some(Safeguard::recognise(&f[5]).unwrap_or_else(|| {
                        problems.push(Problem::Warning(crate::i18n::Text::each(|lang| {
                            let what = crate::i18n::text(lang, "value-safeguard");
                            crate::tr!(lang, "import-unknown-value", text = f[5].trim(), what = what)
                        })));
                        Safeguard::Other(f[5].clone())
                    }))
                };
                r.sites.push(f[0].clone());
                r.entity.services.push(SubProcessorService {
                    site_id: None,
                    country: f[1].clone(),
                    place: f[2].clone(),
                    purpose: f[3].clone(),
                    duration: f[4].clone(),
                    safeguard,
                    safeguard_detail: f[6].clone(),
                });
            }
        },
    });
    columns.extend(contract!(SubProcessor, "it"));
    columns.push(text!(SubProcessor, "Notes", "anything else", notes));
    columns
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_unique_in_each_table() {
        fn unique<T>(columns: &[TableColumn<T>]) {
            let mut headers: Vec<&str> = columns.iter().map(|c| c.header).collect();
            headers.sort();
            let before = headers.len();
            headers.dedup();
            assert_eq!(before, headers.len());
        }
        unique(&organisation_columns());
        unique(&site_columns());
        unique(&controller_columns());
        unique(&subprocessor_columns());
        unique(&measure_columns());
    }

    #[test]
    fn tables_by_name() {
        assert_eq!(Table::parse("sub-processors"), Some(Table::SubProcessors));
        assert_eq!(Table::parse("Measures"), Some(Table::Measures));
        assert_eq!(Table::parse("x"), None);
    }
}
