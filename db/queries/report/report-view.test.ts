import { describe, expect, it } from "vitest";
import { getCoverageReport } from "@/db/queries/coverage";
import { buildReportView, reportKpis, horizonResults } from "@/lib/report/report-view";
import { dbWithPlannedOpenings, reportQuery } from "./test-support";

describe("coverage report view", () => {
  const { db } = dbWithPlannedOpenings();

  it("headline totals equal the coverage API's report for the same parameters", () => {
    for (const over of [{ includePlanned: "true", year: "2025" }, { includePlanned: "false" }, { mode: "straight", threshold: "200" }, { until: "2026-Q2", includePlanned: "true" }]) {
      const report = getCoverageReport(db, reportQuery(over));
      const view = buildReportView(report);
      const t = report.coverage.totals;
      expect(view.headline).toMatchObject({
        vehicles: t.vehicles, coveredVehicles: t.coveredVehicles, uncoveredVehicles: t.uncoveredVehicles, shareCovered: t.shareCovered,
        meanTravel: t.meanTravel, maxTravel: t.maxTravel, sites: t.sites, bays: t.bays, vehiclesPerBay: t.vehiclesPerBay,
      });
      // and the tables add up to it
      expect(view.cities.reduce((s, c) => s + c.vehicles, 0)).toBe(t.vehicles);
      expect(view.regions.reduce((s, r) => s + r.coveredVehicles, 0)).toBe(t.coveredVehicles);
      expect(view.gaps.reduce((s, g) => s + g.uncoveredVehicles, 0)).toBe(t.uncoveredVehicles);
      expect(view.cities.reduce((s, c) => s + c.shareOfPark, 0)).toBeCloseTo(1, 9);
      expect(view.sites.reduce((s, x) => s + x.bays, 0)).toBe(t.bays);
    }
  });

  it("open-only and with-planned columns are the comparison's before and after", () => {
    for (const includePlanned of ["true", "false"]) {
      const report = getCoverageReport(db, reportQuery({ includePlanned }));
      const { openOnly, withPlanned } = horizonResults(report);
      const c = report.comparison;
      expect([openOnly.totals.coveredVehicles, withPlanned.totals.coveredVehicles]).toEqual([c.coveredVehicles.before, c.coveredVehicles.after]);
      expect([openOnly.totals.bays, withPlanned.totals.bays]).toEqual([c.bays.before, c.bays.after]);
      const view = buildReportView(report);
      const share = view.horizonRows.find((r) => r.key === "share")!;
      expect(share).toMatchObject({ openOnly: c.shareCovered.before, withPlanned: c.shareCovered.after, delta: c.shareCovered.delta });
      expect(share.delta!).toBeGreaterThan(0);
      const perBay = view.horizonRows.find((r) => r.key === "per-bay")!;
      expect(perBay.withPlanned).toBe(withPlanned.totals.vehiclesPerBay);
    }
  });

  it("regions name their largest gap city; sites are ranked by load and flagged against the target", () => {
    const report = getCoverageReport(db, reportQuery({ vehiclesPerBay: "100" }));
    const view = buildReportView(report);
    const ulytau = view.regions.find((r) => r.largestGapCityId === "zhezkazgan");
    expect(ulytau?.largestGapCityName).toBe("Zhezkazgan");
    const loads = view.sites.map((s) => s.vehiclesPerBay ?? Infinity);
    expect(loads).toEqual([...loads].sort((a, b) => b - a));
    for (const s of view.sites) expect(s.overloaded).toBe(s.vehiclesPerBay === null ? s.vehiclesServed > 0 : s.vehiclesPerBay > 100);
    expect(view.headline.worstSite?.vehiclesPerBay).toBe(view.sites[0].vehiclesPerBay);
    expect(view.headline.overloadedSites).toBe(view.sites.filter((s) => s.overloaded).length);
    expect(view.sites.every((s) => s.status !== null)).toBe(true);
  });

  it("reportKpis treats a bay-less site that serves vehicles as the busiest", () => {
    const report = getCoverageReport(db, reportQuery());
    const sites = report.coverage.sites.map((s, i) => (i === 3 ? { ...s, bays: 0, vehiclesServed: 10, vehiclesPerBay: null } : s));
    expect(reportKpis({ ...report.coverage, sites }).worstSite?.id).toBe(report.coverage.sites[3].id);
  });
});
