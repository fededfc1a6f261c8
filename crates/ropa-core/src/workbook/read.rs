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
    Text,
}

/// A rectangle of merged cells, 0-based and inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Merge {
    pub first_row: usize,
    pub first_column: usize,
    pub last_row: usize,
    pub last_column: usize,
}

/// A cell the reader could not turn into text (a formula's error), to be reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellNote {
    /// 1-based, as the sheet numbers it.
    pub row: usize,
    /// 0-based.
    pub column: usize,
    pub message: String,
}

/// One sheet: its rows that hold something (1-based row numbers, cells from column A), the
/// merged areas where the format says, and what could not be read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Grid {
    pub name: String,
    pub hidden: bool,
    pub rows: Vec<Record>,
    pub merges: Vec<Merge>,
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
                    ods_guard(bytes)?;
                    read_ods(bytes).map(|grids| (format, grids))
                }
                _ => read_xlsx(bytes).map(|grids| (Format::Xlsx, grids)),
            }
        }
        Sniffed::Compound => read_xls(bytes).map(|grids| (Format::Xls, grids)),
        Sniffed::Text => Err(WorkbookError::NotAWorkbook),
    }
}

/// Which workbook a zip holds, after checking what its entries unpack to.
fn zip_format(bytes: &[u8]) -> Result<Format, WorkbookError> {
    let damaged = |e: zip::result::ZipError| WorkbookError::Damaged { format: Format::Xlsx, detail: e.to_string() };
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
fn ods_guard(bytes: &[u8]) -> Result<(), WorkbookError> {
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
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|e| damaged(e.to_string()))?;
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
    Ok(())
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

fn read_xls(bytes: &[u8]) -> Result<Vec<Grid>, WorkbookError> {
    let mut workbook: Xls<_> = Xls::new(Cursor::new(bytes)).map_err(|e| match e {
        calamine::XlsError::Password => WorkbookError::Encrypted,
        e => {
            let detail = e.to_string();
            // An encrypted XLSX is an OLE file holding an "EncryptedPackage".
            if bytes.windows(32).any(|w| w == "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0".as_bytes()) {
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
        grid.merges = workbook
            .merge_cells_by_sheet_name(&sheet.name)
            .unwrap_or_default()
            .into_iter()
            .map(|d| Merge {
                first_row: d.start.0 as usize,
                first_column: d.start.1 as usize,
                last_row: d.end.0 as usize,
                last_column: d.end.1 as usize,
            })
            .collect();
        grids.push(grid);
    }
    Ok(grids)
}

/// XLSX sheets are read a cell at a time, so that a sheet claiming a million rows costs only
/// the cells it holds.
fn read_xlsx(bytes: &[u8]) -> Result<Vec<Grid>, WorkbookError> {
    let damaged = |e: calamine::XlsxError| match e {
        calamine::XlsxError::Password => WorkbookError::Encrypted,
        e => WorkbookError::Damaged { format: Format::Xlsx, detail: e.to_string() },
    };
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(damaged)?;
    let sheets = workbook.sheets_metadata().to_vec();
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
            while let Some(cell) = reader.next_cell().map_err(damaged)? {
                let (row, column) = cell.get_position();
                let text = match text_of_ref(cell.get_value()) {
                    Ok(text) => text,
                    Err(message) => {
                        grid.notes.push(CellNote { row: row as usize + 1, column: column as usize, message });
                        continue;
                    }
                };
                if text.is_empty() {
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
        grid.merges = workbook
            .merge_cells_by_sheet_name(&sheet.name)
            .unwrap_or_default()
            .into_iter()
            .map(|d| Merge {
                first_row: d.start.0 as usize,
                first_column: d.start.1 as usize,
                last_row: d.end.0 as usize,
                last_column: d.end.1 as usize,
            })
            .collect();
        grids.push(grid);
    }
    Ok(grids)
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

fn text_of(value: &Data) -> Result<String, String> {
    Ok(match value {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number(*f),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(d) => excel_date(d),
        Data::DateTimeIso(s) => iso_date(s),
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => return Err(format!("the cell holds a spreadsheet error ({e}); left empty")),
    })
}

fn text_of_ref(value: &DataRef<'_>) -> Result<String, String> {
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
        DataRef::Error(e) => return Err(format!("the cell holds a spreadsheet error ({e}); left empty")),
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
