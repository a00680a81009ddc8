/**
 * Demand points of the country model: every place with at least `minPopulation` inhabitants is a
 * point of its own; everything else of a district (its villages below the size, and its rural
 * remainder: people without a place of their own, an estimate) is one "rest of district" point at a
 * point inside the district. Vehicles are never lost: the points' vehicles add up to the park.
 */
import type { DemandCity } from "../coverage/types";

/** Default size from which a place is a demand point of its own (inhabitants). */
export const DEFAULT_MIN_PLACE_POPULATION = 1000;

/** A place as the demand builder needs it. */
export interface DemandPlace {
  slug: string;
  name: string;
  kind: string;
  population: number;
  lat: number;
  lng: number;
  districtKato: string | null;
  region: string;
  vehicles: number;
}

/** A district as the demand builder and the district views need it. */
export interface DemandDistrict {
  kato: string;
  name: string;
  region: string;
  labelLat: number;
  labelLng: number;
}

/** Id of a district's "rest of district" demand point (the same slug as its rural place). */
export function districtRestId(kato: string): string {
  return `rural-${kato}`;
}

/**
 * The demand points (see the file comment). Order: own places in input order, then one rest point
 * per district that has rest population or vehicles, in district order.
 */
export function buildDemand(places: readonly DemandPlace[], districts: readonly DemandDistrict[], minPopulation: number): DemandCity[] {
  const byKato = new Map(districts.map((d) => [d.kato, d]));
  const rest = new Map<string, { vehicles: number; places: number }>();
  const points: DemandCity[] = [];
  for (const p of places) {
    const district = p.districtKato ? byKato.get(p.districtKato) : undefined;
    if (p.kind !== "rural" && (p.population >= minPopulation || !district)) {
      points.push({
        id: p.slug, name: p.name, region: p.region, lat: p.lat, lng: p.lng, vehicles: p.vehicles,
        district: district?.kato, districtName: district?.name, isEstimate: false, kind: p.kind, population: p.population,
      });
      continue;
    }
    const acc = rest.get(district!.kato) ?? { vehicles: 0, places: 0 };
    acc.vehicles += p.vehicles;
    acc.places += 1;
    rest.set(district!.kato, acc);
  }
  for (const d of districts) {
    const acc = rest.get(d.kato);
    if (!acc) continue;
    points.push({
      id: districtRestId(d.kato), name: `${d.name} District (rest, estimate)`, region: d.region, lat: d.labelLat, lng: d.labelLng,
      vehicles: acc.vehicles, district: d.kato, districtName: d.name, isEstimate: true, kind: "rural",
    });
  }
  return points;
}
