import { NextResponse } from "next/server";
import { MAX_IMPORT_BYTES, sizeProblem } from "@/lib/import/limits";
import type { ImportIssue } from "@/lib/import/types";
import { importQuerySchema, type ImportQuery } from "@/lib/validation/import-query";
import { parseOrThrow } from "@/lib/validation/zod-errors";

/** Too large, or more rows than allowed: the file is refused before anything else. */
const TOO_LARGE = 413;

export class ImportRefused extends Error {
  constructor(readonly response: NextResponse) {
    super("import refused");
  }
}

/**
 * Reads an import request: the query (dryRun, format) and the body as text. A Content-Length over
 * 5 MB is refused before the body is read; the text is measured again since the header can be absent.
 */
export async function readImportRequest(request: Request): Promise<{ query: ImportQuery; text: string }> {
  const params = Object.fromEntries(new URL(request.url).searchParams.entries());
  const query = parseOrThrow(importQuerySchema, params, "import query");
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_IMPORT_BYTES) throw new ImportRefused(refusal(TOO_LARGE, sizeProblem(declared)!, [{ message: sizeProblem(declared)!, tooLarge: true }]));
  const text = await request.text();
  return { query, text };
}

/** The answer to a file that cannot be imported: nothing was written. */
export function refusal(status: number, error: string, issues: ImportIssue[]): NextResponse {
  return NextResponse.json({ ok: false, error, issues }, { status });
}

/**
 * Status of a failed parse: 413 for a file over the limits, 400 for a file that cannot be read as a
 * table at all (empty, header only, missing columns, not JSON), 422 for readable rows that are invalid.
 */
export function failureStatus(fileError: boolean, issues: ImportIssue[]): number {
  if (!fileError) return 422;
  return issues.some((i) => i.tooLarge) ? TOO_LARGE : 400;
}

/** "The file has 3 problems; nothing was imported." */
export function failureMessage(fileError: boolean, issues: ImportIssue[]): string {
  if (fileError) return `${issues[0]?.message ?? "The file cannot be read."} Nothing was imported.`;
  const rows = issues.filter((i) => i.line !== undefined || i.feature !== undefined).length;
  return `${rows} row${rows === 1 ? " has a problem" : "s have problems"}; nothing was imported. Fix ${rows === 1 ? "it" : "them"} and check again.`;
}
