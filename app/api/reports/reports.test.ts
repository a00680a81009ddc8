// The export routes end to end (query string -> zod -> db -> lib -> Response), on an in-memory database.
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as coverageGET } from "../coverage/route";
import { GET as csvGET } from "./coverage.csv/route";
import { GET as geojsonGET } from "./coverage.geojson/route";
import { tokenFor } from "../_tests/helpers";

const QS = "brand=great-wall&mode=road&threshold=120&includePlanned=true&year=2025";
// a viewer's API token: reading and exporting is what a viewer may do
const get = (handler: (r: Request) => Promise<Response>, path: string, qs: string) =>
  handler(new Request(`http://localhost${path}?${qs}`, { headers: { authorization: `Bearer ${tokenFor("10.30.0.1", "viewer")}` } }));

describe("report exports", () => {
  beforeAll(() => {
    // getDb() reads this on first use: a fresh, migrated and seeded database per test run
    process.env.DATABASE_PATH = ":memory:";
  });

  it("CSV: BOM, one header row and one row per city (a clean table), totals equal /api/coverage's", async () => {
    const res = await get(csvGET, "/api/reports/coverage.csv", QS);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="coverage-great-wall-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await res.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const text = (await res.text()).replace(/^\uFEFF/, "");
    expect(text.startsWith("city,city_ru,region,")).toBe(true);
    expect(text).not.toMatch(/^#|\r\n\r\n|\r\nTotal,/m);
    const rows = Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;
    expect(res.headers.get("link")).toContain("/api/reports/coverage.geojson?");
    const api = await (await get(coverageGET, "/api/coverage", QS)).json();
    expect(rows).toHaveLength(api.cities.length);
    expect(rows.reduce((s, r) => s + Number(r.vehicles), 0)).toBe(api.totals.vehicles);
    expect(rows.filter((r) => r.covered === "yes").reduce((s, r) => s + Number(r.vehicles), 0)).toBe(api.totals.coveredVehicles);
    expect(rows.find((r) => r.city === "Almaty")?.city_ru).toBe("Алматы");
  });

  it("CSV and GeoJSON in the reader's language: English field names, place and region names in Chinese (Russian where the data has no Chinese)", async () => {
    const inZh = (handler: (r: Request) => Promise<Response>, path: string) =>
      handler(new Request(`http://localhost${path}?${QS}`, { headers: { authorization: `Bearer ${tokenFor("10.30.0.2", "viewer")}`, "accept-language": "zh-CN,zh;q=0.9" } }));
    const text = (await (await inZh(csvGET, "/api/reports/coverage.csv")).text()).replace(/^\uFEFF/, "");
    expect(text.startsWith("city,city_ru,region,")).toBe(true);
    const rows = Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;
    const almaty = rows.find((r) => r.city_ru === "Алматы")!;
    expect(almaty.city).toBe("阿拉木图");
    expect(almaty.region).toMatch(/[\u4e00-\u9fff]/);
    expect(almaty.covered).toBe("yes");
    const geo = await (await inZh(geojsonGET, "/api/reports/coverage.geojson")).json();
    const feature = geo.features.find((f: { id: string }) => f.id === "almaty");
    expect(feature.properties).toMatchObject({ name: "阿拉木图", name_ru: "Алматы" });
    expect(Object.keys(feature.properties)).toContain("share_of_park");
  });

  it("CSV with sep=; writes semicolons and decimal commas for a Russian-locale spreadsheet", async () => {
    const text = (await (await get(csvGET, "/api/reports/coverage.csv", `${QS}&sep=;`)).text()).replace(/^\uFEFF/, "");
    const rows = Papa.parse<Record<string, string>>(text.trim(), { header: true, delimiter: ";" }).data;
    expect(text.split("\r\n")[0]).toBe("city;city_ru;region;vehicles;nearest_site;travel;unit;covered;uncovered_vehicles;share_of_park;sales_potential;sales_captured;sales_share");
    expect(rows.some((r) => /^\d+,\d+$/.test(r.share_of_park))).toBe(true);
    expect(rows.every((r) => !r.travel.includes("."))).toBe(true);
    const same = await (await get(csvGET, "/api/reports/coverage.csv", `${QS}&delimiter=semicolon`)).text();
    expect(same.replace(/^\uFEFF/, "")).toBe(text);
    expect((await get(csvGET, "/api/reports/coverage.csv", `${QS}&sep=tab`)).status).toBe(400);
  });

  it("GeoJSON: city points and the parameters, same totals as /api/coverage", async () => {
    const res = await get(geojsonGET, "/api/reports/coverage.geojson", QS);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/geo+json");
    expect(res.headers.get("content-disposition")).toMatch(/filename="coverage-great-wall-.*\.geojson"/);
    const fc = await res.json();
    const api = await (await get(coverageGET, "/api/coverage", QS)).json();
    expect(fc.features).toHaveLength(api.cities.length);
    expect(fc.metadata.totals).toEqual(api.totals);
    expect(fc.metadata.parameters).toMatchObject({ brand: "great-wall", year: 2025, include_planned: true, threshold: 120 });
  });

  it("a bad parameter answers 400 naming it; an unknown brand 404", async () => {
    for (const [qs, field] of [
      ["brand=great-wall&threshold=-3", "threshold"],
      ["brand=great-wall&mode=teleport", "mode"],
      ["brand=great-wall&until=2025Q3", "until"],
      ["brand=great-wall&vehiclesPerBay=abc", "vehiclesPerBay"],
      ["brand=great-wall&year=1999", "year"],
      ["mode=road", "brand"],
    ]) {
      for (const [handler, path] of [[csvGET, "/api/reports/coverage.csv"], [geojsonGET, "/api/reports/coverage.geojson"]] as const) {
        const res = await get(handler, path, qs);
        expect(res.status, `${path}?${qs}`).toBe(400);
        const body = await res.json();
        expect(body.error.code).toBe("invalid_field");
        expect(Object.keys(body.error.fields)).toContain(field);
        expect(body.error.message).toContain(field);
      }
    }
    const res = await get(csvGET, "/api/reports/coverage.csv", "brand=zaz");
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatchObject({ code: "not_found", message: expect.stringContaining("zaz") });
  });
});
