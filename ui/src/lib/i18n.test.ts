import { FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import {
  bundle,
  formatNumber,
  inLang,
  initialLang,
  languages,
  percent,
  sources,
  translate,
  type ArgsOf,
  type Lang,
  type MessageKey,
} from './i18n';

// The parsed shapes of @fluent/bundle (its `ast.d.ts`), as far as these tests walk them.
type Pattern = string | Element[];
type Element = string | Expression;
type Expression = { type: string; name?: string; selector?: Expression; variants?: { value: Pattern }[]; args?: Expression[] };
type Entry = { id: string; value: Pattern | null };

const parsed = new Map<string, Entry[]>();
/** A file's messages (not its terms, `-name`), parsed once. */
function entries(source: string): Entry[] {
  if (!parsed.has(source)) {
    const body = new FluentResource(source).body as unknown as Entry[];
    parsed.set(source, body.filter((m) => !m.id.startsWith('-')));
  }
  return parsed.get(source) ?? [];
}

/** The variables a pattern names, each marked when it chooses a variant (then it is a number). */
function variables(pattern: Pattern | null, found = new Map<string, boolean>()): Map<string, boolean> {
  const visit = (e: Expression | undefined, selects = false) => {
    if (!e) return;
    if (e.type === 'var' && e.name) found.set(e.name, (found.get(e.name) ?? false) || selects);
    if (e.type === 'select') {
      visit(e.selector, true);
      for (const v of e.variants ?? []) variables(v.value, found);
    }
    for (const a of e.args ?? []) visit(a);
  };
  if (Array.isArray(pattern)) for (const element of pattern) if (typeof element !== 'string') visit(element);
  return found;
}

/** A message's variables in every language, each marked when it chooses a variant in one of them
 * (a number, then: German may choose by another argument than English does). */
function argumentsOf(id: string): Map<string, boolean> {
  const found = new Map<string, boolean>();
  for (const source of Object.values(sources)) {
    for (const [name, selects] of variables(entries(source).find((m) => m.id === id)?.value ?? null)) {
      found.set(name, (found.get(name) ?? false) || selects);
    }
  }
  return found;
}

/** ui/src/lib/messages.ts as the language files give it: the English file's keys, and each
 * message's arguments. */
function messageTypes(): string {
  const all = entries(sources.en);
  const args = all
    .map((m) => [m.id, [...argumentsOf(m.id)].map(([name, n]) => `${name}: ${n ? 'number' : 'string | number'}`)] as const)
    .filter(([, names]) => names.length > 0);
  return [
    '// The window\'s message keys and the arguments each message takes, generated from',
    '// crates/ropa-core/locales/*/{window,fields}.ftl by `npm run messages`: do not edit. A unit test',
    '// (i18n.test.ts) fails while this file and the language files disagree, and the type checker',
    '// then finds every use of a key that is gone or of an argument that changed.',
    '',
    'export type MessageKey =',
    ...all.map((m, i) => `  | '${m.id}'${i === all.length - 1 ? ';' : ''}`),
    '',
    '/** The messages that take arguments, and theirs: a number where it chooses the words. */',
    'export interface MessageArgs {',
    ...args.map(([id, names]) => `  ${/^[A-Za-z_][A-Za-z0-9_]*$/.test(id) ? id : `'${id}'`}: { ${names.join('; ')} };`),
    '}',
    '',
  ].join('\n');
}

/** Arguments for a message, so that it can be formatted whole. */
function sampleArgs(id: string): Record<string, string | number> {
  return Object.fromEntries([...argumentsOf(id)].map(([name, n]) => [name, n ? 2 : `‹${name}›`]));
}

const codes = languages.map((l) => l.code);

/** Any message, with arguments for each of its variables. */
const sample = (lang: Lang, id: string) => translate(lang, id as MessageKey, ...([sampleArgs(id)] as unknown as ArgsOf<MessageKey>));

describe('the window’s language files', () => {
  it('are what src/lib/messages.ts names (npm run messages writes it again)', async () => {
    await expect(messageTypes()).toMatchFileSnapshot('./messages.ts');
  });

  it('parse whole: every message in each file is read', () => {
    for (const lang of codes) {
      const written = sources[lang].match(/^[A-Za-z][A-Za-z0-9_-]*\s*=/gm) ?? [];
      expect(entries(sources[lang]).length, `${lang}'s window.ftl or fields.ftl has a message Fluent cannot read`).toBe(written.length);
    }
  });

  it('have every key in every language, with the same arguments, none empty', () => {
    const english = entries(sources.en);
    for (const lang of codes) {
      const theirs = new Map(entries(sources[lang]).map((m) => [m.id, m]));
      expect([...theirs.keys()].sort(), lang).toEqual(english.map((m) => m.id).sort());
      for (const m of english) {
        const args = (p: Pattern | null) => [...variables(p).keys()].sort();
        expect(args(theirs.get(m.id)?.value ?? null), `${lang}: ${m.id}`).toEqual(args(m.value));
        const errors: Error[] = [];
        const pattern = bundle(lang).getMessage(m.id)?.value;
        const text = pattern ? bundle(lang).formatPattern(pattern, sampleArgs(m.id), errors) : '';
        expect(errors, `${lang}: ${m.id}`).toEqual([]);
        expect(text.trim(), `${lang}: ${m.id}`).not.toBe('');
      }
    }
  });

  it('write French with its no-break spaces, so that no punctuation starts a line', () => {
    expect(translate('fr', 'deleteActivityQuestion', { name: 'Paie' })).toBe(
      'Supprimer «\u00a0Paie\u00a0» du registre\u202f? Son historique en garde chaque version, d’où elle peut être restaurée.',
    );
    for (const m of entries(sources.fr)) {
      const text = sample('fr', m.id);
      expect(text, m.id).not.toMatch(/ [?!:;»]|« /);
    }
  });

  it('leave the arguments as the user wrote them', () => {
    expect(translate('fr', 'eraseNowhere', { text: 'A : b ?' })).toMatch(/^«\u00a0A : b \?\u00a0»/);
  });

  it('quote in German „so“', () => {
    expect(translate('de', 'quoted', { text: 'Lohnabrechnung' })).toBe('„Lohnabrechnung“');
    for (const m of entries(sources.de)) {
      const text = sample('de', m.id);
      expect(text, m.id).not.toMatch(/[”«»"]/);
    }
  });

  it("put a count's noun in the number each language wants, the count kept with it", () => {
    expect(translate('en', 'count_error', { count: 1 })).toBe('1\u00a0error');
    expect(translate('en', 'count_error', { count: 0 })).toBe('0\u00a0errors');
    expect(translate('en', 'rows', { count: 2 })).toBe('2\u00a0rows');
    expect(translate('fr', 'count_error', { count: 0 })).toBe('0\u00a0erreur');
    expect(translate('fr', 'count_error', { count: 1 })).toBe('1\u00a0erreur');
    expect(translate('fr', 'count_error', { count: 2 })).toBe('2\u00a0erreurs');
    expect(translate('de', 'count_warning', { count: 1 })).toBe('1\u00a0Warnung');
    expect(translate('de', 'count_warning', { count: 0 })).toBe('0\u00a0Warnungen');
    expect(translate('de', 'rows', { count: 12 })).toBe('12\u00a0Zeilen');
    expect(translate('de', 'rows', { count: 1234 })).toBe('1.234\u00a0Zeilen');
    expect(translate('fr', 'rows', { count: 1234 })).toMatch(/^1[\u00a0\u202f]234\u00a0lignes$/);
    expect(translate('de', 'previewShown', { shown: 20, total: 1 })).toBe('20 von 1 Zeile angezeigt');
    expect(translate('en', 'outsideChanges', { users: 'léa', when: 'today', count: 1 })).toContain('one entry');
  });
});

/** Every `t(…)` in the window's code (Vite reads the files), with the file it is in. */
function usesInCode(): { file: string; key: string }[] {
  const files = import.meta.glob<string>(['../**/*.svelte', '../**/*.ts', '!../**/*.test.ts', '!./messages.ts', '!./bindings.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  });
  const found: { file: string; key: string }[] = [];
  for (const [file, code] of Object.entries(files)) {
    for (const call of code.matchAll(/\bt\(\s*([^,()]*?)\s*[,)]/g)) {
      for (const literal of call[1].matchAll(/'([^']*)'|`([^`]*)`/g)) found.push({ file, key: literal[1] ?? literal[2] });
    }
  }
  return found;
}

describe('the keys the window uses', () => {
  it('exist in the English file (a key built from parts matches at least one)', () => {
    const keys = entries(sources.en).map((m) => m.id);
    const calls = usesInCode();
    expect(calls.length).toBeGreaterThan(300);
    for (const { file, key } of calls) {
      const pattern = new RegExp(`^${key.split(/\$\{[^}]*\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('.+')}$`);
      expect(keys.some((k) => pattern.test(k)), `${file}: t('${key}')`).toBe(true);
    }
  });
});

describe('the window’s own words', () => {
  it('are each used (a word no screen says is a word nobody keeps up)', async () => {
    const own = (await import('../../../crates/ropa-core/locales/en/window.ftl?raw')).default as string;
    const keys = entries(own).map((m) => m.id);
    const patterns = usesInCode().map(
      ({ key }) => new RegExp(`^${key.split(/\$\{[^}]*\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('.+')}$`),
    );
    // A key may also be handed to `t` as data (`{ label: 'dpo' }`, `['Ctrl+N', 'shortcutNew']`).
    const code = Object.values(
      import.meta.glob<string>(['../**/*.svelte', '../**/*.ts', '!../**/*.test.ts', '!./messages.ts'], { query: '?raw', import: 'default', eager: true }),
    ).join('\n');
    const unused = keys.filter((k) => !patterns.some((p) => p.test(k)) && !code.includes(`'${k}'`));
    expect(unused).toEqual([]);
  });
});

describe('i18n', () => {
  it('starts in the saved language, else the desktop’s first the window speaks, else English', () => {
    expect(initialLang('fr', ['en-GB'])).toBe('fr');
    expect(initialLang('de', ['fr-FR'])).toBe('de');
    expect(initialLang(null, ['fr-FR', 'en'])).toBe('fr');
    expect(initialLang(null, ['de-DE'])).toBe('de');
    expect(initialLang(null, ['de_AT', 'en'])).toBe('de');
    expect(initialLang(null, ['nl-NL', 'de-DE', 'fr'])).toBe('de');
    expect(initialLang(null, ['nl-NL'])).toBe('en');
    expect(initialLang('xx', [])).toBe('en');
  });

  it('writes shares and numbers as each language does', () => {
    expect(percent('en', 3, 4)).toBe('75%');
    // The no-break space's width is the engine's (ICU's) choice.
    expect(percent('fr', 3, 4)).toMatch(/^75[\u00a0\u202f]%$/);
    expect(percent('de', 3, 4)).toMatch(/^75[\u00a0\u202f]%$/);
    expect(percent('en', 199, 200)).toBe('99%');
    expect(percent('de', 0, 0)).toMatch(/^100[\u00a0\u202f]%$/);
    expect(formatNumber('de', 1234.5)).toBe('1.234,5');
  });

  it('takes a word in the language asked, else in English', () => {
    const choice = { en: 'Consent', fr: 'Consentement', de: 'Einwilligung' };
    expect(inLang(choice, 'en')).toBe('Consent');
    expect(inLang(choice, 'fr')).toBe('Consentement');
    expect(inLang(choice, 'de')).toBe('Einwilligung');
    expect(inLang({ en: 'Art. 46 GDPR', fr: 'art. 46 RGPD' }, 'de')).toBe('Art. 46 GDPR');
  });
});
