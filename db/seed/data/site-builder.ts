import { CITIES } from "./cities";
import type { DealershipSeed, DealershipStatus } from "./types";

/**
 * Turns compact one-line site specs into DealershipSeed rows. Coordinates are the city's coordinates
 * plus a deterministic offset of 2-6 km, so that several sites in one city do not stack on one map
 * marker. The offset comes from a hash of (brand, name, city): stable across runs and independent of
 * the order of the arrays.
 */

/** What a site does: 3S = sales + service + parts; "sales" = showroom only; "service" = service + parts. */
export type SiteKind = "3S" | "sales" | "service";

export interface SiteSpec {
  name: string;
  city: string;
  kind: SiteKind;
  bays: number;
  status?: DealershipStatus; // default "open"
  openedOn?: string; // open and closed sites
  quarter?: string; // planned and under-construction sites
  notes?: string;
}

/**
 * Bearing sectors (degrees clockwise from north, from..to) that stay on land and away from a border
 * for cities where a random direction could land a site in water, in the mountains or abroad.
 * Judged from general geography (no water layer is available offline): the sea, lake, reservoir,
 * mountain or border side is excluded. isInKazakhstan only guards the border, not water.
 */
const LAND_SECTORS: Record<string, [number, number]> = {
  aktau: [20, 120], // Caspian shore to the west and south-west
  balkhash: [280, 380], // the lake is south of the town, Bertys Bay to the east
  konaev: [180, 270], // Kapchagay reservoir north and east of the town
  temirtau: [150, 210], // Samarkand reservoir by the town; the Karaganda road side (south) is dry land
  saryagash: [300, 390], // Uzbek border a few km to the south and east
  zharkent: [200, 340], // Chinese border 30+ km east; keep west of the town
  almaty: [270, 450], // Zailiysky Alatau foothills south of the city
  talgar: [270, 450], // mountains to the south
  kaskelen: [270, 450], // mountains to the south
  taraz: [270, 450], // Kyrgyz border 15-20 km south
  kokshetau: [0, 120], // Lake Kopa west and south-west of the city
  shchuchinsk: [135, 225], // Lake Shchuchye north of the town
  pavlodar: [45, 180], // Irtysh river on the west side
  zhezkazgan: [180, 300], // Kengir reservoir to the east
  petropavl: [30, 150], // Ishim floodplain and lakes to the west
};

const KM_PER_DEG_LAT = 111.32;

/** 32-bit FNV-1a: a tiny, dependency-free, stable string hash. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const cityBySlug = new Map(CITIES.map((c) => [c.slug, c]));

/** The site's {lat, lng}: city centre + 2-6 km at a hashed bearing inside the city's land sector; 5 decimals (~1 m). */
export function siteCoordinates(brandSlug: string, name: string, citySlug: string): { lat: number; lng: number } {
  const city = cityBySlug.get(citySlug);
  if (!city) throw new Error(`unknown city slug "${citySlug}" for site "${name}"`);
  const h = fnv1a(`${brandSlug}|${name}|${citySlug}`);
  const [from, to] = LAND_SECTORS[citySlug] ?? [0, 360];
  // low 16 bits pick the bearing, high 16 bits the distance, so the two are independent
  const bearingDeg = from + ((h & 0xffff) / 0xffff) * (to - from);
  const distanceKm = 2 + ((h >>> 16) / 0xffff) * 4;
  const b = (bearingDeg * Math.PI) / 180;
  const dLat = (distanceKm * Math.cos(b)) / KM_PER_DEG_LAT;
  const dLng = (distanceKm * Math.sin(b)) / (KM_PER_DEG_LAT * Math.cos((city.lat * Math.PI) / 180));
  return { lat: round5(city.lat + dLat), lng: round5(city.lng + dLng) };
}

function round5(x: number): number {
  return Math.round(x * 1e5) / 1e5;
}

/** Rows for one brand; `source` applies to every site of the spec list. */
export function buildSites(brandSlug: string, source: string, specs: SiteSpec[]): DealershipSeed[] {
  return specs.map((s) => {
    const status = s.status ?? "open";
    const service = s.kind !== "sales";
    return {
      brandSlug,
      name: s.name,
      citySlug: s.city,
      ...siteCoordinates(brandSlug, s.name, s.city),
      // street addresses are not verified for any site, so none is invented
      address: null,
      status,
      sales: s.kind !== "service",
      service,
      parts: service,
      serviceBays: service ? s.bays : 0,
      openedOn: s.openedOn ?? null,
      plannedQuarter: s.quarter ?? null,
      notes: s.notes ?? null,
      source,
    };
  });
}
