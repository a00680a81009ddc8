import { describe, expect, it } from "vitest";
import { dealershipStatusSchema } from "../validation/dealership";
import { DEALERSHIP_STATUSES, emptyStatusCounts, isPendingStatus, servicesLabel, STATUS_LABEL } from "./statuses";

describe("dealership statuses and services", () => {
  it("the zod schema, the labels and the counts all come from the one status list", () => {
    for (const s of DEALERSHIP_STATUSES) expect(dealershipStatusSchema.parse(s)).toBe(s);
    expect(dealershipStatusSchema.safeParse("demolished").success).toBe(false);
    expect(Object.keys(STATUS_LABEL).sort()).toEqual([...DEALERSHIP_STATUSES].sort());
    expect(emptyStatusCounts()).toEqual({ open: 0, planned: 0, under_construction: 0, closed: 0 });
    expect(DEALERSHIP_STATUSES.filter(isPendingStatus)).toEqual(["planned", "under_construction"]);
  });

  it("names a full site 3S and otherwise lists what it offers", () => {
    expect(servicesLabel({ sales: true, service: true, parts: true })).toBe("3S (sales, service, parts)");
    expect(servicesLabel({ sales: true, service: true, parts: true }, { compact: true })).toBe("3S");
    expect(servicesLabel({ sales: false, service: true, parts: true })).toBe("service, parts");
    expect(servicesLabel({ sales: false, service: false, parts: false })).toBe("none");
  });
});
