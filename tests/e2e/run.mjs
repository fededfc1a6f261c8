#!/usr/bin/env node
// End-to-end scenario: drives the real desktop app through WebDriver (tauri-driver in front of
// WebKitWebDriver), on a fresh store in a temporary directory. Run under a display, e.g.
//
//   xvfb-run -a node tests/e2e/run.mjs target/release/ropa-desktop [--screenshots DIR] [--smoke]
//
// Prints `ok - <step>` or `not ok - <step>: <reason>` per step and stops at the first failure
// (exit code 1). --smoke only checks the plumbing (the window opens, its <h1> is read, a
// screenshot is taken, everything shuts down), which works with any build of the app.
// See tests/e2e/README.md.

import { spawn, spawnSync } from 'node:child_process';
import { accessSync, closeSync, constants, existsSync, openSync, readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inflateRawSync } from 'node:zlib';

import { OWNER, PASSWORD, startPostgres } from './postgres.mjs';
import { Session, serverReady, sleep, testid as $, waitUntil } from './webdriver.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '../..');
const FIXTURES = join(REPO, 'crates/ropa-core/tests/fixtures/csv');
// The CNIL register layout as French Excel saves it: Windows-1252, semicolons.
const CNIL_FIXTURE = join(FIXTURES, 'cnil-register-windows1252-semicolon.csv');
// The CNIL register as a workbook with its fiches (crates/ropa-core/tests/fixtures/workbooks).
const CNIL_WORKBOOK = join(REPO, 'crates/ropa-core/tests/fixtures/workbooks/cnil-registre.xlsx');

// axe-core, the WCAG rules engine (ui/package.json installs it), run inside the window.
const AXE = join(REPO, 'ui/node_modules/axe-core/axe.min.js');

/** Waiting for the first window: starting WebKit and the app on a loaded machine is slow. */
const STARTUP_TIMEOUT_MS = Math.max(60_000, Number(process.env.E2E_TIMEOUT_MS) || 0);

const ORG = 'Agence Test e2e';
const PAIE = 'Paie des salariés';
const PAIE_EDITED = 'Paie et déclarations';
const VIDEO = 'Vidéoprotection';
const MEASURE = 'Chiffrement des postes';

// --- Processes and ports ------------------------------------------------------------------------

/** A TCP port nobody listens on now (the OS picks it when binding port 0). */
function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function findOnPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // keep looking
    }
  }
  return null;
}

/** tauri-driver: $TAURI_DRIVER, else on the PATH, else where `cargo install` puts it. */
function tauriDriverPath() {
  const candidates = [process.env.TAURI_DRIVER, findOnPath('tauri-driver'), join(homedir(), '.cargo/bin/tauri-driver')];
  const found = candidates.find((c) => c && existsSync(c));
  if (!found) throw new Error('tauri-driver not found: cargo install tauri-driver --locked --version 2.1.0');
  return found;
}

/** The processes whose process group is `pgid`, with their executable (Linux /proc). */
/** The processes of a process group (not zombies), each with its executable's path. */
export function processGroup(pgid) {
  const found = [];
  for (const pid of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid || fields[0] === 'Z') continue;
      let exe = '';
      try {
        exe = readlinkSync(`/proc/${pid}/exe`);
      } catch {
        // gone meanwhile, or not ours to read
      }
      found.push({ pid: Number(pid), exe });
    } catch {
      // the process ended while being read
    }
  }
  return found;
}

function tail(file, lines = 40) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/**
 * Starts tauri-driver on two free ports, in a process group of its own (so that it, the
 * WebKitWebDriver it starts and the app WebKitWebDriver starts can be ended together), and waits
 * until it answers GET /status. Its output (and WebKitWebDriver's, and the app's) goes to `log`.
 */
export async function startTauriDriver({ log, env = {} }) {
  const port = await freePort();
  let nativePort = await freePort();
  while (nativePort === port) nativePort = await freePort();
  const fd = openSync(log, 'a');
  const child = spawn(tauriDriverPath(), ['--port', String(port), '--native-port', String(nativePort)], {
    detached: true,
    stdio: ['ignore', fd, fd],
    env: { ...process.env, ...env },
  });
  closeSync(fd);
  let exited = null;
  child.on('exit', (code, signal) => {
    exited = { code, signal };
  });
  const url = `http://127.0.0.1:${port}`;
  const driver = {
    url,
    port,
    nativePort,
    pid: child.pid,
    /** The processes of its group now (Linux /proc): pid and executable. */
    members: () => processGroup(child.pid),
    /** Ends tauri-driver, WebKitWebDriver and the app (the whole process group): TERM, then KILL
     * whatever is still there after a while. True when nothing was left to kill. */
    async stop() {
      const group = -child.pid;
      const alive = () => {
        try {
          process.kill(group, 0);
          return true;
        } catch {
          return false;
        }
      };
      if (!alive()) return true;
      process.kill(group, 'SIGTERM');
      for (let i = 0; i < 100 && alive(); i++) await sleep(100);
      if (!alive()) return true;
      process.kill(group, 'SIGKILL');
      for (let i = 0; i < 50 && alive(); i++) await sleep(100);
      return false;
    },
  };
  try {
    await waitUntil(
      `tauri-driver to answer GET ${url}/status`,
      async () => {
        if (exited) throw new Error(`tauri-driver exited (${JSON.stringify(exited)}):\n${tail(log)}`);
        return serverReady(url);
      },
      { timeout: STARTUP_TIMEOUT_MS },
    );
  } catch (error) {
    await driver.stop();
    throw error;
  }
  return driver;
}

// --- The fixture --------------------------------------------------------------------------------

/** Splits CSV text into records (quoted fields may hold separators, quotes and line breaks). */
function parseCsv(text, separator) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** Checks that the fixture is what the scenario needs and returns how many activities it holds. */
/** The names of a zip archive's entries, and one entry's text (a workbook is a zip), read from
 * its central directory (the sizes written after each entry's data are repeated there). */
function zipEntry(bytes, wanted) {
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('not a zip archive: no end of central directory');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const names = [];
  let found = null;
  for (let i = 0; i < count; i += 1) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry at ${at}`);
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    names.push(name);
    if (name === wanted) {
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const data = bytes.subarray(start, start + size);
      found = (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLength + extra + comment;
  }
  return { names, text: found };
}

function fixtureActivities(file) {
  const bytes = readFileSync(file);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    throw new Error(`${file} is valid UTF-8; the scenario wants the Windows-1252 fixture`);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
  }
  // Latin-1 reads every byte, and agrees with Windows-1252 on the quotes, separators, line
  // breaks and the letters of the header checked here (Node's 'windows-1252' decoder is Latin-1).
  const records = parseCsv(bytes.toString('latin1'), ';');
  const header = records[0] ?? [];
  if (header[0] !== "Nom de l'activité" || header.length !== 16) {
    throw new Error(`${file} does not start with the CNIL register's 16 columns separated by ";" (header: ${JSON.stringify(header.slice(0, 3))}…)`);
  }
  const rows = records.slice(1).filter((r) => r.some((cell) => cell.trim() !== ''));
  if (rows.length === 0) throw new Error(`${file} holds no activity`);
  return rows.map((r) => r[0]);
}

// --- Runner -------------------------------------------------------------------------------------

function parseArgs(argv) {
  const args = { binary: null, screenshots: null, smoke: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--screenshots') {
      args.screenshots = argv[++i];
      if (!args.screenshots) usage('--screenshots needs a directory');
    } else if (a.startsWith('--screenshots=')) args.screenshots = a.slice('--screenshots='.length);
    else if (a === '--smoke') args.smoke = true;
    else if (a === '-h' || a === '--help') usage();
    else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else if (!args.binary) args.binary = a;
    else usage(`unexpected argument ${a}`);
  }
  if (!args.binary) usage('the path of the app binary is missing');
  return args;
}

function usage(problem) {
  if (problem) console.error(`run.mjs: ${problem}`);
  console.error('usage: node tests/e2e/run.mjs <path-to-app-binary> [--screenshots DIR] [--smoke]');
  process.exit(2);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const binary = resolve(args.binary);
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    console.error(`run.mjs: ${binary} is not an executable file (build it with make app)`);
    process.exit(2);
  }
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('run.mjs: no display; run under xvfb-run -a');
    process.exit(2);
  }
  const screenshots = args.screenshots ? resolve(args.screenshots) : null;
  if (screenshots) await mkdir(screenshots, { recursive: true });

  const tmp = await mkdtemp(join(tmpdir(), 'ropa-e2e-'));
  const store = join(tmp, 'register.sqlite');
  const log = join(tmp, 'driver.log');
  let driver = null;
  let session = null;
  let failed = false;
  let cleaning = null;

  const cleanUp = () =>
    (cleaning ??= (async () => {
      if (session) {
        try {
          await session.stop();
        } catch (error) {
          console.log(`# could not delete the session: ${error.message}`);
        }
      }
      if (driver) {
        const clean = await driver.stop();
        if (!clean) console.log('# tauri-driver, WebKitWebDriver or the app had to be killed');
      }
      await rm(tmp, { recursive: true, force: true });
    })());

  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      console.log(`# ${signal}: cleaning up`);
      cleanUp().finally(() => process.exit(130));
    });
  }

  const shot = async (name) => {
    if (!screenshots || !session) return;
    // What the last step changed is painted by the next frames.
    await sleep(300);
    const file = await session.screenshot(join(screenshots, `${name}.png`));
    console.log(`# screenshot ${file}`);
  };

  /** Runs one named step; on failure reports it with what the window shows, and stops. */
  const step = async (name, body) => {
    if (failed) return;
    try {
      await body();
      console.log(`ok - ${name}`);
    } catch (error) {
      failed = true;
      let reason = error?.message ?? String(error);
      const alert = session ? await alertText(session).catch(() => '') : '';
      if (alert) reason += ` [the window shows an alert: ${alert}]`;
      console.log(`not ok - ${name}: ${reason}`);
      if (!session) {
        const lines = tail(log, 15).trim();
        if (lines) console.log(lines.replace(/^/gm, '# '));
      }
      await keepEvidence(session, name, log);
    }
  };

  // Fresh profile for WebKit (local storage holds the chosen language) and an English locale, so
  // that nothing from an earlier run or from the machine's settings leaks in.
  const env = {
    XDG_DATA_HOME: join(tmp, 'xdg/data'),
    XDG_CONFIG_HOME: join(tmp, 'xdg/config'),
    XDG_CACHE_HOME: join(tmp, 'xdg/cache'),
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
    LANGUAGE: 'en',
    // WebKitWebDriver takes screenshots from the composited layers: the app turns compositing off
    // by default (src-tauri/src/main.rs), so screenshot runs turn it back on.
    ...(screenshots ? { WEBKIT_DISABLE_COMPOSITING_MODE: '0' } : {}),
  };

  try {
    await step('tauri-driver starts and answers /status', async () => {
      driver = await startTauriDriver({ log, env });
      console.log(`# tauri-driver on port ${driver.port} (WebKitWebDriver on ${driver.nativePort})`);
    });
    await step('a WebDriver session starts the app on a fresh store', async () => {
      session = await Session.start(driver.url, {
        'tauri:options': { application: binary, args: ['--db', store] },
      });
    });
    if (args.smoke) await smoke(step, () => session, shot);
    else {
      await scenario(step, () => session, shot, { tmp, store, binary });
      // One session at a time: the next steps start the app on stores of their own.
      const scenarioSession = session;
      session = null;
      await scenarioSession.stop();
      await crashes(step, { driver, binary, tmp });
      await team(step, shot, { driver, binary, tmp });
    }
  } finally {
    await step('the session ends and tauri-driver stops', async () => {
      const s = session;
      session = null;
      if (s) await s.stop();
      if (driver) {
        // Deleting the session closes the app's window, and the app quits with its last window.
        const app = realpathSync(binary);
        await waitUntil('the app to quit after the session was deleted', async (note) => {
          const left = driver.members().filter((p) => p.exe === app || p.exe === `${app} (deleted)`);
          note(`still running: ${left.map((p) => p.pid).join(', ')}`);
          return left.length === 0;
        });
      }
      if (driver && !(await driver.stop())) throw new Error('tauri-driver, WebKitWebDriver or the app had to be killed');
    });
    await cleanUp();
  }
  process.exit(failed ? 1 : 0);
}

/** The text of the alerts and alert dialogs (the "discard changes?" guard) the window shows now
 * (non-empty, displayed), joined. */
async function alertText(session) {
  const texts = await session.execute(
    `return Array.from(document.querySelectorAll('[role="alert"], [role="alertdialog"]'))
       .filter((e) => e.offsetParent !== null || e.getClientRects().length > 0)
       .map((e) => e.innerText.trim()).filter(Boolean);`,
  );
  return texts.join(' | ');
}

/** After a failure: a screenshot and the page's HTML in a directory that outlives the run. */
async function keepEvidence(session, stepName, log) {
  try {
    const dir = await mkdtemp(join(tmpdir(), 'ropa-e2e-failure-'));
    const driverTail = tail(log, 60);
    if (driverTail) await writeFile(join(dir, 'driver.log'), driverTail);
    if (session) {
      await session.screenshot(join(dir, 'screen.png')).catch(() => {});
      const html = await session.source().catch(() => null);
      if (html) await writeFile(join(dir, 'page.html'), html);
    }
    console.log(`# evidence of "${stepName}" kept in ${dir}`);
  } catch (error) {
    console.log(`# could not keep evidence: ${error.message}`);
  }
}

// --- Smoke test: the plumbing, with any build of the app --------------------------------------

async function smoke(step, current, shot) {
  await step('the window shows a heading', async () => {
    const s = current();
    const text = await s.waitText('h1', (t) => t.trim() !== '', { timeout: STARTUP_TIMEOUT_MS });
    console.log(`# h1: ${JSON.stringify(text)}; title: ${JSON.stringify(await s.title())}`);
  });
  await step('a screenshot is taken', async () => {
    await shot('smoke');
  });
}

// --- The scenario -------------------------------------------------------------------------------

async function scenario(step, current, shot, { tmp, store, binary }) {
  let s = null;
  let paieId = null;

  /** The activity rows listed now: their id and text, read in one go. */
  const rows = () =>
    s.execute(
      `return Array.from(document.querySelectorAll('[data-testid="activity-row"]'))
         .map((r) => ({ id: r.getAttribute('data-id'), text: r.innerText }));`,
    );

  /** Waits until `test(rows)` holds for the listed rows; returns them. */
  const waitRows = (description, test) =>
    waitUntil(description, async (note) => {
      const list = await rows();
      note(JSON.stringify(list.map((r) => `${r.id}: ${r.text.split('\n')[0]}`)));
      return test(list) ? list : null;
    });

  const statusTexts = () =>
    s.execute(`return Array.from(document.querySelectorAll('[data-testid="status"]')).map((e) => e.innerText.trim());`);

  const row = (id) => `${$('activity-row')}[data-id="${id}"]`;

  /** Waits until `activity-count` reads `n`. */
  const waitCount = (n) => s.waitText($('activity-count'), (t) => t.trim() === String(n));

  /** Fills the open activity editor and saves; waits for `saved`. */
  const fillAndSave = async ({ name, purposes, role, status, noTransfers }) => {
    await s.fill($('activity-name'), name);
    if (purposes !== undefined) await s.fill($('activity-purposes'), purposes);
    if (role !== undefined) await s.select($('activity-role'), role);
    if (status !== undefined) await s.select($('activity-status'), status);
    if (noTransfers !== undefined) await s.setChecked($('no-transfers'), noTransfers);
    await s.click($('activity-save'));
    await s.find($('saved'));
    const shown = await s.value($('activity-name'));
    if (shown !== name) throw new Error(`after saving, the editor shows the name ${JSON.stringify(shown)}, not ${JSON.stringify(name)}`);
  };

  const newActivity = async (fields) => {
    await s.click($('nav-register'));
    await s.click($('new-activity'));
    await s.find($('activity-name'), { visible: true });
    await fillAndSave(fields);
  };

  await step('the window opens on the empty register and offers the example and a new organisation', async () => {
    s = current();
    await s.find($('empty-load-demo'), { visible: true, timeout: STARTUP_TIMEOUT_MS });
    await s.find($('empty-new-organisation'), { visible: true });
    await shot('empty');
    await axeCheck(s, 'the empty register');
  });

  await step(`create the organisation "${ORG}"`, async () => {
    await s.click($('empty-new-organisation'));
    await s.fill($('org-name'), ORG);
    await s.fill($('org-dpo-name'), 'Léa Martin');
    await s.fill($('org-dpo-email'), 'dpo@agence.example');
    await s.setChecked($('org-controller'), true);
    await s.click($('org-save'));
    const options = await waitUntil(`the organisation switcher to list "${ORG}"`, async (note) => {
      const list = await s.execute(
        `const select = document.querySelector('[data-testid="org-switcher"]');
         return select ? Array.from(select.options).map((o) => ({ value: o.value, text: o.textContent.trim() })) : null;`,
      );
      note(JSON.stringify(list));
      return list?.some((o) => o.text.includes(ORG)) ? list : null;
    });
    const ours = options.find((o) => o.text.includes(ORG));
    if ((await s.value($('org-switcher'))) !== ours.value) await s.select($('org-switcher'), ours.value);
  });

  await step('add the security measure "Chiffrement des postes" to the catalogue', async () => {
    await s.click($('nav-catalogue'));
    await s.click($('catalogue-measures'));
    await s.click($('catalogue-new'));
    await s.fill($('catalogue-name'), MEASURE);
    await s.click($('catalogue-save'));
    await waitUntil(`a catalogue row reading "${MEASURE}"`, async (note) => {
      const texts = await s.execute(
        `return Array.from(document.querySelectorAll('[data-testid="catalogue-row"]')).map((r) => r.innerText);`,
      );
      note(JSON.stringify(texts));
      return texts.some((x) => x.includes(MEASURE));
    });
  });

  await step(`create the activity "${PAIE}"`, async () => {
    await newActivity({ name: PAIE, purposes: 'Payer les salariés\nDéclarations sociales', role: 'controller', status: 'active' });
    await shot('activity-editor');
    await s.click($('nav-register'));
    const list = await waitRows(`a row reading "${PAIE}"`, (l) => l.some((r) => r.text.includes(PAIE)));
    paieId = list.find((r) => r.text.includes(PAIE)).id;
    if (!paieId) throw new Error('the activity row has no data-id');
    await waitCount(1);
  });

  await step(`rename it "${PAIE_EDITED}" and state that its data leave for no third country`, async () => {
    await s.click(row(paieId));
    await waitUntil(`the editor to show "${PAIE}"`, async (note) => {
      const v = await s.value($('activity-name'));
      note(JSON.stringify(v));
      return v === PAIE;
    });
    const purposes = await s.value($('activity-purposes'));
    if (purposes !== 'Payer les salariés\nDéclarations sociales') {
      throw new Error(`the purposes read back as ${JSON.stringify(purposes)}`);
    }
    await fillAndSave({ name: PAIE_EDITED, noTransfers: true });
    await s.click($('nav-register'));
    await s.waitText(row(paieId), PAIE_EDITED);
    await waitCount(1);
  });

  await step('the checks list the missing security measures and open the activity at that field', async () => {
    await s.click($('nav-checks'));
    const finding = `${$('finding')}[data-rule="missing-security-measures"]`;
    await s.find(finding, { visible: true });
    await s.find($('reference-checked'), { visible: true });
    await shot('checks');
    await s.click(`${finding} button.link`);
    await s.find($('activity-name'), { visible: true });
    await s.find('[data-field="measure_ids"].flagged');
    await s.click($('activity-cancel'));
  });

  await step('search finds it; clearing the search lists both activities', async () => {
    await newActivity({ name: VIDEO, purposes: 'Sécurité des locaux', role: 'controller', status: 'active' });
    await s.click($('nav-register'));
    await waitRows('two rows', (l) => l.length === 2);
    await s.fill($('search'), 'paie');
    await waitRows(`only the row of "${PAIE_EDITED}"`, (l) => l.length === 1 && l[0].id === paieId && l[0].text.includes(PAIE_EDITED));
    await s.fill($('search'), '');
    await waitRows('two rows again', (l) => l.length === 2);
    await waitCount(2);
  });

  await step('import the CNIL register saved by Excel (Windows-1252, ";") through the path field', async () => {
    const names = fixtureActivities(CNIL_FIXTURE);
    await s.click($('nav-register'));
    const countBeforeImport = Number((await s.text($('activity-count'))).trim());
    if (!Number.isInteger(countBeforeImport)) throw new Error('activity-count is not a number');
    await s.click($('nav-import'));
    await s.fill($('import-path'), CNIL_FIXTURE);
    await s.fill($('import-org'), ORG);
    await s.select($('import-preset'), 'auto');
    await s.click($('import-preview'));
    const summary = await s.waitText($('import-summary'), (t) => /creat|créé|cré/i.test(t));
    if (!new RegExp(`(^|\\D)${names.length}(\\D|$)`).test(summary)) {
      throw new Error(`the summary does not mention the ${names.length} rows of the file: ${JSON.stringify(summary)}`);
    }
    // The preview lists the file's rows themselves, each to be created, with no errors.
    const previewed = await s.execute(
      `return Array.from(document.querySelectorAll('[data-testid="import-row"]')).map((r) => Array.from(r.cells).map((c) => c.innerText.trim()));`,
    );
    if (previewed.length !== names.length || !names.every((n) => previewed.some((cells) => cells[1] === n))) {
      throw new Error(`the preview's rows are not the file's ${names.length} activities: ${JSON.stringify(previewed)}`);
    }
    const notNew = previewed.filter((cells) => !/^(New|Nouvelle)$/.test(cells[2]) || cells[3] !== '');
    if (notNew.length > 0) throw new Error(`rows previewed as other than new, or with problems: ${JSON.stringify(notNew)}`);
    // Its end is said, and the focus is where reading it starts.
    const said = await s.waitText($('import-said'), (t) => t.includes(String(names.length)));
    const at = await focused(s);
    if (at?.tag !== 'h3') throw new Error(`after the preview the focus is at ${JSON.stringify(at)}; said: ${said}`);
    await shot('import-preview');
    await s.click($('import-confirm'));
    await s.find($('import-result'));
    await s.click($('nav-register'));
    await waitCount(countBeforeImport + names.length);
    await waitRows(`the imported activities listed (${names.join(', ')})`, (l) =>
      names.every((n) => l.some((r) => r.text.includes(n))),
    );
    await shot('register');
  });

  await step('import the CNIL register workbook with its fiches: each sheet said, rows already there shown with their changes', async () => {
    await s.click($('nav-register'));
    const countBefore = Number((await s.text($('activity-count'))).trim());
    await s.click($('nav-import'));
    await s.fill($('import-path'), CNIL_WORKBOOK);
    await s.fill($('import-org'), ORG);
    await s.click($('import-preview'));
    await s.find($('import-sheets'), { visible: true });
    const sheets = await s.execute(
      `return Array.from(document.querySelectorAll('[data-testid="import-sheet"]')).map((r) => Array.from(r.cells).map((c) => c.innerText.trim()));`,
    );
    // Read, name, what it is, details: the summary, three fiches; the model, the example, the lists left out.
    const read = sheets.filter((cells) => /fiche|list of activities|register list|liste des traitements/i.test(cells[2]));
    if (sheets.length !== 8 || read.length < 4) throw new Error(`the sheets are not all said: ${JSON.stringify(sheets)}`);
    if (!sheets.some((cells) => /example|exemple/i.test(cells[2]))) throw new Error(`the template's example is not said: ${JSON.stringify(sheets)}`);
    // Three of the file's activities are already in the register (from the CSV): updates, with
    // what would change; one is new.
    const rows = await waitUntil('the previewed rows', async (note) => {
      const list = await s.execute(
        `return Array.from(document.querySelectorAll('[data-testid="import-row"]')).map((r) => ({ cells: Array.from(r.cells).map((c) => c.innerText.trim()), choice: !!r.querySelector('[data-testid="import-row-choice"]') }));`,
      );
      note(JSON.stringify(list.map((r) => r.cells.slice(0, 3))));
      return list.length === 4 ? list : null;
    });
    const existing = rows.filter((r) => r.choice);
    if (existing.length !== 3) throw new Error(`expected 3 rows matching activities already there: ${JSON.stringify(rows)}`);
    await s.find($('import-changes'));
    // Keep the register's "Recrutement" as it is: the preview says so.
    const keep = `${$('import-row')}:nth-child(${rows.findIndex((r) => r.cells[2] === 'Recrutement') + 1}) ${$('import-row-choice')}`;
    await s.select(keep, 'keep');
    await waitUntil('"Recrutement" to be kept', async (note) => {
      const outcome = await s.execute(
        `return Array.from(document.querySelectorAll('[data-testid="import-row"]')).map((r) => Array.from(r.cells).map((c) => c.innerText.trim())).find((c) => c[2] === 'Recrutement')?.[3] ?? '';`,
      );
      note(JSON.stringify(outcome));
      return /kept|laissée/i.test(outcome);
    });
    // The column mapping names what each column fills, in words: no selector shows nothing.
    const mapping = await s.execute(
      `return Array.from(document.querySelectorAll('table.mapping tbody tr')).map((r) => ({ column: r.cells[0].innerText.trim(),
         shown: (r.querySelector('select').selectedOptions[0] || { textContent: '' }).textContent.trim() }));`,
    );
    const blank = mapping.filter((m) => m.shown === '');
    if (mapping.length === 0 || blank.length > 0) throw new Error(`columns with an empty selector: ${JSON.stringify(blank.length ? blank : mapping)}`);
    await shot('import-workbook');
    await s.click($('import-confirm'));
    await s.waitText($('import-result'), (t) => /undo|annul/i.test(t));
    await s.click($('nav-register'));
    await waitCount(countBefore + 1);
    await waitRows('"Tenue de l’état civil" listed', (l) => l.some((r) => r.text.includes('Tenue de l’état civil')));
  });

  await step('the history shows the import as one change, and takes it back in one step', async () => {
    await s.click($('nav-register'));
    const countBefore = Number((await s.text($('activity-count'))).trim());
    await s.click($('nav-history'));
    await s.find($('history-change'), { visible: true });
    await s.click($('history-undo'));
    await s.click($('history-undo-confirm'));
    await s.find($('undone'), { visible: true });
    await s.click($('nav-register'));
    await waitCount(countBefore - 1);
  });

  await step('export the register as an Excel workbook in the CNIL layout', async () => {
    const xlsx = join(tmp, 'registre.xlsx');
    await s.click($('nav-export'));
    await s.select($('export-format'), 'xlsx');
    await s.select($('export-layout'), 'cnil');
    await s.select($('export-lang'), 'fr');
    await s.fill($('export-path'), xlsx);
    await s.click($('export-run'));
    await s.waitText($('export-result'), xlsx);
    const bytes = await readFile(xlsx);
    const { names, text } = zipEntry(bytes, 'xl/workbook.xml');
    if (!names.includes('xl/worksheets/sheet1.xml') || text === null) throw new Error(`not a workbook: ${JSON.stringify(names)}`);
    if (!text.includes('Liste des traitements')) throw new Error(`no summary sheet in ${JSON.stringify(text.slice(0, 400))}`);
    const sheetCount = (text.match(/<sheet /g) ?? []).length;
    const activities = Number((await s.text($('export-result'))).match(/(\d+)\s+(activit(?:y|ies)|activités?)/)?.[1] ?? NaN);
    if (sheetCount !== activities + 1) throw new Error(`${sheetCount} sheets for ${activities} activities: a summary and a fiche each were expected`);
  });

  await step('export the register as a PDF in French', async () => {
    const pdf = join(tmp, 'registre.pdf');
    await s.click($('nav-export'));
    await s.select($('export-format'), 'pdf');
    await s.select($('export-lang'), 'fr');
    await s.fill($('export-path'), pdf);
    await s.click($('export-run'));
    await s.waitText($('export-result'), pdf);
    await shot('export');
    if (!existsSync(pdf)) throw new Error(`${pdf} was not written`);
    const head = (await readFile(pdf)).subarray(0, 5).toString('latin1');
    if (head !== '%PDF-') throw new Error(`${pdf} starts with ${JSON.stringify(head)}, not %PDF-`);
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    if (text.status !== 0) throw new Error(`pdftotext failed: ${text.stderr || text.error}`);
    const flat = text.stdout.normalize('NFC').replace(/\s+/g, ' ');
    for (const wanted of [PAIE_EDITED, ORG, 'aucune donnée personnelle ne va vers un pays tiers']) {
      if (!flat.includes(wanted)) throw new Error(`pdftotext does not find ${JSON.stringify(wanted)} in the PDF`);
    }
    const check = spawnSync('qpdf', ['--check', pdf], { encoding: 'utf8' });
    if (check.status !== 0) throw new Error(`qpdf --check exits with ${check.status}: ${(check.stdout + check.stderr).trim()}`);
  });

  await step('export the register as CSV with semicolons, as French Excel expects', async () => {
    const csv = join(tmp, 'registre.csv');
    await s.select($('export-format'), 'csv');
    await s.select($('export-delimiter'), ';');
    await s.fill($('export-path'), csv);
    await s.click($('export-run'));
    await s.waitText($('export-result'), csv);
    const text = (await readFile(csv)).toString('utf8');
    if (!text.startsWith('\ufeffID;Organisation;')) throw new Error(`the CSV starts with ${JSON.stringify(text.slice(0, 30))}`);
    if (!text.includes(PAIE_EDITED)) throw new Error(`the CSV does not hold ${JSON.stringify(PAIE_EDITED)}`);
  });

  await step(`restore the first version from the activity's history: "${PAIE}" again`, async () => {
    await s.click($('nav-register'));
    await s.click(row(paieId));
    await waitUntil(`the editor to show "${PAIE_EDITED}"`, async (note) => {
      const v = await s.value($('activity-name'));
      note(JSON.stringify(v));
      return v === PAIE_EDITED;
    });
    await s.click($('activity-history'));
    const entries = await waitUntil('at least 2 history entries', async (note) => {
      const list = await s.execute(
        `return Array.from(document.querySelectorAll('[data-testid="history-entry"]'))
           .map((e) => Number(e.getAttribute('data-seq')));`,
      );
      note(JSON.stringify(list));
      return list.length >= 2 ? list : null;
    });
    if (entries.some((seq) => !Number.isFinite(seq))) throw new Error(`history entries without a numeric data-seq: ${JSON.stringify(entries)}`);
    const newestFirst = entries.every((seq, i) => i === 0 || entries[i - 1] > seq);
    if (!newestFirst) throw new Error(`history entries are not newest first: data-seq ${JSON.stringify(entries)}`);
    await shot('history');
    const oldest = entries[entries.length - 1];
    const statusBefore = await statusTexts();
    await s.click(`${$('history-entry')}[data-seq="${oldest}"] ${$('history-restore')}`);
    // Restoring asks first.
    await s.click(`${$('history-entry')}[data-seq="${oldest}"] ${$('history-restore-confirm')}`);
    // Done when the history shows the restore (it is a change like the others), a new status
    // message says so, or the window has moved on from the history.
    await waitUntil('the restore to be done', async (note) => {
      const n = (await s.findAllNow($('history-entry'))).length;
      const status = await statusTexts();
      note(`${n} history entries, status ${JSON.stringify(status)}`);
      return n === 0 || n > entries.length || JSON.stringify(status) !== JSON.stringify(statusBefore);
    });
    await s.click($('nav-register'));
    await s.waitText(row(paieId), PAIE);
  });

  await step('another program changes the open activity: the window says so, and refuses to save over it', async () => {
    await s.click($('nav-register'));
    await s.click(row(paieId));
    await waitUntil(`the editor to show "${PAIE}"`, async () => (await s.value($('activity-name'))) === PAIE);
    const sheet = join(tmp, 'outside.csv');
    await writeFile(sheet, `Name;Purposes\n${PAIE};Verser les salaires (modifié en ligne de commande)\n`);
    const out = ropaCli(binary, store, ['import', sheet, '--org', ORG]);
    if (out.status !== 0) throw new Error(`ropa import: ${out.stderr}`);
    await s.find($('outside-changes'), { visible: true, timeout: 20_000 });
    await s.fill($('activity-name'), `${PAIE} (fenêtre)`);
    await s.click($('activity-save'));
    const notice = await s.waitText($('conflict'), (t) => t.includes('changed this entry'));
    if (!notice.includes('modifié en ligne de commande')) throw new Error(`the notice does not show their change: ${notice}`);
    await shot('conflict');
    await s.click($('conflict-reload'));
    await waitUntil('the editor to show their version', async (note) => {
      const [name, purposes] = [await s.value($('activity-name')), await s.value($('activity-purposes'))];
      note(JSON.stringify([name, purposes]));
      return name === PAIE && purposes.includes('modifié en ligne de commande');
    });
  });

  await step('deleting an activity asks first; Esc closes the question only, and "Keep it" keeps it', async () => {
    await s.click($('nav-register'));
    await s.click(row(paieId));
    await s.find($('activity-name'), { visible: true });
    await s.click($('activity-delete'));
    await s.find($('activity-delete-question'), { visible: true });
    const focused = await s.execute(`return document.activeElement?.getAttribute('data-testid');`);
    if (focused !== 'activity-delete-question') throw new Error(`focus is on ${focused}, not on the question`);
    await s.execute(
      `document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));`,
    );
    await s.waitGone($('activity-delete-question'));
    await s.find($('activity-name'), { visible: true });
    await s.click($('activity-delete'));
    await s.click($('activity-delete-cancel'));
    await s.waitGone($('activity-delete-question'));
    await s.click($('nav-register'));
    await s.find(row(paieId), { visible: true });
  });

  await step('leaving the organisation form with changes asks, with the focus on the question', async () => {
    await s.click($('nav-organisation'));
    await s.find($('org-dpo-name'), { visible: true });
    const before = await s.value($('org-dpo-name'));
    await s.fill($('org-dpo-name'), `${before} (brouillon)`);
    await s.execute(
      `document.querySelector('[data-testid="org-dpo-name"]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));`,
    );
    await s.find($('guard'), { visible: true });
    const focused = await s.execute(`return document.activeElement?.getAttribute('data-testid');`);
    if (focused !== 'guard') throw new Error(`focus is on ${focused}, not on the question`);
    await s.click($('guard-keep'));
    const kept = await s.value($('org-dpo-name'));
    if (kept !== `${before} (brouillon)`) throw new Error(`the typed name was not kept: ${JSON.stringify(kept)}`);
    await s.click($('org-cancel'));
    await s.click($('guard-discard'));
    await s.find($('new-activity'), { visible: true });
  });

  await step('axe-core finds no WCAG 2.1 A or AA violation on any screen, in the light and the dark theme', async () => {
    const screens = [
      ['the register', 'nav-register', 'activity-row'],
      ['the catalogue', 'nav-catalogue', 'catalogue-new'],
      ['the import', 'nav-import', 'import-path'],
      ['the export', 'nav-export', 'export-run'],
      ['the history', 'nav-history', 'history-entry'],
      ['the checks', 'nav-checks', 'finding'],
      ['the erasure', 'nav-erase', 'erase-text'],
    ];
    for (const [where, nav, marker] of screens) {
      await s.click($(nav));
      await s.find($(marker), { visible: true });
      await axeCheck(s, where);
    }
    await s.click($('nav-register'));
    await s.click(row(paieId));
    await s.find($('activity-name'), { visible: true });
    await axeCheck(s, 'the activity editor');
    await s.click($('activity-delete'));
    await s.find($('activity-delete-question'), { visible: true });
    await axeCheck(s, 'the question before deleting');
    await s.click($('activity-delete-cancel'));
    await s.click($('nav-organisation'));
    await s.find($('org-name'), { visible: true });
    await axeCheck(s, 'the organisation');
    await s.click($('org-cancel'));
    await s.click($('nav-register'));
  });

  await step('by keyboard alone: the shortcuts list, a new activity saved, back to the list and into an activity, the focus always on what appeared', async () => {
    const KEYBOARD = 'Accueil des visiteurs';
    await s.click($('nav-register'));
    await s.click($('search'));
    await s.press('F1');
    await s.find($('shortcuts'), { visible: true });
    await waitUntil('the focus on the list of shortcuts', async (note) => {
      const f = await focused(s);
      note(JSON.stringify(f));
      return f?.testid === 'shortcuts';
    });
    await axeCheck(s, 'the list of shortcuts');
    await s.press('Escape');
    await s.waitGone($('shortcuts'));
    await waitUntil('the focus back on the search field', async (note) => {
      const f = await focused(s);
      note(JSON.stringify(f));
      return f?.testid === 'search';
    });
    await s.press('n', { ctrl: true });
    await waitUntil('the cursor in the new activity\'s name', async (note) => {
      const f = await focused(s);
      note(JSON.stringify(f));
      return f?.testid === 'activity-name';
    });
    await s.keys(KEYBOARD);
    await s.keys('\uE004');
    const next = await focused(s);
    if (!next || next.testid === 'activity-name' || next.tag === 'body') throw new Error(`Tab left the focus at ${JSON.stringify(next)}`);
    await s.press('s', { ctrl: true });
    await s.find($('saved'));
    await s.press('Escape');
    const listed = await waitUntil('the focus back on the list, at the new activity', async (note) => {
      const f = await s.execute(`const e = document.activeElement;
        return { role: e && e.getAttribute('role'), current: e && e.getAttribute('aria-activedescendant'),
                 label: e && e.getAttribute('aria-activedescendant') && document.getElementById(e.getAttribute('aria-activedescendant')).textContent.replace(/\\s+/g, ' ').trim() };`);
      note(JSON.stringify(f));
      return f.role === 'listbox' && (f.label ?? '').startsWith(KEYBOARD) ? f : null;
    });
    if (!/ready|active|draft|brouillon/i.test(listed.label) && !listed.label.includes(',')) throw new Error(`the row is not read with its columns: ${listed.label}`);
    await s.press('Home');
    await s.press('Enter');
    await s.find($('activity-name'), { visible: true });
    await waitUntil('the focus in the opened activity, not on the page', async (note) => {
      const f = await s.execute(`const e = document.activeElement; return e && e !== document.body && !!e.closest('form.editor');`);
      note(String(f));
      return f;
    });
    // Esc closes the innermost thing only: a country's suggestions, then the form, which asks
    // (a row was added), with the focus on the question. A country is found by its name.
    await s.click($('add-recipient'));
    const country = '[data-field="recipients"] input[list="countries"]';
    await s.click(country);
    await s.keys('Allemagne');
    await s.press('Escape');
    if (!(await s.findNow($('activity-name')))) throw new Error('the Esc that closes the suggestions closed the form');
    await s.keys('\uE004');
    await waitUntil('the country typed by its name to become its code', async (note) => {
      const v = await s.value(country);
      note(v);
      return v === 'DE';
    });
    await s.click(country);
    await s.press('Escape');
    await s.find($('guard'), { visible: true });
    await waitUntil('the focus on the question', async (note) => {
      const f = await focused(s);
      note(JSON.stringify(f));
      return f?.testid === 'guard';
    });
    await s.click($('guard-discard'));
    await s.find($('activity-row'), { visible: true });
  });

  await step('export: named after the organisation and the day in the documents folder; an existing file is replaced only after a question', async () => {
    await s.click($('nav-export'));
    await s.select($('export-format'), 'pdf');
    const suggested = await waitUntil('a file name suggested', async (note) => {
      const v = await s.value($('export-path'));
      note(v);
      return v || null;
    });
    if (!/[\\/]register-agence-test-e2e-\d{4}-\d{2}-\d{2}\.pdf$/.test(suggested)) throw new Error(`the suggested file is ${suggested}`);
    // An empty date says so; it shows no date (WebKit's date field would show today's in grey).
    const asOf = await s.execute(
      `const e = document.querySelector('[data-testid="export-as-of"]'); return { type: e.type, value: e.value, placeholder: e.placeholder };`,
    );
    if (asOf.type !== 'text' || asOf.value !== '' || asOf.placeholder === '') throw new Error(`the empty "as of" date reads ${JSON.stringify(asOf)}`);
    await s.select($('export-format'), 'csv');
    await waitUntil('the file name to follow the format', async (note) => {
      const v = await s.value($('export-path'));
      note(v);
      return v.endsWith('.csv') && v.replace(/\.csv$/, '') === suggested.replace(/\.pdf$/, '');
    });
    const existing = join(tmp, 'existing.csv');
    await writeFile(existing, 'what the DPO kept\n');
    await s.fill($('export-path'), existing);
    await s.click($('export-run'));
    await s.find($('export-replace'), { visible: true });
    await waitUntil('the focus on the question', async (note) => {
      const f = await focused(s);
      note(JSON.stringify(f));
      return f?.testid === 'export-replace';
    });
    await axeCheck(s, 'the question before replacing a file');
    await s.click($('export-replace-cancel'));
    if ((await readFile(existing, 'utf8')) !== 'what the DPO kept\n') throw new Error('the file was replaced without asking');
    await s.click($('export-run'));
    await s.click($('export-replace-confirm'));
    await s.find($('export-result'), { visible: true });
    if ((await readFile(existing, 'utf8')).includes('what the DPO kept')) throw new Error('the file was not replaced');
  });

  await step("erase a person's data: the window says where it occurs, asks, then erases it everywhere", async () => {
    await s.click($('nav-erase'));
    await s.fill($('erase-text'), 'léa martin');
    await s.click($('erase-find'));
    const where = await s.waitText($('erase-found'), (t) => t.includes('Agence Test e2e'));
    if (!/history entr(y|ies)/.test(where)) throw new Error(`the history is not said: ${where}`);
    await s.click($('erase-run'));
    await s.click($('erase-confirm'));
    await s.find($('erase-done'), { visible: true, timeout: 30_000 });
    const again = ropaCli(binary, store, ['purge', 'Léa Martin']);
    if (!again.stdout.includes('does not occur')) throw new Error(`ropa still finds it: ${again.stdout}`);
    const bytes = await readFile(store);
    if (bytes.includes(Buffer.from('Léa Martin'))) throw new Error('the store file still holds the name');
  });

  await step("a processor's DPO: a sub-processor changed, the client's notice prepared, saved and recorded as sent; its agreement shown", async () => {
    // The catalogue's forms are long: what is clicked is brought whole into view first (a button
    // the window scrolls when it takes the focus on the press loses the click; one under the
    // banner is not reached).
    const clickInView = async (id) => {
      await s.find($(id), { visible: true });
      await s.execute(`document.querySelector(arguments[0]).scrollIntoView({ block: 'center' });`, [$(id)]);
      await s.click($(id));
    };
    const demo = ropaCli(binary, store, ['demo']);
    if (demo.status !== 0) throw new Error(`ropa demo: ${demo.stderr}`);
    const coderpad = await waitUntil('the organisation switcher to offer CoderPad', async (note) => {
      const list = await s.execute(
        `const select = document.querySelector('[data-testid="org-switcher"]');
         return select ? Array.from(select.options).map((o) => ({ value: o.value, text: o.textContent.trim() })) : null;`,
      );
      note(JSON.stringify(list));
      return list?.find((o) => o.text.includes('CoderPad')) ?? null;
    }, { timeout: 20_000 });
    await s.select($('org-switcher'), coderpad.value);
    await s.click($('nav-catalogue'));
    const editRow = (name) =>
      s.execute(
        `const row = Array.from(document.querySelectorAll('[data-testid="catalogue-row"]')).find((r) => r.innerText.includes(arguments[0]));
         if (!row) return false;
         row.querySelector('[data-testid="catalogue-edit"]').click();
         return true;`,
        [name],
      );
    // The client's agreement, as the example register transcribes CoderPad's DPA.
    await clickInView('catalogue-controllers');
    await waitUntil('the client Northwind to be listed', async () => editRow('Northwind'));
    await waitUntil("the agreement's version as the DPA gives it", async (note) => {
      const v = (await s.findNow($('contract-version'))) ? await s.value($('contract-version')) : '';
      note(v);
      return v.includes('October 24, 2023');
    });
    if ((await s.value($('contract-notify-email'))) !== 'privacy@northwind-recruiting.example') throw new Error('the notification contact is not shown');
    await axeCheck(s, "a client's agreement");
    await clickInView('catalogue-cancel');
    // Datadog moves its processing to Germany.
    await clickInView('catalogue-subprocessors');
    await waitUntil('Datadog to be listed', async () => editRow('Datadog'));
    await s.fill($('catalogue-country'), 'DE');
    // The country's suggestions (a native popup) take the next click: a click on another
    // field closes them, as a user's would.
    await s.click($('catalogue-name'));
    await clickInView('catalogue-save');
    await waitUntil('the form to close', async () => !(await s.findNow($('catalogue-country'))));
    // Every client's notice at once: Northwind's says so.
    await clickInView('catalogue-controllers');
    await clickInView('catalogue-notices');
    const text = await waitUntil("Northwind's notice", async (note) => {
      const v = await s.findNow($('notice-text')) ? await s.value($('notice-text')) : '';
      note(v.slice(0, 200));
      return v.includes('Datadog changed') ? v : null;
    }, { timeout: 20_000 });
    for (const expected of ['To: Northwind Recruiting Ltd, privacy@northwind-recruiting.example', 'country: Germany', '10 working days']) {
      if (!text.includes(expected)) throw new Error(`the notice lacks ${JSON.stringify(expected)}:\n${text}`);
    }
    await shot('notices');
    await axeCheck(s, 'the notices of sub-processor changes');
    const file = join(tmp, 'notice-northwind.txt');
    await s.fill($('notice-path'), file);
    await clickInView('notice-save');
    await s.find($('notice-saved'), { visible: true });
    if ((await readFile(file, 'utf8')) !== text) throw new Error('the saved notice is not the text shown');
    await clickInView('notice-record');
    await s.find($('notice-recorded'), { visible: true });
    // Recorded: the next notice starts after it.
    const after = ropaCli(binary, store, ['notice', '--controller', 'Northwind', join(tmp, 'next.txt')]);
    if (after.status !== 0 || !after.stdout.includes('No change')) throw new Error(`ropa notice after recording: ${after.stdout} ${after.stderr}`);
    await clickInView('notices-close');
    // The public list of sub-processors, as the register now stands.
    await s.click($('nav-export'));
    await s.select($('export-format'), 'html');
    const page = join(tmp, 'subprocessors.html');
    await s.fill($('export-path'), page);
    await s.click($('export-run'));
    await s.find($('export-result'), { visible: true });
    const html = await readFile(page, 'utf8');
    for (const expected of ['<h1>Sub-processors of CoderPad France</h1>', 'Datadog', 'Germany']) {
      if (!html.includes(expected)) throw new Error(`the public list lacks ${JSON.stringify(expected)}`);
    }
    if (html.includes('<script')) throw new Error('the public list has a script');
    // A new activity started as a copy of one.
    await s.click($('nav-register'));
    const listed = await waitRows('the CoderPad activities', (l) => l.length > 0);
    await s.click(row(listed[0].id));
    const original = await waitUntil('the editor to open', async () =>
      (await s.findNow($('activity-name'))) ? (await s.value($('activity-name'))) || null : null,
    );
    await s.click($('activity-duplicate'));
    await waitUntil('the copy to open', async (note) => {
      const v = (await s.findNow($('activity-name'))) ? await s.value($('activity-name')) : '';
      note(v);
      return v === `${original} (copy)`;
    });
    if ((await s.value($('activity-status'))) !== 'draft') throw new Error('the copy is not a draft');
  });

  await step('switch the interface to French', async () => {
    const before = (await s.text($('nav-register'))).trim();
    const lang = await s.value($('lang'));
    if (lang === 'fr') throw new Error('the interface is already in French before switching');
    await s.select($('lang'), 'fr');
    const after = await s.waitText($('nav-register'), (t) => t.trim() !== '' && t.trim() !== before);
    console.log(`# nav-register: ${JSON.stringify(before)} -> ${JSON.stringify(after.trim())}`);
  });

  await step('switch the interface to German: the navigation names the Verarbeitungstätigkeiten', async () => {
    await s.select($('lang'), 'de');
    const after = await s.waitText($('nav-register'), (t) => t.includes('Verarbeitungstätigkeiten'));
    console.log(`# nav-register: ${JSON.stringify(after.trim())}`);
    const page = await s.execute('return document.documentElement.lang;');
    if (page !== 'de') throw new Error(`the page's language is ${JSON.stringify(page)}, not de`);
  });
}

// --- Accessibility ------------------------------------------------------------------------------

/**
 * Runs axe-core's WCAG 2.1 A and AA rules on the window as it is now, in the light and the dark
 * theme, and fails naming each violation and where it is. `where` names the screen.
 */
export async function axeCheck(session, where) {
  const loaded = await session.execute('return typeof window.axe === "object";');
  if (!loaded) {
    // The library's source as a script body: it defines window.axe.
    await session.execute(readFileSync(AXE, 'utf8') + '\n;return typeof window.axe;');
  }
  const problems = [];
  const theme = await session.execute('return document.documentElement.dataset.theme || "";');
  for (const mode of ['light', 'dark']) {
    await session.execute(
      `document.documentElement.dataset.theme = arguments[0];
       window.__axeResult = null;
       axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })
         .then((r) => { window.__axeResult = r.violations.map((v) => ({ id: v.id, help: v.help,
             nodes: v.nodes.slice(0, 4).map((n) => n.target.join(' ') + ': ' + (n.failureSummary || '').replace(/\\s+/g, ' ')) })); },
               (e) => { window.__axeResult = [{ id: 'axe-error', help: String(e), nodes: [] }]; });`,
      [mode],
    );
    const violations = await waitUntil(`axe-core to finish on ${where} (${mode})`, async () =>
      session.execute('return window.__axeResult;'),
    );
    for (const v of violations) problems.push(`${where}, ${mode} theme: ${v.id} (${v.help}) at ${v.nodes.join(' | ')}`);
  }
  await session.execute('document.documentElement.dataset.theme = arguments[0];', [theme]);
  if (problems.length > 0) throw new Error(`axe-core found:\n  ${problems.join('\n  ')}`);
}

/** The element that has the focus: its test id, role, tag and accessible label, for messages. */
export async function focused(session) {
  return session.execute(`const e = document.activeElement;
    return e ? { testid: e.getAttribute('data-testid'), role: e.getAttribute('role'), tag: e.tagName.toLowerCase(),
                 id: e.id, label: e.getAttribute('aria-label') || (e.innerText || '').trim().slice(0, 60) } : null;`);
}

// --- Crashes, read-only and damaged stores -----------------------------------------------------

/** The `ropa` command built beside the app (cargo puts both in one target directory). */
function ropaCli(binary, store, args) {
  const cli = join(dirname(binary), 'ropa');
  if (!existsSync(cli)) throw new Error(`${cli} is missing: build it with cargo build -p ropa-cli`);
  return spawnSync(cli, ['--db', store, ...args], { encoding: 'utf8' });
}

/** Starts the app on `store` in a session of its own; returns it with the app's process id. */
async function startOn(driver, binary, store) {
  const app = realpathSync(binary);
  const apps = () => driver.members().filter((p) => p.exe === app).map((p) => p.pid);
  const before = new Set(apps());
  const session = await Session.start(driver.url, { 'tauri:options': { application: binary, args: ['--db', store] } });
  const pid = await waitUntil('the new app process', async () => apps().find((p) => !before.has(p)) ?? null);
  return { session, pid };
}

async function stopApp(driver, binary, { session, pid }) {
  try {
    await session.stop();
  } catch {
    // The app was killed: the session has nothing left to close.
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Gone already.
  }
  const app = realpathSync(binary);
  await waitUntil('the app to be gone', async () => !driver.members().some((p) => p.pid === pid && p.exe === app));
}

/** A register kept on a PostgreSQL server the run starts: the administrator makes it with the
 * command line and grants alice one organisation; alice's window asks for her password, shows her
 * organisation only, saves under her name, hears of others' changes and says when the server is
 * gone. */
async function team(step, shot, { driver, binary, tmp }) {
  let pg = null;
  let app = null;
  const cli = (url, password, args) =>
    spawnSync(join(dirname(binary), 'ropa'), ['--db', url, ...args], { encoding: 'utf8', env: { ...process.env, PGPASSWORD: password } });
  const ok = (out, what) => {
    if (out.status !== 0) throw new Error(`ropa ${what}: exit ${out.status}: ${out.stderr}`);
    return out.stdout;
  };
  const RENAMED = 'Hébergement (renommé par alice)';
  try {
    await step('a register on a PostgreSQL server: made, filled from a file register, alice granted Scalingo', async () => {
      pg = startPostgres(await freePort());
      pg.sql('postgres', 'CREATE DATABASE team');
      pg.sql('postgres', "CREATE ROLE alice LOGIN PASSWORD 'alice-e2e'");
      const owner = pg.url(OWNER, 'team');
      ok(cli(owner, PASSWORD, ['admin', 'init']), 'admin init');
      const file = join(tmp, 'team.sqlite');
      ok(ropaCli(binary, file, ['demo']), 'demo');
      ok(cli(owner, PASSWORD, ['push', file]), 'push');
      ok(cli(owner, PASSWORD, ['admin', 'grant', 'alice', '--org', 'Scalingo', '--write']), 'admin grant');
    });
    await step("the window on the server asks for alice's password, then shows her organisation only", async () => {
      app = await startOn(driver, binary, pg.url('alice', 'team'));
      const s = app.session;
      await s.find($('connect-password'), { visible: true, timeout: STARTUP_TIMEOUT_MS });
      await shot('server-password');
      await axeCheck(s, 'the server password page');
      await s.fill($('connect-password'), 'alice-e2e');
      await s.click($('connect'));
      await s.find($('activity-row'), { visible: true, timeout: 20_000 });
      const organisations = await s.execute(
        `return Array.from(document.querySelectorAll('[data-testid="org-switcher"] option')).map((o) => o.textContent.trim());`,
      );
      if (JSON.stringify(organisations) !== '["Scalingo"]') throw new Error(`the window offers ${JSON.stringify(organisations)}`);
      // The footer names the server (in the language an earlier step chose).
      await s.waitText($('store-where'), (t) => t.includes('postgres://alice@127.0.0.1'));
    });
    await step("alice renames an activity: the server's history names her", async () => {
      const s = app.session;
      await s.click($('activity-row'));
      await s.find($('activity-name'), { visible: true });
      await s.fill($('activity-name'), RENAMED);
      await s.click($('activity-save'));
      await s.find($('saved'));
      const history = ok(cli(pg.url(OWNER, 'team'), PASSWORD, ['history']), 'history');
      const line = history.split('\n').find((l) => l.includes(RENAMED));
      if (!line || !line.includes('alice')) throw new Error(`the history does not name alice: ${line ?? history}`);
    });
    await step("the administrator's change is announced in alice's window (LISTEN/NOTIFY)", async () => {
      const s = app.session;
      await s.click($('nav-register'));
      const sheet = join(tmp, 'team.csv');
      await writeFile(sheet, 'Name,Purposes\nSupport client,Répondre aux clients\n');
      ok(cli(pg.url(OWNER, 'team'), PASSWORD, ['import', sheet, '--org', 'Scalingo']), 'import');
      await s.find($('outside-changes'), { visible: true, timeout: 20_000 });
      await s.waitText($('activity-count'), (t) => Number(t.trim()) > 1);
    });
    await step('the server stops: the window says it cannot be reached; once back, it reads the register again', async () => {
      const s = app.session;
      pg.kill();
      await s.find($('server-unreachable'), { visible: true, timeout: 20_000 });
      await shot('server-unreachable');
      await axeCheck(s, 'the server unreachable banner');
      pg.start();
      await s.waitGone($('server-unreachable'), { timeout: 30_000 });
      await s.find($('activity-row'), { visible: true });
    });
  } finally {
    if (app) await stopApp(driver, binary, app);
    pg?.stop();
  }
}

/** The first activity's name and the other activities, as `ropa list --json` gives them. */
function listed(binary, store) {
  const out = ropaCli(binary, store, ['list', '--json']);
  if (out.status !== 0) throw new Error(`ropa list: exit ${out.status}: ${out.stderr}`);
  return JSON.parse(out.stdout);
}

async function crashes(step, { driver, binary, tmp }) {
  const rounds = Math.max(1, Number(process.env.E2E_KILL_POINTS) || 3);
  await step(`the app killed during a save, ${rounds} times: the register is as before or after the save, never between`, async () => {
    const outcomes = { before: 0, after: 0 };
    for (let round = 0; round < rounds; round++) {
      const store = join(tmp, `kill-${round}.sqlite`);
      if (ropaCli(binary, store, ['demo']).status !== 0) throw new Error('ropa demo failed');
      const then = listed(binary, store);
      const app = await startOn(driver, binary, store);
      const s = app.session;
      const first = await s.find($('activity-row'), { visible: true, timeout: STARTUP_TIMEOUT_MS });
      const id = await first.attribute('data-id');
      await s.click(`${$('activity-row')}[data-id="${id}"]`);
      await s.find($('activity-name'), { visible: true });
      const renamed = `Killed during save ${round}`;
      await s.fill($('activity-name'), renamed);
      await s.fill($('activity-purposes'), Array.from({ length: 200 }, (_, i) => `Purpose ${i} of round ${round}`).join('\n'));
      // Clicked from the page itself, and killed 0 to 40 ms later: before, during or after the
      // save reaches the store.
      await s.execute(`document.querySelector('[data-testid="activity-save"]').click();`);
      await sleep(Math.floor(Math.random() * 40));
      process.kill(app.pid, 'SIGKILL');
      await stopApp(driver, binary, app);
      // A write command checks the store whole before it writes (and loading the example again
      // adds nothing): exit 0 means the store opened, recovered and whole.
      const whole = ropaCli(binary, store, ['demo']);
      if (whole.status !== 0) throw new Error(`after the kill the store does not open whole: ${whole.stderr}`);
      const now = listed(binary, store);
      const changed = now.filter((a, i) => JSON.stringify(a) !== JSON.stringify(then[i]));
      if (now.length !== then.length) throw new Error(`${then.length} activities before, ${now.length} after`);
      if (changed.length === 0) outcomes.before += 1;
      else if (changed.length === 1 && changed[0].name === renamed) outcomes.after += 1;
      else throw new Error(`a mixture: ${JSON.stringify(changed).slice(0, 400)}`);
    }
    console.log(`# killed during a save: ${outcomes.before} before, ${outcomes.after} after`);
  });

  await step('a store that cannot be written opens for reading: the window says so, with no way to edit', async () => {
    const dir = join(tmp, 'read-only');
    await mkdir(dir);
    const store = join(dir, 'register.sqlite');
    if (ropaCli(binary, store, ['demo']).status !== 0) throw new Error('ropa demo failed');
    // As on a read-only disk: the file cannot be written. Root may write any file whatever its
    // mode, but not one marked immutable.
    const root = process.getuid?.() === 0;
    const made = root ? spawnSync('chattr', ['+i', store]) : spawnSync('chmod', ['0444', store]);
    if (made.status !== 0) {
      console.log(`# skipped: the store could not be made read-only here (${String(made.stderr).trim()})`);
      return;
    }
    try {
      const ro = await startOn(driver, binary, store);
      const s = ro.session;
      await s.find($('store-read-only'), { visible: true, timeout: STARTUP_TIMEOUT_MS });
      await s.find($('activity-row'), { visible: true });
      if (await s.findNow($('new-activity'))) throw new Error('the list offers a new activity on a read-only store');
      await s.click($('activity-row'));
      await s.find($('activity-name'), { visible: true });
      if (await s.findNow($('activity-save'))) throw new Error('the editor offers to save on a read-only store');
      await stopApp(driver, binary, ro);
    } finally {
      if (root) spawnSync('chattr', ['-i', store]);
    }
  });

  await step('a damaged store: the window offers the newest copy, and puts it back keeping the damaged file', async () => {
    const store = join(tmp, 'damaged.sqlite');
    if (ropaCli(binary, store, ['demo']).status !== 0) throw new Error('ropa demo failed');
    const sheet = join(tmp, 'many.csv');
    const lines = ['Name;Purposes', ...Array.from({ length: 1500 }, (_, i) => `Activity ${i};Purpose ${i} ${'x'.repeat(300)}`)];
    await writeFile(sheet, lines.join('\n'));
    const imported = ropaCli(binary, store, ['import', sheet, '--org', 'Scalingo']);
    if (imported.status !== 0) throw new Error(`ropa import: ${imported.stderr}`);
    // Pages overwritten in the middle of the file, as a failing disk leaves them.
    const bytes = await readFile(store);
    const middle = Math.floor(bytes.length / 16384 / 2) * 16384;
    bytes.fill(0xaa, middle, middle + 2 * 16384);
    await writeFile(store, bytes);
    const app = await startOn(driver, binary, store);
    const s = app.session;
    await s.find($('damaged'), { visible: true, timeout: STARTUP_TIMEOUT_MS });
    await s.click($('rescue-copy'));
    await s.find($('rescued'), { visible: true, timeout: 60_000 });
    await s.find($('activity-row'), { visible: true });
    await stopApp(driver, binary, app);
    const kept = readdirSync(tmp).filter((n) => n.startsWith('damaged.sqlite.damaged-'));
    if (kept.length !== 1) throw new Error(`the damaged file was not kept beside the store: ${JSON.stringify(readdirSync(tmp))}`);
    if (!(await readFile(join(tmp, kept[0]))).equals(bytes)) throw new Error('the damaged file kept is not the one that was damaged');
    const back = listed(binary, store);
    if (back.length !== 16) throw new Error(`the copy holds ${back.length} activities, not the example's 16`);
  });

  await step('a damaged store with no copy: the window saves what it still holds', async () => {
    const store = join(tmp, 'no-copy.sqlite');
    if (ropaCli(binary, store, ['demo']).status !== 0) throw new Error('ropa demo failed');
    const bytes = await readFile(store);
    // The last page but one, overwritten.
    const page = Math.floor(bytes.length / 16384) * 16384 - 16384;
    bytes.fill(0xaa, page, page + 16384);
    await writeFile(store, bytes);
    const app = await startOn(driver, binary, store);
    const s = app.session;
    await s.find($('damaged'), { visible: true, timeout: STARTUP_TIMEOUT_MS });
    if (await s.findNow($('rescue-copy'))) throw new Error('a copy is offered where none was kept');
    await s.click($('rescue-recover'));
    await s.find($('rescued'), { visible: true, timeout: 60_000 });
    await s.find($('activity-row'), { visible: true });
    await stopApp(driver, binary, app);
    const kept = readdirSync(tmp).filter((n) => n.startsWith('no-copy.sqlite.damaged-'));
    if (kept.length !== 1 || !(await readFile(join(tmp, kept[0]))).equals(bytes)) throw new Error('the damaged file was not kept as it was');
    const saved = listed(binary, store).length;
    if (saved === 0) throw new Error('nothing was saved from the damaged store');
    console.log(`# saved from the damaged store: ${saved} of 16 activities`);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(`run.mjs: ${error?.stack ?? error}`);
    process.exit(1);
  });
}
