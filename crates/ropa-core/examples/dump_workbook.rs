//! Prints a workbook's sheets as ropa reads them: `cargo run -p ropa-core --example dump_workbook FILE`.
#![allow(clippy::print_stdout, clippy::unwrap_used)]
fn main() {
    let path = std::env::args().nth(1).expect("a workbook path");
    let start = std::time::Instant::now();
    let (format, grids) = ropa_core::workbook::read_workbook(std::fs::File::open(path).unwrap()).unwrap();
    println!("{format:?} in {:?}", start.elapsed());
    for g in grids {
        println!(
            "=== {} (hidden {}) rows {} merges {} notes {:?}",
            g.name,
            g.hidden,
            g.rows.len(),
            g.merges.len(),
            g.notes
        );
        for r in g.rows.iter().take(70) {
            let cells: Vec<String> = r
                .cells
                .iter()
                .enumerate()
                .filter(|(_, c)| !c.is_empty())
                .map(|(i, c)| format!("{}={:?}", i, c.chars().take(40).collect::<String>()))
                .collect();
            println!("{:>4} {}", r.row, cells.join(" "));
        }
    }
}
