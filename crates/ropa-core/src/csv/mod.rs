//! CSV files and the columns of a register: ropa's own files (one per table, documented in
//! `docs/csv-format.md`), the columns of the spreadsheets DPOs keep (the ICO template, the CNIL
//! register, their own) and the words each field goes by, reading CSV in whatever encoding and
//! separator a spreadsheet wrote, and writing it. Importing them (and workbooks) is `import`.

pub mod cells;
pub mod export;
pub mod fields;
pub mod presets;
pub mod read;
pub mod tables;
pub mod write;

pub use export::{export, export_activities, ExportError};
pub use presets::Preset;
pub use tables::Table;
