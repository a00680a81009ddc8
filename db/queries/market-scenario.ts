import { eq } from "drizzle-orm";
import type { MarketDealer, MarketInputs } from "@/lib/market/types";
import type { Db } from "../connection";
import { brands, dealerships } from "../schema";
import { loadScenarioSites } from "./scenario-sites";

/**
 * The sales outlets of a named scenario: its edits replayed over the registry (lib/scenarios/replay.ts),
 * cut like loadMarketInputs cuts the registry (sales outlets of the planned brand's segment, open ones,
 * plus planned and under-construction ones with includePlanned). A site the scenario adds is a standard
 * showroom (attractiveness 1). 404 for an unknown scenario.
 */
export function scenarioMarketDealers(db: Db, inputs: MarketInputs, scenarioId: number, includePlanned: boolean): MarketDealer[] {
  const { sites } = loadScenarioSites(db, scenarioId);
  const brandRows = new Map(db.select({ slug: brands.slug, segment: brands.segment, target: brands.targetSalesPerOutlet }).from(brands).all().map((b) => [b.slug, b]));
  const segment = brandRows.get(inputs.brands[0])?.segment;
  const attractiveness = new Map(db.select({ id: dealerships.id, a: dealerships.attractiveness }).from(dealerships).where(eq(dealerships.sales, true)).all().map((d) => [d.id, d.a]));
  const statuses = new Set(includePlanned ? ["open", "planned", "under_construction"] : ["open"]);
  return sites
    .filter((s) => s.sales && statuses.has(s.status) && brandRows.get(s.brand)?.segment === segment)
    .map((s) => ({ id: s.id, name: s.name, brand: s.brand, lat: s.lat, lng: s.lng, attractiveness: attractiveness.get(s.id) ?? 1, targetSales: brandRows.get(s.brand)!.target }));
}
