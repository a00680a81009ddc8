import { booleanIntersects, lineString, polygon } from "@turf/turf";
import { describe, expect, it } from "vitest";
import { isInKazakhstan } from "@/lib/geo/kazakhstan";
import { ESTIMATE_DETOUR_FACTOR } from "./assumptions";
import { routeKm, shortestPathsFrom } from "./dijkstra";
import { buildRoadGraph } from "./graph";
import { greatCircleKm } from "./great-circle";
import { CITY_SLUGS, JUNCTIONS, ROAD_EDGES, SOURCED_ROUTES } from "./network-data";
import { TEST_CITIES } from "./test-cities";

const graph = buildRoadGraph(TEST_CITIES);
const coords = new Map<string, { lat: number; lng: number }>();
for (const c of TEST_CITIES) coords.set(c.slug, c);
for (const j of JUNCTIONS) coords.set(j.slug, j);
const gcOf = (a: string, b: string) => {
  const p = coords.get(a)!;
  const q = coords.get(b)!;
  return greatCircleKm(p.lat, p.lng, q.lat, q.lng);
};

describe("Kazakhstan road network data", () => {
  it("has the 41 planner cities in the fixture and in the graph", () => {
    expect(CITY_SLUGS).toHaveLength(41);
    expect(TEST_CITIES.map((c) => c.slug).sort()).toEqual([...CITY_SLUGS].sort());
    for (const slug of CITY_SLUGS) expect(graph.nodeIndex.has(slug)).toBe(true);
    expect(graph.nodeCount).toBe(41 + JUNCTIONS.length);
  });

  it("places every junction inside Kazakhstan", () => {
    for (const j of JUNCTIONS) expect(isInKazakhstan(j.lat, j.lng), j.slug).toBe(true);
  });

  it("has no duplicate links and no road shorter than the straight line", () => {
    const seen = new Set<string>();
    for (const e of ROAD_EDGES) {
      const key = [e.from, e.to].sort().join("|");
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
      expect(e.km, `${e.from}-${e.to}`).toBeGreaterThanOrEqual(gcOf(e.from, e.to));
    }
  });

  it("computes 'great-circle × 1.2' estimates as their notes say", () => {
    for (const e of ROAD_EDGES.filter((x) => /^great-circle [\d.]+ km × 1\.2/.test(x.note))) {
      const gc = gcOf(e.from, e.to);
      expect(Number(/great-circle ([\d.]+)/.exec(e.note)![1]), e.note).toBeCloseTo(gc, 0);
      expect(Math.abs(e.km - gc * ESTIMATE_DETOUR_FACTOR), `${e.from}-${e.to}`).toBeLessThanOrEqual(0.5);
    }
  });

  it("splits sourced totals so the chains add up", () => {
    const km = (a: string, b: string) =>
      ROAD_EDGES.find((e) => (e.from === a && e.to === b) || (e.from === b && e.to === a))!.km;
    const chain = (...s: string[]) => s.slice(1).reduce((sum, b, i) => sum + km(s[i], b), 0);
    expect(chain("almaty", "konaev", "kurty", "burylbaital", "sary-shagan", "balkhash", "karaganda", "temirtau", "astana")).toBe(1226);
    expect(chain("taldykorgan", "usharal", "ayagoz", "kalbatau", "ust-kamenogorsk")).toBe(768);
    expect(chain("shymkent", "turkistan", "kyzylorda", "aralsk", "irgiz", "karabutak", "aktobe")).toBe(1520);
    expect(chain("astana", "atbasar", "zhaksy", "kostanay")).toBe(725);
    expect(chain("almaty", "zharkent", "khorgos-icbc")).toBe(361);
    expect(chain("taldykorgan", "sary-ozek", "zharkent", "khorgos-icbc")).toBe(321);
    expect(chain("merke", "shu", "burylbaital")).toBe(262);
    expect(chain("almaty", "kaskelen", "kordai", "merke", "taraz", "shymkent")).toBe(690);
  });

  it("never crosses Lake Balkhash", () => {
    // a conservative core of the lake (well inside both shores), [lng, lat]
    const lake = polygon([
      [
        [73.85, 46.2], [74.4, 46.4], [75.0, 46.55], [75.6, 46.55], [76.5, 46.35], [77.5, 46.45],
        [78.5, 46.65], [78.9, 46.7], [78.9, 46.6], [78.5, 46.55], [77.5, 46.35], [76.5, 46.25],
        [75.6, 46.4], [75.0, 46.35], [74.4, 46.15], [73.85, 46.1], [73.85, 46.2],
      ],
    ]);
    // positive control: the straight Almaty -> Balkhash line does cross the lake
    const ala = coords.get("almaty")!;
    const bal = coords.get("balkhash")!;
    expect(booleanIntersects(lineString([[ala.lng, ala.lat], [bal.lng, bal.lat]]), lake)).toBe(true);
    for (const e of ROAD_EDGES) {
      const a = coords.get(e.from)!;
      const b = coords.get(e.to)!;
      const line = lineString([[a.lng, a.lat], [b.lng, b.lat]]);
      expect(booleanIntersects(line, lake), `${e.from}-${e.to}`).toBe(false);
    }
  });
});

describe("routing over the real network", () => {
  it.each(SOURCED_ROUTES.map((r) => [r.from, r.to, r.km] as const))("%s -> %s is within 10%% of %d km", (from, to, km) => {
    const routed = routeKm(graph, from, to);
    expect(Math.abs(routed - km) / km).toBeLessThanOrEqual(0.1);
  });

  it("drives Almaty -> Astana around Lake Balkhash, far longer than the straight line", () => {
    const gc = gcOf("almaty", "astana"); // ~973 km
    expect(gc).toBeGreaterThan(960);
    expect(gc).toBeLessThan(985);
    const road = routeKm(graph, "almaty", "astana");
    expect(road - gc).toBeGreaterThanOrEqual(200);
    expect(road).toBe(1226);
  });

  it("reaches every node from Almaty in finite time", () => {
    const p = shortestPathsFrom(graph, "almaty");
    for (let i = 0; i < graph.nodeCount; i++) {
      expect(Number.isFinite(p.minutes[i]), graph.slugs[i]).toBe(true);
      expect(p.minutes[i]).toBeLessThan(60 * 60); // under 60 h even to Aktau
    }
  });

  it("is symmetric", () => {
    expect(routeKm(graph, "aktau", "ridder")).toBe(routeKm(graph, "ridder", "aktau"));
  });
});
