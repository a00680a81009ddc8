import { distance } from "@turf/turf";
import { describe, expect, it } from "vitest";
import { accessLegs } from "./access";
import { routeKm, routeMinutes, shortestPaths, shortestPathsFrom } from "./dijkstra";
import { GOLDEN_EDGES, GOLDEN_NODES, KM_PER_DEGREE } from "./golden-network";
import { buildGraphFromEdges, buildRoadGraph, nodeOf } from "./graph";
import { greatCircleKm } from "./great-circle";
import { TEST_CITIES } from "./test-cities";
import { travelMatrix } from "./travel-matrix";

const graph = buildGraphFromEdges(GOLDEN_NODES, GOLDEN_EDGES);

describe("golden 5-node network", () => {
  it("stores every edge in both directions with minutes at the category speed", () => {
    expect(graph.nodeCount).toBe(5);
    expect(graph.edgeCount).toBe(5);
    expect(graph.adjOffset[5]).toBe(10);
    // B has neighbours A, C, D
    const b = nodeOf(graph, "b");
    expect(graph.adjOffset[b + 1] - graph.adjOffset[b]).toBe(3);
  });

  it("finds the fastest paths from A by hand", () => {
    // A->B 60; A->C 60+60 = 120; A->D min(120+30, 60+120) = 150 via C; A->E 150+60 = 210
    const p = shortestPathsFrom(graph, "a");
    expect(Array.from(p.minutes)).toEqual([0, 60, 120, 150, 210]);
    // km of those paths: 95; 95+90; 185+40; 225+70
    expect(Array.from(p.km)).toEqual([0, 95, 185, 225, 295]);
  });

  it("finds the fastest paths from D by hand", () => {
    // D->C 30; D->B min(30+60, 120) = 90 via C (130 km, not the 140 km direct III road); D->A 150; D->E 60
    const p = shortestPathsFrom(graph, "d");
    expect(Array.from(p.minutes)).toEqual([150, 90, 30, 0, 60]);
    expect(Array.from(p.km)).toEqual([225, 130, 40, 0, 70]);
    expect(routeKm(graph, "e", "a")).toBe(295);
    expect(routeMinutes(graph, "e", "a")).toBe(210);
  });

  it("runs a multi-source search from the nearer source", () => {
    // sources A (0 min) and E (10 min): B 60 from A; C = min(120, 10+60+30 = 100) from E; D 70 from E
    const p = shortestPaths(graph, [
      { node: 0, minutes: 0, km: 0 },
      { node: 4, minutes: 10, km: 5 },
    ]);
    expect(Array.from(p.minutes)).toEqual([0, 60, 100, 70, 10]);
    expect(Array.from(p.km)).toEqual([0, 95, 115, 75, 5]);
  });

  it("joins a point on a road at that point of the edge, then along the edge to both ends", () => {
    // P at 46.25° N lies on C-D (40 km II, 30 min; halfway) and on the B-D III road (140 km, 120 min; 3/4 from B)
    const legs = new Map(accessLegs(graph, { lat: 46.25, lng: 70 }).map((l) => [graph.slugs[l.node], l]));
    expect([...legs.keys()].sort()).toEqual(["b", "c", "d"]);
    expect(legs.get("c")!.minutes).toBeCloseTo(15, 9);
    expect(legs.get("c")!.km).toBeCloseTo(20, 9);
    expect(legs.get("d")!.minutes).toBeCloseTo(15, 9); // via C-D, not the slower 30 min of B-D
    expect(legs.get("b")!.minutes).toBeCloseTo(90, 9);
    expect(legs.get("b")!.km).toBeCloseTo(105, 9);
  });

  it("adds an access leg at 50 km/h x 1.3 from a point beside the road to the nearest point on the edge", () => {
    const beside = { lat: 46.25, lng: 70.05 };
    const gc = greatCircleKm(46.25, 70.05, 46.25, 70); // ~3.85 km to its projection onto C-D
    const leg = ((gc * 1.3) / 50) * 60;
    const c = accessLegs(graph, beside).find((l) => graph.slugs[l.node] === "c")!;
    expect(c.minutes).toBeCloseTo(leg + 15, 6);
    expect(c.km).toBeCloseTo(gc * 1.3 + 20, 6);
    // a point far from every road (1° east of D, ~77 km) still joins the nearest edges, not a far node for free
    const far = accessLegs(graph, { lat: 46.5, lng: 71 });
    expect(Math.min(...far.map((l) => l.minutes))).toBeGreaterThan(((greatCircleKm(46.5, 71, 46.5, 70) * 1.3) / 50) * 60 - 1e-9);
    // a point pinned to a node joins exactly that node for free when it sits there, like any point when it does not
    expect(accessLegs(graph, { lat: 47.0, lng: 70, nodeSlug: "e" })).toEqual([{ node: 4, minutes: 0, km: 0 }]);
    expect(accessLegs(graph, { lat: 46.25, lng: 70, nodeSlug: "e" }).length).toBe(3);
  });

  it("builds the travel matrix from access legs and one search per site", () => {
    const demand = [
      { lat: 45.5, lng: 70, nodeSlug: "b" },
      { lat: 46.25, lng: 70 }, // P, off the graph
    ];
    const sites = [
      { lat: 45.0, lng: 70 }, // at A: access 0 (only A is within 5 km)
      { lat: 46.5, lng: 70 }, // at D
    ];
    const m = travelMatrix(graph, demand, sites);
    expect(m.demandCount).toBe(2);
    expect(m.siteCount).toBe(2);
    // B: 60 min to A-site, 90 min to D-site
    expect(m.minutes[0]).toBe(60);
    expect(m.minutes[1]).toBe(90);
    expect(m.km[1]).toBe(130);
    // P (on C-D, halfway) -> A-site: 15 min along the edge to C, then C -> A 120 min
    expect(m.minutes[2]).toBeCloseTo(15 + 120, 9);
    // P -> D-site: 15 min along the edge, faster than the direct local leg (27.8 km x 1.3 at 50 km/h = 43.4 min)
    expect(m.minutes[3]).toBeCloseTo(15, 9);
    expect(m.km[3]).toBeCloseTo(20, 9);
  });

  it("lets nearby off-graph points drive directly instead of via a node", () => {
    // two points 0.1° apart (11.1 km) midway between C and D: via nodes would cost two 20 km legs
    const m = travelMatrix(graph, [{ lat: 46.2, lng: 70 }], [{ lat: 46.3, lng: 70 }]);
    expect(m.km[0]).toBeCloseTo(0.1 * KM_PER_DEGREE * 1.3, 9);
  });
});

describe("graph construction errors", () => {
  it("names an unknown slug in the edge data", () => {
    expect(() => buildGraphFromEdges(GOLDEN_NODES, [...GOLDEN_EDGES, { from: "e", to: "zz", km: 5, category: "II" }])).toThrow(
      /unknown node "zz"/,
    );
  });
  it("rejects duplicate nodes and bad lengths", () => {
    expect(() => buildGraphFromEdges([...GOLDEN_NODES, GOLDEN_NODES[0]], GOLDEN_EDGES)).toThrow(/twice/);
    expect(() => buildGraphFromEdges(GOLDEN_NODES, [{ from: "a", to: "b", km: 0, category: "II" }])).toThrow(/invalid length/);
  });
  it("throws when a network city is missing from the caller's list", () => {
    const withoutAksu = TEST_CITIES.filter((c) => c.slug !== "aksu");
    expect(() => buildRoadGraph(withoutAksu)).toThrow(/unknown node "aksu"/);
  });
  it("rejects a city whose slug clashes with a junction", () => {
    expect(() => buildRoadGraph([...TEST_CITIES, { slug: "kurty", name: "x", lat: 44, lng: 76 }])).toThrow(/clashes/);
  });
});

describe("greatCircleKm", () => {
  it("equals turf distance exactly", () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 500; i++) {
      const a: [number, number] = [46 + rnd() * 41, 40 + rnd() * 15];
      const b: [number, number] = [46 + rnd() * 41, 40 + rnd() * 15];
      expect(greatCircleKm(a[1], a[0], b[1], b[0])).toBe(distance(a, b));
    }
  });
});
