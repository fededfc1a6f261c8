//! A register kept on a PostgreSQL server (issue 18, under way): where the server is
//! (`ServerUrl`, from `--db postgres://USER@HOST:PORT/DB`), connecting to it with TLS as libpq's
//! `sslmode` says, and `admin_init`, which makes an empty database a ropa store. The only module
//! of the core that opens a network connection, and only to the server the user named.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

pub mod copy;
pub mod session;

use super::open::SCHEMA_VERSION;
use crate::error::{Error, Result};
use crate::i18n::Text;
use crate::tr_all;

/// A connection to a server store, as the front ends hold it (they never speak to it themselves).
pub type Connection = postgres::Client;

/// The tables of a ropa store on PostgreSQL at the current schema, made in one transaction.
const BASELINE: &str = include_str!("../../../migrations/postgres/0005_baseline.sql");

/// The server's own part of the schema (roles' rights, policies, the history's stamp), which
/// goes on from the baseline: `ropa_meta`'s `server` key.
pub const SERVER_VERSION: i64 = 1;

/// Connects to the server store `url` names, which must be a ropa store of this program's
/// schema: an older one is for its administrator to upgrade, a newer one for a newer ropa.
pub(crate) fn open(url: &ServerUrl, password: Option<&str>) -> Result<session::Session> {
    let mut client = url.connect(password)?;
    check_store(&mut client, url)?;
    let session = session::Session::new(client, url.clone(), password);
    session.listen().map_err(|e| session::error(&url.to_string(), e))?;
    Ok(session)
}

/// The database must be a ropa store of this schema and server version.
pub(crate) fn check_store(client: &mut impl postgres::GenericClient, url: &ServerUrl) -> Result<()> {
    let server = url.to_string();
    let failed = |e: postgres::Error| session::error(&server, e.into());
    let has_meta: i64 = client
        .query_one(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() \
             AND table_name = 'ropa_meta'",
            &[],
        )
        .map_err(failed)?
        .get(0);
    let not_ours = || Error::NotAStore {
        path: server.clone().into(),
        reason: "no ropa tables: `ropa admin init` makes an empty database a ropa store".into(),
    };
    if has_meta == 0 {
        return Err(not_ours());
    }
    let meta = meta(client, &server)?;
    let value = |key: &str| meta.iter().find(|(k, _)| k == key).and_then(|(_, v)| v.parse::<i64>().ok());
    if !meta.iter().any(|(k, v)| k == "application" && v == "ropa") {
        return Err(not_ours());
    }
    let (schema, version) = (value("schema").ok_or_else(not_ours)?, value("server").unwrap_or(0));
    if schema > SCHEMA_VERSION || version > SERVER_VERSION {
        return Err(Error::NewerStore { path: server.into(), found: schema, supported: SCHEMA_VERSION });
    }
    if schema < SCHEMA_VERSION || version < SERVER_VERSION {
        return Err(Error::OlderServer { server, found: schema, supported: SCHEMA_VERSION });
    }
    Ok(())
}

/// What `ropa_meta` says of the store: each key and its value.
fn meta(client: &mut impl postgres::GenericClient, server: &str) -> Result<Vec<(String, String)>> {
    Ok(client
        .query("SELECT key, value FROM ropa_meta", &[])
        .map_err(|e| session::error(server, e.into()))?
        .iter()
        .map(|row| (row.get(0), row.get(1)))
        .collect())
}

/// The time and the user a write is recorded with: the server's clock and whom it
/// authenticated, never what the program says (the history's trigger holds to the same).
pub(crate) fn stamp(tx: &session::Transaction<'_>) -> crate::store::db::DbResult<(crate::date::Timestamp, String)> {
    use crate::store::db::{Db, DbError};
    let (at, user) = Db::Server(tx.session()).one(
        "SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), session_user::text",
        &[],
        |row| Ok((row.text(0)?, row.text(1)?)),
    )?;
    let at = at.parse().map_err(|e: String| DbError::Json(serde::de::Error::custom(e)))?;
    Ok((at, user))
}

/// How the connection is protected, as libpq's `sslmode` says: `require` encrypts without
/// checking the server's certificate, `verify-ca` checks it was signed by a trusted authority,
/// `verify-full` checks that and the host name too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    Disable,
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

impl SslMode {
    const ALL: [(&'static str, SslMode); 5] = [
        ("disable", SslMode::Disable),
        ("prefer", SslMode::Prefer),
        ("require", SslMode::Require),
        ("verify-ca", SslMode::VerifyCa),
        ("verify-full", SslMode::VerifyFull),
    ];

    fn name(self) -> &'static str {
        Self::ALL.iter().find(|(_, m)| *m == self).map_or("prefer", |(n, _)| n)
    }
}

/// Where a server store is: who connects, to which host, port and database. Never a password:
/// that comes from `PGPASSWORD`, the keyring or a prompt, so that no file or command line holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerUrl {
    pub user: String,
    pub host: String,
    pub port: u16,
    pub database: String,
    pub sslmode: SslMode,
}

/// `postgres://USER@HOST[:PORT]/DB[?sslmode=…]`, without a password.
impl fmt::Display for ServerUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let host = if self.host.contains(':') { format!("[{}]", self.host) } else { self.host.clone() };
        write!(f, "postgres://{}@{host}:{}/{}", self.user, self.port, self.database)?;
        if self.sslmode != SslMode::Prefer {
            write!(f, "?sslmode={}", self.sslmode.name())?;
        }
        Ok(())
    }
}

impl ServerUrl {
    /// Whether `text` names a server store rather than a file.
    pub fn is_server(text: &str) -> bool {
        text.starts_with("postgres://") || text.starts_with("postgresql://")
    }

    /// Reads `postgres://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]` (or `postgresql://`), the parts
    /// percent-decoded. A password in it is refused: it would stay in the shell's history and in
    /// the list of processes.
    pub fn parse(text: &str) -> Result<ServerUrl> {
        let bad = |problem: Text| Error::ServerAddress { address: without_password(text), problem };
        let rest = text
            .strip_prefix("postgres://")
            .or_else(|| text.strip_prefix("postgresql://"))
            .ok_or_else(|| bad(tr_all!("server-url-scheme")))?;
        let (rest, query) = rest.split_once('?').unwrap_or((rest, ""));
        let (authority, database) = rest.split_once('/').ok_or_else(|| bad(tr_all!("server-url-no-database")))?;
        let (user, host_port) = authority.rsplit_once('@').ok_or_else(|| bad(tr_all!("server-url-no-user")))?;
        if user.contains(':') {
            return Err(bad(tr_all!("server-url-password")));
        }
        let (host, port) = match host_port.strip_prefix('[') {
            // An IPv6 address: [::1]:5432.
            Some(v6) => {
                let (host, after) = v6.split_once(']').ok_or_else(|| bad(tr_all!("server-url-host")))?;
                (host, after.strip_prefix(':'))
            }
            None => match host_port.split_once(':') {
                Some((host, port)) => (host, Some(port)),
                None => (host_port, None),
            },
        };
        let port = match port {
            None | Some("") => 5432,
            Some(p) => {
                p.parse::<u16>().ok().filter(|p| *p > 0).ok_or_else(|| bad(tr_all!("server-url-port", port = p)))?
            }
        };
        let mut sslmode = SslMode::Prefer;
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            match key {
                "sslmode" => {
                    sslmode = SslMode::ALL
                        .iter()
                        .find(|(name, _)| *name == value)
                        .map(|(_, m)| *m)
                        .ok_or_else(|| bad(tr_all!("server-url-sslmode", mode = value)))?;
                }
                "password" => return Err(bad(tr_all!("server-url-password"))),
                other => return Err(bad(tr_all!("server-url-parameter", parameter = other))),
            }
        }
        let (user, host, database) = (decode(user), decode(host), decode(database));
        if user.is_empty() {
            return Err(bad(tr_all!("server-url-no-user")));
        }
        if host.is_empty() {
            return Err(bad(tr_all!("server-url-host")));
        }
        if database.is_empty() {
            return Err(bad(tr_all!("server-url-no-database")));
        }
        Ok(ServerUrl { user, host, port, database, sslmode })
    }

    /// Connects as the URL says, with `password` when the server asks for one.
    pub fn connect(&self, password: Option<&str>) -> Result<postgres::Client> {
        let mut config = postgres::Config::new();
        config
            .user(&self.user)
            .host(&self.host)
            .port(self.port)
            .dbname(&self.database)
            .application_name("ropa")
            .connect_timeout(Duration::from_secs(10));
        if let Some(password) = password {
            config.password(password);
        }
        // The error and what caused it ("invalid configuration: password missing").
        let unreachable = |e: postgres::Error| {
            let detail = match std::error::Error::source(&e) {
                Some(cause) => format!("{e}: {cause}"),
                None => e.to_string(),
            };
            Error::Unreachable { server: self.to_string(), detail }
        };
        if self.sslmode == SslMode::Disable {
            config.ssl_mode(postgres::config::SslMode::Disable);
            return config.connect(postgres::NoTls).map_err(unreachable);
        }
        let mut tls = native_tls::TlsConnector::builder();
        match self.sslmode {
            // As libpq: encrypted, the certificate not checked.
            SslMode::Prefer | SslMode::Require => {
                tls.danger_accept_invalid_certs(true).danger_accept_invalid_hostnames(true);
            }
            SslMode::VerifyCa => {
                tls.danger_accept_invalid_hostnames(true);
            }
            SslMode::VerifyFull | SslMode::Disable => {}
        }
        let tls = tls.build().map_err(|e| Error::Unreachable { server: self.to_string(), detail: e.to_string() })?;
        config.ssl_mode(if self.sslmode == SslMode::Prefer {
            postgres::config::SslMode::Prefer
        } else {
            postgres::config::SslMode::Require
        });
        config.connect(postgres_native_tls::MakeTlsConnector::new(tls)).map_err(unreachable)
    }
}

/// The server store a named profile of the user's file of profiles gives: a line per profile,
/// `NAME = postgres://USER@HOST[:PORT]/DATABASE[?sslmode=…]`, `#` starting a comment. A profile
/// holds no secret: an address with a password is refused as on the command line.
pub fn profile(file: &Path, text: &str, name: &str) -> Result<ServerUrl> {
    let mut known = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((key, address)) = line.split_once('=') else { continue };
        let key = key.trim();
        if key == name {
            return ServerUrl::parse(address.trim());
        }
        known.push(key.to_string());
    }
    let shown = file.display().to_string();
    Err(Error::NoMatch(if known.is_empty() {
        tr_all!("profile-none", file = shown)
    } else {
        tr_all!("profile-unknown", name = name, file = shown, names = known.join(", "))
    }))
}

/// What `admin_init` found and did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Initialised {
    /// The database was empty: ropa's tables were made.
    Created,
    /// It was a ropa store already, of this schema or an older one; nothing was changed.
    Already { schema: i64 },
}

/// Makes the empty database `url` names a ropa store, as its owner: ropa's tables at the current
/// schema, in one transaction. A database that holds other tables, or a ropa store of a newer
/// schema, is refused untouched.
pub fn admin_init(client: &mut postgres::Client, url: &ServerUrl) -> Result<Initialised> {
    let server = url.to_string();
    let failed = |e: postgres::Error| session::error(&server, e.into());
    let mut tx = client.transaction().map_err(failed)?;
    let tables: Vec<String> = tx
        .query(
            "SELECT table_name::text FROM information_schema.tables \
             WHERE table_schema = current_schema() ORDER BY table_name",
            &[],
        )
        .map_err(failed)?
        .iter()
        .map(|row| row.get(0))
        .collect();
    if tables.iter().any(|t| t == "ropa_meta") {
        let meta = meta(&mut tx, &server)?;
        let value = |key: &str| meta.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
        let not_ours =
            || Error::NotAStore { path: PathBuf::from(&server), reason: "its ropa_meta table is not ropa's".into() };
        if value("application") != Some("ropa") {
            return Err(not_ours());
        }
        let schema: i64 = value("schema").and_then(|v| v.parse().ok()).ok_or_else(not_ours)?;
        if schema > SCHEMA_VERSION {
            return Err(Error::NewerStore { path: PathBuf::from(&server), found: schema, supported: SCHEMA_VERSION });
        }
        return Ok(Initialised::Already { schema });
    }
    if !tables.is_empty() {
        let shown: Vec<&str> = tables.iter().take(5).map(String::as_str).collect();
        let more = if tables.len() > 5 { ", …" } else { "" };
        return Err(Error::NotAStore {
            path: PathBuf::from(&server),
            reason: format!("the database holds other tables: {}{more}", shown.join(", ")),
        });
    }
    tx.batch_execute(BASELINE).map_err(failed)?;
    tx.execute(
        "INSERT INTO ropa_meta (key, value) VALUES ('application', 'ropa'), ('schema', $1), ('server', $2)",
        &[&SCHEMA_VERSION.to_string(), &SERVER_VERSION.to_string()],
    )
    .map_err(failed)?;
    tx.commit().map_err(failed)?;
    Ok(Initialised::Created)
}

/// The server's own migrations after the baseline, each with the server version it brings
/// (none yet: version 1 is the baseline). `ropa admin upgrade` runs those a store lacks.
const UPGRADES: &[(i64, &str)] = &[];

/// What `admin_upgrade` found and did: the server version before and after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Upgraded {
    pub from: i64,
    pub to: i64,
}

/// `ropa admin upgrade`: as the database's owner, brings a server store to this program's
/// version, in one transaction (all of it, or nothing); clients never migrate a shared store.
pub fn admin_upgrade(client: &mut postgres::Client, url: &ServerUrl) -> Result<Upgraded> {
    let server = url.to_string();
    let failed = |e: postgres::Error| session::error(&server, e.into());
    let mut tx = client.transaction().map_err(failed)?;
    let from = match check_store(&mut tx, url) {
        Ok(()) => SERVER_VERSION,
        Err(Error::OlderServer { .. }) => {
            let version: Option<String> = tx
                .query_opt("SELECT value FROM ropa_meta WHERE key = 'server'", &[])
                .map_err(failed)?
                .map(|r| r.get(0));
            version.and_then(|v| v.parse().ok()).unwrap_or(0)
        }
        Err(e) => return Err(e),
    };
    let mut to = from;
    for (version, sql) in UPGRADES.iter().filter(|(v, _)| *v > from) {
        tx.batch_execute(sql).map_err(failed)?;
        to = *version;
    }
    if to < SERVER_VERSION {
        // A store older than the baseline: made before ropa kept a server version.
        return Err(Error::OlderServer { server, found: to, supported: SERVER_VERSION });
    }
    tx.execute(
        "INSERT INTO ropa_meta (key, value) VALUES ('server', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
        &[&to.to_string()],
    )
    .map_err(failed)?;
    tx.commit().map_err(failed)?;
    Ok(Upgraded { from, to })
}

/// The tables a role granted a register may read; those it may change when it may write, and how.
const READ: &str = "ropa_meta, changes, history, organisations, controllers, sites, subprocessors, measures, \
                    activities, subprocessor_services, activity_controllers, activity_subprocessors, activity_measures";
const WRITE: [(&str, &str); 4] = [
    (
        "INSERT, UPDATE, DELETE",
        "controllers, sites, subprocessors, measures, activities, subprocessor_services, activity_controllers, \
         activity_subprocessors, activity_measures",
    ),
    ("UPDATE", "organisations"),
    ("INSERT", "history"),
    ("INSERT, UPDATE", "changes"),
];

/// One organisation's register as a role may use it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Access {
    pub organisation: String,
    pub write: bool,
}

/// `ropa admin grant ROLE --org NAME [--write]`: `role` (a user, or a group) may read, and with
/// `write` change, the register of the organisation `organisation` names; as the database's
/// owner. Returns every organisation the role may now use. The server holds to it (row-level
/// security), whatever program the role connects with.
pub fn admin_grant(
    client: &mut postgres::Client,
    url: &ServerUrl,
    role: &str,
    organisation: &str,
    write: bool,
) -> Result<Vec<Access>> {
    access(client, url, role, organisation, Some(write))
}

/// `ropa admin revoke ROLE --org NAME`: `role` may no longer read nor change that organisation's
/// register. Returns every organisation the role may still use.
pub fn admin_revoke(
    client: &mut postgres::Client,
    url: &ServerUrl,
    role: &str,
    organisation: &str,
) -> Result<Vec<Access>> {
    access(client, url, role, organisation, None)
}

fn access(
    client: &mut postgres::Client,
    url: &ServerUrl,
    role: &str,
    organisation: &str,
    grant: Option<bool>,
) -> Result<Vec<Access>> {
    let server = url.to_string();
    let failed = |e: postgres::Error| session::error(&server, e.into());
    let mut tx = client.transaction().map_err(failed)?;
    check_store(&mut tx, url)?;
    let known: i64 = tx.query_one("SELECT count(*) FROM pg_roles WHERE rolname = $1", &[&role]).map_err(failed)?.get(0);
    if known == 0 {
        return Err(Error::NoMatch(tr_all!("admin-no-role", role = role, server = server.as_str())));
    }
    let id = &organisation_named(&mut tx, organisation, &server)?;
    match grant {
        Some(write) => tx.execute(
            "INSERT INTO ropa_access (role, organisation_id, can_write) VALUES ($1, $2, $3) \
             ON CONFLICT (role, organisation_id) DO UPDATE SET can_write = EXCLUDED.can_write",
            &[&role, id, &write],
        ),
        None => tx.execute("DELETE FROM ropa_access WHERE role = $1 AND organisation_id = $2", &[&role, id]),
    }
    .map_err(failed)?;
    let now: Vec<Access> = tx
        .query(
            "SELECT o.name, a.can_write FROM ropa_access a JOIN organisations o ON o.id = a.organisation_id \
             WHERE a.role = $1 ORDER BY o.name",
            &[&role],
        )
        .map_err(failed)?
        .iter()
        .map(|r| Access { organisation: r.get(0), write: r.get(1) })
        .collect();
    // The rights on the tables follow: none without a register, writing only for a writer. Which
    // rows they reach is the policies' business.
    let quoted = format!("\"{}\"", role.replace('"', "\"\""));
    let schema: String = tx.query_one("SELECT quote_ident(current_schema())", &[]).map_err(failed)?.get(0);
    let mut statements = vec![format!("REVOKE ALL ON {READ} FROM {quoted}")];
    statements.push(format!("REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {quoted}"));
    if !now.is_empty() {
        statements.push(format!("GRANT SELECT ON {READ} TO {quoted}"));
    }
    if now.iter().any(|a| a.write) {
        statements.extend(WRITE.iter().map(|(rights, tables)| format!("GRANT {rights} ON {tables} TO {quoted}")));
        statements.push(format!("GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {quoted}"));
    }
    tx.batch_execute(&statements.join(";\n")).map_err(failed)?;
    tx.commit().map_err(failed)?;
    Ok(now)
}

/// The id of the organisation `name` names (any unique part of it, as `find_unique` reads),
/// among those the connected user may see.
pub(crate) fn organisation_named(client: &mut impl postgres::GenericClient, name: &str, server: &str) -> Result<i64> {
    let organisations: Vec<(i64, String)> = client
        .query("SELECT id, name FROM organisations ORDER BY id", &[])
        .map_err(|e| session::error(server, e.into()))?
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    Ok(crate::find_unique("organisation", name, &organisations, |o| &o.1)?.0)
}

/// The password for a server store, as libpq finds it: `PGPASSWORD`, else the user's password
/// file (`PGPASSFILE`, else `.pgpass` in `home`); `None` for a server that asks for none (or for
/// the window to ask). `var` reads the environment.
pub fn password_for(url: &ServerUrl, var: impl Fn(&str) -> Option<String>, home: Option<&Path>) -> Option<String> {
    if let Some(password) = var("PGPASSWORD").filter(|p| !p.is_empty()) {
        return Some(password);
    }
    let file = var("PGPASSFILE").map(PathBuf::from).or_else(|| home.map(|h| h.join(".pgpass")))?;
    pgpass(&std::fs::read_to_string(file).ok()?, url)
}

/// Where a user's connection profiles are: `ropa/profiles` in their configuration folder.
pub fn profiles_file(config_dir: &Path) -> PathBuf {
    config_dir.join("ropa").join("profiles")
}

/// The server store `--db postgres://…` or `--profile NAME` names, if either does (`None`: a
/// file store). `config_dir` is the user's configuration folder, where profiles are.
pub fn address(db: Option<&str>, profile_name: Option<&str>, config_dir: Option<&Path>) -> Result<Option<ServerUrl>> {
    if let Some(name) = profile_name {
        let dir = config_dir.ok_or_else(|| Error::NoMatch(tr_all!("cli-no-data-dir")))?;
        let file = profiles_file(dir);
        let text = std::fs::read_to_string(&file).map_err(|source| Error::Io { path: file.clone(), source })?;
        return profile(&file, &text, name).map(Some);
    }
    match db.filter(|db| ServerUrl::is_server(db)) {
        Some(address) => ServerUrl::parse(address).map(Some),
        None => Ok(None),
    }
}

/// The password a libpq password file (`~/.pgpass`) gives for `url`: the first line
/// `HOST:PORT:DATABASE:USER:PASSWORD` that matches, `*` matching anything, `\:` and `\\`
/// escaped, `#` starting a comment.
pub fn pgpass(text: &str, url: &ServerUrl) -> Option<String> {
    let port = url.port.to_string();
    let wanted = [url.host.as_str(), port.as_str(), url.database.as_str(), url.user.as_str()];
    for line in text.lines() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        let mut fields = vec![String::new()];
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => fields.last_mut()?.extend(chars.next()),
                ':' if fields.len() < 5 => fields.push(String::new()),
                c => fields.last_mut()?.push(c),
            }
        }
        if fields.len() == 5 && wanted.iter().zip(&fields).all(|(want, field)| field == "*" || field == want) {
            return fields.pop();
        }
    }
    None
}

/// `%XX` sequences decoded (a user name or database with `@`, `/` or a space in it).
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1).copied().and_then(hex), bytes.get(i + 2).copied().and_then(hex)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The address as given, a password in it replaced, so that an error never repeats it.
fn without_password(text: &str) -> String {
    let Some((scheme, rest)) = text.split_once("://") else { return text.to_string() };
    let (authority, path) = rest.split_once('/').map_or((rest, None), |(a, p)| (a, Some(p)));
    let authority = match authority.rsplit_once('@') {
        Some((user, host)) if user.contains(':') => {
            format!("{}:***@{host}", user.split(':').next().unwrap_or(""))
        }
        _ => authority.to_string(),
    };
    let path = path.map(|p| {
        let (p, query) = p.split_once('?').map_or((p, None), |(p, q)| (p, Some(q)));
        let query = query.map(|q| {
            q.split('&')
                .map(|pair| if pair.starts_with("password=") { "password=***" } else { pair })
                .collect::<Vec<_>>()
                .join("&")
        });
        match query {
            Some(q) => format!("/{p}?{q}"),
            None => format!("/{p}"),
        }
    });
    format!("{scheme}://{authority}{}", path.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_read_as_libpq_writes_them() {
        // An address, and what it reads as: user, host, port, database, sslmode.
        type Read<'a> = (&'a str, &'a str, u16, &'a str, SslMode);
        let cases: &[(&str, Read<'_>)] = &[
            ("postgres://dpo@db.example.org/ropa", ("dpo", "db.example.org", 5432, "ropa", SslMode::Prefer)),
            ("postgresql://dpo@10.0.0.5:6543/ropa", ("dpo", "10.0.0.5", 6543, "ropa", SslMode::Prefer)),
            ("postgres://dpo@[::1]:5433/ropa?sslmode=require", ("dpo", "::1", 5433, "ropa", SslMode::Require)),
            (
                "postgres://jane%40firm@db/registre%20clients?sslmode=verify-full",
                ("jane@firm", "db", 5432, "registre clients", SslMode::VerifyFull),
            ),
        ];
        for (text, (user, host, port, database, sslmode)) in cases {
            let url = ServerUrl::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(
                (url.user.as_str(), url.host.as_str(), url.port, url.database.as_str(), url.sslmode),
                (*user, *host, *port, *database, *sslmode),
                "{text}"
            );
        }
        assert_eq!(ServerUrl::parse("postgres://dpo@db:5433/ropa").unwrap().to_string(), "postgres://dpo@db:5433/ropa");
    }

    #[test]
    fn a_password_in_the_address_is_refused_and_never_repeated() {
        for text in ["postgres://dpo:s3cret@db/ropa", "postgres://dpo@db/ropa?password=s3cret"] {
            let e = ServerUrl::parse(text).unwrap_err();
            assert_eq!(e.code(), "server_address");
            let said = e.words();
            assert!(said.en.contains("PGPASSWORD") && !said.en.contains("s3cret"), "{said}");
            assert!(!said.fr.contains("s3cret") && !said.de.contains("s3cret"));
        }
    }

    #[test]
    fn profiles_name_addresses_and_hold_no_secret() {
        let file = Path::new("profiles");
        let text = "# the firm's servers\nclients = postgres://dpo@db.firm.example/clients?sslmode=verify-full\n\
                    lab = postgres://dpo:secret@lab/ropa\n";
        let url = profile(file, text, "clients").unwrap();
        assert_eq!((url.host.as_str(), url.sslmode), ("db.firm.example", SslMode::VerifyFull));
        assert_eq!(profile(file, text, "lab").unwrap_err().code(), "server_address");
        let e = profile(file, text, "other").unwrap_err();
        assert!(e.to_string().contains("clients, lab"), "{e}");
        assert!(profile(file, "", "x").unwrap_err().to_string().contains("no profile"));
    }

    #[test]
    fn a_password_file_gives_the_first_line_that_matches() {
        let url = ServerUrl::parse("postgres://dpo@db.firm.example:5433/clients").unwrap();
        let text = "# comment\nother:5433:clients:dpo:no\n*:5433:clients:dpo:pa\\:ss\n*:*:*:*:later\n";
        assert_eq!(pgpass(text, &url).as_deref(), Some("pa:ss"));
        assert_eq!(pgpass("db.firm.example:5432:*:*:x\n", &url), None);
        assert_eq!(pgpass("", &url), None);
    }

    #[test]
    fn what_is_not_an_address_says_why() {
        for (text, part) in [
            ("mysql://dpo@db/ropa", "postgres://"),
            ("postgres://db/ropa", "user"),
            ("postgres://dpo@db", "database"),
            ("postgres://dpo@db:99999/ropa", "99999"),
            ("postgres://dpo@db/ropa?sslmode=always", "always"),
            ("postgres://dpo@db/ropa?timeout=3", "timeout"),
        ] {
            let e = ServerUrl::parse(text).unwrap_err();
            assert!(e.to_string().contains(part), "{text}: {e}");
        }
    }
}
