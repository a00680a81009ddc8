import { describe, expect, it } from "vitest";
import { decayValue } from "./decay";
import { COLUMNS, handModel, handNetwork, PARAMS, PLACES } from "./hand-case";
import { MarketModel } from "./model";
import { marketReport } from "./report";

describe("decay", () => {
  it("is e^(−λt) or t^(−λ) with t floored at one minute", () => {
    expect(decayValue("exponential", 0.1, 10)).toBeCloseTo(Math.exp(-1), 12);
    expect(decayValue("power", 2, 10)).toBeCloseTo(0.01, 12);
    expect(decayValue("power", 2, 0.2)).toBe(1);
  });
});

describe("Huff model, hand-computed", () => {
  const model = handModel();

  it("splits each place's potential by A·f(t) / Σ A·f(t) over the dealers within reach", () => {
    // place 1: 900 × (0.4444, 0.4444, 0.1111) = 400, 400, 100; place 2: 500 × (0.5, 0.5) = 250, 250
    expect(model.expected[0]).toBeCloseTo(400, 9);
    expect(model.expected[1]).toBeCloseTo(650, 9);
    expect(model.expected[2]).toBeCloseTo(350, 9);
    expect(model.capturedAt(0)).toBeCloseTo(500, 9);
    expect(model.capturedAt(1)).toBeCloseTo(250, 9);
    expect(model.captured).toBeCloseTo(750, 9);
    expect(model.share).toBeCloseTo(750 / 1400, 12);
  });

  it("brand strength multiplies site attractiveness", () => {
    const strong = new MarketModel(handNetwork(), { params: PARAMS, brandStrength: { rival: 0.5 }, ourBrands: ["ours"] });
    // rival's A = 2 × 0.5 = 1: place 1 u = 0.1, 0.05, 0.025 (S 0.175); place 2 u = 0.05, 0.1 (S 0.15)
    expect(strong.expected[1]).toBeCloseTo((900 * 0.05) / 0.175 + (500 * 0.05) / 0.15, 9);
    expect(strong.captured).toBeCloseTo((900 * 0.125) / 0.175 + (500 * 0.1) / 0.15, 9);
  });

  it("a place with no dealer in reach buys nothing", () => {
    const places = [...PLACES, { id: 3, name: "Gamma", lat: 48, lng: 80, potential: 300 }];
    const cols = new Map([...COLUMNS].map(([k, v]) => [k, Float64Array.from([...v, 200])]));
    const m = handModel(handNetwork(places, cols));
    expect(m.capturedAt(2)).toBe(0);
    expect(m.captured).toBeCloseTo(750, 9);
    expect(m.share).toBeCloseTo(750 / 1700, 12);
  });

  it("captured ≤ potential at every place, and all brands together sum to at most the potential", () => {
    const ours = model.brandCaptured("ours");
    const rival = model.brandCaptured("rival");
    PLACES.forEach((p, i) => {
      expect(ours[i]).toBeCloseTo(model.capturedAt(i), 9);
      expect(model.capturedAt(i)).toBeLessThanOrEqual(p.potential);
      expect(ours[i] + rival[i]).toBeLessThanOrEqual(p.potential + 1e-9);
    });
    expect(rival[0]).toBeCloseTo(400, 9);
  });

  it("reports utilisation, market areas and outlets needed", () => {
    const report = marketReport(model, { fit: null, throughput: 300, targetShare: 0.5 });
    expect(report.totals).toMatchObject({ potential: 1400, share: 750 / 1400 });
    expect(report.dealers.map((d) => d.utilisation)).toEqual([400 / 300, 650 / 500, 350 / 400].map((x) => expect.closeTo(x, 9)));
    // place 1: d1 and d2 tie at u = 0.1 -> the lower index (d1); place 2: d2 and d3 tie -> d2
    expect(report.dealers.map((d) => d.marketArea)).toEqual([[1], [2], []]);
    expect(report.places[0]).toMatchObject({ id: 1, captured: expect.closeTo(500, 9), share: expect.closeTo(500 / 900, 9), outletsNeeded: 1.5 });
    expect(report.dealers[1].competitor).toBe(true);
  });
});
