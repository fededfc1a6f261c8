import { describe, expect, it } from 'vitest';
import type { ImportOutcome, Issue } from './bindings';
import { previewLines } from './importPreview';

const issue = (row: number, message: string): Issue => ({ row, column: 'Date', value: 'x', message });

const outcome = (refused: Issue[], skipped: Issue[], warnings: Issue[]): ImportOutcome =>
  ({
    refused,
    fields: [],
    report: {
      preview: [
        { row: 2, name: 'Paie', outcome: 'updated' },
        { row: 3, name: 'Recrutement', outcome: 'refused' },
        { row: 4, name: 'Formation', outcome: 'created' },
      ],
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
    ]);
    expect(lines[1].errors.map((e) => e.message)).toEqual(['not a date', 'no purpose']);
  });

  it('finds the errors of rows left out with "skip invalid rows"', () => {
    const lines = previewLines(outcome([], [issue(3, 'not a date')], []));
    expect(lines[1].errors.map((e) => e.message)).toEqual(['not a date']);
  });
});
