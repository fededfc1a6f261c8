//! The words of the law's vocabularies (legal bases, Art. 9 conditions, transfer mechanisms and
//! derogations), from `data/law.tsv`, which names its source and the date it was checked. The
//! values themselves are the model's enumerations; this table gives them their labels, so that a
//! change in the law's wording is made in one file.

use std::sync::OnceLock;

use crate::vocab::Words;

const TABLE: &str = include_str!("../../data/law.tsv");

/// The table's vocabularies are those of `data/dpv.tsv`, named the same in its first column.
pub use super::dpv::Vocabulary;

struct Row {
    vocabulary: &'static str,
    words: Words,
}

fn rows() -> &'static [Row] {
    static ROWS: OnceLock<Vec<Row>> = OnceLock::new();
    ROWS.get_or_init(|| {
        TABLE
            .lines()
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
            .filter_map(|line| {
                let mut cells = line.split('\t');
                let (vocabulary, code, en, fr, de) =
                    (cells.next()?, cells.next()?, cells.next()?, cells.next()?, cells.next()?);
                let aliases: Vec<&'static str> =
                    cells.next().unwrap_or("").split(" | ").map(str::trim).filter(|a| !a.is_empty()).collect();
                // Built once for the life of the program, like the table it reads.
                let aliases: &'static [&'static str] = Box::leak(aliases.into_boxed_slice());
                Some(Row { vocabulary, words: Words { code, en, fr, de, aliases } })
            })
            .collect()
    })
}

/// The words of the value with this code. The table is part of the build and the vocabulary
/// tests read every value through it, so a value missing from it cannot ship.
pub fn words(vocabulary: Vocabulary, code: &str) -> Words {
    rows()
        .iter()
        .find(|row| row.vocabulary == vocabulary.name() && row.words.code == code)
        .map(|row| row.words)
        .unwrap_or_else(|| panic!("data/law.tsv has no {} {code}", vocabulary.name()))
}

/// When the table was last checked against its source (its `# checked:` line).
pub fn checked() -> crate::date::Date {
    super::checked_line(TABLE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_has_its_five_cells_and_no_code_twice() {
        let mut seen = std::collections::HashSet::new();
        for line in TABLE.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let cells: Vec<&str> = line.split('\t').collect();
            assert!(cells.len() == 6 && cells[..5].iter().all(|c| !c.trim().is_empty()), "{line}");
            assert!(seen.insert((cells[0], cells[1])), "twice: {line}");
        }
        assert_eq!(rows().len(), seen.len());
        assert_eq!(words(Vocabulary::LawfulBasis, "contract").fr, "Contrat (art. 6(1)(b))");
        assert!(words(Vocabulary::Safeguard, "standard_contractual_clauses").aliases.contains(&"sccs"));
    }
}
