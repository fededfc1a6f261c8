//! Workbooks: the sheets DPOs keep their registers in (.xlsx, .xls, .ods), read with calamine,
//! and the register written back as an .xlsx workbook with rust_xlsxwriter. ropa's own code here
//! is about layouts (ropa's tables, the CNIL register, the ICO template), not file formats.

pub mod cnil;
pub mod read;
pub mod write;

pub use read::{read_workbook, Format, Grid, WorkbookError};
pub use write::{write_xlsx, Layout, XlsxExportError, XlsxOptions};
