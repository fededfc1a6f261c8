//! `ropa export csv` and `ropa import`: arguments in, files through ropa-core, a summary out.

use std::fs::{self, File};
use std::io::{self, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use clap::Args;
use ropa_core::csv::{self, ExportError, Preset, Table};
use ropa_core::date::Timestamp;
use ropa_core::import::{self, Existing, ImportOptions, ImportReport};
use ropa_core::model::Register;
use ropa_core::pdf::PdfOptions;
use ropa_core::vocab::Lang;
use ropa_core::workbook::{Layout, XlsxExportError, XlsxOptions};
use ropa_core::{find_unique, tr, view, Error, Store};

use crate::progress::Bar;
use crate::Failure;

#[derive(Args)]
pub struct CsvArgs {
    /// The file to write; with `--table all`, a folder that receives one file per table.
    out: PathBuf,
    /// Only this organisation's register.
    #[arg(long, value_name = "NAME")]
    org: Option<String>,
    /// Only the processor activities carried out for this controller, with what they use: what a
    /// processor sends a client.
    #[arg(long, value_name = "NAME")]
    controller: Option<String>,
    /// The register as it stood at the end of this day (YYYY-MM-DD) or at this RFC 3339 time.
    #[arg(long, value_name = "DATE")]
    as_of: Option<String>,
    /// The separator: `,` (default), `;` (what Excel expects in French or German), `tab` or `|`.
    #[arg(long, default_value = ",")]
    delimiter: String,
    /// activities (default), organisations, sites, controllers, subprocessors, measures, or all.
    #[arg(long, default_value = "activities", value_name = "T")]
    table: String,
}

#[derive(Args)]
pub struct PdfArgs {
    /// The PDF file to write.
    out: PathBuf,
    /// The organisation whose record it is (any unique part of its name); needed when the store
    /// holds several.
    #[arg(long, value_name = "NAME")]
    org: Option<String>,
    /// Only the part concerning this controller: what a processor sends a client.
    #[arg(long, value_name = "NAME")]
    controller: Option<String>,
    /// The register as it stood at the end of this day (YYYY-MM-DD) or at this RFC 3339 time.
    #[arg(long, value_name = "DATE")]
    as_of: Option<String>,
    /// The date the document states it was generated (RFC 3339); by default, now. The same
    /// register and the same date give the same file.
    #[arg(long, value_name = "RFC3339")]
    generated_at: Option<String>,
}

pub fn export_pdf(store: &Store, args: &PdfArgs, lang: Lang, out: &mut impl Write) -> Result<(), Failure> {
    let generated_at = match &args.generated_at {
        Some(text) => text.parse().map_err(|e: String| usage(format!("--generated-at: {e}")))?,
        None => Timestamp::now(),
    };
    let as_of: Option<Timestamp> = args
        .as_of
        .as_deref()
        .map(|text| text.parse().map_err(|e: String| usage(format!("--as-of: {e}"))))
        .transpose()?;
    let register = match as_of {
        Some(at) => store.register_as_of(at)?,
        None => store.register(None)?,
    };
    let controller = args
        .controller
        .as_deref()
        .map(|name| find_unique("controller", name, &register.controllers, |c| &c.name).map(|c| c.id))
        .transpose()?;
    let organisation = args
        .org
        .as_deref()
        .map(|name| find_unique("organisation", name, &register.organisations, |o| &o.name).map(|o| o.id))
        .transpose()?;
    let (register, organisation) = view::record(&register, organisation, controller).map_err(|e| match e {
        Error::Ambiguous(message) => usage(format!("{} (--org NAME)", message.get(lang))),
        e => Failure::Core(e),
    })?;
    // A client's extract says when that client's entries last changed, not the whole register.
    let last_change = store.last_change_of(&register, controller.is_none().then_some(organisation.id), as_of)?;
    let options = PdfOptions { lang, generated_at, last_change, controller };
    let mut bar = Bar::new("progress-pdf", lang);
    write_document(&args.out, store.path(), "cannot make the PDF", |file| {
        ropa_core::pdf::write_record_pdf(&register, &organisation, &options, file, &mut |p| bar.update(p))
    })?;
    bar.done();
    let size = fs::metadata(&args.out).map(|m| m.len()).unwrap_or(0);
    let done = tr!(
        lang,
        "export-pdf-done",
        organisation = organisation.name.as_str(),
        path = args.out.display().to_string(),
        size = size.to_string()
    );
    writeln!(out, "{done}")?;
    Ok(())
}

#[derive(Args)]
pub struct SubprocessorsArgs {
    /// The file to write: .html (one static page, printable) or .pdf.
    out: PathBuf,
    /// The organisation whose list it is (any unique part of its name); needed when the store
    /// holds several.
    #[arg(long, value_name = "NAME")]
    org: Option<String>,
}

pub fn export_subprocessors(
    store: &Store,
    args: &SubprocessorsArgs,
    lang: Lang,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let pdf = match args.out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("pdf") => true,
        Some("html" | "htm") => false,
        _ => return Err(Failure::Other(tr!(lang, "sublist-format", path = args.out.display().to_string()), 2)),
    };
    let organisations: Vec<ropa_core::model::Organisation> = store.all(None)?;
    let organisation = match &args.org {
        Some(name) => find_unique("organisation", name, &organisations, |o| &o.name)?.id,
        None => match organisations.as_slice() {
            [one] => one.id,
            _ => return Err(usage(tr!(lang, "sublist-which-org"))),
        },
    };
    let list = ropa_core::public_list::make(store, organisation, Timestamp::now().date())?;
    write_document(&args.out, store.path(), "cannot write the list", |file| {
        if pdf {
            list.write_pdf(lang, file)
        } else {
            file.write_all(list.html(lang).as_bytes()).map_err(|e| e.to_string())
        }
    })?;
    let lines: usize = list.groups.iter().map(|g| g.lines.len()).sum();
    let done = tr!(
        lang,
        "sublist-done",
        organisation = list.organisation.name.as_str(),
        lines = lines,
        path = args.out.display().to_string()
    );
    writeln!(out, "{done}")?;
    Ok(())
}

#[derive(Args)]
pub struct XlsxArgs {
    /// The workbook to write (.xlsx).
    out: PathBuf,
    /// ropa (default: a sheet per table, the whole register, which imports back exactly), cnil
    /// (the CNIL register: a summary sheet and a fiche per activity) or ico (the ICO template).
    #[arg(long, default_value = "ropa")]
    layout: String,
    /// Only this organisation's register (needed for cnil and ico when the store holds several).
    #[arg(long, value_name = "NAME")]
    org: Option<String>,
    /// Only the processor activities carried out for this controller.
    #[arg(long, value_name = "NAME")]
    controller: Option<String>,
    /// The register as it stood at the end of this day (YYYY-MM-DD) or at this RFC 3339 time.
    #[arg(long, value_name = "DATE")]
    as_of: Option<String>,
    /// The date the workbook states it was made (RFC 3339); by default, now. The same register
    /// and the same date give the same file.
    #[arg(long, value_name = "RFC3339")]
    generated_at: Option<String>,
}

/// `asked`: the language given with --lang, if one was; `lang`: the one ropa speaks.
pub fn export_xlsx(
    store: &Store,
    args: &XlsxArgs,
    asked: Option<Lang>,
    lang: Lang,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let speak = lang;
    let layout = Layout::parse(&args.layout)
        .ok_or_else(|| usage(format!("--layout '{}': use ropa, cnil or ico", args.layout)))?;
    // The CNIL's layout is French unless another language is asked for.
    let lang = match asked {
        Some(lang) => lang,
        None if layout == Layout::Cnil => Lang::Fr,
        None => lang,
    };
    let generated_at = match &args.generated_at {
        Some(text) => text.parse().map_err(|e: String| usage(format!("--generated-at: {e}")))?,
        None => Timestamp::now(),
    };
    let register = match &args.as_of {
        Some(text) => {
            let at: Timestamp = text.parse().map_err(|e: String| usage(format!("--as-of: {e}")))?;
            store.register_as_of(at)?
        }
        None => store.register(None)?,
    };
    let (register, organisation) = match layout {
        // ropa's layout holds whatever part of the register is asked for.
        Layout::Ropa => (filter(register, args.org.as_deref(), args.controller.as_deref())?, None),
        // The CNIL's and the ICO's are one organisation's record, under its contact block.
        _ => {
            let controller = args
                .controller
                .as_deref()
                .map(|name| find_unique("controller", name, &register.controllers, |c| &c.name).map(|c| c.id))
                .transpose()?;
            let org = args
                .org
                .as_deref()
                .map(|name| find_unique("organisation", name, &register.organisations, |o| &o.name).map(|o| o.id))
                .transpose()?;
            let (part, organisation) = view::record(&register, org, controller).map_err(|e| match e {
                Error::Ambiguous(message) => usage(format!("{} (--org NAME)", message.get(speak))),
                e => Failure::Core(e),
            })?;
            (part, Some(organisation))
        }
    };
    let options = XlsxOptions { layout, lang, generated_at };
    let mut bar = Bar::new("progress-workbook", speak);
    let mut failure = None;
    let written = write_atomically(&args.out, store.path(), |file| {
        ropa_core::workbook::write_xlsx(&register, organisation.as_ref(), &options, file, &mut |p| bar.update(p))
            .map_err(|e| {
                let message = e.to_string();
                failure = Some(e);
                ExportError::Io(io::Error::other(message))
            })
    })
    .map_err(|e| match failure.take() {
        Some(XlsxExportError::TooLong { .. }) | Some(XlsxExportError::Write(_)) => {
            Failure::Other(format!("{}: {}", args.out.display(), e_message(&e)), 1)
        }
        _ => e,
    })?;
    bar.done();
    let what = count(written as usize, Table::Activities, speak);
    writeln!(out, "{}", tr!(speak, "export-done", what = what, path = args.out.display().to_string()))?;
    // An Excel workbook under another name opens badly (or not at all) by double-click.
    let extension = args.out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    if !matches!(extension.as_deref(), Some("xlsx") | None) && args.out.as_os_str() != "-" {
        writeln!(out, "{}", tr!(speak, "export-xlsx-name"))?;
    }
    Ok(())
}

fn e_message(failure: &Failure) -> String {
    match failure {
        Failure::Core(e) => e.to_string(),
        Failure::Other(message, _) => message.clone(),
        Failure::Output(e) => e.to_string(),
        Failure::Silent(_) => String::new(),
    }
}

#[derive(Args)]
pub struct ImportArgs {
    /// A CSV file or a workbook (.xlsx, .xlsm, .xls, .ods), recognised by its content; or a
    /// folder of ropa files (organisations.csv, sites.csv, controllers.csv, measures.csv,
    /// subprocessors.csv, activities.csv), each imported in turn as a change of its own.
    file: PathBuf,
    /// Only this sheet of a workbook (repeatable); by default every sheet is looked at, and those
    /// that hold no register are left out, said why.
    #[arg(long = "sheet", value_name = "NAME")]
    sheets: Vec<String>,
    /// What to do with rows that match an activity already in the register: update (default:
    /// take the file's values for what it fills, keep the rest), keep (leave the register's as
    /// it is) or new (import the row as another activity).
    #[arg(long, default_value = "update", value_name = "CHOICE")]
    existing: String,
    /// The organisation the rows belong to; created if the store has none of that name.
    #[arg(long, value_name = "NAME")]
    org: Option<String>,
    /// Which columns to expect: auto, ropa, ico, cnil, dsk (the German DSK model register) or
    /// generic.
    #[arg(long, default_value = "auto")]
    preset: String,
    /// Map a column explicitly: 'Header=field' (field as a column of ropa's files, `notes` to keep
    /// it in the notes, `ignore` to leave it out). Repeatable.
    #[arg(long = "map", value_name = "HEADER=FIELD")]
    maps: Vec<String>,
    /// Say what would be created, updated and left unchanged, and write nothing.
    #[arg(long)]
    dry_run: bool,
    /// Write the valid rows and list the others (by default, any invalid row stops the import).
    #[arg(long)]
    skip_invalid: bool,
    /// The separator, when detection gets it wrong.
    #[arg(long)]
    delimiter: Option<String>,
}

impl ImportArgs {
    pub fn dry_run(&self) -> bool {
        self.dry_run
    }

    /// Whether a folder of ropa's files is imported.
    pub fn is_folder(&self) -> bool {
        self.file.is_dir()
    }

    /// The file (or folder) to import must exist and be readable.
    pub fn check_file(&self) -> Result<(), Failure> {
        if let Some(org) = self.org.as_deref().filter(|o| o.chars().any(ropa_core::text::is_forbidden)) {
            return Err(usage(format!(
                "--org holds control or text-direction characters ({}) that a register does not keep; type the name without them",
                ropa_core::text::forbidden_in(org)
            )));
        }
        match fs::metadata(&self.file) {
            Ok(_) => Ok(()),
            Err(source) => Err(Failure::Core(Error::Io { path: self.file.clone(), source })),
        }
    }
}

fn usage(message: String) -> Failure {
    Failure::Other(message, 2)
}

fn delimiter(text: &str) -> Result<char, Failure> {
    match text {
        "," | ";" | "|" => Ok(text.chars().next().unwrap_or(',')),
        "tab" | "\\t" | "\t" => Ok('\t'),
        other => Err(usage(format!("--delimiter '{other}': use ',', ';', 'tab' or '|'"))),
    }
}

pub fn export_csv(store: &Store, args: &CsvArgs, lang: Lang, out: &mut impl Write) -> Result<(), Failure> {
    let delimiter = delimiter(&args.delimiter)?;
    let tables: Vec<Table> = if args.table.eq_ignore_ascii_case("all") {
        Table::ALL.to_vec()
    } else {
        vec![Table::parse(&args.table).ok_or_else(|| {
            let names: Vec<&str> = Table::ALL.iter().map(|t| t.name()).collect();
            usage(format!("--table '{}': use one of {} or all", args.table, names.join(", ")))
        })?]
    };
    // The register as it stood, or one controller's part: rebuilt in memory. The current
    // register: read from the store as it is written, however large.
    let rebuilt = match (&args.as_of, &args.controller) {
        (None, None) => None,
        (as_of, _) => {
            let register = match as_of {
                Some(text) => {
                    let at: Timestamp = text.parse().map_err(|e: String| usage(format!("--as-of: {e}")))?;
                    store.register_as_of(at)?
                }
                None => store.register(None)?,
            };
            Some(filter(register, args.org.as_deref(), args.controller.as_deref())?)
        }
    };
    let organisation = match (&rebuilt, &args.org) {
        (None, Some(name)) => Some(store.find_organisation(name)?.id),
        _ => None,
    };
    if tables.len() > 1 {
        if args.out.is_file() {
            return Err(usage(format!("{}: --table all writes a folder, and this is a file", args.out.display())));
        }
        fs::create_dir_all(&args.out).map_err(|source| Error::Io { path: args.out.clone(), source })?;
    }
    let catalogue = if rebuilt.is_none() { Some(store.catalogue(organisation)?) } else { None };
    for table in tables {
        let path = if args.table.eq_ignore_ascii_case("all") {
            args.out.join(format!("{}.csv", table.name()))
        } else {
            args.out.clone()
        };
        let mut bar = Bar::new("progress-export", lang);
        let mut report = |p| bar.update(p);
        let rows = write_atomically(&path, store.path(), |file| match (&rebuilt, &catalogue, table) {
            (Some(register), _, _) => Ok(csv::export(register, table, delimiter, file, &mut report)?),
            (None, _, Table::Activities) => csv::export_activities(store, organisation, delimiter, file, &mut report),
            (None, Some(catalogue), _) => Ok(csv::export(catalogue, table, delimiter, file, &mut report)?),
            (None, None, _) => Ok(0),
        })?;
        bar.done();
        let what = count(rows as usize, table, lang);
        writeln!(out, "{}", tr!(lang, "export-done", what = what, path = path.display().to_string()))?;
    }
    Ok(())
}

/// Writes through ropa-core's atomic writer, naming the file in any error.
/// Writes a document whole (`write_atomically`) with `write`, whose own failure is said after
/// `what` ("cannot make the PDF: …", exit code 2).
pub(crate) fn write_document(
    path: &Path,
    store: &Path,
    what: &str,
    write: impl FnOnce(&mut BufWriter<File>) -> Result<(), String>,
) -> Result<(), Failure> {
    let mut failure = None;
    write_atomically(path, store, |file| {
        write(file).map(|()| 0).map_err(|e| {
            failure = Some(e);
            ExportError::Io(io::Error::other("the document could not be made"))
        })
    })
    .map_err(|e| match failure.take() {
        Some(message) => Failure::Other(format!("{what}: {message}"), 2),
        None => e,
    })?;
    Ok(())
}

fn write_atomically(
    path: &Path,
    store: &Path,
    write: impl FnOnce(&mut BufWriter<File>) -> Result<u64, ExportError>,
) -> Result<u64, Failure> {
    ropa_core::files::write_atomically(path, store, write).map_err(|e| match e {
        ExportError::Io(source) => Failure::Core(Error::Io { path: path.to_path_buf(), source }),
        ExportError::Store(e) => Failure::Core(e),
    })
}

fn filter(register: Register, org: Option<&str>, controller: Option<&str>) -> Result<Register, Failure> {
    let register = match org {
        Some(name) => {
            let id = find_unique("organisation", name, &register.organisations, |o| &o.name)?.id;
            view::for_organisation(&register, id)
        }
        None => register,
    };
    Ok(match controller {
        Some(name) => {
            let id = find_unique("controller", name, &register.controllers, |c| &c.name)?.id;
            view::for_controller(&register, id)
        }
        None => register,
    })
}

pub fn import(mut store: Store, args: &ImportArgs, lang: Lang, out: &mut impl Write) -> Result<(), Failure> {
    let preset = Preset::parse(&args.preset)
        .ok_or_else(|| usage(format!("--preset '{}': use auto, ropa, ico, cnil, dsk or generic", args.preset)))?;
    let mut mappings = Vec::new();
    for map in &args.maps {
        let (header, field) =
            map.rsplit_once('=').ok_or_else(|| usage(format!("--map '{map}': write it as 'Header=field'")))?;
        mappings.push((header.trim().to_string(), field.trim().to_string()));
    }
    let existing = Existing::parse(&args.existing)
        .ok_or_else(|| usage(format!("--existing '{}': use update, keep or new", args.existing)))?;
    let options = ImportOptions {
        organisation: args.org.clone(),
        preset,
        mappings,
        dry_run: args.dry_run,
        skip_invalid: args.skip_invalid,
        delimiter: args.delimiter.as_deref().map(delimiter).transpose()?,
        sheets: args.sheets.clone(),
        existing,
        choices: Vec::new(),
        lang,
    };
    let files: Vec<PathBuf> = if args.file.is_dir() {
        let found: Vec<PathBuf> =
            Table::ALL.iter().map(|t| args.file.join(format!("{}.csv", t.name()))).filter(|p| p.is_file()).collect();
        if found.is_empty() {
            return Err(usage(format!("{}: no ropa files (activities.csv, ...) in this folder", args.file.display())));
        }
        // The folder's other files are not ropa's: said, not silently passed over.
        let mut others: Vec<String> = std::fs::read_dir(&args.file)
            .map(|entries| {
                entries
                    .flatten()
                    .map(|e| e.path())
                    .filter(|p| p.is_file() && !found.contains(p))
                    .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
                    .collect()
            })
            .unwrap_or_default();
        others.sort();
        for other in &others {
            writeln!(out, "{}", tr!(lang, "import-left-out", file = other.as_str()))?;
        }
        found
    } else {
        vec![args.file.clone()]
    };
    for path in files {
        let file = File::open(&path).map_err(|source| Error::Io { path: path.clone(), source })?;
        let size = file.metadata().ok().map(|m| m.len());
        let mut bar = Bar::new("progress-import", lang);
        let name = path.display().to_string();
        let result = import::import(&mut store, &name, BufReader::new(file), size, &options, &mut |p| bar.update(p));
        bar.done();
        match result {
            Ok(report) => summary(&report, true, lang, out)?,
            Err(e) => {
                // What the file held, then what was wrong with it.
                if let import::ImportError::Invalid { report, .. } = &e {
                    summary(report, false, lang, out)?;
                }
                let code = if e.is_invalid_data() { 1 } else { 2 };
                return Err(Failure::Other(e.in_lang(lang), code));
            }
        }
    }
    Ok(())
}

/// "1 activity", "16 activities", "2 sous-traitants".
fn count(n: usize, table: Table, lang: Lang) -> String {
    let kind = match table {
        Table::Activities => "activity",
        Table::Organisations => "organisation",
        Table::Sites => "site",
        Table::Controllers => "controller",
        Table::SubProcessors => "sub-processor",
        Table::Measures => "measure",
    };
    tr!(lang, &format!("count-{kind}"), count = n)
}

/// The words of a value the report names by its code (`encoding_utf8`, `sheet_fiche`), from the
/// language files the window reads too.
fn word(lang: Lang, prefix: &str, value: &impl serde::Serialize) -> String {
    let code = serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
    tr!(lang, &format!("{prefix}_{code}"))
}

/// What the file held and what the import did (`written`) or would have done.
fn summary(r: &ImportReport, written: bool, lang: Lang, out: &mut impl Write) -> io::Result<()> {
    let t = |id: &str| tr!(lang, id);
    match (&r.encoding, &r.delimiter) {
        (Some(encoding), Some(delimiter)) => {
            let delimiter = if delimiter == "\t" { t("import-tab") } else { format!("'{delimiter}'") };
            let sheet = r.sheets.first();
            let line = tr!(
                lang,
                "import-csv",
                file = r.file.as_str(),
                encoding = word(lang, "encoding", encoding),
                separator = delimiter,
                layout = sheet.and_then(|s| s.preset).map_or(String::new(), |p| word(lang, "preset", &p)),
                table = sheet.and_then(|s| s.table).map_or("", |t| t.name()),
                row = sheet.map_or(0, |s| s.header_row).to_string()
            );
            writeln!(out, "{line}")?;
        }
        _ => {
            let line = tr!(
                lang,
                "import-workbook",
                file = r.file.as_str(),
                format = word(lang, "format", &r.format),
                count = r.sheets.len()
            );
            writeln!(out, "{line}")?;
            for s in &r.sheets {
                let hidden = if s.hidden { t("import-hidden") } else { String::new() };
                let detail =
                    if s.detail.en.is_empty() { word(lang, "sheet", &s.kind) } else { s.detail.get(lang).to_string() };
                let rows = if s.kind.is_read() && s.rows > 0 {
                    tr!(lang, "import-sheet-rows", count = s.rows)
                } else {
                    String::new()
                };
                let layout = s.preset.map(|p| format!(" ({})", word(lang, "preset", &p))).unwrap_or_default();
                let line = tr!(
                    lang,
                    "import-sheet",
                    name = s.name.as_str(),
                    hidden = hidden,
                    detail = detail,
                    layout = layout,
                    rows = rows
                );
                writeln!(out, "  {line}")?;
            }
        }
    }
    let warning = |issue: &ropa_core::import::Issue| tr!(lang, "import-warning", issue = issue.in_lang(lang));
    if r.rows == 0 && r.sheets.iter().all(|s| s.kind != ropa_core::import::SheetKind::Fiche) {
        writeln!(out, "{}", t("import-nothing"))?;
        for issue in r.warnings.iter().take(30) {
            writeln!(out, "  {}", warning(issue))?;
        }
        return Ok(());
    }
    for s in r.read_sheets() {
        let on = if s.name.is_empty() { String::new() } else { tr!(lang, "import-on-sheet", sheet = s.name.as_str()) };
        for header in &s.in_notes {
            let line = if header.is_empty() {
                tr!(lang, "import-in-notes-unnamed", on = on.as_str())
            } else {
                tr!(lang, "import-in-notes", column = header.as_str(), on = on.as_str())
            };
            writeln!(out, "  {line}")?;
        }
        for header in &s.comma_lists {
            writeln!(out, "  {}", tr!(lang, "import-comma-lists", column = header.as_str(), on = on.as_str()))?;
        }
    }
    for contact in &r.contacts_read {
        writeln!(out, "  {}", tr!(lang, "import-contact", contact = contact.get(lang)))?;
    }
    let skipped =
        if r.skipped.is_empty() { String::new() } else { tr!(lang, "import-skipped", count = r.skipped.len()) };
    let (created, updated, unchanged) = (r.created.len(), r.updated.len(), r.unchanged.len());
    if r.dry_run || !written {
        let refused = r.preview.iter().filter(|p| p.outcome == ropa_core::import::RowOutcome::Refused).count();
        let refused = if refused == 0 { String::new() } else { tr!(lang, "import-refused", count = refused) };
        let line = tr!(
            lang,
            "import-would",
            rows = r.rows,
            created = created,
            updated = updated,
            unchanged = unchanged,
            refused = refused,
            skipped = skipped
        );
        writeln!(out, "{line}")?;
    } else {
        let line = tr!(
            lang,
            "import-done",
            rows = r.rows,
            created = created,
            updated = updated,
            unchanged = unchanged,
            skipped = skipped
        );
        writeln!(out, "{line}")?;
    }
    if r.dry_run {
        for (what, names) in [("create", &r.created), ("update", &r.updated)] {
            for name in names.iter().take(20) {
                writeln!(out, "  {}", tr!(lang, &format!("import-would-{what}"), name = name.as_str()))?;
                // What an update changes, field by field.
                let changes = r.preview.iter().find(|p| &p.name == name && !p.changes.is_empty()).map(|p| &p.changes);
                for c in changes.into_iter().flatten() {
                    // Lists by the items that go and come; single values whole.
                    if c.before.contains('\n') || c.after.contains('\n') {
                        let (before, after): (Vec<&str>, Vec<&str>) =
                            (c.before.lines().collect(), c.after.lines().collect());
                        writeln!(out, "      {}{}", c.label, ropa_core::vocab::colon(lang).trim_end())?;
                        for gone in before.iter().filter(|b| !after.contains(b)) {
                            writeln!(out, "        − {}", shown(gone, lang))?;
                        }
                        for new in after.iter().filter(|a| !before.contains(a)) {
                            writeln!(out, "        + {}", shown(new, lang))?;
                        }
                    } else {
                        let colon = ropa_core::vocab::colon(lang);
                        writeln!(
                            out,
                            "      {}{colon}{} → {}",
                            c.label,
                            shown(&c.before, lang),
                            shown(&c.after, lang)
                        )?;
                    }
                }
            }
            if names.len() > 20 {
                writeln!(out, "  {}", tr!(lang, &format!("import-more-{what}"), count = names.len() - 20))?;
            }
        }
    }
    for named in &r.added {
        let id = if r.dry_run || !written { "import-would-add" } else { "import-added" };
        let kind = named.kind.word(lang);
        writeln!(out, "  {}", tr!(lang, id, kind = kind, name = named.name.as_str()))?;
    }
    for issue in r.warnings.iter().take(30) {
        writeln!(out, "  {}", warning(issue))?;
    }
    if r.warnings.len() > 30 {
        writeln!(out, "  {}", tr!(lang, "import-more-warnings", count = r.warnings.len() - 30))?;
    }
    for issue in &r.skipped {
        writeln!(out, "  {}", tr!(lang, "import-skipped-row", issue = issue.in_lang(lang)))?;
    }
    if let Some(backup) = &r.backup {
        writeln!(out, "{}", tr!(lang, "import-backup", path = backup.as_str()))?;
    }
    if r.dry_run {
        writeln!(out, "{}", t("import-dry-run"))?;
    } else if written && r.rows > 0 {
        writeln!(out, "{}", tr!(lang, "import-one-change", change = r.change.as_str()))?;
    }
    Ok(())
}

/// A value in a change: quoted, on one line, shortened past 300 characters.
fn shown(value: &str, lang: Lang) -> String {
    if value.is_empty() {
        return tr!(lang, "cli-value-empty");
    }
    let one_line = value.replace('\n', " ⏎ ");
    let short: String = one_line.chars().take(300).collect();
    let more = if one_line.chars().count() > 300 { "…" } else { "" };
    format!("\"{short}{more}\"")
}
