//! The register as an Excel workbook, written with rust_xlsxwriter, in one of three layouts:
//! ropa's (a sheet per table of its CSV files), the CNIL's register (a summary sheet and a fiche
//! per activity) or the ICO's controller template (its contact block and columns). Every cell is
//! text, a number, a date or a boolean, never a formula; the same register and options give the
//! same bytes.

use std::collections::HashMap;
use std::io::Write;

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, Worksheet, XlsxError};
use serde::{Deserialize, Serialize};

use super::cnil::{self, Label};
use crate::csv::cells::item;
use crate::csv::export::table_cells;
use crate::csv::fields::{cell_in, column_of, contact_item, Field, Names, ACTIVITY_COLUMNS};
use crate::csv::presets::ICO;
use crate::csv::Table;
use crate::date::{Date, Timestamp};
use crate::import::fiche::is_criminal;
use crate::model::Register;
use crate::model::{Activity, Contact, Id, MeasureCategory, Organisation, RecipientKind, Sensitivity};
use crate::progress::Progress;
use crate::reference::countries;
use crate::vocab::{Lang, Vocabulary};

/// How the workbook is laid out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Layout {
    /// A sheet per table of ropa's CSV files, activities first: the whole register, exactly.
    #[default]
    Ropa,
    /// The CNIL's "registre simplifié": a summary sheet and a fiche per activity.
    Cnil,
    /// The UK ICO's controller documentation template.
    Ico,
}

impl Layout {
    pub fn parse(s: &str) -> Option<Layout> {
        match s.trim().to_ascii_lowercase().as_str() {
            "ropa" => Some(Layout::Ropa),
            "cnil" => Some(Layout::Cnil),
            "ico" => Some(Layout::Ico),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct XlsxOptions {
    pub layout: Layout,
    /// The words of the CNIL layout's labels, and of values in the CNIL and ICO layouts.
    pub lang: Lang,
    /// The date the workbook says it was made: the same register and date give the same bytes.
    pub generated_at: Timestamp,
}

#[derive(Debug, thiserror::Error)]
pub enum XlsxExportError {
    /// A value longer than a spreadsheet cell holds.
    #[error("{what} holds {length} characters, more than a spreadsheet cell holds (32,767); export it as CSV instead")]
    TooLong { what: String, length: usize },
    #[error("cannot write the workbook: {0}")]
    Write(String),
    #[error("cannot write the file: {0}")]
    Io(#[from] std::io::Error),
}

impl From<XlsxError> for XlsxExportError {
    fn from(e: XlsxError) -> Self {
        XlsxExportError::Write(e.to_string())
    }
}

/// The most characters a cell holds (Excel's limit).
const CELL_LIMIT: usize = 32_767;

/// Writes `register` as a workbook to `out`; returns the number of activities written. The CNIL
/// and ICO layouts are one organisation's record: `organisation` gives its contact block.
pub fn write_xlsx(
    register: &Register,
    organisation: Option<&Organisation>,
    options: &XlsxOptions,
    out: impl Write + Send,
    progress: &mut dyn FnMut(Progress),
) -> Result<u64, XlsxExportError> {
    let mut book = Book::new(options);
    // ropa's layout carries the whole register (templates too, to read it back); the CNIL's and
    // the ICO's are the record, which holds no template.
    let record;
    let register = if options.layout != Layout::Ropa && register.activities.iter().any(|a| a.is_template()) {
        record = register.without_templates();
        &record
    } else {
        register
    };
    match options.layout {
        Layout::Ropa => book.ropa(register, progress)?,
        Layout::Cnil => book.cnil(register, organisation, progress)?,
        Layout::Ico => book.ico(register, organisation, progress)?,
    }
    let d = options.generated_at.date();
    let created = ExcelDateTime::from_ymd(d.year().clamp(1900, 9999) as u16, d.month(), d.day())?;
    book.workbook.set_properties(&DocProperties::new().set_creation_datetime(&created).set_title(
        match options.layout {
            Layout::Ropa => "Records of processing activities",
            Layout::Cnil => "Registre des activités de traitement",
            Layout::Ico => "Documentation of processing activities",
        },
    ));
    book.workbook.save_to_writer(out)?;
    Ok(register.activities.len() as u64)
}

/// How a column's cells are typed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Number,
    Date,
    Boolean,
}

struct Book {
    workbook: Workbook,
    lang: Lang,
    header: Format,
    text: Format,
    date: Format,
    title: Format,
    label: Format,
}

impl Book {
    fn new(options: &XlsxOptions) -> Book {
        let top = Format::new().set_align(FormatAlign::Top);
        Book {
            workbook: Workbook::new(),
            lang: options.lang,
            header: Format::new().set_bold().set_text_wrap().set_align(FormatAlign::Top).set_background_color(0xDDEBF7),
            text: top.clone().set_text_wrap(),
            date: top.clone().set_num_format("yyyy-mm-dd"),
            title: Format::new().set_bold().set_font_size(14),
            label: Format::new().set_bold().set_text_wrap().set_align(FormatAlign::Top),
        }
    }

    /// A table: a bold header row, frozen, with an autofilter, and columns as wide as their
    /// content (within bounds).
    fn table(
        &mut self,
        name: &str,
        headers: &[&str],
        rows: &[Vec<String>],
        kinds: &dyn Fn(&str) -> Kind,
        progress: &mut dyn FnMut(u64),
    ) -> Result<(), XlsxExportError> {
        let (header, text, date) = (self.header.clone(), self.text.clone(), self.date.clone());
        let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
        let kinds: Vec<Kind> = headers.iter().map(|h| kinds(h)).collect();
        let sheet = self.workbook.add_worksheet();
        sheet.set_name(name)?;
        for (c, h) in headers.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, *h, &header)?;
        }
        let mut done = 0u64;
        for (r, row) in rows.iter().enumerate() {
            let row_number = r as u32 + 1;
            for (c, value) in row.iter().enumerate() {
                let what = || {
                    format!(
                        "sheet \"{name}\", row {}, column \"{}\"",
                        row_number + 1,
                        headers.get(c).copied().unwrap_or("")
                    )
                };
                let kind = kinds.get(c).copied().unwrap_or(Kind::Text);
                write_cell(sheet, &text, &date, row_number, c as u16, value, kind, &what)?;
                if r < 1000 {
                    let longest = value.lines().map(|l| l.chars().count()).max().unwrap_or(0);
                    if let Some(w) = widths.get_mut(c) {
                        *w = (*w).max(longest);
                    }
                }
            }
            done += 1;
            if done.is_multiple_of(256) {
                progress(done);
            }
        }
        for (c, w) in widths.iter().enumerate() {
            sheet.set_column_width(c as u16, (*w).clamp(8, 60) as f64 + 2.0)?;
        }
        sheet.set_freeze_panes(1, 0)?;
        if !headers.is_empty() {
            sheet.autofilter(0, 0, rows.len() as u32, headers.len() as u16 - 1)?;
        }
        progress(done);
        Ok(())
    }

    fn ropa(&mut self, register: &Register, progress: &mut dyn FnMut(Progress)) -> Result<(), XlsxExportError> {
        let total = register.activities.len() as u64;
        // Activities first, then the tables they link to.
        let order = [
            Table::Activities,
            Table::Organisations,
            Table::Sites,
            Table::Controllers,
            Table::SubProcessors,
            Table::Measures,
        ];
        for table in order {
            let (headers, rows) = table_cells(register, table);
            let kinds = |h: &str| ropa_kind(table, h);
            let mut report = |done: u64| {
                if table == Table::Activities {
                    progress(Progress { rows: done, done, total })
                }
            };
            self.table(table.name(), &headers, &rows, &kinds, &mut report)?;
        }
        Ok(())
    }

    fn cnil(
        &mut self,
        register: &Register,
        organisation: Option<&Organisation>,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<(), XlsxExportError> {
        let lang = self.lang;
        let empty = Organisation::default();
        let org = organisation.unwrap_or(&empty);
        let lookup = Lookup::new(register);
        let total = register.activities.len() as u64;
        // The summary sheet.
        let summary_name = cnil::SUMMARY_SHEET.get(lang);
        {
            let (header, label, text, date, title) =
                (self.header.clone(), self.label.clone(), self.text.clone(), self.date.clone(), self.title.clone());
            let _ = title;
            let sheet = self.workbook.add_worksheet();
            sheet.set_name(summary_name)?;
            let blocks: [(Label, &Contact, bool); 3] = [
                (cnil::CONTACT_CONTROLLER, &org.contact, false),
                (cnil::CONTACT_REPRESENTATIVE, &org.representative, false),
                (cnil::CONTACT_DPO, &org.dpo, true),
            ];
            for (i, (group, contact, dpo)) in blocks.iter().enumerate() {
                let row = (i * 2) as u32;
                sheet.merge_range(row, 0, row + 1, 0, group.get(lang), &label)?;
                // Nom : name | Prénom : | Adresse : address | Adresse mél : email
                // Code postal : | Ville : | Téléphone : phone
                let (dpo_name, company) = if *dpo { dpo_and_company(contact) } else { (contact.name.as_str(), "") };
                let pairs: Vec<(u16, Label, &str)> = if *dpo {
                    vec![
                        (1, cnil::LAST_NAME, dpo_name),
                        (3, cnil::FIRST_NAME, ""),
                        (5, cnil::COMPANY, company),
                        (7, cnil::ADDRESS, contact.address.as_str()),
                    ]
                } else {
                    vec![
                        (1, cnil::LAST_NAME, contact.name.as_str()),
                        (3, cnil::FIRST_NAME, ""),
                        (5, cnil::ADDRESS, contact.address.as_str()),
                        (7, cnil::EMAIL, contact.email.as_str()),
                    ]
                };
                let second: Vec<(u16, Label, &str)> = if *dpo {
                    vec![
                        (1, cnil::POSTCODE, ""),
                        (3, cnil::CITY, ""),
                        (5, cnil::PHONE, contact.phone.as_str()),
                        (7, cnil::EMAIL, contact.email.as_str()),
                    ]
                } else {
                    vec![(1, cnil::POSTCODE, ""), (3, cnil::CITY, ""), (5, cnil::PHONE, contact.phone.as_str())]
                };
                for (offset, line) in [(0u32, pairs), (1, second)] {
                    for (column, l, value) in line {
                        sheet.write_string_with_format(row + offset, column, l.get(lang), &label)?;
                        if !value.is_empty() {
                            sheet.write_string_with_format(row + offset, column + 1, value, &text)?;
                        }
                    }
                }
            }
            sheet.merge_range(6, 0, 6, 3, cnil::GROUP_IDENTIFICATION.get(lang), &header)?;
            sheet.merge_range(6, 4, 6, 6, cnil::GROUP_PURPOSE.get(lang), &header)?;
            sheet.merge_range(6, 7, 6, 8, cnil::GROUP_SENSITIVE.get(lang), &header)?;
            for (c, l) in [cnil::SUMMARY_NAME, cnil::SUMMARY_REFERENCE, cnil::SUMMARY_CREATED, cnil::SUMMARY_UPDATED]
                .iter()
                .enumerate()
            {
                sheet.write_string_with_format(7, c as u16, l.get(lang), &header)?;
            }
            for c in 4..=6 {
                sheet.write_blank(7, c, &header)?;
            }
            sheet.merge_range(7, 7, 7, 8, cnil::SUMMARY_YES_NO.get(lang), &header)?;
            for (i, a) in register.activities.iter().enumerate() {
                let row = 8 + i as u32;
                let what = |f: &str| format!("activity '{}', {f}", a.name);
                write_cell(sheet, &text, &date, row, 0, &a.name, Kind::Text, &|| what("name"))?;
                write_cell(sheet, &text, &date, row, 1, &a.reference, Kind::Text, &|| what("reference"))?;
                write_cell(
                    sheet,
                    &text,
                    &date,
                    row,
                    2,
                    &a.created_on.map(|d| d.to_string()).unwrap_or_default(),
                    Kind::Date,
                    &|| what("created"),
                )?;
                write_cell(
                    sheet,
                    &text,
                    &date,
                    row,
                    3,
                    &a.updated_on.map(|d| d.to_string()).unwrap_or_default(),
                    Kind::Date,
                    &|| what("updated"),
                )?;
                let purposes = a.purposes.join("\n");
                check_length(&purposes, &|| what("purposes"))?;
                sheet.merge_range(row, 4, row, 6, &purposes, &text)?;
                let sensitive = a.data_categories.iter().any(|c| c.sensitivity != Sensitivity::Standard);
                let yes = crate::csv::cells::yes_no(Some(sensitive), lang);
                sheet.merge_range(row, 7, row, 8, yes, &text)?;
            }
            for (c, w) in [40.0, 14.0, 14.0, 14.0, 30.0, 20.0, 20.0, 10.0, 10.0].iter().enumerate() {
                sheet.set_column_width(c as u16, *w)?;
            }
            sheet.set_freeze_panes(8, 1)?;
        }
        // A fiche per activity.
        let mut taken: Vec<String> = vec![summary_name.to_lowercase()];
        for (i, a) in register.activities.iter().enumerate() {
            let name = sheet_name(if a.reference.trim().is_empty() { &a.name } else { &a.reference }, &mut taken);
            self.fiche(&name, a, org, &lookup)?;
            if (i as u64 + 1).is_multiple_of(64) {
                progress(Progress { rows: i as u64 + 1, done: i as u64 + 1, total });
            }
        }
        progress(Progress { rows: total, done: total, total });
        Ok(())
    }

    /// One activity's fiche, in the template's rows and words; after them, what the template has
    /// no place for, in ropa's own cell format.
    fn fiche(&mut self, name: &str, a: &Activity, org: &Organisation, lookup: &Lookup) -> Result<(), XlsxExportError> {
        let lang = self.lang;
        let (label, header, text, date, title) =
            (self.label.clone(), self.header.clone(), self.text.clone(), self.date.clone(), self.title.clone());
        let sheet = self.workbook.add_worksheet();
        sheet.set_name(name)?;
        let what = |f: &str| format!("activity '{}', {f}", a.name);
        let mut row: u32 = 0;
        sheet.write_string_with_format(row, 0, cnil::FICHE_TITLE.get(lang), &title)?;
        write_cell(sheet, &text, &date, row, 7, &a.reference, Kind::Text, &|| what("reference"))?;
        row += 2;
        // One label and its value across B:H.
        let single =
            |sheet: &mut Worksheet, row: u32, l: &str, value: &str, kind: Kind| -> Result<(), XlsxExportError> {
                sheet.write_string_with_format(row, 0, l, &label)?;
                match kind {
                    Kind::Text if !value.is_empty() => {
                        check_length(value, &|| what(l))?;
                        sheet.merge_range(row, 1, row, 7, value, &text)?;
                    }
                    _ => write_cell(sheet, &text, &date, row, 1, value, kind, &|| what(l))?,
                }
                Ok(())
            };
        single(sheet, row, cnil::DESCRIPTION.get(lang), &a.description, Kind::Text)?;
        row += 1;
        single(sheet, row, cnil::NAME.get(lang), &a.name, Kind::Text)?;
        row += 1;
        single(sheet, row, cnil::REFERENCE.get(lang), &a.reference, Kind::Text)?;
        row += 1;
        single(
            sheet,
            row,
            cnil::CREATED.get(lang),
            &a.created_on.map(|d| d.to_string()).unwrap_or_default(),
            Kind::Date,
        )?;
        row += 1;
        single(
            sheet,
            row,
            cnil::UPDATED.get(lang),
            &a.updated_on.map(|d| d.to_string()).unwrap_or_default(),
            Kind::Date,
        )?;
        row += 2;
        // Actors.
        sheet.write_string_with_format(row, 0, cnil::ACTORS.get(lang), &header)?;
        for (c, l) in cnil::ACTOR_COLUMNS.iter().enumerate() {
            sheet.write_string_with_format(row, c as u16 + 1, l.get(lang), &header)?;
        }
        row += 1;
        let contact_row = |sheet: &mut Worksheet, row: u32, l: &str, c: &Contact| -> Result<(), XlsxExportError> {
            sheet.write_string_with_format(row, 0, l, &label)?;
            for (column, value) in [(1u16, &c.name), (2, &c.address), (6, &c.phone), (7, &c.email)] {
                write_cell(sheet, &text, &date, row, column, value, Kind::Text, &|| what(l))?;
            }
            Ok(())
        };
        contact_row(sheet, row, cnil::CONTROLLER.get(lang), &org.contact)?;
        row += 1;
        let (dpo_name, company) = dpo_and_company(&org.dpo);
        contact_row(sheet, row, cnil::DPO.get(lang), &Contact { name: dpo_name.to_string(), ..org.dpo.clone() })?;
        row += 1;
        sheet.write_string_with_format(row, 0, cnil::DPO_COMPANY.get(lang), &label)?;
        write_cell(sheet, &text, &date, row, 1, company, Kind::Text, &|| what("DPO"))?;
        row += 1;
        contact_row(sheet, row, cnil::REPRESENTATIVE.get(lang), &org.representative)?;
        row += 1;
        let joint_exact = a.joint_controllers.iter().all(|c| c.role.is_empty() && !c.name.is_empty());
        if a.joint_controllers.is_empty() {
            sheet.write_string_with_format(row, 0, cnil::JOINT.get(lang), &label)?;
            row += 1;
        }
        for c in &a.joint_controllers {
            contact_row(sheet, row, cnil::JOINT.get(lang), c)?;
            row += 1;
        }
        row += 1;
        // Purposes.
        sheet.write_string_with_format(row, 0, cnil::PURPOSES.get(lang), &header)?;
        row += 1;
        for (i, p) in a.purposes.iter().enumerate() {
            let l = if i == 0 {
                cnil::MAIN_PURPOSE.get(lang).to_string()
            } else {
                format!("{} {i}", cnil::SUB_PURPOSE.get(lang))
            };
            single(sheet, row, &l, p, Kind::Text)?;
            row += 1;
        }
        if a.purposes.is_empty() {
            sheet.write_string_with_format(row, 0, cnil::MAIN_PURPOSE.get(lang), &label)?;
            row += 1;
        }
        row += 1;
        // Data, and their retention when the template's column can say it exactly.
        let retention_exact = retention_exact(a);
        let categories_exact = categories_exact(a);
        for (section, sensitive) in [(cnil::DATA, false), (cnil::SENSITIVE, true)] {
            sheet.write_string_with_format(row, 0, section.get(lang), &header)?;
            sheet.merge_range(row, 1, row, 3, cnil::DESCRIPTION_COLUMN.get(lang), &header)?;
            sheet.merge_range(row, 4, row, 7, cnil::RETENTION_COLUMN.get(lang), &header)?;
            row += 1;
            for c in a.data_categories.iter().filter(|c| (c.sensitivity != Sensitivity::Standard) == sensitive) {
                sheet.write_string_with_format(row, 0, &c.name, &label)?;
                // "X": the category is processed, with no more said.
                let detail = if c.detail.is_empty() { "X" } else { c.detail.as_str() };
                check_length(detail, &|| what("data categories"))?;
                sheet.merge_range(row, 1, row, 3, detail, &text)?;
                if retention_exact {
                    if let Some(r) = a.retention.iter().find(|r| r.applies_to == c.name) {
                        let kept =
                            r.period.map(|p| crate::vocab::period(&p, lang)).unwrap_or_else(|| r.criteria.clone());
                        check_length(&kept, &|| what("retention"))?;
                        sheet.merge_range(row, 4, row, 7, &kept, &text)?;
                    }
                }
                row += 1;
            }
            row += 1;
        }
        // Data subjects.
        sheet.write_string_with_format(row, 0, cnil::SUBJECTS.get(lang), &header)?;
        sheet.merge_range(row, 1, row, 3, cnil::DESCRIPTION_COLUMN.get(lang), &header)?;
        sheet.merge_range(row, 4, row, 7, cnil::DETAIL_COLUMN.get(lang), &header)?;
        row += 1;
        for (i, s) in a.data_subjects.iter().enumerate() {
            sheet.write_string_with_format(row, 0, format!("{} {}", cnil::SUBJECT_ROW.get(lang), i + 1), &label)?;
            check_length(s, &|| what("data subjects"))?;
            sheet.merge_range(row, 1, row, 3, s, &text)?;
            row += 1;
        }
        row += 1;
        // Recipients: their type, and their name in the details.
        let recipients_exact = a.recipients.iter().all(|r| {
            r.country.is_empty()
                && !r.name.is_empty()
                && match &r.kind {
                    RecipientKind::Other(t) => t.is_empty() || RecipientKind::recognise(t).is_none(),
                    _ => true,
                }
        });
        sheet.write_string_with_format(row, 0, cnil::RECIPIENTS.get(lang), &header)?;
        sheet.merge_range(row, 1, row, 3, cnil::RECIPIENT_TYPE_COLUMN.get(lang), &header)?;
        sheet.merge_range(row, 4, row, 7, cnil::DETAIL_COLUMN.get(lang), &header)?;
        row += 1;
        for (i, r) in a.recipients.iter().enumerate() {
            sheet.write_string_with_format(row, 0, format!("{} {}", cnil::RECIPIENT_ROW.get(lang), i + 1), &label)?;
            let kind = cnil::recipient_type(&r.kind).map_or_else(|| r.kind.label(lang), |l| l.get(lang).to_string());
            sheet.merge_range(row, 1, row, 3, &kind, &text)?;
            check_length(&r.name, &|| what("recipients"))?;
            sheet.merge_range(row, 4, row, 7, &r.name, &text)?;
            row += 1;
        }
        row += 1;
        // Security measures: their category as the type, their name in the details.
        sheet.write_string_with_format(row, 0, cnil::MEASURES.get(lang), &header)?;
        sheet.merge_range(row, 1, row, 3, cnil::MEASURE_TYPE_COLUMN.get(lang), &header)?;
        sheet.merge_range(row, 4, row, 7, cnil::DETAIL_COLUMN.get(lang), &header)?;
        row += 1;
        for (i, id) in a.measure_ids.iter().enumerate() {
            let Some((measure, category)) = lookup.measures.get(id) else { continue };
            sheet.write_string_with_format(row, 0, format!("{} {}", cnil::MEASURE_ROW.get(lang), i + 1), &label)?;
            sheet.merge_range(row, 1, row, 3, &measure_type(category, lang), &text)?;
            check_length(measure, &|| what("security measures"))?;
            sheet.merge_range(row, 4, row, 7, measure, &text)?;
            row += 1;
        }
        row += 1;
        // Transfers.
        let transfers_exact =
            a.transfers.iter().all(|t| t.safeguard_detail.is_empty() && !t.international_organisation);
        sheet.write_string_with_format(row, 0, cnil::TRANSFERS.get(lang), &header)?;
        for (column, l) in [(1u16, cnil::TRANSFER_COLUMNS[0]), (2, cnil::TRANSFER_COLUMNS[1])] {
            sheet.write_string_with_format(row, column, l.get(lang), &header)?;
        }
        sheet.merge_range(row, 3, row, 4, cnil::TRANSFER_COLUMNS[2].get(lang), &header)?;
        sheet.merge_range(row, 5, row, 7, cnil::TRANSFER_COLUMNS[3].get(lang), &header)?;
        row += 1;
        if a.no_transfers {
            sheet.write_string_with_format(row, 0, format!("{} 1", cnil::TRANSFER_ROW.get(lang)), &label)?;
            sheet.write_string_with_format(row, 1, crate::i18n::text(lang, "not-applicable"), &text)?;
            row += 1;
        }
        for (i, t) in a.transfers.iter().enumerate() {
            sheet.write_string_with_format(row, 0, format!("{} {}", cnil::TRANSFER_ROW.get(lang), i + 1), &label)?;
            write_cell(sheet, &text, &date, row, 1, &t.recipient, Kind::Text, &|| what("transfers"))?;
            let country = countries::by_code(&t.country).map_or(t.country.as_str(), |c| c.name(lang));
            write_cell(sheet, &text, &date, row, 2, country, Kind::Text, &|| what("transfers"))?;
            let safeguard = t.safeguard.as_ref().map(|s| s.label(lang)).unwrap_or_default();
            if !safeguard.is_empty() {
                sheet.merge_range(row, 3, row, 4, &safeguard, &text)?;
            }
            if !t.documentation.is_empty() {
                check_length(&t.documentation, &|| what("transfers"))?;
                sheet.merge_range(row, 5, row, 7, &t.documentation, &text)?;
            }
            row += 1;
        }
        row += 1;
        // What the template has no place for, in ropa's own format.
        sheet.write_string_with_format(row, 0, cnil::MORE.get(lang), &header)?;
        row += 1;
        let names = lookup.names(a);
        let inexact = [
            (Field::JointControllers, !joint_exact),
            (Field::DataCategories, !categories_exact),
            (Field::Retention, !retention_exact),
            (Field::Recipients, !recipients_exact),
            (Field::Transfers, !transfers_exact),
        ];
        for column in ACTIVITY_COLUMNS {
            let carried = match column.field {
                Field::Id
                | Field::Reference
                | Field::Name
                | Field::Description
                | Field::CreatedOn
                | Field::UpdatedOn
                | Field::Purposes
                | Field::DataSubjects
                | Field::Measures
                | Field::NoTransfers => false,
                f => inexact.iter().find(|(g, _)| *g == f).is_none_or(|(_, inexact)| *inexact),
            };
            if !carried {
                continue;
            }
            let value = cell_in(column.field, a, &names, lang);
            if value.is_empty() {
                continue;
            }
            let kind = match column.field {
                Field::LastReview | Field::NextReview => Kind::Date,
                _ => Kind::Text,
            };
            single(sheet, row, column.label(lang), &value, kind)?;
            row += 1;
        }
        sheet.set_column_width(0, 45.0)?;
        for c in 1..=7 {
            sheet.set_column_width(c, 16.0)?;
        }
        Ok(())
    }

    fn ico(
        &mut self,
        register: &Register,
        organisation: Option<&Organisation>,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<(), XlsxExportError> {
        let lang = self.lang;
        let empty = Organisation::default();
        let org = organisation.unwrap_or(&empty);
        let lookup = Lookup::new(register);
        let (header, label, text, date) =
            (self.header.clone(), self.label.clone(), self.text.clone(), self.date.clone());
        let sheet = self.workbook.add_worksheet();
        sheet.set_name("Template")?;
        // The template's contact block: no title above it (the workbook's properties name the
        // register), so that the file reads back as the template does.
        for (c, l) in ["Name", "Address", "Email", "Telephone"].iter().enumerate() {
            sheet.write_string_with_format(0, c as u16 + 1, *l, &header)?;
        }
        for (r, (role, contact)) in [
            ("Controller", &org.contact),
            ("Data Protection Officer", &org.dpo),
            ("Representative", &org.representative),
        ]
        .iter()
        .enumerate()
        {
            let row = r as u32 + 1;
            sheet.write_string_with_format(row, 0, *role, &label)?;
            // The template asks for the organisation's name: its contact's follows it.
            let name = if *role != "Controller" || contact.name == org.name {
                contact.name.clone()
            } else if contact.name.is_empty() {
                org.name.clone()
            } else {
                format!("{}, {}", org.name, contact.name)
            };
            for (c, value) in [name.as_str(), contact.address.as_str(), contact.email.as_str(), contact.phone.as_str()]
                .iter()
                .enumerate()
            {
                write_cell(sheet, &text, &date, row, c as u16 + 1, value, Kind::Text, &|| {
                    format!("the {role}'s contact")
                })?;
            }
        }
        // The template's 30 columns on row 9, then ropa's for what the template lacks.
        // ropa's columns for all the template has no column for (the catalogue's, in order; the
        // ID and organisation are the sheet's own).
        let in_template =
            |f: Field| ICO.iter().any(|(_, g)| *g == f || (*g == Field::TransferCountries && f == Field::Transfers));
        let extra: Vec<Field> = ACTIVITY_COLUMNS
            .iter()
            .map(|c| c.field)
            .filter(|f| !matches!(f, Field::Id | Field::Organisation) && !in_template(*f))
            .collect();
        let mut headers: Vec<(String, Option<Field>)> = Vec::new();
        let mut seen_basis = false;
        for (h, f) in ICO {
            // The template has two Article 6 columns; the first holds the bases.
            let field = match f {
                Field::LegalBases if seen_basis => None,
                Field::LegalBases => {
                    seen_basis = true;
                    Some(*f)
                }
                Field::NoteLine
                | Field::LegitimateInterest
                | Field::LegitimateInterestAssessment
                | Field::ConsentRecord => None,
                Field::TransferCountries => Some(Field::Transfers),
                f => Some(*f),
            };
            headers.push((h.to_string(), field));
        }
        for f in &extra {
            headers.push((column_of(*f).map_or("", |c| c.header).to_string(), Some(*f)));
        }
        let head = 8u32;
        for (c, (h, _)) in headers.iter().enumerate() {
            sheet.write_string_with_format(head, c as u16, h, &header)?;
        }
        let total = register.activities.len() as u64;
        for (i, a) in register.activities.iter().enumerate() {
            let row = head + 1 + i as u32;
            let names = lookup.names(a);
            for (c, (h, field)) in headers.iter().enumerate() {
                let Some(field) = field else { continue };
                let value = match field {
                    Field::Purposes => a.purposes.join("\n"),
                    Field::DataSubjects => a.data_subjects.join("\n"),
                    Field::Measures => names.measures.join("\n"),
                    Field::Controllers => names.controllers.join("\n"),
                    Field::SubProcessors => names.subprocessors.join("\n"),
                    Field::DpiaRequired | Field::AutomatedDecisions | Field::NoTransfers | Field::DpiaStatus => {
                        cell_in(*field, a, &names, Lang::En).into_owned()
                    }
                    Field::JointControllers => {
                        a.joint_controllers.iter().map(contact_item).collect::<Vec<_>>().join("\n")
                    }
                    // The transfers' safeguards in words, for the reader; the transfers column
                    // holds them exactly.
                    Field::TransferSafeguards => {
                        let mut labels: Vec<String> = Vec::new();
                        for label in a.transfers.iter().filter_map(|t| t.safeguard.as_ref()).map(|s| s.label(lang)) {
                            if !labels.contains(&label) {
                                labels.push(label);
                            }
                        }
                        labels.join("\n")
                    }
                    // Structured items keep their " | " parts, which ropa reads back.
                    f => cell_in(*f, a, &names, lang).into_owned(),
                };
                // A structured cell with one part only would not read as structured: its parts
                // are written out in full.
                let value = match field {
                    field if field.is_structured() => structured_in_full(*field, a, lang).unwrap_or(value),
                    _ => value,
                };
                let kind = match field {
                    Field::CreatedOn | Field::UpdatedOn | Field::LastReview | Field::NextReview => Kind::Date,
                    _ => Kind::Text,
                };
                write_cell(sheet, &text, &date, row, c as u16, &value, kind, &|| {
                    format!("activity '{}', column \"{h}\"", a.name)
                })?;
            }
            if (i as u64 + 1).is_multiple_of(256) {
                progress(Progress { rows: i as u64 + 1, done: i as u64 + 1, total });
            }
        }
        for c in 0..headers.len() {
            sheet.set_column_width(c as u16, 24.0)?;
        }
        sheet.set_freeze_panes(head + 1, 0)?;
        sheet.autofilter(head, 0, head + register.activities.len() as u32, headers.len() as u16 - 1)?;
        progress(Progress { rows: total, done: total, total });
        Ok(())
    }
}

/// A structured field's items with every part written out, so that even an item of one part
/// carries a " | " and reads back as ropa's.
fn structured_in_full(field: Field, a: &Activity, lang: Lang) -> Option<String> {
    let lines: Vec<String> = match field {
        Field::LegalBases => {
            a.legal_bases.iter().map(|b| full(&[&b.basis.label(lang), &b.detail, &b.evidence])).collect()
        }
        Field::SpecialBases => a.special_bases.iter().map(|b| full(&[&b.condition.label(lang), &b.detail])).collect(),
        Field::DataCategories => a
            .data_categories
            .iter()
            .map(|c| {
                let s = if c.sensitivity == Sensitivity::Standard { String::new() } else { c.sensitivity.label(lang) };
                full(&[&c.name, &c.detail, &s])
            })
            .collect(),
        Field::Recipients => a.recipients.iter().map(|r| full(&[&r.name, &r.kind.label(lang), &r.country])).collect(),
        Field::Locations => a.locations.iter().map(|l| full(&[&l.provider, &l.place, &l.country])).collect(),
        Field::Transfers => {
            let org = crate::i18n::text(lang, "international-organisation");
            a.transfers
                .iter()
                .map(|t| {
                    full(&[
                        &t.recipient,
                        &t.country,
                        &t.safeguard.as_ref().map(|s| s.label(lang)).unwrap_or_default(),
                        &t.safeguard_detail,
                        &t.documentation,
                        if t.international_organisation { &org } else { "" },
                        &t.scc_module.map(|m| m.to_string()).unwrap_or_default(),
                        &t.impact_assessment,
                        &t.impact_assessment_on.map(|d| d.to_string()).unwrap_or_default(),
                    ])
                })
                .collect()
        }
        Field::Retention => a
            .retention
            .iter()
            .map(|r| {
                full(&[
                    &r.applies_to,
                    &r.period.map(|p| crate::vocab::period(&p, lang)).unwrap_or_default(),
                    &r.from_event,
                    &r.criteria,
                ])
            })
            .collect(),
        Field::JointControllers => {
            a.joint_controllers.iter().map(|c| full(&[&c.name, &c.role, &c.email, &c.phone, &c.address])).collect()
        }
        _ => return None,
    };
    Some(lines.join("\n"))
}

/// An item with its empty trailing parts kept: "Consent |  | " still reads as structured.
fn full(parts: &[&str]) -> String {
    let mut line = item(parts);
    let written = line.matches(" | ").count();
    for _ in written..parts.len().saturating_sub(1) {
        line.push_str(" | ");
    }
    line
}

/// Names of what activities link to, and each measure's category.
struct Lookup {
    controllers: HashMap<Id, String>,
    measures: HashMap<Id, (String, MeasureCategory)>,
    subprocessors: HashMap<Id, String>,
    organisations: HashMap<Id, String>,
}

impl Lookup {
    fn new(register: &Register) -> Lookup {
        Lookup {
            controllers: register.controllers.iter().map(|c| (c.id, c.name.clone())).collect(),
            measures: register.measures.iter().map(|m| (m.id, (m.name.clone(), m.category.clone()))).collect(),
            subprocessors: register.subprocessors.iter().map(|s| (s.id, s.name.clone())).collect(),
            organisations: register.organisations.iter().map(|o| (o.id, o.name.clone())).collect(),
        }
    }

    fn names<'a>(&'a self, a: &Activity) -> Names<'a> {
        Names {
            organisation: self.organisations.get(&a.organisation_id).map(String::as_str).unwrap_or(""),
            controllers: a
                .controller_ids
                .iter()
                .filter_map(|id| self.controllers.get(id))
                .map(String::as_str)
                .collect(),
            measures: a.measure_ids.iter().filter_map(|id| self.measures.get(id)).map(|(n, _)| n.as_str()).collect(),
            subprocessors: a
                .subprocessor_ids
                .iter()
                .filter_map(|id| self.subprocessors.get(id))
                .map(String::as_str)
                .collect(),
        }
    }
}

/// The CNIL's type of measure for a category where it has one, else the category's own words.
fn measure_type(category: &MeasureCategory, lang: Lang) -> String {
    cnil::measure_type(category).map_or_else(|| category.label(lang), |l| l.get(lang).to_string())
}

/// Whether each activity's retention reads back exactly from the data categories' column: one
/// entry per category at most, each a period alone or criteria without figures.
fn retention_exact(a: &Activity) -> bool {
    let mut seen: Vec<&str> = Vec::new();
    a.retention.iter().all(|r| {
        let named = a.data_categories.iter().any(|c| c.name == r.applies_to) && !seen.contains(&r.applies_to.as_str());
        seen.push(&r.applies_to);
        let alone = match r.period {
            Some(_) => r.criteria.is_empty() && r.from_event.is_empty(),
            None => {
                r.from_event.is_empty() && !r.criteria.is_empty() && !r.criteria.contains(|c: char| c.is_ascii_digit())
            }
        };
        named && alone
    })
}

/// Whether the data categories read back exactly from the two sections: standard ones before
/// the others, each sensitive one telling Art. 9 from Art. 10 by its name, names unique.
fn categories_exact(a: &Activity) -> bool {
    let sections: Vec<bool> = a.data_categories.iter().map(|c| c.sensitivity != Sensitivity::Standard).collect();
    let ordered = sections.windows(2).all(|w| !w[0] || w[1]);
    let inferred = a.data_categories.iter().all(|c| match c.sensitivity {
        Sensitivity::Standard => true,
        Sensitivity::CriminalOffence => is_criminal(&c.name),
        Sensitivity::SpecialCategory => !is_criminal(&c.name),
    });
    let unique =
        a.data_categories.iter().enumerate().all(|(i, c)| !a.data_categories[..i].iter().any(|d| d.name == c.name));
    let named = a
        .data_categories
        .iter()
        .all(|c| !c.name.trim().is_empty() && c.detail != "X" && !crate::workbook::cnil::says_nothing(&c.detail));
    ordered && inferred && unique && named
}

/// A sheet name from a text: at most 31 characters, none of `[]:*?/\`, unique in the workbook.
fn sheet_name(text: &str, taken: &mut Vec<String>) -> String {
    let cleaned: String = text
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) || c.is_control() { ' ' } else { c })
        .collect::<String>()
        .trim()
        .trim_matches('\'')
        .to_string();
    let base: String = if cleaned.is_empty() { "Fiche".to_string() } else { cleaned.chars().take(31).collect() };
    let mut name = base.trim().to_string();
    let mut n = 2;
    while taken.contains(&name.to_lowercase()) || name.eq_ignore_ascii_case("history") {
        let suffix = format!(" ({n})");
        let room = 31 - suffix.chars().count();
        name = format!("{}{suffix}", base.chars().take(room).collect::<String>().trim_end());
        n += 1;
    }
    taken.push(name.to_lowercase());
    name
}

fn check_length(text: &str, what: &dyn Fn() -> String) -> Result<(), XlsxExportError> {
    let length = text.chars().count();
    if length > CELL_LIMIT {
        return Err(XlsxExportError::TooLong { what: what(), length });
    }
    Ok(())
}

/// Writes a cell as its kind says: a date, a number or a boolean when the text is one, else the
/// text itself (never a formula, even when it begins with "=").
#[allow(clippy::too_many_arguments)]
fn write_cell(
    sheet: &mut Worksheet,
    text_format: &Format,
    date_format: &Format,
    row: u32,
    column: u16,
    text: &str,
    kind: Kind,
    what: &dyn Fn() -> String,
) -> Result<(), XlsxExportError> {
    if text.is_empty() {
        return Ok(());
    }
    match kind {
        Kind::Date => {
            if let Ok(date) = text.parse::<Date>() {
                if (1900..=9999).contains(&date.year()) {
                    let d = ExcelDateTime::from_ymd(date.year() as u16, date.month(), date.day())?;
                    sheet.write_datetime_with_format(row, column, &d, date_format)?;
                    return Ok(());
                }
            }
        }
        Kind::Number => {
            if let Ok(n) = text.parse::<i64>() {
                if n.unsigned_abs() < (1 << 53) {
                    sheet.write_number(row, column, n as f64)?;
                    return Ok(());
                }
            }
        }
        Kind::Boolean => {
            if let Ok(Some(b)) = crate::csv::cells::parse_yes_no(text) {
                sheet.write_boolean(row, column, b)?;
                return Ok(());
            }
        }
        Kind::Text => {}
    }
    check_length(text, what)?;
    sheet.write_string_with_format(row, column, text, text_format)?;
    Ok(())
}

/// The type of a column of ropa's tables.
fn ropa_kind(table: Table, header: &str) -> Kind {
    match (table, header) {
        (Table::Activities, "ID") => Kind::Number,
        (Table::Activities, "Created" | "Updated" | "Last review" | "Next review") => Kind::Date,
        (Table::Activities, "DPIA required" | "Automated decisions" | "No transfers") => Kind::Boolean,
        (Table::Organisations, "Controller" | "Processor") => Kind::Boolean,
        _ => Kind::Text,
    }
}

/// An external DPO's name and company, as ropa writes them ("Paul Martin, DPO Conseil"): the
/// CNIL template has a cell for each, and the import joins them back.
fn dpo_and_company(c: &Contact) -> (&str, &str) {
    match c.name.split_once(", ") {
        Some((name, company)) if !name.trim().is_empty() && !company.contains(", ") => (name, company),
        _ => (c.name.as_str(), ""),
    }
}
