// The import wizard's preview: the first rows of the file (the core reports up to 200 of them,
// `ImportReport::preview`), each with what the import would do with it and its own errors and
// warnings, found by row number among the report's issues.
import type { ImportOutcome, Issue, RowOutcome } from './bindings';

export interface PreviewLine {
  row: number;
  name: string;
  outcome: RowOutcome;
  errors: Issue[];
  warnings: Issue[];
}

export function previewLines(outcome: ImportOutcome): PreviewLine[] {
  const byRow = (issues: Issue[]) => {
    const rows = new Map<number, Issue[]>();
    for (const issue of issues) {
      const list = rows.get(issue.row);
      if (list) list.push(issue);
      else rows.set(issue.row, [issue]);
    }
    return rows;
  };
  // Refused rows are in `refused` when the whole import is refused, in `skipped` when invalid
  // rows are left out.
  const errors = byRow([...outcome.refused, ...outcome.report.skipped]);
  const warnings = byRow(outcome.report.warnings);
  return outcome.report.preview.map((p) => ({
    ...p,
    errors: errors.get(p.row) ?? [],
    warnings: warnings.get(p.row) ?? [],
  }));
}
