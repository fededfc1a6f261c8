//! A real PostgreSQL server for the tests: Debian's binaries (`make test` installs the
//! `postgresql` package), a cluster made by `initdb` in a temporary directory, listening on a free
//! loopback port only, with password (SCRAM) authentication; stopped and removed when dropped.
//! PostgreSQL refuses to run as root: as root, the server runs as `nobody`.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The owner of the test cluster and its password.
pub const OWNER: &str = "ropa_owner";
pub const PASSWORD: &str = "test-owner-password";

pub struct Postgres {
    dir: tempfile::TempDir,
    bin: PathBuf,
    pub port: u16,
    as_nobody: bool,
}

/// Debian's newest PostgreSQL binaries (`/usr/lib/postgresql/N/bin`), else those on the PATH.
fn binaries() -> PathBuf {
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| Some((e.file_name().to_str()?.parse().ok()?, e.path().join("bin"))))
        .filter(|(_, bin): &(u32, PathBuf)| bin.join("initdb").is_file())
        .collect();
    versions.sort();
    if let Some((_, bin)) = versions.pop() {
        return bin;
    }
    let on_path =
        std::env::var_os("PATH").and_then(|paths| std::env::split_paths(&paths).find(|p| p.join("initdb").is_file()));
    on_path.unwrap_or_else(|| {
        panic!("PostgreSQL's initdb was not found: `make deps` installs Debian's postgresql package")
    })
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0").unwrap_or(false)
}

/// A port nothing listens on now.
fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    listener.local_addr().expect("its address").port()
}

impl Postgres {
    /// Makes and starts a cluster; panics, saying why, when it cannot.
    pub fn start() -> Postgres {
        let bin = binaries();
        let as_nobody = is_root();
        let dir = tempfile::Builder::new().prefix("ropa-pg-").tempdir().expect("a temporary directory");
        std::fs::write(dir.path().join("password"), PASSWORD).expect("the password file");
        if as_nobody {
            let status = Command::new("chown").args(["-R", "65534:65534"]).arg(dir.path()).status();
            assert!(status.is_ok_and(|s| s.success()), "chown of the cluster's directory to nobody");
        }
        let data = dir.path().join("data");
        let mut pg = Postgres { dir, bin, port: free_port(), as_nobody };
        pg.run(
            "initdb",
            &[
                "-D",
                data.to_str().expect("a UTF-8 path"),
                "-U",
                OWNER,
                "--pwfile",
                pg.dir.path().join("password").to_str().expect("a UTF-8 path"),
                "--auth-host=scram-sha-256",
                "--auth-local=scram-sha-256",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            ],
        );
        // A port taken between our look and the server's start: try another.
        for _ in 0..5 {
            if pg.try_start() {
                return pg;
            }
            pg.port = free_port();
        }
        let log = std::fs::read_to_string(pg.dir.path().join("server.log")).unwrap_or_default();
        panic!("PostgreSQL did not start:\n{log}");
    }

    fn try_start(&self) -> bool {
        let data = self.dir.path().join("data");
        let options = format!(
            "-c listen_addresses=127.0.0.1 -p {} -k {} -c fsync=off -c max_connections=40",
            self.port,
            data.display()
        );
        let log = self.dir.path().join("server.log");
        self.try_run(
            "pg_ctl",
            &[
                "-D",
                data.to_str().unwrap_or(""),
                "-l",
                log.to_str().unwrap_or(""),
                "-w",
                "-t",
                "60",
                "-o",
                &options,
                "start",
            ],
        )
    }

    /// Starts again, on the same port, a server `kill` stopped (it recovers as after a crash).
    pub fn restart(&self) {
        assert!(self.try_start(), "PostgreSQL did not start again");
    }

    fn command(&self, program: &str) -> Command {
        let path = self.bin.join(program);
        if self.as_nobody {
            let mut c = Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups"]).arg(path);
            c
        } else {
            Command::new(path)
        }
    }

    fn try_run(&self, program: &str, args: &[&str]) -> bool {
        self.command(program).args(args).output().is_ok_and(|o| o.status.success())
    }

    fn run(&self, program: &str, args: &[&str]) {
        let out = self.command(program).args(args).output().unwrap_or_else(|e| panic!("{program}: {e}"));
        assert!(
            out.status.success(),
            "{program} failed: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// The cluster's directory.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// `postgres://USER@127.0.0.1:PORT/DATABASE?sslmode=disable`.
    pub fn url(&self, user: &str, database: &str) -> String {
        format!("postgres://{user}@127.0.0.1:{}/{database}?sslmode=disable", self.port)
    }

    /// A client as the cluster's owner, to prepare what a test needs (databases, roles).
    pub fn owner(&self, database: &str) -> postgres::Client {
        postgres::Config::new()
            .user(OWNER)
            .password(PASSWORD)
            .host("127.0.0.1")
            .port(self.port)
            .dbname(database)
            .connect(postgres::NoTls)
            .unwrap_or_else(|e| panic!("connecting to the test server: {e}"))
    }

    /// Makes a new empty database owned by the cluster's owner.
    pub fn database(&self, name: &str) {
        self.owner("postgres").batch_execute(&format!("CREATE DATABASE \"{name}\"")).expect("CREATE DATABASE");
    }

    /// A new database made a ropa store, opened as the cluster's owner (its administrator).
    pub fn new_store(&self, name: &str) -> ropa_core::Store {
        self.database(name);
        let url = ropa_core::store::server::ServerUrl::parse(&self.url(OWNER, name)).expect("address");
        let mut client = url.connect(Some(PASSWORD)).expect("connect");
        ropa_core::store::server::admin_init(&mut client, &url).expect("admin init");
        ropa_core::Store::open_server(&url, Some(PASSWORD), ropa_core::Context::system("tester"))
            .expect("open the server store")
    }

    /// A user who may log in, with `password`, and nothing more until granted.
    pub fn role(&self, name: &str, password: &str) {
        self.owner("postgres")
            .batch_execute(&format!("CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}'"))
            .expect("CREATE ROLE");
    }

    /// Stops the server at once, as a crash would (the tests of faults use it).
    pub fn kill(&self) {
        let data = self.dir.path().join("data");
        let _ = self.try_run("pg_ctl", &["-D", data.to_str().unwrap_or(""), "-m", "immediate", "stop"]);
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        self.kill();
    }
}
