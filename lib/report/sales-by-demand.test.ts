import { describe, expect, it } from "vitest";
import { salesByDemandPoint } from "./sales-by-demand";

describe("salesByDemandPoint", () => {
  it("keeps a demand point's own place and folds smaller places into their district's rest", () => {
    const keys = new Map([
      [1, { slug: "almaty", districtKato: "751" }],
      [2, { slug: "village-a", districtKato: "112" }],
      [3, { slug: "rural-112", districtKato: "112" }],
      [4, { slug: "nowhere", districtKato: null }],
    ]);
    const out = salesByDemandPoint(
      [
        { placeId: 1, potential: 100, captured: 10 },
        { placeId: 2, potential: 5, captured: 1 },
        { placeId: 3, potential: 7, captured: 2 },
        { placeId: 4, potential: 9, captured: 9 },
      ],
      keys,
      new Set(["almaty", "rural-112"]),
      (kato) => `rural-${kato}`,
    );
    expect(Object.fromEntries(out)).toEqual({ almaty: { potential: 100, captured: 10 }, "rural-112": { potential: 12, captured: 3 } });
  });
});
