// The import wizard's preview: the first rows of the file (the core reports up to 200 of them,
// `ImportReport::preview`), each with what the import would do with it and its own errors and
// warnings, found by sheet and row among the report's issues; and which sheets to ask for.
import type { Existing, ImportOutcome, Issue, PreviewRow, SheetReport } from './bindings';

export interface PreviewLine extends PreviewRow {
  errors: Issue[];
  warnings: Issue[];
}

const key = (sheet: string, row: number) => `${sheet}\u0000${row}`;

export function previewLines(outcome: ImportOutcome): PreviewLine[] {
  const bySheetAndRow = (issues: Issue[]) => {
    const rows = new Map<string, Issue[]>();
    for (const issue of issues) {
      const k = key(issue.sheet ?? '', issue.row);
      const list = rows.get(k);
      if (list) list.push(issue);
      else rows.set(k, [issue]);
    }
    return rows;
  };
  // Refused rows are in `refused` when the whole import is refused, in `skipped` when invalid
  // rows are left out.
  const errors = bySheetAndRow([...outcome.refused, ...outcome.report.skipped]);
  const warnings = bySheetAndRow(outcome.report.warnings);
  return outcome.report.preview.map((p) => ({
    ...p,
    errors: errors.get(key(p.sheet ?? '', p.row)) ?? [],
    warnings: warnings.get(key(p.sheet ?? '', p.row)) ?? [],
  }));
}

/** Whether the import reads data from a sheet of this kind (a register list or a fiche). */
export const isRead = (s: SheetReport) => s.kind === 'register' || s.kind === 'fiche';

/**
 * The sheets to ask the import for: all of them (an empty list) unless the user left some out,
 * else every sheet the file has but those.
 */
export function requestedSheets(all: string[], leftOut: ReadonlySet<string>): string[] {
  if (leftOut.size === 0) return [];
  return all.filter((name) => !leftOut.has(name));
}

/** The user's choices for rows that match an activity already in the register, as the import takes them. */
export function choiceList(choices: ReadonlyMap<number, Existing>, forAll: Existing): [number, Existing][] {
  return [...choices.entries()].filter(([, choice]) => choice !== forAll);
}
