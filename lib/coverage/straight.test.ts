import { featureCollection, nearestPoint, point } from "@turf/turf";
import { describe, expect, it } from "vitest";
import { computeCoverage } from "./compute";
import { buildPointIndex, nearestInIndex, nearestSitesPerPoint } from "./nearest";
import { nearestSitesStraight } from "./nearest-bulk";
import { mulberry32 } from "@/lib/random";
import { randomPointsInKazakhstan, syntheticDemand, syntheticSites } from "./synthetic";

describe("straight-line nearest site via kdbush + geokdbush", () => {
  it("matches a brute-force turf nearestPoint scan exactly, ties included", () => {
    const rnd = mulberry32(42);
    const sites = randomPointsInKazakhstan(80, rnd);
    // force exact ties: duplicated sites (the lower index must win) and demand sitting on sites
    sites.push({ ...sites[3] }, { ...sites[10] });
    sites.splice(20, 0, { ...sites[40] });
    const demand = [...randomPointsInKazakhstan(600, rnd), sites[3], sites[40], { lat: sites[5].lat, lng: sites[5].lng }];
    // a point exactly midway in latitude between two sites on one meridian is an exact tie too
    sites.push({ lat: 48, lng: 70 }, { lat: 49, lng: 70 });
    demand.push({ lat: 48.5, lng: 70 });

    const fc = featureCollection(sites.map((s) => point([s.lng, s.lat])));
    const batched = nearestSitesStraight(demand, sites);
    const perPoint = nearestSitesPerPoint(demand, sites);
    demand.forEach((d, i) => {
      const brute = nearestPoint(point([d.lng, d.lat]), fc);
      for (const fast of [batched, perPoint]) {
        expect(fast.site[i], `demand ${i}`).toBe(brute.properties.featureIndex);
        expect(fast.km[i]).toBe(brute.properties.distanceToPoint);
      }
    });
    expect(batched.site[demand.length - 1]).toBe(sites.length - 2); // the midway tie goes to the lower index
  });

  it("returns -1 for an empty index", () => {
    expect(nearestInIndex(buildPointIndex([]), 45, 70)).toEqual({ index: -1, km: Infinity });
    expect(Array.from(nearestSitesStraight([{ lat: 45, lng: 70 }], []).site)).toEqual([-1]);
  });

  it("handles clustered, collinear and duplicate demand (degenerate grids)", () => {
    const rnd = mulberry32(9);
    const sites = randomPointsInKazakhstan(50, rnd);
    const fc = featureCollection(sites.map((s) => point([s.lng, s.lat])));
    const meridian = Array.from({ length: 100 }, (_, i) => ({ lat: 42 + i * 0.12, lng: 68.5 }));
    const same = Array.from({ length: 30 }, () => ({ lat: 48.1, lng: 66.6 }));
    const cluster = Array.from({ length: 200 }, () => ({ lat: 43.2 + rnd() * 1e-4, lng: 76.9 + rnd() * 1e-4 }));
    for (const demand of [meridian, same, cluster, [...meridian, ...cluster]]) {
      const fast = nearestSitesStraight(demand, sites);
      demand.forEach((d, i) => {
        const brute = nearestPoint(point([d.lng, d.lat]), fc);
        expect(fast.site[i]).toBe(brute.properties.featureIndex);
        expect(fast.km[i]).toBe(brute.properties.distanceToPoint);
      });
    }
  });

  it("gives the same coverage rows as a brute-force scan over synthetic data", () => {
    const demand = syntheticDemand(300, 5);
    const sites = syntheticSites(30, 6);
    const r = computeCoverage({ demand, sites, mode: "straight", threshold: 150 });
    const fc = featureCollection(sites.map((s) => point([s.lng, s.lat])));
    r.cities.forEach((row, i) => {
      const brute = nearestPoint(point([demand[i].lng, demand[i].lat]), fc);
      expect(row.nearestSiteId).toBe(sites[brute.properties.featureIndex].id);
      expect(row.travel).toBe(brute.properties.distanceToPoint);
      expect(row.covered).toBe(brute.properties.distanceToPoint <= 150);
    });
  });
});
