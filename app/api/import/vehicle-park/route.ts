import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { applyVehicleParkImport, loadImportReferences, previewVehicleParkImport } from "@/db/queries/imports";
import { vehicleParkPreviewDisplay } from "@/lib/import/preview-display";
import type { VehicleParkImportRow } from "@/lib/import/vehicle-park-csv";
import { handleWrite } from "../../_lib/respond";
import { importRefusal, readImportRequest } from "../_lib/import-request";
import { parseImport } from "../_lib/parse-off-thread";

export const dynamic = "force-dynamic";

/**
 * POST /api/import/vehicle-park?dryRun=true|false, body: CSV (city, brand, year, vehicles) sent as
 * text/csv. dryRun=true (default) answers the preview; false writes every row in one transaction.
 * 400 unreadable file, 413 over 5 MB / 100,000 rows, 415 another Content-Type, 422 invalid rows.
 */
export async function POST(request: Request) {
  return handleWrite(request, "imports", async (ctx) => {
    const { query, body } = await readImportRequest(request);
    const db = getDb();
    const parsed = await parseImport<VehicleParkImportRow>({ kind: "vehicle-park", format: "csv", body, refs: loadImportReferences(db) });
    if (!parsed.ok) return importRefusal(parsed, ctx.locale);
    if (query.dryRun) {
      const preview = previewVehicleParkImport(db, parsed.rows);
      const rows = vehicleParkPreviewDisplay(preview.rows);
      return NextResponse.json({ ok: true, dryRun: true, counts: preview.counts, rows, shownRows: rows.length, totalRows: preview.rows.length });
    }
    const result = applyVehicleParkImport(db, ctx, parsed.rows);
    return NextResponse.json({ ok: true, dryRun: false, counts: result.counts, written: result.written });
  });
}
