/**
 * Turns a nearest-site assignment into the CoverageResult the views read. Shared by the full
 * computation and the incremental what-if engine, so both produce identical output.
 */
import { nearestInIndex, type PointIndex } from "./nearest";
import type {
  Assignment,
  CityCoverage,
  CoverageGap,
  CoverageResult,
  DemandCity,
  RegionCoverage,
  ServiceSite,
  SiteLoad,
  TravelMode,
} from "./types";

/** What assembleCoverage needs besides the assignment. */
export interface AssembleContext {
  demand: readonly DemandCity[];
  sites: readonly ServiceSite[];
  mode: TravelMode;
  threshold: number;
  vehiclesPerBayTarget: number;
}

/** A site within this great-circle distance of a city centre shares that city's own demand. */
export const URBAN_RADIUS_KM = 25;

/** Where a site stands: the region of its nearest demand city, and that city's index when within URBAN_RADIUS_KM (else -1). */
export interface SitePlace {
  region: string | null;
  homeCity: number;
}

/** The place of one site: nearest demand city by great-circle gives its region, and its home city when close enough. */
export function sitePlace(demandIndex: PointIndex, demand: readonly DemandCity[], site: ServiceSite): SitePlace {
  const hit = nearestInIndex(demandIndex, site.lat, site.lng);
  if (hit.index < 0) return { region: null, homeCity: -1 };
  return { region: demand[hit.index].region, homeCity: hit.km <= URBAN_RADIUS_KM ? hit.index : -1 };
}

interface RegionAcc {
  vehicles: number;
  covered: number;
  sites: number;
  bays: number;
  gapCity: number;
  gapVehicles: number;
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

/** The CoverageResult (cities, totals, regions, gaps, site loads) of an assignment; travel stays in its unit (minutes road, km straight). */
export function assembleCoverage(ctx: AssembleContext, a: Assignment, places: readonly SitePlace[]): CoverageResult {
  const { demand, sites, threshold } = ctx;
  const S = sites.length;
  // Owners in a city with several sites of the brand use all of them, not only the nearest one:
  // a city's load is shared among its own sites by bays (equally when none has bays).
  const homeSites = new Map<number, number[]>();
  places.forEach((p, s) => {
    if (p.homeCity >= 0) homeSites.set(p.homeCity, [...(homeSites.get(p.homeCity) ?? []), s]);
  });
  const addLoad = (target: Float64Array, d: number, nearest: number, amount: number) => {
    const own = homeSites.get(d);
    if (!own) {
      target[nearest] += amount;
      return;
    }
    const totalBays = own.reduce((sum, s) => sum + sites[s].bays, 0);
    for (const s of own) target[s] += totalBays > 0 ? (amount * sites[s].bays) / totalBays : amount / own.length;
  };
  const catchment = new Float64Array(S);
  const served = new Float64Array(S);
  const regions = new Map<string, RegionAcc>();
  const regionOf = (name: string): RegionAcc => {
    let acc = regions.get(name);
    if (!acc) {
      acc = { vehicles: 0, covered: 0, sites: 0, bays: 0, gapCity: -1, gapVehicles: 0 };
      regions.set(name, acc);
    }
    return acc;
  };

  let vehicles = 0;
  let coveredVehicles = 0;
  let weightedTravel = 0;
  let reachableVehicles = 0;
  let maxTravel = -Infinity;
  const cities: CityCoverage[] = new Array(demand.length);
  const gapIdx: number[] = [];
  for (let d = 0; d < demand.length; d++) {
    const c = demand[d];
    const s = a.site[d];
    const reachable = s >= 0 && a.travel[d] !== Infinity;
    const travel = reachable ? a.travel[d] : null;
    const covered = travel !== null && travel <= threshold;
    const site = reachable ? sites[s] : null;
    cities[d] = {
      id: c.id,
      name: c.name,
      region: c.region,
      lat: c.lat,
      lng: c.lng,
      vehicles: c.vehicles,
      nearestSiteId: site ? site.id : null,
      nearestSiteName: site ? site.name : null,
      travel,
      km: reachable ? a.km[d] : null,
      covered,
      uncoveredVehicles: covered ? 0 : c.vehicles,
    };
    vehicles += c.vehicles;
    const r = regionOf(c.region);
    r.vehicles += c.vehicles;
    if (reachable) {
      addLoad(catchment, d, s, c.vehicles);
      weightedTravel += c.vehicles * (travel as number);
      reachableVehicles += c.vehicles;
      if (c.vehicles > 0 && (travel as number) > maxTravel) maxTravel = travel as number;
    }
    if (covered) {
      coveredVehicles += c.vehicles;
      r.covered += c.vehicles;
      addLoad(served, d, s, c.vehicles);
    } else if (c.vehicles > 0) {
      gapIdx.push(d);
      if (c.vehicles > r.gapVehicles) {
        r.gapVehicles = c.vehicles;
        r.gapCity = d;
      }
    }
  }

  let bays = 0;
  const siteLoads: SiteLoad[] = new Array(S);
  for (let s = 0; s < S; s++) {
    const site = sites[s];
    bays += site.bays;
    const region = places[s].region;
    if (region !== null) {
      const r = regionOf(region);
      r.sites++;
      r.bays += site.bays;
    }
    const perBay = ratio(served[s], site.bays);
    siteLoads[s] = {
      id: site.id,
      name: site.name,
      region,
      bays: site.bays,
      vehiclesInCatchment: catchment[s],
      vehiclesServed: served[s],
      vehiclesPerBay: perBay,
      overloaded: perBay === null ? served[s] > 0 : perBay > ctx.vehiclesPerBayTarget,
    };
  }

  // stable sort: equal uncovered vehicles keep demand order
  gapIdx.sort((x, y) => demand[y].vehicles - demand[x].vehicles || x - y);
  const gaps: CoverageGap[] = gapIdx.map((d) => {
    const row = cities[d];
    return {
      cityId: row.id,
      name: row.name,
      region: row.region,
      uncoveredVehicles: row.uncoveredVehicles,
      nearestSiteId: row.nearestSiteId,
      nearestSiteName: row.nearestSiteName,
      travel: row.travel,
      km: row.km,
    };
  });

  const regionRows: RegionCoverage[] = [...regions.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([region, r]) => ({
      region,
      vehicles: r.vehicles,
      coveredVehicles: r.covered,
      shareCovered: r.vehicles > 0 ? r.covered / r.vehicles : 0,
      sites: r.sites,
      bays: r.bays,
      vehiclesPerBay: ratio(r.vehicles, r.bays),
      largestGapCityId: r.gapCity >= 0 ? demand[r.gapCity].id : null,
    }));

  return {
    mode: ctx.mode,
    unit: ctx.mode === "road" ? "minutes" : "km",
    threshold,
    vehiclesPerBayTarget: ctx.vehiclesPerBayTarget,
    cities,
    totals: {
      vehicles,
      coveredVehicles,
      uncoveredVehicles: vehicles - coveredVehicles,
      shareCovered: vehicles > 0 ? coveredVehicles / vehicles : 0,
      meanTravel: reachableVehicles > 0 ? weightedTravel / reachableVehicles : null,
      maxTravel: maxTravel === -Infinity ? null : maxTravel,
      sites: S,
      bays,
      vehiclesPerBay: ratio(vehicles, bays),
    },
    regions: regionRows,
    gaps,
    sites: siteLoads,
  };
}
