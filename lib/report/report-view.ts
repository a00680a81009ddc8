import type { HorizonComparison } from "../coverage/compare";
import type { CityCoverage, CoverageGap, CoverageResult, CoverageTotals, RegionCoverage, SiteLoad } from "../coverage/types";
import { coverageForSites, type CoverageReport } from "../planning/coverage-report";
import { horizonServiceSites, type CandidateServiceSite } from "../planning/horizon";
import { coverageTimeline, type TimelineStep } from "./timeline";

/** Headline figures of one horizon (vehicles, shares 0..1, travel in the report's unit). */
export interface ReportKpis extends CoverageTotals {
  /** the site with the most covered vehicles per bay; null without sites */
  worstSite: { id: number; name: string; vehiclesPerBay: number | null } | null;
  overloadedSites: number;
}

/** One line of the open-only vs with-planned table; `kind` says how to print it. */
export interface HorizonRow {
  key: string;
  label: string;
  kind: "int" | "share" | "travel";
  openOnly: number | null;
  withPlanned: number | null;
  delta: number | null;
}

export interface RegionRow extends RegionCoverage {
  largestGapCityName: string | null;
  largestGapUncovered: number;
}

export interface CityRow extends CityCoverage {
  /** this city's share of the brand's vehicle park, 0..1 */
  shareOfPark: number;
}

export interface SiteRow extends SiteLoad {
  status: CandidateServiceSite["status"] | null;
  plannedQuarter: string | null;
  cityId: string | null;
}

/** Everything the coverage report page prints, from one CoverageReport. */
export interface CoverageReportView {
  brand: CoverageReport["brand"];
  year: number;
  query: CoverageReport["query"];
  unit: CoverageResult["unit"];
  headline: ReportKpis;
  openOnly: ReportKpis;
  withPlanned: ReportKpis;
  horizonRows: HorizonRow[];
  comparison: HorizonComparison;
  regions: RegionRow[];
  cities: CityRow[];
  gaps: CoverageGap[];
  sites: SiteRow[];
  timeline: TimelineStep[];
}

// a bay-less site serving vehicles (vehiclesPerBay null) is busier than any finite load; an idle one the least
const loadKey = (s: SiteLoad) => s.vehiclesPerBay ?? (s.vehiclesServed > 0 ? Infinity : -1);
const busiestFirst = (a: SiteLoad, b: SiteLoad) => {
  const ka = loadKey(a);
  const kb = loadKey(b);
  return ka === kb ? a.name.localeCompare(b.name) : kb > ka ? 1 : -1;
};

/** Headline KPIs of a coverage result: totals plus the busiest site and the overloaded count. */
export function reportKpis(result: CoverageResult): ReportKpis {
  let worst: SiteLoad | null = null;
  for (const s of result.sites) if (!worst || loadKey(s) > loadKey(worst)) worst = s;
  const t = result.totals;
  return {
    vehicles: t.vehicles,
    coveredVehicles: t.coveredVehicles,
    uncoveredVehicles: t.uncoveredVehicles,
    shareCovered: t.shareCovered,
    meanTravel: t.meanTravel,
    maxTravel: t.maxTravel,
    sites: t.sites,
    bays: t.bays,
    vehiclesPerBay: t.vehiclesPerBay,
    worstSite: worst ? { id: worst.id, name: worst.name, vehiclesPerBay: worst.vehiclesPerBay } : null,
    overloadedSites: result.sites.filter((s) => s.overloaded).length,
  };
}

/** Open-only and with-planned results: the requested one as computed, the other by the same engine. */
export function horizonResults(report: CoverageReport): { openOnly: CoverageResult; withPlanned: CoverageResult } {
  const other = horizonServiceSites(report.inputs.sites, { includePlanned: !report.query.includePlanned, until: report.query.until });
  const otherResult = coverageForSites(report.inputs, other, report.query);
  return report.query.includePlanned
    ? { openOnly: otherResult, withPlanned: report.coverage }
    : { openOnly: report.coverage, withPlanned: otherResult };
}

function horizonRows(open: ReportKpis, planned: ReportKpis, c: HorizonComparison): HorizonRow[] {
  const row = (key: string, label: string, kind: HorizonRow["kind"], m: { before: number | null; after: number | null; delta: number | null }) => ({
    key, label, kind, openOnly: m.before, withPlanned: m.after, delta: m.delta,
  });
  const derived = (a: number | null, b: number | null) => ({ before: a, after: b, delta: a === null || b === null ? null : b - a });
  return [
    row("covered", "Covered vehicles", "int", c.coveredVehicles),
    row("share", "Covered share", "share", c.shareCovered),
    row("uncovered", "Uncovered vehicles", "int", c.uncoveredVehicles),
    row("mean", "Mean travel (vehicle-weighted)", "travel", c.meanTravel),
    row("max", "Worst travel", "travel", c.maxTravel),
    row("sites", "Service sites", "int", c.sites),
    row("bays", "Service bays", "int", c.bays),
    row("per-bay", "Vehicles per bay", "int", derived(open.vehiclesPerBay, planned.vehiclesPerBay)),
    row("worst-site", "Vehicles per bay, busiest site", "int", derived(open.worstSite?.vehiclesPerBay ?? null, planned.worstSite?.vehiclesPerBay ?? null)),
  ];
}

/** Builds the report's figures; every number comes from the report's CoverageResult or the same engine. */
export function buildReportView(report: CoverageReport): CoverageReportView {
  const coverage = report.coverage;
  const { openOnly, withPlanned } = horizonResults(report);
  const open = reportKpis(openOnly);
  const planned = reportKpis(withPlanned);
  const cityById = new Map(coverage.cities.map((c) => [c.id, c]));
  const siteById = new Map(report.inputs.sites.map((s) => [s.id, s]));
  const total = coverage.totals.vehicles;

  const regions = coverage.regions
    .map((r) => {
      const gap = r.largestGapCityId ? cityById.get(r.largestGapCityId) : undefined;
      return { ...r, largestGapCityName: gap?.name ?? null, largestGapUncovered: gap?.uncoveredVehicles ?? 0 };
    })
    .sort((a, b) => b.vehicles - a.vehicles || a.region.localeCompare(b.region));
  const cities = coverage.cities
    .map((c) => ({ ...c, shareOfPark: total > 0 ? c.vehicles / total : 0 }))
    .sort((a, b) => b.vehicles - a.vehicles || a.name.localeCompare(b.name));
  const sites = coverage.sites
    .map((s) => {
      const site = siteById.get(s.id);
      return { ...s, status: site?.status ?? null, plannedQuarter: site?.plannedQuarter ?? null, cityId: site?.cityId ?? null };
    })
    .sort(busiestFirst);

  return {
    brand: report.brand,
    year: report.year,
    query: report.query,
    unit: coverage.unit,
    headline: reportKpis(coverage),
    openOnly: open,
    withPlanned: planned,
    horizonRows: horizonRows(open, planned, report.comparison),
    comparison: report.comparison,
    regions,
    cities,
    gaps: coverage.gaps,
    sites,
    timeline: coverageTimeline(report.inputs, report.query),
  };
}
