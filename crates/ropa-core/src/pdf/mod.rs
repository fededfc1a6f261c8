//! The PDF record for a supervisory authority (Art. 30(4)): `layout` sets text on pages,
//! `render` turns pages into PDF, `record` writes the record itself in English or French.

pub mod fonts;
pub mod labels;
pub mod layout;
pub mod notice;
pub mod record;
pub mod render;

pub use notice::write_notice_pdf;
pub use record::{record_pdf, write_record_pdf, PdfOptions};
