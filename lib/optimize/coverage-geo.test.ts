import { describe, expect, it } from "vitest";
import { coverageFromCosts } from "./coverage";
import { haversineKm, pointDistance, sparseCoverageFromCoordinates, type Metric } from "./coverage-geo";
import { mulberry32 } from "../random";

function denseReference(dx: number[], dy: number[], cx: number[], cy: number[], threshold: number, metric: Metric) {
  const costs = new Float64Array(dx.length * cx.length);
  for (let i = 0; i < dx.length; i++) for (let j = 0; j < cx.length; j++) costs[i * cx.length + j] = pointDistance(metric, dx[i], dy[i], cx[j], cy[j]);
  return coverageFromCosts(costs, dx.length, cx.length, threshold);
}

describe("sparseCoverageFromCoordinates", () => {
  it("matches a dense haversine scan over Kazakhstan-sized extents", () => {
    const rng = mulberry32(7);
    const lng = (k: number) => Array.from({ length: k }, () => 46.5 + 41 * rng());
    const lat = (k: number) => Array.from({ length: k }, () => 40.5 + 15 * rng());
    const dx = lng(800);
    const dy = lat(800);
    const cx = lng(40);
    const cy = lat(40);
    for (const km of [0, 50, 200, 600]) {
      const sparse = sparseCoverageFromCoordinates({ x: dx, y: dy }, { x: cx, y: cy }, km, "haversine-km");
      const dense = denseReference(dx, dy, cx, cy, km, "haversine-km");
      expect(Array.from(sparse.start)).toEqual(Array.from(dense.start));
      expect(Array.from(sparse.demand)).toEqual(Array.from(dense.demand));
    }
  });

  it("matches a dense euclidean scan", () => {
    const rng = mulberry32(9);
    const pts = (k: number) => Array.from({ length: k }, () => 1000 * rng());
    const [dx, dy, cx, cy] = [pts(500), pts(500), pts(30), pts(30)];
    const sparse = sparseCoverageFromCoordinates({ x: dx, y: dy }, { x: cx, y: cy }, 120, "euclidean");
    const dense = denseReference(dx, dy, cx, cy, 120, "euclidean");
    expect(Array.from(sparse.demand)).toEqual(Array.from(dense.demand));
  });

  it("finds points across the antimeridian and near the pole", () => {
    const demand = { x: [179.9, -179.9, 10], y: [0, 0, 89.9] };
    const cands = { x: [-179.95, -170], y: [0, 89.95] };
    const cov = sparseCoverageFromCoordinates(demand, cands, 30, "haversine-km");
    expect(Array.from(cov.demand.subarray(cov.start[0], cov.start[1]))).toEqual([0, 1]);
    expect(Array.from(cov.demand.subarray(cov.start[1], cov.start[2]))).toEqual([2]);
  });

  it("handles an empty demand set", () => {
    const cov = sparseCoverageFromCoordinates({ x: [], y: [] }, { x: [1], y: [1] }, 10, "euclidean");
    expect(Array.from(cov.start)).toEqual([0, 0]);
  });

  it("haversine: one degree of latitude is ~111.2 km", () => {
    expect(haversineKm(50, 70, 51, 70)).toBeCloseTo(111.19, 1);
  });
});
