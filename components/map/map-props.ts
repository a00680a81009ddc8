// The one mapping from coverage results and dealership records to the map's props, shared by the
// planner (in the browser) and the report's static map (on the server). No Leaflet here.
import type { CoverageResult, SiteLoad } from "@/lib/coverage/types";
import { formatTravel } from "@/lib/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { siteReachArea } from "@/lib/map/road-layers";
import type { RoadGraph } from "@/lib/roads/graph";
import type { CoverageMapProps, MapCity, MapSite } from "./types";

/** The dealership fields a marker shows (a DealershipView has them all). */
export type MapSiteRecord = Omit<MapSite, "vehiclesServed" | "vehiclesPerBay" | "overloaded">;

/**
 * One circle per demand point, with its travel to the nearest site in the result's unit. `kinds` are the
 * demand points' place kinds in the same order (town, village, district rest: the map draws them apart).
 */
export function mapCitiesOf(coverage: Pick<CoverageResult, "cities" | "unit">, kinds: readonly (string | undefined)[] = [], locale: Locale = DEFAULT_LOCALE): MapCity[] {
  return coverage.cities.map((c, i) => ({
    id: c.id, name: c.name, region: c.region, lat: c.lat, lng: c.lng, vehicles: c.vehicles, covered: c.covered,
    travelLabel: formatTravel(c.travel, coverage.unit, locale), nearestSiteName: c.nearestSiteName, nearestSiteId: c.nearestSiteId,
    kind: kinds[i],
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

/**
 * Each counted site's reach: the drive-time polygons (road mode) when they are known; meanwhile the
 * reached roads within the threshold (minutes); a circle (km) in straight-line mode.
 */
export function mapReachOf(
  mode: CoverageMapProps["reach"]["mode"],
  threshold: number,
  sites: readonly { id: number; lat: number; lng: number }[],
  graph: RoadGraph | null,
  isochrones: CoverageMapProps["reach"]["isochrones"] = null,
): CoverageMapProps["reach"] {
  return {
    mode,
    threshold,
    isochrones,
    areas: sites.map((s) => ({
      siteId: s.id, lat: s.lat, lng: s.lng,
      area: mode === "road" && graph && !isochrones ? siteReachArea(graph, s, threshold) : null,
    })),
  };
}
