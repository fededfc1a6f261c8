// Pure functions over the register, shared by the screens and unit-tested.
import type { ActivitySummary, Lang, Organisation, Overview } from './bindings';
import { locales } from './i18n';

export interface OrganisationSummary {
  organisation: Organisation;
  activities: ActivitySummary[];
  controllers: number;
  subprocessors: number;
  measures: number;
}

/** Each organisation with its activities, sorted by name (case and accents ignored). */
export function summarise(register: Overview, locale: string): OrganisationSummary[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const count = (items: { organisation_id: number }[], id: number) =>
    items.filter((item) => item.organisation_id === id).length;
  return [...register.organisations]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((organisation) => ({
      organisation,
      // In the store's order: the list sorts them as the user chooses.
      activities: register.activities.filter((a) => a.organisation_id === organisation.id),
      controllers: count(register.controllers, organisation.id),
      subprocessors: count(register.subprocessors, organisation.id),
      measures: count(register.measures, organisation.id),
    }));
}

/** The roles an organisation acts in, as keys of the message catalogue. */
export function roleKeys(o: Organisation): ('controller' | 'processor')[] {
  const roles: ('controller' | 'processor')[] = [];
  if (o.acts_as_controller) roles.push('controller');
  if (o.acts_as_processor) roles.push('processor');
  return roles;
}

/** Lower case, accents removed: for searching as the core matches names. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The code of a vocabulary value as the model's JSON writes it: `"consent"` or `{ other: "..." }`. */
export function codeOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const [key, inner] = Object.entries(value)[0] ?? ['', ''];
    return key === 'other' ? 'other' : `${key}:${codeOf(inner)}`;
  }
  return '';
}

export interface Filters {
  query: string;
  role: string;
  status: string;
  controller: number | null;
  country: string;
  basis: string;
  /** '' (any), 'errors', 'warnings' (errors or warnings), 'clean'. */
  checks: string;
}

export const noFilters: Filters = { query: '', role: '', status: '', controller: null, country: '', basis: '', checks: '' };

export type SortKey = 'name' | 'status' | 'role' | 'updated_on';

/** The activities in the order of `sort` (a new array). */
export function sortActivities(activities: ActivitySummary[], sort: SortKey, locale: string): ActivitySummary[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  if (sort === 'updated_on') {
    return [...activities].sort(
      (a, b) => (b.updated_on ?? '').localeCompare(a.updated_on ?? '') || collator.compare(a.name, b.name),
    );
  }
  // Each key folded once (case and accents aside, as the collator would), then compared as
  // plain strings, which is many times faster than the collator over 10,000 names; the collator
  // breaks the remaining ties.
  const keyed = activities.map((a) => ({ a, key: fold(String(a[sort])), name: fold(a.name) }));
  const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  keyed.sort((x, y) => order(x.key, y.key) || order(x.name, y.name) || collator.compare(x.a.name, y.a.name));
  return keyed.map((x) => x.a);
}

/**
 * The activities that match every filter, in the order given. The search looks in each
 * activity's words as the core folded them (`texts`, read after the list is shown); until they
 * are there, in its name and reference. The query is folded the same way.
 */
export function filterActivities(
  activities: ActivitySummary[],
  filters: Filters,
  texts: Map<number, string> | null = null,
): ActivitySummary[] {
  const words = fold(filters.query).split(' ').filter((w) => w !== '');
  const text = (a: ActivitySummary) => texts?.get(a.id) ?? fold(`${a.name} ${a.reference}`);
  const unfiltered =
    words.length === 0 &&
    filters.role === '' &&
    filters.status === '' &&
    filters.controller === null &&
    filters.country === '' &&
    filters.basis === '' &&
    filters.checks === '';
  if (unfiltered) return activities;
  return activities.filter(
    (a) =>
      (filters.role === '' || a.role === filters.role) &&
      (filters.status === '' || a.status === filters.status) &&
      (filters.controller === null || a.controller_ids.includes(filters.controller)) &&
      (filters.country === '' || a.countries.includes(filters.country)) &&
      (filters.basis === '' || a.bases.includes(filters.basis)) &&
      (filters.checks === '' ||
        (filters.checks === 'errors' && a.errors > 0) ||
        (filters.checks === 'warnings' && a.errors + a.warnings > 0) ||
        (filters.checks === 'clean' && a.errors + a.warnings === 0)) &&
      (words.length === 0 || ((t) => words.every((w) => t.includes(w)))(text(a))),
  );
}

const contact = () => ({ name: '', role: '', email: '', phone: '', address: '' });

export function blankOrganisation(): Organisation {
  return {
    id: 0,
    name: '',
    registration: '',
    address: '',
    country: '',
    contact: contact(),
    dpo: contact(),
    representative: contact(),
    acts_as_controller: true,
    acts_as_processor: false,
    headcount: null,
    notes: '',
  };
}

/** Lines of a textarea as list items: trimmed, blank lines dropped. */
export function linesToList(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** The rows of a long list worth rendering: those in view, and a few around them. */
export function visibleRange(scrollTop: number, viewHeight: number, rowHeight: number, count: number, margin = 10) {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - margin);
  const last = Math.min(count, Math.ceil((scrollTop + viewHeight) / rowHeight) + margin);
  return { first, last };
}

/** A date of the model (`YYYY-MM-DD`) as the interface's language writes it. */
export function formatDate(iso: string | null, lang: Lang): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** The name an export is offered under: what it is, whose, and the day, in the document's
 * language (`registre-scalingo-2026-12-01`, `register-coderpad-france-2026-12-01`,
 * `verzeichnis-…`). */
/** A name as a file name takes it: no accents, lower case, words joined by dashes. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function exportName(organisation: string, lang: Lang, day: string, client = ''): string {
  const what = { en: 'register', fr: 'registre', de: 'verzeichnis' }[lang];
  return [what, slug(organisation), slug(client), day].filter((part) => part !== '').join('-');
}

/** The ISO code of a country written by its name in English, French or German ("France",
 * "allemagne", "Vereinigtes Königreich") or by its code; `null` for a text that names none (kept
 * as written). */
export function countryCode(text: string, countries: { code: string; en: string; fr: string; de?: string }[]): string | null {
  const key = fold(text.trim());
  if (key === '') return null;
  const found = countries.find((c) => [c.code, c.en, c.fr, c.de ?? ''].some((name) => fold(name) === key));
  return found ? found.code : null;
}
