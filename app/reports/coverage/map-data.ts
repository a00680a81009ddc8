import "server-only";
import type { MapCity, MapSite, CoverageMapProps } from "@/components/map";
import type { DealershipView } from "@/db/queries/dealerships";
import { formatTravel } from "@/lib/format";
import { siteIsochrones } from "@/lib/roads/isochrone";
import { roadGraph, type CoverageReport } from "@/lib/planning/coverage-report";

/**
 * The static map's props, built on the server so the browser draws without recomputing: the
 * report's cities, the scenario's service sites with their loads, and each site's reach.
 */
export function reportMapProps(report: CoverageReport, dealerships: DealershipView[]): { cities: MapCity[]; sites: MapSite[]; reach: CoverageMapProps["reach"] } {
  const { coverage } = report;
  const cities: MapCity[] = coverage.cities.map((c, i) => ({
    id: c.id, name: c.name, region: c.region, lat: c.lat, lng: c.lng, vehicles: c.vehicles, covered: c.covered,
    travelLabel: formatTravel(c.travel, coverage.unit), nearestSiteName: c.nearestSiteName, kind: report.inputs.demand[i]?.kind,
  }));
  const loads = new Map(coverage.sites.map((s) => [s.id, s]));
  const byId = new Map(dealerships.map((d) => [d.id, d]));
  const sites: MapSite[] = report.scenarioSites.flatMap((s) => {
    const d = byId.get(s.id);
    if (!d) return [];
    const load = loads.get(s.id);
    return [{
      id: d.id, name: d.name, brandName: d.brandName, cityName: d.cityName, lat: d.lat, lng: d.lng, status: d.status,
      sales: d.sales, service: d.service, parts: d.parts, serviceBays: d.serviceBays, plannedQuarter: d.plannedQuarter,
      vehiclesServed: load?.vehiclesServed ?? null, vehiclesPerBay: load?.vehiclesPerBay ?? null, overloaded: load?.overloaded ?? false,
    }];
  });
  const graph = report.query.mode === "road" ? roadGraph() : null;
  return {
    cities,
    sites,
    reach: {
      mode: report.query.mode,
      threshold: coverage.threshold,
      areas: report.scenarioSites.map((s) => ({ siteId: s.id, lat: s.lat, lng: s.lng, area: null })),
      // drive-time polygons over the road network (lib/roads/isochrone.ts)
      isochrones: graph ? { type: "FeatureCollection", features: siteIsochrones(graph, report.scenarioSites, coverage.threshold) } : null,
    },
  };
}
