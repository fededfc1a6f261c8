//! The Art. 30(5) exemption's threshold, from `data/record-exemption.tsv`, which names its
//! source, the proposal to change it, and the date it was checked.

use crate::date::Date;

const TABLE: &str = include_str!("../../data/record-exemption.tsv");

/// The organisations employing fewer persons than this may be exempt from keeping a record.
pub fn threshold() -> u32 {
    TABLE
        .lines()
        .filter(|line| !line.starts_with('#'))
        .find_map(|line| line.strip_prefix("persons_employed_fewer_than\t"))
        .and_then(|rest| rest.split('\t').next()?.parse().ok())
        .unwrap_or(250)
}

/// When the table was last checked against its sources (its `# checked:` line).
pub fn checked() -> Date {
    super::checked_line(TABLE)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_threshold_is_read_from_the_table() {
        assert_eq!(super::threshold(), 250);
    }
}
