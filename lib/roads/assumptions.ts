/**
 * Stated modelling assumptions for the road network. None of these numbers is sourced;
 * they are deliberate, documented choices so that results can be reproduced and argued with.
 */

/** Road categories of the Kazakh classification (I-a motorway-like, I-b four-lane, II/III two-lane). */
export type RoadCategory = "I-a" | "I-b" | "II" | "III";

/**
 * Average door-to-door speeds in km/h used for routing.
 * Legal limits are 140 (I-a), 110 (I-b) and 100 km/h (II-III) per KazAvtoZhol; averages sit well
 * below them because of settlements (60 km/h), trucks, police posts, winter limits (Astana-Pavlodar
 * drops to 110 km/h) and road works. kz-roads-and-regions.md suggests ~90-100 on I-a/I-b and
 * ~70-80 on II/III; we take the middle of those bands.
 */
export const ROAD_SPEEDS_KMH: Readonly<Record<RoadCategory, number>> = {
  "I-a": 95,
  "I-b": 90,
  II: 80,
  III: 70,
};

/**
 * Detour factor applied to the great-circle distance of a highway link that has no sourced length
 * (edges tagged ESTIMATE). Sourced links in kz-roads.csv run 1.03-1.27 × great-circle; 1.2 sits
 * in the upper half because unsourced links are mostly regional roads.
 */
export const ESTIMATE_DETOUR_FACTOR = 1.2;

/**
 * Detour factor for the access leg between an off-graph point (a dealership, a village) and a
 * graph node: local streets and district roads wind more than trunk highways.
 */
export const ACCESS_DETOUR_FACTOR = 1.3;

/** Average speed on an access leg in km/h: urban streets and district roads. */
export const ACCESS_SPEED_KMH = 50;

/**
 * A further candidate edge is only joined when it is at most this factor × the nearest edge's
 * distance (+ ACCESS_SLACK_KM): a far second edge would be a cross-country shortcut the network
 * does not have (e.g. straight across Lake Balkhash).
 */
export const ACCESS_CANDIDATE_RATIO = 1.5;

/** Additive slack in km for ACCESS_CANDIDATE_RATIO, so points sitting on a road still see close neighbours. */
export const ACCESS_SLACK_KM = 5;

/**
 * Two points closer than this (great-circle km) may also drive directly between each other on
 * local roads (access detour and speed), so a dealer across town is not routed via the city node
 * twice. Longer direct legs are not allowed: they would ignore lakes, mountains and deserts.
 */
export const DIRECT_LEG_MAX_KM = 50;

/** Minutes needed to cover `km` at `speedKmh`. */
export function minutesAt(km: number, speedKmh: number): number {
  return (km / speedKmh) * 60;
}

/** Road km of an access leg for a great-circle distance in km (× ACCESS_DETOUR_FACTOR). */
export function accessKm(greatCircleKm: number): number {
  return greatCircleKm * ACCESS_DETOUR_FACTOR;
}

/** Minutes of an access leg for a great-circle distance in km. */
export function accessMinutes(greatCircleKm: number): number {
  return minutesAt(greatCircleKm * ACCESS_DETOUR_FACTOR, ACCESS_SPEED_KMH);
}
