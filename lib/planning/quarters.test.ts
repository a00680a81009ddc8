import { describe, expect, it } from "vitest";
import { nextQuarter, planningQuarters, quarterOf, quarterRange } from "./quarters";

describe("quarters", () => {
  it("counts quarters across year ends", () => {
    expect(quarterRange("2025-Q3", "2026-Q2")).toEqual(["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"]);
    expect(nextQuarter("2029-Q4")).toBe("2030-Q1");
    expect(quarterOf(new Date(Date.UTC(2026, 11, 31)))).toBe("2026-Q4");
  });

  it("offers one planning range, so a quarter a site can be saved with can also be chosen as 'until'", () => {
    const quarters = planningQuarters();
    expect(quarters[0]).toBe("2024-Q1");
    expect(quarters.at(-1)).toBe("2030-Q4");
    expect(quarters).toHaveLength(7 * 4);
  });
});
