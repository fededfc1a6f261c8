//! Reading a workbook's sheets into grids of text cells, with calamine, in bounded memory.
//!
//! calamine reads the formats; this module decides which one a file is by its content, turns each
//! cell into the text the sheet shows (dates as `YYYY-MM-DD`, whole numbers without `.0`,
//! formulas as their cached value), and refuses, before calamine expands them, files that would
//! take more than a few hundred megabytes: a zip that unpacks to too much, an ODS sheet whose
//! repeated rows and columns claim millions of cells, an XLSX sheet with too many cells (read a
//! cell at a time).

use std::io::{Cursor, Read};

use calamine::{Data, DataRef, Ods, Reader, SheetVisible, Xls, Xlsx};
use quick_xml::events::Event;
use serde::Serialize;

use crate::csv::read::Record;

/// The most bytes a workbook file may have: it is read into memory.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;
/// The most a workbook's zip entries may unpack to, all together.
pub const MAX_UNPACKED_BYTES: u64 = 512 * 1024 * 1024;
/// The most cells a workbook's sheets may hold, all together (what a register of 50,000
/// activities in 60 columns holds).
pub const MAX_CELLS: u64 = 3_000_000;

/// What a file is, recognised by its content, not its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Format {
    Csv,
    /// Excel 2007 and later (`.xlsx`, `.xlsm`).
    Xlsx,
    /// Excel 97–2003 (`.xls`).
    Xls,
    /// OpenDocument spreadsheet (`.ods`).
    Ods,
}

impl Format {
    pub fn describe(self) -> &'static str {
        match self {
            Format::Csv => "CSV text",
            Format::Xlsx => "Excel workbook (.xlsx)",
            Format::Xls => "Excel 97–2003 workbook (.xls)",
            Format::Ods => "OpenDocument spreadsheet (.ods)",
        }
    }

    /// What the first bytes of a file say it is: a zip (XLSX or ODS, told apart when read), an
    /// OLE compound file (XLS), or text.
    pub fn sniff(head: &[u8]) -> Sniffed {
        if head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06") {
            Sniffed::Zip
        } else if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            Sniffed::Compound
        } else if let Some(markup) = Markup::sniff(head) {
            Sniffed::Markup(markup)
        } else {
            Sniffed::Text
        }
    }
}

/// What the first bytes of a file say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sniffed {
    Zip,
    Compound,
    /// XML or HTML: a spreadsheet in a form ropa does not read, said as such.
    Markup(Markup),
    Text,
}

/// Spreadsheets written as XML or HTML text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    /// A flat OpenDocument file (`.fods`).
    FlatOds,
    /// Excel 2003's XML spreadsheet.
    Excel2003,
    /// A web page (a sheet saved as HTML, often named `.xls`).
    Html,
    Xml,
}

impl Markup {
    fn sniff(head: &[u8]) -> Option<Markup> {
        let text = String::from_utf8_lossy(&head[..head.len().min(4096)]);
        let text = text.trim_start_matches('\u{feff}').trim_start();
        let lower = text.to_ascii_lowercase();
        if lower.starts_with("<!doctype html") || lower.starts_with("<html") || lower.starts_with("<table") {
            return Some(Markup::Html);
        }
        if !lower.starts_with("<?xml") {
            return None;
        }
        Some(if lower.contains("opendocument") || lower.contains("office:document") {
            Markup::FlatOds
        } else if lower.contains("urn:schemas-microsoft-com:office:spreadsheet") {
            Markup::Excel2003
        } else if lower.contains("<html") {
            Markup::Html
        } else {
            Markup::Xml
        })
    }

    fn describe(self) -> &'static str {
        match self {
            Markup::FlatOds => "a flat OpenDocument spreadsheet (.fods), which ropa does not read: open it in LibreOffice and save it as .ods or .xlsx",
            Markup::Excel2003 => "an Excel 2003 XML spreadsheet, which ropa does not read: open it and save it as .xlsx",
            Markup::Html => "a web page (HTML), perhaps a sheet saved as a web page: open it in your spreadsheet application and save it as .xlsx, .ods or .csv",
            Markup::Xml => "an XML file, not a spreadsheet or a CSV file",
        }
    }
}

/// A rectangle of merged cells, 0-based and inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Merge {
    pub first_row: usize,
    pub first_column: usize,
    pub last_row: usize,
    pub last_column: usize,
}

impl From<calamine::Dimensions> for Merge {
    fn from(d: calamine::Dimensions) -> Merge {
        Merge {
            first_row: d.start.0 as usize,
            first_column: d.start.1 as usize,
            last_row: d.end.0 as usize,
            last_column: d.end.1 as usize,
        }
    }
}

/// A cell the reader could not turn into text (a formula's error), to be reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellNote {
    /// 1-based, as the sheet numbers it.
    pub row: usize,
    /// 0-based.
    pub column: usize,
    pub message: crate::i18n::Text,
}

/// A comment (a note) someone attached to a cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellComment {
    /// 1-based, as the sheet numbers it.
    pub row: usize,
    /// 0-based.
    pub column: usize,
    pub text: String,
}

/// One sheet: its rows that hold something (1-based row numbers, cells from column A; a cell's
/// link target follows its text in brackets), the merged areas where the format says, the
/// comments on its cells, and what could not be read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Grid {
    pub name: String,
    pub hidden: bool,
    pub rows: Vec<Record>,
    pub merges: Vec<Merge>,
    pub comments: Vec<CellComment>,
    pub notes: Vec<CellNote>,
}

impl Grid {
    /// The text of a cell (0-based column), empty when there is none.
    pub fn cell(&self, row: usize, column: usize) -> &str {
        self.rows
            .binary_search_by_key(&row, |r| r.row)
            .ok()
            .and_then(|i| self.rows[i].cells.get(column))
            .map_or("", String::as_str)
    }

    /// Adds a link's target to its cell's text, unless the text says it already (an address
    /// shown as itself); a link on an empty cell becomes its text.
    fn add_link(&mut self, row: usize, column: usize, target: &str) {
        let target = target.trim();
        if target.is_empty() || target.starts_with('#') {
            return;
        }
        let shown = target.strip_prefix("mailto:").unwrap_or(target);
        let index = match self.rows.binary_search_by_key(&row, |r| r.row) {
            Ok(i) => i,
            Err(i) => {
                self.rows.insert(i, Record { row, cells: Vec::new() });
                i
            }
        };
        let cells = &mut self.rows[index].cells;
        if cells.len() <= column {
            cells.resize(column + 1, String::new());
        }
        let cell = &mut cells[column];
        if cell.trim().is_empty() {
            *cell = shown.to_string();
        } else if !cell.contains(shown) {
            cell.push_str(&format!(" ({shown})"));
        }
    }

    pub fn non_empty_cells(&self) -> usize {
        self.rows.iter().map(|r| r.cells.iter().filter(|c| !c.trim().is_empty()).count()).sum()
    }

    /// The merged area that holds a cell (1-based row, 0-based column), if any.
    pub fn merge_at(&self, row: usize, column: usize) -> Option<Merge> {
        let r = row.checked_sub(1)?;
        self.merges
            .iter()
            .copied()
            .find(|m| (m.first_row..=m.last_row).contains(&r) && (m.first_column..=m.last_column).contains(&column))
    }
}

/// Why a workbook could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkbookError {
    /// A zip that is neither an Excel workbook nor an OpenDocument spreadsheet.
    NotAWorkbook,
    /// A password-protected (encrypted) workbook.
    Encrypted,
    /// A spreadsheet written as XML or HTML.
    Unsupported(Markup),
    TooLarge {
        what: String,
    },
    /// The file is damaged or truncated; `detail` is what the reader said.
    Damaged {
        format: Format,
        detail: String,
    },
    Io(String),
}

impl std::fmt::Display for WorkbookError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WorkbookError::NotAWorkbook => {
                write!(f, "this zip archive is neither an Excel workbook nor an OpenDocument spreadsheet")
            }
            WorkbookError::Encrypted => {
                write!(f, "the workbook is protected by a password; save a copy without the password and import that")
            }
            WorkbookError::TooLarge { what } => write!(f, "{what}; it was not read"),
            WorkbookError::Unsupported(markup) => write!(f, "the file is {}", markup.describe()),
            WorkbookError::Damaged { format, detail } => write!(
                f,
                "the {} is damaged or truncated ({detail}); open it in your spreadsheet application and save it again",
                format.describe()
            ),
            WorkbookError::Io(message) => write!(f, "{message}"),
        }
    }
}

/// Reads a workbook whole from `input` (at most `MAX_FILE_BYTES`), all its sheets in order.
pub fn read_workbook(mut input: impl Read) -> Result<(Format, Vec<Grid>), WorkbookError> {
    let mut bytes = Vec::new();
    (&mut input).take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(|e| WorkbookError::Io(e.to_string()))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(WorkbookError::TooLarge {
            what: format!("the file is larger than {} MB", MAX_FILE_BYTES / (1024 * 1024)),
        });
    }
    read_bytes(&bytes)
}

/// Reads a workbook held in memory. A reader that stops on malformed data (calamine's XLS reader
/// can panic on some damaged files) gives a "damaged" error, never a crash.
pub fn read_bytes(bytes: &[u8]) -> Result<(Format, Vec<Grid>), WorkbookError> {
    let sniffed = Format::sniff(bytes);
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read_sniffed(bytes, sniffed))).unwrap_or_else(|_| {
        Err(WorkbookError::Damaged {
            format: if sniffed == Sniffed::Compound { Format::Xls } else { Format::Xlsx },
            detail: "its content is malformed".into(),
        })
    })
}

fn read_sniffed(bytes: &[u8], sniffed: Sniffed) -> Result<(Format, Vec<Grid>), WorkbookError> {
    match sniffed {
        Sniffed::Zip => {
            let format = zip_format(bytes)?;
            match format {
                Format::Ods => {
                    let mut extras = ods_guard(bytes)?;
                    let mut grids = read_ods(bytes)?;
                    for grid in &mut grids {
                        grid.comments = extras.comments.remove(&grid.name).unwrap_or_default();
                        for (row, column, target) in extras.links.remove(&grid.name).unwrap_or_default() {
                            grid.add_link(row, column, &target);
                        }
                    }
                    Ok((format, grids))
                }
                _ => read_xlsx(bytes).map(|grids| (Format::Xlsx, grids)),
            }
        }
        Sniffed::Compound => read_xls(bytes).map(|grids| (Format::Xls, grids)),
        Sniffed::Markup(markup) => Err(WorkbookError::Unsupported(markup)),
        Sniffed::Text => Err(WorkbookError::NotAWorkbook),
    }
}

/// Which workbook a zip holds, after checking what its entries unpack to.
fn zip_format(bytes: &[u8]) -> Result<Format, WorkbookError> {
    // An OpenDocument file begins with its "mimetype" entry, stored: a damaged one is said as such.
    let looks_ods = bytes.get(30..38) == Some(b"mimetype".as_slice())
        && bytes.get(38..bytes.len().min(200)).is_some_and(|b| b.windows(15).any(|w| w == b"vnd.oasis.opend"));
    let guessed = if looks_ods { Format::Ods } else { Format::Xlsx };
    let damaged = |e: zip::result::ZipError| WorkbookError::Damaged { format: guessed, detail: e.to_string() };
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(damaged)?;
    let mut unpacked: u64 = 0;
    let (mut xlsx, mut ods) = (false, false);
    for i in 0..archive.len() {
        let entry = archive.by_index_raw(i).map_err(damaged)?;
        unpacked = unpacked.saturating_add(entry.size());
        let name = entry.name().map_err(damaged)?.into_owned();
        match name.as_str() {
            "xl/workbook.xml" | "[Content_Types].xml" => xlsx = true,
            "mimetype" | "content.xml" => ods = true,
            name if name.starts_with("xl/") => xlsx = true,
            _ => {}
        }
        if entry.encrypted() {
            return Err(WorkbookError::Encrypted);
        }
    }
    if unpacked > MAX_UNPACKED_BYTES {
        return Err(WorkbookError::TooLarge {
            what: format!(
                "the workbook unpacks to {} MB, more than the {} MB a register needs (a damaged file or a zip bomb)",
                unpacked / (1024 * 1024),
                MAX_UNPACKED_BYTES / (1024 * 1024)
            ),
        });
    }
    if ods && !xlsx {
        // LibreOffice encrypts a password-protected file's parts and says so in its manifest.
        if let Ok(entry) = archive.by_name("META-INF/manifest.xml") {
            let mut manifest = String::new();
            let _ = entry.take(4 * 1024 * 1024).read_to_string(&mut manifest);
            if manifest.contains("encryption-data") {
                return Err(WorkbookError::Encrypted);
            }
        }
        let mut mimetype = String::new();
        if let Ok(entry) = archive.by_name("mimetype") {
            let _ = entry.take(200).read_to_string(&mut mimetype);
        }
        if mimetype.trim() == "application/vnd.oasis.opendocument.spreadsheet" || mimetype.is_empty() {
            return Ok(Format::Ods);
        }
        return Err(WorkbookError::NotAWorkbook);
    }
    if xlsx {
        Ok(Format::Xlsx)
    } else {
        Err(WorkbookError::NotAWorkbook)
    }
}

fn too_many_cells(found: u64, sheet: &str) -> WorkbookError {
    WorkbookError::TooLarge {
        what: format!(
            "the workbook holds more than {MAX_CELLS} cells (sheet \"{sheet}\" reaches {found}); split it, or save the register sheet as CSV"
        ),
    }
}

/// An ODS sheet may repeat a row or a cell millions of times in a few bytes: counts the cells
/// calamine would lay out (from the first to the last row that holds something, as wide as the
/// widest), before it does.
fn ods_guard(bytes: &[u8]) -> Result<OdsExtras, WorkbookError> {
    let damaged = |detail: String| WorkbookError::Damaged { format: Format::Ods, detail };
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| damaged(e.to_string()))?;
    let content = archive.by_name("content.xml").map_err(|e| damaged(e.to_string()))?;
    let mut reader = quick_xml::Reader::from_reader(std::io::BufReader::new(content.take(MAX_UNPACKED_BYTES)));
    let mut buf = Vec::new();
    let mut total: u64 = 0;
    // Per table: rows so far (with repeats), first and last row holding a value, widest extent.
    let mut table = String::new();
    let (mut rows, mut first, mut last, mut width): (u64, Option<u64>, u64, u64) = (0, None, 0, 0);
    let mut row_repeat: u64 = 1;
    let mut column: u64 = 0;
    let mut row_has_value = false;
    let repeat = |e: &quick_xml::events::BytesStart<'_>, name: &str| -> u64 {
        e.attributes()
            .flatten()
            .find(|a| a.key.as_ref() == name)
            .and_then(|a| a.value.parse::<u64>().ok())
            .unwrap_or(1)
            .max(1)
    };
    let has_value =
        |e: &quick_xml::events::BytesStart<'_>| e.attributes().flatten().any(|a| a.key.as_ref() == "office:value-type");
    let mut extras = OdsExtras::default();
    // The cell being read (row and column, 1-based and 0-based), and the comment being read in it.
    let mut cell_at: (u64, u64) = (1, 0);
    let mut annotation: Option<String> = None;
    let mut in_meta = 0u32;
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|e| damaged(e.to_string()))?;
        match &event {
            Event::Start(e) if e.name().as_ref() == "office:annotation" => annotation = Some(String::new()),
            Event::End(e) if e.name().as_ref() == "office:annotation" => {
                if let Some(text) = annotation.take().filter(|t| !t.trim().is_empty()) {
                    let comment = CellComment {
                        row: cell_at.0 as usize,
                        column: cell_at.1 as usize,
                        text: text.trim().to_string(),
                    };
                    extras.comments.entry(table.clone()).or_default().push(comment);
                }
            }
            // The author and date of a comment are not its text.
            Event::Start(e) if annotation.is_some() && e.name().as_ref().starts_with("dc:") => in_meta += 1,
            Event::End(e) if annotation.is_some() && e.name().as_ref().starts_with("dc:") => {
                in_meta = in_meta.saturating_sub(1)
            }
            Event::End(e) if annotation.is_some() && e.name().as_ref() == "text:p" => {
                if let Some(a) = annotation.as_mut() {
                    a.push('\n');
                }
            }
            Event::Text(_) | Event::GeneralRef(_) if in_meta == 0 => {
                if let Some(a) = annotation.as_mut() {
                    if a.len() < 100_000 {
                        push_text(a, &event);
                    }
                }
            }
            Event::Start(e) if annotation.is_none() && e.name().as_ref() == "text:a" => {
                if let Some(href) = e.attributes().flatten().find(|a| a.key.as_ref() == "xlink:href") {
                    let href = href.normalized_value(XML).map(|v| v.into_owned()).unwrap_or_default();
                    extras.links.entry(table.clone()).or_default().push((cell_at.0 as usize, cell_at.1 as usize, href));
                }
            }
            _ => {}
        }
        match event {
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "table:table" => {
                table = e
                    .attributes()
                    .flatten()
                    .find(|a| a.key.as_ref() == "table:name")
                    .map(|a| a.value.into_owned())
                    .unwrap_or_default();
                (rows, first, last, width) = (0, None, 0, 0);
            }
            Event::End(e) if e.name().as_ref() == "table:table" => {
                if let Some(first) = first {
                    let cells = (last - first + 1).saturating_mul(width);
                    total = total.saturating_add(cells);
                    if total > MAX_CELLS {
                        return Err(too_many_cells(cells, &table));
                    }
                }
            }
            Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "table:table-row" => {
                row_repeat = repeat(&e, "table:number-rows-repeated");
                column = 0;
                row_has_value = false;
            }
            Event::End(e) if e.name().as_ref() == "table:table-row" => {
                if row_has_value {
                    first.get_or_insert(rows);
                    last = rows + row_repeat - 1;
                }
                rows = rows.saturating_add(row_repeat);
            }
            Event::Start(e) | Event::Empty(e)
                if matches!(e.name().as_ref(), "table:table-cell" | "table:covered-table-cell") =>
            {
                let n = repeat(&e, "table:number-columns-repeated");
                cell_at = (rows.saturating_add(1), column);
                column = column.saturating_add(n);
                if has_value(&e) {
                    row_has_value = true;
                    width = width.max(column);
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(extras)
}

/// What calamine does not give of an ODS file: its comments and its links' targets, by sheet.
#[derive(Default)]
struct OdsExtras {
    comments: std::collections::HashMap<String, Vec<CellComment>>,
    links: std::collections::HashMap<String, Vec<(usize, usize, String)>>,
}

fn read_ods(bytes: &[u8]) -> Result<Vec<Grid>, WorkbookError> {
    let damaged = |e: calamine::OdsError| WorkbookError::Damaged { format: Format::Ods, detail: e.to_string() };
    let mut workbook: Ods<_> = Ods::new(Cursor::new(bytes)).map_err(damaged)?;
    let sheets = workbook.sheets_metadata().to_vec();
    let mut grids = Vec::new();
    for sheet in sheets {
        let range = workbook.worksheet_range(&sheet.name).map_err(damaged)?;
        let mut grid = grid_from_range(&sheet.name, &range);
        grid.hidden = sheet.visible != SheetVisible::Visible;
        grids.push(grid);
    }
    Ok(grids)
}

/// An .xls file that calamine can read in bounded memory, or why not.
///
/// calamine sizes two allocations from what a sheet's records claim, before and after it reads
/// the cells, and a damaged file can make either claim billions of cells: the allocation fails
/// and the process aborts, which no `catch_unwind` can stop. So the sheets are walked here first,
/// as calamine walks them (from the offsets the workbook's BoundSheet8 records give):
/// - a Dimensions record (0x0200) only sizes a reservation (the sheet's range comes from its
///   cells): an implausible one is rewritten as an empty range, in a copy;
/// - the cells' positions span the grid calamine allocates: more than `MAX_CELLS` in all the
///   sheets is refused, as for the other formats.
///
/// A file whose streams cannot be read at all is damaged.
fn xls_guarded(bytes: &[u8]) -> Result<std::borrow::Cow<'_, [u8]>, WorkbookError> {
    use std::io::{Seek, SeekFrom, Write};
    let damaged = |e: std::io::Error| {
        if encrypted_package(bytes) {
            WorkbookError::Encrypted
        } else {
            WorkbookError::Damaged { format: Format::Xls, detail: e.to_string() }
        }
    };
    let mut file = cfb::CompoundFile::open(Cursor::new(bytes)).map_err(damaged)?;
    let Some(name) = ["/Workbook", "/Book"].into_iter().find(|name| file.is_stream(name)) else {
        // Not a workbook (perhaps an encrypted .xlsx): calamine says which.
        return Ok(std::borrow::Cow::Borrowed(bytes));
    };
    let mut stream = Vec::new();
    file.open_stream(name).and_then(|mut s| s.read_to_end(&mut stream)).map_err(damaged)?;

    // Each record as calamine frames it: type, length, data; `None` past the stream's end.
    fn record(stream: &[u8], at: usize) -> Option<(u16, std::ops::Range<usize>)> {
        let head = stream.get(at..at + 4)?;
        let len = u16::from_le_bytes([head[2], head[3]]) as usize;
        (at + 4 + len <= stream.len()).then(|| (u16::from_le_bytes([head[0], head[1]]), at + 4..at + 4 + len))
    }
    let u16_at = |data: &[u8], i: usize| data.get(i..i + 2).map(|b| u16::from_le_bytes([b[0], b[1]]) as u64);

    // The workbook's globals: where each sheet starts, and its name.
    let mut sheets = Vec::new();
    let mut at = 0;
    while let Some((kind, data)) = record(&stream, at) {
        match kind {
            0x0085 if data.len() >= 8 => {
                let d = &stream[data.clone()];
                let position = u32::from_le_bytes([d[0], d[1], d[2], d[3]]) as usize;
                let (count, wide) = (d[6] as usize, d[7] & 1 == 1);
                let name = if wide {
                    let units: Vec<u16> =
                        d[8..].chunks_exact(2).take(count).map(|c| u16::from_le_bytes([c[0], c[1]])).collect();
                    String::from_utf16_lossy(&units)
                } else {
                    d[8..].iter().take(count).map(|&b| b as char).collect()
                };
                sheets.push((position, name));
            }
            0x000A => break,
            _ => {}
        }
        at = data.end;
    }

    let mut tamed = false;
    let mut total = 0u64;
    for (position, sheet) in &sheets {
        // Rows and columns the sheet's cells span: (first row, last row, first column, last column).
        let mut span: Option<(u64, u64, u64, u64)> = None;
        let mut cover = |row: u64, first: u64, last: u64| {
            let (r0, r1, c0, c1) = span.unwrap_or((row, row, first, last));
            span = Some((r0.min(row), r1.max(row), c0.min(first), c1.max(last)));
        };
        let (mut at, mut seen_bof, mut depth) = (*position, false, 0usize);
        while let Some((kind, data)) = record(&stream, at) {
            at = data.end;
            if depth > 0 {
                match kind {
                    0x0809 => depth += 1,
                    0x000A => depth -= 1,
                    _ => {}
                }
                continue;
            }
            let d = &stream[data.clone()];
            match kind {
                0x0809 if seen_bof => depth += 1,
                0x0809 => seen_bof = true,
                0x000A => break,
                0x0200 if !plausible_dimensions(d) => {
                    stream[data].fill(0);
                    tamed = true;
                }
                // Number, Label, RString, BoolErr, Rk, LabelSst, Formula: row, then column.
                0x0203 | 0x0204 | 0x00D6 | 0x0205 | 0x027E | 0x00FD | 0x0006 => {
                    if let (Some(row), Some(col)) = (u16_at(d, 0), u16_at(d, 2)) {
                        cover(row, col, col);
                    }
                }
                // MulRk: row, first column, then six bytes a cell.
                0x00BD if d.len() >= 6 => {
                    if let (Some(row), Some(col)) = (u16_at(d, 0), u16_at(d, 2)) {
                        cover(row, col, col + ((d.len() as u64 - 6) / 6).max(1) - 1);
                    }
                }
                _ => {}
            }
        }
        if let Some((r0, r1, c0, c1)) = span {
            total = total.saturating_add((r1 - r0 + 1).saturating_mul(c1 - c0 + 1));
            if total > MAX_CELLS {
                return Err(too_many_cells(total, sheet));
            }
        }
    }
    if !tamed {
        return Ok(std::borrow::Cow::Borrowed(bytes));
    }
    let mut file = cfb::CompoundFile::open(Cursor::new(bytes.to_vec())).map_err(damaged)?;
    let mut writer = file.open_stream(name).map_err(damaged)?;
    writer
        .seek(SeekFrom::Start(0))
        .and_then(|_| writer.write_all(&stream))
        .and_then(|_| writer.flush())
        .map_err(damaged)?;
    drop(writer);
    Ok(std::borrow::Cow::Owned(file.into_inner().into_inner()))
}

/// Whether a Dimensions record's range is one calamine can reserve: it reads the last row and
/// column as one past the end (a first column past 255, or past the last, as 0), and the range
/// must neither end before it starts nor hold more cells than a workbook may have.
fn plausible_dimensions(data: &[u8]) -> bool {
    let u16_at = |i: usize| u16::from_le_bytes([data[i], data[i + 1]]) as u64;
    let u32_at = |i: usize| u32::from_le_bytes([data[i], data[i + 1], data[i + 2], data[i + 3]]) as u64;
    let (first_row, row_end, first_col, col_end) = match data.len() {
        10 => (u16_at(0), u16_at(2), u16_at(4), u16_at(6)),
        14 | 16 => (u32_at(0), u32_at(4), u16_at(8), u16_at(10)),
        // calamine refuses other lengths itself.
        _ => return true,
    };
    let first_col = if first_col > 0xFF || col_end < first_col { 0 } else { first_col };
    if row_end == 0 || col_end == 0 {
        return true;
    }
    first_row < row_end && first_col < col_end && (row_end - first_row).saturating_mul(col_end - first_col) <= MAX_CELLS
}

/// An encrypted XLSX is an OLE file holding an "EncryptedPackage".
fn encrypted_package(bytes: &[u8]) -> bool {
    bytes.windows(32).any(|w| w == "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0".as_bytes())
}

fn read_xls(bytes: &[u8]) -> Result<Vec<Grid>, WorkbookError> {
    let bytes = &*xls_guarded(bytes)?;
    let mut workbook: Xls<_> = Xls::new(Cursor::new(bytes)).map_err(|e| match e {
        calamine::XlsError::Password => WorkbookError::Encrypted,
        e => {
            let detail = e.to_string();
            if encrypted_package(bytes) {
                WorkbookError::Encrypted
            } else {
                WorkbookError::Damaged { format: Format::Xls, detail }
            }
        }
    })?;
    let sheets = workbook.sheets_metadata().to_vec();
    let mut grids = Vec::new();
    let mut total = 0u64;
    for sheet in sheets {
        let range = workbook
            .worksheet_range(&sheet.name)
            .map_err(|e| WorkbookError::Damaged { format: Format::Xls, detail: e.to_string() })?;
        let mut grid = grid_from_range(&sheet.name, &range);
        total += grid.non_empty_cells() as u64;
        if total > MAX_CELLS {
            return Err(too_many_cells(total, &sheet.name));
        }
        grid.hidden = sheet.visible != SheetVisible::Visible;
        grid.merges =
            workbook.merge_cells_by_sheet_name(&sheet.name).unwrap_or_default().into_iter().map(Merge::from).collect();
        grids.push(grid);
    }
    Ok(grids)
}

fn read_xlsx(bytes: &[u8]) -> Result<Vec<Grid>, WorkbookError> {
    let damaged = |e: calamine::XlsxError| match e {
        calamine::XlsxError::Password => WorkbookError::Encrypted,
        e => WorkbookError::Damaged { format: Format::Xlsx, detail: e.to_string() },
    };
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(damaged)?;
    let sheets = workbook.sheets_metadata().to_vec();
    let mut extras = xlsx_extras(bytes);
    // Dates counted from 1904 (old Mac Excel, and LibreOffice's files that say so in an empty
    // element calamine does not read): the dates calamine gives are shifted back.
    let from_1904 = !workbook.has_1904_epoch() && declares_1904(bytes);
    let mut grids = Vec::new();
    let mut total = 0u64;
    for sheet in sheets {
        if sheet.typ != calamine::SheetType::WorkSheet {
            continue;
        }
        let mut grid =
            Grid { name: sheet.name.clone(), hidden: sheet.visible != SheetVisible::Visible, ..Default::default() };
        let mut cells: Vec<(u32, u32, String)> = Vec::new();
        {
            let mut reader = workbook.worksheet_cells_reader(&sheet.name).map_err(damaged)?;
            while let Some(cell) = reader.next_cell_with_formula().map_err(damaged)? {
                let (row, column) = cell.pos;
                let value = match &cell.value {
                    DataRef::DateTime(d) if from_1904 && d.is_datetime() => DataRef::DateTime(
                        calamine::ExcelDateTime::new(d.as_f64(), calamine::ExcelDateTimeType::DateTime, true),
                    ),
                    other => other.clone(),
                };
                let text = match text_of_ref(&value) {
                    Ok(text) => text,
                    // A link written as a formula that the program that saved the file could not
                    // compute (LibreOffice's `of:=HYPERLINK(...)` in an .xlsx): its text and target.
                    Err(message) => match cell.formula.as_deref().and_then(hyperlink_formula) {
                        Some(text) => text,
                        None => {
                            grid.notes.push(CellNote { row: row as usize + 1, column: column as usize, message });
                            continue;
                        }
                    },
                };
                if text.is_empty() {
                    // A formula whose result the file does not hold (the program that wrote it
                    // did not compute it): said, not guessed.
                    if let Some(formula) = cell.formula.filter(|f| !f.trim().is_empty()) {
                        grid.notes.push(CellNote {
                            row: row as usize + 1,
                            column: column as usize,
                            message: crate::tr_all!("import-formula-without-result", formula = formula.as_str()),
                        });
                    }
                    continue;
                }
                total += 1;
                if total > MAX_CELLS {
                    return Err(too_many_cells(total, &sheet.name));
                }
                cells.push((row, column, text));
            }
        }
        cells.sort_by_key(|(r, c, _)| (*r, *c));
        for (row, column, text) in cells {
            let row = row as usize + 1;
            if grid.rows.last().map(|r| r.row) != Some(row) {
                grid.rows.push(Record { row, cells: Vec::new() });
            }
            let record = grid.rows.last_mut().expect("a row was just pushed");
            let column = column as usize;
            if record.cells.len() <= column {
                record.cells.resize(column + 1, String::new());
            }
            record.cells[column] = text;
        }
        grid.merges =
            workbook.merge_cells_by_sheet_name(&sheet.name).unwrap_or_default().into_iter().map(Merge::from).collect();
        let extra = extras.remove(&sheet.name).unwrap_or_default();
        // Links to the outside are relationships of the sheet: without any, no second reading.
        if extra.links {
            for link in workbook.hyperlinks_by_sheet_name(&sheet.name).unwrap_or_default() {
                if let Some(target) = &link.target {
                    grid.add_link(link.range.start.0 as usize + 1, link.range.start.1 as usize, target);
                }
            }
        }
        match extra.comments {
            Some(Ok(found)) => grid.comments = found,
            Some(Err(detail)) => grid.notes.push(CellNote {
                row: 1,
                column: 0,
                message: crate::tr_all!("import-comments-unreadable", detail = detail.to_string()),
            }),
            None => {}
        }
        grids.push(grid);
    }
    Ok(grids)
}

/// Whether an xlsx workbook counts its dates from 1904 (`<workbookPr date1904="1"/>`).
fn declares_1904(bytes: &[u8]) -> bool {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else { return false };
    let Ok(entry) = archive.by_name("xl/workbook.xml") else { return false };
    let mut xml = String::new();
    if entry.take(4 * 1024 * 1024).read_to_string(&mut xml).is_err() {
        return false;
    }
    let mut reader = quick_xml::Reader::from_str(&xml);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "workbookPr" => {
                return e
                    .attributes()
                    .flatten()
                    .any(|a| a.key.local_name().as_ref() == "date1904" && matches!(a.value.as_ref(), "1" | "true"));
            }
            Ok(Event::Eof) | Err(_) => return false,
            _ => {}
        }
    }
}

/// What calamine does not give of an xlsx sheet: its comments, and whether it links outside.
#[derive(Default)]
struct SheetExtras {
    comments: Option<Result<Vec<CellComment>, String>>,
    links: bool,
}

/// The comments of an xlsx file's sheets, and which link outside, by sheet name: found through
/// the workbook's and each sheet's relationships.
fn xlsx_extras(bytes: &[u8]) -> std::collections::HashMap<String, SheetExtras> {
    use std::collections::HashMap;
    let mut found: HashMap<String, SheetExtras> = HashMap::new();
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else { return found };
    let mut part = |name: &str| -> Option<String> {
        let entry = archive.by_name(name.trim_start_matches('/')).ok()?;
        let mut text = String::new();
        entry.take(MAX_UNPACKED_BYTES).read_to_string(&mut text).ok()?;
        Some(text)
    };
    // Attribute values of each element named `tag`.
    fn elements(xml: &str, tag: &str) -> Vec<HashMap<String, String>> {
        let mut reader = quick_xml::Reader::from_str(xml);
        let mut out = Vec::new();
        loop {
            match reader.read_event() {
                Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == tag => {
                    out.push(
                        e.attributes()
                            .flatten()
                            .map(|a| {
                                let key = a.key.as_ref().to_string();
                                (key, a.normalized_value(XML).map(|v| v.into_owned()).unwrap_or_default())
                            })
                            .collect(),
                    );
                }
                Ok(Event::Eof) | Err(_) => break,
                _ => {}
            }
        }
        out
    }
    fn resolve(base: &str, target: &str) -> String {
        if let Some(absolute) = target.strip_prefix('/') {
            return absolute.to_string();
        }
        let mut parts: Vec<&str> = base.split('/').filter(|p| !p.is_empty()).collect();
        for piece in target.split('/') {
            match piece {
                ".." => {
                    parts.pop();
                }
                "." | "" => {}
                p => parts.push(p),
            }
        }
        parts.join("/")
    }
    let (Some(book), Some(book_rels)) = (part("xl/workbook.xml"), part("xl/_rels/workbook.xml.rels")) else {
        return found;
    };
    let targets: HashMap<String, String> = elements(&book_rels, "Relationship")
        .into_iter()
        .filter_map(|a| Some((a.get("Id")?.clone(), resolve("xl", a.get("Target")?))))
        .collect();
    for sheet in elements(&book, "sheet") {
        let (Some(name), Some(id)) =
            (sheet.get("name"), sheet.iter().find(|(k, _)| k.ends_with(":id")).map(|(_, v)| v))
        else {
            continue;
        };
        let Some(path) = targets.get(id) else { continue };
        let (dir, file) = path.rsplit_once('/').unwrap_or(("", path));
        let Some(rels) = part(&format!("{dir}/_rels/{file}.rels")) else { continue };
        let extra = found.entry(name.clone()).or_default();
        for rel in elements(&rels, "Relationship") {
            let kind = rel.get("Type").map(String::as_str).unwrap_or("");
            extra.links |= kind.ends_with("/hyperlink");
            let Some(target) = rel.get("Target").filter(|_| kind.ends_with("/comments")) else { continue };
            let comments = part(&resolve(dir, target))
                .ok_or_else(|| "its part is missing".to_string())
                .and_then(|xml| parse_comments(&xml));
            extra.comments = Some(comments);
        }
    }
    found
}

/// An xlsx comments part: each `<comment ref="B3">` and its text.
fn parse_comments(xml: &str) -> Result<Vec<CellComment>, String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut comments = Vec::new();
    let mut current: Option<(usize, usize, String)> = None;
    loop {
        match reader.read_event().map_err(|e| e.to_string())? {
            Event::Start(e) if e.local_name().as_ref() == "comment" => {
                let reference = e
                    .attributes()
                    .flatten()
                    .find(|a| a.key.as_ref() == "ref")
                    .map(|a| a.value.to_string())
                    .unwrap_or_default();
                current = cell_reference(&reference).map(|(r, c)| (r, c, String::new()));
            }
            event @ (Event::Text(_) | Event::GeneralRef(_)) => {
                if let Some((_, _, text)) = current.as_mut() {
                    if text.len() < 100_000 {
                        push_text(text, &event);
                    }
                }
            }
            Event::End(e) if e.local_name().as_ref() == "comment" => {
                if let Some((row, column, text)) = current.take() {
                    if !text.trim().is_empty() {
                        comments.push(CellComment { row, column, text: text.trim().to_string() });
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(comments)
}

/// `HYPERLINK("https://…", "► Text")` as "► Text (https://…)"; the target alone without a text.
fn hyperlink_formula(formula: &str) -> Option<String> {
    let at = formula.to_ascii_uppercase().find("HYPERLINK(")?;
    let mut args: Vec<String> = Vec::new();
    let mut chars = formula[at + "HYPERLINK(".len()..].chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace() || *c == ',' || *c == ';') {
            chars.next();
        }
        if chars.next_if_eq(&'"').is_none() {
            break;
        }
        let mut arg = String::new();
        loop {
            match chars.next()? {
                '"' if chars.next_if_eq(&'"').is_some() => arg.push('"'),
                '"' => break,
                c => arg.push(c),
            }
        }
        args.push(arg);
    }
    match args.as_slice() {
        [target] => Some(target.clone()),
        [target, text, ..] if text.contains(target.as_str()) => Some(text.clone()),
        [target, text, ..] => Some(format!("{text} ({target})")),
        _ => None,
    }
}

const XML: quick_xml::XmlVersion = quick_xml::XmlVersion::Implicit1_0;

/// Adds an XML text event's characters to `to`: text as it is, `&amp;` and `&#233;` resolved.
fn push_text(to: &mut String, event: &Event<'_>) {
    match event {
        Event::Text(t) => to.push_str(&t.xml_content(XML)),
        Event::GeneralRef(r) => match r.resolve_char_ref() {
            Ok(Some(c)) => to.push(c),
            _ => to.push_str(match r.xml_content(XML).as_ref() {
                "amp" => "&",
                "lt" => "<",
                "gt" => ">",
                "quot" => "\"",
                "apos" => "'",
                _ => "",
            }),
        },
        _ => {}
    }
}

/// "B3" as (3, 1): the 1-based row and 0-based column.
fn cell_reference(reference: &str) -> Option<(usize, usize)> {
    let split = reference.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = reference.split_at(split);
    if letters.is_empty() || letters.len() > 3 {
        return None;
    }
    let column = letters
        .chars()
        .try_fold(0usize, |n, c| c.is_ascii_alphabetic().then(|| n * 26 + (c.to_ascii_uppercase() as usize - 64)))?;
    Some((digits.parse().ok()?, column - 1))
}

fn grid_from_range(name: &str, range: &calamine::Range<Data>) -> Grid {
    let mut grid = Grid { name: name.to_string(), ..Default::default() };
    let Some((top, left)) = range.start() else { return grid };
    for (i, row) in range.rows().enumerate() {
        let number = top as usize + i + 1;
        let mut cells: Vec<String> = Vec::new();
        for (j, value) in row.iter().enumerate() {
            let column = left as usize + j;
            let text = match text_of(value) {
                Ok(text) => text,
                Err(message) => {
                    grid.notes.push(CellNote { row: number, column, message });
                    continue;
                }
            };
            if text.is_empty() {
                continue;
            }
            if cells.len() <= column {
                cells.resize(column + 1, String::new());
            }
            cells[column] = text;
        }
        if !cells.is_empty() {
            grid.rows.push(Record { row: number, cells });
        }
    }
    grid
}

fn text_of(value: &Data) -> Result<String, crate::i18n::Text> {
    Ok(match value {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number(*f),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(d) => excel_date(d),
        Data::DateTimeIso(s) => iso_date(s),
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => return Err(crate::tr_all!("import-spreadsheet-error", error = e.to_string())),
    })
}

fn text_of_ref(value: &DataRef<'_>) -> Result<String, crate::i18n::Text> {
    Ok(match value {
        DataRef::Empty => String::new(),
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => s.to_string(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) => number(*f),
        DataRef::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        DataRef::DateTime(d) => excel_date(d),
        DataRef::DateTimeIso(s) => iso_date(s),
        DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(e) => return Err(crate::tr_all!("import-spreadsheet-error", error = e.to_string())),
    })
}

/// A number as a sheet's General format shows it: whole numbers without decimals, others to 15
/// significant digits without trailing zeros.
pub fn number(f: f64) -> String {
    if !f.is_finite() {
        return f.to_string();
    }
    if f.fract() == 0.0 && f.abs() < 1e15 {
        return format!("{}", f as i64);
    }
    let digits = 15 - (f.abs().log10().floor() as i32 + 1);
    let text = format!("{:.*}", digits.clamp(0, 15) as usize, f);
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// A date cell as `YYYY-MM-DD`, with ` HH:MM` when it holds a time of day too; a duration as
/// `HH:MM:SS`.
fn excel_date(d: &calamine::ExcelDateTime) -> String {
    let (y, m, day, h, min, s, _) = d.to_ymd_hms_milli();
    if d.is_duration() {
        let total = (d.as_f64() * 86_400.0).round() as i64;
        return format!("{:02}:{:02}:{:02}", total / 3600, (total / 60) % 60, total % 60);
    }
    if d.as_f64() < 1.0 {
        return format!("{h:02}:{min:02}:{s:02}");
    }
    if (h, min, s) == (0, 0, 0) {
        format!("{y:04}-{m:02}-{day:02}")
    } else {
        format!("{y:04}-{m:02}-{day:02} {h:02}:{min:02}")
    }
}

/// An ODS date value (`2018-05-26` or `2018-05-26T10:30:00`): the date alone at midnight.
fn iso_date(s: &str) -> String {
    match s.split_once('T') {
        Some((date, time)) if time.trim_start_matches(['0', ':', '.']).is_empty() => date.to_string(),
        Some((date, time)) => format!("{date} {}", time.get(..5).unwrap_or(time)),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An .xls with each sheet's Dimensions record rewritten by `claim`.
    fn xls_claiming(claim: impl Fn(&mut [u8])) -> Vec<u8> {
        xls_with([0x00, 0x02], claim)
    }

    /// An .xls with each record of type `kind` rewritten by `edit`.
    fn xls_with(kind: [u8; 2], edit: impl Fn(&mut [u8])) -> Vec<u8> {
        use std::io::{Seek, SeekFrom, Write};
        let bytes = include_bytes!("../../tests/fixtures/workbooks/cnil-registre.xls").to_vec();
        let mut file = cfb::CompoundFile::open(Cursor::new(bytes)).unwrap();
        let mut stream = Vec::new();
        file.open_stream("/Workbook").unwrap().read_to_end(&mut stream).unwrap();
        let (mut at, mut found) = (0, 0);
        while at + 4 <= stream.len() {
            let len = u16::from_le_bytes([stream[at + 2], stream[at + 3]]) as usize;
            if stream[at..at + 2] == kind {
                edit(&mut stream[at + 4..at + 4 + len]);
                found += 1;
            }
            at += 4 + len;
        }
        assert!(found > 0, "the fixture has records of that kind");
        let mut writer = file.open_stream("/Workbook").unwrap();
        writer.seek(SeekFrom::Start(0)).unwrap();
        writer.write_all(&stream).unwrap();
        drop(writer);
        file.into_inner().into_inner()
    }

    #[test]
    fn an_xls_claiming_billions_of_cells_reads_as_what_it_holds() {
        let (_, expected) = read_bytes(&xls_claiming(|_| ())).unwrap();
        // Rows 0 to 4,294,967,294 of 256 columns; then a range that ends before it starts.
        let huge = xls_claiming(|d| d[..12].copy_from_slice(&[0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 1]));
        let backwards = xls_claiming(|d| d[..12].copy_from_slice(&[9, 0, 0, 0, 2, 0, 0, 0, 0, 0, 4, 0]));
        for bytes in [huge, backwards] {
            assert!(xls_guarded(&bytes).unwrap().len() == bytes.len());
            let (format, grids) = read_bytes(&bytes).unwrap();
            assert_eq!(format, Format::Xls);
            assert_eq!(grids.len(), expected.len());
            for (grid, want) in grids.iter().zip(&expected) {
                assert_eq!(grid.non_empty_cells(), want.non_empty_cells(), "sheet {}", want.name);
                assert_eq!(grid.cell(0, 0), want.cell(0, 0));
            }
        }
        assert!(matches!(xls_guarded(&xls_claiming(|_| ())).unwrap(), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn an_xls_cell_far_from_the_others_is_refused_before_calamine_spans_the_grid() {
        // Each LabelSst cell moved to row 65,000, column 250: the sheet then spans 16 million cells.
        let far = xls_with([0xFD, 0x00], |d| d[..4].copy_from_slice(&[0xE8, 0xFD, 250, 0]));
        match read_bytes(&far) {
            Err(WorkbookError::TooLarge { what }) => assert!(what.contains("more than 3000000 cells"), "{what}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_link_formula_gives_its_text_and_target() {
        assert_eq!(
            hyperlink_formula(r#"of:=HYPERLINK("https://www.cnil.fr/x";"► Délégué ""DPO""")"#).as_deref(),
            Some("► Délégué \"DPO\" (https://www.cnil.fr/x)")
        );
        assert_eq!(hyperlink_formula(r#"=HYPERLINK("https://a.b")"#).as_deref(), Some("https://a.b"));
        assert_eq!(hyperlink_formula("=A1+1"), None);
    }

    #[test]
    fn numbers_read_as_the_sheet_shows_them() {
        assert_eq!(number(75001.0), "75001");
        assert_eq!(number(0.1 + 0.2), "0.3");
        assert_eq!(number(-3.5), "-3.5");
        assert_eq!(number(1234567.125), "1234567.125");
    }

    #[test]
    fn iso_dates_lose_a_midnight_time() {
        assert_eq!(iso_date("2018-05-26T00:00:00"), "2018-05-26");
        assert_eq!(iso_date("2018-05-26"), "2018-05-26");
        assert_eq!(iso_date("2018-05-26T10:30:00"), "2018-05-26 10:30");
    }

    #[test]
    fn formats_are_told_by_their_first_bytes() {
        assert_eq!(Format::sniff(b"PK\x03\x04rest"), Sniffed::Zip);
        assert_eq!(Format::sniff(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]), Sniffed::Compound);
        assert_eq!(Format::sniff(b"Name;Purposes\n"), Sniffed::Text);
        assert!(read_bytes(b"PK\x03\x04garbage").unwrap_err().to_string().contains("damaged"));
    }
}
