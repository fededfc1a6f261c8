// A change in words: when, each value, each field's name in the interface's language. The history
// panel and the notice of a change made elsewhere speak alike.
import type { Lang, MessageKey } from './i18n';

export function changeWords(lang: Lang, t: (key: MessageKey) => string) {
  const when = (at: string) =>
    new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
  // A value in words: lists one item per line, records as "field: value", nothing as a dash.
  const show = (v: unknown): string => {
    if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return '—';
    if (typeof v === 'string') return v;
    if (typeof v === 'boolean') return v ? t('yes') : t('no');
    if (typeof v === 'number') return String(v);
    if (Array.isArray(v)) return v.map(show).join('\n');
    return Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== '' && x !== null && !(Array.isArray(x) && x.length === 0))
      .map(([k, x]) => (typeof x === 'object' && x !== null && !Array.isArray(x) ? show(x) : `${k}: ${show(x)}`))
      .join(' · ');
  };
  // The model's field names in the interface's words; list positions count from 1.
  const fieldKeys: Record<string, MessageKey> = {
    name: 'name',
    reference: 'reference',
    description: 'description',
    role: 'role',
    status: 'status',
    owner: 'owner',
    software: 'software',
    purposes: 'purposes',
    joint_controllers: 'jointControllers',
    legal_bases: 'legalBases',
    special_bases: 'specialBases',
    criminal_basis: 'criminalBasis',
    data_subjects: 'dataSubjects',
    data_categories: 'dataCategories',
    source: 'source',
    recipients: 'recipients',
    locations: 'locations',
    transfers: 'transfers',
    retention: 'retention',
    measure_ids: 'measures',
    subprocessor_ids: 'subprocessors',
    controller_ids: 'controllersServed',
    dpia: 'dpiaStatus',
    automated_decisions: 'automatedDecisions',
    automated_decisions_detail: 'automatedDetail',
    rights: 'rights',
    notes: 'notes',
    last_review: 'lastReview',
    next_review: 'nextReview',
    updated_on: 'updatedOn',
    created_on: 'createdOn',
    dpo: 'dpo',
    contact: 'contactPerson',
    representative: 'representative',
    address: 'address',
    country: 'country',
    headcount: 'headcount',
    scc_module: 'sccModule',
    impact_assessment: 'impactAssessment',
    impact_assessment_on: 'impactAssessmentOn',
    international_organisation: 'internationalOrganisation',
  };
  const fieldLabel = (path: string) => {
    const [head, ...rest] = path.split('.');
    const words = head in fieldKeys ? t(fieldKeys[head]) : head;
    return [words, ...rest.map((p) => (/^\d+$/.test(p) ? `#${Number(p) + 1}` : p))].join(' › ');
  };
  return { when, show, fieldLabel };
}
