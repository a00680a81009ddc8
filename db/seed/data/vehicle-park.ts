import { BRAND_PARK_TOTALS } from "./brand-park-totals";
import { CITIES } from "./cities";
import { PLACES, type PlaceSeed } from "./country";
import {
  BRAND_PARK_CLASS,
  EV_CONCENTRATION,
  HOME_REGION_FACTOR,
  MOTORIZATION_PER_1000,
  POPULATION_BY_YEAR,
  TIER_FACTOR,
  type CityTier,
  type ParkClass,
} from "./park-inputs";
import { REGIONS } from "./regions";
import type { BrandParkTotal, CitySeed, RegionSeed, VehicleParkSeed } from "./types";

/**
 * Vehicles in operation per city, brand and year. These are DERIVED ESTIMATES, not registrations:
 *
 *   vehicles(city, brand, year) = national park(brand, year)            (BRAND_PARK_TOTALS)
 *                                 x weight(place) / sum of weights over all places (db/seed/data/country.ts:
 *                                   the 41 cities, every OSM place, each district's rural remainder)
 *   weight(city) = population(city, year)
 *                  x motorization(region) / 1000                          (not for buses)
 *                  x tier factor(class of brand, tier of city)
 *                  x EV concentration(city)                               (nev brands only)
 *                  x home-region factor                                    (JAC in Kostanay Region)
 *
 * The rows of a brand and year add up
 * to the whole national park. Rounding: largest remainder (Hamilton): floor every share, then give the
 * leftover units to the largest fractional parts (ties: CITIES order), so the rows are integers >= 0 and
 * sum exactly to the national total.
 */

export interface CityWeight {
  weight: number;
  population: number;
  motorization: number;
  tier: CityTier;
  factor: number;
}

const PLANNER_CITY_SLUGS = new Set(CITIES.map((c) => c.slug));

/**
 * The tier of each place: A = city of republican significance, B = regional centre (both only among
 * the 41 planner cities), C = other town, D = village, hamlet or a district's rural remainder.
 */
export function cityTier(city: CitySeed & { kind?: PlaceSeed["kind"] }, regions: RegionSeed[]): CityTier {
  const region = regions.find((r) => r.slug === city.regionSlug);
  if (!region) throw new Error(`city ${city.slug}: unknown region ${city.regionSlug}`);
  if (city.kind && !PLANNER_CITY_SLUGS.has(city.slug)) return city.kind === "city" || city.kind === "town" ? "C" : "D";
  if (region.kind === "city") return "A";
  return regions.some((r) => r.centre === city.nameEn) ? "B" : "C";
}

function evConcentration(city: CitySeed): number {
  if (city.slug === "almaty") return EV_CONCENTRATION.almaty;
  if (city.slug === "astana") return EV_CONCENTRATION.astana;
  if (city.regionSlug === "almaty-region") return EV_CONCENTRATION.almatyRegion;
  return EV_CONCENTRATION.rest;
}

/** The unnormalised demand weight of one city for one brand in one year, with its parts. */
export function cityWeight(city: CitySeed & { kind?: PlaceSeed["kind"] }, brandSlug: string, year: number, regions: RegionSeed[] = REGIONS): CityWeight {
  const parkClass: ParkClass | undefined = BRAND_PARK_CLASS[brandSlug];
  if (!parkClass) throw new Error(`brand ${brandSlug} has no park class`);
  const motor = MOTORIZATION_PER_1000[city.regionSlug];
  if (!motor) throw new Error(`region ${city.regionSlug} has no motorization figure`);
  const population = POPULATION_BY_YEAR[year]?.[city.slug]?.value ?? city.population;
  const tier = cityTier(city, regions);
  let factor = TIER_FACTOR[parkClass][tier];
  if (parkClass === "nev") factor *= evConcentration(city);
  const home = HOME_REGION_FACTOR[brandSlug];
  if (home && home.regionSlug === city.regionSlug) factor *= home.factor;
  // buses serve people, not car owners: motorization is left out
  const motorization = parkClass === "bus" ? 1000 : motor.value;
  return { weight: (population * motorization * factor) / 1000, population, motorization: motor.value, tier, factor };
}

/** Splits an integer total in proportion to weights; integer parts that sum exactly to total. */
export function allocateLargestRemainder(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, frac: x - Math.floor(x) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left > 0; k++, left--) parts[order[k % order.length].i] += 1;
  return parts;
}

/**
 * One row per place x national-total row, derived as documented above; places the rounding leaves
 * at 0 vehicles get no row (a missing row reads as 0), which keeps the country-wide seed small.
 */
export function deriveVehiclePark(
  cities: (CitySeed & { kind?: PlaceSeed["kind"] })[],
  totals: BrandParkTotal[],
  regions: RegionSeed[] = REGIONS,
): VehicleParkSeed[] {
  const rows: VehicleParkSeed[] = [];
  for (const total of totals) {
    const weights = cities.map((c) => cityWeight(c, total.brandSlug, total.year, regions));
    const sum = weights.reduce((a, w) => a + w.weight, 0);
    const vehicles = allocateLargestRemainder(
      total.vehicles,
      weights.map((w) => w.weight),
    );
    const parkClass = BRAND_PARK_CLASS[total.brandSlug];
    cities.forEach((city, i) => {
      const w = weights[i];
      if (vehicles[i] === 0 && city.kind && !PLANNER_CITY_SLUGS.has(city.slug)) return;
      const basis =
        parkClass === "bus"
          ? `population ${w.population}`
          : `population ${w.population} x motorization ${w.motorization}/1000 (${city.regionSlug})`;
      rows.push({
        citySlug: city.slug,
        brandSlug: total.brandSlug,
        year: total.year,
        vehicles: vehicles[i],
        isEstimate: true,
        // the full derivation for the 41 cities; a short one for the other places keeps the database small
        source: PLANNER_CITY_SLUGS.has(city.slug)
          ? `ESTIMATE (derived, not registrations): ${total.brandSlug} national park end-${total.year} ${total.vehicles} ` +
            `(BRAND_PARK_TOTALS) x city share ${((100 * w.weight) / sum).toFixed(2)} %; share proportional to ${basis} ` +
            `x ${parkClass} tier-${w.tier} factor ${w.factor.toFixed(2)}; largest-remainder rounding. See db/seed/data/vehicle-park.ts`
          : `ESTIMATE: national park x place share ${((100 * w.weight) / sum).toFixed(4)} % (tier ${w.tier}); see db/seed/data/vehicle-park.ts`,
      });
    });
  }
  return rows;
}

export const VEHICLE_PARK: VehicleParkSeed[] = deriveVehiclePark(PLACES, BRAND_PARK_TOTALS);
