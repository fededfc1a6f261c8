//! `ropa`: the register from a terminal. Argument parsing and output only; ropa-core does the work.
//!
//! Exit codes: 0 success; 1 the data are invalid (nothing written); 2 the command cannot run.

#![allow(clippy::print_stdout, clippy::print_stderr)]

mod check;
mod escape;
mod progress;
mod show;
mod transfer;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use ropa_core::history::Action;
use ropa_core::model::Activity;
use ropa_core::store::{Kind, Opened};
use ropa_core::{demo, view, Context, Error, OpenMode, Store};

// Imports and exports move many small strings between two threads; mimalloc frees them where
// glibc's allocator spends a fifth of an import (see docs/benchmarks.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "ropa", version, about = "Records of processing activities (GDPR Article 30)")]
struct Cli {
    /// The store file; by default the one in the OS data directory (created on first use).
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Fill the store with the example register transcribed from the two seed DPAs.
    Demo,
    /// List the processing activities.
    List {
        /// Only this organisation's (any unique part of its name, any case).
        #[arg(long, value_name = "NAME")]
        org: Option<String>,
        /// A JSON array of activities with every field, links inlined.
        #[arg(long)]
        json: bool,
    },
    /// Show one activity in full.
    Show {
        id: i64,
        #[arg(long)]
        json: bool,
        /// The language of the labels and values: en, fr or de.
        #[arg(long, default_value = "en")]
        lang: String,
    },
    /// Show what changed, when and by whom: for the whole store, or one activity.
    History {
        id: Option<i64>,
        /// The language of the fields' names and values: en, fr or de.
        #[arg(long, default_value = "en")]
        lang: String,
    },
    /// Write the register out.
    Export {
        #[command(subcommand)]
        format: ExportFormat,
    },
    /// Read a register into the store: a workbook (.xlsx, .xls, .ods: the CNIL register with its
    /// fiches, the ICO template, ropa's own, another tool's) or a CSV file; a folder imports every
    /// ropa file in it. Each file's import is recorded as one change, which `ropa undo` takes back.
    Import(transfer::ImportArgs),
    /// Take back an import (the last one still in force, or the one numbered in `ropa history`):
    /// what it created is deleted, what it changed is put back as it was. Run again, it takes back
    /// the one before. Refused if those entries changed since by a change still in force.
    Undo {
        /// The change's number; by default the last one still in force.
        change: Option<i64>,
    },
    /// List the copies of the store kept beside it (taken before each import, migration and
    /// restore; the newest few are kept), newest first.
    Backups,
    /// Put the register back as a copy of it holds it (a file `ropa backups` lists, or its path).
    /// The store as it is now is copied first, and the restore is one change in the history,
    /// which `ropa undo` takes back.
    Restore {
        /// The copy: its path, or its file name beside the store.
        backup: PathBuf,
    },
    /// Erase a person's data when the law requires it (GDPR Art. 17): every occurrence of TEXT (a
    /// name, an e-mail address, a phone number), in any case, in the register, its history and
    /// the copies kept beside the store. Without --yes, says where it occurs and changes nothing;
    /// with --yes, replaces it by "[erased on DATE]", records the erasure without the text, and
    /// rewrites the files so that the old bytes are gone.
    Purge {
        /// The text to erase (3 characters at least).
        text: String,
        /// Erase it (after reading where it occurs): the register, its history and the copies.
        #[arg(long)]
        yes: bool,
    },
    /// Save what a damaged store still holds into a new store (by default DAMAGED.recovered.sqlite):
    /// every entry whose last state can be read, said entry by entry otherwise. The damaged file
    /// is only read.
    Recover {
        /// The damaged store.
        damaged: PathBuf,
        /// The new store to write (it must not exist).
        out: Option<PathBuf>,
    },
    /// Check the register against the GDPR: missing Article 30 items, transfers without valid
    /// safeguards, special-category data without a condition... Exit code 1 when any finding is
    /// an error.
    Check {
        /// Only this organisation's register.
        #[arg(long, value_name = "NAME")]
        org: Option<String>,
        /// text (default) or json.
        #[arg(long, default_value = "text")]
        format: String,
        /// The language of the messages: en, fr or de.
        #[arg(long, default_value = "en")]
        lang: String,
        /// List the rules instead (ID, severity, article, what each checks); no store is read.
        #[arg(long)]
        list_rules: bool,
    },
}

#[derive(Subcommand)]
enum ExportFormat {
    /// CSV as Excel and LibreOffice open it (UTF-8 with BOM, CRLF).
    Csv(transfer::CsvArgs),
    /// The record as a PDF for a supervisory authority (or, with --controller, for a client).
    Pdf(transfer::PdfArgs),
    /// An Excel workbook: ropa's layout (every table, imports back exactly), the CNIL register's
    /// (a summary and a fiche per activity) or the ICO template's.
    Xlsx(transfer::XlsxArgs),
}

fn main() -> ExitCode {
    quiet_reader_panics();
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Core(e)) => {
            eprintln!("ropa: {}", ropa_core::text::escape_forbidden(&e.to_string()));
            ExitCode::from(if e.is_invalid_data() { 1 } else { 2 })
        }
        Err(Failure::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Output(e)) => {
            eprintln!("ropa: cannot write the output: {e}");
            ExitCode::from(2)
        }
        Err(Failure::Other(message, code)) => {
            eprintln!("ropa: {}", ropa_core::text::escape_forbidden(&message));
            ExitCode::from(code)
        }
        Err(Failure::Silent(code)) => ExitCode::from(code),
    }
}

/// calamine can panic on some damaged .xls files; ropa-core catches it and reports the file as
/// damaged, so the panic's own message would only be noise before that clear one.
fn quiet_reader_panics() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !info.location().is_some_and(|l| l.file().contains("/calamine-")) {
            default(info);
        }
    }));
}

enum Failure {
    Core(Error),
    Output(io::Error),
    /// A message and the exit code it goes with.
    Other(String, u8),
    /// An exit code whose reason was already printed.
    Silent(u8),
}

impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        Failure::Core(e)
    }
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Failure {
        Failure::Output(e)
    }
}

fn run(cli: Cli) -> Result<(), Failure> {
    let access = match &cli.command {
        Command::Demo | Command::Undo { .. } | Command::Restore { .. } | Command::Purge { yes: true, .. } => {
            Access::Write
        }
        Command::Import(args) => {
            // A file that cannot be read stops the import before any store is created.
            args.check_file()?;
            if args.dry_run() {
                Access::DryRun
            } else {
                Access::Write
            }
        }
        _ => Access::Read,
    };
    // Recovering reads a damaged file, which opening as a store would refuse; the copies beside a
    // store are listed without opening it, so that they are there for a damaged one too.
    if let Command::Recover { damaged, out } = &cli.command {
        return recover(damaged, out.as_deref(), &mut io::stdout().lock());
    }
    if let Command::Backups = &cli.command {
        return backups(&store_path(cli.db)?.0, &mut io::stdout().lock());
    }
    // The rules are the program's own: listing them needs no store.
    if let Command::Check { format, lang, list_rules: true, .. } = &cli.command {
        return check::list_rules(check_format(format)?, transfer::parse_lang(lang)?, &mut io::stdout().lock());
    }
    let store = open(cli.db, access)?;
    // Before anything is written: every page of the store reads.
    if access != Access::Read {
        store.check_whole()?;
    }
    let stdout = io::stdout();
    let mut out = escape::Escaping::new(stdout.lock());
    match cli.command {
        Command::Demo => demo_command(store, &mut out),
        Command::List { org, json } => list(&store, org.as_deref(), json, &mut out),
        Command::Show { id, json, lang } => {
            let lang = transfer::parse_lang(&lang)?;
            let activity: Activity = store.get(id)?;
            let register = store.register(Some(activity.organisation_id))?;
            let view = view::activity(&register, &activity);
            if json {
                writeln!(out, "{}", to_json(&view))?;
            } else {
                show::activity(&mut out, &view, lang)?;
            }
            Ok(())
        }
        Command::History { id, lang } => history(&store, id, &lang, &mut out),
        Command::Export { format: ExportFormat::Csv(args) } => transfer::export_csv(&store, &args, &mut out),
        Command::Export { format: ExportFormat::Pdf(args) } => transfer::export_pdf(&store, &args, &mut out),
        Command::Export { format: ExportFormat::Xlsx(args) } => transfer::export_xlsx(&store, &args, &mut out),
        Command::Undo { change } => undo(store, change, &mut out),
        Command::Backups | Command::Recover { .. } => Ok(()),
        Command::Restore { backup } => restore(store, &backup, &mut out),
        Command::Purge { text, yes } => purge(store, &text, yes, &mut out),
        Command::Import(args) => {
            // A store this command created for an import that wrote nothing is not left behind.
            // (A folder's files are imported one by one: an earlier one may have been written.)
            let created =
                (matches!(store.opened(), Opened::Created) && !args.is_folder()).then(|| store.path().to_path_buf());
            let result = transfer::import(store, &args, &mut out);
            if let (Err(_), Some(path)) = (&result, created) {
                for suffix in ["", "-wal", "-shm", "-journal"] {
                    let mut file = path.clone().into_os_string();
                    file.push(suffix);
                    let _ = std::fs::remove_file(file);
                }
                eprintln!("ropa: nothing was imported; the new store at {} was not kept", path.display());
            }
            result
        }
        Command::Check { org, format, lang, .. } => {
            let json = check_format(&format)?;
            let lang = transfer::parse_lang(&lang)?;
            if check::run(&store, org.as_deref(), json, lang, &mut out)? {
                Ok(())
            } else {
                out.flush()?;
                Err(Failure::Silent(1))
            }
        }
    }
}

/// `--format` of `ropa check`: whether JSON (else text).
fn check_format(format: &str) -> Result<bool, Failure> {
    match format {
        "text" => Ok(false),
        "json" => Ok(true),
        other => Err(Failure::Other(format!("--format '{other}': use text or json"), 2)),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Access {
    Read,
    Write,
    /// Writes that are rolled back: a missing store is not created for them.
    DryRun,
}

/// Opens the store; commands that write create it when missing, the others need it to exist. A
/// dry run on a store that does not exist yet runs on an empty store in memory instead.
/// The store's path, and whether it is the default one (in the OS data directory).
fn store_path(db: Option<PathBuf>) -> Result<(PathBuf, bool), Failure> {
    Ok(match db {
        Some(path) => (path, false),
        None => {
            let data_dir = dirs::data_dir().ok_or_else(|| {
                Error::NoMatch("no data directory is known for this user; give the store with --db PATH".into())
            })?;
            (ropa_core::default_store_path(&data_dir), true)
        }
    })
}

fn open(db: Option<PathBuf>, access: Access) -> Result<Store, Failure> {
    let user = whoami::username().unwrap_or_else(|_| ropa_core::user_name(|key| std::env::var(key).ok()));
    let (path, default) = store_path(db)?;
    let mode = if access == Access::Read && !default { OpenMode::MustExist } else { OpenMode::CreateIfMissing };
    if access == Access::DryRun && !path.exists() {
        let store = Store::in_memory(Context::system(user))?;
        eprintln!("ropa: {} does not exist yet; the dry run uses an empty store and creates nothing", path.display());
        return Ok(store);
    }
    // The default store's folder is made on first use; a folder given with --db must exist.
    if let Some(parent) = path.parent().filter(|_| default) {
        ropa_core::files::private_dir(parent).map_err(|source| Error::Io { path: parent.to_path_buf(), source })?;
    }
    let store = Store::open(&path, mode, Context::system(user))?;
    if let Some(notice) = store.opened().notice(&path) {
        eprintln!("ropa: {notice}");
    }
    Ok(store)
}

fn demo_command(mut store: Store, out: &mut impl Write) -> Result<(), Failure> {
    for loaded in demo::load(&mut store)? {
        if loaded.created {
            writeln!(out, "Added the example register of {}.", loaded.organisation)?;
        } else {
            writeln!(out, "{} is already in the store; left as it is.", loaded.organisation)?;
        }
    }
    Ok(())
}

fn list(store: &Store, org: Option<&str>, json: bool, out: &mut impl Write) -> Result<(), Failure> {
    let organisation = org.map(|name| store.find_organisation(name)).transpose()?;
    let register = store.register(organisation.as_ref().map(|o| o.id))?;
    let views = view::activities(&register);
    if json {
        writeln!(out, "{}", to_json(&views))?;
        return Ok(());
    }
    if views.is_empty() {
        writeln!(out, "No processing activities yet. `ropa demo` loads an example register.")?;
        return Ok(());
    }
    let width = views.iter().map(|v| v.organisation.chars().count()).max().unwrap_or(0).max(12);
    writeln!(out, "{:>5}  {:<width$}  {:<10}  {:<7}  NAME", "ID", "ORGANISATION", "ROLE", "STATUS")?;
    for v in &views {
        writeln!(
            out,
            "{:>5}  {:<width$}  {:<10}  {:<7}  {}",
            v.activity.id,
            v.organisation,
            show::role(v.activity.role),
            show::status(v.activity.status),
            v.activity.name
        )?;
    }
    Ok(())
}

fn history(store: &Store, id: Option<i64>, lang: &str, out: &mut impl Write) -> Result<(), Failure> {
    let lang = transfer::parse_lang(lang)?;
    if let Some(id) = id {
        store.get::<Activity>(id)?;
    }
    let entries = store.history(id.map(|id| (Kind::Activity, id)))?;
    let catalogue = store.catalogue(None)?;
    // Names for ids, labels for codes, periods as the language says them.
    let words = ropa_core::history::HistoryWords::new(&catalogue, lang);
    if entries.is_empty() {
        writeln!(out, "No changes recorded yet.")?;
    }
    let mut last_change = None;
    for entry in &entries {
        if entry.change != last_change {
            if let (Some(id), Some(label)) = (entry.change, &entry.change_label) {
                writeln!(out, "— change {id}: {label}")?;
            }
            last_change = entry.change;
        }
        let org = entry
            .organisation_id
            .filter(|_| entry.kind != Kind::Organisation)
            .and_then(|id| catalogue.organisations.iter().find(|o| o.id == id))
            .map(|o| format!("  [{}]", o.name))
            .unwrap_or_default();
        writeln!(
            out,
            "{}  {}  {}d {} {} \"{}\"{org}",
            entry.at,
            entry.user,
            entry.action.as_str(),
            entry.kind.as_str().replace('_', "-"),
            entry.entity_id,
            entry.label
        )?;
        if entry.action == Action::Update {
            for change in words.entry(entry) {
                // A list by the items that go and come; a value before and after.
                let before: Vec<&str> = change.before.lines().collect();
                let after: Vec<&str> = change.after.lines().collect();
                let colon = ropa_core::vocab::colon(lang);
                if change.list {
                    writeln!(out, "    {}{}", change.label, colon.trim_end())?;
                    for gone in before.iter().filter(|b| !after.contains(b)) {
                        writeln!(out, "      − {gone}")?;
                    }
                    for new in after.iter().filter(|a| !before.contains(a)) {
                        writeln!(out, "      + {new}")?;
                    }
                } else {
                    let quoted = |v: &str| if v.is_empty() { "(empty)".to_string() } else { format!("{v:?}") };
                    writeln!(
                        out,
                        "    {}{colon}{} -> {}",
                        change.label,
                        quoted(&change.before),
                        quoted(&change.after)
                    )?;
                }
            }
        }
    }
    Ok(())
}

fn recover(damaged: &std::path::Path, out: Option<&std::path::Path>, w: &mut impl Write) -> Result<(), Failure> {
    let target = out.map_or_else(|| ropa_core::store::recovered_path(damaged), std::path::Path::to_path_buf);
    let user = whoami::username().unwrap_or_else(|_| ropa_core::user_name(|key| std::env::var(key).ok()));
    let r = ropa_core::store::recover(damaged, &target, Context::system(user))?;
    let saved: Vec<String> = r
        .saved
        .iter()
        .map(|(kind, n)| if *n == 1 { format!("1 {}", kind.words().0) } else { format!("{n} {}", kind.words().1) })
        .collect();
    writeln!(
        w,
        "Saved into {}: {} ({} history entries read; recorded there as change {}).",
        target.display(),
        if saved.is_empty() { "nothing".to_string() } else { saved.join(", ") },
        r.entries_read,
        r.change
    )?;
    for (from, to) in &r.unreadable {
        if from == to {
            writeln!(w, "  Could not read history entry {from}.")?;
        } else {
            writeln!(w, "  Could not read history entries {from} to {to}.")?;
        }
    }
    for lost in &r.lost {
        writeln!(w, "  Not saved: {lost}")?;
    }
    if r.unreadable.is_empty() && r.lost.is_empty() {
        writeln!(
            w,
            "Everything the store's history holds was saved. Check it with `ropa --db {} list`.",
            target.display()
        )?;
    } else {
        writeln!(
            w,
            "Compare with the newest copy (`ropa --db {} backups`) before using the new store.",
            damaged.display()
        )?;
    }
    Ok(())
}

fn backups(path: &std::path::Path, out: &mut impl Write) -> Result<(), Failure> {
    let found = ropa_core::store::backups(path)?;
    if found.is_empty() {
        writeln!(out, "No copies of {} yet: one is taken before each import and migration.", path.display())?;
        return Ok(());
    }
    writeln!(
        out,
        "Copies of {} (the newest {} are kept; `ropa restore FILE` puts one back):",
        path.display(),
        ropa_core::store::BACKUPS_KEPT
    )?;
    for b in found {
        let made = b.made.to_string();
        let when = made.get(..19).unwrap_or(&made).replace('T', " ");
        let why = match b.reason.as_str() {
            "import" => "before an import".to_string(),
            "restore" => "before a restore".to_string(),
            r if r.starts_with('v') => format!("before the upgrade from schema {}", &r[1..]),
            r => format!("before: {r}"),
        };
        let name = b.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        writeln!(out, "  {when} UTC  {:>8}  {why:<32}  {name}", kib(b.size))?;
    }
    Ok(())
}

fn entries(n: usize) -> String {
    if n == 1 {
        "1 entry".to_string()
    } else {
        format!("{n} entries")
    }
}

fn kib(bytes: u64) -> String {
    if bytes >= 10 * 1024 * 1024 {
        format!("{} MB", bytes / (1024 * 1024))
    } else {
        format!("{} kB", bytes.div_ceil(1024))
    }
}

fn purge(mut store: Store, text: &str, yes: bool, out: &mut impl Write) -> Result<(), Failure> {
    if text.trim().chars().count() < ropa_core::store::MIN_ERASED_CHARS {
        return Err(Failure::Other(
            format!(
                "give at least {} characters to erase (a name, an e-mail address, a phone number): a shorter text would match all over the register",
                ropa_core::store::MIN_ERASED_CHARS
            ),
            2,
        ));
    }
    let found = store.occurrences(text)?;
    if found.is_empty() {
        writeln!(out, "\"{text}\" does not occur in the register, its history or the copies beside it.")?;
        return Ok(());
    }
    writeln!(out, "\"{text}\" occurs in:")?;
    for (kind, id, name, fields) in &found.entries {
        writeln!(out, "  {} \"{name}\" (ID {id}): {}", kind.words().0, fields.join(", "))?;
    }
    if found.history_entries > 0 {
        writeln!(
            out,
            "  {} of the history (earlier versions of entries, and who made them)",
            entries(found.history_entries)
        )?;
    }
    if found.changes > 0 {
        writeln!(out, "  {} labelled change(s) (an import's file name, who made it)", found.changes)?;
    }
    for copy in &found.copies {
        writeln!(out, "  the copy {}", copy.display())?;
    }
    if !yes {
        writeln!(
            out,
            "Nothing was changed. To erase it from all of these (replaced by \"[erased on DATE]\"), run again with --yes."
        )?;
        return Ok(());
    }
    let erased = store.erase(text)?;
    writeln!(
        out,
        "Erased. The store was rewritten so that the old bytes are gone from it; the erasure is recorded as change {} (without the text).",
        erased.change
    )?;
    for copy in &erased.copies_rewritten {
        writeln!(out, "Rewritten the same way: {}", copy.display())?;
    }
    for copy in &erased.copies_removed {
        writeln!(out, "Removed (a copy ropa cannot rewrite: of an older version, or damaged): {}", copy.display())?;
    }
    writeln!(
        out,
        "Files outside the store are not changed: the spreadsheets you imported and the exports already made still hold it; delete or edit them yourself. The same data written otherwise (\"06 12 …\" for \"+33 6 12 …\") is another text to erase."
    )?;
    Ok(())
}

fn restore(mut store: Store, backup: &std::path::Path, out: &mut impl Write) -> Result<(), Failure> {
    // A bare file name is one of the copies beside the store.
    let path = if backup.exists() || backup.components().count() > 1 {
        backup.to_path_buf()
    } else {
        store.path().with_file_name(backup)
    };
    if !path.is_file() {
        return Err(Failure::Other(
            format!("{}: no such copy of the store (`ropa backups` lists them)", path.display()),
            2,
        ));
    }
    let restored = store.restore_backup(&path)?;
    writeln!(
        out,
        "Restored {}: {} changed, recorded as change {} (`ropa undo` takes it back). The store as it was is copied to {}.",
        path.display(),
        entries(restored.changed),
        restored.change,
        restored.copy.display()
    )?;
    Ok(())
}

fn undo(mut store: Store, change: Option<i64>, out: &mut impl Write) -> Result<(), Failure> {
    let changes = store.changes()?;
    let target = match change {
        Some(id) => changes
            .iter()
            .find(|c| c.id == id)
            .ok_or_else(|| Failure::Other(format!("there is no change {id} (`ropa history` numbers them)"), 2))?,
        // The latest change still in force that is not itself an undo.
        None => changes
            .iter()
            .find(|c| c.undoes.is_none() && c.undone_by.is_none())
            .ok_or_else(|| Failure::Other("there is no change left to take back".to_string(), 2))?,
    };
    let (id, what) = (target.id, target.label.clone());
    let n = store.write(|w| w.undo_change(id))?;
    let state = if n == 1 {
        "the entry it wrote is as it was".to_string()
    } else {
        format!("the {n} entries it wrote are as they were")
    };
    writeln!(out, "Took back change {id}, \"{what}\": {state} before it.")?;
    Ok(())
}

fn to_json(value: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
