import "server-only";
import type { MapCity, MapSite, CoverageMapProps } from "@/components/map";
import { mapCitiesOf, mapReachOf, mapSitesOf } from "@/components/map/map-props";
import type { DealershipView } from "@/db/queries/dealerships";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { siteIsochrones } from "@/lib/roads/isochrone";
import { roadGraph, type CoverageReport } from "@/lib/planning/coverage-report";

/**
 * The static map's props, built on the server so the browser draws without recomputing: the
 * report's cities, the horizon's service sites with their loads, and each site's reach.
 */
export function reportMapProps(report: CoverageReport, dealerships: DealershipView[], locale: Locale = DEFAULT_LOCALE): { cities: MapCity[]; sites: MapSite[]; reach: CoverageMapProps["reach"] } {
  const { coverage } = report;
  const byId = new Map(dealerships.map((d) => [d.id, d]));
  const counted = report.horizonSites.flatMap((s) => byId.get(s.id) ?? []);
  const graph = report.query.mode === "road" ? roadGraph() : null;
  // drive-time polygons over the road network (lib/roads/isochrone.ts)
  const isochrones = graph ? { type: "FeatureCollection" as const, features: siteIsochrones(graph, report.horizonSites, coverage.threshold) } : null;
  return {
    cities: mapCitiesOf(coverage, report.inputs.demand.map((d) => d.kind), locale),
    sites: mapSitesOf(counted, coverage.sites),
    reach: mapReachOf(report.query.mode, coverage.threshold, report.horizonSites, graph, isochrones),
  };
}
