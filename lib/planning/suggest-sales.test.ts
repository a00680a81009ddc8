import { describe, expect, it } from "vitest";
import { buildMarketNetwork, MarketModel, marketWhatIf } from "../market";
import { straightTravel, syntheticMarket } from "../market/synthetic";
import { suggestSalesSites, type SalesCandidate } from "./suggest-sales";

function setup(decay: "exponential" | "power", lambda: number) {
  const inputs = syntheticMarket(200, 40, 5);
  const params = { decay, lambda, maxMinutes: 120 };
  const network = buildMarketNetwork(inputs.places, inputs.dealers, 120, straightTravel(inputs.places));
  const model = new MarketModel(network, { params, brandStrength: { "rival-a": 1.3 }, ourBrands: inputs.brands });
  const candidates: SalesCandidate[] = inputs.places.slice(0, 80).map((p) => ({ placeId: p.id, slug: `p${p.id}`, name: p.name, region: p.lat > 47 ? "north" : "south" }));
  return { inputs, model, candidates };
}

const base = { count: 3, solver: "greedy" as const, timeLimitSeconds: 10, excludeCities: [], minSales: 0 };

describe("sales suggestions", () => {
  for (const [decay, lambda] of [["exponential", 0.03], ["power", 1.5]] as const) {
    it(`(${decay} decay) agree with the market what-if and split each point's sales into their sources`, async () => {
      const { model, candidates } = setup(decay, lambda);
      const r = await suggestSalesSites(model, candidates, base);
      expect(r.sites).toHaveLength(3);
      // the optimiser's captured weight is the Huff model's, whatever the decay
      expect(r.after.captured).toBeCloseTo(r.value, 6);
      expect(r.sites[2].capturedAfter).toBeCloseTo(r.value, 6);
      let captured = r.before.captured;
      for (const s of r.sites) {
        expect(s.newBuyers + s.fromCompetitors + s.fromOwn).toBeCloseTo(s.expectedSales, 6);
        expect(s.netGain).toBeCloseTo(s.newBuyers + s.fromCompetitors, 6);
        captured += s.netGain;
        expect(s.capturedAfter).toBeCloseTo(captured, 6);
      }
      // the first point alone, through the what-if, sells what the suggestion says
      const first = marketWhatIf(model, { add: [{ lat: r.sites[0].lat, lng: r.sites[0].lng }], move: [], remove: [] });
      expect(first.added[0].expectedSales).toBeCloseTo(r.sites[0].expectedSales, 6);
      expect(first.netGain).toBeCloseTo(r.sites[0].netGain, 6);
      expect(r.bound!).toBeGreaterThanOrEqual(r.value - 1e-9);
    });
  }

  it("honours excluded cities and the per-region cap", async () => {
    const { model, candidates } = setup("exponential", 0.03);
    const first = await suggestSalesSites(model, candidates, { ...base, count: 1 });
    const without = await suggestSalesSites(model, candidates, { ...base, count: 1, excludeCities: [first.sites[0].cityId] });
    expect(without.sites[0].cityId).not.toBe(first.sites[0].cityId);
    const capped = await suggestSalesSites(model, candidates, { ...base, count: 4, maxPerRegion: 1 });
    expect(new Set(capped.sites.map((s) => s.region)).size).toBe(capped.sites.length);
    expect(capped.sites.length).toBeLessThanOrEqual(2);
  });
});
