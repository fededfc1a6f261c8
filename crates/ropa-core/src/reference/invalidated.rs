//! The adequacy decisions the Court of Justice declared invalid (the EU-US Privacy Shield), from
//! `data/invalidated-decisions.tsv`, which names its sources and the date it was checked.

use std::sync::OnceLock;

use crate::date::Date;

const TABLE: &str = include_str!("../../data/invalidated-decisions.tsv");

/// A decision no transfer rests on since the judgment that declared it invalid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalidated {
    /// The safeguard's code, as `data/law.tsv` names it ("privacy_shield").
    pub safeguard: &'static str,
    pub decision: &'static str,
    pub celex: &'static str,
    /// The judgment's case number ("C-311/18").
    pub judgment: &'static str,
    pub ecli: &'static str,
    /// The day of the judgment, from which the decision no longer applies.
    pub judged: Date,
}

pub fn all() -> &'static [Invalidated] {
    static ALL: OnceLock<Vec<Invalidated>> = OnceLock::new();
    ALL.get_or_init(|| {
        super::rows(TABLE)
            .filter_map(|cells| {
                let [safeguard, decision, celex, judgment, ecli, judged] = cells[..] else { return None };
                Some(Invalidated { safeguard, decision, celex, judgment, ecli, judged: judged.parse().ok()? })
            })
            .collect()
    })
}

/// The decision behind the EU-US Privacy Shield. The table is part of the build and its test
/// reads this row, so it cannot be missing.
pub fn privacy_shield() -> &'static Invalidated {
    all()
        .iter()
        .find(|d| d.safeguard == "privacy_shield")
        .expect("data/invalidated-decisions.tsv has the Privacy Shield")
}

/// When the table was last checked against its sources (its `# checked:` line).
pub fn checked() -> Date {
    super::checked_line(TABLE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_privacy_shield_fell_with_schrems_ii() {
        assert_eq!(
            all().len(),
            super::super::rows(TABLE).count(),
            "a row of data/invalidated-decisions.tsv does not parse"
        );
        let shield = privacy_shield();
        assert_eq!((shield.judgment, shield.judged.to_string().as_str()), ("C-311/18", "2020-07-16"));
        assert_eq!(shield.celex, "32016D1250");
    }
}
