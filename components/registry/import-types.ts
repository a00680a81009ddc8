import type { ChangeCounts, RowChange } from "@/lib/import/preview";
import type { ErrorBody } from "@/lib/errors";
import type { ImportIssue } from "@/lib/import/types";

/** One row of an import preview as the API answers it (both kinds share the display fields). */
export interface PreviewRow {
  /** "line 4" or "feature 2" */
  at: string;
  change: RowChange;
  label: string;
  /** what changes: "1,200 → 1,350", or the fields that differ */
  detail: string;
}

/** The JSON of POST /api/import/* */
export type ImportResponse =
  | { ok: true; dryRun: true; counts: ChangeCounts; rows: PreviewRow[]; shownRows: number; totalRows: number }
  | { ok: true; dryRun: false; counts: ChangeCounts; written: number }
  | { ok: false; error: ErrorBody; issues?: ImportIssue[] };
