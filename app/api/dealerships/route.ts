import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { resolveBrandSelection } from "@/db/queries/brands";
import { createDealership, listDealerships } from "@/db/queries/dealerships";
import { AppError } from "@/lib/errors";
import { coverageQueryFromParams } from "@/lib/validation/coverage-query";
import { dealershipFilterSchema } from "@/lib/validation/dealership-filter";
import { parseOrThrow } from "@/lib/validation/zod-errors";
import { handle, handleWrite, readJson } from "../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/dealerships?brand=<brand or group slug>&status=open,planned */
export async function GET(request: Request) {
  return handle(() => {
    const db = getDb();
    const filter = parseOrThrow(dealershipFilterSchema, coverageQueryFromParams(new URL(request.url).searchParams), "filter");
    let brandIds: number[] | undefined;
    if (filter.brand) {
      const selection = resolveBrandSelection(db, filter.brand);
      if (!selection) throw new AppError("not_found", { key: "not_found.brand", params: { brand: filter.brand } });
      brandIds = selection.brands.map((b) => b.id);
    }
    return NextResponse.json({ dealerships: listDealerships(db, { brandIds, statuses: filter.status }) });
  }, request);
}

/** POST /api/dealerships: create; 400 with field messages, 409 for a duplicate. */
export async function POST(request: Request) {
  return handleWrite(request, "writes", async (ctx) => {
    const created = createDealership(getDb(), ctx, await readJson(request));
    return NextResponse.json({ dealership: created }, { status: 201 });
  });
}
