import { and, eq, inArray } from "drizzle-orm";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { DEFAULT_MARKET_PARAMS, DEFAULT_TARGET_SALES_PER_OUTLET } from "@/lib/market/params";
import type { MarketDealer, MarketInputs, MarketModelParams } from "@/lib/market/types";
import type { DealershipStatus } from "@/lib/network/statuses";
import type { Db } from "../connection";
import { brands, cities, dealerships, sales } from "../schema";
import { resolveBrandSelection } from "./brands";
import { listSalesYears } from "./sales";

export interface MarketInputsParams {
  /** brand slug or manufacturer group slug: the brand(s) being planned; every other brand of the segment competes */
  brand: string;
  year: number;
  /** count planned and under-construction outlets as open (default false: today's network) */
  includePlanned?: boolean;
  /** overrides of the default decay, λ and reach (lib/market/params.ts) */
  params?: Partial<MarketModelParams>;
}

/**
 * Loads what the sales model needs for one planned brand (or group) and year:
 * - places: every place with new-car sales that year, its potential being all brands' sales of the
 *   planned brand's segment (a place with none is no demand, as a place without vehicles is none for coverage);
 * - dealers: the sales outlets (sales = true) of every brand of the segment, ours and competitors',
 *   open ones, plus planned and under-construction ones with includePlanned;
 * - the observed sales per place and brand (for calibration), brand strength overrides and targets.
 * An unknown brand is a NotFoundError; a year without sales figures a ValidationError naming `year`.
 */
export function loadMarketInputs(db: Db, params: MarketInputsParams): MarketInputs {
  const selection = resolveBrandSelection(db, params.brand);
  if (!selection) throw new NotFoundError(`Unknown brand "${params.brand}"`);
  const years = listSalesYears(db);
  if (!years.includes(params.year)) {
    const detail = `No sales figures for ${params.year}; available: ${years.join(", ") || "none"}`;
    throw new ValidationError(detail, { year: [detail] });
  }
  // a group plans brands of one segment; buyers of cars choose among car dealers, not bus dealers
  const segment = selection.brands[0].segment;
  const segmentBrands = db.select().from(brands).where(eq(brands.segment, segment)).all();
  const brandById = new Map(segmentBrands.map((b) => [b.id, b]));
  const segmentIds = segmentBrands.map((b) => b.id);

  const observedRows = db
    .select({ placeId: sales.cityId, brandId: sales.brandId, vehicles: sales.vehicles })
    .from(sales)
    .where(and(eq(sales.year, params.year), inArray(sales.brandId, segmentIds)))
    .orderBy(sales.cityId, sales.brandId)
    .all();
  const potential = new Map<number, number>();
  for (const r of observedRows) potential.set(r.placeId, (potential.get(r.placeId) ?? 0) + r.vehicles);

  const placeRows = db
    .select({ id: cities.id, name: cities.nameEn, lat: cities.lat, lng: cities.lng })
    .from(cities)
    .orderBy(cities.id)
    .all();
  const places = placeRows.filter((p) => (potential.get(p.id) ?? 0) > 0).map((p) => ({ ...p, potential: potential.get(p.id)! }));

  const statuses: DealershipStatus[] = params.includePlanned ? ["open", "planned", "under_construction"] : ["open"];
  const dealers: MarketDealer[] = db
    .select({
      id: dealerships.id, name: dealerships.name, brandId: dealerships.brandId, lat: dealerships.lat, lng: dealerships.lng,
      attractiveness: dealerships.attractiveness,
    })
    .from(dealerships)
    .where(and(eq(dealerships.sales, true), inArray(dealerships.status, statuses), inArray(dealerships.brandId, segmentIds)))
    .orderBy(dealerships.id)
    .all()
    .map(({ brandId, ...d }) => {
      const brand = brandById.get(brandId)!;
      return { ...d, brand: brand.slug, targetSales: brand.targetSalesPerOutlet };
    });

  const brandStrength: Record<string, number> = {};
  for (const b of segmentBrands.filter((x) => x.strength !== null)) brandStrength[b.slug] = b.strength!;

  const planned = selection.brands;
  // a group's brands may each have a standard; the group's is their mean
  const targetSalesPerOutlet = planned.length
    ? Math.round(planned.reduce((a, b) => a + b.targetSalesPerOutlet, 0) / planned.length)
    : DEFAULT_TARGET_SALES_PER_OUTLET;

  return {
    brands: planned.map((b) => b.slug),
    year: params.year,
    params: { ...DEFAULT_MARKET_PARAMS, ...params.params },
    brandStrength,
    places,
    dealers,
    // only the demand points: a place whose every brand sold 0 tells calibration nothing
    observed: observedRows
      .filter((r) => potential.get(r.placeId)! > 0)
      .map((r) => ({ placeId: r.placeId, brand: brandById.get(r.brandId)!.slug, sales: r.vehicles })),
    targetSalesPerOutlet,
  };
}
