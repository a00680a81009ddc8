import { describe, expect, it } from "vitest";
import { mulberry32 } from "@/lib/random";
import { COLUMNS, handModel, handNetwork, PLACES } from "./hand-case";
import { MarketModel } from "./model";
import { buildMarketNetwork, MarketInputError } from "./network";
import { straightTravel, syntheticMarket } from "./synthetic";
import { marketWhatIf, type MarketChange } from "./what-if";
import type { MarketDealer } from "./types";

const none: MarketChange = { add: [], move: [], remove: [] };

describe("market what-if, hand-computed", () => {
  it("a point on top of our dealer takes sales from it, and the brand gains less than the point sells", () => {
    const model = handModel();
    const r = marketWhatIf(model, { ...none, add: [{ lat: 43, lng: 70.01, name: "Twin" }] });
    // place 1: S = 0.225 + 0.1 = 0.325 -> d1 900·0.1/0.325, twin the same, rival the same, d3 900·0.025/0.325
    const share = (900 * 0.1) / 0.325;
    expect(r.added).toEqual([{ name: "Twin", expectedSales: expect.closeTo(share, 9) }]);
    expect(r.before.captured).toBeCloseTo(750, 9);
    expect(r.after.captured).toBeCloseTo((900 * 0.225) / 0.325 + 250, 9);
    expect(r.netGain).toBeCloseTo((900 * 0.225) / 0.325 - 500, 9);
    expect(r.netGain).toBeLessThan(r.added[0].expectedSales);
    const d1 = r.dealers.find((d) => d.id === 11)!;
    expect(d1.delta).toBeLessThan(0);
    expect(d1).toMatchObject({ before: expect.closeTo(400, 9), after: expect.closeTo(share, 9), delta: expect.closeTo(share - 400, 9) });
    // the rival loses too (conquest), d3 loses its place-1 buyers; place 2 is out of the twin's reach
    expect(r.dealers.find((d) => d.id === 12)!.delta).toBeCloseTo(share - 400, 9);
    expect(r.dealers.find((d) => d.id === 13)!.after).toBeCloseTo((900 * 0.025) / 0.325 + 250, 9);
    expect(r.after.share).toBeCloseTo(r.after.captured / 1400, 12);
  });

  it("a point where the brand has no dealer within reach gains all it sells", () => {
    const places = [...PLACES, { id: 3, name: "Gamma", lat: 48, lng: 80, potential: 300 }];
    const cols = new Map([...COLUMNS].map(([k, v]) => [k, Float64Array.from([...v, 200])]));
    cols.set("48,80.01", Float64Array.from([300, 300, 5]));
    const model = handModel(handNetwork(places, cols));
    const r = marketWhatIf(model, { ...none, add: [{ lat: 48, lng: 80.01 }] });
    expect(r.netGain).toBeCloseTo(300, 9);
    expect(r.netGain).toBeGreaterThan(0);
    expect(r.added[0]).toEqual({ name: "New point 1", expectedSales: expect.closeTo(300, 9) });
    expect(r.dealers).toEqual([]);
  });

  it("removing the only dealer of a place loses its buyers; moving one changes it and its neighbours", () => {
    const model = handModel();
    const removed = marketWhatIf(model, { ...none, remove: [13] });
    // place 2 keeps only the rival (all 500); place 1: S = 0.2 -> d1 450, rival 450
    expect(removed.after.captured).toBeCloseTo(450, 9);
    expect(removed.dealers.find((d) => d.id === 13)).toMatchObject({ after: 0, delta: expect.closeTo(-350, 9) });
    expect(removed.dealers.find((d) => d.id === 12)!.after).toBeCloseTo(950, 9);

    const cols = new Map(COLUMNS);
    cols.set("45,72", Float64Array.from([100, 100]));
    const away = handModel(handNetwork(PLACES, cols));
    const moved = marketWhatIf(away, { ...none, move: [{ id: 11, lat: 45, lng: 72 }] });
    expect(moved.dealers.find((d) => d.id === 11)).toMatchObject({ before: expect.closeTo(400, 9), after: 0 });
    expect(moved.after.captured).toBeCloseTo((900 * 0.025) / 0.125 + 250, 9);
  });

  it("names the field of an unknown or repeated dealer id", () => {
    const model = handModel();
    expect(() => marketWhatIf(model, { ...none, move: [{ id: 99, lat: 43, lng: 70.01 }] })).toThrow(MarketInputError);
    expect(() => marketWhatIf(model, { ...none, remove: [11, 99] })).toThrow(/^remove.1: unknown dealer id 99/);
    expect(() => marketWhatIf(model, { ...none, move: [{ id: 11, lat: 43, lng: 70.01 }], remove: [11] })).toThrow(/^remove.0: dealer 11 is changed twice/);
  });
});

describe("market what-if equals a model rebuilt from scratch", () => {
  it("on random adds, moves and removals over a synthetic country", () => {
    const inputs = syntheticMarket(300, 60, 7);
    const travel = straightTravel(inputs.places);
    const params = inputs.params;
    const strength = { "rival-a": 1.4, "rival-b": 0.7 };
    const network = buildMarketNetwork(inputs.places, inputs.dealers, params.maxMinutes, travel);
    const model = new MarketModel(network, { params, brandStrength: strength, ourBrands: inputs.brands });
    const rnd = mulberry32(3);
    for (let trial = 0; trial < 25; trial++) {
      const pick = () => inputs.dealers[Math.floor(rnd() * inputs.dealers.length)];
      const removeIds = new Set<number>(rnd() < 0.5 ? [pick().id] : []);
      const mover = pick();
      const move = rnd() < 0.7 && !removeIds.has(mover.id) ? [{ id: mover.id, lat: mover.lat + (rnd() - 0.5), lng: mover.lng + (rnd() - 0.5) }] : [];
      const at = inputs.places[Math.floor(rnd() * inputs.places.length)];
      const add = [{ lat: at.lat + 0.01, lng: at.lng, name: "Added" }];
      const r = marketWhatIf(model, { add, move, remove: [...removeIds] });

      const after: MarketDealer[] = inputs.dealers
        .filter((d) => !removeIds.has(d.id))
        .map((d) => (move[0]?.id === d.id ? { ...d, lat: move[0].lat, lng: move[0].lng } : d));
      after.push({ id: -1, name: "Added", brand: "ours", lat: add[0].lat, lng: add[0].lng, attractiveness: 1, targetSales: 300 });
      const full = new MarketModel(buildMarketNetwork(inputs.places, after, params.maxMinutes, travel), { params, brandStrength: strength, ourBrands: inputs.brands });
      expect(r.after.captured).toBeCloseTo(full.captured, 6);
      expect(r.added[0].expectedSales).toBeCloseTo(full.expected[after.length - 1], 6);
      const changed = new Map(r.dealers.map((d) => [d.id, d]));
      after.slice(0, -1).forEach((d, k) => {
        const before = model.expected[inputs.dealers.findIndex((x) => x.id === d.id)];
        const c = changed.get(d.id);
        expect(c?.after ?? before).toBeCloseTo(full.expected[k], 6);
      });
      for (const id of removeIds) expect(changed.get(id)?.after ?? 0).toBe(0);
      // invariants on the rebuilt model: captured ≤ potential, all brands together ≤ potential
      const brands = ["ours", "rival-a", "rival-b", "rival-c"].map((b) => full.brandCaptured(b));
      inputs.places.forEach((p, i) => {
        expect(full.capturedAt(i)).toBeLessThanOrEqual(p.potential + 1e-9);
        expect(brands.reduce((s, b) => s + b[i], 0)).toBeLessThanOrEqual(p.potential * (1 + 1e-12) + 1e-9);
      });
    }
  });

  it("changes nothing when nothing changes", () => {
    const r = marketWhatIf(handModel(), none);
    expect(r).toMatchObject({ netGain: 0, added: [], dealers: [] });
    expect(r.after).toEqual(r.before);
  });
});
