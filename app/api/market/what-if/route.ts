import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { getMarketWhatIf } from "@/db/queries/market";
import { marketWhatIfSchema } from "@/lib/validation/market-query";
import { parseOrThrow } from "@/lib/validation/zod-errors";
import { refuseCrossSite } from "@/app/_lib/guard";
import { handle, readJson } from "../../_lib/respond";

export const dynamic = "force-dynamic";

/**
 * POST /api/market/what-if {brand, year, add, move, remove}: what adding, moving or removing dealers
 * does to every dealer's expected sales. It writes nothing, so a viewer may ask (like a greedy
 * suggestion) and it is not counted against the write limit (a drag sends many); being a POST it is
 * still refused cross-site and takes JSON only.
 */
export async function POST(request: Request) {
  return handle(async () => {
    refuseCrossSite(request.headers);
    const body = parseOrThrow(marketWhatIfSchema, await readJson(request), "market what-if");
    return NextResponse.json(getMarketWhatIf(getDb(), body));
  }, request);
}
