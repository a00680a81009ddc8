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

  it("joins an off-graph point to its nearest nodes with a 1.3 detour at 50 km/h", () => {
    // P at 46.25° N is 0.25° (27.799 km) from both C and D; B at 0.75° is beyond 1.5 × 27.8 + 5 km
    const legs = accessLegs(graph, { lat: 46.25, lng: 70 });
    expect(legs.map((l) => graph.slugs[l.node]).sort()).toEqual(["c", "d"]);
    const gc = 0.25 * KM_PER_DEGREE;
    for (const leg of legs) {
      expect(leg.km).toBeCloseTo(gc * 1.3, 9); // 36.139 km
      expect(leg.minutes).toBeCloseTo(((gc * 1.3) / 50) * 60, 9); // 43.366 min
    }
    // a point pinned to a node joins exactly that node for free
    expect(accessLegs(graph, { lat: 0, lng: 0, nodeSlug: "e" })).toEqual([{ node: 4, minutes: 0, km: 0 }]);
  });

  it("builds the travel matrix from access legs and one search per site", () => {
    const leg = ((0.25 * KM_PER_DEGREE * 1.3) / 50) * 60; // 43.366 min
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
    // P -> A-site: min(leg to C + 120, leg to D + 150) = leg + 120
    expect(m.minutes[2]).toBeCloseTo(leg + 120, 9);
    // P -> D-site: leg to D + 0, equal to the direct local leg (27.8 km <= 50 km)
    expect(m.minutes[3]).toBeCloseTo(leg, 9);
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
