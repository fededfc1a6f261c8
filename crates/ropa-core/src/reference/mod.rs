//! Reference data shipped with the core, each table with its source and the date it was checked.

pub mod countries;
