import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { brandIdsForSlug } from "@/db/queries/brands";
import { listSalesCells, setSalesCell } from "@/db/queries/sales";
import { AppError } from "@/lib/errors";
import { vehicleParkQuerySchema } from "@/lib/validation/vehicle-park";
import { parseOrThrow } from "@/lib/validation/zod-errors";
import { handle, handleWrite, readJson } from "../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/sales?year=&brand=<brand or group slug>: stored sales cells (new cars sold) with city, region and brand. */
export async function GET(request: Request) {
  return handle(() => {
    const db = getDb();
    const raw = Object.fromEntries([...new URL(request.url).searchParams.entries()].filter(([, v]) => v !== ""));
    const q = parseOrThrow(vehicleParkQuerySchema, raw, "sales query");
    let brandIds: number[] | undefined;
    if (q.brand) {
      brandIds = brandIdsForSlug(db, q.brand) ?? undefined;
      if (!brandIds) throw new AppError("not_found", { key: "not_found.brand", params: { brand: q.brand } });
    }
    return NextResponse.json({ cells: listSalesCells(db, { years: q.year ? [q.year] : undefined, brandIds }) });
  }, request);
}

/** PUT /api/sales {city, brand, year, vehicles}: upsert one sales figure with its audit entry (one transaction). */
export async function PUT(request: Request) {
  return handleWrite(request, "writes", async (ctx) => {
    const { change, cell } = setSalesCell(getDb(), ctx, await readJson(request));
    return NextResponse.json({ change, cell }, { status: change === "new" ? 201 : 200 });
  });
}
