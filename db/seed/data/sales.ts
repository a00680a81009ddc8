import { BRAND_PARK_INPUTS, NEW_VEHICLE_SALES, PARK_YEARS } from "./brand-park-totals";
import { CITIES } from "./cities";
import { PLACES, type PlaceSeed } from "./country";
import { BRAND_PARK_CLASS } from "./park-inputs";
import { REGIONS } from "./regions";
import type { CitySeed, RegionSeed, SalesSeed } from "./types";
import { allocateLargestRemainder, cityWeight } from "./vehicle-park";

/**
 * New-car registrations (sales) per place, brand and year: DERIVED ESTIMATES, not registrations.
 *
 *   sales(place, brand, year) = national sales(brand, year)                         (BRAND_SALES below)
 *                               x weight(place, brand, year) / sum of weights over all places
 *
 * with the vehicle park's weight (db/seed/data/vehicle-park.ts: population x regional motorization x
 * the brand class's tier factor, the urban weighting; EV concentration for NEV brands, JAC's home region).
 * Largest-remainder rounding, so a brand's rows add up exactly to its national sales. The 41 planner
 * cities always get a row; other places only when the rounding leaves them at least one car.
 *
 * National sales per brand:
 * - the 14 Chinese passenger brands and Yutong: the yearly sales the vehicle park is built from
 *   (BRAND_PARK_INPUTS; GWM's 8,824 in 2023 is the one published brand figure);
 * - the competitors, COMPETITOR_SALES below, kept consistent with the market (198.6 k / 205.1 k /
 *   234.9 k new cars in 2023 / 2024 / 2025), the 39 % Chinese share of 2025 and the Chevrolet,
 *   Hyundai and Kia figures of kz-vehicles.md §2 (each checked in sales.test.ts).
 * The brands modelled here sell ~90 % of the market; the rest (Chinese brands not modelled, Skoda, VW,
 * Renault, Nissan...) has no rows, so a place's potential is the modelled brands' sales.
 */

export interface BrandSalesInput {
  brandSlug: string;
  sales: Record<(typeof PARK_YEARS)[number], number>;
  basis: string;
}

export const COMPETITOR_SALES: BrandSalesInput[] = [
  {
    brandSlug: "chevrolet",
    sales: { 2023: 49000, 2024: 46000, 2025: 55000 },
    basis:
      "ESTIMATE: Cobalt alone sold 14,851 in H1 2023 (about 60 % of the brand, so ~24.7k in H1 2023, ~49k for the year); " +
      "Nov 2025 7.8k of 25.8k (30 %) puts 2025 at ~23 % of 234.9k; 2024 dipped as Chinese brands grew",
  },
  {
    brandSlug: "hyundai",
    sales: { 2023: 33000, 2024: 36000, 2025: 40000 },
    basis:
      "ESTIMATE: Tucson sold 6,868 in H1 2023 (about 40 % of the brand, ~33k a year); first by output in Jan-Feb 2024 (7,612); " +
      "Nov 2025 5.3k of 25.8k (21 %), 2025 set at 17 % of 234.9k",
  },
  {
    brandSlug: "kia",
    sales: { 2023: 22000, 2024: 20000, 2025: 18000 },
    basis:
      "ESTIMATE: Sportage sold 5,398 in H1 2023 (about 45 % of the brand, ~22k a year); output 4,077 in Jan-Feb 2024; " +
      "Nov 2025 only 2.0k of 25.8k (8 %): falling",
  },
  {
    brandSlug: "toyota",
    sales: { 2023: 15000, 2024: 14000, 2025: 14000 },
    basis: "ESTIMATE, ILLUSTRATIVE: no Toyota figure in the fact sheet; a steady imported brand (~6-7 % of the market)",
  },
  {
    brandSlug: "lada",
    sales: { 2023: 12000, 2024: 10000, 2025: 9000 },
    basis: "ESTIMATE, ILLUSTRATIVE: no Lada figure in the fact sheet; a declining budget brand (~4-6 % of the market)",
  },
];

/** National new-car sales per brand and year: the Chinese brands' (from BRAND_PARK_INPUTS) and the competitors'. */
export const BRAND_SALES: BrandSalesInput[] = [
  ...BRAND_PARK_INPUTS.map((i) => ({
    brandSlug: i.brandSlug,
    sales: i.sales,
    basis: `${i.basis} (db/seed/data/brand-park-totals.ts)`,
  })),
  ...COMPETITOR_SALES,
];

const PLANNER_CITY_SLUGS = new Set(CITIES.map((c) => c.slug));

/** One row per place and national figure, spread as documented above. */
export function deriveSales(
  places: (CitySeed & { kind?: PlaceSeed["kind"] })[],
  inputs: BrandSalesInput[],
  regions: RegionSeed[] = REGIONS,
): SalesSeed[] {
  const rows: SalesSeed[] = [];
  for (const input of inputs) {
    for (const year of PARK_YEARS) {
      const total = input.sales[year];
      const weights = places.map((p) => cityWeight(p, input.brandSlug, year, regions));
      const sum = weights.reduce((a, w) => a + w.weight, 0);
      const split = allocateLargestRemainder(total, weights.map((w) => w.weight));
      places.forEach((place, i) => {
        if (split[i] === 0 && !PLANNER_CITY_SLUGS.has(place.slug)) return;
        const share = (100 * weights[i].weight) / sum;
        rows.push({
          citySlug: place.slug,
          brandSlug: input.brandSlug,
          year,
          vehicles: split[i],
          isEstimate: true,
          // the full derivation for the 41 cities; a short one elsewhere keeps the database small
          source: PLANNER_CITY_SLUGS.has(place.slug)
            ? `ESTIMATE (derived, not registrations): ${input.brandSlug} national sales ${year} ${total} x place share ${share.toFixed(2)} % ` +
              `(population x motorization x ${BRAND_PARK_CLASS[input.brandSlug]} tier-${weights[i].tier} factor ${weights[i].factor.toFixed(2)}); ` +
              `market ${NEW_VEHICLE_SALES[year]}. Basis: ${input.basis}. See db/seed/data/sales.ts`
            : `ESTIMATE: ${input.brandSlug} national sales ${year} ${total} x place share ${share.toFixed(4)} % (tier ${weights[i].tier}); see db/seed/data/sales.ts`,
        });
      });
    }
  }
  return rows;
}

export const SALES: SalesSeed[] = deriveSales(PLACES, BRAND_SALES);
