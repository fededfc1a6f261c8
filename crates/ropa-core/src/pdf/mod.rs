//! The PDF record for a supervisory authority (Art. 30(4)): layout first, then PDF.

pub mod layout;
