#!/usr/bin/env node
// Desktop benchmark (docs/benchmarks.md; `make bench-desktop`): the release app on a store of
// ROWS activities (10,000 by default, imported from the ICO-layout generator), driven through
// WebDriver under Xvfb. It measures, ROUNDS times (3 by default):
//
// - launch to interactive list: from the app process's start (its start time in /proc) to the
//   moment the register list first shows rows (the UI records it, `ui/src/lib/perf.ts`);
// - a search keystroke: one character typed into the search field, in the page, until the list
//   has been updated and painted (two animation frames), for each character of a query;
// - memory: the resident and proportional set sizes of the app and its WebKit processes once the
//   list is shown and searched;
// - the release binary's size;
// - the floor: the same memory figure for a bare WebKitGTK window (bench/webkit-window.c), which
//   no app built on WebKitGTK can go below.
//
// Usage: xvfb-run -a node bench/desktop.mjs target/release/ropa-desktop target/release/ropa
// It never fails on a figure: it prints them, for docs/benchmarks.md.

import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { processGroup, startTauriDriver } from '../tests/e2e/run.mjs';
import { Session, testid as $, waitUntil } from '../tests/e2e/webdriver.mjs';

const [appArg, cliArg] = process.argv.slice(2);
if (!appArg || !cliArg) {
  console.error('usage: node bench/desktop.mjs <ropa-desktop> <ropa>');
  process.exit(2);
}
const app = resolve(appArg);
const cli = resolve(cliArg);
const rows = Number(process.env.ROWS) || 10_000;
const rounds = Number(process.env.ROUNDS) || 3;
const query = 'processing 12';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
};

/**
 * When a process started, in milliseconds since the epoch. /proc gives its start in clock ticks
 * since boot; /proc/uptime gives the time since boot now, to the hundredth of a second, read
 * with the clock. (The boot time /proc/stat gives is in whole seconds: a start computed from it
 * can be off by up to a second.)
 */
function startedAt(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
  const hz = Number(run('getconf', ['CLK_TCK']).trim());
  const now = Date.now();
  const uptime = Number(readFileSync('/proc/uptime', 'utf8').split(' ')[0]);
  return now - uptime * 1000 + (ticks * 1000) / hz;
}

/** Resident and proportional set sizes of a process, in KiB. */
function memory(pid) {
  const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0);
  return { rss: field('Rss'), pss: field('Pss'), anon: field('Pss_Anon'), file: field('Pss_File'), shmem: field('Pss_Shmem') };
}

/**
 * PSS and RSS of a bare WebKitGTK window (bench/webkit-window.c) and its WebKit processes, once
 * its page has loaded and it has sat idle `idleMs`: what any app on WebKitGTK costs here.
 */
async function webkitFloor(tmp, idleMs) {
  const exe = join(tmp, 'webkit-window');
  const source = resolve(import.meta.dirname, 'webkit-window.c');
  run('bash', ['-c', `gcc -O2 "${source}" -o "${exe}" $(pkg-config --cflags --libs webkit2gtk-4.1)`]);
  const env = {
    ...process.env,
    WEBKIT_DISABLE_COMPOSITING_MODE: '1',
    XDG_DATA_HOME: join(tmp, 'floor/data'),
    XDG_CONFIG_HOME: join(tmp, 'floor/config'),
    XDG_CACHE_HOME: join(tmp, 'floor/cache'),
  };
  // In a process group of its own, which its WebKit processes join.
  const child = spawn(exe, [], { env, stdio: ['ignore', 'pipe', 'ignore'], detached: true });
  try {
    await new Promise((resolveLoaded, reject) => {
      const timer = setTimeout(() => reject(new Error('the bare WebKitGTK window did not load its page')), 60_000);
      child.stdout.on('data', (d) => {
        if (String(d).includes('loaded')) {
          clearTimeout(timer);
          resolveLoaded();
        }
      });
      child.on('exit', (code) => reject(new Error(`the bare WebKitGTK window exited with ${code}`)));
    });
    await new Promise((r) => setTimeout(r, idleMs));
    const pids = processGroup(child.pid)
      .filter((p) => p.pid === child.pid || /WebKit(Web|Network)Process/.test(p.exe))
      .map((p) => p.pid);
    const total = pids.map(memory).reduce((a, m) => ({ rss: a.rss + m.rss, pss: a.pss + m.pss }), { rss: 0, pss: 0 });
    return { ...total, processes: pids.length };
  } finally {
    process.kill(-child.pid, 'SIGTERM');
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const mib = (kib) => (kib / 1024).toFixed(0);

const tmp = await mkdtemp(join(tmpdir(), 'ropa-bench-desktop-'));
try {
  const csv = join(tmp, 'ico.csv');
  const store = join(tmp, 'register.sqlite');
  const repo = resolve(import.meta.dirname, '..');
  run('bash', ['-c', `python3 "${repo}/bench/gen-ico.py" ${rows} "${repo}/crates/ropa-core/tests/fixtures/ico-controller-template-columns.txt" > "${csv}"`]);
  run(cli, ['--db', store, 'import', csv, '--org', 'Bench Ltd']);

  const launches = [];
  const pageStarts = [];
  // The page's own steps, from its start (ui/src/lib/perf.ts): script running, data asked for,
  // data received, list shown.
  const steps = { script: [], asked: [], received: [], shown: [] };
  const keystrokes = [];
  const updates = [];
  let memoryKib = null;
  let idleKib = null;
  const idleMs = 10_000;
  let reread = null;
  for (let round = 1; round <= rounds; round++) {
    const env = {
      XDG_DATA_HOME: join(tmp, `xdg${round}/data`),
      XDG_CONFIG_HOME: join(tmp, `xdg${round}/config`),
      XDG_CACHE_HOME: join(tmp, `xdg${round}/cache`),
      LANG: 'C.UTF-8',
      LC_ALL: 'C.UTF-8',
      ...(process.env.BENCH_ENV ? Object.fromEntries(process.env.BENCH_ENV.split(',').map((kv) => kv.split('='))) : {}),
    };
    const driver = await startTauriDriver({ log: join(tmp, 'driver.log'), env });
    let session = null;
    try {
      session = await Session.start(driver.url, { 'tauri:options': { application: app, args: ['--db', store] } });
      await session.find($('activity-row'), { timeout: 120_000 });
      const shown = await waitUntil('the list to record when it was shown', () =>
        session.execute('return window.__ropaListShown ?? null'),
      );
      const origin = await session.execute('return performance.timeOrigin');
      const appProcess = driver.members().find((p) => p.exe === app);
      const start = startedAt(appProcess.pid);
      launches.push(shown - start);
      pageStarts.push(origin - start);
      const marks = (await session.execute('return window.__ropaMarks ?? {}')) ?? {};
      for (const step of ['script', 'asked', 'received']) if (marks[step] != null) steps[step].push(marks[step]);
      steps.shown.push(shown - origin);
      // Each character of the query, typed in the page; timed until the list's DOM is updated
      // (the UI's work), and until the next frame has been painted (with the painting, which
      // under Xvfb is WebKit's software renderer).
      const times = await session.execute(
        `const input = document.querySelector('[data-testid="search"]');
         const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
         const settled = () => new Promise((r) => setTimeout(r, 0));
         return (async () => {
           const out = [];
           for (const ch of arguments[0]) {
             await frame();
             const t0 = performance.now();
             input.value += ch;
             input.dispatchEvent(new Event('input', { bubbles: true }));
             await settled();
             const t1 = performance.now();
             await frame();
             await frame();
             out.push([t1 - t0, performance.now() - t0]);
           }
           return out;
         })();`,
        [query],
      );
      updates.push(...times.map((t) => t[0]));
      keystrokes.push(...times.map((t) => t[1]));
      const listed = Number(await session.text($('activity-count')));
      if (rows > 100 && !(listed > 0 && listed < rows)) throw new Error(`the search listed ${listed} activities`);

      // Memory once the list is shown and searched, and again after the window has sat idle for
      // a few seconds (as it does between a DPO's actions: the page's garbage collected, freed
      // memory returned), in the same round.
      const processes = driver.members().filter((p) => p.exe === app || /WebKit(Web|Network)Process/.test(p.exe));
      const measure = () => {
        if (process.env.BENCH_VERBOSE) for (const p of processes) console.log(`# ${p.exe}: ${JSON.stringify(memory(p.pid))}`);
        return processes.map((p) => memory(p.pid)).reduce((a, m) => ({ rss: a.rss + m.rss, pss: a.pss + m.pss }), { rss: 0, pss: 0 });
      };
      const total = measure();
      memoryKib = memoryKib && memoryKib.pss > total.pss ? memoryKib : { ...total, processes: processes.length };
      await new Promise((r) => setTimeout(r, idleMs));
      const idle = measure();
      idleKib = idleKib && idleKib.pss > idle.pss ? idleKib : idle;

      if (round === 1) {
        // The overview asked for again from the page, the list shown: its round trip (read,
        // checks, JSON, IPC, parse) and its size.
        reread = await session.execute(
          `return (async () => {
             const t0 = performance.now();
             const r = await window.__TAURI_INTERNALS__.invoke('overview');
             const t1 = performance.now();
             return [t1 - t0, JSON.stringify(r).length];
           })();`,
        );
      }
    } finally {
      if (session) await session.stop().catch(() => {});
      await driver.stop();
    }
  }

  const floor = await webkitFloor(tmp, idleMs);
  const size = statSync(app).size;
  console.log(`Desktop benchmark: ${rows} activities; ${rounds} rounds; ${run('nproc', []).trim()} cores`);
  console.log(`  launch to interactive list: median ${median(launches).toFixed(0)} ms  [${launches.map((x) => x.toFixed(0)).join(' ')}] (target: under 1500 ms)`);
  console.log(`    of which the window's page starting: median ${median(pageStarts).toFixed(0)} ms  [${pageStarts.map((x) => x.toFixed(0)).join(' ')}]`);
  const phases = Object.entries(steps)
    .filter(([, xs]) => xs.length > 0)
    .map(([step, xs]) => `${step} ${median(xs).toFixed(0)}`)
    .join(', ');
  console.log(`    then, in ms from the page's start (medians): ${phases}`);
  if (reread) {
    console.log(`  overview asked again from the page: ${reread[0].toFixed(0)} ms for ${(reread[1] / 1048576).toFixed(1)} MiB of JSON`);
  }
  console.log(`  search keystroke ("${query}", ${updates.length} keystrokes), list updated: median ${median(updates).toFixed(1)} ms, slowest ${Math.max(...updates).toFixed(1)} ms (target: under 100 ms)`);
  console.log(`    and painted (two frames, software rendering under Xvfb): median ${median(keystrokes).toFixed(1)} ms, slowest ${Math.max(...keystrokes).toFixed(1)} ms`);
  console.log(`  memory of the app's ${memoryKib.processes} processes: ${mib(memoryKib.pss)} MiB proportional (PSS), ${mib(memoryKib.rss)} MiB resident (RSS, shared pages counted in each) (target: under 250 MB)`);
  console.log(`    and after ${idleMs / 1000} s idle: ${mib(idleKib.pss)} MiB PSS, ${mib(idleKib.rss)} MiB RSS`);
  console.log(`  a bare WebKitGTK window (bench/webkit-window.c, ${floor.processes} processes), after ${idleMs / 1000} s idle: ${mib(floor.pss)} MiB PSS, ${mib(floor.rss)} MiB RSS`);
  console.log(`  release binary: ${(size / 1024 / 1024).toFixed(1)} MiB (${size} bytes)`);
} finally {
  await rm(tmp, { recursive: true, force: true });
}
