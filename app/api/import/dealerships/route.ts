import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { applyDealershipImport, loadImportReferences, previewDealershipImport } from "@/db/queries/imports";
import type { DealershipImportRow } from "@/lib/import/dealership-record";
import { dealershipPreviewDisplay } from "@/lib/import/preview-display";
import { handleWrite } from "../../_lib/respond";
import { importRefusal, readImportRequest } from "../_lib/import-request";
import { parseImport } from "../_lib/parse-off-thread";

export const dynamic = "force-dynamic";

/**
 * POST /api/import/dealerships?dryRun=true|false[&format=csv|geojson], body: CSV (text/csv) or a
 * GeoJSON FeatureCollection (application/geo+json). Sites are matched by brand, name and city:
 * new ones are created, others updated.
 */
export async function POST(request: Request) {
  return handleWrite(request, "imports", async (ctx) => {
    const { query, body, format } = await readImportRequest(request);
    const db = getDb();
    const parsed = await parseImport<DealershipImportRow>({ kind: "dealerships", format, body, refs: loadImportReferences(db) });
    if (!parsed.ok) return importRefusal(parsed, ctx.locale);
    if (query.dryRun) {
      const preview = previewDealershipImport(db, parsed.rows);
      const rows = dealershipPreviewDisplay(preview.rows);
      return NextResponse.json({ ok: true, dryRun: true, counts: preview.counts, rows, shownRows: rows.length, totalRows: preview.rows.length });
    }
    const result = applyDealershipImport(db, ctx, parsed.rows);
    return NextResponse.json({ ok: true, dryRun: false, counts: result.counts, written: result.written });
  });
}
