import { greatCircleKm } from "../roads/great-circle";

/** A named place a new site can be named after (today the 41 cities; settlements plug in later). */
export interface NamedPlace {
  slug: string;
  name: string;
  lat: number;
  lng: number;
}

/** A site this close to a place is "in" it; farther out it is "near" it (the planner sees the distance). */
export const PLACE_NAME_RADIUS_KM = 25;

export interface PlaceDescription {
  place: NamedPlace;
  /** great-circle km from the point to the place */
  km: number;
  /** true when the point lies within PLACE_NAME_RADIUS_KM of the place */
  within: boolean;
  /** "Aktobe", or "near Aktobe (62 km)" */
  label: string;
  /** what a new site at the point is called after: "Aktobe", or "near Aktobe" */
  siteSuffix: string;
}

/** The nearest place to a point and how to name a site there; null when there are no places. */
export function describeLocation(lat: number, lng: number, places: readonly NamedPlace[]): PlaceDescription | null {
  let best: NamedPlace | null = null;
  let bestKm = Infinity;
  for (const p of places) {
    const km = greatCircleKm(lat, lng, p.lat, p.lng);
    if (km < bestKm) {
      best = p;
      bestKm = km;
    }
  }
  if (!best) return null;
  const within = bestKm <= PLACE_NAME_RADIUS_KM;
  const km = Math.round(bestKm);
  return {
    place: best,
    km: bestKm,
    within,
    label: within ? best.name : `near ${best.name} (${km} km)`,
    siteSuffix: within ? best.name : `near ${best.name}`,
  };
}
