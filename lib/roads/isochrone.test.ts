import { booleanPointInPolygon, area } from "@turf/turf";
import { describe, expect, it } from "vitest";
import { isochrone } from "./isochrone";
import { nationalRoadGraph } from "./national";

const graph = nationalRoadGraph();
const inside = (mp: ReturnType<typeof isochrone>, lat: number, lng: number) => booleanPointInPolygon([lng, lat], { type: "Feature", properties: {}, geometry: mp });

describe("drive-time areas over the road network", () => {
  const almaty = { lat: 43.25667, lng: 76.92861 };
  const two = isochrone(graph, almaty, 120);
  const four = isochrone(graph, almaty, 240);

  it("reaches along the highways, not in a circle", () => {
    expect(inside(two, almaty.lat, almaty.lng)).toBe(true);
    // Konaev (~76 km of I-a road) is within 2 h; Taldykorgan (265 km) is not, but within 4 h
    expect(inside(two, 43.867, 77.063)).toBe(true);
    expect(inside(two, 45.017, 78.373)).toBe(false);
    expect(inside(four, 45.017, 78.373)).toBe(true);
    // Balkhash is 200 km away in a straight line but ~800 km by road around the lake: not within 4 h
    expect(inside(four, 46.848, 74.995)).toBe(false);
    expect(area({ type: "Feature", properties: {}, geometry: four })).toBeGreaterThan(2 * area({ type: "Feature", properties: {}, geometry: two }));
  });

  it("is empty when the threshold reaches nothing", () => {
    expect(isochrone(graph, almaty, 0.001).coordinates).toEqual([]);
  });
});

describe("drive-time areas stay on land", () => {
  it("does not spill into the Caspian Sea off Aktau", () => {
    const aktau = isochrone(graph, { lat: 43.65, lng: 51.17 }, 120);
    expect(inside(aktau, 43.65, 51.3)).toBe(true); // inland, just east of the city
    expect(inside(aktau, 43.5, 50.6)).toBe(false); // ~50 km offshore
  });
});
