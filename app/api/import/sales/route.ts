import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { applyCellImport, loadImportReferences, previewCellImport } from "@/db/queries/imports";
import { vehicleParkPreviewDisplay } from "@/lib/import/preview-display";
import type { VehicleParkImportRow } from "@/lib/import/vehicle-park-csv";
import { handleWrite } from "../../_lib/respond";
import { importRefusal, readImportRequest } from "../_lib/import-request";
import { parseImport } from "../_lib/parse-off-thread";

export const dynamic = "force-dynamic";

/**
 * POST /api/import/sales?dryRun=true|false, body: CSV (city, brand, year, vehicles = new cars sold)
 * sent as text/csv. Same rules as the vehicle-park import: dryRun=true (default) answers the preview;
 * false writes every row in one transaction. 400 unreadable, 413 too large, 415 other type, 422 bad rows.
 */
export async function POST(request: Request) {
  return handleWrite(request, "imports", async (ctx) => {
    const { query, body } = await readImportRequest(request);
    const db = getDb();
    const parsed = await parseImport<VehicleParkImportRow>({ kind: "sales", format: "csv", body, refs: loadImportReferences(db) });
    if (!parsed.ok) return importRefusal(parsed, ctx.locale);
    if (query.dryRun) {
      const preview = previewCellImport(db, "sales", parsed.rows);
      const rows = vehicleParkPreviewDisplay(preview.rows);
      return NextResponse.json({ ok: true, dryRun: true, counts: preview.counts, rows, shownRows: rows.length, totalRows: preview.rows.length });
    }
    const result = applyCellImport(db, ctx, "sales", parsed.rows);
    return NextResponse.json({ ok: true, dryRun: false, counts: result.counts, written: result.written });
  });
}
