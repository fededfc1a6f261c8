//! ropa's CSV reader against the csv crate, side by side on the same file (docs/benchmarks.md,
//! "CSV parsers"): `cargo run --release -p ropa-core --example csv_parsers -- FILE [ROUNDS]`.
//! Both read every record of the file's UTF-8 text with `;` or `,` as ropa detects it; the csv
//! crate is given the text already decoded (its part of the work only). Then each reads a copy
//! of the file cut inside a quoted cell, as a truncated download leaves it: ropa refuses it,
//! the csv crate reads a last cell holding the rest of the file.

// A benchmark's report is what it prints (the core's library itself prints nothing).
#![allow(clippy::print_stdout)]

use std::time::Instant;

use ropa_core::csv::read::CsvReader;

fn ropa(bytes: &[u8]) -> Result<(usize, usize), String> {
    let reader = CsvReader::new(bytes, None).map_err(|e| e.to_string())?;
    let (mut records, mut cells) = (0, 0);
    for record in reader {
        let record = record.map_err(|e| e.to_string())?;
        records += 1;
        cells += record.cells.len();
    }
    Ok((records, cells))
}

fn csv_crate(text: &str, delimiter: u8) -> Result<(usize, usize), String> {
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    let (mut records, mut cells) = (0, 0);
    while reader.read_record(&mut record).map_err(|e| e.to_string())? {
        records += 1;
        cells += record.len();
    }
    Ok((records, cells))
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("a CSV file");
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(5);
    let bytes = std::fs::read(&path).expect("the file");
    let text = String::from_utf8_lossy(bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes)).into_owned();
    let delimiter = CsvReader::new(bytes.as_slice(), None).expect("readable").delimiter() as u8;
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    let (mut a, mut b) = ((0, 0), (0, 0));
    for _ in 0..rounds {
        let t = Instant::now();
        a = ropa(&bytes).expect("ropa reads it");
        ours.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        b = csv_crate(&text, delimiter).expect("the csv crate reads it");
        theirs.push(t.elapsed().as_secs_f64());
    }
    let fmt = |xs: &[f64]| xs.iter().map(|x| format!("{x:.3}")).collect::<Vec<_>>().join(" ");
    println!("CSV parsers: {} bytes, {rounds} rounds", bytes.len());
    println!(
        "  ropa CsvReader (decoding included): median {:.3} s [{}], {} records, {} cells",
        median(ours.clone()),
        fmt(&ours),
        a.0,
        a.1
    );
    println!(
        "  csv crate (text already decoded):    median {:.3} s [{}], {} records, {} cells",
        median(theirs.clone()),
        fmt(&theirs),
        b.0,
        b.1
    );
    // A file cut inside a quoted cell.
    let cut = text.rfind('"').map_or(text.len(), |i| i);
    let truncated = &text[..cut];
    println!(
        "  cut inside a quoted cell: ropa: {}",
        match ropa(truncated.as_bytes()) {
            Ok((r, _)) => format!("read {r} records"),
            Err(e) => format!("refused: {e}"),
        }
    );
    println!(
        "  cut inside a quoted cell: csv crate: {}",
        match csv_crate(truncated, delimiter) {
            Ok((r, _)) => format!("read {r} records, no error"),
            Err(e) => format!("refused: {e}"),
        }
    );
}
