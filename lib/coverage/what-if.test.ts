import { describe, expect, it } from "vitest";
import { buildRoadGraph } from "@/lib/roads";
import { TEST_CITIES } from "@/lib/roads/test-cities";
import { computeCoverage } from "./compute";
import { mulberry32 } from "@/lib/random";
import { randomPointsInKazakhstan, syntheticDemand, syntheticSites } from "./synthetic";
import type { DemandCity, ServiceSite, TravelMode } from "./types";
import { CoverageWhatIf } from "./what-if";

const graph = buildRoadGraph(TEST_CITIES);
// the 41 cities (pinned to their graph nodes) plus off-graph synthetic points
const demand: DemandCity[] = [
  ...TEST_CITIES.map((c, i) => ({ id: c.slug, name: c.name, region: `R${i % 6}`, lat: c.lat, lng: c.lng, vehicles: 100 * (i + 1) })),
  ...syntheticDemand(160, 11),
];

function runSequence(mode: TravelMode, threshold: number, seed: number) {
  const rnd = mulberry32(seed);
  const initial = syntheticSites(25, seed + 1);
  const engine = new CoverageWhatIf({ demand, sites: initial, mode, threshold, graph });
  const full = (sites: readonly ServiceSite[]) => computeCoverage({ demand, sites, mode, threshold, graph });
  expect(engine.result()).toStrictEqual(full(initial));

  let nextId = 1000;
  for (let step = 0; step < 60; step++) {
    const sites = engine.sites;
    const op = sites.length === 0 ? 3 : Math.floor(rnd() * 4);
    const i = Math.floor(rnd() * sites.length);
    let result;
    if (op === 0) {
      const [p] = randomPointsInKazakhstan(1, rnd);
      result = engine.moveSite(i, p.lat, p.lng); // jump anywhere
    } else if (op === 1) {
      // nudge, or land exactly on another site / a demand city to create ties
      const r = rnd();
      const target = r < 0.3 ? sites[Math.floor(rnd() * sites.length)] : r < 0.5 ? demand[Math.floor(rnd() * 41)] : null;
      result = target
        ? engine.moveSite(i, target.lat, target.lng)
        : engine.moveSite(i, sites[i].lat + (rnd() - 0.5) * 0.3, sites[i].lng + (rnd() - 0.5) * 0.3);
    } else if (op === 2) {
      result = engine.removeSite(i);
    } else {
      const [p] = randomPointsInKazakhstan(1, rnd);
      result = engine.addSite({ id: nextId++, name: "new", cityId: null, lat: p.lat, lng: p.lng, bays: 4, status: "planned", plannedQuarter: "2027-Q1" });
    }
    expect(result, `step ${step} op ${op}`).toStrictEqual(full(engine.sites));
  }
  // remove everything, then add one back
  while (engine.sites.length > 0) engine.removeSite(engine.sites.length - 1);
  expect(engine.result()).toStrictEqual(full([]));
  const back = engine.addSite({ ...initial[0] });
  expect(back).toStrictEqual(full([initial[0]]));
}

describe("what-if engine equals a full recompute", () => {
  it("in straight mode (one column of great-circle km per edit)", () => runSequence("straight", 120, 21));
  it("in road mode (one Dijkstra per edit)", () => runSequence("road", 180, 31));

  it("recomputes only the moved column", () => {
    const sites = syntheticSites(5, 3);
    const engine = new CoverageWhatIf({ demand, sites, mode: "road", threshold: 120, graph });
    const before = engine.result();
    // moving a site onto its own position changes nothing
    expect(engine.moveSite(2, sites[2].lat, sites[2].lng)).toStrictEqual(before);
    // moving site 0 onto Almaty makes it the nearest site of Almaty at 0 minutes
    const moved = engine.moveSite(0, 43.25667, 76.92861);
    expect(moved.cities.find((c) => c.id === "almaty")).toMatchObject({ nearestSiteId: sites[0].id, travel: 0, covered: true });
  });

  it("rejects bad indexes and a road engine without a graph", () => {
    const engine = new CoverageWhatIf({ demand, sites: syntheticSites(3, 1), mode: "straight", threshold: 50 });
    expect(() => engine.moveSite(3, 45, 70)).toThrow(/out of range/);
    expect(() => engine.removeSite(-1)).toThrow(/out of range/);
    expect(() => new CoverageWhatIf({ demand, sites: [], mode: "road", threshold: 50 })).toThrow(/graph/);
  });
});
