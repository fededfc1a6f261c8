//! Finding a table's header: the row, among the first ones, that names the most known columns,
//! wherever the table starts (a table may start in column B or on row 9), with the group row above
//! it when the header is two rows deep (the CNIL register names its purposes column only on the
//! group row); and which field each column fills.

use crate::csv::fields::{self, Field};
use crate::csv::presets::{self, header_key, Preset};
use crate::csv::read::Record;
use crate::csv::tables::{self, Table};
use crate::csv::write::unneutralise;
use crate::text::fold;
use crate::workbook::read::Merge;

/// How many rows are looked at for the header row (the ICO template puts it on row 9).
pub const HEADER_SEARCH: usize = 30;

/// A header row and what it says.
#[derive(Debug, Clone)]
pub struct Header {
    /// The header row's number (the lower row of a two-row header).
    pub row: usize,
    /// The group row above it, when it names columns too.
    pub group_row: Option<usize>,
    /// Each column's header as the file gives it (from the group row where the header row says
    /// nothing).
    pub headers: Vec<String>,
    pub table: Table,
    pub preset: Preset,
}

/// Finds the header among `records` (the first rows of a file or sheet). `mapped` are the headers
/// the user mapped explicitly (`--map`), which count as known.
pub fn find(records: &[Record], preset: Preset, mapped: &[String], merges: &[Merge]) -> Option<(usize, Header)> {
    let best = records
        .iter()
        .take(HEADER_SEARCH)
        .enumerate()
        .filter(|(_, r)| !r.is_blank())
        .filter_map(|(i, r)| classify(&r.cells, preset, mapped).map(|(score, table, found)| (score, i, table, found)))
        // The best score; the earliest row among equals.
        .max_by_key(|(score, i, _, _)| (*score, std::cmp::Reverse(*i)));
    let (_, index, table, found) = best?;
    let header = &records[index];
    let own: Vec<String> = header.cells.iter().map(|h| unneutralise(h).trim().to_string()).collect();
    let above = index.checked_sub(1).map(|i| &records[i]).filter(|r| r.row + 1 == header.row && !r.is_blank());
    let (headers, group_row) = match above {
        Some(group) if table == Table::Activities => match with_group(&own, group, merges, found, mapped) {
            Some(headers) => (headers, Some(group.row)),
            None => (own, None),
        },
        _ => (own, None),
    };
    Some((index, Header { row: header.row, group_row, headers, table, preset: found }))
}

/// The headers of a two-row header: where the header row says nothing, or names nothing known,
/// the group row above names the column (across its merged cells, or the empty cells after it).
/// `None` when the group row adds no known column: it is then not a group row.
fn with_group(
    own: &[String],
    group: &Record,
    merges: &[Merge],
    preset: Preset,
    mapped: &[String],
) -> Option<Vec<String>> {
    let width = own.len().max(group.cells.len());
    let known = |h: &str| !h.is_empty() && (field(preset, h, mapped).is_some());
    let mut headers = Vec::with_capacity(width);
    let mut gained = false;
    // The group label over each column, and whether it continues from the left.
    let mut carried: Option<String> = None;
    for c in 0..width {
        let mine = own.get(c).map(String::as_str).unwrap_or("");
        let above = group.cells.get(c).map(|s| s.trim()).unwrap_or("");
        let label: Option<String> = if !above.is_empty() {
            Some(above.to_string())
        } else if let Some(m) =
            merges.iter().find(|m| m.first_row + 1 == group.row && (m.first_column..=m.last_column).contains(&c))
        {
            group.cells.get(m.first_column).map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
        } else if mine.is_empty() {
            carried.clone()
        } else {
            None
        };
        carried = if mine.is_empty() || !above.is_empty() { label.clone() } else { None };
        let chosen = match (&label, mine.is_empty()) {
            (Some(g), true) => {
                gained |= known(g);
                g.clone()
            }
            (Some(g), false) if !known(mine) && known(g) => {
                gained = true;
                g.clone()
            }
            _ => mine.to_string(),
        };
        headers.push(chosen);
    }
    gained.then_some(headers)
}

/// The field of a header: the user's mapping first, then the preset's, then any field's words.
fn field(preset: Preset, header: &str, mapped: &[String]) -> Option<Field> {
    if mapped.contains(&header_key(header)) {
        return Some(Field::NoteLine);
    }
    presets::field_for(preset, header)
}

/// How well a row reads as a header row: the number of known columns it names (at least two),
/// with the table and preset it fits best. Headers named in `--map` count as known.
pub fn classify(cells: &[String], preset: Preset, mapped: &[String]) -> Option<((usize, usize), Table, Preset)> {
    let mut keys: Vec<String> = Vec::new();
    for key in cells.iter().map(|c| header_key(unneutralise(c))).filter(|k| !k.is_empty()) {
        // A header said twice counts once.
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    if keys.is_empty() {
        return None;
    }
    let score = |headers: &[&str]| {
        let wanted: Vec<String> = headers.iter().map(|h| header_key(h)).collect();
        keys.iter().filter(|k| wanted.contains(k) || mapped.contains(k)).count()
    };
    let own_tables: Vec<(Table, Vec<&str>)> = vec![
        (Table::Activities, fields::ACTIVITY_COLUMNS.iter().map(|c| c.header).collect()),
        (Table::Organisations, tables::organisation_columns().iter().map(|c| c.header).collect()),
        (Table::Sites, tables::site_columns().iter().map(|c| c.header).collect()),
        (Table::Controllers, tables::controller_columns().iter().map(|c| c.header).collect()),
        (Table::SubProcessors, tables::subprocessor_columns().iter().map(|c| c.header).collect()),
        (Table::Measures, tables::measure_columns().iter().map(|c| c.header).collect()),
    ];
    // Ties go to the more specific layout: ropa's own, the ICO's, the CNIL's, the DSK's, then any.
    let mut candidates: Vec<((usize, usize), Table, Preset)> = Vec::new();
    if matches!(preset, Preset::Auto | Preset::Ropa) {
        for (table, headers) in &own_tables {
            // A file of ours names every column of its table; extra or missing columns lower the fit.
            let misfit = headers.len().abs_diff(keys.len());
            let known = score(headers);
            // A table of linked entities says which it is by more than a name and notes.
            if *table != Table::Activities && known < 3 {
                continue;
            }
            candidates.push(((known, usize::MAX - misfit), *table, Preset::Ropa));
        }
    }
    // The other layouts: every column a field's words name counts, and among equals the layout
    // whose own headers the row has (at least a few of them) wins.
    let known = keys.iter().filter(|k| mapped.contains(k) || presets::field_for(Preset::Generic, k).is_some()).count();
    let found: Vec<Field> = keys.iter().filter_map(|k| presets::field_for(Preset::Generic, k)).collect();
    // A list of activities names them, or their purposes, or gives their reference.
    let names = found.iter().any(|f| matches!(f, Field::Name | Field::Purposes | Field::Reference));
    if matches!(preset, Preset::Auto | Preset::Ico) {
        let headers: Vec<&str> = presets::ICO.iter().map(|(h, _)| *h).collect();
        let own = score(&headers);
        if names && (own >= 3 || preset == Preset::Ico) {
            candidates.push(((known.max(own), own), Table::Activities, Preset::Ico));
        }
    }
    if matches!(preset, Preset::Auto | Preset::Cnil) {
        let headers: Vec<&str> = presets::CNIL.iter().map(|(h, _)| *h).collect();
        let own = score(&headers);
        if names && (own >= 2 || preset == Preset::Cnil) {
            candidates.push(((known.max(own), own), Table::Activities, Preset::Cnil));
        }
    }
    if matches!(preset, Preset::Auto | Preset::Dsk) {
        let headers: Vec<&str> = presets::DSK.iter().map(|(h, _)| *h).collect();
        let own = score(&headers);
        if names && (own >= 3 || preset == Preset::Dsk) {
            candidates.push(((known.max(own), own), Table::Activities, Preset::Dsk));
        }
    }
    if matches!(preset, Preset::Auto | Preset::Generic) && names {
        candidates.push(((known, 0), Table::Activities, Preset::Generic));
    }
    candidates.into_iter().filter(|c| c.0 .0 >= 2).max_by_key(|c| c.0)
}

/// Whether a list column writes its items separated by commas: no cell uses line breaks or
/// semicolons, some have commas outside brackets, and the items are short.
pub fn writes_commas(cells: &[&str]) -> bool {
    // Cells on lines or with semicolons are lists already; the others tell whether commas are
    // the column's separator.
    let filled: Vec<&str> = cells.iter().map(|c| c.trim()).filter(|c| !c.is_empty() && !is_listed(c)).collect();
    if filled.is_empty() {
        return false;
    }
    let items: Vec<String> = filled.iter().flat_map(|c| split_commas(c)).collect();
    if items.len() <= filled.len() {
        return false;
    }
    let average = items.iter().map(|i| i.chars().count()).sum::<usize>() / items.len().max(1);
    average <= 40 && items.iter().all(|i| i.chars().count() <= 80)
}

/// A cell whose list is written already: on lines, with semicolons, or as ropa's structured items
/// ("Intercom, Inc. | Processor | US"). Its commas are text.
pub fn is_listed(cell: &str) -> bool {
    cell.contains(['\n', ';']) || cell.contains(" | ")
}

/// A cell's items separated by commas outside brackets and quotes.
pub fn split_commas(cell: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut depth = 0i32;
    let mut quoted = false;
    let mut current = String::new();
    for c in cell.chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            '"' | '«' | '»' | '“' | '”' => quoted = !quoted || matches!(c, '»' | '”'),
            _ => {}
        }
        if c == ',' && depth <= 0 && !quoted {
            items.push(std::mem::take(&mut current).trim().to_string());
        } else {
            current.push(c);
        }
    }
    items.push(current.trim().to_string());
    items.retain(|i| !i.is_empty());
    // "Salesforce, Inc.", "Acme, S.A. (hébergeur)": a company's legal form goes with its name.
    let mut joined: Vec<String> = Vec::with_capacity(items.len());
    for item in items {
        match joined.last_mut() {
            Some(previous) if is_legal_form(&item) => {
                previous.push_str(", ");
                previous.push_str(&item);
            }
            _ => joined.push(item),
        }
    }
    joined
}

/// "Inc.", "Ltd", "S.A.", "GmbH": a company's legal form, which follows its name after a comma.
fn is_legal_form(item: &str) -> bool {
    let head = item.split(['(', '[']).next().unwrap_or(item);
    let key: String = fold(head).chars().filter(|c| c.is_alphanumeric() || *c == ' ').collect();
    matches!(
        key.trim(),
        "inc"
            | "incorporated"
            | "ltd"
            | "limited"
            | "llc"
            | "llp"
            | "lp"
            | "plc"
            | "corp"
            | "corporation"
            | "co"
            | "sa"
            | "sas"
            | "sasu"
            | "sarl"
            | "eurl"
            | "sca"
            | "gmbh"
            | "ag"
            | "kg"
            | "se"
            | "bv"
            | "nv"
            | "spa"
            | "srl"
            | "sl"
            | "ab"
            | "oy"
            | "as"
            | "aps"
            | "pty ltd"
            | "pte ltd"
    )
}

/// Fields whose cells are lists of short items, which some files separate with commas.
pub fn is_short_list(field: Field) -> bool {
    matches!(
        field,
        Field::Controllers
            | Field::Purposes
            | Field::LegalBases
            | Field::DataSubjects
            | Field::DataCategories
            | Field::Recipients
            | Field::InternalRecipients
            | Field::ExternalRecipients
            | Field::ProcessorRecipients
            | Field::TransferCountries
            | Field::Measures
            | Field::SubProcessors
    )
}

/// A row that is not data, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Junk {
    /// `<<<<<<<`: a version-control conflict begins; the rows until its end hold two versions.
    ConflictStart,
    /// `>>>>>>>`: the conflict ends.
    ConflictEnd,
    Other(crate::i18n::Text),
}

impl Junk {
    /// What the report says of the row.
    pub fn words(&self) -> crate::i18n::Text {
        match self {
            Junk::ConflictStart => crate::tr_all!("import-conflict-start"),
            Junk::ConflictEnd => crate::tr_all!("import-conflict-end"),
            Junk::Other(text) => text.clone(),
        }
    }
}

/// Why a row is not data: a git conflict marker, the header repeated, or nothing but separators.
pub fn junk(cells: &[String], headers: &[String]) -> Option<Junk> {
    let filled: Vec<&str> = cells.iter().map(|c| c.trim()).filter(|c| !c.is_empty()).collect();
    let first = *filled.first()?;
    if first.starts_with("<<<<<<<") {
        return Some(Junk::ConflictStart);
    }
    if first.starts_with(">>>>>>>") {
        return Some(Junk::ConflictEnd);
    }
    if ["=======", "|||||||"].iter().any(|m| first.starts_with(m)) {
        return Some(Junk::Other(crate::tr_all!("import-conflict-marker")));
    }
    if filled.iter().all(|c| c.chars().all(|ch| "-=_*#~.|+:".contains(ch) || ch.is_whitespace())) {
        return Some(Junk::Other(crate::tr_all!("import-separator-row")));
    }
    let same = cells.iter().zip(headers).filter(|(c, h)| !c.trim().is_empty() && fold(c) == fold(h)).count();
    if same >= 2 && same * 2 >= filled.len() {
        return Some(Junk::Other(crate::tr_all!("import-header-repeated")));
    }
    // A footer: "Total", "Total : 3 traitements", "Nombre de traitements : 3" alone on its row.
    let folded = fold(first);
    let counts = ["total", "sous-total", "subtotal", "nombre de traitements", "number of activities", "gesamt"]
        .iter()
        .any(|w| folded.starts_with(w) && folded[w.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric()));
    if counts && filled.len() <= 2 {
        return Some(Junk::Other(crate::tr_all!("import-total-line", text = filled.join(" "))));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(row: usize, cells: &[&str]) -> Record {
        Record { row, cells: cells.iter().map(|c| c.to_string()).collect() }
    }

    #[test]
    fn a_table_may_start_in_column_b_under_a_title() {
        let records = [rec(1, &["Our register"]), rec(3, &["", "Activity", "Lawful basis", "Retention period"])];
        let (i, h) = find(&records, Preset::Auto, &[], &[]).unwrap();
        assert_eq!((i, h.row, h.preset, h.table), (1, 3, Preset::Generic, Table::Activities));
    }

    #[test]
    fn a_group_row_names_the_columns_below_it_that_say_nothing() {
        let records = [
            rec(
                7,
                &["Identification du traitement", "", "", "", "Finalité du traitement", "", "", "Données sensibles ?"],
            ),
            rec(
                8,
                &[
                    "Nom du traitement",
                    "N° / RÉF",
                    "Date de création de la fiche",
                    "Dernière mise à jour de la fiche",
                    "",
                    "",
                    "",
                    "Oui/non",
                ],
            ),
        ];
        let (_, h) = find(&records, Preset::Auto, &[], &[]).unwrap();
        assert_eq!(h.group_row, Some(7));
        assert_eq!(
            &h.headers[4..8],
            ["Finalité du traitement", "Finalité du traitement", "Finalité du traitement", "Données sensibles ?"]
        );
        assert_eq!(h.headers[0], "Nom du traitement");
    }

    #[test]
    fn commas_separate_lists_only_where_the_file_writes_them_so() {
        assert!(writes_commas(&["Employees, Candidates", "Clients"]));
        // One row with semicolons does not make the others' commas text.
        assert!(writes_commas(&["Employees; Candidates", "Clients, Prospects"]));
        assert!(!writes_commas(&["Employees; Candidates", "Clients"]));
        assert!(!writes_commas(&["Clients"]));
        assert_eq!(
            split_commas("Identité (nom, prénom), Vie professionnelle"),
            ["Identité (nom, prénom)", "Vie professionnelle"]
        );
        assert_eq!(
            split_commas("Salesforce, Inc. (CRM), Intercom, Inc., OVH, SAS, Acme, S.A., Bank, plc"),
            ["Salesforce, Inc. (CRM)", "Intercom, Inc.", "OVH, SAS", "Acme, S.A.", "Bank, plc"]
        );
    }

    #[test]
    fn junk_rows_are_told_apart() {
        let headers: Vec<String> = ["Name", "Purposes"].iter().map(|s| s.to_string()).collect();
        let row = |cells: &[&str]| cells.iter().map(|c| c.to_string()).collect::<Vec<_>>();
        assert!(junk(&row(&["<<<<<<< HEAD"]), &headers).is_some());
        assert!(junk(&row(&["-----", "---"]), &headers).is_some());
        assert!(junk(&row(&["Name", "Purposes"]), &headers).is_some());
        assert!(junk(&row(&["Payroll", "Paying staff"]), &headers).is_none());
        assert!(junk(&row(&["Total : 3 traitements"]), &headers).is_some_and(|w| w.words().contains("Total : 3")));
        assert!(junk(&row(&["Totalement dématérialisé", "Archivage"]), &headers).is_none());
    }
}
