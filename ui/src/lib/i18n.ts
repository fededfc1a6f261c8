// The window's words: Fluent files, one per language, beside the core's
// (crates/ropa-core/locales/<lang>/window.ftl), so that every language's words are in one place;
// the fields' names and the Article 30 items come from fields.ftl, and the words of an import's
// report and of the history from shared.ftl, which the core (and so the command line) reads too.
// Fluent gives each language its plural rules and fills a message's arguments; the typography of
// each language is applied here, once, so that the files stay plain text. User data are never
// translated, nor retouched: the typography reaches only the files' own text.
import { FluentBundle, FluentResource } from '@fluent/bundle';
import en from '../../../crates/ropa-core/locales/en/window.ftl?raw';
import fr from '../../../crates/ropa-core/locales/fr/window.ftl?raw';
import de from '../../../crates/ropa-core/locales/de/window.ftl?raw';
import enFields from '../../../crates/ropa-core/locales/en/fields.ftl?raw';
import frFields from '../../../crates/ropa-core/locales/fr/fields.ftl?raw';
import deFields from '../../../crates/ropa-core/locales/de/fields.ftl?raw';
import enShared from '../../../crates/ropa-core/locales/en/shared.ftl?raw';
import frShared from '../../../crates/ropa-core/locales/fr/shared.ftl?raw';
import deShared from '../../../crates/ropa-core/locales/de/shared.ftl?raw';
import type { Lang, Text } from './bindings';
import type { MessageArgs, MessageKey } from './messages';

export type { Lang, MessageArgs, MessageKey };

/** Each language's words, as the window reads them (the tests read them too): its own file, and
 * the fields' names and the words the core shares. */
export const sources: Record<Lang, string> = {
  en: `${en}\n${enFields}\n${enShared}`,
  fr: `${fr}\n${frFields}\n${frShared}`,
  de: `${de}\n${deFields}\n${deShared}`,
};

/** The languages the window speaks, each named in itself, in the order the pickers offer them. */
export const languages: { code: Lang; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'de', name: 'Deutsch' },
];

/** The locale that writes each language's dates and numbers (Intl), and chooses its plurals. */
export const locales: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE' };

/**
 * French typography, applied to every French text in one place: a no-break space before a colon
 * and inside guillemets, a narrow one before ? ! and ; so that none of them starts a line (the
 * core's `i18n::typography` does the same for the PDF and the command line).
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/ :/g, '\u00a0:')
    .replace(/ ([?!;])/g, '\u202f$1')
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»');
}

/** The typography of each language's text. German needs none: its quotes „…“ are in its file. */
const typography: Record<Lang, (text: string) => string> = {
  en: (text) => text,
  fr: frenchSpacing,
  de: (text) => text,
};

const bundles = new Map<Lang, FluentBundle>();

/** A language's messages, parsed the first time they are asked for. */
export function bundle(lang: Lang): FluentBundle {
  let found = bundles.get(lang);
  if (!found) {
    // No Unicode isolation marks around arguments: they would show in copied text and in the
    // end-to-end tests' reading of the window. `transform` reaches only the file's text, never
    // an argument.
    found = new FluentBundle(locales[lang], { useIsolating: false, transform: typography[lang] });
    found.addResource(new FluentResource(sources[lang]));
    bundles.set(lang, found);
  }
  return found;
}

/** A message's arguments: those it names (numbers where a number chooses the words), or none. */
export type ArgsOf<K extends MessageKey> = K extends keyof MessageArgs ? [args: MessageArgs[K]] : [];

/** What the components receive as `t`: a message in the window's language, with its arguments. */
export type Translate = <K extends MessageKey>(key: K, ...args: ArgsOf<K>) => string;

/**
 * The message `key` in `lang`, its arguments filled in ("1 error", "0 erreur", "2 Fehler").
 * A message missing from a file reads as its key (a test holds every key in every language).
 */
export function translate<K extends MessageKey>(lang: Lang, key: K, ...args: ArgsOf<K>): string {
  const messages = bundle(lang);
  const pattern = messages.getMessage(key)?.value;
  if (!pattern) return key;
  const values = args[0] as Record<string, string | number> | undefined;
  // Errors (an argument missing) are collected rather than thrown: the window shows what it can.
  const text = messages.formatPattern(pattern, values, []);
  // A count that opens a message stays on the line of the word after it ("3 errors").
  const count = values?.count;
  if (typeof count === 'number') {
    const n = formatNumber(lang, count);
    if (text.startsWith(`${n} `)) return `${n}\u00a0${text.slice(n.length + 1)}`;
  }
  return text;
}

/** A number as the language writes it ("1,234.5", "1 234,5", "1.234,5"). */
export function formatNumber(lang: Lang, n: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locales[lang], options).format(n);
}

/** Words made in the window, already in its language, where the shell's words in every
 * language are expected (an error found before anything is sent). */
export function said(text: string): Text {
  return { en: text, fr: text, de: text };
}

/** The word of a vocabulary value, a country or a finding in `lang`; English where a language has
 * none yet (a finding's German comes with the checks' language files), or an empty one. */
export function inLang(x: { en: string } & Partial<Record<Lang, string>>, lang: Lang): string {
  return x[lang] || x.en;
}

/** The language to start in: the saved choice, else the desktop's first language the window
 * speaks, else English. */
export function initialLang(saved: string | null, systemLanguages: readonly string[]): Lang {
  const known = (code: string) => languages.find((l) => l.code === code)?.code;
  const chosen = saved === null ? undefined : known(saved);
  if (chosen) return chosen;
  for (const tag of systemLanguages) {
    const spoken = known(tag.toLowerCase().split(/[-_]/)[0]);
    if (spoken) return spoken;
  }
  return 'en';
}

/** A share as the language writes it: "75%" in English, "75 %" in French and German (each
 * with its no-break space). Rounded down, so that 99.6% never reads as complete. */
export function percent(lang: Lang, filled: number, total: number): string {
  const n = total > 0 ? Math.floor((filled * 100) / total) : 100;
  return formatNumber(lang, n / 100, { style: 'percent', maximumFractionDigits: 0 });
}
