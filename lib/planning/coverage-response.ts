import type { CoverageReport } from "./coverage-report";

/** The JSON body of GET /api/coverage: the report's figures without its inputs. */
export function coverageResponseBody(report: CoverageReport) {
  const { coverage, comparison, inputs: _inputs, horizonSites: _sites, places, districts, districtGaps, ...meta } = report;
  return {
    ...meta,
    totals: coverage.totals,
    cities: coverage.cities,
    gaps: coverage.gaps,
    regions: coverage.regions,
    sites: coverage.sites,
    mode: coverage.mode,
    unit: coverage.unit,
    threshold: coverage.threshold,
    comparison,
    // the country model: one row per district (kato, name, region, vehicles, coveredVehicles, shareCovered, ...),
    // the districts ranked by uncovered vehicles with their uncovered places, and one row per demand point
    districts,
    districtGaps,
    places,
  };
}

/** What GET /api/coverage adds with inputs=true: the map recomputes coverage live while a site is dragged, from the same inputs. */
export function coverageResponseInputs(report: CoverageReport) {
  return { demand: report.inputs.demand, sites: report.horizonSites, districts: report.inputs.districts };
}

/** The JSON of GET /api/coverage?inputs=true, as the browser receives it: typed from the functions that build it. */
export type CoverageResponse = ReturnType<typeof coverageResponseBody> & { inputs: ReturnType<typeof coverageResponseInputs> };
