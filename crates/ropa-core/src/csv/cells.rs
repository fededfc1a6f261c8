//! How values sit in cells: lists one item per line (what Alt+Enter gives in a spreadsheet),
//! structured items as fields separated by ` | `, with `\` escapes so that every value, whatever
//! its characters, reads back exactly.

use crate::date::Date;
use crate::model::{Period, TimeUnit};
use crate::vocab::{Lang, Vocabulary};

const SEPARATOR: &str = " | ";

/// Escapes what would split a list (line breaks) and the escape character itself; with
/// `structured`, also the field separator `|`.
pub fn escape(text: &str, structured: bool) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text, structured);
    out
}

/// `escape`, appended to `out`.
fn escape_into(out: &mut String, text: &str, structured: bool) {
    let special = |b: u8| matches!(b, b'\\' | b'\n' | b'\r') || (structured && b == b'|');
    if !text.bytes().any(special) {
        out.push_str(text);
        return;
    }
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '|' if structured => out.push_str("\\|"),
            c => out.push(c),
        }
    }
}

pub fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

/// A list cell: one item per line.
pub fn list<S: AsRef<str>>(items: &[S]) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        escape_into(&mut out, item.as_ref(), false);
    }
    out
}

/// The items of a list cell; blank lines are not items.
pub fn parse_list(cell: &str) -> Vec<String> {
    cell.split('\n')
        .map(|line| line.strip_suffix('\r').unwrap_or(line))
        .filter(|line| !line.trim().is_empty())
        .map(unescape)
        .collect()
}

/// A list cell as people type it in a spreadsheet: items on lines or separated by semicolons,
/// bullets and spaces trimmed.
pub fn parse_loose_list(cell: &str) -> Vec<String> {
    cell.split(['\n', ';'])
        .map(|item| item.trim().trim_start_matches(['•', '-', '*', '–', '·']).trim())
        .filter(|item| !item.is_empty())
        .map(str::to_string)
        .collect()
}

/// One structured item: its fields joined by ` | `, trailing empty fields left out.
pub fn item<S: AsRef<str>>(fields: &[S]) -> String {
    let last = fields.iter().rposition(|f| !f.as_ref().is_empty()).map_or(0, |i| i + 1);
    let mut out = String::new();
    for (i, field) in fields[..last].iter().enumerate() {
        if i > 0 {
            out.push_str(SEPARATOR);
        }
        escape_into(&mut out, field.as_ref(), true);
    }
    out
}

/// The fields of a structured item, `n` of them (missing ones empty).
pub fn parse_item(line: &str, n: usize) -> Vec<String> {
    let mut raw: Vec<String> = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let current = raw.last_mut().expect("at least one field");
                current.push('\\');
                if let Some(next) = chars.next() {
                    current.push(next);
                }
            }
            '|' => raw.push(String::new()),
            c => raw.last_mut().expect("at least one field").push(c),
        }
    }
    let count = raw.len();
    let mut fields: Vec<String> = raw
        .into_iter()
        .enumerate()
        .map(|(i, mut field)| {
            if i + 1 < count && field.ends_with(' ') {
                field.pop();
            }
            if i > 0 && field.starts_with(' ') {
                field.remove(0);
            }
            unescape(&field)
        })
        .collect();
    fields.resize(n.max(fields.len()), String::new());
    fields
}

/// The structured items of a list cell.
pub fn parse_items(cell: &str, n: usize) -> Vec<Vec<String>> {
    cell.split('\n')
        .map(|line| line.strip_suffix('\r').unwrap_or(line))
        .filter(|line| !line.trim().is_empty())
        .map(|line| parse_item(line, n))
        .collect()
}

pub fn yes_no(value: Option<bool>, lang: Lang) -> &'static str {
    match (value, lang) {
        (None, _) => "",
        (Some(true), Lang::En) => "Yes",
        (Some(false), Lang::En) => "No",
        (Some(true), Lang::Fr) => "Oui",
        (Some(false), Lang::Fr) => "Non",
        (Some(true), Lang::De) => "Ja",
        (Some(false), Lang::De) => "Nein",
    }
}

/// A cell that says neither yes nor no.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotYesNo;

/// Yes or no in English or French, or `None` when blank; `Err` when it says neither.
pub fn parse_yes_no(cell: &str) -> Result<Option<bool>, NotYesNo> {
    let key = crate::text::fold(cell);
    let first = key.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).unwrap_or("");
    match first {
        "" => Ok(None),
        "yes" | "y" | "oui" | "o" | "true" | "vrai" | "1" | "x" | "required" | "requise" | "obligatoire" | "ja"
        | "j" | "erforderlich" => Ok(Some(true)),
        "no" | "n" | "non" | "false" | "faux" | "0" | "none" | "aucun" | "aucune" | "not" | "nein" | "kein"
        | "keine" | "keiner" | "nicht" => Ok(Some(false)),
        _ => Err(NotYesNo),
    }
}

pub fn period(p: &Period) -> String {
    crate::vocab::period(p, Lang::En)
}

/// "3 years", "30 days", "12 mois", "2 Weeks", "1 an"; `None` when it is not a period.
pub fn parse_period(text: &str) -> Option<Period> {
    let text = text.trim();
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return None;
    }
    let amount = digits.parse().ok()?;
    // The unit alone ("years", "ans", "mois."): "10 years (after the contract)" is more than a period.
    let unit_text = text[digits.len()..].trim().trim_end_matches('.');
    if unit_text.is_empty() || !unit_text.chars().all(char::is_alphabetic) {
        return None;
    }
    let unit = TimeUnit::recognise(unit_text)?;
    Some(Period { amount, unit })
}

/// A date as spreadsheets write it: `2024-03-31`, `31/03/2024`, `31.03.2024`, or a number of
/// days since 1899-12-30 (Excel's serial dates). `Err` for a date that cannot exist.
pub fn parse_date(text: &str) -> Result<Option<Date>, crate::i18n::Text> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if let Ok(d) = text.parse::<Date>() {
        return Ok(Some(d));
    }
    // "2024-03-31 10:30", "2024-03-31T10:30:00": the day, whatever the time.
    if let Some((day, time)) = text.split_once([' ', 'T']) {
        if time.contains(':') && day.len() == 10 {
            return parse_date(day);
        }
    }
    let parts: Vec<&str> = text.split(['/', '.', '-']).collect();
    if let [y, m, d] = parts.as_slice() {
        if y.len() == 4 {
            if let (Ok(y), Ok(m), Ok(d)) = (y.trim().parse::<i32>(), m.trim().parse::<u8>(), d.trim().parse::<u8>()) {
                return Date::from_ymd(y, m, d)
                    .map(Some)
                    .ok_or_else(|| crate::tr_all!("import-no-such-date", text = text));
            }
        }
    }
    if let [d, m, y] = parts.as_slice() {
        if let (Ok(d), Ok(m), Ok(y)) = (d.trim().parse::<u8>(), m.trim().parse::<u8>(), y.trim().parse::<i32>()) {
            let y = if y < 100 { 2000 + y } else { y };
            return Date::from_ymd(y, m, d).map(Some).ok_or_else(|| crate::tr_all!("import-no-such-date", text = text));
        }
    }
    if let Ok(serial) = text.parse::<u32>() {
        if (1..=2_958_465).contains(&serial) {
            let base = crate::date::Timestamp::from_unix_seconds(-2_209_161_600).map(|t| t.date());
            if let Some(date) = base.and_then(|b| b.plus_days(serial as i64)) {
                return Ok(Some(date));
            }
        }
    }
    Err(crate::tr_all!("import-not-a-date", text = text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_read_back_exactly_whatever_their_characters() {
        let fields = ["a | b", "back\\slash", "two\nlines", " padded ", "", "\\|"];
        let line = item(&fields);
        assert!(!line.contains('\n'));
        assert_eq!(parse_item(&line, 6), fields);
        assert_eq!(item(&["x", "", ""]), "x");
        assert_eq!(parse_item("AWS | | US", 3), ["AWS", "", "US"]);
        assert_eq!(parse_item("AWS|Paris|FR", 3), ["AWS", "Paris", "FR"]);
    }

    #[test]
    fn lists_and_loose_lists() {
        let items = ["one", "two\nlines", "back\\slash"];
        assert_eq!(parse_list(&list(&items)), items);
        assert_eq!(parse_loose_list("• Salariés ; Candidats\n- Clients\r\n"), ["Salariés", "Candidats", "Clients"]);
    }

    #[test]
    fn periods_and_dates() {
        assert_eq!(parse_period("3 years"), Some(Period { amount: 3, unit: TimeUnit::Years }));
        assert_eq!(parse_period("12 mois"), Some(Period { amount: 12, unit: TimeUnit::Months }));
        assert_eq!(parse_period("2 Weeks"), Some(Period { amount: 2, unit: TimeUnit::Weeks }));
        assert_eq!(parse_period("No storage"), None);
        assert_eq!(parse_period("10 years (“money” transaction)"), None);
        assert_eq!(parse_date("31/03/2024").unwrap().unwrap().to_string(), "2024-03-31");
        assert_eq!(parse_date("2024-03-31").unwrap().unwrap().to_string(), "2024-03-31");
        assert_eq!(parse_date("45382").unwrap().unwrap().to_string(), "2024-03-31");
        assert!(parse_date("30/02/2023").is_err());
        assert_eq!(parse_date("2024-02-30").unwrap_err().en, "'2024-02-30' is not a date that exists");
        assert_eq!(parse_date("2024-03-31 10:30").unwrap().unwrap().to_string(), "2024-03-31");
        assert!(parse_date("soon").is_err());
        assert_eq!(parse_yes_no("Oui, santé"), Ok(Some(true)));
        assert_eq!(parse_yes_no("Non"), Ok(Some(false)));
        assert_eq!(parse_yes_no("perhaps"), Err(NotYesNo));
    }
}
