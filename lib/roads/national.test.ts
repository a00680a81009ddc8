import { booleanIntersects, lineString, polygon } from "@turf/turf";
import { describe, expect, it } from "vitest";
import { isInKazakhstan } from "@/lib/geo/kazakhstan";
import { routeQuerySchema } from "@/lib/validation/route-query";
import { routeKm, shortestPathsFrom } from "./dijkstra";
import { DISTRICT_ROAD_EDGES, DISTRICT_ROAD_NODES } from "./district-roads";
import { greatCircleKm } from "./great-circle";
import { NATIONAL_ROAD_EDGES, ROAD_NODES, nationalRoadGraph } from "./national";
import { SOURCED_ROUTES } from "./network-data";
import { routeBetween } from "./route";

const graph = nationalRoadGraph();
const at = new Map(ROAD_NODES.map((n) => [n.slug, n]));

describe("the national road network (highways + regional roads to district centres)", () => {
  it("is data of its own: nodes with coordinates, edges with km, class and source", () => {
    expect(graph.nodeCount).toBe(ROAD_NODES.length);
    expect(graph.edgeCount).toBe(NATIONAL_ROAD_EDGES.length);
    expect(DISTRICT_ROAD_NODES.length).toBeGreaterThan(50);
    for (const e of DISTRICT_ROAD_EDGES) {
      const a = at.get(e.from)!;
      const b = at.get(e.to)!;
      // labelled estimates: great-circle x 1.2, as the note says
      expect(e.source).toBe("ESTIMATE");
      expect(Math.abs(e.km - greatCircleKm(a.lat, a.lng, b.lat, b.lng) * 1.2)).toBeLessThanOrEqual(0.5);
    }
  });

  it.each(SOURCED_ROUTES.map((r) => [r.from, r.to, r.km] as const))("keeps %s -> %s within 10 percent of %d km", (from, to, km) => {
    expect(Math.abs(routeKm(graph, from, to) - km) / km).toBeLessThanOrEqual(0.1);
  });

  it("reaches every node from Almaty, and no regional road crosses Lake Balkhash or leaves Kazakhstan", () => {
    const p = shortestPathsFrom(graph, "almaty");
    for (let i = 0; i < graph.nodeCount; i++) expect(Number.isFinite(p.minutes[i]), graph.slugs[i]).toBe(true);
    const lake = polygon([[[73.85, 46.2], [75.6, 46.55], [78.9, 46.7], [78.9, 46.6], [76.5, 46.25], [73.85, 46.1], [73.85, 46.2]]]);
    for (const e of DISTRICT_ROAD_EDGES) {
      const a = at.get(e.from)!;
      const b = at.get(e.to)!;
      expect(booleanIntersects(lineString([[a.lng, a.lat], [b.lng, b.lat]]), lake), `${e.from}-${e.to}`).toBe(false);
      expect(isInKazakhstan((a.lat + b.lat) / 2, (a.lng + b.lng) / 2), `${e.from}-${e.to}`).toBe(true);
    }
  });
});

describe("routeBetween", () => {
  it("drives Almaty -> Astana along the highways with the access legs at both ends", () => {
    const r = routeBetween(graph, { lat: 43.25667, lng: 76.92861 }, { lat: 51.1801, lng: 71.44598 })!;
    expect(r.km).toBeCloseTo(1226, 0);
    expect(r.minutes).toBeGreaterThan(700);
    const coords = r.geometry.coordinates;
    expect(coords[0]).toEqual([76.92861, 43.25667]);
    expect(coords.at(-1)).toEqual([71.44598, 51.1801]);
    expect(coords.some(([lng, lat]) => lng === at.get("balkhash")!.lng && lat === at.get("balkhash")!.lat)).toBe(true);
  });

  it("leaves a highway mid-edge: a point beside the road joins at its projection, not at a far node", () => {
    // halfway between Karaganda and Balkhash (363 km of M-36), 2 km off the straight line
    const k = at.get("karaganda")!;
    const b = at.get("balkhash")!;
    const mid = { lat: (k.lat + b.lat) / 2, lng: (k.lng + b.lng) / 2 + 0.025 };
    const r = routeBetween(graph, mid, { lat: k.lat, lng: k.lng })!;
    expect(r.km).toBeGreaterThan(363 / 2 - 10);
    expect(r.km).toBeLessThan(363 / 2 + 10);
    expect(r.geometry.coordinates.length).toBeGreaterThanOrEqual(3);
  });

  it("is never slower than the direct local drive for short trips", () => {
    const from = { lat: 43.25, lng: 76.9 };
    const to = { lat: 43.3, lng: 76.95 };
    const direct = ((greatCircleKm(from.lat, from.lng, to.lat, to.lng) * 1.3) / 50) * 60;
    const r = routeBetween(graph, from, to)!;
    expect(r.minutes).toBeLessThanOrEqual(direct + 1e-9);
    expect(r.geometry.coordinates[0]).toEqual([76.9, 43.25]);
    expect(r.geometry.coordinates.at(-1)).toEqual([76.95, 43.3]);
  });
});

describe("route query", () => {
  it("names the field with bad or outside-Kazakhstan coordinates", () => {
    const bad = (from: string, to: string) => {
      const r = routeQuerySchema.safeParse({ from, to });
      return r.success ? [] : r.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    };
    expect(bad("43.25,76.93", "51.18,71.45")).toEqual([]);
    expect(bad("55.75,37.62", "51.18,71.45")).toEqual(["from: from lies outside Kazakhstan"]);
    expect(bad("43.25,76.93", "abc")[0]).toMatch(/^to: to must be lat,lng/);
    expect(bad("43.25,76.93", "95,76")[0]).toMatch(/^to: to is not a valid coordinate/);
  });
});
