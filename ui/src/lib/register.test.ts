import { describe, expect, it } from 'vitest';
import type { Activity, Organisation } from './bindings';
import { countryCode, roleKeys, summarise } from './register';

const org = (id: number, name: string, processor = true): Organisation => ({
  id,
  name,
  registration: '',
  address: '',
  country: '',
  contact: { name: '', role: '', email: '', phone: '', address: '' },
  dpo: { name: '', role: '', email: '', phone: '', address: '' },
  representative: { name: '', role: '', email: '', phone: '', address: '' },
  acts_as_controller: !processor,
  acts_as_processor: processor,
  headcount: null,
  notes: '',
});

const activity = (id: number, organisation_id: number, name: string) =>
  ({ id, organisation_id, name }) as unknown as Activity;

describe('summarise', () => {
  it('groups activities under their organisation (sorted by name ignoring accents), in the store order', () => {
    const register = {
      organisations: [org(1, 'Zeta'), org(2, 'Éclair')],
      controllers: [],
      sites: [],
      subprocessors: [],
      measures: [],
      activities: [activity(1, 1, 'b'), activity(2, 2, 'x'), activity(3, 1, 'A')],
      organisation_checks: [],
    } as unknown as Overview;
    const summary = summarise(register, 'fr');
    expect(summary.map((s) => s.organisation.name)).toEqual(['Éclair', 'Zeta']);
    expect(summary[1].activities.map((a) => a.name)).toEqual(['b', 'A']);
    expect(summary[0].activities.map((a) => a.id)).toEqual([2]);
  });

  it('names the roles an organisation acts in', () => {
    expect(roleKeys(org(1, 'P'))).toEqual(['processor']);
    expect(roleKeys(org(1, 'C', false))).toEqual(['controller']);
  });
});

import type { ActivitySummary, Overview } from './bindings';
import { blankOrganisation, codeOf, filterActivities, fold, linesToList, noFilters, sortActivities, visibleRange } from './register';

describe('filterActivities', () => {
  // Summaries as the core makes them: `search` is folded, `countries` and `bases` are codes.
  const a = (id: number, name: string, extra: Partial<ActivitySummary> = {}): ActivitySummary => ({
    id,
    organisation_id: 1,
    name,
    reference: '',
    role: 'controller',
    status: 'draft',
    updated_on: null,
    controller_ids: [],
    subprocessor_ids: [],
    measure_ids: [],
    countries: [],
    bases: [],
    score: { filled: 0, total: 9 },
    errors: 0,
    warnings: 0,
    ...extra,
  });
  const list = [
    a(1, 'Paie des salariés', { status: 'active', bases: ['legal_obligation'], errors: 2 }),
    a(2, 'Vidéoprotection', { role: 'processor', controller_ids: [7], countries: ['US'], warnings: 1 }),
    a(3, 'Écoute clients'),
  ];
  const texts = new Map([
    [1, 'paie des salaries payer'],
    [2, fold('Vidéoprotection')],
    [3, 'ecoute clients voix'],
  ]);
  const find = (filters: typeof noFilters) => filterActivities(sortActivities(list, 'name', 'fr'), filters, texts);

  it('searches names and references until the search texts are there', () => {
    const early = (query: string) => filterActivities(list, { ...noFilters, query }, null).map((x) => x.id);
    expect(early('ecoute')).toEqual([3]);
    expect(early('voix')).toEqual([]);
  });

  it('finds by any word of the name, purposes or data, ignoring case and accents', () => {
    expect(find({ ...noFilters, query: 'PAIE' }).map((x) => x.id)).toEqual([1]);
    expect(find({ ...noFilters, query: 'Écoute  voix' }).map((x) => x.id)).toEqual([3]);
    expect(find({ ...noFilters, query: 'nothing' })).toEqual([]);
  });

  it('sorts by status, then name; most recently changed first', () => {
    expect(sortActivities(list, 'status', 'fr').map((x) => x.id)).toEqual([1, 3, 2]);
    const dated = list.map((x, i) => ({ ...x, updated_on: `2026-0${i + 1}-01` }));
    expect(sortActivities(dated, 'updated_on', 'fr').map((x) => x.id)).toEqual([3, 2, 1]);
  });

  it('filters by role, status, controller, country, legal basis and check result, and sorts by name', () => {
    expect(find(noFilters).map((x) => x.id)).toEqual([3, 1, 2]);
    expect(find({ ...noFilters, role: 'processor' }).map((x) => x.id)).toEqual([2]);
    expect(find({ ...noFilters, status: 'active' }).map((x) => x.id)).toEqual([1]);
    expect(find({ ...noFilters, controller: 7 }).map((x) => x.id)).toEqual([2]);
    expect(find({ ...noFilters, country: 'US' }).map((x) => x.id)).toEqual([2]);
    expect(find({ ...noFilters, basis: 'legal_obligation' }).map((x) => x.id)).toEqual([1]);
    expect(find({ ...noFilters, checks: 'errors' }).map((x) => x.id)).toEqual([1]);
    expect(find({ ...noFilters, checks: 'warnings' }).map((x) => x.id)).toEqual([1, 2]);
    expect(find({ ...noFilters, checks: 'clean' }).map((x) => x.id)).toEqual([3]);
  });

  it('summarises an overview by organisation', () => {
    const overview: Overview = {
      organisations: [{ ...blankOrganisation(), id: 1, name: 'Zeta' }],
      controllers: [],
      sites: [],
      subprocessors: [],
      measures: [],
      activities: list,
      organisation_checks: [],
    };
    expect(summarise(overview, 'fr')[0].activities.map((x) => x.id)).toEqual([1, 2, 3]);
  });
});

describe('helpers', () => {
  it('folds, splits lines, codes values and windows long lists', () => {
    expect(fold('  Écrans  D’accueil ')).toBe("ecrans d'accueil"); // as the core folds
    expect(linesToList(' a \n\n b\n')).toEqual(['a', 'b']);
    expect(codeOf('consent')).toBe('consent');
    expect(codeOf({ other: 'x' })).toBe('other');
    expect(codeOf({ derogation: 'legal_claims' })).toBe('derogation:legal_claims');
    expect(visibleRange(0, 400, 40, 10000)).toEqual({ first: 0, last: 20 });
    expect(visibleRange(40000, 400, 40, 10000)).toEqual({ first: 990, last: 1020 });
  });
});

describe('formatDate', () => {
  it('writes a model date in the interface language', async () => {
    const { formatDate } = await import('./register');
    expect(formatDate('2026-11-23', 'fr')).toBe('23 nov. 2026');
    expect(formatDate('2026-11-23', 'en')).toBe('23 Nov 2026');
    expect(formatDate('2026-11-23', 'de')).toBe('23.11.2026');
    expect(formatDate(null, 'en')).toBe('');
  });
});

import { exportName } from './register';

describe('exportName', () => {
  it('says what, whose and when, in the document language, safely for any file system', () => {
    expect(exportName('Scalingo', 'fr', '2026-12-01')).toBe('registre-scalingo-2026-12-01');
    expect(exportName('CoderPad France', 'en', '2026-12-01', 'Exemple Commerce SAS')).toBe(
      'register-coderpad-france-exemple-commerce-sas-2026-12-01',
    );
    expect(exportName('Mairie d’Évry / Service RH', 'fr', '2026-12-01')).toBe('registre-mairie-d-evry-service-rh-2026-12-01');
    expect(exportName('Müller & Söhne GmbH', 'de', '2026-12-01')).toBe('verzeichnis-muller-sohne-gmbh-2026-12-01');
  });
});

describe('countryCode', () => {
  const countries = [
    { code: 'FR', en: 'France', fr: 'France' },
    { code: 'DE', en: 'Germany', fr: 'Allemagne', de: 'Deutschland' },
    { code: 'GB', en: 'United Kingdom', fr: 'Royaume-Uni', de: 'Vereinigtes Königreich' },
  ];
  it('finds a country by its name in any language, or its code', () => {
    expect(countryCode('allemagne', countries)).toBe('DE');
    expect(countryCode('vereinigtes konigreich', countries)).toBe('GB');
    expect(countryCode('Deutschland', countries)).toBe('DE');
    expect(countryCode(' Royaume-Uni ', countries)).toBe('GB');
    expect(countryCode('Germany', countries)).toBe('DE');
    expect(countryCode('fr', countries)).toBe('FR');
  });
  it('names none for other texts', () => {
    expect(countryCode('Atlantis', countries)).toBeNull();
    expect(countryCode('', countries)).toBeNull();
  });
});
