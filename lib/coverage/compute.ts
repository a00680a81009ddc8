/**
 * Full coverage computation: nearest site of every demand city (road minutes over the graph, or
 * great-circle km via a kdbush index), then totals, regions, gaps and site loads.
 */
import { travelMatrix, type GeoPoint, type RoadGraph, type TravelMatrix } from "@/lib/roads";
import { assembleCoverage, sitePlace, type SitePlace } from "./assemble";
import { buildPointIndex, nearestFromMatrix } from "./nearest";
import { nearestSitesStraight } from "./nearest-bulk";
import {
  DEFAULT_VEHICLES_PER_BAY_TARGET,
  type CoverageInput,
  type CoverageResult,
  type DemandCity,
  type ServiceSite,
} from "./types";

/** Demand cities as routing points: each is pinned to its city node when the graph has one. */
export function demandPoints(demand: readonly DemandCity[]): GeoPoint[] {
  return demand.map((c) => ({ lat: c.lat, lng: c.lng, nodeSlug: c.id }));
}

/**
 * Sites as routing points: always their own coordinates with an access leg, because a
 * dealership is rarely at the city-centre node its cityId names.
 */
export function sitePoints(sites: readonly ServiceSite[]): GeoPoint[] {
  return sites.map((s) => ({ lat: s.lat, lng: s.lng }));
}

/** Road travel matrix (minutes, km; demand-major) between demand cities and sites. */
export function coverageMatrix(graph: RoadGraph, demand: readonly DemandCity[], sites: readonly ServiceSite[]): TravelMatrix {
  return travelMatrix(graph, demandPoints(demand), sitePoints(sites));
}

/** Checks the shared inputs; throws with a readable message. */
export function validateCoverageInput(input: Pick<CoverageInput, "demand" | "sites" | "threshold" | "vehiclesPerBayTarget">): void {
  if (!(input.threshold >= 0)) throw new Error(`Coverage threshold must be >= 0, got ${input.threshold}`);
  const target = input.vehiclesPerBayTarget;
  if (target !== undefined && !(target > 0)) throw new Error(`vehiclesPerBayTarget must be > 0, got ${target}`);
  const ids = new Set<string>();
  for (const c of input.demand) {
    if (ids.has(c.id)) throw new Error(`Demand city "${c.id}" is listed twice`);
    ids.add(c.id);
    if (!(c.vehicles >= 0)) throw new Error(`Demand city "${c.id}" has invalid vehicles ${c.vehicles}`);
  }
  for (const s of input.sites) {
    if (!(s.bays >= 0)) throw new Error(`Site ${s.id} has invalid bays ${s.bays}`);
  }
}

/** Region and home city of every site (see sitePlace). */
export function sitePlaces(demand: readonly DemandCity[], sites: readonly ServiceSite[]): SitePlace[] {
  const idx = buildPointIndex(demand);
  return sites.map((s) => sitePlace(idx, demand, s));
}

/**
 * Coverage of the demand by the sites: per city nearest site and travel (minutes in road mode,
 * km in straight mode), national totals, regions, ranked gaps and site loads.
 * Road mode needs `matrix` (demand × sites, demand-major) or `graph` to build one.
 */
export function computeCoverage(input: CoverageInput): CoverageResult {
  validateCoverageInput(input);
  const { demand, sites, mode } = input;
  let assignment;
  if (mode === "straight") {
    assignment = nearestSitesStraight(demand, sites);
  } else if (mode === "road") {
    let matrix = input.matrix;
    if (!matrix) {
      if (!input.graph) throw new Error("Road-mode coverage needs a travel matrix or a road graph");
      matrix = coverageMatrix(input.graph, demand, sites);
    }
    if (matrix.demandCount !== demand.length || matrix.siteCount !== sites.length) {
      throw new Error(
        `Travel matrix is ${matrix.demandCount} × ${matrix.siteCount} but coverage has ${demand.length} demand × ${sites.length} sites`,
      );
    }
    assignment = nearestFromMatrix(matrix.minutes, matrix.km, demand.length, sites.length);
  } else {
    throw new Error(`Unknown travel mode "${String(mode)}"`);
  }
  return assembleCoverage(
    {
      demand,
      sites,
      mode,
      threshold: input.threshold,
      vehiclesPerBayTarget: input.vehiclesPerBayTarget ?? DEFAULT_VEHICLES_PER_BAY_TARGET,
    },
    assignment,
    sitePlaces(demand, sites),
  );
}
