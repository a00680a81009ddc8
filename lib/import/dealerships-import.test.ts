import { describe, expect, it } from "vitest";
import { parseDealershipsCsv, parseDealershipsGeoJson } from "./dealerships-import";
import { TEST_REFS } from "./test-refs";

const HEADER = "brand,name,city,lat,lng,status,service_bays,planned_quarter,opened_on,sales,service,parts";

function csvIssues(text: string) {
  const r = parseDealershipsCsv(text, TEST_REFS);
  if (r.ok) throw new Error("expected problems");
  return r.issues;
}

describe("dealership CSV import", () => {
  it("reads good rows: brand by name, city by Russian name, flags and statuses in several spellings", () => {
    const r = parseDealershipsCsv(
      `\uFEFF${HEADER}\r\nHaval,Haval Almaty North,Алматы,43.3,76.9,open,8,,2024-05-01,yes,yes,no\r\n` +
        `tank,Tank Astana,astana,51.15,71.4,Under construction,4,2026-Q1,,,,\r\n`,
      TEST_REFS,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rows[0]).toMatchObject({ line: 2, cityName: "Almaty", input: { brand: "haval", city: "almaty", status: "open", serviceBays: 8, parts: false, openedOn: "2024-05-01" } });
    expect(r.rows[1]).toMatchObject({ line: 3, input: { status: "under_construction", plannedQuarter: "2026-Q1", sales: true, serviceBays: 4 } });
  });

  it("refuses a site outside Kazakhstan, an unknown brand, a planned site without a quarter, a bad flag", () => {
    const list = csvIssues(
      `${HEADER}\nHaval,Haval Bishkek,Almaty,42.87,74.57,open,4,,,,,\n` +
        `Lada,Lada Almaty,Almaty,43.2,76.9,open,4,,,,,\n` +
        `Haval,Haval Aktau,Aktau,43.65,51.2,planned,4,,,,,\n` +
        `Haval,Haval Taraz,Taraz,42.9,71.37,open,4,,,maybe,,\n` +
        `Haval,Haval Oral,Uralsk,51.2,51.37,closed,-2,,,,,\n`,
    );
    expect(list.map((i) => [i.line, i.field])).toEqual([
      [2, "lat"],
      [3, "brand"],
      [4, "plannedQuarter"],
      [5, "sales"],
      [6, "serviceBays"],
    ]);
    expect(list[0].message).toContain("inside Kazakhstan");
    expect(list[1].message).toContain('Unknown brand (it must exist in the planner) "Lada"');
  });

  it("refuses missing columns and a repeated site", () => {
    expect(csvIssues("brand,name,city\nHaval,X,Almaty\n")[0].message).toContain("lat, lng");
    const [dup] = csvIssues(`${HEADER}\nHaval,Haval A,Almaty,43.2,76.9,open,4,,,,,\nHaval,Haval A,Almaty,43.25,76.95,open,4,,,,,\n`);
    expect(dup).toMatchObject({ line: 3, field: "name" });
  });
});

describe("dealership GeoJSON import", () => {
  const feature = (coords: unknown, props: Record<string, unknown>) => ({ type: "Feature", geometry: { type: "Point", coordinates: coords }, properties: props });
  const fc = (...features: unknown[]) => JSON.stringify({ type: "FeatureCollection", features });

  it("reads points ([lng, lat]) with snake_case or camelCase properties", () => {
    const r = parseDealershipsGeoJson(
      fc(feature([76.9, 43.3], { brand: "haval", name: "Haval Almaty GeoJSON", city: "Almaty", status: "planned", planned_quarter: "2026-Q3", service_bays: 6 })),
      TEST_REFS,
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.rows[0]).toMatchObject({ feature: 1, input: { lat: 43.3, lng: 76.9, plannedQuarter: "2026-Q3", serviceBays: 6 } });
  });

  it("names the feature of each problem, and refuses what is not a FeatureCollection", () => {
    const r = parseDealershipsGeoJson(
      fc(feature([76.9, 43.3], { brand: "haval", name: "OK", city: "Almaty", status: "open" }), feature([74.57, 42.87], { brand: "haval", name: "Bishkek", city: "Almaty", status: "open" }), { type: "Feature", geometry: null }),
      TEST_REFS,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => [i.feature, i.field])).toEqual([[2, "lat"], [3, "geometry"]]);
    for (const bad of ["", "{not json", '{"type":"Feature"}', fc()]) {
      const x = parseDealershipsGeoJson(bad, TEST_REFS);
      expect(x.ok).toBe(false);
      if (!x.ok) expect(x.fileError).toBe(true);
    }
  });
});
