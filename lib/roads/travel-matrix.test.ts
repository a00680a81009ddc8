import { describe, expect, it } from "vitest";
import { accessLegs } from "./access";
import { accessMinutes, DIRECT_LEG_MAX_KM } from "./assumptions";
import { shortestPaths } from "./dijkstra";
import { buildRoadGraph } from "./graph";
import { greatCircleKm } from "./great-circle";
import { TEST_CITIES } from "./test-cities";
import { travelMatrix } from "./travel-matrix";

const graph = buildRoadGraph(TEST_CITIES);

describe("travelMatrix over the real network", () => {
  // a few off-graph points (dealerships in suburbs, a village), plus cities pinned to their nodes
  const offGraph = [
    { lat: 43.22, lng: 76.85 }, // Almaty west side
    { lat: 51.13, lng: 71.43 }, // Astana south
    { lat: 47.1, lng: 51.95 }, // Atyrau
    { lat: 49.9, lng: 73.2 }, // Karaganda
    { lat: 45.5, lng: 63.3 }, // near Baikonur, between nodes
  ];
  const demand = [...TEST_CITIES.map((c) => ({ lat: c.lat, lng: c.lng, nodeSlug: c.slug })), ...offGraph];
  const sites = [...offGraph, { lat: 42.35, lng: 69.6 }];
  const m = travelMatrix(graph, demand, sites);

  it("is demand-major with one cell per pair", () => {
    expect(m.minutes.length).toBe(demand.length * sites.length);
    expect(m.km.length).toBe(demand.length * sites.length);
  });

  it("equals a brute-force best over every demand leg × site search (or a direct local leg)", () => {
    demand.forEach((d, i) => {
      sites.forEach((s, j) => {
        const fromSite = shortestPaths(graph, accessLegs(graph, s));
        let best = Infinity;
        for (const leg of accessLegs(graph, d)) best = Math.min(best, leg.minutes + fromSite.minutes[leg.node]);
        const gc = greatCircleKm(d.lat, d.lng, s.lat, s.lng);
        if (gc <= DIRECT_LEG_MAX_KM) best = Math.min(best, accessMinutes(gc));
        expect(m.minutes[i * sites.length + j]).toBeCloseTo(best, 9);
      });
    });
  });

  it("never beats the straight line: road km >= great-circle km", () => {
    demand.forEach((d, i) => {
      sites.forEach((s, j) => {
        expect(m.km[i * sites.length + j]).toBeGreaterThanOrEqual(greatCircleKm(d.lat, d.lng, s.lat, s.lng) - 1e-9);
      });
    });
  });

  it("pins a city demand point to its node with zero access", () => {
    // site 0 is ~7.6 km south-west of central Almaty (~11.8 min at 1.3 × detour, 50 km/h): the Almaty node's time is just that site's access leg
    const almaty = 0;
    const leg = Math.min(...accessLegs(graph, sites[0]).filter((l) => graph.slugs[l.node] === "almaty").map((l) => l.minutes));
    expect(m.minutes[almaty * sites.length + 0]).toBeCloseTo(leg, 9);
    expect(m.minutes[almaty * sites.length + 0]).toBeLessThan(15);
  });
});
