//! How far long work is, for the bars of the window and the command line.

/// How far a long import or export is: `done` out of `total` (rows for an export, bytes read for
/// an import, where `total` may be 0 when unknown), and the rows handled so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Progress {
    pub rows: u64,
    pub done: u64,
    pub total: u64,
}
