import type { Feature, FeatureCollection, Point } from "geojson";
import type { PlaceNamer } from "../i18n/place-namer";
import type { CoverageTotals } from "../coverage/types";
import type { CoverageReport } from "../planning/coverage-report";
import { reportParameters } from "./parameters";

/** Attributes of one city point. */
export interface CityFeatureProperties {
  id: string;
  name: string;
  name_ru: string | null;
  region: string;
  vehicles: number;
  nearest_site_id: number | null;
  nearest_site: string | null;
  /** minutes (road) or km (straight), as `unit` says; null when no site is reachable */
  travel: number | null;
  /** km to the nearest site (road km or great-circle km) */
  km: number | null;
  unit: "minutes" | "km";
  covered: boolean;
  uncovered_vehicles: number;
  /** 0..1 */
  share_of_park: number;
}

/** RFC 7946 allows foreign members: GIS tools ignore `metadata`, a script reading the file finds it. */
export interface CoverageFeatureCollection extends FeatureCollection<Point, CityFeatureProperties> {
  metadata: {
    parameters: Record<string, string | number | boolean>;
    totals: CoverageTotals;
  };
}

/** The coverage report as GeoJSON: one point per city ([lng, lat]) with its coverage, plus the parameters and totals. */
export function coverageGeoJson(
  report: Pick<CoverageReport, "brand" | "year" | "query" | "coverage">,
  options: { namesRu?: ReadonlyMap<string, string>; generatedOn: string; namer?: Pick<PlaceNamer, "place" | "region"> },
): CoverageFeatureCollection {
  const { coverage } = report;
  const total = coverage.totals.vehicles;
  const features: Feature<Point, CityFeatureProperties>[] = coverage.cities.map((c) => ({
    type: "Feature",
    id: c.id,
    geometry: { type: "Point", coordinates: [c.lng, c.lat] },
    properties: {
      id: c.id,
      // values in the reader's language, property names English and stable
      name: options.namer ? options.namer.place(c.id, c.name) : c.name,
      name_ru: options.namesRu?.get(c.id) ?? null,
      region: options.namer ? options.namer.region(c.region) : c.region,
      vehicles: c.vehicles,
      nearest_site_id: c.nearestSiteId,
      nearest_site: c.nearestSiteName,
      travel: c.travel,
      km: c.km,
      unit: coverage.unit,
      covered: c.covered,
      uncovered_vehicles: c.uncoveredVehicles,
      share_of_park: total > 0 ? c.vehicles / total : 0,
    },
  }));
  return {
    type: "FeatureCollection",
    features,
    metadata: {
      parameters: Object.fromEntries(reportParameters(report, options.generatedOn).map((p) => [p.key, p.value])),
      totals: coverage.totals,
    },
  };
}
