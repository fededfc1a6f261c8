// A PostgreSQL server for the e2e run, as the Rust tests start theirs (crates/ropa-core/tests/
// common/pg.rs): Debian's binaries, `initdb` in a temporary directory, SCRAM passwords, a
// loopback port, run as `nobody` when the run is root's (PostgreSQL refuses to run as root),
// removed at the end.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const OWNER = 'ropa_owner';
export const PASSWORD = 'e2e-owner-password';

/** The newest PostgreSQL's programs Debian installed. */
function binaries() {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .map(Number)
        .filter((v) => v > 0)
        .sort((a, b) => b - a)
    : [];
  for (const v of versions) {
    const bin = join(root, String(v), 'bin');
    if (existsSync(join(bin, 'initdb'))) return bin;
  }
  throw new Error("PostgreSQL's initdb was not found: `make deps` installs Debian's postgresql package");
}

/** Starts a server on `port`; returns how to reach it, run SQL on it, stop and start it again. */
export function startPostgres(port) {
  const bin = binaries();
  const asNobody = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'ropa-e2e-pg-'));
  writeFileSync(join(dir, 'password'), PASSWORD);
  if (asNobody) spawnSync('chown', ['-R', '65534:65534', dir]);
  const data = join(dir, 'data');
  const run = (program, args, env = {}) => {
    const [command, list] = asNobody
      ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', join(bin, program), ...args]]
      : [join(bin, program), args];
    const out = spawnSync(command, list, { encoding: 'utf8', env: { ...process.env, ...env } });
    if (out.status !== 0) throw new Error(`${program} ${args.join(' ')}: ${out.stderr}${out.stdout}`);
    return out.stdout;
  };
  run('initdb', ['-D', data, '-U', OWNER, '--pwfile', join(dir, 'password'), '--auth-host=scram-sha-256', '--auth-local=scram-sha-256', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const start = () =>
    run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', `-c listen_addresses=127.0.0.1 -p ${port} -k ${data} -c fsync=off`, 'start']);
  const kill = () => run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
  start();
  return {
    url: (user, database) => `postgres://${user}@127.0.0.1:${port}/${database}?sslmode=disable`,
    /** Runs SQL as the cluster's owner; returns what psql prints. */
    sql: (database, statement) =>
      run('psql', ['-h', '127.0.0.1', '-p', String(port), '-U', OWNER, '-d', database, '-v', 'ON_ERROR_STOP=1', '-qAt', '-c', statement], {
        PGPASSWORD: PASSWORD,
      }),
    /** Stops it at once, as a crash would. */
    kill,
    start,
    stop: () => {
      try {
        kill();
      } catch {
        // Stopped already.
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
