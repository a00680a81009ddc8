/**
 * The map's two coverage requests (browser-safe: no server code, no error catalogue). Per query it asks
 * for the small parts and `cities` in columns; the demand points, the big per-point rows that depend
 * only on brand and year, come from a second request that the browser keeps and revalidates (304).
 */
import type { CityCoverage, DemandCity } from "../coverage/types";
import type { CoverageField, CoverageSelection, FullBody, FullInputs } from "./coverage-fields";
import type { CandidateServiceSite } from "./horizon";

/**
 * What the map asks for on every change of brand, mode, threshold, horizon or scenario. Its demand
 * points come from MAP_DEMAND_FIELDS, asked with the brand and year only: they do not depend on the
 * rest of the query, so the browser keeps them and only revalidates (304) while the data is unchanged.
 */
export const MAP_QUERY_FIELDS = [
  "brand", "mode", "unit", "threshold", "totals", "sites", "comparison", "inputs.sites", "cityColumns", "demandTag",
] as const satisfies readonly CoverageField[];
export const MAP_DEMAND_FIELDS = ["inputs.demand", "inputs.districts", "demandTag"] as const satisfies readonly CoverageField[];

/**
 * The per-query half of `cities`, one entry per demand point in `inputs.demand`'s order: the nearest
 * site's index in `inputs.sites` (-1: none reachable), the travel (minutes or km) and km to it, covered
 * (1) or not (0). The rest of a row (id, name, region, position, vehicles) is the demand point's own.
 */
export interface CityColumns {
  site: number[];
  travel: (number | null)[];
  km: (number | null)[];
  covered: (0 | 1)[];
}

/** `cities` in columns (see CityColumns); `sites` are the horizon's sites the rows name. */
export function cityColumnsOf(cities: readonly CityCoverage[], sites: readonly { id: number }[]): CityColumns {
  const index = new Map(sites.map((s, i) => [s.id, i]));
  return {
    site: cities.map((c) => (c.nearestSiteId === null ? -1 : (index.get(c.nearestSiteId) ?? -1))),
    travel: cities.map((c) => c.travel),
    km: cities.map((c) => c.km),
    covered: cities.map((c) => (c.covered ? 1 : 0)),
  };
}

/** The `cities` rows back from their columns and the demand points and sites they were taken with. */
export function citiesFromColumns(
  demand: readonly DemandCity[],
  columns: CityColumns,
  sites: readonly Pick<CandidateServiceSite, "id" | "name">[],
): CityCoverage[] {
  if (columns.site.length !== demand.length) {
    throw new Error(`coverage columns hold ${columns.site.length} demand points, the demand ${demand.length}`);
  }
  return demand.map((d, i) => {
    const site = columns.site[i] >= 0 ? sites[columns.site[i]] : undefined;
    const covered = columns.covered[i] === 1;
    return {
      id: d.id, name: d.name, region: d.region, lat: d.lat, lng: d.lng, vehicles: d.vehicles,
      nearestSiteId: site ? site.id : null, nearestSiteName: site ? site.name : null,
      travel: columns.travel[i], km: columns.km[i], covered,
      // as lib/coverage/assemble.ts counts it: an uncovered point's vehicles are all uncovered
      uncoveredVehicles: covered ? 0 : d.vehicles,
    };
  });
}

/** The per-query answer to MAP_QUERY_FIELDS, as the browser receives it. */
export type MapQueryAnswer = Required<Pick<CoverageSelection, "brand" | "mode" | "unit" | "threshold" | "totals" | "sites" | "comparison" | "cityColumns" | "demandTag">> & {
  inputs: Pick<FullInputs, "sites">;
};
/** The answer to MAP_DEMAND_FIELDS. */
export type MapDemandAnswer = { inputs: Pick<FullInputs, "demand" | "districts">; demandTag: string };

/** What the map shows for one query: the full answer's parts it uses, `cities` rows included. */
export type MapCoverage = Pick<FullBody, "brand" | "mode" | "unit" | "threshold" | "totals" | "sites" | "comparison" | "cities"> & { inputs: FullInputs };

/** True when both answers were computed from the same demand points (a write between the two requests can part them). */
export function sameDemand(answer: MapQueryAnswer, demand: MapDemandAnswer): boolean {
  return answer.demandTag === demand.demandTag;
}

/** Joins the two answers into the map's coverage; throws when they belong to different demand points (check sameDemand first). */
export function mapCoverageOf(answer: MapQueryAnswer, demand: MapDemandAnswer): MapCoverage {
  if (!sameDemand(answer, demand)) throw new Error("coverage answer and demand points have different demandTags");
  const { cityColumns, demandTag: _tag, inputs, ...parts } = answer;
  return {
    ...parts,
    cities: citiesFromColumns(demand.inputs.demand, cityColumns, inputs.sites),
    inputs: { demand: demand.inputs.demand, sites: inputs.sites, districts: demand.inputs.districts },
  };
}
