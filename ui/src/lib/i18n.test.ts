import { describe, expect, it } from 'vitest';
import { catalogues, counted, frenchSpacing, initialLang } from './i18n';

describe('i18n', () => {
  it('has every key in both languages, none empty', () => {
    const keys = Object.keys(catalogues.en).sort();
    expect(Object.keys(catalogues.fr).sort()).toEqual(keys);
    for (const lang of ['en', 'fr'] as const) {
      for (const key of keys) {
        expect(catalogues[lang][key as keyof typeof catalogues.en].trim()).not.toBe('');
      }
    }
  });

  it('writes French with its no-break spaces, so that no punctuation starts a line', () => {
    expect(frenchSpacing('Supprimer « A » ? Oui : non ; bien !')).toBe('Supprimer «\u00a0A\u00a0»\u202f? Oui\u00a0: non\u202f; bien\u202f!');
    for (const text of Object.values(catalogues.fr)) {
      expect(text).not.toMatch(/ [?!:;»]|« /);
    }
  });

  it("puts a count's noun in the number each language wants", () => {
    expect(counted('en', 1, 'error', 'errors')).toBe('1\u00a0error');
    expect(counted('en', 0, 'error', 'errors')).toBe('0\u00a0errors');
    expect(counted('fr', 0, 'erreur', 'erreurs')).toBe('0\u00a0erreur');
    expect(counted('fr', 1, 'erreur', 'erreurs')).toBe('1\u00a0erreur');
    expect(counted('fr', 2, 'erreur', 'erreurs')).toBe('2\u00a0erreurs');
  });

  it('starts in the saved language, else French for a French system, else English', () => {
    expect(initialLang('fr', ['en-GB'])).toBe('fr');
    expect(initialLang(null, ['fr-FR', 'en'])).toBe('fr');
    expect(initialLang(null, ['de-DE'])).toBe('en');
    expect(initialLang('xx', [])).toBe('en');
  });
});
