import { describe, expect, it } from "vitest";
import { OptimizeInputError } from "./errors";
import { formatPath, parseInstanceFile, parseInstanceText } from "./instance-schema";

const costsFile = () => ({
  objective: "mclp",
  p: 1,
  threshold: 30,
  demand: [
    { id: "a", weight: 10 },
    { id: "b", weight: 5 },
  ],
  candidates: [{ id: "x", fixed: true, group: "north" }, { id: "y" }],
  costs: [
    [10, 40],
    [null, 20],
  ],
});

function fieldOf(json: unknown): string {
  try {
    parseInstanceFile(json);
  } catch (e) {
    expect(e).toBeInstanceOf(OptimizeInputError);
    return (e as OptimizeInputError).field;
  }
  throw new Error("expected a validation error");
}

describe("parseInstanceFile", () => {
  it("builds the dense instance from a costs matrix (null = unreachable) and keeps file parameters", () => {
    const { instance, options, metric } = parseInstanceFile(costsFile());
    expect(Array.from(instance.costs)).toEqual([10, 40, Infinity, 20]);
    expect(instance.fixed).toEqual([true, false]);
    expect(options).toMatchObject({ objective: "mclp", p: 1, threshold: 30, candidateGroups: ["north", ""] });
    expect(metric).toBeNull();
  });

  it("computes haversine km from lat/lng (Almaty–Astana ≈ 970 km)", () => {
    const { instance } = parseInstanceFile({
      metric: "haversine-km",
      demand: [{ id: "almaty", weight: 1, lat: 43.2567, lng: 76.9286 }],
      candidates: [{ id: "astana", lat: 51.1801, lng: 71.446 }],
    });
    expect(instance.costs[0]).toBeGreaterThan(950);
    expect(instance.costs[0]).toBeLessThan(990);
  });

  it("computes euclidean distances from x/y", () => {
    const { instance } = parseInstanceFile({ metric: "euclidean", demand: [{ id: "d", weight: 1, x: 0, y: 0 }], candidates: [{ id: "c", x: 3, y: 4 }] });
    expect(instance.costs[0]).toBe(5);
  });

  it("names the offending path", () => {
    const f = costsFile();
    expect(fieldOf({ ...f, demand: [f.demand[0], { id: "b", weight: -1 }] })).toBe("demand[1].weight");
    expect(fieldOf({ ...f, demand: [f.demand[0], { id: "b", weight: "5" }] })).toBe("demand[1].weight");
    expect(fieldOf({ ...f, candidates: [{ id: "x" }, { id: "x" }] })).toBe("candidates[1].id");
    expect(fieldOf({ ...f, costs: [[1, 2]] })).toBe("costs");
    expect(fieldOf({ ...f, costs: [[1, 2], [3]] })).toBe("costs[1]");
    expect(fieldOf({ ...f, costs: [[1, -2], [3, 4]] })).toBe("costs[0][1]");
    expect(fieldOf({ ...f, objective: "cover" })).toBe("objective");
    expect(fieldOf({ ...f, p: 1.5 })).toBe("p");
    expect(fieldOf({ ...f, target: 0 })).toBe("target");
    expect(fieldOf({ ...f, costs: undefined })).toBe("costs");
    expect(fieldOf({ ...f, costs: undefined, metric: "haversine-km" })).toBe("demand[0].lat");
    expect(fieldOf({ ...f, metric: "euclidean" })).toBe("metric");
    expect(fieldOf({ ...f, demand: [] })).toBe("demand");
    expect(fieldOf({ ...f, candidates: [{ id: "x" }, { id: "y" }], maxPerGroup: 1 })).toBe("maxPerGroup");
    expect(fieldOf([])).toBe("file");
  });

  it("gives the exact message for a negative weight", () => {
    const f = costsFile();
    expect(() => parseInstanceFile({ ...f, demand: [f.demand[0], f.demand[1], { id: "c", weight: -3 }, { id: "d", weight: -1 }] })).toThrow(
      "demand[2].weight: expected a non-negative number",
    );
  });

  it("rejects text that is not JSON", () => {
    expect(() => parseInstanceText("{ nope")).toThrow(/^file: not valid JSON/);
  });

  it("formats zod paths", () => {
    expect(formatPath(["demand", 3, "weight"])).toBe("demand[3].weight");
    expect(formatPath(["costs", 0, 1])).toBe("costs[0][1]");
    expect(formatPath([])).toBe("file");
  });
});
