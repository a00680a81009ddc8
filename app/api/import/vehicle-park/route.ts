import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { applyVehicleParkImport, loadImportReferences, previewVehicleParkImport } from "@/db/queries/imports";
import { vehicleParkPreviewDisplay } from "@/lib/import/preview-display";
import { parseVehicleParkCsv } from "@/lib/import/vehicle-park-csv";
import { handle } from "../../_lib/respond";
import { failureMessage, failureStatus, ImportRefused, readImportRequest, refusal } from "../_lib/import-request";

export const dynamic = "force-dynamic";

/**
 * POST /api/import/vehicle-park?dryRun=true|false, body: CSV (city, brand, year, vehicles).
 * dryRun=true (default) answers the preview; false writes every row in one transaction.
 * 400 unreadable file, 413 over 5 MB / 100,000 rows, 422 invalid rows (with line numbers).
 */
export async function POST(request: Request) {
  return handle(async () => {
    try {
      const { query, text } = await readImportRequest(request);
      const db = getDb();
      const parsed = parseVehicleParkCsv(text, loadImportReferences(db));
      if (!parsed.ok) return refusal(failureStatus(parsed.fileError, parsed.issues), failureMessage(parsed.fileError, parsed.issues), parsed.issues);
      if (query.dryRun) {
        const preview = previewVehicleParkImport(db, parsed.rows);
        const rows = vehicleParkPreviewDisplay(preview.rows);
        return NextResponse.json({ ok: true, dryRun: true, counts: preview.counts, rows, shownRows: rows.length, totalRows: preview.rows.length });
      }
      const result = applyVehicleParkImport(db, parsed.rows);
      return NextResponse.json({ ok: true, dryRun: false, counts: result.counts, written: result.written });
    } catch (e) {
      if (e instanceof ImportRefused) return e.response;
      throw e;
    }
  });
}
