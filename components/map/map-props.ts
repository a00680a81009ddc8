// The one mapping from coverage results and dealership records to the map's props, shared by the
// planner (in the browser) and the report's static map (on the server). No Leaflet here.
import type { CoverageResult, SiteLoad } from "@/lib/coverage/types";
import { formatTravel } from "@/lib/format";
import { siteReachArea } from "@/lib/map/road-layers";
import type { RoadGraph } from "@/lib/roads/graph";
import type { CoverageMapProps, MapCity, MapSite } from "./types";

/** The dealership fields a marker shows (a DealershipView has them all). */
export type MapSiteRecord = Omit<MapSite, "vehiclesServed" | "vehiclesPerBay" | "overloaded">;

/** One circle per demand city, with its travel to the nearest site in the result's unit. */
export function mapCitiesOf(coverage: Pick<CoverageResult, "cities" | "unit">): MapCity[] {
  return coverage.cities.map((c) => ({
    id: c.id, name: c.name, region: c.region, lat: c.lat, lng: c.lng, vehicles: c.vehicles, covered: c.covered,
    travelLabel: formatTravel(c.travel, coverage.unit), nearestSiteName: c.nearestSiteName,
  }));
}

/** One marker per site, with its load where the coverage counted it (null when it is outside the horizon). */
export function mapSitesOf(sites: readonly MapSiteRecord[], loads: readonly SiteLoad[]): MapSite[] {
  const byId = new Map(loads.map((s) => [s.id, s]));
  return sites.map((s) => {
    const load = byId.get(s.id);
    // fields picked one by one: a DealershipView carries more than the browser needs
    return {
      id: s.id, name: s.name, brandName: s.brandName, cityName: s.cityName, lat: s.lat, lng: s.lng, status: s.status,
      sales: s.sales, service: s.service, parts: s.parts, serviceBays: s.serviceBays, plannedQuarter: s.plannedQuarter,
      vehiclesServed: load?.vehiclesServed ?? null, vehiclesPerBay: load?.vehiclesPerBay ?? null, overloaded: load?.overloaded ?? false,
    };
  });
}

/** Each counted site's reach: the road area within the threshold (minutes) in road mode, a circle (km) otherwise. */
export function mapReachOf(
  mode: CoverageMapProps["reach"]["mode"],
  threshold: number,
  sites: readonly { id: number; lat: number; lng: number }[],
  graph: RoadGraph | null,
): CoverageMapProps["reach"] {
  return {
    mode,
    threshold,
    areas: sites.map((s) => ({ siteId: s.id, lat: s.lat, lng: s.lng, area: mode === "road" && graph ? siteReachArea(graph, s, threshold) : null })),
  };
}
