import Papa from "papaparse";
import { MAX_IMPORT_ROWS, sizeProblem, tooManyRowsMessage, utf8Bytes } from "./limits";
import type { ImportIssue } from "./types";

/** One data row of a CSV file: its 1-based line in the file and its cells by canonical column. */
export interface CsvRecord {
  line: number;
  cells: Record<string, string>;
}

export type CsvTableResult =
  | { ok: true; records: CsvRecord[]; rowIssues: ImportIssue[] }
  | { ok: false; fileError: true; issues: ImportIssue[] };

export interface CsvColumns {
  /** canonical names that must be present */
  required: readonly string[];
  /** canonical names that may be present */
  optional?: readonly string[];
}

/** "Service bays", "service_bays" and "serviceBays" all become "servicebays". */
export function headerKey(name: string): string {
  return name.replace(/^\uFEFF/, "").toLowerCase().replace(/[^a-z0-9а-я]/g, "");
}

/** Strips the `'` our exports put before =, +, - and @ so that an export imports back unchanged. */
export function unneutralise(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function fileError(message: string, tooLarge = false): CsvTableResult {
  return { ok: false, fileError: true, issues: [tooLarge ? { message, tooLarge } : { message }] };
}

/**
 * Reads CSV text into records keyed by canonical column name, with the file line of each record.
 * Tolerates a UTF-8 BOM, Windows line endings, blank lines, ";" or tab separators and any column
 * order; unknown columns are ignored (exports carry extra ones). File-level problems (too big,
 * empty, header only, missing columns, too many rows) come back as one issue and no records.
 */
export function readCsvTable(text: string, columns: CsvColumns): CsvTableResult {
  const tooBig = sizeProblem(utf8Bytes(text));
  if (tooBig) return fileError(tooBig, true);
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") return fileError("The file is empty: expected a header row and at least one data row.");

  const wanted = new Map<string, string>();
  for (const c of [...columns.required, ...(columns.optional ?? [])]) wanted.set(headerKey(c), c);

  let header: (string | null)[] | null = null;
  const records: CsvRecord[] = [];
  const rowIssues: ImportIssue[] = [];
  let headerProblem: string | null = null;
  let tooMany = false;
  // papaparse reports where each row ends; counting newlines up to the next row's start gives
  // the true file line even when quoted cells span lines
  let pos = 0;
  let line = 1;
  const advanceTo = (end: number) => {
    for (; pos < end; pos++) if (body.charCodeAt(pos) === 10) line++;
  };
  const skipBlank = () => {
    while (pos < body.length && /[\s]/.test(body[pos])) {
      if (body.charCodeAt(pos) === 10) line++;
      pos++;
    }
  };

  Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: "greedy",
    delimitersToGuess: [",", ";", "\t"],
    step: (result, parser) => {
      skipBlank();
      const rowLine = line;
      advanceTo(result.meta.cursor);
      const cells = result.data;
      if (!header) {
        header = cells.map((h) => wanted.get(headerKey(h)) ?? null);
        const present = new Set(header.filter((h): h is string => h !== null));
        const missing = columns.required.filter((c) => !present.has(c));
        if (missing.length) {
          headerProblem = `The header row (line ${rowLine}) lacks the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}; expected ${columns.required.join(", ")}.`;
          parser.abort();
        }
        return;
      }
      if (records.length + rowIssues.length >= MAX_IMPORT_ROWS) {
        tooMany = true;
        parser.abort();
        return;
      }
      if (result.errors.length) {
        rowIssues.push({ line: rowLine, message: `Cannot read this line: ${result.errors[0].message.toLowerCase()}` });
        return;
      }
      if (cells.length !== header.length) {
        rowIssues.push({
          line: rowLine,
          message: `Expected ${header.length} cells like the header, found ${cells.length}`,
        });
        return;
      }
      const record: Record<string, string> = {};
      header.forEach((name, i) => {
        if (name) record[name] = unneutralise(cells[i].trim());
      });
      records.push({ line: rowLine, cells: record });
    },
  });

  if (headerProblem) return fileError(headerProblem);
  if (!header) return fileError("The file is empty: expected a header row and at least one data row.");
  if (tooMany) return fileError(tooManyRowsMessage(), true);
  if (records.length === 0 && rowIssues.length === 0) {
    return fileError("The file has a header row but no data rows: nothing to import.");
  }
  return { ok: true, records, rowIssues };
}
