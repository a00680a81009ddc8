import { NextResponse } from "next/server";
import { handle } from "../../_lib/respond";
import { compareFromParams } from "../_lib/compare-request";

export const dynamic = "force-dynamic";

/** GET /api/scenarios/compare?ids=live,1,2&brand=&mode=&threshold=&costPerBay=&costPerSite= -> {scenarios: [...]} */
export async function GET(request: Request) {
  return handle(() => {
    const { compare, query, result } = compareFromParams(new URL(request.url).searchParams);
    return NextResponse.json({ ...result, parameters: { ...query, costPerBay: compare.costPerBay, costPerSite: compare.costPerSite } });
  }, request);
}
