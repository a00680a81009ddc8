import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { applyDealershipImport, loadImportReferences, previewDealershipImport } from "@/db/queries/imports";
import { parseDealershipsCsv, parseDealershipsGeoJson } from "@/lib/import/dealerships-import";
import { dealershipPreviewDisplay } from "@/lib/import/preview-display";
import { handle } from "../../_lib/respond";
import { failureMessage, failureStatus, ImportRefused, readImportRequest, refusal } from "../_lib/import-request";

export const dynamic = "force-dynamic";

function isGeoJson(format: string | undefined, contentType: string | null, text: string): boolean {
  if (format) return format === "geojson";
  return /json/.test(contentType ?? "") || /^\uFEFF?\s*\{/.test(text);
}

/**
 * POST /api/import/dealerships?dryRun=true|false[&format=csv|geojson], body: CSV or a GeoJSON
 * FeatureCollection. Sites are matched by brand, name and city: new ones are created, others updated.
 */
export async function POST(request: Request) {
  return handle(async () => {
    try {
      const { query, text } = await readImportRequest(request);
      const db = getDb();
      const refs = loadImportReferences(db);
      const parsed = isGeoJson(query.format, request.headers.get("content-type"), text) ? parseDealershipsGeoJson(text, refs) : parseDealershipsCsv(text, refs);
      if (!parsed.ok) return refusal(failureStatus(parsed.fileError, parsed.issues), failureMessage(parsed.fileError, parsed.issues), parsed.issues);
      if (query.dryRun) {
        const preview = previewDealershipImport(db, parsed.rows);
        const rows = dealershipPreviewDisplay(preview.rows);
        return NextResponse.json({ ok: true, dryRun: true, counts: preview.counts, rows, shownRows: rows.length, totalRows: preview.rows.length });
      }
      const result = applyDealershipImport(db, parsed.rows);
      return NextResponse.json({ ok: true, dryRun: false, counts: result.counts, written: result.written });
    } catch (e) {
      if (e instanceof ImportRefused) return e.response;
      throw e;
    }
  });
}
