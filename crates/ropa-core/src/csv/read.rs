//! Reading CSV as spreadsheets write it: detecting the encoding and the separator, then parsing
//! records one at a time (quoted cells with separators and line breaks inside), counting rows as
//! a spreadsheet shows them.

use std::io::Read;

use encoding_rs::{Decoder, DecoderResult, Encoding as RsEncoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};
use serde::Serialize;

/// How much of the file is looked at to detect its encoding and separator.
const SNIFF: usize = 64 * 1024;
const CHUNK: usize = 64 * 1024;
/// The longest row read: no register row comes near it; a longer one is a quoted cell that never
/// closes, or not a register, and is refused before it fills the memory.
pub const MAX_ROW_BYTES: usize = 16 * 1024 * 1024;
/// The most cells in a row: Excel's last column, XFD.
pub const MAX_COLUMNS: usize = 16_384;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

impl Encoding {
    pub fn describe(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 with byte-order mark",
            Encoding::Utf16Le => "UTF-16 little-endian (Excel's \"Unicode text\")",
            Encoding::Utf16Be => "UTF-16 big-endian",
            Encoding::Windows1252 => "Windows-1252 (Western European)",
        }
    }

    fn rs(self) -> &'static RsEncoding {
        match self {
            Encoding::Utf8 | Encoding::Utf8Bom => UTF_8,
            Encoding::Utf16Le => UTF_16LE,
            Encoding::Utf16Be => UTF_16BE,
            Encoding::Windows1252 => WINDOWS_1252,
        }
    }
}

/// A problem reading the file itself (as opposed to its values).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    Empty,
    Binary,
    /// A quoted cell opened on `row` and never closed.
    UnclosedQuote {
        row: usize,
    },
    /// The record starting on `row` is longer than `MAX_ROW_BYTES`.
    RowTooLong {
        row: usize,
    },
    /// The record starting on `row` has more than `MAX_COLUMNS` cells.
    TooManyColumns {
        row: usize,
    },
    /// Bytes that do not decode in the detected encoding, in the record starting on `row`.
    BadEncoding {
        row: usize,
        encoding: Encoding,
    },
    Io(String),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Empty => write!(f, "the file is empty"),
            ReadError::Binary => {
                write!(f, "this is not a text file (it holds binary data); save the spreadsheet as CSV")
            }
            ReadError::UnclosedQuote { row } => {
                write!(f, "row {row}: a quoted cell is never closed (a \" is missing); the file may be truncated")
            }
            ReadError::RowTooLong { row } => write!(
                f,
                "row {row}: a row longer than {} MB, which no register holds: a quoted cell that is never closed (a \" is missing?), or not a register",
                MAX_ROW_BYTES / (1024 * 1024)
            ),
            ReadError::TooManyColumns { row } => {
                write!(f, "row {row}: more than {MAX_COLUMNS} columns, the most a spreadsheet has; is this a register?")
            }
            ReadError::BadEncoding { row, encoding } => {
                write!(f, "row {row}: bytes that are not valid {} (the file mixes encodings?)", encoding.describe())
            }
            ReadError::Io(message) => write!(f, "{message}"),
        }
    }
}

/// One record: its cells, and the spreadsheet row it is on (the first record is row 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub row: usize,
    pub cells: Vec<String>,
}

impl Record {
    pub fn is_blank(&self) -> bool {
        self.cells.iter().all(|c| c.trim().is_empty())
    }
}

/// Streams records out of a reader.
pub struct CsvReader<R: Read> {
    input: R,
    decoder: Decoder,
    encoding: Encoding,
    delimiter: char,
    /// Decoded text not yet parsed starts at `pos`.
    text: String,
    pos: usize,
    /// Raw bytes read ahead for detection, not yet decoded.
    pending: Vec<u8>,
    eof: bool,
    next_row: usize,
    bytes_read: u64,
    failed: bool,
}

impl<R: Read> CsvReader<R> {
    /// Detects the encoding and separator from the beginning of `input` (a separator given in
    /// `delimiter` is used as it is).
    pub fn new(mut input: R, delimiter: Option<char>) -> Result<CsvReader<R>, ReadError> {
        let mut head = Vec::with_capacity(SNIFF);
        (&mut input).take(SNIFF as u64).read_to_end(&mut head).map_err(|e| ReadError::Io(e.to_string()))?;
        let bytes_read = head.len() as u64;
        if head.is_empty() {
            return Err(ReadError::Empty);
        }
        let (encoding, bom) = detect_encoding(&head)?;
        let pending = head.split_off(bom);
        let mut reader = CsvReader {
            input,
            decoder: encoding.rs().new_decoder_without_bom_handling(),
            encoding,
            delimiter: delimiter.unwrap_or(','),
            text: String::new(),
            pos: 0,
            pending,
            eof: false,
            next_row: 1,
            bytes_read,
            failed: false,
        };
        reader.fill()?;
        // Text with a stray control character (an escape sequence pasted into a cell) is still
        // text, read with that character said and removed; binary data is full of them.
        if reader.text.chars().take(SNIFF).filter(|c| c.is_control() && !matches!(c, '\t' | '\r' | '\n')).count() * 10
            > reader.text.chars().take(SNIFF).count().max(1)
        {
            return Err(ReadError::Binary);
        }
        // Excel's "sep=;" first line names the separator and is not a row.
        if let Some(rest) = reader.text.strip_prefix("sep=") {
            if let Some(sep) = rest.chars().next().filter(|c| !matches!(c, '\r' | '\n')) {
                let line_end = reader.text.find('\n').map_or(reader.text.len(), |i| i + 1);
                reader.delimiter = delimiter.unwrap_or(sep);
                reader.pos = line_end;
                return Ok(reader);
            }
        }
        if delimiter.is_none() {
            reader.delimiter = detect_delimiter(&reader.text);
        }
        Ok(reader)
    }

    pub fn encoding(&self) -> Encoding {
        self.encoding
    }

    pub fn delimiter(&self) -> char {
        self.delimiter
    }

    /// Bytes of input consumed so far, for progress.
    pub fn bytes_read(&self) -> u64 {
        self.bytes_read
    }

    /// Decodes the pending bytes and reads one more chunk.
    fn fill(&mut self) -> Result<(), ReadError> {
        if self.pos > 0 && self.pos >= self.text.len() / 2 {
            self.text.drain(..self.pos);
            self.pos = 0;
        }
        if self.pending.is_empty() && !self.eof {
            let mut chunk = vec![0; CHUNK];
            let n = loop {
                match self.input.read(&mut chunk) {
                    Ok(n) => break n,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(e) => return Err(ReadError::Io(e.to_string())),
                }
            };
            chunk.truncate(n);
            self.bytes_read += n as u64;
            self.eof = n == 0;
            self.pending = chunk;
        }
        let last = self.eof;
        let bytes = std::mem::take(&mut self.pending);
        let needed = self.decoder.max_utf8_buffer_length_without_replacement(bytes.len()).unwrap_or(bytes.len() * 3);
        self.text.reserve(needed);
        let (result, _) = self.decoder.decode_to_string_without_replacement(&bytes, &mut self.text, last);
        if let DecoderResult::Malformed(_, _) = result {
            return Err(ReadError::BadEncoding { row: self.next_row, encoding: self.encoding });
        }
        if self.encoding == Encoding::Utf16Le || self.encoding == Encoding::Utf16Be {
            // A NUL in UTF-16 text is a sign of binary data, as in UTF-8.
            if self.text[self.pos..].contains('\0') {
                return Err(ReadError::Binary);
            }
        }
        Ok(())
    }

    fn parse_next(&mut self) -> Result<Option<Record>, ReadError> {
        loop {
            match parse_record(&self.text[self.pos..], self.delimiter, self.eof && self.pending.is_empty()) {
                Parsed::Record { cells, consumed } => {
                    self.pos += consumed;
                    let row = self.next_row;
                    self.next_row += 1;
                    return Ok(Some(Record { row, cells }));
                }
                Parsed::End => return Ok(None),
                Parsed::TooManyColumns => return Err(ReadError::TooManyColumns { row: self.next_row }),
                Parsed::NeedMore => {
                    if self.eof && self.pending.is_empty() {
                        return Err(ReadError::UnclosedQuote { row: self.next_row });
                    }
                    let unparsed = self.text.len() - self.pos;
                    if unparsed > MAX_ROW_BYTES {
                        return Err(ReadError::RowTooLong { row: self.next_row });
                    }
                    // More is read until the unparsed text has doubled: a long record is parsed
                    // again only each time its length doubles, so reading stays linear.
                    let target = unparsed.saturating_mul(2).max(CHUNK);
                    while self.text.len() - self.pos < target && !(self.eof && self.pending.is_empty()) {
                        self.fill()?;
                    }
                }
            }
        }
    }
}

impl<R: Read> Iterator for CsvReader<R> {
    type Item = Result<Record, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        match self.parse_next() {
            Ok(Some(record)) => Some(Ok(record)),
            Ok(None) => None,
            Err(e) => {
                self.failed = true;
                Some(Err(e))
            }
        }
    }
}

enum Parsed {
    Record { cells: Vec<String>, consumed: usize },
    NeedMore,
    TooManyColumns,
    End,
}

/// Parses one record at the start of `text`. Quoted cells may hold separators, quotes (doubled)
/// and line breaks; text after a closing quote is kept, as spreadsheets do.
fn parse_record(text: &str, delimiter: char, at_eof: bool) -> Parsed {
    if !delimiter.is_ascii() {
        return parse_record_chars(text, delimiter, at_eof);
    }
    let (bytes, d) = (text.as_bytes(), delimiter as u8);
    let n = bytes.len();
    if n == 0 {
        return if at_eof { Parsed::End } else { Parsed::NeedMore };
    }
    // The special characters are ASCII, so the text can be cut at them as bytes and copied a run
    // at a time.
    let mut cells = Vec::new();
    let mut i = 0;
    loop {
        let mut cell = String::new();
        if i < n && bytes[i] == b'"' {
            let mut j = i + 1;
            loop {
                let Some(k) = bytes[j..].iter().position(|&b| b == b'"') else { return Parsed::NeedMore };
                let quote = j + k;
                cell.push_str(&text[j..quote]);
                if quote + 1 < n && bytes[quote + 1] == b'"' {
                    cell.push('"');
                    j = quote + 2;
                    continue;
                }
                if quote + 1 == n && !at_eof {
                    return Parsed::NeedMore;
                }
                i = quote + 1;
                break;
            }
        }
        // Unquoted text, or what follows a closing quote, up to a separator or a line end.
        match bytes[i..].iter().position(|&b| b == d || b == b'\r' || b == b'\n') {
            None => {
                if !at_eof {
                    return Parsed::NeedMore;
                }
                cell.push_str(&text[i..]);
                cells.push(cell);
                return Parsed::Record { cells, consumed: n };
            }
            Some(k) => {
                let at = i + k;
                cell.push_str(&text[i..at]);
                cells.push(cell);
                if cells.len() > MAX_COLUMNS {
                    return Parsed::TooManyColumns;
                }
                match bytes[at] {
                    b'\r' if at + 1 < n && bytes[at + 1] == b'\n' => return Parsed::Record { cells, consumed: at + 2 },
                    b'\r' if at + 1 == n && !at_eof => return Parsed::NeedMore,
                    b'\r' | b'\n' => return Parsed::Record { cells, consumed: at + 1 },
                    _ => i = at + 1,
                }
            }
        }
    }
}

/// The same, character by character, for a separator outside ASCII.
fn parse_record_chars(text: &str, delimiter: char, at_eof: bool) -> Parsed {
    if text.is_empty() {
        return if at_eof { Parsed::End } else { Parsed::NeedMore };
    }
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut chars = text.char_indices().peekable();
    let mut in_quotes = false;
    let mut cell_start = true;
    while let Some((i, c)) = chars.next() {
        if in_quotes {
            if c == '"' {
                match chars.peek() {
                    Some((_, '"')) => {
                        cell.push('"');
                        chars.next();
                    }
                    None if !at_eof => return Parsed::NeedMore,
                    _ => in_quotes = false,
                }
            } else {
                cell.push(c);
            }
            continue;
        }
        match c {
            '"' if cell_start => {
                in_quotes = true;
                cell_start = false;
            }
            c if c == delimiter => {
                cells.push(std::mem::take(&mut cell));
                if cells.len() > MAX_COLUMNS {
                    return Parsed::TooManyColumns;
                }
                cell_start = true;
            }
            '\r' => match chars.peek() {
                Some((_, '\n')) => {
                    cells.push(cell);
                    return Parsed::Record { cells, consumed: i + 2 };
                }
                None if !at_eof => return Parsed::NeedMore,
                _ => {
                    cells.push(cell);
                    return Parsed::Record { cells, consumed: i + 1 };
                }
            },
            '\n' => {
                cells.push(cell);
                return Parsed::Record { cells, consumed: i + 1 };
            }
            c => {
                cell.push(c);
                cell_start = false;
            }
        }
    }
    if in_quotes || !at_eof {
        return Parsed::NeedMore;
    }
    cells.push(cell);
    Parsed::Record { cells, consumed: text.len() }
}

/// The encoding, and the length of its byte-order mark.
fn detect_encoding(head: &[u8]) -> Result<(Encoding, usize), ReadError> {
    if head.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return Ok((Encoding::Utf8Bom, 3));
    }
    if head.starts_with(&[0xFF, 0xFE]) {
        return Ok((Encoding::Utf16Le, 2));
    }
    if head.starts_with(&[0xFE, 0xFF]) {
        return Ok((Encoding::Utf16Be, 2));
    }
    let nuls = head.iter().filter(|b| **b == 0).count();
    if nuls > 0 {
        // UTF-16 without a byte-order mark: ASCII text has a NUL in every other byte.
        let pairs = head.len() / 2;
        let even = head.iter().step_by(2).filter(|b| **b == 0).count();
        let odd = head.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
        if pairs > 0 && odd * 10 >= pairs * 7 && even * 10 <= pairs {
            return Ok((Encoding::Utf16Le, 0));
        }
        if pairs > 0 && even * 10 >= pairs * 7 && odd * 10 <= pairs {
            return Ok((Encoding::Utf16Be, 0));
        }
        return Err(ReadError::Binary);
    }
    match std::str::from_utf8(head) {
        Ok(_) => Ok((Encoding::Utf8, 0)),
        // A multi-byte character cut at the end of the sniffed part is still UTF-8.
        Err(e) if e.error_len().is_none() => Ok((Encoding::Utf8, 0)),
        Err(_) => Ok((Encoding::Windows1252, 0)),
    }
}

/// The separator that splits the first lines most consistently: `,` `;` tab or `|`.
fn detect_delimiter(text: &str) -> char {
    const CANDIDATES: [char; 4] = [',', ';', '\t', '|'];
    let mut counts: Vec<[usize; 4]> = Vec::new();
    let mut current = [0usize; 4];
    let mut in_quotes = false;
    for c in text.chars() {
        match c {
            '"' => in_quotes = !in_quotes,
            '\n' if !in_quotes => {
                counts.push(current);
                current = [0; 4];
                if counts.len() == 30 {
                    break;
                }
            }
            c if !in_quotes => {
                if let Some(k) = CANDIDATES.iter().position(|d| *d == c) {
                    current[k] += 1;
                }
            }
            _ => {}
        }
    }
    if current.iter().any(|n| *n > 0) {
        counts.push(current);
    }
    let mut best = (0usize, 0usize, ',');
    for (k, candidate) in CANDIDATES.iter().enumerate() {
        // The most common non-zero count, and on how many lines it occurs.
        let mut tally: Vec<(usize, usize)> = Vec::new();
        for line in &counts {
            let n = line[k];
            if n == 0 {
                continue;
            }
            match tally.iter_mut().find(|(count, _)| *count == n) {
                Some((_, lines)) => *lines += 1,
                None => tally.push((n, 1)),
            }
        }
        if let Some((count, lines)) = tally.into_iter().max_by_key(|(count, lines)| (*lines, *count)) {
            if (lines, count) > (best.0, best.1) {
                best = (lines, count, *candidate);
            }
        }
    }
    best.2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_never_closed_in_a_huge_file_is_refused_at_its_row_without_reading_it_all() {
        let mut text = b"Name,Purposes\nPayroll,\"".to_vec();
        text.resize(text.len() + 40 * 1024 * 1024, b'x');
        let mut reader = CsvReader::new(&text[..], Some(',')).unwrap();
        assert_eq!(reader.next().unwrap().unwrap().cells, ["Name", "Purposes"]);
        assert_eq!(reader.next().unwrap().unwrap_err(), ReadError::RowTooLong { row: 2 });
        assert!(reader.bytes_read() < 40 * 1024 * 1024, "read {} bytes", reader.bytes_read());
    }

    #[test]
    fn a_long_cell_reads_whole_and_too_many_columns_are_refused() {
        let long = "y".repeat(3 * 1024 * 1024 + 7);
        let text = format!("Name,Notes\nPayroll,\"{long}\"\nNext,short\n");
        let rows: Vec<Record> = CsvReader::new(text.as_bytes(), Some(',')).unwrap().map(Result::unwrap).collect();
        assert_eq!(rows[1].cells[1], long);
        assert_eq!(rows[2].cells, ["Next", "short"]);
        let wide = format!("Name\n{}\n", ",".repeat(MAX_COLUMNS + 1));
        let err = CsvReader::new(wide.as_bytes(), Some(',')).unwrap().nth(1).unwrap().unwrap_err();
        assert_eq!(err, ReadError::TooManyColumns { row: 2 });
        assert!(err.to_string().starts_with("row 2: more than 16384 columns"), "{err}");
    }

    fn records(bytes: &[u8]) -> Result<(Encoding, char, Vec<Vec<String>>), ReadError> {
        let reader = CsvReader::new(bytes, None)?;
        let (encoding, delimiter) = (reader.encoding(), reader.delimiter());
        let rows = reader.map(|r| r.map(|r| r.cells)).collect::<Result<Vec<_>, _>>()?;
        Ok((encoding, delimiter, rows))
    }

    #[test]
    fn quoted_cells_hold_separators_quotes_and_line_breaks() {
        let (_, d, rows) = records(b"a;b\r\n\"x;y\";\"say \"\"hi\"\"\nthen go\"\r\nlast;\n").unwrap();
        assert_eq!(d, ';');
        assert_eq!(rows, [vec!["a", "b"], vec!["x;y", "say \"hi\"\nthen go"], vec!["last", ""]]);
    }

    #[test]
    fn encodings_are_detected() {
        let (e, _, rows) = records("\u{feff}Nom,Finalité\nPaie,€\n".as_bytes()).unwrap();
        assert_eq!((e, rows[1][1].as_str()), (Encoding::Utf8Bom, "€"));
        let (e, _, rows) = records(b"Nom;Finalit\xe9\nPaie;\x80 \x93x\x94\n").unwrap();
        assert_eq!((e, rows[0][1].as_str(), rows[1][1].as_str()), (Encoding::Windows1252, "Finalité", "€ “x”"));
        let utf16: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("A\tÉ\r\n1\t2\r\n".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let (e, d, rows) = records(&utf16).unwrap();
        assert_eq!((e, d), (Encoding::Utf16Le, '\t'));
        assert_eq!(rows, [vec!["A", "É"], vec!["1", "2"]]);
    }

    #[test]
    fn broken_files_are_named() {
        assert_eq!(records(b"").unwrap_err(), ReadError::Empty);
        assert_eq!(records(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0").unwrap_err(), ReadError::Binary);
        assert_eq!(records(b"a,b\n1,\"open\n2,3\n").unwrap_err(), ReadError::UnclosedQuote { row: 2 });
    }

    #[test]
    fn sep_line_and_separators() {
        let (_, d, rows) = records(b"sep=|\na|b\n").unwrap();
        assert_eq!((d, rows), ('|', vec![vec!["a".to_string(), "b".to_string()]]));
        let (_, d, _) = records(b"a\tb\tc\n1\t2,5\t3\n").unwrap();
        assert_eq!(d, '\t');
    }

    #[test]
    fn both_parsers_agree() {
        let samples = [
            "a,b\r\nc",
            "\"x,y\",\"say \"\"hi\"\"\nok\"\n",
            "\"q\"tail,z\r",
            "a,\"\"\r\n",
            ",,\n",
            "\"open",
            "a\rb\n",
            "é,ü\n",
        ];
        for text in samples {
            for at_eof in [true, false] {
                let fast = parse_record(text, ',', at_eof);
                let slow = parse_record_chars(text, ',', at_eof);
                let shape = |p: Parsed| match p {
                    Parsed::Record { cells, consumed } => format!("{cells:?} {consumed}"),
                    Parsed::NeedMore => "more".into(),
                    Parsed::TooManyColumns => "too many columns".into(),
                    Parsed::End => "end".into(),
                };
                assert_eq!(shape(fast), shape(slow), "{text:?} {at_eof}");
            }
        }
    }

    #[test]
    fn records_split_across_chunks_read_whole() {
        let cell = "é".repeat(CHUNK);
        let text = format!("h1,h2\r\n\"{cell}\",x\r\n");
        let (_, _, rows) = records(text.as_bytes()).unwrap();
        assert_eq!(rows[1][0].chars().count(), CHUNK);
        assert_eq!(rows[1][1], "x");
    }
}
