/**
 * Coverage engine types. All outputs are JSON-friendly: "no reachable site" is `null`, never Infinity.
 */
import type { RoadGraph, TravelMatrix } from "@/lib/roads";

/** road: minutes over the road graph; straight: great-circle km. */
export type TravelMode = "road" | "straight";

/** A demand point: a place (id = place slug) or a district's rest (id = rural-<KATO>) with its vehicle park. */
export interface DemandCity {
  id: string;
  name: string;
  region: string;
  lat: number;
  lng: number;
  vehicles: number;
  /** KATO code and name of the district the point lies in (absent in district-less test data) */
  district?: string;
  districtName?: string;
  /** true for a district's rest point: its position and population are estimates */
  isEstimate?: boolean;
  /** place kind (city, town, village, hamlet; rural = a district's rest) */
  kind?: string;
  /** inhabitants of the place (absent for a district's rest and in test data) */
  population?: number;
}

/** A service site (an open or planned dealership with service bays). */
export interface ServiceSite {
  id: number;
  name: string;
  cityId: string | null;
  lat: number;
  lng: number;
  bays: number;
  status: string;
  plannedQuarter: string | null;
}

/** Default vehicles per service bay above which a site counts as overloaded. */
export const DEFAULT_VEHICLES_PER_BAY_TARGET = 150;

/** Default thresholds a planner starts from: 120 minutes of driving (road), or 150 km straight. */
export const DEFAULT_THRESHOLD = { road: 120, straight: 150 } as const;

/** Input of computeCoverage. */
export interface CoverageInput {
  demand: readonly DemandCity[];
  sites: readonly ServiceSite[];
  mode: TravelMode;
  /** covered when travel <= threshold: minutes in road mode, km in straight mode */
  threshold: number;
  /** road mode: a prebuilt demand × sites matrix (demand-major, same order as the arrays) */
  matrix?: TravelMatrix;
  /** road mode without a matrix: the graph to build one from */
  graph?: RoadGraph;
  vehiclesPerBayTarget?: number;
}

/** One demand city's coverage. */
export interface CityCoverage {
  id: string;
  name: string;
  region: string;
  lat: number;
  lng: number;
  vehicles: number;
  nearestSiteId: number | null;
  nearestSiteName: string | null;
  /** to the nearest site: minutes (road) or km (straight); null when no site is reachable */
  travel: number | null;
  /** km to the nearest site: road km (road) or great-circle km (straight); null when none */
  km: number | null;
  covered: boolean;
  uncoveredVehicles: number;
}

/** National totals. */
export interface CoverageTotals {
  vehicles: number;
  coveredVehicles: number;
  uncoveredVehicles: number;
  /** coveredVehicles / vehicles, 0..1 (0 when there are no vehicles) */
  shareCovered: number;
  /** vehicle-weighted mean travel over cities with a reachable site; null if none */
  meanTravel: number | null;
  /** worst travel of any city with vehicles > 0 and a reachable site; null if none */
  maxTravel: number | null;
  sites: number;
  bays: number;
  /** national vehicle park per service bay (all vehicles / all bays); null with no bays */
  vehiclesPerBay: number | null;
}

/** Per-region summary. A site belongs to the region of its nearest demand city (great-circle). */
export interface RegionCoverage {
  region: string;
  vehicles: number;
  coveredVehicles: number;
  shareCovered: number;
  sites: number;
  bays: number;
  /** region's vehicle park per bay located in the region; null with no bays */
  vehiclesPerBay: number | null;
  /** the region's uncovered city with the most uncovered vehicles; null when fully covered */
  largestGapCityId: string | null;
}

/** An uncovered city with vehicles, ranked by uncovered vehicles. */
export interface CoverageGap {
  cityId: string;
  name: string;
  region: string;
  uncoveredVehicles: number;
  nearestSiteId: number | null;
  nearestSiteName: string | null;
  travel: number | null;
  km: number | null;
}

/**
 * Per-site load. Every city is assigned to its nearest site (its catchment); the load counts only
 * covered cities' vehicles (vehiclesServed), on the view that owners beyond the threshold do not
 * make the trip — they are the gaps. vehiclesInCatchment also counts the uncovered ones.
 */
export interface SiteLoad {
  id: number;
  name: string;
  /** region of the site's nearest demand city; null when there is no demand */
  region: string | null;
  bays: number;
  vehiclesInCatchment: number;
  vehiclesServed: number;
  /** vehiclesServed / bays; null when the site has no bays */
  vehiclesPerBay: number | null;
  /** vehiclesPerBay > target (a bay-less site serving vehicles is overloaded too) */
  overloaded: boolean;
}

/** Everything the coverage views need. */
export interface CoverageResult {
  mode: TravelMode;
  unit: "minutes" | "km";
  threshold: number;
  vehiclesPerBayTarget: number;
  cities: CityCoverage[];
  totals: CoverageTotals;
  regions: RegionCoverage[];
  gaps: CoverageGap[];
  sites: SiteLoad[];
}

/** Nearest-site assignment of every demand point: site index (-1 = none), travel and km. */
export interface Assignment {
  site: Int32Array;
  /** minutes (road) or km (straight); Infinity when site = -1 */
  travel: Float64Array;
  km: Float64Array;
}
