//! The record's words, from the language files (`locales/*.ftl`, ids `pdf-…`): one struct, so
//! that the record names each label it uses and a missing one cannot compile. User data are
//! never translated.

use std::sync::OnceLock;

use crate::vocab::Lang;

macro_rules! labels {
    ($($(#[$doc:meta])* $field:ident,)*) => {
        pub struct Labels {
            $($(#[$doc])* pub $field: &'static str,)*
        }

        impl Labels {
            /// Read from the language's file once; kept for the life of the program.
            fn load(lang: Lang) -> Labels {
                let text = |field: &str| -> &'static str {
                    let id = format!("pdf-{}", field.replace('_', "-"));
                    Box::leak(crate::i18n::text(lang, &id).into_boxed_str())
                };
                Labels { $($field: text(stringify!($field)),)* }
            }
        }
    };
}

labels! {
    title_controller,
    title_processor,
    title_both,
    title_extract,
    /// The running header's words after the organisation's name.
    running,
    fingerprint_note_extract,
    all_measures,
    col_place,
    part_for,
    roles,
    role_controller,
    role_processor,
    address,
    registration,
    contact,
    dpo,
    representative,
    /// In place of the Art. 27 representative, for an organisation established in the EU/EEA.
    representative_not_required,
    generated,
    last_change,
    completeness_label,
    fingerprint,
    fingerprint_note,
    contents,
    page,
    controller_record,
    processor_record,
    annexes,
    annex_subprocessors,
    /// For an organisation that is only a controller: its service providers are its processors.
    annex_processors,
    processors,
    annex_measures,
    annex_transfers,
    not_recorded,
    no_controller,
    // Art. 30(1)
    a1_controller,
    a1_joint,
    b1_purposes,
    c1_subjects,
    c1_data,
    d1_recipients,
    e1_transfers,
    f1_erasure,
    g1_security,
    // Art. 30(2)
    a2_processor,
    a2_controller,
    b2_processing,
    c2_transfers,
    d2_security,
    // Other fields
    other,
    legal_basis,
    special_basis,
    locations,
    subprocessors,
    dpia,
    dpia_not_required,
    dpia_required,
    dpia_criteria,
    yes,
    no,
    status,
    description,
    created,
    updated,
    last_review,
    next_review,
    col_subprocessor,
    col_site,
    col_country,
    col_purpose,
    col_safeguard,
    col_measure,
    col_category,
    col_description,
    col_activity,
    col_recipient,
    all_sites,
    no_safeguard,
    /// The transfers of an activity whose record states there are none.
    no_transfers,
    special_flag,
    criminal_flag,
    processor_basis,
    international_organisation,
    scc_module,
    impact_assessment,
    /// Under annex A: the data processing agreements (Art. 28(3) and (4)).
    contracts,
    contract_client,
    contract_subprocessor,
    contract_processor,
    contract_signed,
    contract_objection,
    col_party,
    col_agreement,
    col_ends,
    col_sub_processing,
    col_document,
}

pub fn labels(lang: Lang) -> &'static Labels {
    static LABELS: OnceLock<Vec<(Lang, Labels)>> = OnceLock::new();
    let all = LABELS.get_or_init(|| Lang::ALL.into_iter().map(|l| (l, Labels::load(l))).collect());
    &all.iter().find(|(l, _)| *l == lang).expect("every language has its labels").1
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_DE: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];

/// A date as the language writes it: "23 November 2026", "23 novembre 2026", "23. November 2026".
pub fn date(d: crate::date::Date, lang: Lang) -> String {
    let month = usize::from(d.month().saturating_sub(1)).min(11);
    match lang {
        Lang::En => format!("{} {} {}", d.day(), MONTHS_EN[month], d.year()),
        Lang::Fr => {
            let day = if d.day() == 1 { "1er".to_string() } else { d.day().to_string() };
            format!("{day} {} {}", MONTHS_FR[month], d.year())
        }
        Lang::De => format!("{}. {} {}", d.day(), MONTHS_DE[month], d.year()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_label_is_in_every_language() {
        for lang in Lang::ALL {
            let l = labels(lang);
            for text in [l.title_controller, l.annex_transfers, l.impact_assessment, l.page] {
                assert!(!text.is_empty() && !text.starts_with("pdf-"), "{lang:?}: {text}");
            }
        }
        assert_eq!(
            labels(Lang::De).title_controller,
            "Verzeichnis von Verarbeitungstätigkeiten — Artikel 30 Absatz 1 DSGVO"
        );
    }

    #[test]
    fn dates_in_each_language() {
        let d = crate::date::Date::from_ymd(2026, 11, 23).unwrap();
        assert_eq!(date(d, Lang::En), "23 November 2026");
        assert_eq!(date(d, Lang::Fr), "23 novembre 2026");
        assert_eq!(date(crate::date::Date::from_ymd(2026, 8, 1).unwrap(), Lang::Fr), "1er août 2026");
        assert_eq!(date(crate::date::Date::from_ymd(2026, 3, 1).unwrap(), Lang::De), "1. März 2026");
    }
}
