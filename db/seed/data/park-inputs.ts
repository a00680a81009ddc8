/**
 * Sourced inputs (and labelled assumptions) for splitting each brand's national vehicle park across
 * the 41 cities. Copied from the shared fact sheet kz-vehicles.md and kz-roads-and-regions.md with
 * their original pages, so the seed never reads ../shared.
 */

export interface SourcedNumber {
  value: number;
  isEstimate: boolean;
  source: string;
}

const STANDARD_KZ =
  "vehicles per 1,000 people, 2025 (standard.kz/ru/post/2025_10_skolko-avtomobilei-prixoditsia-na-1000-..., Telegram analysts, SOFT)";
const NATIONAL_AVERAGE_ESTIMATE =
  "ESTIMATE: the region is cut off in the standard.kz 2025 list; national average 234 per 1,000 used (SOFT)";

/**
 * Motorization by region (vehicles per 1,000 people). It scales a city's population into a rough car
 * count; only the ratios between regions matter, because every brand's national total is fixed.
 */
export const MOTORIZATION_PER_1000: Record<string, SourcedNumber> = {
  "east-kazakhstan": { value: 389, isEstimate: false, source: STANDARD_KZ },
  "almaty-region": { value: 335, isEstimate: false, source: STANDARD_KZ },
  "north-kazakhstan": { value: 276, isEstimate: false, source: STANDARD_KZ },
  karaganda: { value: 272, isEstimate: false, source: STANDARD_KZ },
  akmola: { value: 249, isEstimate: false, source: STANDARD_KZ },
  kostanay: { value: 242, isEstimate: false, source: STANDARD_KZ },
  "almaty-city": { value: 241, isEstimate: false, source: STANDARD_KZ },
  pavlodar: { value: 237, isEstimate: false, source: STANDARD_KZ },
  "astana-city": { value: 228, isEstimate: false, source: STANDARD_KZ },
  zhambyl: { value: 212, isEstimate: false, source: STANDARD_KZ },
  "west-kazakhstan": { value: 212, isEstimate: false, source: STANDARD_KZ },
  turkistan: { value: 195, isEstimate: false, source: STANDARD_KZ },
  mangystau: { value: 195, isEstimate: false, source: STANDARD_KZ },
  "shymkent-city": {
    value: 223,
    isEstimate: true,
    source:
      "DERIVED: 284,450 passenger cars at 1 Feb 2026 (lada.kz/Tengri Auto/BNS) / 1,277,743 people mid-2025 (qazinform.com) = 223 per 1,000",
  },
  ulytau: {
    value: 128,
    isEstimate: true,
    source:
      "DERIVED: 33,418 vehicles at 1 Dec 2025 (lada.kz/Kazinform/BNS) x 0.838 national passenger share (4,898,203 / 5,843,358) / 218,993 people at 1 Jan 2026 (inform.kz) = 128 per 1,000",
  },
  abai: { value: 234, isEstimate: true, source: NATIONAL_AVERAGE_ESTIMATE },
  aktobe: { value: 234, isEstimate: true, source: NATIONAL_AVERAGE_ESTIMATE },
  atyrau: { value: 234, isEstimate: true, source: NATIONAL_AVERAGE_ESTIMATE },
  jetisu: { value: 234, isEstimate: true, source: NATIONAL_AVERAGE_ESTIMATE },
  kyzylorda: { value: 234, isEstimate: true, source: NATIONAL_AVERAGE_ESTIMATE },
};

/**
 * Newer populations of the three largest cities, used for the 2024 and 2025 splits (they grew 5-10 %
 * while most towns stagnated). Other cities, and 2023, use CITIES.population.
 */
export const POPULATION_BY_YEAR: Record<number, Record<string, SourcedNumber>> = {
  2024: {
    almaty: { value: 2286328, isEstimate: false, source: "1 Dec 2024, BNS via gorodpavlodar.kz citing Tengrinews" },
    astana: { value: 1520756, isEstimate: false, source: "1 Dec 2024, BNS via gorodpavlodar.kz citing Tengrinews" },
    shymkent: { value: 1253280, isEstimate: false, source: "1 Dec 2024, BNS via gorodpavlodar.kz citing Tengrinews" },
  },
  2025: {
    almaty: { value: 2347924, isEstimate: false, source: "1 Jan 2026, BNS via inform.kz" },
    astana: { value: 1638233, isEstimate: false, source: "1 Jan 2026, BNS via inform.kz" },
    shymkent: { value: 1277743, isEstimate: false, source: "mid-2025, BNS via qazinform.com (article of 1 Aug 2025)" },
  },
};

/**
 * How a brand's buyers spread over cities:
 * - mass: new-car buyers of mainstream brands;
 * - premium: pricier brands, more concentrated in the big cities;
 * - nev: electric / range-extender brands, spread like registered electric cars;
 * - bus: buses follow population (public transport), not car ownership.
 */
export type ParkClass = "mass" | "premium" | "nev" | "bus";

export const BRAND_PARK_CLASS: Record<string, ParkClass> = {
  haval: "mass",
  chery: "mass",
  omoda: "mass",
  jetour: "mass",
  changan: "mass",
  geely: "mass",
  jac: "mass",
  tank: "premium",
  wey: "premium",
  exeed: "premium",
  hongqi: "premium",
  "li-auto": "nev",
  zeekr: "nev",
  byd: "nev",
  yutong: "bus",
  // competitors (sales model only, db/seed/data/competitors.ts): mainstream brands spread like mass ones
  chevrolet: "mass",
  hyundai: "mass",
  kia: "mass",
  toyota: "mass",
  lada: "mass",
};

/** A = city of republican significance, B = regional centre, C = other town, D = village, hamlet or rural remainder. */
export type CityTier = "A" | "B" | "C" | "D";

/**
 * Weight multipliers by class and tier.
 * - mass A = B = 1: with these, Almaty / Astana / Shymkent get 20.8 / 12.3 / 10.6 % of a mass brand's
 *   park, close to their 20.4 / 13.8 / 11.0 % of the 31,149 first registrations of new passenger cars in
 *   Nov 2024 (Sputnik KZ, 15 Jan 2025, BNS). C = 0.6 is an ASSUMPTION: small mining/industrial towns buy
 *   fewer new cars per car owned.
 * - premium: ASSUMPTION (no brand data): twice the big-city skew of mass brands.
 * - nev: the mass weights times EV_CONCENTRATION below (sourced).
 * - bus: population only (the motorization factor is not applied either).
 * - D (villages, hamlets, the districts' rural remainders), ASSUMPTION, the urban weighting: Chinese
 *   brands are mostly bought new in the large cities (kz-vehicles.md), while the districts drive older
 *   cars, so a villager holds 0.3 of a town dweller's share of a mass brand (per head and motorization),
 *   0.15 of a premium and 0.2 of an electric brand (on top of EV concentration; charging is urban).
 *   Buses: 0.5 (intercity and school buses are kept in district centres and towns).
 */
export const TIER_FACTOR: Record<ParkClass, Record<CityTier, number>> = {
  mass: { A: 1, B: 1, C: 0.6, D: 0.3 },
  premium: { A: 1.5, B: 1, C: 0.4, D: 0.15 },
  nev: { A: 1, B: 1, C: 0.6, D: 0.2 },
  bus: { A: 1, B: 1, C: 1, D: 0.5 },
};

// Sputnik KZ, 15 Jan 2025 (BNS): first registrations of new passenger cars in Nov 2024, and
// electric cars registered at 1 Dec 2024, for the areas the article names.
const FIRST_REGISTRATIONS_NOV_2024 = { total: 31149, almaty: 6351, astana: 4300, almatyRegion: 2869 };
const ELECTRIC_CARS_DEC_2024 = { total: 12119, almaty: 7157, astana: 1464, almatyRegion: 621 };

function concentration(ev: number, firstReg: number): number {
  return ev / ELECTRIC_CARS_DEC_2024.total / (firstReg / FIRST_REGISTRATIONS_NOV_2024.total);
}

/**
 * How much more (or less) an area holds of electric cars than of new cars: EV share / new-car share.
 * Almaty 2.90, Astana 0.87, Almaty Region 0.56, rest of the country 0.42 (Shymkent included: the
 * article gives its new-car count but not its EV count).
 */
export const EV_CONCENTRATION = {
  almaty: concentration(ELECTRIC_CARS_DEC_2024.almaty, FIRST_REGISTRATIONS_NOV_2024.almaty),
  astana: concentration(ELECTRIC_CARS_DEC_2024.astana, FIRST_REGISTRATIONS_NOV_2024.astana),
  almatyRegion: concentration(ELECTRIC_CARS_DEC_2024.almatyRegion, FIRST_REGISTRATIONS_NOV_2024.almatyRegion),
  rest: concentration(
    ELECTRIC_CARS_DEC_2024.total -
      ELECTRIC_CARS_DEC_2024.almaty -
      ELECTRIC_CARS_DEC_2024.astana -
      ELECTRIC_CARS_DEC_2024.almatyRegion,
    FIRST_REGISTRATIONS_NOV_2024.total -
      FIRST_REGISTRATIONS_NOV_2024.almaty -
      FIRST_REGISTRATIONS_NOV_2024.astana -
      FIRST_REGISTRATIONS_NOV_2024.almatyRegion,
  ),
} as const;

/**
 * Home-market factor, ASSUMPTION: JAC has been built by Allur in Kostanay since 2013 and sold there
 * longest, so its park is weighted x1.5 in Kostanay Region towns.
 */
export const HOME_REGION_FACTOR: Record<string, { regionSlug: string; factor: number }> = {
  jac: { regionSlug: "kostanay", factor: 1.5 },
};
