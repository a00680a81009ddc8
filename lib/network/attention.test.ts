import { describe, expect, it } from "vitest";
import { needsAttention } from "./attention";

const site = (id: number, overloaded: boolean, vehiclesPerBay: number | null) => ({
  id, name: `S${id}`, region: null, bays: 4, vehiclesInCatchment: 0, vehiclesServed: 0, vehiclesPerBay, overloaded,
});

describe("needsAttention", () => {
  it("lists overloaded sites worst first, the top gaps, and openings due or late", () => {
    const a = needsAttention(
      {
        sites: [site(1, true, 180), site(2, false, 90), site(3, true, 260)],
        gaps: Array.from({ length: 8 }, (_, i) => ({ cityId: `c${i}`, name: `C${i}`, region: "R", uncoveredVehicles: 100 - i, nearestSiteId: null, nearestSiteName: null, travel: null, km: null })),
      },
      [
        { id: 10, name: "Late", cityName: "A", status: "planned", plannedQuarter: "2024-Q3" },
        { id: 11, name: "Due", cityName: "B", status: "under_construction", plannedQuarter: "2026-Q4" },
        { id: 12, name: "Later", cityName: "C", status: "planned", plannedQuarter: "2027-Q2" },
        { id: 13, name: "Open", cityName: "D", status: "open", plannedQuarter: "2024-Q1" },
      ],
      "2026-Q4",
    );
    expect(a.overloaded.map((s) => s.id)).toEqual([3, 1]);
    expect(a.gaps).toHaveLength(5);
    expect(a.due.map((s) => [s.name, s.late])).toEqual([["Late", true], ["Due", false]]);
  });
});
