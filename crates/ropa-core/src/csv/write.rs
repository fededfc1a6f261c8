//! Writing CSV that Excel and LibreOffice open as they should: UTF-8 with a byte-order mark,
//! CRLF between records, quotes where a cell needs them, formulas neutralised.

use std::io::{self, Write};

/// Characters that make a spreadsheet treat a cell as a formula when they start it (OWASP,
/// "CSV Injection"): `=`, `+`, `-`, `@`, tab and carriage return, and the full-width forms of the
/// first four, which spreadsheets in East Asian locales read as them.
const FORMULA_STARTS: [char; 10] = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];

/// Whether a spreadsheet could read the cell as a formula: a formula character first, or after
/// leading spaces (which spreadsheets skip); or a `'` first, which `unneutralise` would take.
fn needs_neutralising(cell: &str) -> bool {
    cell.starts_with('\'')
        || cell.trim_start_matches(|c: char| c.is_whitespace() && c != '\t' && c != '\r').starts_with(FORMULA_STARTS)
        || cell.starts_with(FORMULA_STARTS)
}

/// Prefixes a cell a spreadsheet would run as a formula with `'`, which spreadsheets show as
/// text. A cell that already starts with `'` gets one more, so that `unneutralise` is exact.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    if needs_neutralising(cell) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// Undoes `neutralise`, for the files ropa wrote.
pub fn unneutralise(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if needs_neutralising(rest) => rest,
        _ => cell,
    }
}

pub struct CsvWriter<W: Write> {
    out: W,
    delimiter: char,
    line: String,
}

impl<W: Write> CsvWriter<W> {
    /// Starts a file: the UTF-8 byte-order mark first, so that Excel reads accents right.
    pub fn new(mut out: W, delimiter: char) -> io::Result<CsvWriter<W>> {
        out.write_all("\u{feff}".as_bytes())?;
        Ok(CsvWriter { out, delimiter, line: String::new() })
    }

    pub fn write_record<S: AsRef<str>>(&mut self, cells: &[S]) -> io::Result<()> {
        self.line.clear();
        // Delimiters are ASCII (`,` `;` tab `|`); any other is compared as a character.
        let delimiter = u8::try_from(self.delimiter).ok().filter(u8::is_ascii);
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                self.line.push(self.delimiter);
            }
            let cell = neutralise(cell.as_ref());
            let needs_quotes = match delimiter {
                Some(d) => cell.bytes().any(|b| b == d || matches!(b, b'"' | b'\n' | b'\r')),
                None => cell.contains([self.delimiter, '"', '\n', '\r']),
            } || cell.starts_with(' ')
                || cell.ends_with(' ');
            if needs_quotes {
                self.line.push('"');
                for (j, part) in cell.split('"').enumerate() {
                    if j > 0 {
                        self.line.push_str("\"\"");
                    }
                    self.line.push_str(part);
                }
                self.line.push('"');
            } else {
                self.line.push_str(&cell);
            }
        }
        self.line.push_str("\r\n");
        self.out.write_all(self.line.as_bytes())
    }

    pub fn finish(mut self) -> io::Result<W> {
        self.out.flush()?;
        Ok(self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_restored_exactly() {
        for cell in [
            "=1+1",
            "+33 1 23",
            "-x",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "'quoted",
            "'=x",
            "plain",
            "",
            "  =1+1",
            "\u{a0}@x",
            "＝HYPERLINK(\"x\")",
            "  ＋1",
            "' =x",
            "a=b",
        ] {
            assert_eq!(unneutralise(&neutralise(cell)), cell);
        }
        assert_eq!(neutralise("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralise("   =HYPERLINK(\"x\")"), "'   =HYPERLINK(\"x\")");
        assert_eq!(neutralise("＝1+1"), "'＝1+1");
        assert_eq!(neutralise("a=b"), "a=b");
        assert_eq!(neutralise("  plain"), "  plain");
    }

    #[test]
    fn cells_are_quoted_when_they_must_be() {
        let mut w = CsvWriter::new(Vec::new(), ';').unwrap();
        w.write_record(&["a;b", "say \"hi\"", "two\nlines", "plain", " padded"]).unwrap();
        let bytes = w.finish().unwrap();
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            "\u{feff}\"a;b\";\"say \"\"hi\"\"\";\"two\nlines\";plain;\" padded\"\r\n"
        );
    }
}
