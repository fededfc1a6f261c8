//! `ropa`: the register from a terminal. Argument parsing and output only; ropa-core does the work.
//!
//! Exit codes: 0 success; 1 the data are invalid (nothing written); 2 the command cannot run.

#![allow(clippy::print_stdout, clippy::print_stderr)]

mod check;
mod escape;
mod notice;
mod progress;
mod show;
mod transfer;

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use ropa_core::history::Action;
use ropa_core::model::Activity;
use ropa_core::store::server::ServerUrl;
use ropa_core::store::{Kind, Opened};
use ropa_core::vocab::{in_sentence, Lang, Vocabulary};
use ropa_core::{demo, tr, view, Context, Error, OpenMode, Store};

// Imports and exports move many small strings between two threads; mimalloc frees them where
// glibc's allocator spends a fifth of an import (see docs/benchmarks.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "ropa", version, about = "Records of processing activities (GDPR Article 30)")]
struct Cli {
    /// The store file (by default the one in the OS data directory, created on first use), or a
    /// server store: postgres://USER@HOST[:PORT]/DATABASE[?sslmode=…], its password from
    /// PGPASSWORD, ~/.pgpass or asked at the terminal.
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
    /// A server store named in the user's profiles (the file `ropa/profiles` in the user's
    /// configuration folder: a line per profile, NAME = postgres://USER@HOST/DATABASE).
    #[arg(long, global = true, value_name = "NAME", conflicts_with = "db")]
    profile: Option<String>,
    /// The language ropa speaks and writes its documents in: en, fr or de. By default the
    /// environment's (LC_ALL, LC_MESSAGES, LANG) when it is one of these, else English.
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<String>,
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
    },
    /// Show what changed, when and by whom: for the whole store, or one activity.
    History { id: Option<i64> },
    /// Start a new activity as a copy of another: every item kept, a draft, no reference, its own
    /// dates.
    Duplicate {
        /// The activity to copy (its number in `ropa list`).
        id: i64,
        /// The new activity's name.
        #[arg(long)]
        name: String,
    },
    /// Administer a register kept on a PostgreSQL server, given with
    /// --db postgres://USER@HOST[:PORT]/DATABASE[?sslmode=…].
    Admin {
        #[command(subcommand)]
        action: AdminAction,
    },
    /// Copy a file store's register, history included, into the server store given with
    /// --db postgres://…: ids, who and when kept into an empty one; beside a register already
    /// there, numbered anew after its entries (who and when kept).
    Push {
        /// The file store to copy.
        file: PathBuf,
    },
    /// Copy the server store given with --db postgres://… into a new file store, history
    /// included: what you may see of it, or one organisation's register with --org.
    Pull {
        /// The file store to make (it must not exist).
        file: PathBuf,
        /// Only this organisation's register, its history and the changes that name it.
        #[arg(long)]
        org: Option<String>,
    },
    /// Prepare the notice of sub-processor changes a client is owed (Art. 28(2)): every change
    /// since its last notice (or --since DATE) to the sub-processors and transfers of the
    /// processor activities carried out for it, with the client's notification contact and the
    /// objection period its contract gives. --record keeps it as sent.
    Notice(notice::NoticeArgs),
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
        /// List the rules instead (ID, severity, article, what each checks); no store is read.
        #[arg(long)]
        list_rules: bool,
    },
}

#[derive(Subcommand)]
enum AdminAction {
    /// In an empty database, as its owner: create ropa's tables at this version's schema. A
    /// database that holds anything else, or a ropa store of a newer schema, is refused untouched.
    /// The password comes from PGPASSWORD, never from the address.
    Init,
    /// As the database's owner: ROLE (a user or a group the server knows) may read the register
    /// of the organisation --org names, and change it with --write. The server holds to it, for
    /// ropa and any other program the role connects with.
    Grant {
        role: String,
        #[arg(long)]
        org: String,
        #[arg(long)]
        write: bool,
    },
    /// As the database's owner: ROLE may no longer read nor change that organisation's register.
    Revoke {
        role: String,
        #[arg(long)]
        org: String,
    },
    /// As the database's owner: bring the server store to this version of ropa, in one
    /// transaction. Clients never change a shared store's schema.
    Upgrade,
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
    /// The public list of sub-processors (per site or region: service, country, transfer
    /// mechanism, last change), as one static HTML page (.html) or a PDF (.pdf).
    Subprocessors(transfer::SubprocessorsArgs),
}

fn main() -> ExitCode {
    quiet_reader_panics();
    let cli = Cli::parse();
    let lang = match language(cli.lang.as_deref(), |key| std::env::var(key).ok()) {
        Ok(lang) => lang,
        Err(message) => {
            eprintln!("ropa: {message}");
            return ExitCode::from(2);
        }
    };
    match run(cli, lang) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Core(e)) => {
            eprintln!("ropa: {}", ropa_core::text::escape_forbidden(e.words().get(lang)));
            ExitCode::from(if e.is_invalid_data() { 1 } else { 2 })
        }
        Err(Failure::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Output(e)) => {
            eprintln!("ropa: {}", tr!(lang, "cli-cannot-write", error = e.to_string()));
            ExitCode::from(2)
        }
        Err(Failure::Other(message, code)) => {
            eprintln!("ropa: {}", ropa_core::text::escape_forbidden(&message));
            ExitCode::from(code)
        }
        Err(Failure::Silent(code)) => ExitCode::from(code),
    }
}

/// The language ropa speaks: `--lang`, else the environment's first locale variable that is set
/// (LC_ALL, LC_MESSAGES, LANG, as POSIX orders them) when it names English, French or German,
/// else English.
fn language(given: Option<&str>, var: impl Fn(&str) -> Option<String>) -> Result<Lang, String> {
    if let Some(text) = given {
        return Lang::parse(text).ok_or_else(|| format!("--lang '{text}': use en, fr or de"));
    }
    let set = ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(|key| var(key).filter(|v| !v.is_empty()));
    Ok(set.and_then(|v| v.split(['_', '.', '@', '-']).next().and_then(Lang::parse)).unwrap_or(Lang::En))
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

fn run(cli: Cli, lang: Lang) -> Result<(), Failure> {
    // A document's language, when asked for: the CNIL layout is French unless told otherwise.
    let asked = cli.lang.is_some().then_some(lang);
    let access = match &cli.command {
        Command::Demo
        | Command::Undo { .. }
        | Command::Restore { .. }
        | Command::Purge { yes: true, .. }
        | Command::Duplicate { .. } => Access::Write,
        Command::Import(args) => {
            // A file that cannot be read stops the import before any store is created.
            args.check_file()?;
            if args.dry_run() {
                Access::DryRun
            } else {
                Access::Write
            }
        }
        Command::Notice(args) if args.writes() => Access::Write,
        _ => Access::Read,
    };
    // Recovering reads a damaged file, which opening as a store would refuse; the copies beside a
    // store are listed without opening it, so that they are there for a damaged one too.
    if let Command::Recover { damaged, out } = &cli.command {
        return recover(damaged, out.as_deref(), lang, &mut io::stdout().lock());
    }
    // A server store: its administration, and copies to and from files.
    let server = server_address(cli.db.as_deref(), cli.profile.as_deref())?;
    match (&cli.command, &server) {
        (Command::Admin { action }, Some(url)) => return admin(action, url.clone(), lang, &mut io::stdout().lock()),
        (Command::Push { file }, Some(url)) => return push(file, url.clone(), lang, &mut io::stdout().lock()),
        (Command::Pull { file, org }, Some(url)) => {
            return pull(file, org.as_deref(), url.clone(), lang, &mut io::stdout().lock())
        }
        (Command::Admin { .. } | Command::Push { .. } | Command::Pull { .. }, None) => {
            return Err(Failure::Other(tr!(lang, "admin-needs-server"), 2))
        }
        (Command::Backups, Some(url)) => return Err(Error::FileOnly { server: url.to_string() }.into()),
        _ => {}
    }
    if let Command::Backups = &cli.command {
        return backups(&store_path(cli.db)?.0, lang, &mut io::stdout().lock());
    }
    // The rules are the program's own: listing them needs no store.
    if let Command::Check { format, list_rules: true, .. } = &cli.command {
        return check::list_rules(check_format(format)?, lang, &mut io::stdout().lock());
    }
    let store = match server {
        Some(url) => with_password(&url, lang, |password| Store::open_server(&url, password, Context::system(user())))?,
        None => open(cli.db, access, lang)?,
    };
    // Before anything is written: every page of the store reads.
    if access != Access::Read {
        store.check_whole()?;
    }
    let stdout = io::stdout();
    let mut out = escape::Escaping::new(stdout.lock());
    match cli.command {
        Command::Demo => demo_command(store, lang, &mut out),
        Command::List { org, json } => list(&store, org.as_deref(), json, lang, &mut out),
        Command::Show { id, json } => {
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
        Command::History { id } => history(&store, id, lang, &mut out),
        Command::Duplicate { id, name } => {
            let mut store = store;
            let original: Activity = store.get(id)?;
            let copy = original.duplicate(&name);
            let new = store.write(|w| w.create(&copy))?;
            let said =
                tr!(lang, "duplicated", id = new, name = name.as_str(), original = original.name.as_str(), from = id);
            writeln!(out, "{said}")?;
            Ok(())
        }
        Command::Export { format: ExportFormat::Csv(args) } => transfer::export_csv(&store, &args, lang, &mut out),
        Command::Export { format: ExportFormat::Pdf(args) } => transfer::export_pdf(&store, &args, lang, &mut out),
        Command::Export { format: ExportFormat::Subprocessors(args) } => {
            transfer::export_subprocessors(&store, &args, lang, &mut out)
        }
        Command::Export { format: ExportFormat::Xlsx(args) } => {
            transfer::export_xlsx(&store, &args, asked, lang, &mut out)
        }
        Command::Undo { change } => undo(store, change, lang, &mut out),
        Command::Notice(args) => notice::run(store, &args, lang, &mut out),
        Command::Backups
        | Command::Recover { .. }
        | Command::Admin { .. }
        | Command::Push { .. }
        | Command::Pull { .. } => Ok(()),
        Command::Restore { backup } => restore(store, &backup, lang, &mut out),
        Command::Purge { text, yes } => purge(store, &text, yes, lang, &mut out),
        Command::Import(args) => {
            // A store this command created for an import that wrote nothing is not left behind.
            // (A folder's files are imported one by one: an earlier one may have been written.)
            let created =
                (matches!(store.opened(), Opened::Created) && !args.is_folder()).then(|| store.path().to_path_buf());
            let result = transfer::import(store, &args, lang, &mut out);
            if let (Err(_), Some(path)) = (&result, created) {
                for suffix in ["", "-wal", "-shm", "-journal"] {
                    let mut file = path.clone().into_os_string();
                    file.push(suffix);
                    let _ = std::fs::remove_file(file);
                }
                eprintln!("ropa: {}", tr!(lang, "import-not-kept", path = path.display().to_string()));
            }
            result
        }
        Command::Check { org, format, .. } => {
            let json = check_format(&format)?;
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
            let data_dir = dirs::data_dir().ok_or_else(|| Error::NoMatch(ropa_core::tr_all!("cli-no-data-dir")))?;
            (ropa_core::default_store_path(&data_dir), true)
        }
    })
}

fn open(db: Option<PathBuf>, access: Access, lang: Lang) -> Result<Store, Failure> {
    let user = user();
    let (path, default) = store_path(db)?;
    let mode = if access == Access::Read && !default { OpenMode::MustExist } else { OpenMode::CreateIfMissing };
    if access == Access::DryRun && !path.exists() {
        let store = Store::in_memory(Context::system(user))?;
        eprintln!("ropa: {}", tr!(lang, "cli-dry-run-empty", path = path.display().to_string()));
        return Ok(store);
    }
    // The default store's folder is made on first use; a folder given with --db must exist.
    if let Some(parent) = path.parent().filter(|_| default) {
        ropa_core::files::private_dir(parent).map_err(|source| Error::Io { path: parent.to_path_buf(), source })?;
    }
    let store = Store::open(&path, mode, Context::system(user))?;
    if let Some(notice) = store.opened().notice(&path).map(|n| n.get(lang).to_string()) {
        eprintln!("ropa: {notice}");
    }
    Ok(store)
}

fn demo_command(mut store: Store, lang: Lang, out: &mut impl Write) -> Result<(), Failure> {
    for loaded in demo::load(&mut store)? {
        let id = if loaded.created { "demo-added" } else { "demo-kept" };
        writeln!(out, "{}", tr!(lang, id, organisation = loaded.organisation.as_str()))?;
    }
    Ok(())
}

fn list(store: &Store, org: Option<&str>, json: bool, lang: Lang, out: &mut impl Write) -> Result<(), Failure> {
    let organisation = org.map(|name| store.find_organisation(name)).transpose()?;
    let register = store.register(organisation.as_ref().map(|o| o.id))?;
    let views = view::activities(&register);
    if json {
        writeln!(out, "{}", to_json(&views))?;
        return Ok(());
    }
    if views.is_empty() {
        writeln!(out, "{}", tr!(lang, "list-empty"))?;
        return Ok(());
    }
    // Columns as wide as their widest cell, heading included.
    let t = |id: &str| tr!(lang, id);
    let rows: Vec<[String; 4]> = views
        .iter()
        .map(|v| {
            [
                v.organisation.clone(),
                in_sentence(lang, &v.activity.role.label(lang)),
                in_sentence(lang, &v.activity.status.label(lang)),
                v.activity.name.clone(),
            ]
        })
        .collect();
    let heads = [t("list-organisation"), t("list-role"), t("list-status"), t("list-name")];
    let width =
        |i: usize| rows.iter().map(|r| r[i].chars().count()).chain([heads[i].chars().count()]).max().unwrap_or(0);
    let (w0, w1, w2) = (width(0), width(1), width(2));
    writeln!(out, "{:>5}  {:<w0$}  {:<w1$}  {:<w2$}  {}", t("list-id"), heads[0], heads[1], heads[2], heads[3])?;
    for (v, r) in views.iter().zip(&rows) {
        writeln!(out, "{:>5}  {:<w0$}  {:<w1$}  {:<w2$}  {}", v.activity.id, r[0], r[1], r[2], r[3])?;
    }
    Ok(())
}

fn history(store: &Store, id: Option<i64>, lang: Lang, out: &mut impl Write) -> Result<(), Failure> {
    if let Some(id) = id {
        store.get::<Activity>(id)?;
    }
    let entries = store.history(id.map(|id| (Kind::Activity, id)))?;
    let catalogue = store.catalogue(None)?;
    // Names for ids, labels for codes, periods as the language says them.
    let words = ropa_core::history::HistoryWords::new(&catalogue, lang);
    if entries.is_empty() {
        writeln!(out, "{}", tr!(lang, "history-empty"))?;
    }
    let mut last_change = None;
    for entry in &entries {
        if entry.change != last_change {
            if let (Some(id), Some(label)) = (entry.change, &entry.change_label) {
                writeln!(out, "{}", tr!(lang, "history-change", id = id.to_string(), label = label.as_str()))?;
            }
            last_change = entry.change;
        }
        let org = entry
            .organisation_id
            .filter(|_| entry.kind != Kind::Organisation)
            .and_then(|id| catalogue.organisations.iter().find(|o| o.id == id))
            .map(|o| format!("  [{}]", o.name))
            .unwrap_or_default();
        let line = tr!(
            lang,
            "history-entry",
            action = tr!(lang, &format!("action_{}", entry.action.as_str())),
            kind = entry.kind.word(lang),
            id = entry.entity_id.to_string(),
            label = entry.label.as_str()
        );
        writeln!(out, "{}  {}  {line}{org}", entry.at, entry.user)?;
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
                    let quoted = |v: &str| if v.is_empty() { tr!(lang, "cli-value-empty") } else { format!("{v:?}") };
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

/// Who runs ropa, as the history names them: the system's user name, else the environment's.
fn user() -> String {
    whoami::username().unwrap_or_else(|_| ropa_core::user_name(|key| std::env::var(key).ok()))
}

/// `ropa admin …`: the server store's administration, as the database's owner.
fn admin(action: &AdminAction, url: ServerUrl, lang: Lang, out: &mut impl Write) -> Result<(), Failure> {
    use ropa_core::store::server::{self, Initialised, Upgraded};
    let (url, mut client) = server(url, lang)?;
    let shown = url.to_string();
    let server = shown.as_str();
    let lines = match action {
        AdminAction::Init => vec![match server::admin_init(&mut client, &url)? {
            Initialised::Created => {
                tr!(lang, "admin-created", server = server, schema = ropa_core::store::SCHEMA_VERSION)
            }
            Initialised::Already { schema } => tr!(lang, "admin-already", server = server, schema = schema),
        }],
        AdminAction::Grant { role, org, write } => {
            access_lines(role, server, &server::admin_grant(&mut client, &url, role, org, *write)?, lang)
        }
        AdminAction::Revoke { role, org } => {
            access_lines(role, server, &server::admin_revoke(&mut client, &url, role, org)?, lang)
        }
        AdminAction::Upgrade => vec![match server::admin_upgrade(&mut client, &url)? {
            Upgraded { from, to } if from == to => tr!(lang, "admin-up-to-date", server = server, version = to),
            Upgraded { from, to } => tr!(lang, "admin-upgraded", server = server, from = from, to = to),
        }],
    };
    for line in lines {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// What a role may use now, a line per organisation.
fn access_lines(role: &str, server: &str, now: &[ropa_core::store::server::Access], lang: Lang) -> Vec<String> {
    if now.is_empty() {
        return vec![tr!(lang, "admin-access-none", role = role, server = server)];
    }
    now.iter()
        .map(|a| {
            let id = if a.write { "admin-access-write" } else { "admin-access-read" };
            tr!(lang, id, role = role, organisation = a.organisation.as_str())
        })
        .collect()
}

/// The password for a server store, as libpq finds it (`PGPASSWORD`, `~/.pgpass`).
fn password(url: &ServerUrl) -> Option<String> {
    ropa_core::store::server::password_for(url, |key| std::env::var(key).ok(), dirs::home_dir().as_deref())
}

/// Connects as `connect` does, with the password libpq would find (`password`); when the
/// server wants one and none was found, asks for it at the terminal, without echo.
fn with_password<T>(
    url: &ServerUrl,
    lang: Lang,
    connect: impl Fn(Option<&str>) -> Result<T, Error>,
) -> Result<T, Failure> {
    use std::io::IsTerminal;
    let found = password(url);
    match connect(found.as_deref()) {
        Err(Error::Unreachable { detail, .. })
            if found.is_none() && detail.contains("password missing") && io::stdin().is_terminal() =>
        {
            let prompt = tr!(lang, "cli-password", user = url.user.as_str(), server = url.to_string());
            let asked = rpassword::prompt_password(format!("{prompt} ")).map_err(Failure::Output)?;
            Ok(connect(Some(&asked))?)
        }
        other => Ok(other?),
    }
}

/// The server store an address names, connected with its password (`with_password`).
fn server(url: ServerUrl, lang: Lang) -> Result<(ServerUrl, ropa_core::store::server::Connection), Failure> {
    let client = with_password(&url, lang, |password| url.connect(password))?;
    Ok((url, client))
}

/// The server store `--db postgres://…` or `--profile NAME` names, if one does.
fn server_address(db: Option<&std::path::Path>, profile: Option<&str>) -> Result<Option<ServerUrl>, Failure> {
    let db = db.and_then(|db| db.to_str());
    Ok(ropa_core::store::server::address(db, profile, dirs::config_dir().as_deref())?)
}

/// `ropa push FILE`: a file store's register into the server store.
fn push(file: &std::path::Path, url: ServerUrl, lang: Lang, out: &mut impl Write) -> Result<(), Failure> {
    let (url, mut client) = server(url, lang)?;
    let user = user();
    let store = Store::open(file, OpenMode::MustExist, Context::system(user))?;
    let copied = ropa_core::store::server::copy::push(&store, &mut client, &url)?;
    say_copied(out, "push-done", &copied, file, &url, lang)
}

/// What a push or a pull copied, in one line (`push-done`, `pull-done`).
fn say_copied(
    out: &mut impl Write,
    id: &str,
    copied: &ropa_core::store::server::copy::Copied,
    file: &std::path::Path,
    url: &ServerUrl,
    lang: Lang,
) -> Result<(), Failure> {
    let (entries, history) = copied.entries_and_history();
    let file = file.display().to_string();
    writeln!(out, "{}", tr!(lang, id, entries = entries, history = history, file = file, server = url.to_string()))?;
    Ok(())
}

/// `ropa pull FILE`: the server store into a new file store.
fn pull(
    file: &std::path::Path,
    org: Option<&str>,
    url: ServerUrl,
    lang: Lang,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let (url, mut client) = server(url, lang)?;
    let user = user();
    let copied = ropa_core::store::server::copy::pull(&mut client, &url, file, Context::system(user), org)?;
    say_copied(out, "pull-done", &copied, file, &url, lang)
}

/// "1 activity", "3 Verarbeitungstätigkeiten": a count of entries of one kind.
fn count_of(kind: Kind, n: usize, lang: Lang) -> String {
    tr!(lang, &format!("count-{}", kind.as_str().replace('_', "-")), count = n)
}

fn recover(
    damaged: &std::path::Path,
    out: Option<&std::path::Path>,
    lang: Lang,
    w: &mut impl Write,
) -> Result<(), Failure> {
    let target = out.map_or_else(|| ropa_core::store::recovered_path(damaged), std::path::Path::to_path_buf);
    let user = user();
    let r = ropa_core::store::recover(damaged, &target, Context::system(user))?;
    let saved: Vec<String> = r.saved.iter().map(|(kind, n)| count_of(*kind, *n, lang)).collect();
    let saved = if saved.is_empty() { tr!(lang, "recover-nothing") } else { saved.join(", ") };
    let target_shown = target.display().to_string();
    writeln!(
        w,
        "{}",
        tr!(
            lang,
            "recover-saved",
            path = target_shown.as_str(),
            saved = saved,
            entries = r.entries_read,
            change = r.change.to_string()
        )
    )?;
    for (from, to) in &r.unreadable {
        let line = if from == to {
            tr!(lang, "recover-unreadable-one", from = from.to_string())
        } else {
            tr!(lang, "recover-unreadable", from = from.to_string(), to = to.to_string())
        };
        writeln!(w, "  {line}")?;
    }
    for lost in &r.lost {
        writeln!(w, "  {}", tr!(lang, "recover-lost", what = lost.to_string()))?;
    }
    if r.unreadable.is_empty() && r.lost.is_empty() {
        writeln!(w, "{}", tr!(lang, "recover-all", path = target_shown.as_str()))?;
    } else {
        writeln!(w, "{}", tr!(lang, "recover-compare", path = damaged.display().to_string()))?;
    }
    Ok(())
}

fn backups(path: &std::path::Path, lang: Lang, out: &mut impl Write) -> Result<(), Failure> {
    let found = ropa_core::store::backups(path)?;
    let shown = path.display().to_string();
    if found.is_empty() {
        writeln!(out, "{}", tr!(lang, "backups-none", path = shown.as_str()))?;
        return Ok(());
    }
    writeln!(out, "{}", tr!(lang, "backups-title", path = shown.as_str(), kept = ropa_core::store::BACKUPS_KEPT))?;
    for b in found {
        let made = b.made.to_string();
        let when = made.get(..19).unwrap_or(&made).replace('T', " ");
        let why = match b.reason.as_str() {
            "import" => tr!(lang, "backups-import"),
            "restore" => tr!(lang, "backups-restore"),
            r if r.starts_with('v') => tr!(lang, "backups-upgrade", version = &r[1..]),
            r => tr!(lang, "backups-other", reason = r),
        };
        let name = b.path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        writeln!(out, "  {when} UTC  {:>8}  {why:<32}  {name}", kib(b.size))?;
    }
    Ok(())
}

fn kib(bytes: u64) -> String {
    if bytes >= 10 * 1024 * 1024 {
        format!("{} MB", bytes / (1024 * 1024))
    } else {
        format!("{} kB", bytes.div_ceil(1024))
    }
}

fn purge(mut store: Store, text: &str, yes: bool, lang: Lang, out: &mut impl Write) -> Result<(), Failure> {
    if text.trim().chars().count() < ropa_core::store::MIN_ERASED_CHARS {
        return Err(Failure::Other(tr!(lang, "purge-too-short", count = ropa_core::store::MIN_ERASED_CHARS), 2));
    }
    let found = store.occurrences(text)?;
    if found.is_empty() {
        writeln!(out, "{}", tr!(lang, "purge-absent", text = text))?;
        return Ok(());
    }
    writeln!(out, "{}", tr!(lang, "purge-occurs", text = text))?;
    for (kind, id, name, fields) in &found.entries {
        let line = tr!(
            lang,
            "purge-entry",
            kind = kind.word(lang),
            name = name.as_str(),
            id = id.to_string(),
            fields = fields.join(", ")
        );
        writeln!(out, "  {line}")?;
    }
    if found.history_entries > 0 {
        writeln!(out, "  {}", tr!(lang, "purge-history", count = found.history_entries))?;
    }
    if found.changes > 0 {
        writeln!(out, "  {}", tr!(lang, "purge-changes", count = found.changes))?;
    }
    for copy in &found.copies {
        writeln!(out, "  {}", tr!(lang, "purge-copy", path = copy.display().to_string()))?;
    }
    if !yes {
        writeln!(out, "{}", tr!(lang, "purge-ask"))?;
        return Ok(());
    }
    let erased = store.erase(text)?;
    writeln!(out, "{}", tr!(lang, "purge-done", change = erased.change.to_string()))?;
    for copy in &erased.copies_rewritten {
        writeln!(out, "{}", tr!(lang, "purge-rewritten", path = copy.display().to_string()))?;
    }
    for copy in &erased.copies_removed {
        writeln!(out, "{}", tr!(lang, "purge-removed", path = copy.display().to_string()))?;
    }
    writeln!(out, "{}", tr!(lang, "purge-outside"))?;
    Ok(())
}

fn restore(mut store: Store, backup: &std::path::Path, lang: Lang, out: &mut impl Write) -> Result<(), Failure> {
    // A bare file name is one of the copies beside the store.
    let path = if backup.exists() || backup.components().count() > 1 {
        backup.to_path_buf()
    } else {
        store.path().with_file_name(backup)
    };
    if !path.is_file() {
        return Err(Failure::Other(tr!(lang, "restore-no-copy", path = path.display().to_string()), 2));
    }
    let restored = store.restore_backup(&path)?;
    let line = tr!(
        lang,
        "restore-done",
        path = path.display().to_string(),
        count = restored.changed,
        change = restored.change.to_string(),
        copy = restored.copy.display().to_string()
    );
    writeln!(out, "{line}")?;
    Ok(())
}

fn undo(mut store: Store, change: Option<i64>, lang: Lang, out: &mut impl Write) -> Result<(), Failure> {
    let changes = store.changes()?;
    let target = match change {
        Some(id) => changes
            .iter()
            .find(|c| c.id == id)
            .ok_or_else(|| Failure::Other(tr!(lang, "undo-no-change", id = id.to_string()), 2))?,
        // The latest change still in force that is not itself an undo.
        None => changes
            .iter()
            .find(|c| c.undoes.is_none() && c.undone_by.is_none())
            .ok_or_else(|| Failure::Other(tr!(lang, "undo-nothing-left"), 2))?,
    };
    let (id, what) = (target.id, target.label.clone());
    let n = store.write(|w| w.undo_change(id))?;
    writeln!(out, "{}", tr!(lang, "undo-done", id = id.to_string(), what = what, count = n))?;
    Ok(())
}

fn to_json(value: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}
