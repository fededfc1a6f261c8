//! ISO 3166-1 countries with English, French and German names and EU/EEA membership.
//! Source and date: the header of `data/countries.tsv`.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Serialize;

use crate::text::fold;

const TABLE: &str = include_str!("../../data/countries.tsv");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Area {
    /// In the European Union: a member state, or a territory of one to which the Treaties apply
    /// (the outermost regions, Åland).
    Eu,
    /// An EEA EFTA state: Iceland, Liechtenstein, Norway.
    Eea,
    /// Any other country: a third country under Chapter V.
    Third,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Country {
    pub code: &'static str,
    pub en: &'static str,
    pub fr: &'static str,
    pub de: &'static str,
    pub area: Area,
}

impl Country {
    /// Its name in `lang`.
    pub fn name(&self, lang: crate::vocab::Lang) -> &'static str {
        match lang {
            crate::vocab::Lang::En => self.en,
            crate::vocab::Lang::Fr => self.fr,
            crate::vocab::Lang::De => self.de,
        }
    }

    /// Inside the EU or the EEA, where Chapter V does not apply.
    pub fn in_eea(&self) -> bool {
        self.area != Area::Third
    }
}

/// Every country, by code.
pub fn all() -> &'static [Country] {
    static ALL: OnceLock<Vec<Country>> = OnceLock::new();
    ALL.get_or_init(|| {
        TABLE
            .lines()
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
            .filter_map(|line| {
                let mut cells = line.split('\t');
                let code = cells.next()?;
                let en = cells.next()?;
                let fr = cells.next()?;
                let de = cells.next()?;
                let area = match cells.next().unwrap_or("") {
                    "EU" => Area::Eu,
                    "EEA" => Area::Eea,
                    _ => Area::Third,
                };
                Some(Country { code, en, fr, de, area })
            })
            .collect()
    })
}

/// When the table was last checked against its sources (its `# checked:` line).
pub fn checked() -> crate::date::Date {
    super::checked_line(TABLE)
}

/// The country with this ISO code (any case).
pub fn by_code(code: &str) -> Option<&'static Country> {
    let code = code.trim();
    all().iter().find(|c| c.code.eq_ignore_ascii_case(code))
}

/// Names people write that are neither the ISO code nor the table's names.
const ALIASES: &[(&str, &str)] = &[
    ("usa", "US"),
    ("u.s.", "US"),
    ("u.s.a.", "US"),
    ("united states of america", "US"),
    ("etats-unis d'amerique", "US"),
    ("uk", "GB"),
    ("great britain", "GB"),
    ("england", "GB"),
    ("grande-bretagne", "GB"),
    ("angleterre", "GB"),
    ("holland", "NL"),
    ("korea", "KR"),
    ("coree du sud", "KR"),
    ("vereinigte staaten von amerika", "US"),
    ("grossbritannien", "GB"),
    // Folding keeps "ß": the usual German spelling, beside the Swiss one above.
    ("großbritannien", "GB"),
    ("england", "GB"),
    ("sudkorea", "KR"),
];

/// The other names a country goes by ("USA", "UK"), as recognised on import.
pub fn aliases_of(code: &str) -> impl Iterator<Item = &'static str> + '_ {
    ALIASES.iter().filter(move |(_, c)| *c == code).map(|(alias, _)| *alias)
}

/// Recognises a country written as an ISO code, an English, French or German name, or a usual alias,
/// ignoring case, accents and surrounding spaces. `None` when it cannot be recognised.
pub fn recognise(text: &str) -> Option<&'static Country> {
    let key = fold(text);
    if key.is_empty() {
        return None;
    }
    if let Some((_, code)) = ALIASES.iter().find(|(alias, _)| *alias == key) {
        return by_code(code);
    }
    if key.len() == 2 {
        return by_code(&key);
    }
    by_name().get(&key).copied()
}

/// Every country by its folded English, French and German names, built once.
fn by_name() -> &'static HashMap<String, &'static Country> {
    static NAMES: OnceLock<HashMap<String, &'static Country>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut names = HashMap::new();
        for c in all() {
            names.entry(fold(c.de)).or_insert(c);
            names.entry(fold(c.fr)).or_insert(c);
            names.insert(fold(c.en), c);
        }
        names
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_complete_and_membership_is_right() {
        assert_eq!(all().len(), 249);
        // The 27 member states, and 7 territories with codes of their own that the Treaties
        // include: GF, GP, MQ, YT, RE, MF (Art. 349 TFEU) and AX (Art. 355(4) TFEU).
        assert_eq!(all().iter().filter(|c| c.area == Area::Eu).count(), 34);
        assert!(by_code("RE").unwrap().in_eea() && by_code("AX").unwrap().in_eea());
        assert!(
            !by_code("NC").unwrap().in_eea() && !by_code("GL").unwrap().in_eea() && !by_code("BL").unwrap().in_eea()
        );
        assert_eq!(all().iter().filter(|c| c.area == Area::Eea).count(), 3);
        assert_eq!(by_code("fr").map(|c| c.fr), Some("France"));
        assert!(!by_code("US").unwrap().in_eea());
        assert!(by_code("NO").unwrap().in_eea());
        assert!(!by_code("GB").unwrap().in_eea());
    }

    #[test]
    fn recognises_codes_names_and_aliases() {
        assert_eq!(recognise("UK").map(|c| c.code), Some("GB"));
        for text in ["US", "us", "USA", "United States", "États-Unis", "etats-unis", " Etats-Unis "] {
            assert_eq!(recognise(text).map(|c| c.code), Some("US"), "{text}");
        }
        assert_eq!(recognise("Allemagne").map(|c| c.code), Some("DE"));
        assert_eq!(recognise("Belgium or Netherlands"), None);
        assert_eq!(recognise(""), None);
    }
}
