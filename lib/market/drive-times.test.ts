import { describe, expect, it } from "vitest";
import { TEST_CITIES } from "@/lib/roads/test-cities";
import { roadTravel } from "./drive-times";
import { MarketModel } from "./model";
import { buildMarketNetwork } from "./network";
import { marketWhatIf } from "./what-if";

const city = (slug: string) => TEST_CITIES.find((c) => c.slug === slug)!;

describe("market drive times over the national road graph", () => {
  const places = ["almaty", "taldykorgan", "astana", "shymkent"].map((slug, i) => ({ id: i + 1, name: slug, lat: city(slug).lat, lng: city(slug).lng, potential: 1000 }));
  const travel = roadTravel(places);

  it("gives minutes from a point to every place, short next door and hours across the country", () => {
    const almaty = travel({ lat: city("almaty").lat + 0.01, lng: city("almaty").lng });
    expect(almaty[0]).toBeLessThan(10);
    // Almaty -> Taldykorgan is about 270 road km: 3-4 hours; Astana is a day's drive
    expect(almaty[1]).toBeGreaterThan(150);
    expect(almaty[1]).toBeLessThan(300);
    expect(almaty[2]).toBeGreaterThan(600);
  });

  it("lets a point in Taldykorgan win the town's buyers from an Almaty dealer out of reach", () => {
    const dealers = [{ id: 1, name: "Almaty", brand: "ours", lat: city("almaty").lat, lng: city("almaty").lng, attractiveness: 1, targetSales: 300 }];
    const model = new MarketModel(buildMarketNetwork(places, dealers, 120, travel), { params: { decay: "exponential", lambda: 0.03, maxMinutes: 120 }, brandStrength: {}, ourBrands: ["ours"] });
    expect(model.captured).toBeCloseTo(1000, 9);
    const r = marketWhatIf(model, { add: [{ lat: city("taldykorgan").lat, lng: city("taldykorgan").lng }], move: [], remove: [] });
    expect(r.netGain).toBeCloseTo(1000, 6);
    expect(r.dealers).toEqual([]);
  });
});
