import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { getMarket } from "@/db/queries/market";
import { coverageQueryFromParams } from "@/lib/validation/coverage-query";
import { marketQuerySchema } from "@/lib/validation/market-query";
import { parseOrThrow } from "@/lib/validation/zod-errors";
import { handle } from "../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/market?brand=<slug|group>&year=<yyyy>[&includePlanned=&lambda=&decay=&targetShare=]: the sales model's answer. */
export async function GET(request: Request) {
  return handle(() => {
    const query = parseOrThrow(marketQuerySchema, coverageQueryFromParams(new URL(request.url).searchParams), "market query");
    return NextResponse.json(getMarket(getDb(), query), { headers: { "cache-control": "private, no-cache" } });
  }, request);
}
