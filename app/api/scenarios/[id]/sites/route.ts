import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { resolveBrandSelection } from "@/db/queries/brands";
import { loadScenarioSites } from "@/db/queries/scenario-sites";
import { AppError } from "@/lib/errors";
import { handle } from "../../../_lib/respond";
import { scenarioIdOf, type IdContext } from "../../_lib/params";

export const dynamic = "force-dynamic";

/** GET /api/scenarios/:id/sites?brand=: the scenario's sites (registry + edits), shaped as GET /api/dealerships. */
export async function GET(request: Request, context: IdContext) {
  return handle(async () => {
    const db = getDb();
    const { sites, stale } = loadScenarioSites(db, await scenarioIdOf(context));
    const brand = new URL(request.url).searchParams.get("brand");
    let shown = sites;
    if (brand) {
      const selection = resolveBrandSelection(db, brand);
      if (!selection) throw new AppError("not_found", { key: "not_found.brand", params: { brand } });
      const slugs = new Set(selection.brands.map((b) => b.slug));
      shown = sites.filter((s) => slugs.has(s.brand));
    }
    return NextResponse.json({ dealerships: shown, stale });
  }, request);
}
