// A small W3C WebDriver client for the end-to-end tests: plain Node 20, no dependencies (the
// global fetch). It speaks to tauri-driver, which forwards to WebKitWebDriver on Linux.
//
// Everything that looks for something waits for it: the app renders asynchronously and the test
// machine is slow and busy, so every lookup polls (every 100 ms) until a generous deadline instead
// of assuming anything is already there. No test asserts on how long something took.
//
// What WebKitWebDriver (WebKitGTK 2.50, behind tauri-driver 2.1.0) does, as probed on the app's
// window, and what this file does about it (tests/e2e/README.md has the details):
// - Element Send Keys types each character as key events that fire `beforeinput` and `input`, so
//   Svelte's `bind:value` sees the text; accented letters and typographic quotes type fine. A
//   literal "\n" is dropped, though: `type` sends it as the Enter key (U+E007), which adds a line
//   in a <textarea>.
// - Element Clear empties a field and fires `change` and `blur` but no `input`, so Svelte's
//   `bind:value` on a text field would keep the old text: `clear` dispatches `input` afterwards.
// - Element Click on an <option> selects it and fires `input` and `change` (as the spec says), so
//   `select` clicks the option; clicking a checkbox fires `input` and `change` too.
// - Get Element Text leaves out the text of children clipped by `overflow: hidden` (a name cell
//   with `text-overflow: ellipsis` reads as empty), so `text` reads `innerText` by script.

import { writeFile } from 'node:fs/promises';

/** The W3C key under which an element reference travels. */
export const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

/** How long lookups wait by default; E2E_TIMEOUT_MS overrides it for very slow machines. */
export const DEFAULT_TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS) || 20_000;
export const POLL_INTERVAL_MS = 100;

/** How long one HTTP request to the driver may take before it counts as hung. */
const REQUEST_TIMEOUT_MS = 120_000;

/** Errors that mean "not there yet" or "being re-rendered": a wait retries after them. */
const TRANSIENT = new Set([
  'no such element',
  'stale element reference',
  'element not interactable',
  'element click intercepted',
  'invalid element state',
]);

/** An error answered by the WebDriver server (`code` is the W3C error code). */
export class WebDriverError extends Error {
  constructor(code, message, context) {
    super(`${context}: ${code}${message ? `: ${message}` : ''}`);
    this.name = 'WebDriverError';
    this.code = code;
  }
}

/** A wait that ran out of time. */
export class TimeoutError extends Error {
  constructor(message) {
    super(message);
    this.name = 'TimeoutError';
  }
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function isTransient(error) {
  return error instanceof WebDriverError && TRANSIENT.has(error.code);
}

/**
 * Calls `check(note)` every 100 ms until it returns something truthy, and returns that. `check`
 * may call `note(text)` to say what it saw last; the timeout message repeats it. Transient
 * WebDriver errors (element not there yet, replaced by a re-render) are retried; others are thrown.
 */
export async function waitUntil(description, check, { timeout = DEFAULT_TIMEOUT_MS } = {}) {
  const deadline = Date.now() + timeout;
  let seen = '';
  let lastError = null;
  const note = (text) => {
    seen = text;
  };
  for (;;) {
    try {
      const result = await check(note);
      if (result) return result;
      lastError = null;
    } catch (error) {
      if (!isTransient(error)) throw error;
      lastError = error;
    }
    if (Date.now() >= deadline) {
      let message = `timed out after ${Math.round(timeout / 1000)} s waiting for ${description}`;
      if (seen) message += ` (last seen: ${seen})`;
      if (lastError) message += ` (last error: ${lastError.message})`;
      throw new TimeoutError(message);
    }
    await sleep(POLL_INTERVAL_MS);
  }
}

/** CSS selector for a `data-testid`, optionally followed by more selector text. */
export const testid = (id, rest = '') => `[data-testid="${id}"]${rest}`;

/** Asks a WebDriver server for its status; true when it says it is ready. */
export async function serverReady(baseUrl) {
  try {
    const response = await fetch(`${baseUrl}/status`, { signal: AbortSignal.timeout(5_000) });
    if (!response.ok) return false;
    const body = await response.json();
    return body?.value?.ready !== false;
  } catch {
    return false;
  }
}

async function request(baseUrl, method, path, body, context, timeout = REQUEST_TIMEOUT_MS) {
  let response;
  try {
    response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeout),
    });
  } catch (error) {
    if (error.name === 'TimeoutError') {
      throw new Error(`${context}: no answer to ${method} ${path} within ${Math.round(timeout / 1000)} s`);
    }
    throw new Error(`${context}: ${method} ${path} failed: ${error.cause?.message ?? error.message}`);
  }
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: reported below
  }
  if (!response.ok || json?.value?.error) {
    const code = json?.value?.error ?? `HTTP ${response.status}`;
    const message = json?.value?.message ?? text.slice(0, 500);
    throw new WebDriverError(code, message, context);
  }
  if (json === null) throw new Error(`${context}: ${method} ${path}: answer is not JSON: ${text.slice(0, 200)}`);
  return json.value;
}

/** One WebDriver session: one running app. */
export class Session {
  /**
   * Starts a session (which starts the app). `alwaysMatch` holds the capabilities. When the app
   * exits at once or never opens its window, WebKitWebDriver does not answer at all, so the
   * request has a deadline of its own (2 minutes by default: starting on a busy machine is slow).
   */
  static async start(baseUrl, alwaysMatch, { timeout = REQUEST_TIMEOUT_MS } = {}) {
    let value;
    try {
      value = await request(baseUrl, 'POST', '/session', { capabilities: { alwaysMatch } }, 'starting a WebDriver session', timeout);
    } catch (error) {
      if (/no answer/.test(error.message)) error.message += ' (did the app exit or fail to open its window? its output is in the driver log)';
      throw error;
    }
    if (!value?.sessionId) throw new Error(`starting a WebDriver session: no sessionId in ${JSON.stringify(value)}`);
    const session = new Session(baseUrl, value.sessionId, value.capabilities ?? {});
    // Lookups poll themselves; the server must answer at once.
    await session.command('POST', '/timeouts', { implicit: 0 }, 'setting the implicit wait to 0');
    return session;
  }

  constructor(baseUrl, id, capabilities) {
    this.baseUrl = baseUrl;
    this.id = id;
    this.capabilities = capabilities;
  }

  command(method, path, body, context) {
    return request(this.baseUrl, method, `/session/${this.id}${path}`, body, context);
  }

  /** Ends the session, which closes the app. */
  async stop() {
    await request(this.baseUrl, 'DELETE', `/session/${this.id}`, undefined, 'deleting the session');
  }

  // --- Finding elements ----------------------------------------------------------------------

  /** The first element matching `selector` now, or null. */
  async findNow(selector) {
    const list = await this.findAllNow(selector);
    return list[0] ?? null;
  }

  /** Every element matching `selector` now (maybe none). */
  async findAllNow(selector) {
    const value = await this.command('POST', '/elements', { using: 'css selector', value: selector }, `finding ${selector}`);
    return value.map((ref) => new Element(this, ref[ELEMENT_KEY], selector));
  }

  /** Waits for an element matching `selector` (and, with `visible`, displayed) and returns it. */
  async find(selector, { timeout, visible = false } = {}) {
    return waitUntil(
      `${selector}${visible ? ' to be displayed' : ' to appear'}`,
      async (note) => {
        const element = await this.findNow(selector);
        if (!element) {
          note('no such element');
          return null;
        }
        if (visible && !(await element.displayed())) {
          note('present but not displayed');
          return null;
        }
        return element;
      },
      { timeout },
    );
  }

  /** Waits until no element matches `selector`. */
  async waitGone(selector, { timeout } = {}) {
    await waitUntil(`${selector} to go away`, async () => (await this.findAllNow(selector)).length === 0, { timeout });
  }

  /** Waits until exactly `count` elements match `selector`; returns them. */
  async waitCount(selector, count, { timeout } = {}) {
    return waitUntil(
      `${count} element(s) matching ${selector}`,
      async (note) => {
        const list = await this.findAllNow(selector);
        note(`${list.length}`);
        return list.length === count ? list : null;
      },
      { timeout },
    );
  }

  /** Waits until the text of the first `selector` element satisfies `test` (a string it must
   * contain, a RegExp, or a function); returns the text. */
  async waitText(selector, test, { timeout } = {}) {
    const matches = textTest(test);
    return waitUntil(
      `the text of ${selector} to ${matches.description}`,
      async (note) => {
        const element = await this.findNow(selector);
        if (!element) {
          note('no such element');
          return null;
        }
        const text = await element.text();
        note(JSON.stringify(text));
        return matches(text) ? text || true : null;
      },
      { timeout },
    );
  }

  // --- Acting on elements (by selector; each waits for its element) ---------------------------

  /** Clicks the element matching `selector` once it is enabled. A click the page
   * refuses (covered, being re-rendered) is retried; one that went through is never repeated. */
  async click(selector, { timeout } = {}) {
    await waitUntil(
      `${selector} to be clickable`,
      async (note) => {
        const element = await this.findNow(selector);
        if (!element) {
          note('no such element');
          return false;
        }
        if (!(await element.enabled())) {
          note('disabled');
          return false;
        }
        await element.click();
        return true;
      },
      { timeout },
    );
  }

  /** Empties a text field and types `text` into it, then checks the field holds exactly `text`. */
  async fill(selector, text, { timeout } = {}) {
    const element = await this.find(selector, { timeout, visible: true });
    await element.clear();
    if (text !== '') await element.type(text);
    await waitUntil(
      `${selector} to hold ${JSON.stringify(text)} after typing`,
      async (note) => {
        const value = await this.value(selector, { timeout });
        note(JSON.stringify(value));
        return value === text;
      },
      { timeout },
    );
  }

  /** Types `text` into the element matching `selector` without clearing it first. */
  async type(selector, text, { timeout } = {}) {
    const element = await this.find(selector, { timeout, visible: true });
    await element.type(text);
  }

  /** Empties a text field (and tells the page, see `Element.clear`). */
  async clear(selector, { timeout } = {}) {
    const element = await this.find(selector, { timeout, visible: true });
    await element.clear();
  }

  /**
   * Chooses the option whose value is `value` in the <select> matching `selector`, waiting for
   * that option to exist (options can arrive with data), by clicking the option: WebKitWebDriver
   * then selects it and fires `input` and `change`, which is what Svelte listens to.
   */
  async select(selector, value, { timeout } = {}) {
    const option = `${selector} option[value="${cssString(value)}"]`;
    await waitUntil(
      `${selector} to offer the option ${JSON.stringify(value)}`,
      async (note) => {
        const element = await this.findNow(selector);
        if (!element) {
          note('no such element');
          return false;
        }
        const values = await this.execute('return Array.from(arguments[0].options).map((o) => o.value);', [element]);
        note(`options ${JSON.stringify(values)}`);
        return values.includes(value);
      },
      { timeout },
    );
    if ((await this.value(selector)) !== value) await this.click(option, { timeout });
    await waitUntil(
      `${selector} to have the value ${JSON.stringify(value)}`,
      async (note) => {
        const now = await this.value(selector);
        note(JSON.stringify(now));
        return now === value;
      },
      { timeout },
    );
  }

  /** Ticks or unticks a checkbox by clicking it when it is not already as wanted. */
  async setChecked(selector, checked, { timeout } = {}) {
    const element = await this.find(selector, { timeout, visible: true });
    if ((await element.property('checked')) !== checked) await this.click(selector, { timeout });
    await waitUntil(`${selector} to be ${checked ? 'checked' : 'unchecked'}`, async () => {
      return (await this.read(selector, (e) => e.property('checked'), { timeout })) === checked;
    }, { timeout });
  }

  /** Waits for an element matching `selector` and returns `read(element)`; when the element is
   * replaced by a re-render meanwhile, reads the new one. */
  async read(selector, read, { timeout } = {}) {
    const box = await waitUntil(
      `${selector} to be read`,
      async (note) => {
        const element = await this.findNow(selector);
        if (!element) {
          note('no such element');
          return null;
        }
        return { value: await read(element) };
      },
      { timeout },
    );
    return box.value;
  }

  /** The text of the element matching `selector` (waits for it). */
  text(selector, options) {
    return this.read(selector, (e) => e.text(), options);
  }

  /** The current `value` of the form field matching `selector` (waits for it). */
  value(selector, options) {
    return this.read(selector, (e) => e.value(), options);
  }

  // --- Page-level commands --------------------------------------------------------------------

  /** Runs `script` (a function body; `arguments[i]` are `args`) in the page and returns its result.
   * Element objects in `args` are passed as element references. */
  async execute(script, args = []) {
    const wire = args.map((a) => (a instanceof Element ? a.reference() : a));
    const value = await this.command('POST', '/execute/sync', { script, args: wire }, `executing a script (${script.trim().slice(0, 60)}…)`);
    return fromWire(this, value);
  }

  /** Types `text` (WebDriver key codes allowed, "\uE004" is Tab) into whatever has the focus:
   * real key presses, as a keyboard gives them. */
  async keys(text) {
    const ref = await this.command('GET', '/element/active', undefined, 'finding the focused element');
    return new Element(this, ref[ELEMENT_KEY], '(the focused element)').type(text);
  }

  /** Presses `key` ("Escape", "F1", "s" with { ctrl: true }…) where the focus is, as a keydown
   * event that bubbles to the window (where the window's shortcuts listen). */
  async press(key, { ctrl = false } = {}) {
    await this.execute(
      `(document.activeElement || document.body).dispatchEvent(new KeyboardEvent('keydown', { key: arguments[0], ctrlKey: arguments[1], bubbles: true, cancelable: true }));`,
      [key, ctrl],
    );
  }

  async title() {
    return this.command('GET', '/title', undefined, 'reading the title');
  }

  async source() {
    return this.command('GET', '/source', undefined, 'reading the page source');
  }

  /** Saves a PNG of the window to `file`. */
  async screenshot(file) {
    const base64 = await this.command('GET', '/screenshot', undefined, `taking a screenshot for ${file}`);
    await writeFile(file, Buffer.from(base64, 'base64'));
    return file;
  }
}

/** A reference to one element of the page. `selector` is kept for error messages. */
export class Element {
  constructor(session, id, selector) {
    this.session = session;
    this.id = id;
    this.selector = selector;
  }

  reference() {
    return { [ELEMENT_KEY]: this.id };
  }

  command(method, path, body, what) {
    return this.session.command(method, `/element/${this.id}${path}`, body, `${what} ${this.selector}`);
  }

  /** Elements matching `selector` inside this one. */
  async findAllNow(selector) {
    const value = await this.command('POST', '/elements', { using: 'css selector', value: selector }, `finding ${selector} in`);
    return value.map((ref) => new Element(this.session, ref[ELEMENT_KEY], `${this.selector} ${selector}`));
  }

  async findNow(selector) {
    return (await this.findAllNow(selector))[0] ?? null;
  }

  click() {
    return this.command('POST', '/click', {}, 'clicking');
  }

  /** Empties the field. WebKitWebDriver's Element Clear fires `change` but no `input`, which is
   * what Svelte's `bind:value` listens to on text fields: one is dispatched afterwards. */
  async clear() {
    await this.command('POST', '/clear', {}, 'clearing');
    await this.session.execute("arguments[0].dispatchEvent(new Event('input', { bubbles: true }));", [this]);
  }

  /** Types `text` as key presses; "\n" becomes the Enter key. */
  type(text) {
    return this.command('POST', '/value', { text: text.replace(/\r?\n/g, '\uE007') }, 'typing into');
  }

  /** The text as the page renders it (`innerText`). WebDriver's own Get Element Text is not
   * used: WebKitWebDriver leaves out the text of children cut with `overflow: hidden` (such as
   * an ellipsised name cell), though they show it. */
  text() {
    return this.session.execute('return arguments[0].innerText;', [this]);
  }

  /** WebDriver's Get Element Text (see `text` for why it is not the default). */
  webdriverText() {
    return this.command('GET', '/text', undefined, 'reading the text of');
  }

  attribute(name) {
    return this.command('GET', `/attribute/${encodeURIComponent(name)}`, undefined, `reading the attribute ${name} of`);
  }

  property(name) {
    return this.command('GET', `/property/${encodeURIComponent(name)}`, undefined, `reading the property ${name} of`);
  }

  value() {
    return this.property('value');
  }

  displayed() {
    return this.command('GET', '/displayed', undefined, 'checking whether it is displayed:');
  }

  enabled() {
    return this.command('GET', '/enabled', undefined, 'checking whether it is enabled:');
  }
}

function fromWire(session, value) {
  if (Array.isArray(value)) return value.map((v) => fromWire(session, v));
  if (value && typeof value === 'object') {
    if (typeof value[ELEMENT_KEY] === 'string') return new Element(session, value[ELEMENT_KEY], '(from a script)');
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromWire(session, v)]));
  }
  return value;
}

/** `value` escaped for a double-quoted CSS string. */
function cssString(value) {
  return String(value).replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ');
}

function textTest(test) {
  let matches;
  if (typeof test === 'string') {
    matches = (text) => text.includes(test);
    matches.description = `contain ${JSON.stringify(test)}`;
  } else if (test instanceof RegExp) {
    matches = (text) => test.test(text);
    matches.description = `match ${test}`;
  } else {
    matches = (text) => Boolean(test(text));
    matches.description = test.description ?? 'pass the check';
  }
  return matches;
}
