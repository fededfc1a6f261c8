//! The commands the UI may call, and the types they exchange. Generated TypeScript bindings for
//! these types live in `ui/src/lib/bindings.ts` (see `bindings` below).

use std::path::PathBuf;
use std::sync::Mutex;

use ropa_core::csv::{self, Preset};
use ropa_core::date::Timestamp;
use ropa_core::history::{ChangeInWords, HistoryEntry, HistoryWords};
use ropa_core::i18n::Text;
use ropa_core::import::{self, Existing, ImportError, ImportOptions, ImportReport};
use ropa_core::model::Register;
use ropa_core::model::{Activity, Controller, Id, Measure, Organisation, SubProcessor};
use ropa_core::pdf::PdfOptions;
use ropa_core::progress::Progress;
use ropa_core::store::server::ServerUrl;
use ropa_core::store::{Entity, Kind};
use ropa_core::vocab::Lang;
use ropa_core::workbook::{Layout, XlsxOptions};
use ropa_core::{demo, notice, view, Error, FieldError, Store};
use serde::{Deserialize, Serialize};
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager};

/// Each activity's id and its words for a search.
type SearchTexts = Vec<(Id, String)>;

pub struct AppState {
    /// None while the window offers a way back from a damaged store (`rescue`).
    pub store: Mutex<Option<Store>>,
    /// The store's path, known without waiting for the store.
    pub path: PathBuf,
    /// The files this window's exports wrote: the only ones it may open or show.
    pub exported: Mutex<Vec<PathBuf>>,
    /// The overview computed while the window starts (`prefetch_overview`), with the store's
    /// revision it was read at: the first `overview` takes it if nothing was written since.
    pub prefetched: Mutex<Option<(i64, view::Overview)>>,
    /// The search texts of the last overview, with the revision it was read at, until the
    /// window asks for them (`search_texts`).
    pub search_texts: Mutex<Option<(i64, SearchTexts)>>,
    /// Opening undid a change that did not finish.
    pub recovered: Mutex<bool>,
    /// The store's revision the window has shown: a greater one is another program's change.
    pub seen: Mutex<i64>,
    /// Why the store could not be opened, when it is damaged: the window offers a way back.
    pub damaged: Mutex<Option<Text>>,
    /// Why the store cannot be written, when it cannot (known without waiting for the store).
    pub read_only: Option<String>,
    /// The server store this window is on, when it is on one (`path` is then its address).
    pub server: Option<ServerUrl>,
    /// Why the window is not connected to its server store (no password yet, the server down at
    /// the start): it asks for the password (`connect`).
    pub disconnected: Mutex<Option<Text>>,
}

fn read_only(store: &Store) -> Option<String> {
    match store.opened() {
        ropa_core::store::Opened::ReadOnly { reason } => Some(reason.clone()),
        _ => None,
    }
}

impl AppState {
    pub fn new(store: Store) -> AppState {
        let path = store.path().to_path_buf();
        AppState {
            recovered: Mutex::new(store.opened() == &ropa_core::store::Opened::Recovered),
            seen: Mutex::new(store.revision().unwrap_or(0)),
            read_only: read_only(&store),
            server: store.server().cloned(),
            store: Mutex::new(Some(store)),
            ..AppState::without_store(path)
        }
    }

    /// A window on a server store it could not connect to yet (why, in words): it asks for the
    /// password, or to try again.
    pub fn disconnected(url: ServerUrl, message: Text) -> AppState {
        AppState {
            disconnected: Mutex::new(Some(message)),
            server: Some(url.clone()),
            ..AppState::without_store(PathBuf::from(url.to_string()))
        }
    }

    /// A window on a damaged store: nothing is read or written until `rescue` replaces it.
    pub fn damaged(path: PathBuf, message: Text) -> AppState {
        AppState { damaged: Mutex::new(Some(message)), ..AppState::without_store(path) }
    }

    /// A window with no store open yet, at `path`.
    fn without_store(path: PathBuf) -> AppState {
        AppState {
            path,
            recovered: Mutex::new(false),
            seen: Mutex::new(0),
            store: Mutex::new(None),
            exported: Mutex::new(Vec::new()),
            prefetched: Mutex::new(None),
            search_texts: Mutex::new(None),
            damaged: Mutex::new(None),
            read_only: None,
            server: None,
            disconnected: Mutex::new(None),
        }
    }
}

/// Reads the overview the window will ask for first, on a thread of its own, while WebKit
/// starts its processes (about a second): the list then shows as soon as the page asks.
pub fn prefetch_overview(app: &AppHandle) {
    let app = app.clone();
    std::thread::spawn(move || {
        let state = app.state::<AppState>();
        let Ok(guard) = lock(&state) else { return };
        let Some(store) = guard.as_ref() else { return };
        let read = store.revision().and_then(|revision| Ok((revision, view::overview(store, today())?)));
        // On failure the window's own request reads it again and reports the error. The store
        // stays locked until the result is in its place, so that request waits for it.
        if let Ok(read) = read {
            if let Ok(mut slot) = state.prefetched.lock() {
                *slot = Some(read);
            }
        }
        let _ = store.release_memory();
        drop(guard);
    });
}

fn today() -> ropa_core::date::Date {
    Timestamp::now().date()
}

/// An error as the UI receives it.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct CommandError {
    /// Stable code: `invalid`, `not_found`, `locked`... (see `ropa_core::Error::code`).
    pub code: String,
    /// What went wrong, in each language: the window says it in its own.
    pub message: Box<Text>,
    /// The fields concerned, for the form to highlight (empty when the error is not about a field).
    pub fields: Vec<FieldError>,
    /// For `changed_elsewhere`: the other change, for the form to show before the user chooses.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changed: Option<Box<ChangedElsewhere>>,
}

/// A change someone else made to the entry a form was opened on.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct ChangedElsewhere {
    pub by: String,
    pub at: Timestamp,
    pub deleted: bool,
    /// Their change, field by field, in the words of the form's language (`save`).
    pub fields: Vec<ChangeInWords>,
}

impl From<Error> for CommandError {
    fn from(e: Error) -> CommandError {
        let fields = match &e {
            Error::Invalid { errors, .. } => errors.clone(),
            _ => Vec::new(),
        };
        let changed = match &e {
            // Named in English, ids as numbers, until `save` puts it in the form's words.
            Error::Changed { by, at, deleted, kind, states, .. } => Some(Box::new(ChangedElsewhere {
                by: by.clone(),
                at: *at,
                deleted: *deleted,
                fields: HistoryWords::new(&Register::default(), Lang::En).states(*kind, &states.0, &states.1),
            })),
            _ => None,
        };
        CommandError { code: e.code().to_string(), message: Box::new(e.words()), fields, changed }
    }
}

impl From<ImportError> for CommandError {
    fn from(e: ImportError) -> CommandError {
        match e {
            ImportError::Store(e) => e.into(),
            e => CommandError {
                code: "import".into(),
                message: Box::new(Text::each(|lang| e.in_lang(lang))),
                fields: Vec::new(),
                changed: None,
            },
        }
    }
}

/// A failure of the shell itself (a thread that stopped, a lock poisoned): rare, and said in
/// English.
fn internal(message: impl Into<String>) -> CommandError {
    CommandError {
        code: "internal".into(),
        message: Box::new(Text::untranslated(message)),
        fields: Vec::new(),
        changed: None,
    }
}

fn lock(state: &AppState) -> Result<std::sync::MutexGuard<'_, Option<Store>>, CommandError> {
    state.store.lock().map_err(|_| internal("an earlier operation failed midway; restart the application"))
}

/// Runs `f` with the store on a worker thread: long work never holds the window's thread.
async fn with_store<T: Send + 'static>(
    app: AppHandle,
    f: impl FnOnce(&mut Store) -> Result<T, CommandError> + Send + 'static,
) -> Result<T, CommandError> {
    tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<AppState>();
        let mut guard = lock(&state)?;
        let store = guard.as_mut().ok_or_else(|| {
            if let Some(message) = state.disconnected.lock().ok().and_then(|d| d.clone()) {
                return CommandError {
                    code: "unreachable".into(),
                    message: Box::new(message),
                    fields: Vec::new(),
                    changed: None,
                };
            }
            let message = state.damaged.lock().ok().and_then(|d| d.clone()).unwrap_or_default();
            CommandError { code: "corrupt".into(), message: Box::new(message), fields: Vec::new(), changed: None }
        })?;
        // What this window writes is not another program's change: the revision it has seen
        // follows its own writes, unless another program wrote first (`outside_changes` says so).
        let before = store.revision().ok();
        let result = f(store);
        if let (Some(before), Ok(after), Ok(mut seen)) = (before, store.revision(), state.seen.lock()) {
            if *seen == before {
                *seen = after;
            }
        }
        // The window stays open all day: what SQLite cached for this command goes back now.
        let _ = store.release_memory();
        result
    })
    .await
    .map_err(|e| internal(format!("the operation stopped: {e}")))?
}

/// Which store the window shows.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct StoreInfo {
    pub path: String,
    pub schema_version: i64,
    /// A change that did not finish (the program stopped during it) was undone when the store
    /// opened: the window says so.
    pub recovered: bool,
    /// Why the store cannot be written here, when it cannot: the window shows it, not edits it.
    pub read_only: Option<String>,
    /// The store is damaged (why, in words): the window offers `rescue` instead of the register.
    pub damaged: Option<Text>,
    /// The copies kept beside the store, newest first (none for a server store: its
    /// administrator keeps its copies).
    pub backups: Vec<ropa_core::store::Backup>,
    /// The store is on a server (`path` is its address, without a password).
    pub server: bool,
    /// Why the window is not connected to its server yet: it asks for the password.
    pub disconnected: Option<Text>,
}

#[tauri::command]
pub fn store_info(state: tauri::State<'_, AppState>) -> Result<StoreInfo, CommandError> {
    Ok(StoreInfo {
        path: state.path.display().to_string(),
        schema_version: ropa_core::store::SCHEMA_VERSION,
        recovered: state.recovered.lock().map(|r| *r).unwrap_or(false),
        read_only: state.read_only.clone(),
        damaged: state.damaged.lock().ok().and_then(|d| d.clone()),
        backups: match state.server {
            Some(_) => Vec::new(),
            None => ropa_core::store::backups(&state.path).unwrap_or_default(),
        },
        server: state.server.is_some(),
        disconnected: state.disconnected.lock().ok().and_then(|d| d.clone()),
    })
}

/// Connects this window to its server store with `password` (kept in memory only, to connect
/// again when the connection breaks).
#[tauri::command]
pub async fn connect(app: AppHandle, password: String) -> Result<(), CommandError> {
    tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<AppState>();
        let url = state.server.clone().ok_or_else(|| internal("this window is not on a server store"))?;
        let password = Some(password).filter(|p| !p.is_empty());
        let store = Store::open_server(&url, password.as_deref(), ropa_core::Context::system(crate::user()))?;
        if let Ok(mut seen) = state.seen.lock() {
            *seen = store.revision()?;
        }
        *lock(&state)? = Some(store);
        if let Ok(mut disconnected) = state.disconnected.lock() {
            *disconnected = None;
        }
        Ok(())
    })
    .await
    .map_err(|e| internal(format!("the operation stopped: {e}")))?
}

/// Opens a window of its own on the server store `address` names (`postgres://USER@HOST/DB`, or
/// the name of a profile), once a connection with `password` succeeds; the password goes to
/// the new window through a pipe, never its command line. Returns the address, without password.
#[tauri::command]
pub async fn open_server_window(address: String, password: String) -> Result<String, CommandError> {
    tauri::async_runtime::spawn_blocking(move || {
        let address = address.trim();
        let url = if ServerUrl::is_server(address) {
            ServerUrl::parse(address)?
        } else {
            ropa_core::store::server::address(None, Some(address), dirs::config_dir().as_deref())?
                .ok_or_else(|| internal("no server address"))?
        };
        let password = Some(password).filter(|p| !p.is_empty());
        // Tried here first, so that a wrong password or address is said in this window.
        drop(Store::open_server(&url, password.as_deref(), ropa_core::Context::system(crate::user()))?);
        let exe = std::env::current_exe().map_err(|e| internal(format!("this program's path: {e}")))?;
        let mut child = std::process::Command::new(exe)
            .args(["--db", &url.to_string(), "--password-stdin"])
            .stdin(std::process::Stdio::piped())
            .spawn()
            .map_err(|e| internal(format!("cannot open a window: {e}")))?;
        if let Some(mut stdin) = child.stdin.take() {
            use std::io::Write;
            let _ = writeln!(stdin, "{}", password.unwrap_or_default());
        }
        // The new window lives on its own; nothing waits for it.
        std::thread::spawn(move || child.wait());
        Ok(url.to_string())
    })
    .await
    .map_err(|e| internal(format!("the operation stopped: {e}")))?
}

/// Changes another program (the `ropa` command, another user's window) made to the store since
/// the window last looked.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct OutsideChanges {
    pub entries: usize,
    pub users: Vec<String>,
    pub last: Timestamp,
}

/// Asked every few seconds and when the window comes back to the front: `None` when nothing
/// changed but what this window wrote.
#[tauri::command]
pub async fn outside_changes(app: AppHandle) -> Result<Option<OutsideChanges>, CommandError> {
    let handle = app.clone();
    with_store(app, move |store| {
        let state = handle.state::<AppState>();
        // A server says when someone else wrote; only then is the store read.
        if !store.notified()? {
            return Ok(None);
        }
        let seen = state.seen.lock().map(|s| *s).map_err(|_| internal("the window's state was lost"))?;
        let revision = store.revision()?;
        if revision <= seen {
            return Ok(None);
        }
        let (entries, users, last) = store.written_after(seen)?;
        if let Ok(mut s) = state.seen.lock() {
            *s = revision;
        }
        Ok(Some(OutsideChanges { entries, users, last: last.unwrap_or_else(Timestamp::now) }))
    })
    .await
}

/// Where a text (a person's name, e-mail, phone) occurs in the store, before it is erased.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct FoundText {
    pub entries: Vec<FoundEntry>,
    /// History entries (earlier versions, who made them) that hold it.
    pub history_entries: usize,
    /// Labelled changes (an import's file name, who made it) that hold it.
    pub changes: usize,
    /// The copies kept beside the store that hold it.
    pub copies: Vec<String>,
}

#[derive(Debug, Serialize, ts_rs::TS)]
pub struct FoundEntry {
    pub kind: Kind,
    pub id: Id,
    pub name: String,
    /// The fields it occurs in, named in the interface's language.
    pub fields: Vec<String>,
}

#[tauri::command]
pub async fn find_text(app: AppHandle, text: String, lang: Lang) -> Result<FoundText, CommandError> {
    with_store(app, move |store| {
        let found = store.occurrences(&text)?;
        Ok(FoundText {
            entries: found
                .entries
                .into_iter()
                .map(|(kind, id, name, fields)| FoundEntry {
                    kind,
                    id,
                    name,
                    fields: fields.iter().map(|f| ropa_core::vocab::field_label(f, lang)).collect(),
                })
                .collect(),
            history_entries: found.history_entries,
            changes: found.changes,
            copies: found.copies.iter().map(|p| p.display().to_string()).collect(),
        })
    })
    .await
}

/// What an erasure did to the copies beside the store.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct ErasedText {
    pub change: i64,
    pub copies_rewritten: Vec<String>,
    pub copies_removed: Vec<String>,
}

/// Erases a text from the register, its history and the copies beside the store
/// (`Store::erase`): what the window shows a DPO asked to erase a person's data.
#[tauri::command]
pub async fn erase_text(app: AppHandle, text: String) -> Result<ErasedText, CommandError> {
    with_store(app, move |store| {
        let erased = store.erase(&text)?;
        let paths = |p: &[PathBuf]| p.iter().map(|p| p.display().to_string()).collect();
        Ok(ErasedText {
            change: erased.change,
            copies_rewritten: paths(&erased.copies_rewritten),
            copies_removed: paths(&erased.copies_removed),
        })
    })
    .await
}

/// How the window gets a damaged store's register back.
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Rescue {
    /// Save what the damaged file still holds (`ropa recover`) and use that.
    Recover,
    /// Go back to the newest copy kept beside the store.
    NewestCopy,
}

/// What a rescue did, in words: where the damaged file went, and what could not be saved.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct Rescued {
    pub damaged_kept_at: String,
    /// For a recovery: what could not be saved, each in a sentence.
    pub lost: Vec<String>,
    /// For a copy: when it was made.
    pub copy_made: Option<Timestamp>,
}

/// Replaces a damaged store with what `how` gives back, keeping the damaged file beside it, and
/// opens the result: the window then shows the register as usual.
#[tauri::command]
pub async fn rescue(app: AppHandle, how: Rescue) -> Result<Rescued, CommandError> {
    tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<AppState>();
        let mut guard = lock(&state)?;
        if guard.is_some() {
            return Err(internal("the store is not damaged"));
        }
        let path = state.path.clone();
        let context = || ropa_core::Context::system(crate::user());
        let (kept, lost, copy_made) = match how {
            Rescue::Recover => {
                let out = ropa_core::store::recovered_path(&path);
                let recovery = ropa_core::store::recover(&path, &out, context())?;
                let kept = ropa_core::store::replace_damaged(&path, &out, false, Timestamp::now())?;
                (kept, recovery.lost, None)
            }
            Rescue::NewestCopy => {
                let newest = ropa_core::store::backups(&path)?
                    .into_iter()
                    .next()
                    .ok_or_else(|| internal("no copy of this store was kept"))?;
                let kept = ropa_core::store::replace_damaged(&path, &newest.path, true, Timestamp::now())?;
                (kept, Vec::new(), Some(newest.made))
            }
        };
        let store = Store::open(&path, ropa_core::OpenMode::MustExist, context())?;
        store.check_whole()?;
        if let Ok(mut seen) = state.seen.lock() {
            *seen = store.revision()?;
        }
        *guard = Some(store);
        if let Ok(mut damaged) = state.damaged.lock() {
            *damaged = None;
        }
        Ok(Rescued { damaged_kept_at: kept.display().to_string(), lost, copy_made })
    })
    .await
    .map_err(|e| internal(format!("the operation stopped: {e}")))?
}

/// What the window lists: every organisation with its catalogue (clients, sites, sub-processors,
/// measures), and a summary of each activity with its completeness and the checks' counts. Whole
/// activities come one at a time (`activity`), so that a register of 10,000 stays light.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct Overview {
    pub organisations: Vec<Organisation>,
    pub controllers: Vec<Controller>,
    pub sites: Vec<ropa_core::model::Site>,
    pub subprocessors: Vec<SubProcessor>,
    pub measures: Vec<Measure>,
    pub activities: Vec<view::ActivitySummary>,
    /// Errors and warnings of the checks, per organisation (all its entries).
    pub organisation_checks: Vec<view::OrganisationChecks>,
}

#[tauri::command]
pub async fn overview(app: AppHandle) -> Result<Overview, CommandError> {
    let handle = app.clone();
    with_store(app, move |store| {
        let revision = store.revision()?;
        let prefetched = handle.state::<AppState>().prefetched.lock().ok().and_then(|mut slot| slot.take());
        let overview = match prefetched {
            Some((read_at, overview)) if read_at == revision => overview,
            _ => view::overview(store, today())?,
        };
        let view::Overview { catalogue, activities, organisation_checks, search_texts } = overview;
        if let Ok(mut slot) = handle.state::<AppState>().search_texts.lock() {
            *slot = Some((revision, search_texts));
        }
        let Register { organisations, controllers, sites, subprocessors, measures, .. } = catalogue;
        Ok(Overview { organisations, controllers, sites, subprocessors, measures, activities, organisation_checks })
    })
    .await
}

/// Each activity's id and words for a search (`view::search_text`): asked for once the list is
/// shown, so that the list does not wait for them.
#[tauri::command]
pub async fn search_texts(app: AppHandle) -> Result<SearchTexts, CommandError> {
    let handle = app.clone();
    with_store(app, move |store| {
        let revision = store.revision()?;
        match handle.state::<AppState>().search_texts.lock().ok().and_then(|mut slot| slot.take()) {
            Some((read_at, texts)) if read_at == revision => Ok(texts),
            _ => {
                let mut texts = Vec::new();
                store.each_activity(None, |a| {
                    texts.push((a.id, view::search_text(&a)));
                    Ok(())
                })?;
                Ok(texts)
            }
        }
    })
    .await
}

/// One activity whole, with the checks' findings on it.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct ActivityDetail {
    pub activity: Activity,
    pub findings: Vec<ropa_core::checks::Finding>,
}

#[tauri::command]
pub async fn activity(app: AppHandle, id: Id) -> Result<ActivityDetail, CommandError> {
    with_store(app, move |store| {
        let activity: Activity = store.get(id)?;
        let organisation: Organisation = store.get(activity.organisation_id)?;
        let findings = ropa_core::checks::check_activity(&activity, Some(&organisation), today());
        Ok(ActivityDetail { activity, findings })
    })
    .await
}

/// Creates (`id` 0) or updates an entity, and returns it as stored. `base` is the entry as the
/// form read it: a save over a change someone else made since is refused (`changed_elsewhere`),
/// with that change; without `base` (the user chose to keep theirs) the entry is written over.
fn save<T: Entity + Send + 'static>(
    store: &mut Store,
    entity: T,
    base: Option<T>,
    lang: Lang,
) -> Result<T, CommandError> {
    let written = store.write(|w| match (entity.id(), &base) {
        (0, _) => w.create(&entity),
        (id, Some(base)) => w.update_from(base, &entity).map(|_| id),
        (id, None) => w.update(&entity).map(|_| id),
    });
    let id = match written {
        Ok(id) => id,
        // Their change in the form's language, with names for ids.
        Err(e) => {
            let words = match &e {
                Error::Changed { kind, states, .. } => {
                    Some(HistoryWords::new(&store.catalogue(None)?, lang).states(*kind, &states.0, &states.1))
                }
                _ => None,
            };
            let mut error = CommandError::from(e);
            if let (Some(words), Some(changed)) = (words, error.changed.as_mut()) {
                changed.fields = words;
            }
            return Err(error);
        }
    };
    Ok(store.get(id)?)
}

#[tauri::command]
pub async fn save_organisation(
    app: AppHandle,
    organisation: Organisation,
    base: Option<Organisation>,
    lang: Lang,
) -> Result<Organisation, CommandError> {
    with_store(app, move |store| save(store, organisation, base, lang)).await
}

#[tauri::command]
pub async fn save_activity(
    app: AppHandle,
    activity: Activity,
    base: Option<Activity>,
    lang: Lang,
) -> Result<Activity, CommandError> {
    with_store(app, move |store| save(store, activity, base, lang)).await
}

#[tauri::command]
pub async fn save_controller(
    app: AppHandle,
    controller: Controller,
    base: Option<Controller>,
    lang: Lang,
) -> Result<Controller, CommandError> {
    with_store(app, move |store| save(store, controller, base, lang)).await
}

#[tauri::command]
pub async fn save_subprocessor(
    app: AppHandle,
    subprocessor: SubProcessor,
    base: Option<SubProcessor>,
    lang: Lang,
) -> Result<SubProcessor, CommandError> {
    with_store(app, move |store| save(store, subprocessor, base, lang)).await
}

#[tauri::command]
pub async fn save_measure(
    app: AppHandle,
    measure: Measure,
    base: Option<Measure>,
    lang: Lang,
) -> Result<Measure, CommandError> {
    with_store(app, move |store| save(store, measure, base, lang)).await
}

#[tauri::command]
pub async fn delete(app: AppHandle, kind: Kind, id: Id) -> Result<(), CommandError> {
    with_store(app, move |store| {
        Ok(store.write(|w| match kind {
            Kind::Organisation => w.delete::<Organisation>(id),
            Kind::Controller => w.delete::<Controller>(id),
            Kind::Site => w.delete::<ropa_core::model::Site>(id),
            Kind::SubProcessor => w.delete::<SubProcessor>(id),
            Kind::Measure => w.delete::<Measure>(id),
            Kind::Activity => w.delete::<Activity>(id),
        })?)
    })
    .await
}

/// The pick-lists of the editor: the model's vocabularies with their English and French labels,
/// and the countries.
#[tauri::command]
pub fn vocabularies() -> ropa_core::vocab::Vocabularies {
    ropa_core::vocab::vocabularies()
}

/// The notices of sub-processor changes each client of `organisation` is owed now, each since
/// its last notice (Art. 28(2)), in `lang`.
#[tauri::command]
pub async fn notices(app: AppHandle, organisation: Id, lang: Lang) -> Result<Vec<notice::NoticePreview>, CommandError> {
    with_store(app, move |store| {
        Ok(notice::pending(store, organisation, Timestamp::now())?.iter().map(|n| n.preview(lang)).collect())
    })
    .await
}

/// Writes the notice `client` is owed to `path`: .pdf, .txt or .csv, as its name says; an
/// existing file only with `replace` (the user was asked). Returns the path written.
#[tauri::command]
pub async fn save_notice(
    app: AppHandle,
    client: Id,
    lang: Lang,
    path: String,
    replace: bool,
) -> Result<String, CommandError> {
    with_store(app, move |store| {
        let path = PathBuf::from(path);
        refuse_existing(&path, replace)?;
        let io = |source| Error::Io { path: path.clone(), source };
        let format = notice::Format::of(&path).ok_or_else(|| {
            let words = ropa_core::tr_all!("notice-format", path = path.display().to_string());
            CommandError {
                code: "invalid".into(),
                message: Box::new(words.clone()),
                fields: vec![FieldError::new("path", words)],
                changed: None,
            }
        })?;
        let prepared = notice::prepare(store, client, None, Timestamp::now())?;
        ropa_core::files::write_atomically(&path, store.path(), |out| {
            prepared.write(lang, format, out).map_err(std::io::Error::other)
        })
        .map_err(io)?;
        Ok(path.display().to_string())
    })
    .await
}

/// Records the notice `client` is owed as sent today, when it is still the `text` the user read;
/// refused when the register changed meanwhile (the notice is then prepared again).
#[tauri::command]
pub async fn record_notice(app: AppHandle, client: Id, lang: Lang, text: String) -> Result<(), CommandError> {
    with_store(app, move |store| {
        let prepared = notice::prepare(store, client, None, Timestamp::now())?;
        store.write(|w| prepared.record_as_read(w, lang, &text))?;
        Ok(())
    })
    .await
}

/// The SHA-256 fingerprint of a file the user chose: a contract's signed document.
#[tauri::command]
pub async fn fingerprint(path: String) -> Result<String, CommandError> {
    tauri::async_runtime::spawn_blocking(move || Ok(ropa_core::files::sha256(std::path::Path::new(&path))?))
        .await
        .map_err(|e| internal(format!("the operation stopped: {e}")))?
}

/// The compliance checks of one organisation's register, today (the per-activity scores are in
/// the overview).
#[tauri::command]
pub async fn check(app: AppHandle, organisation: Id) -> Result<ropa_core::checks::Report, CommandError> {
    with_store(app, move |store| {
        let mut report = ropa_core::checks::check(&store.register(Some(organisation))?, today());
        report.scores.clear();
        Ok(report)
    })
    .await
}

/// Loads the example register (the two seed DPAs); loading it again adds nothing.
#[tauri::command]
pub async fn load_demo(app: AppHandle) -> Result<(), CommandError> {
    with_store(app, |store| Ok(demo::load(store).map(|_| ())?)).await
}

/// A change, with the fields it changed in the reader's words.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct Change {
    pub entry: HistoryEntry,
    pub changes: Vec<ChangeInWords>,
}

/// History, newest first: of one entity when given; fields and values in `lang`.
#[tauri::command]
pub async fn history(
    app: AppHandle,
    kind: Option<Kind>,
    id: Option<Id>,
    lang: Lang,
) -> Result<Vec<Change>, CommandError> {
    with_store(app, move |store| {
        let of = kind.zip(id);
        let entries = store.history(of)?;
        let words = HistoryWords::new(&store.catalogue(None)?, lang);
        Ok(entries.into_iter().rev().map(|entry| Change { changes: words.entry(&entry), entry }).collect())
    })
    .await
}

/// Puts an entity back as history entry `seq` left it.
#[tauri::command]
pub async fn restore(app: AppHandle, kind: Kind, id: Id, seq: i64) -> Result<(), CommandError> {
    with_store(app, move |store| Ok(store.write(|w| w.restore(kind, id, seq)).map(|_| ())?)).await
}

/// Takes back a labelled change (an import) in one step: what it created goes, what it changed
/// is put back. Returns how many entries were put back.
#[tauri::command]
pub async fn undo_change(app: AppHandle, change: i64) -> Result<usize, CommandError> {
    with_store(app, move |store| Ok(store.write(|w| w.undo_change(change))?)).await
}

/// What the import form sends.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct ImportRequest {
    /// The file the user chose or typed.
    pub path: String,
    /// The organisation the rows belong to (created if missing).
    pub organisation: Option<String>,
    /// Which layout the file is read as (`auto`: whichever fits best).
    pub preset: Preset,
    /// `(header, field)` pairs: the user's changes to the mapping.
    pub mappings: Vec<(String, String)>,
    pub dry_run: bool,
    pub skip_invalid: bool,
    /// The sheets of a workbook to read (all when empty).
    pub sheets: Vec<String>,
    /// What to do with rows that match an activity already in the register...
    pub existing: Existing,
    /// ...and, for some of those activities, something else.
    pub choices: Vec<(Id, Existing)>,
    /// The window's language: the words of what an update changes.
    pub lang: Lang,
}

/// What an import did or would do; when rows were refused, the report of what the file held
/// and the problems.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct ImportOutcome {
    pub report: ImportReport,
    pub refused: Vec<import::Issue>,
    /// The fields a column can be mapped to, named in the request's language.
    pub fields: Vec<FieldChoice>,
}

#[derive(Debug, Serialize, ts_rs::TS)]
pub struct FieldChoice {
    pub field: csv::fields::Field,
    pub label: String,
}

fn field_choices(lang: Lang) -> Vec<FieldChoice> {
    csv::fields::all_columns()
        .filter(|c| c.field != csv::fields::Field::Id)
        .map(|c| FieldChoice { field: c.field, label: c.label(lang).to_string() })
        .collect()
}

#[tauri::command]
pub async fn import_file(
    app: AppHandle,
    request: ImportRequest,
    on_progress: Channel<Progress>,
) -> Result<ImportOutcome, CommandError> {
    with_store(app, move |store| {
        let path = PathBuf::from(&request.path);
        let io = |source| Error::Io { path: path.clone(), source };
        ropa_core::files::check_kind(&path, &["csv", "txt", "tsv", "xlsx", "xlsm", "xls", "ods"], "an import")
            .map_err(io)?;
        let file = std::fs::File::open(&path).map_err(io)?;
        let size = file.metadata().ok().map(|m| m.len());
        let options = ImportOptions {
            organisation: request.organisation.filter(|o| !o.trim().is_empty()),
            preset: request.preset,
            mappings: request.mappings,
            dry_run: request.dry_run,
            skip_invalid: request.skip_invalid,
            delimiter: None,
            sheets: request.sheets,
            existing: request.existing,
            choices: request.choices,
            lang: request.lang,
        };
        let lang = request.lang;
        let name = path.display().to_string();
        let reader = std::io::BufReader::new(file);
        match import::import(store, &name, reader, size, &options, &mut |p| {
            let _ = on_progress.send(p);
        }) {
            Ok(report) => Ok(ImportOutcome { report, refused: Vec::new(), fields: field_choices(lang) }),
            Err(ImportError::Invalid { issues, report, .. }) => {
                Ok(ImportOutcome { report: *report, refused: issues, fields: field_choices(lang) })
            }
            Err(e) => Err(e.into()),
        }
    })
    .await
}

/// The kind of file an export writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    Pdf,
    Csv,
    Xlsx,
    /// The public list of sub-processors, as one static page.
    Html,
}

impl ExportFormat {
    /// The file's extension, and what the export is called in an error.
    fn kind(self) -> (&'static str, &'static str) {
        match self {
            ExportFormat::Pdf => ("pdf", "a PDF export"),
            ExportFormat::Csv => ("csv", "a CSV export"),
            ExportFormat::Xlsx => ("xlsx", "a workbook export"),
            ExportFormat::Html => ("html", "the list of sub-processors"),
        }
    }
}

/// A CSV file's separator: `,`, or `;` as Excel expects it in French or German.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ts_rs::TS)]
pub enum Separator {
    #[serde(rename = ",")]
    Comma,
    #[serde(rename = ";")]
    Semicolon,
}

/// What the export form sends.
#[derive(Debug, Deserialize, ts_rs::TS)]
pub struct ExportRequest {
    pub format: ExportFormat,
    /// For `xlsx`: ropa's, the CNIL's or the ICO's layout.
    pub layout: Layout,
    /// The file the user chose or typed.
    pub path: String,
    pub organisation: Option<Id>,
    pub controller: Option<Id>,
    /// The document's language.
    pub lang: Lang,
    /// The register as it stood at the end of this day (YYYY-MM-DD).
    pub as_of: Option<String>,
    /// The CSV's separator.
    pub delimiter: Separator,
    /// The user said an existing file there may be replaced (asked, or chose it in the save
    /// dialog, which asks); otherwise an existing file is refused with `file_exists`.
    pub replace: bool,
}

#[derive(Debug, Serialize, ts_rs::TS)]
pub struct ExportSummary {
    pub path: String,
    pub bytes: u64,
    pub activities: usize,
}

#[tauri::command]
pub async fn export_file(
    app: AppHandle,
    request: ExportRequest,
    on_progress: Channel<Progress>,
) -> Result<ExportSummary, CommandError> {
    with_store(app.clone(), move |store| {
        let path = PathBuf::from(&request.path);
        let store_path = store.path().to_path_buf();
        let kind = request.format.kind();
        ropa_core::files::check_kind(&path, &[kind.0], kind.1)
            .map_err(|source| Error::Io { path: path.clone(), source })?;
        refuse_existing(&path, request.replace)?;
        let invalid = |message: String| Error::Invalid {
            entity: "export".into(),
            errors: vec![FieldError::new("as_of", Text::untranslated(message))],
        };
        let as_of: Option<Timestamp> =
            request.as_of.as_deref().filter(|d| !d.is_empty()).map(|d| d.parse().map_err(invalid)).transpose()?;
        let register = match as_of {
            Some(at) => store.register_as_of(at)?,
            None => store.register(None)?,
        };
        let (part, organisation) = view::record(&register, request.organisation, request.controller)?;
        // A client's extract says when that client's entries last changed, not the whole register.
        let last_change =
            store.last_change_of(&part, request.controller.is_none().then_some(organisation.id), as_of)?;
        let activities = part.activities.len();
        let io = |source| Error::Io { path: path.clone(), source };
        if request.format == ExportFormat::Xlsx {
            let lang = request.lang;
            let options = XlsxOptions { layout: request.layout, lang, generated_at: Timestamp::now() };
            let (register, organisation) = match request.layout {
                Layout::Ropa => (&part, None),
                _ => (&part, Some(&organisation)),
            };
            ropa_core::files::write_atomically(&path, &store_path, |file| {
                ropa_core::workbook::write_xlsx(register, organisation, &options, file, &mut |p| {
                    let _ = on_progress.send(p);
                })
                .map_err(std::io::Error::other)
            })
            .map_err(io)?;
        } else if request.format == ExportFormat::Html {
            // The list as the register stands: what clients read today.
            let list = ropa_core::public_list::make(store, organisation.id, Timestamp::now().date())?;
            let page = list.html(request.lang);
            ropa_core::files::write_atomically(&path, &store_path, |file| {
                std::io::Write::write_all(file, page.as_bytes())
            })
            .map_err(io)?;
        } else if request.format == ExportFormat::Csv {
            ropa_core::files::write_atomically(&path, &store_path, |file| {
                let delimiter = match request.delimiter {
                    Separator::Comma => ',',
                    Separator::Semicolon => ';',
                };
                csv::export(&part, csv::Table::Activities, delimiter, file, &mut |p| {
                    let _ = on_progress.send(p);
                })
            })
            .map_err(io)?;
        } else {
            let lang = request.lang;
            let options =
                PdfOptions { lang, generated_at: Timestamp::now(), last_change, controller: request.controller };
            ropa_core::files::write_atomically(&path, &store_path, |file| {
                ropa_core::pdf::write_record_pdf(&part, &organisation, &options, file, &mut |p| {
                    let _ = on_progress.send(p);
                })
                .map_err(std::io::Error::other)
            })
            .map_err(io)?;
        }
        let bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        Ok((ExportSummary { path: path.display().to_string(), bytes, activities }, path))
    })
    .await
    .map(|(summary, path)| {
        if let Ok(mut exported) = app.state::<AppState>().exported.lock() {
            exported.push(path);
        }
        summary
    })
}

/// A new activity, stored, copied from activity `id` under `name`: a draft with every item of
/// the record (`Activity::duplicate`).
#[tauri::command]
pub async fn duplicate_activity(app: AppHandle, id: Id, name: String) -> Result<Activity, CommandError> {
    with_store(app, move |store| {
        let original: Activity = store.get(id)?;
        let new = store.write(|w| w.create(&original.duplicate(&name)))?;
        Ok(store.get(new)?)
    })
    .await
}

/// An existing file at `path` is written over only when the user said so (asked, or chose it in
/// the save dialog, which asks): otherwise `file_exists`, for the window to ask.
fn refuse_existing(path: &std::path::Path, replace: bool) -> Result<(), CommandError> {
    if replace || !path.exists() {
        return Ok(());
    }
    Err(CommandError {
        code: "file_exists".into(),
        message: Box::new(ropa_core::tr_all!("error-file-exists", path = path.display().to_string())),
        fields: vec![FieldError::new("path", ropa_core::tr_all!("invalid-exists-already"))],
        changed: None,
    })
}

/// A new, empty activity of `organisation` (not stored until saved).
#[tauri::command]
pub fn blank_activity(organisation: Organisation) -> Activity {
    Activity::blank(&organisation)
}

/// Where exports go unless the user says otherwise: the user's documents folder, else their home.
#[tauri::command]
pub fn export_folder(app: AppHandle) -> Result<String, CommandError> {
    let paths = app.path();
    let folder = paths.document_dir().ok().filter(|d| d.is_dir()).or_else(|| paths.home_dir().ok());
    folder.map(|d| d.display().to_string()).ok_or_else(|| internal("no documents folder or home folder is known"))
}

/// A file an export of this window wrote, or an error: nothing else is opened or shown.
fn exported(state: &AppState, path: &str) -> Result<PathBuf, CommandError> {
    let path = PathBuf::from(path);
    let known = state.exported.lock().map(|e| e.contains(&path)).unwrap_or(false);
    if known {
        Ok(path)
    } else {
        Err(CommandError {
            code: "not_exported".into(),
            message: Box::new(ropa_core::tr_all!("error-not-exported", path = path.display().to_string())),
            fields: Vec::new(),
            changed: None,
        })
    }
}

/// Opens an exported file with the desktop's application for it.
#[tauri::command]
pub fn open_exported(state: tauri::State<'_, AppState>, path: String) -> Result<(), CommandError> {
    let path = exported(&state, &path)?;
    tauri_plugin_opener::open_path(path.display().to_string(), None::<&str>).map_err(|e| internal(e.to_string()))
}

/// Shows an exported file in the desktop's file manager.
#[tauri::command]
pub fn show_exported(state: tauri::State<'_, AppState>, path: String) -> Result<(), CommandError> {
    let path = exported(&state, &path)?;
    tauri_plugin_opener::reveal_item_in_dir(path).map_err(|e| internal(e.to_string()))
}

#[cfg(test)]
mod declared_once {
    //! A command is declared once, as its `#[tauri::command]` function: build.rs makes the
    //! handler list and the permissions from these functions; the capability file grants each
    //! one and the UI's `api.ts` wraps each one, and this test holds both to the same list.

    use std::collections::BTreeSet;

    fn functions() -> BTreeSet<String> {
        let source = include_str!("commands.rs");
        let mut names = BTreeSet::new();
        let mut lines = source.lines();
        while let Some(line) = lines.next() {
            if line.trim() == "#[tauri::command]" {
                let signature = lines.next().unwrap_or_default();
                let name = signature.trim().trim_start_matches("pub ").trim_start_matches("async ");
                let name = name.trim_start_matches("fn ").split(['(', '<']).next().unwrap_or_default();
                names.insert(name.to_string());
            }
        }
        names
    }

    #[test]
    fn the_capability_file_grants_each_command_and_nothing_else_of_ours() {
        let capability: serde_json::Value =
            serde_json::from_str(include_str!("../capabilities/main.json")).expect("capabilities/main.json");
        let granted: BTreeSet<String> = capability["permissions"]
            .as_array()
            .expect("a permissions list")
            .iter()
            .filter_map(|p| p.as_str())
            // A plugin's or the core's permissions name their owner ("dialog:allow-open").
            .filter(|p| !p.contains(':'))
            .map(|p| p.trim_start_matches("allow-").replace('-', "_"))
            .collect();
        assert_eq!(granted, functions(), "capabilities/main.json grants other commands than commands.rs declares");
    }

    #[test]
    fn the_ui_wraps_each_command_and_calls_no_other() {
        let api = include_str!("../../ui/src/lib/api.ts");
        let called: BTreeSet<String> = api
            .match_indices("call<")
            .filter_map(|(at, _)| {
                let rest = &api[at..];
                let open = rest.find("('")? + 2;
                let close = rest[open..].find('\'')?;
                Some(rest[open..open + close].to_string())
            })
            .collect();
        assert_eq!(called, functions(), "ui/src/lib/api.ts calls other commands than commands.rs declares");
    }
}

#[cfg(test)]
mod bindings {
    //! The UI's TypeScript types are generated from the Rust types. This test fails when the
    //! committed file differs from what the Rust side generates; `UPDATE_BINDINGS=1 cargo test`
    //! rewrites it.

    use ropa_core::{csv, date, history, import, model, reference, store, view};
    use ts_rs::{Config, TS};

    use super::{
        ActivityDetail, Change, ChangedElsewhere, CommandError, ErasedText, ExportFormat, ExportRequest, ExportSummary,
        FieldChoice, FoundEntry, FoundText, ImportOutcome, ImportRequest, OutsideChanges, Overview, Rescue, Rescued,
        Separator, StoreInfo,
    };

    macro_rules! declarations {
        ($cfg:expr; $($ty:ty),* $(,)?) => {
            vec![$(format!("export {}", <$ty as TS>::decl($cfg))),*]
        };
    }

    fn generate() -> String {
        let cfg = Config::new().with_large_int("number");
        let cfg = &cfg;
        let decls = declarations![cfg;
            date::Date, date::Timestamp,
            model::Contact, model::Organisation, model::Controller, model::Site, model::SubProcessor,
            model::SubProcessorService, model::Contract, model::SubProcessing, model::Measure, model::MeasureCategory, model::Role, model::Status,
            model::LawfulBasis, model::LegalBasis, model::SpecialCondition, model::SpecialBasis,
            model::Sensitivity, model::DataCategory, model::RecipientKind, model::Recipient, model::Location,
            model::Derogation, model::Safeguard, model::Transfer, model::TimeUnit, model::Period,
            model::Retention, model::DpiaStatus, model::Dpia, model::Activity,
            model::Register, store::Kind, history::Action, history::HistoryEntry, history::FieldChange, history::ChangeInWords,
            view::ActivityView, reference::countries::Country, reference::countries::Area,
            ropa_core::FieldError, CommandError, ChangedElsewhere, StoreInfo, OutsideChanges, Rescue, Rescued,
            ropa_core::store::Backup, FoundText, FoundEntry, ErasedText, Change, ImportRequest, ImportOutcome, ExportRequest,
            ExportSummary, ExportFormat, Separator, FieldChoice, ropa_core::checks::Report, ropa_core::checks::Finding,
            ropa_core::checks::Severity, ropa_core::checks::Text, ropa_core::checks::Score,
            ropa_core::checks::ActivityScore, ropa_core::vocab::Choice, Overview, view::OrganisationChecks, ActivityDetail,
            reference::dpv::Concept,
            view::ActivitySummary, ropa_core::vocab::Vocabularies, ropa_core::progress::Progress, import::ImportReport, import::Issue, import::MappedColumn,
            import::Named, import::PreviewRow, import::RowOutcome, import::ChangedField, import::SheetReport, import::SheetKind, import::Existing,
            csv::read::Encoding, csv::Preset, csv::Table, csv::fields::Field, ropa_core::workbook::Format, ropa_core::workbook::Layout,
            ropa_core::vocab::Lang, ropa_core::notice::NoticePreview, model::SentNotice,
        ];
        let mut out = String::from(
            "// Generated from the Rust types by `src-tauri/src/commands.rs` (test `bindings`).\n\
             // Do not edit: run `UPDATE_BINDINGS=1 cargo test -p ropa-desktop bindings` instead.\n\n",
        );
        for decl in decls {
            out.push_str(&decl);
            out.push_str("\n\n");
        }
        out.truncate(out.trim_end().len());
        out.push('\n');
        out
    }

    #[test]
    fn typescript_bindings_match_the_rust_types() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/bindings.ts");
        let generated = generate();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &generated).expect("write bindings");
            return;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "ui/src/lib/bindings.ts is out of date with the Rust types; \
             run `UPDATE_BINDINGS=1 cargo test -p ropa-desktop bindings` and commit the result"
        );
    }
}
