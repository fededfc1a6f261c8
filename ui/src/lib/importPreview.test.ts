import { describe, expect, it } from 'vitest';
import type { ImportOutcome, Issue } from './bindings';
import { choiceList, previewLines, requestedSheets } from './importPreview';

const issue = (row: number, message: string, sheet = ''): Issue => ({
  sheet,
  row,
  letter: 'C',
  column: 'Date',
  value: 'x',
  message: { en: message, fr: message, de: message },
});

const row = (sheet: string, r: number, name: string, outcome: string) => ({ sheet, row: r, name, outcome, existing: null, changes: [] });

const outcome = (refused: Issue[], skipped: Issue[], warnings: Issue[]): ImportOutcome =>
  ({
    refused,
    fields: [],
    report: {
      preview: [row('', 2, 'Paie', 'updated'), row('', 3, 'Recrutement', 'refused'), row('', 4, 'Formation', 'created'), row('Fiche', 3, 'Paie', 'merged')],
      skipped,
      warnings,
    },
  }) as unknown as ImportOutcome;

describe('previewLines', () => {
  it('gives each previewed row its own errors and warnings', () => {
    const lines = previewLines(
      outcome([issue(3, 'not a date'), issue(3, 'no purpose'), issue(250, 'beyond the preview')], [], [issue(4, 'unknown country')]),
    );
    expect(lines.map((l) => [l.row, l.outcome, l.errors.length, l.warnings.length])).toEqual([
      [2, 'updated', 0, 0],
      [3, 'refused', 2, 0],
      [4, 'created', 0, 1],
      [3, 'merged', 0, 0],
    ]);
    expect(lines[1].errors.map((e) => e.message.en)).toEqual(['not a date', 'no purpose']);
  });

  it('tells rows of different sheets apart', () => {
    const lines = previewLines(outcome([], [], [issue(3, 'on the fiche', 'Fiche')]));
    expect(lines[1].warnings).toEqual([]);
    expect(lines[3].warnings.map((w) => w.message.en)).toEqual(['on the fiche']);
  });

  it('finds the errors of rows left out with "skip invalid rows"', () => {
    const lines = previewLines(outcome([], [issue(3, 'not a date')], []));
    expect(lines[1].errors.map((e) => e.message.en)).toEqual(['not a date']);
  });
});

describe('requestedSheets', () => {
  it('asks for every sheet until one is left out', () => {
    expect(requestedSheets(['Liste', 'Paie', 'Listes'], new Set())).toEqual([]);
    expect(requestedSheets(['Liste', 'Paie', 'Listes'], new Set(['Paie']))).toEqual(['Liste', 'Listes']);
  });
});

describe('choiceList', () => {
  it('sends only the choices that differ from the one for all rows', () => {
    const choices = new Map([
      [1, 'keep' as const],
      [2, 'update' as const],
      [3, 'new' as const],
    ]);
    expect(choiceList(choices, 'update')).toEqual([
      [1, 'keep'],
      [3, 'new'],
    ]);
  });
});
