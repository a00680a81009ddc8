import { buildSites, type SiteSpec } from "./site-builder";
import type { BrandSeed, DealershipSeed } from "./types";

/**
 * The market leaders Chinese brands compete with in Kazakhstan, modelled for the sales (market) model
 * only: `competitor: true` keeps them out of the after-sales pickers (coverage, vehicle park), where
 * "our" brands are planned. Their volumes are in db/seed/data/sales.ts; their networks below are
 * ILLUSTRATIVE (no dealer list was sourced): sized so that each outlet sells roughly its brand's
 * throughput standard (targetSalesPerOutlet, also illustrative).
 */
const SALES_FACTS =
  "H1 2023 top models: Chevrolet Cobalt 14,851, Hyundai Tucson 6,868, Kia Sportage 5,398 (astanatimes.com 2023/07, INDUSTRY); Nov 2025: Chevrolet 7.8k, Hyundai 5.3k, Kia 2.0k of 25.8k (rus.baq.kz/Energyprom, INDUSTRY)";
const PRODUCTION_FACT = "production Jan-Feb 2024: Hyundai 7,612, Kia 4,077, Chevrolet 3,524 (KAU via dasfazit.at, INDUSTRY)";
const NOT_SOURCED = "no Kazakhstan brand figure in the fact sheet (kz-vehicles.md §2): presence ILLUSTRATIVE";

export const COMPETITOR_BRANDS: BrandSeed[] = [
  {
    slug: "chevrolet", name: "Chevrolet", manufacturer: "General Motors", manufacturerSlug: "general-motors", segment: "passenger",
    competitor: true, targetSalesPerOutlet: 2000,
    source: `Market leader, assembled at SaryarkaAvtoProm (Allur, Kostanay); ${SALES_FACTS}; ${PRODUCTION_FACT}. Target per outlet ILLUSTRATIVE`,
  },
  {
    slug: "hyundai", name: "Hyundai", manufacturer: "Hyundai Motor Group", manufacturerSlug: "hyundai-motor-group", segment: "passenger",
    competitor: true, targetSalesPerOutlet: 1500,
    source: `Assembled by Hyundai Trans Kazakhstan (Almaty); ${SALES_FACTS}; ${PRODUCTION_FACT}. Target per outlet ILLUSTRATIVE`,
  },
  {
    slug: "kia", name: "Kia", manufacturer: "Hyundai Motor Group", manufacturerSlug: "hyundai-motor-group", segment: "passenger",
    competitor: true, targetSalesPerOutlet: 1000,
    source: `Assembled at SaryarkaAvtoProm (Kostanay); ${SALES_FACTS}; ${PRODUCTION_FACT}. Target per outlet ILLUSTRATIVE`,
  },
  {
    slug: "toyota", name: "Toyota", manufacturer: "Toyota Motor", manufacturerSlug: "toyota", segment: "passenger",
    competitor: true, targetSalesPerOutlet: 900,
    source: `Imported (Camry, RAV4, Land Cruiser); ${NOT_SOURCED}. Target per outlet ILLUSTRATIVE`,
  },
  {
    slug: "lada", name: "Lada", manufacturer: "AvtoVAZ", manufacturerSlug: "avtovaz", segment: "passenger",
    competitor: true, targetSalesPerOutlet: 500,
    source: `Budget brand, assembled in Kazakhstan by Allur until 2019 and imported since; ${NOT_SOURCED}. Target per outlet ILLUSTRATIVE`,
  },
];

const OFFSET = "Coordinates: city centre + deterministic 2-6 km offset";
const sourceOf = (brand: string) =>
  `ILLUSTRATIVE competitor site for the sales model: a plausible ${brand} network in the main cities (no dealer list was sourced); name, date and bays made up. ${OFFSET}`;

/** Open 3S sites: `count` per city, named "<Brand> <City>" (then " 2", " 3"...), opened in a made-up year. */
function network(brandSlug: string, brandName: string, cities: [city: string, count: number][], baseBays: number): DealershipSeed[] {
  const specs: SiteSpec[] = [];
  cities.forEach(([city, count], i) => {
    const cityName = city.split("-").map((w) => w[0].toUpperCase() + w.slice(1)).join("-");
    for (let k = 1; k <= count; k++) {
      specs.push({
        name: `${brandName} ${cityName}${k > 1 ? ` ${k}` : ""}`,
        city,
        kind: "3S",
        // the first site of the first cities is the biggest; bays are illustrative
        bays: Math.max(4, baseBays - 2 * Math.min(i, 3) - 2 * (k - 1)),
        openedOn: `${2008 + ((i * 3 + k) % 14)}-0${1 + ((i + k) % 9)}-15`,
      });
    }
  });
  return buildSites(brandSlug, sourceOf(brandName), specs);
}

const MAIN_CITIES: [string, number][] = [
  ["almaty", 3], ["astana", 2], ["shymkent", 2], ["karaganda", 1], ["aktobe", 1], ["atyrau", 1], ["aktau", 1], ["pavlodar", 1],
  ["ust-kamenogorsk", 1], ["kostanay", 1], ["uralsk", 1],
];

export const COMPETITOR_DEALERSHIPS: DealershipSeed[] = [
  // ~55,000 sales in 2025 over 22 outlets
  ...network("chevrolet", "Chevrolet", [
    ...MAIN_CITIES, ["semey", 1], ["kokshetau", 1], ["petropavl", 1], ["taraz", 1], ["kyzylorda", 1], ["turkistan", 1], ["taldykorgan", 1],
  ], 14),
  // ~40,000 over 24 outlets
  ...network("hyundai", "Hyundai", [
    ...MAIN_CITIES, ["semey", 1], ["kokshetau", 1], ["petropavl", 1], ["taraz", 1], ["kyzylorda", 1], ["taldykorgan", 1], ["turkistan", 1],
    ["ekibastuz", 1], ["zhezkazgan", 1],
  ], 14),
  // ~18,000 over 17 outlets
  ...network("kia", "Kia", [
    ["almaty", 2], ["astana", 2], ["shymkent", 1], ["karaganda", 1], ["aktobe", 1], ["atyrau", 1], ["aktau", 1], ["pavlodar", 1],
    ["ust-kamenogorsk", 1], ["kostanay", 1], ["uralsk", 1], ["taraz", 1], ["kokshetau", 1], ["petropavl", 1], ["semey", 1],
  ], 10),
  // ~14,000 over 15 outlets
  ...network("toyota", "Toyota", [
    ["almaty", 3], ["astana", 2], ["shymkent", 1], ["karaganda", 1], ["aktobe", 1], ["atyrau", 2], ["aktau", 1], ["pavlodar", 1],
    ["ust-kamenogorsk", 1], ["kostanay", 1], ["uralsk", 1],
  ], 12),
  // ~9,000 over 17 outlets, reaching smaller industrial towns
  ...network("lada", "Lada", [
    ["almaty", 2], ["astana", 1], ["shymkent", 1], ["karaganda", 1], ["aktobe", 1], ["pavlodar", 1], ["ust-kamenogorsk", 1], ["semey", 1],
    ["kostanay", 1], ["petropavl", 1], ["uralsk", 1], ["taraz", 1], ["kyzylorda", 1], ["kokshetau", 1], ["temirtau", 1], ["rudny", 1],
  ], 8),
];
