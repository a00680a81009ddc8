import { describe, expect, it } from "vitest";
import { listCities } from "@/db/queries/cities";
import { getCoverageReport } from "@/db/queries/coverage";
import { createTestDb } from "@/db/test-db";
import { coverageGeoJson } from "@/lib/report/geojson";
import { reportQuery } from "./test-support";

describe("coverage GeoJSON", () => {
  const db = createTestDb();
  const cities = listCities(db);
  const report = getCoverageReport(db, reportQuery({ mode: "straight", threshold: "150" }));
  const fc = coverageGeoJson(report, { namesRu: new Map(cities.map((c) => [c.slug, c.nameRu])), generatedOn: "2025-07-14" });

  it("has one point per city at [lng, lat] with its coverage", () => {
    expect(fc.type).toBe("FeatureCollection");
    // one point per demand point of the country model (was one per city of the 41-city model)
    expect(fc.features).toHaveLength(report.inputs.demand.length);
    expect(new Set(fc.features.map((f) => f.properties.id)).size).toBe(report.inputs.demand.length);
    const almaty = fc.features.find((f) => f.properties.id === "almaty")!;
    const seeded = cities.find((c) => c.slug === "almaty")!;
    expect(almaty.geometry.coordinates).toEqual([seeded.lng, seeded.lat]);
    expect(almaty.properties).toMatchObject({ name: "Almaty", name_ru: "Алматы", unit: "km" });
    expect(fc.features.reduce((s, f) => s + (f.properties.covered ? f.properties.vehicles : 0), 0)).toBe(report.coverage.totals.coveredVehicles);
  });

  it("carries the parameters and totals in a top-level metadata member and survives JSON", () => {
    const parsed = JSON.parse(JSON.stringify(fc));
    expect(parsed.metadata.parameters).toMatchObject({ brand: "great-wall", mode: "straight", threshold: 150, unit: "km", include_planned: false });
    expect(parsed.metadata.totals).toEqual(report.coverage.totals);
  });
});
