// GET /api/coverage?fields=: the parts asked for, picked from the same answer, and the map's two
// requests joined back into the rows of the full answer. In-process on an in-memory database.
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { setVehicleParkCell } from "@/db/queries/vehicle-park";
import { systemContext } from "@/lib/request-context";
import { MAP_DEMAND_FIELDS, MAP_QUERY_FIELDS, mapCoverageOf, type MapDemandAnswer, type MapQueryAnswer } from "@/lib/planning/coverage-columns";
import { makeRequest } from "../_tests/helpers";
import { GET } from "./route";

const MAP_QS = "brand=great-wall&mode=road&threshold=120&includePlanned=true&year=2025";

async function get(qs: string, headers: Record<string, string> = {}) {
  return GET(makeRequest({ path: `/api/coverage?${qs}`, headers, role: "viewer" }));
}
async function json<T = Record<string, unknown>>(qs: string): Promise<T> {
  const res = await get(qs);
  expect(res.status, await res.clone().text().then((t) => t.slice(0, 200))).toBe(200);
  return (await res.json()) as T;
}

describe("GET /api/coverage?fields=", () => {
  it("answers exactly the parts asked for, equal to the full answer's", async () => {
    const full = await json(`${MAP_QS}&inputs=true`);
    const some = await json(`${MAP_QS}&fields=totals,districtGaps,inputs.sites`);
    expect(Object.keys(some).sort()).toEqual(["districtGaps", "inputs", "totals"]);
    expect(Object.keys(some.inputs as object)).toEqual(["sites"]);
    expect(some.totals).toEqual(full.totals);
    expect(some.districtGaps).toEqual(full.districtGaps);
    expect((some.inputs as { sites: unknown }).sites).toEqual((full.inputs as { sites: unknown }).sites);
    // every part of the default answer can be asked for on its own
    for (const key of Object.keys(full).filter((k) => k !== "inputs")) {
      expect(await json(`${MAP_QS}&fields=${key}`), key).toEqual({ [key]: full[key] });
    }
  });

  it("the default answer is unchanged: no fields, no columns", async () => {
    const plain = await json(MAP_QS);
    expect(plain).toHaveProperty("cities");
    expect(plain).toHaveProperty("places");
    expect(plain).not.toHaveProperty("inputs");
    expect(plain).not.toHaveProperty("cityColumns");
  });

  it("the map's two answers are a fraction of the full one and rebuild its rows and figures exactly", async () => {
    for (const qs of [MAP_QS, "brand=chery&mode=straight&threshold=150&includePlanned=false&year=2025"]) {
      const fullRes = await get(`${qs}&inputs=true`);
      const fullBytes = (await fullRes.clone().arrayBuffer()).byteLength;
      const full = await fullRes.json();
      const answerRes = await get(`${qs}&fields=${MAP_QUERY_FIELDS.join(",")}`);
      const answerBytes = (await answerRes.clone().arrayBuffer()).byteLength;
      const answer = (await answerRes.json()) as MapQueryAnswer;
      // the demand points are asked with brand and year only, as the map does
      const year = new URLSearchParams(qs).get("year");
      const demand = await json<MapDemandAnswer>(`brand=${new URLSearchParams(qs).get("brand")}&year=${year}&fields=${MAP_DEMAND_FIELDS.join(",")}`);
      expect(answerBytes).toBeLessThan(fullBytes / 10);

      const map = mapCoverageOf(answer, demand);
      expect(map.cities).toEqual(full.cities);
      expect(map.inputs).toEqual(full.inputs);
      for (const key of ["brand", "mode", "unit", "threshold", "totals", "sites", "comparison"] as const) expect(map[key], key).toEqual(full[key]);
    }
  });

  it("refuses an unknown part with 400 naming fields", async () => {
    const res = await get(`${MAP_QS}&fields=totals,secrets`);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe("invalid_field");
    expect(body.error.fields.fields[0]).toContain('"secrets"');
    expect((await get(`${MAP_QS}&fields=`)).status).toBe(400);
  });

  it("the same parts in another order share one body and ETag; a matching If-None-Match gets 304", async () => {
    const a = await get(`${MAP_QS}&fields=totals,sites`);
    const b = await get(`${MAP_QS}&fields=sites,totals`);
    expect(b.headers.get("etag")).toBe(a.headers.get("etag"));
    expect(await b.text()).toBe(await a.text());
    const again = await get(`${MAP_QS}&fields=sites,totals`, { "if-none-match": a.headers.get("etag")! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("a write moves the data version: the cached bytes, ETag and demand tag change and hold the new figures", async () => {
    const qs = `brand=haval&mode=road&threshold=120&includePlanned=false&year=2025&fields=${MAP_QUERY_FIELDS.join(",")}`;
    const demandQs = `brand=haval&year=2025&fields=${MAP_DEMAND_FIELDS.join(",")}`;
    const before = await get(qs);
    const etag = before.headers.get("etag")!;
    const answer = (await before.json()) as MapQueryAnswer;
    const demand = await json<MapDemandAnswer>(demandQs);
    expect((await get(qs, { "if-none-match": etag })).status).toBe(304);

    const almaty = demand.inputs.demand.find((d) => d.id === "almaty")!;
    setVehicleParkCell(getDb(), systemContext("test"), { city: "almaty", brand: "haval", year: 2025, vehicles: almaty.vehicles + 1000 });

    const after = await get(qs, { "if-none-match": etag });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    const answerAfter = (await after.json()) as MapQueryAnswer;
    expect(answerAfter.totals.vehicles).toBe(answer.totals.vehicles + 1000);
    // the stale demand points no longer pair with the new answer; the new ones do
    expect(answerAfter.demandTag).not.toBe(answer.demandTag);
    expect(() => mapCoverageOf(answerAfter, demand)).toThrow(/different demandTags/);
    const demandAfter = await json<MapDemandAnswer>(demandQs);
    const map = mapCoverageOf(answerAfter, demandAfter);
    expect(map.cities.find((c) => c.id === "almaty")!.vehicles).toBe(almaty.vehicles + 1000);
    expect(map.cities.reduce((s, c) => s + c.vehicles, 0)).toBe(answerAfter.totals.vehicles);
  });
});
