// Pure functions over the register, shared by the screens and unit-tested.
import type { Activity, Organisation, Register } from './bindings';

export interface OrganisationSummary {
  organisation: Organisation;
  activities: Activity[];
  controllers: number;
  subprocessors: number;
  measures: number;
}

/** Each organisation with its activities, sorted by name (case and accents ignored). */
export function summarise(register: Register, locale: string): OrganisationSummary[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const count = (items: { organisation_id: number }[], id: number) =>
    items.filter((item) => item.organisation_id === id).length;
  return [...register.organisations]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((organisation) => ({
      organisation,
      activities: register.activities
        .filter((a) => a.organisation_id === organisation.id)
        .sort((a, b) => collator.compare(a.name, b.name)),
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
}

export const noFilters: Filters = { query: '', role: '', status: '', controller: null, country: '', basis: '' };

export type SortKey = 'name' | 'status' | 'role' | 'updated_on';

/** The text an activity is found by: its name, reference, purposes, data, recipients and owner. */
export function searchText(a: Activity): string {
  return fold(
    [
      a.name,
      a.reference,
      a.description,
      a.owner,
      ...a.purposes,
      ...a.data_subjects,
      ...a.data_categories.map((c) => c.name),
      ...a.recipients.map((r) => r.name),
    ].join('\n'),
  );
}

/** The countries an activity's data go to or are kept in. */
export function countriesOf(a: Activity): string[] {
  return [...a.transfers.map((t) => t.country), ...a.locations.map((l) => l.country), ...a.recipients.map((r) => r.country)]
    .map((c) => c.trim().toUpperCase())
    .filter((c) => c !== '');
}

/** The activities in the order of `sort` (a new array). */
export function sortActivities(activities: Activity[], sort: SortKey, locale: string): Activity[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  if (sort === 'updated_on') {
    return [...activities].sort(
      (a, b) => (b.updated_on ?? '').localeCompare(a.updated_on ?? '') || collator.compare(a.name, b.name),
    );
  }
  // Compare each key once, not at every comparison.
  const keyed = activities.map((a) => ({ a, key: String(a[sort]), name: a.name }));
  keyed.sort((x, y) => collator.compare(x.key, y.key) || collator.compare(x.name, y.name));
  return keyed.map((x) => x.a);
}

/** Each activity's search text, by id: built once per list. */
export function searchIndex(activities: Activity[]): Map<number, string> {
  return new Map(activities.map((a) => [a.id, searchText(a)]));
}

/**
 * The activities that match every filter, in the order given. `index` holds each activity's
 * search text, so that a keystroke does not fold 10,000 activities again.
 */
export function filterActivities(activities: Activity[], filters: Filters, index: Map<number, string>): Activity[] {
  const words = fold(filters.query).split(' ').filter((w) => w !== '');
  const unfiltered =
    words.length === 0 &&
    filters.role === '' &&
    filters.status === '' &&
    filters.controller === null &&
    filters.country === '' &&
    filters.basis === '';
  if (unfiltered) return activities;
  return activities.filter((a) => {
    if (filters.role !== '' && a.role !== filters.role) return false;
    if (filters.status !== '' && a.status !== filters.status) return false;
    if (filters.controller !== null && !a.controller_ids.includes(filters.controller)) return false;
    if (filters.country !== '' && !countriesOf(a).includes(filters.country)) return false;
    if (filters.basis !== '' && !a.legal_bases.some((b) => codeOf(b.basis) === filters.basis)) return false;
    const text = index.get(a.id) ?? searchText(a);
    return words.every((w) => text.includes(w));
  });
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
    notes: '',
  };
}

export function blankActivity(organisation: Organisation): Activity {
  return {
    id: 0,
    organisation_id: organisation.id,
    reference: '',
    name: '',
    description: '',
    role: organisation.acts_as_controller || !organisation.acts_as_processor ? 'controller' : 'processor',
    controller_ids: [],
    joint_controllers: [],
    purposes: [],
    legal_bases: [],
    special_bases: [],
    criminal_basis: '',
    data_subjects: [],
    data_categories: [],
    source: '',
    recipients: [],
    locations: [],
    transfers: [],
    retention: [],
    measure_ids: [],
    subprocessor_ids: [],
    dpia: { required: null, status: null, reference: '' },
    automated_decisions: null,
    automated_decisions_detail: '',
    rights: '',
    status: 'draft',
    owner: '',
    software: '',
    created_on: null,
    updated_on: null,
    last_review: null,
    next_review: null,
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
export function formatDate(iso: string | null, lang: string): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
