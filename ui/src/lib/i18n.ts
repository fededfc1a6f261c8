// The interface's words in English and French. Every key exists in both languages (a unit test
// checks it); user data are never translated.

export type Lang = 'en' | 'fr';

const en = {
  appTitle: 'Records of processing activities',
  organisations: 'Organisations',
  activities: 'Processing activities',
  noOrganisations: 'This register is empty.',
  noOrganisationsHint: 'Load the example register with `ropa demo`, or import a spreadsheet.',
  noActivities: 'No processing activities recorded for this organisation yet.',
  name: 'Name',
  role: 'Role',
  status: 'Status',
  controller: 'Controller',
  processor: 'Processor',
  draft: 'Draft',
  active: 'Active',
  retired: 'Retired',
  dpo: 'Data protection officer',
  notRecorded: 'Not recorded',
  controllers: 'Controllers (clients)',
  subprocessors: 'Sub-processors',
  measures: 'Security measures',
  store: 'Store',
  language: 'Language',
  loading: 'Loading…',
  errorTitle: 'Something went wrong',
  retry: 'Try again',
};

type Messages = typeof en;
export type MessageKey = keyof Messages;

const fr: Messages = {
  appTitle: 'Registre des activités de traitement',
  organisations: 'Organismes',
  activities: 'Activités de traitement',
  noOrganisations: 'Ce registre est vide.',
  noOrganisationsHint: 'Chargez le registre d’exemple avec `ropa demo`, ou importez un tableur.',
  noActivities: 'Aucune activité de traitement n’est encore enregistrée pour cet organisme.',
  name: 'Nom',
  role: 'Rôle',
  status: 'Statut',
  controller: 'Responsable de traitement',
  processor: 'Sous-traitant',
  draft: 'Brouillon',
  active: 'Active',
  retired: 'Retirée',
  dpo: 'Délégué à la protection des données',
  notRecorded: 'Non renseigné',
  controllers: 'Responsables de traitement (clients)',
  subprocessors: 'Sous-traitants ultérieurs',
  measures: 'Mesures de sécurité',
  store: 'Fichier du registre',
  language: 'Langue',
  loading: 'Chargement…',
  errorTitle: 'Une erreur est survenue',
  retry: 'Réessayer',
};

export const catalogues: Record<Lang, Messages> = { en, fr };

export function translate(lang: Lang, key: MessageKey): string {
  return catalogues[lang][key];
}

/** The language to start in: the saved choice, else the system's if French, else English. */
export function initialLang(saved: string | null, systemLanguages: readonly string[]): Lang {
  if (saved === 'en' || saved === 'fr') return saved;
  return systemLanguages.some((l) => l.toLowerCase().startsWith('fr')) ? 'fr' : 'en';
}
