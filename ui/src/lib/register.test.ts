import { describe, expect, it } from 'vitest';
import type { Activity, Organisation, Register } from './bindings';
import { roleKeys, summarise } from './register';

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
  notes: '',
});

const activity = (id: number, organisation_id: number, name: string) =>
  ({ id, organisation_id, name }) as unknown as Activity;

describe('summarise', () => {
  it('groups activities under their organisation, both sorted by name ignoring accents', () => {
    const register: Register = {
      organisations: [org(1, 'Zeta'), org(2, 'Éclair')],
      controllers: [],
      sites: [],
      subprocessors: [],
      measures: [],
      activities: [activity(1, 1, 'b'), activity(2, 2, 'x'), activity(3, 1, 'A')],
    };
    const summary = summarise(register, 'fr');
    expect(summary.map((s) => s.organisation.name)).toEqual(['Éclair', 'Zeta']);
    expect(summary[1].activities.map((a) => a.name)).toEqual(['A', 'b']);
    expect(summary[0].activities.map((a) => a.id)).toEqual([2]);
  });

  it('names the roles an organisation acts in', () => {
    expect(roleKeys(org(1, 'P'))).toEqual(['processor']);
    expect(roleKeys(org(1, 'C', false))).toEqual(['controller']);
  });
});
