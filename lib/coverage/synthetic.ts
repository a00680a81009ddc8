/**
 * Seeded synthetic demand and sites inside Kazakhstan, for tests and the coverage benchmark.
 * Deterministic (mulberry32 PRNG) so benchmark runs are comparable.
 */
import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import { kazakhstanOutline } from "@/lib/geo/kazakhstan";
import type { DemandCity, ServiceSite } from "./types";
import { mulberry32 } from "@/lib/random";


/** `count` random points inside Kazakhstan's outline (rejection sampling in its bounding box), degrees. */
export function randomPointsInKazakhstan(count: number, rnd: () => number): { lat: number; lng: number }[] {
  const outline = kazakhstanOutline();
  const out: { lat: number; lng: number }[] = [];
  while (out.length < count) {
    const lng = 46.4 + rnd() * (87.4 - 46.4);
    const lat = 40.5 + rnd() * (55.5 - 40.5);
    if (booleanPointInPolygon([lng, lat], outline)) out.push({ lat, lng });
  }
  return out;
}

/** Coarse synthetic region by longitude band (five bands west to east). */
function bandRegion(lng: number): string {
  const bands = ["West", "Aral", "Centre", "South-East", "East"];
  return bands[Math.min(4, Math.max(0, Math.floor((lng - 46.4) / 8.2)))];
}

/** `count` synthetic demand points (ids "p0"...), vehicles 0..1999 with ~5 % empty points. */
export function syntheticDemand(count: number, seed: number): DemandCity[] {
  const rnd = mulberry32(seed);
  return randomPointsInKazakhstan(count, rnd).map((p, i) => ({
    id: `p${i}`,
    name: `Point ${i}`,
    region: bandRegion(p.lng),
    lat: p.lat,
    lng: p.lng,
    vehicles: rnd() < 0.05 ? 0 : Math.floor(rnd() * 2000),
  }));
}

/** `count` synthetic service sites (ids 1...), 1-12 bays, 80 % open and 20 % planned. */
export function syntheticSites(count: number, seed: number): ServiceSite[] {
  const rnd = mulberry32(seed);
  return randomPointsInKazakhstan(count, rnd).map((p, i) => {
    const planned = rnd() < 0.2;
    return {
      id: i + 1,
      name: `Site ${i + 1}`,
      cityId: null,
      lat: p.lat,
      lng: p.lng,
      bays: 1 + Math.floor(rnd() * 12),
      status: planned ? "planned" : "open",
      plannedQuarter: planned ? "2026-Q4" : null,
    };
  });
}
