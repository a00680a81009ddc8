import { NextResponse } from "next/server";
import { AppError, type Locale } from "@/lib/errors";
import { translateDetail } from "@/lib/errors/detail-translations";
import { MAX_IMPORT_BYTES } from "@/lib/import/limits";
import type { ImportIssue, ImportParseResult } from "@/lib/import/types";
import { mediaType } from "@/lib/http/origin";
import { importQuerySchema, type ImportQuery } from "@/lib/validation/import-query";
import { parseOrThrow } from "@/lib/validation/zod-errors";
import { readBody, requireContentType } from "../../_lib/body";
import { errorResponse } from "../../_lib/respond";

/**
 * The Content-Types an import accepts. text/plain (and forms) are refused on purpose: they are
 * the types a foreign page can send without a CORS preflight, so accepting them would open CSRF.
 */
export const IMPORT_CONTENT_TYPES = ["text/csv", "application/geo+json", "application/json"] as const;

/**
 * Reads an import request: the query (dryRun, format), a declared file type and the body as UTF-8
 * bytes, counted while they stream (413 past 5 MB whatever Content-Length says). The format is
 * the query's, else JSON when declared or when the file starts with "{".
 */
export async function readImportRequest(request: Request): Promise<{ query: ImportQuery; body: Uint8Array; format: "csv" | "geojson" }> {
  const params = Object.fromEntries(new URL(request.url).searchParams.entries());
  const query = parseOrThrow(importQuerySchema, params, "import query");
  requireContentType(request, IMPORT_CONTENT_TYPES);
  const body = await readBody(request, MAX_IMPORT_BYTES, "too_large.import");
  const declaredJson = /json$/.test(mediaType(request.headers.get("content-type")));
  const head = new TextDecoder("utf-8").decode(body.subarray(0, 256));
  const format = query.format ?? (declaredJson || /^\uFEFF?\s*\{/.test(head) ? "geojson" : "csv");
  return { query, body, format };
}

/**
 * The answer to a file that cannot be imported (nothing was written), in the one error shape plus
 * `ok: false` and the issues: 413 too_large for a file over the limits, 400 invalid_file for one
 * that cannot be read as a table at all, 422 invalid_rows for readable rows that are invalid.
 */
export function importRefusal(parsed: Extract<ImportParseResult<unknown>, { ok: false }>, locale: Locale): NextResponse {
  const { fileError, issues } = parsed;
  let error: AppError;
  if (fileError && issues.some((i) => i.tooLarge)) {
    error = new AppError("too_large", { key: "too_large.rows", params: { detail: issues[0]?.message ?? "" } });
  } else if (fileError) {
    error = new AppError("invalid_file", { params: { detail: issues[0]?.message ?? "The file cannot be read." } });
  } else {
    const rows = issues.filter((i) => i.line !== undefined || i.feature !== undefined).length;
    error = new AppError("invalid_rows", { key: rows === 1 ? "invalid_rows.one" : "invalid_rows", params: { rows }, fields: issueFields(issues) });
  }
  // each row's message in the caller's language where it is a known one (the schemas' messages)
  return errorResponse(error, locale, { ok: false, issues: issues.map((i) => ({ ...i, message: translateDetail(i.message, locale) })) });
}

/** Row problems by column, for clients that read `fields` like any other 4xx answer. */
function issueFields(issues: ImportIssue[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const i of issues) if (i.field) (out[i.field] ??= []).push(i.message);
  return out;
}
