import { describe, expect, it } from "vitest";
import { getCoverageReport } from "@/db/queries/coverage";
import { dbWithPlannedOpenings, reportQuery } from "./test-support";
import { coverageTimeline, TODAY_LABEL } from "@/lib/report/timeline";

describe("coverage timeline", () => {
  const { db, sites } = dbWithPlannedOpenings();

  it("starts with today's open sites, then one step per quarter with planned openings, in order", () => {
    const report = getCoverageReport(db, reportQuery({ includePlanned: "true" }));
    const steps = coverageTimeline(report.inputs, report.query);
    expect(steps[0]).toMatchObject({ label: TODAY_LABEL, quarter: null, openings: [], shareDelta: 0 });
    // the seed's Almaty and Astana openings (2024-Q3) and the three test openings
    expect(steps.map((s) => s.quarter)).toEqual([null, "2024-Q3", "2026-Q2", "2026-Q4", "2027-Q1"]);
    expect(steps.find((s) => s.quarter === "2026-Q4")!.openings.map((o) => o.id)).toEqual([sites[1].id]);
    expect(steps.find((s) => s.quarter === "2026-Q4")!.openings[0].status).toBe("under_construction");
  });

  it("is non-decreasing when only openings are planned, in both travel modes", () => {
    for (const over of [{}, { mode: "straight", threshold: "150" }, { threshold: "60" }]) {
      const report = getCoverageReport(db, reportQuery(over));
      const steps = coverageTimeline(report.inputs, report.query);
      for (let i = 1; i < steps.length; i++) {
        expect(steps[i].coveredVehicles).toBeGreaterThanOrEqual(steps[i - 1].coveredVehicles);
        expect(steps[i].shareCovered).toBeGreaterThanOrEqual(steps[i - 1].shareCovered);
        expect(steps[i].sites).toBeGreaterThan(steps[i - 1].sites);
        expect(steps[i].shareDelta).toBeCloseTo(steps[i].shareCovered - steps[i - 1].shareCovered, 12);
      }
    }
  });

  it("agrees with the report engine: first step = open only, last step = open + all planned", () => {
    const report = getCoverageReport(db, reportQuery({ includePlanned: "true" }));
    const steps = coverageTimeline(report.inputs, report.query);
    expect(steps[0].coveredVehicles).toBe(report.comparison.coveredVehicles.before);
    expect(steps[0].shareCovered).toBe(report.comparison.shareCovered.before);
    expect(steps.at(-1)!.coveredVehicles).toBe(report.comparison.coveredVehicles.after);
    expect(steps.at(-1)!.coveredVehicles).toBe(report.coverage.totals.coveredVehicles);
    expect(steps.at(-1)!.bays).toBe(report.coverage.totals.bays);
    // the test openings sit in gap cities: the plan must raise coverage
    expect(steps.at(-1)!.shareCovered).toBeGreaterThan(steps[0].shareCovered);
  });

  it("a step matches the report with `until` set to that quarter, and later steps are flagged", () => {
    const report = getCoverageReport(db, reportQuery({ includePlanned: "true", until: "2026-Q2" }));
    const steps = coverageTimeline(report.inputs, report.query);
    const step = steps.find((s) => s.quarter === "2026-Q2")!;
    expect(step.coveredVehicles).toBe(report.coverage.totals.coveredVehicles);
    expect(steps.filter((s) => s.beyondUntil).map((s) => s.quarter)).toEqual(["2026-Q4", "2027-Q1"]);
  });

  it("has only today's step when nothing is planned; undated plans get their own step", () => {
    const report = getCoverageReport(db, reportQuery());
    const open = report.inputs.sites.filter((s) => s.status === "open");
    expect(coverageTimeline({ ...report.inputs, sites: open }, report.query).map((s) => s.label)).toEqual([TODAY_LABEL]);

    const undated = { ...sites[0], cityId: sites[0].city, bays: 4, service: true, status: "under_construction" as const, plannedQuarter: null };
    const steps = coverageTimeline({ ...report.inputs, sites: [...open, undated] }, report.query);
    expect(steps.map((s) => s.label)).toEqual([TODAY_LABEL, "planned (no quarter set)"]);
    expect(steps[1].openings.map((o) => o.id)).toEqual([undated.id]);
  });
});
