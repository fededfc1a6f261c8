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
