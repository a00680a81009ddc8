// Issue 16: the registry's exports keep English field names while place names follow the language.
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as dealershipsCsv } from "./dealerships.csv/route";
import { GET as dealershipsGeojson } from "./dealerships.geojson/route";
import { GET as parkCsv } from "./vehicle-park.csv/route";
import { tokenFor } from "../_tests/helpers";

const get = (handler: (r: Request) => Promise<Response>, path: string, headers: Record<string, string> = {}) =>
  handler(new Request(`http://localhost${path}`, { headers: { authorization: `Bearer ${tokenFor("10.31.0.1", "viewer")}`, ...headers } }));
const rowsOf = async (res: Response, delimiter = ",") =>
  Papa.parse<Record<string, string>>((await res.text()).replace(/^\uFEFF/, "").trim(), { header: true, delimiter }).data;

describe("exports in the reader's language", () => {
  beforeAll(() => {
    process.env.DATABASE_PATH = ":memory:";
  });

  it("dealerships CSV: English headers, city and region names in the cookie's language, ; on request", async () => {
    const en = await rowsOf(await get(dealershipsCsv, "/api/export/dealerships.csv?city=almaty&brand=byd"));
    expect(en[0]).toMatchObject({ city: "almaty", city_name: "Almaty", region: "Almaty" });
    const zh = await get(dealershipsCsv, "/api/export/dealerships.csv?city=almaty&brand=byd&sep=;", { cookie: "NEXT_LOCALE=zh" });
    const text = (await zh.clone().text()).replace(/^\uFEFF/, "");
    expect(text.split("\r\n")[0]).toBe("id;brand;brand_name;manufacturer;name;city;city_name;region;lat;lng;address;status;sales;service;parts;service_bays;opened_on;planned_quarter;notes;source;updated_at");
    expect((await rowsOf(zh, ";"))[0]).toMatchObject({ city: "almaty", city_name: "阿拉木图", region: "阿拉木图市", brand_name: "BYD" });
    expect((await get(dealershipsCsv, "/api/export/dealerships.csv?sep=tab")).status).toBe(400);
  });

  it("GeoJSON and the vehicle park follow Accept-Language too", async () => {
    const geo = await (await get(dealershipsGeojson, "/api/export/dealerships.geojson?city=karaganda", { "accept-language": "ru-RU" })).json();
    expect(geo.features[0].properties).toMatchObject({ city_name: "Караганда", region: "Карагандинская область" });
    const park = await rowsOf(await get(parkCsv, "/api/export/vehicle-park.csv?year=2025&brand=haval", { "accept-language": "kk" }));
    expect(park.find((r) => r.city === "shymkent")).toMatchObject({ city_ru: "Шымкент", region: "Шымкент" });
    expect(park.find((r) => r.city === "aktobe")?.region).toBe("Ақтөбе облысы");
  });
});
