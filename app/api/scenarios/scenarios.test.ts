// The scenario routes end to end, in-process on a fresh in-memory database (see ../_tests/helpers).
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { listAudit } from "@/db/queries/audit";
import { JSON_SAME_ORIGIN, makeRequest } from "../_tests/helpers";
import { GET as coverageGET } from "../coverage/route";
import { GET as dealershipsGET, POST as dealershipsPOST } from "../dealerships/route";
import { PATCH as dealershipPATCH } from "../dealerships/[id]/route";
import { GET as listGET, POST as createPOST } from "./route";
import { DELETE as scenarioDELETE, GET as scenarioGET, PATCH as scenarioPATCH } from "./[id]/route";
import { POST as editPOST } from "./[id]/edits/route";
import { DELETE as editDELETE } from "./[id]/edits/[editId]/route";
import { POST as promotePOST } from "./[id]/promote/route";
import { GET as compareGET } from "./compare/route";
import { GET as compareCsvGET } from "./compare.csv/route";
import { POST as suggestionsPOST } from "../suggestions/route";

const QS = "brand=great-wall&mode=road&threshold=120&includePlanned=true";
let unique = 0;
const uniqueName = (base: string) => `${base} ${++unique}-${Date.now()}`;

type Params = { id: string; editId?: string };
const ctx = (params: Params) => ({ params: Promise.resolve(params) });
const json = (method: string, path: string, body?: unknown) =>
  makeRequest({ method, path, body: body === undefined ? null : JSON.stringify(body), headers: JSON_SAME_ORIGIN });

async function createScenario(body: Record<string, unknown> = {}) {
  const res = await createPOST(json("POST", "/api/scenarios", { name: uniqueName("Plan"), ...body }));
  expect(res.status).toBe(201);
  return (await res.json()) as { id: number; name: string };
}

async function addEdit(id: number, body: unknown) {
  return editPOST(json("POST", `/api/scenarios/${id}/edits`, body), ctx({ id: String(id) }));
}

async function coverage(qs: string) {
  const res = await coverageGET(makeRequest({ path: `/api/coverage?${qs}` }));
  expect(res.status).toBe(200);
  return res.json();
}

async function registry() {
  return (await (await dealershipsGET(makeRequest({ path: "/api/dealerships" }))).json()).dealerships as { id: number; name: string; lat: number; status: string; updatedAt: string; brand: string; city: string }[];
}

const havalSite = (name: string, extra: Record<string, unknown> = {}) => ({
  brand: "haval", name, city: "kokshetau", lat: 53.28, lng: 69.39, status: "planned", plannedQuarter: "2026-Q4",
  sales: true, service: true, parts: true, serviceBays: 6, ...extra,
});

describe("scenarios API", () => {
  it("creates, lists, renames and deletes; unknown scenario is 404", async () => {
    const s = await createScenario({ notes: "first idea" });
    const list = await (await listGET(makeRequest({ path: "/api/scenarios" }))).json();
    expect(list.scenarios.map((x: { id: number }) => x.id)).toContain(s.id);
    const renamed = await scenarioPATCH(json("PATCH", `/api/scenarios/${s.id}`, { name: "Renamed plan" }), ctx({ id: String(s.id) }));
    expect((await renamed.json()).name).toBe("Renamed plan");
    const got = await (await scenarioGET(makeRequest({ path: `/api/scenarios/${s.id}` }), ctx({ id: String(s.id) }))).json();
    expect(got).toMatchObject({ id: s.id, name: "Renamed plan", notes: "first idea", edits: [], stale: [] });
    expect((await scenarioDELETE(json("DELETE", `/api/scenarios/${s.id}`), ctx({ id: String(s.id) }))).status).toBe(200);
    const gone = await scenarioGET(makeRequest({ path: `/api/scenarios/${s.id}` }), ctx({ id: String(s.id) }));
    expect(gone.status).toBe(404);
    expect((await gone.json()).error.code).toBe("not_found");
    expect((await addEdit(999999, { op: "close", siteId: 1 })).status).toBe(404);
    expect((await coverageGET(makeRequest({ path: `/api/coverage?${QS}&scenario=999999` }))).status).toBe(404);
  });

  it("bad edits answer 400 naming the field and write nothing", async () => {
    const s = await createScenario();
    const [first] = await registry();
    const cases: [unknown, string][] = [
      [{ op: "close", siteId: 987654 }, "siteId"],
      [{ op: "move", siteId: first.id, lat: 48.85, lng: 2.35 }, "lat"],
      [{ op: "add", site: havalSite("Paris", { lat: 48.85, lng: 2.35 }) }, "site.lat"],
      [{ op: "add", site: havalSite("Nowhere", { city: "atlantis" }) }, "site.city"],
      [{ op: "update", siteId: first.id, changes: { serviceBays: -3 } }, "changes.serviceBays"],
      [{ op: "teleport", siteId: first.id }, "op"],
    ];
    for (const [body, field] of cases) {
      const res = await addEdit(s.id, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const err = (await res.json()).error;
      expect(err.code).toBe("invalid_field");
      expect(Object.keys(err.fields)).toContain(field);
    }
    const got = await (await scenarioGET(makeRequest({ path: `/api/scenarios/${s.id}` }), ctx({ id: String(s.id) }))).json();
    expect(got.edits).toEqual([]);
  });

  it("invariants: no edits = live totals; edits never change GET /api/dealerships; promoting makes live equal the scenario", async () => {
    const live = await coverage(QS);
    const s = await createScenario();
    expect((await coverage(`${QS}&scenario=${s.id}`)).totals).toEqual(live.totals);

    const before = await registry();
    const haval = before.filter((d) => d.brand === "haval" && d.status !== "closed");
    // a site in the largest gap of the live network
    const gap = live.cities.find((c: { id: string }) => c.id === live.gaps[0].cityId);
    const name = uniqueName(`Haval ${gap.name}`);
    const added = await addEdit(s.id, { op: "add", site: havalSite(name, { city: gap.id, lat: gap.lat, lng: gap.lng }) });
    expect(added.status).toBe(201);
    const { id: addEditId, siteId: addedId } = await added.json();
    expect(addedId).toBe(-addEditId);
    expect((await addEdit(s.id, { op: "move", siteId: addedId, lat: gap.lat + 0.01, lng: gap.lng })).status).toBe(201);
    expect((await addEdit(s.id, { op: "close", siteId: haval[0].id })).status).toBe(201);
    expect((await addEdit(s.id, { op: "update", siteId: haval[1].id, changes: { serviceBays: 20 } })).status).toBe(201);
    expect(await registry()).toEqual(before);

    const scen = await coverage(`${QS}&scenario=${s.id}`);
    expect(scen.totals).not.toEqual(live.totals);
    expect(scen.cities.find((c: { id: string }) => c.id === gap.id).covered).toBe(true);
    expect(gap.covered).toBe(false);

    const cmp = await (await compareGET(makeRequest({ path: `/api/scenarios/compare?ids=live,${s.id}&${QS}` }))).json();
    expect(cmp.scenarios.map((x: { id: unknown }) => x.id)).toEqual(["live", s.id]);
    expect(cmp.scenarios[0].totals).toEqual(live.totals);
    expect(cmp.scenarios[1].totals).toEqual(scen.totals);
    expect(cmp.scenarios[1].sites.map((x: { kind: string }) => x.kind).sort()).toEqual(["added", "closed"]);
    expect(cmp.scenarios[1].capitalCost).toBe(scen.totals.bays * 60000 + scen.totals.sites * 400000);

    const preview = await (await promotePOST(json("POST", `/api/scenarios/${s.id}/promote?dryRun=true`), ctx({ id: String(s.id) }))).json();
    expect(preview).toMatchObject({ dryRun: true, created: 1, updated: 1, closed: 1 });
    expect(await registry()).toEqual(before);

    const promoter = "10.77.0.1"; // the signed-in planner calling from here: the audit entries name them
    const res = await promotePOST(
      makeRequest({ method: "POST", path: `/api/scenarios/${s.id}/promote`, headers: JSON_SAME_ORIGIN, address: promoter }),
      ctx({ id: String(s.id) }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ created: 1, updated: 1, closed: 1 });
    expect((await coverage(QS)).totals).toEqual(scen.totals);
    const after = await registry();
    expect(after.find((d) => d.name === name)).toMatchObject({ status: "planned", lat: gap.lat + 0.01, city: gap.id });
    expect(after.find((d) => d.id === haval[0].id)?.status).toBe("closed");
    // each promoted change has its audit entry naming who promoted
    const createdId = after.find((d) => d.name === name)!.id;
    const email = `planner-${promoter}@test.example`;
    expect(listAudit(getDb(), { entity: "dealership", entityId: createdId }).map((a) => [a.action, a.actor])).toEqual([["create", email]]);
    expect(listAudit(getDb(), { entity: "dealership", entityId: haval[0].id })[0]).toMatchObject({ action: "update", actor: email });
  });

  it("a promotion that fails half-way (a duplicate name) writes nothing and keeps the edits", async () => {
    const s = await createScenario();
    const existing = (await registry()).find((d) => d.brand === "haval")!;
    const full = (await (await dealershipsGET(makeRequest({ path: "/api/dealerships" }))).json()).dealerships.find((d: { id: number }) => d.id === existing.id);
    await addEdit(s.id, { op: "add", site: havalSite(uniqueName("Fine site")) });
    // same brand, name and city as a registry site: valid as a site, refused by the registry's uniqueness rule
    await addEdit(s.id, { op: "add", site: havalSite(full.name, { city: full.city, lat: full.lat, lng: full.lng }) });
    const before = await registry();
    const promoter = "10.77.0.1"; // the signed-in planner calling from here: the audit entries name them
    const res = await promotePOST(
      makeRequest({ method: "POST", path: `/api/scenarios/${s.id}/promote`, headers: JSON_SAME_ORIGIN, address: promoter }),
      ctx({ id: String(s.id) }),
    );
    expect(res.status).toBe(409);
    expect(await registry()).toEqual(before);
    const detail = await (await scenarioGET(makeRequest({ path: `/api/scenarios/${s.id}` }), ctx({ id: String(s.id) }))).json();
    expect(detail.edits).toHaveLength(2);
  });

  it("promoting a stale scenario answers 409 listing the edits and writes nothing", async () => {
    const s = await createScenario();
    const [first] = (await registry()).filter((d) => d.status === "open");
    const name = uniqueName("Stale test");
    await addEdit(s.id, { op: "add", site: havalSite(name) });
    const move = await (await addEdit(s.id, { op: "move", siteId: first.id, lat: first.lat + 0.01, lng: 69.4 })).json().catch(() => null);
    // the move must be a valid Kazakhstan position; then the registry changes the site behind the scenario's back
    expect(move?.id).toBeGreaterThan(0);
    const patched = await dealershipPATCH(json("PATCH", `/api/dealerships/${first.id}`, { serviceBays: 11 }), ctx({ id: String(first.id) }));
    expect(patched.status).toBe(200);
    const detail = await (await scenarioGET(makeRequest({ path: `/api/scenarios/${s.id}` }), ctx({ id: String(s.id) }))).json();
    expect(detail.stale).toEqual([expect.objectContaining({ editId: move.id, reason: "changed" })]);

    const before = await registry();
    const promoter = "10.77.0.1"; // the signed-in planner calling from here: the audit entries name them
    const res = await promotePOST(
      makeRequest({ method: "POST", path: `/api/scenarios/${s.id}/promote`, headers: JSON_SAME_ORIGIN, address: promoter }),
      ctx({ id: String(s.id) }),
    );
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(body.error.code).toBe("conflict");
    expect(body.stale.map((x: { editId: number }) => x.editId)).toEqual([move.id]);
    expect(await registry()).toEqual(before);

    // removing the stale edit lets it promote
    expect((await editDELETE(json("DELETE", `/api/scenarios/${s.id}/edits/${move.id}`), { params: Promise.resolve({ id: String(s.id), editId: String(move.id) }) })).status).toBe(200);
    const ok = await promotePOST(json("POST", `/api/scenarios/${s.id}/promote`), ctx({ id: String(s.id) }));
    expect(await ok.json()).toMatchObject({ created: 1, updated: 0, closed: 0 });
  });

  it("a copy carries the edits (added sites re-pointed) and compare exports CSV", async () => {
    const s = await createScenario();
    const add = await (await addEdit(s.id, { op: "add", site: havalSite(uniqueName("Copy source")) })).json();
    await addEdit(s.id, { op: "update", siteId: add.siteId, changes: { serviceBays: 9 } });
    const copy = await createScenario({ copyOf: s.id });
    const got = await (await scenarioGET(makeRequest({ path: `/api/scenarios/${copy.id}` }), ctx({ id: String(copy.id) }))).json();
    expect(got.edits.map((e: { op: string }) => e.op)).toEqual(["add", "update"]);
    expect(got.edits[1].siteId).toBe(-got.edits[0].id);
    expect(got.stale).toEqual([]);
    const a = await coverage(`${QS}&scenario=${s.id}`);
    const b = await coverage(`${QS}&scenario=${copy.id}`);
    expect(b.totals).toEqual(a.totals);
    expect((await createPOST(json("POST", "/api/scenarios", { name: "x", copyOf: 999999 }))).status).toBe(400);

    const csv = await compareCsvGET(makeRequest({ path: `/api/scenarios/compare.csv?ids=live,${s.id},${copy.id}&${QS}` }));
    expect(csv.status).toBe(200);
    const text = (await csv.text()).replace(/^\uFEFF/, "");
    const bays = text.split("\r\n").find((l) => l.startsWith("bays,"))?.split(",").map(Number);
    expect(bays?.slice(1)).toEqual([(await coverage(QS)).totals.bays, a.totals.bays, b.totals.bays]);
    expect((await compareGET(makeRequest({ path: `/api/scenarios/compare?ids=live,abc&${QS}` }))).status).toBe(400);
  });

  it("suggestions with a scenario start from the scenario's network", async () => {
    const live = await coverage(QS);
    const gapIds = new Set(live.gaps.map((g: { cityId: string }) => g.cityId));
    const s = await createScenario();
    // the scenario serves every live gap city
    for (const g of live.gaps) {
      const c = live.cities.find((x: { id: string }) => x.id === g.cityId);
      expect((await addEdit(s.id, { op: "add", site: havalSite(uniqueName(`Gap ${c.name}`), { city: c.id, lat: c.lat, lng: c.lng }) })).status).toBe(201);
    }
    const ask = async (extra: Record<string, unknown>) => {
      const res = await suggestionsPOST(json("POST", "/api/suggestions", { brand: "great-wall", count: 1, mode: "road", threshold: 120, ...extra }));
      expect(res.status, await res.clone().text()).toBe(200);
      return res.json();
    };
    const onLive = await ask({});
    expect(onLive.sites[0].newlyCoveredCities.some((c: { id: string }) => gapIds.has(c.id))).toBe(true);
    const onScenario = await ask({ scenario: s.id });
    expect(onScenario.sites.flatMap((x: { newlyCoveredCities: { id: string }[] }) => x.newlyCoveredCities)).toEqual([]);
  });

  it("a registry write still works with POST /api/dealerships while scenarios exist (nothing shared)", async () => {
    const res = await dealershipsPOST(json("POST", "/api/dealerships", havalSite(uniqueName("Registry site"))));
    expect(res.status).toBe(201);
  });
});
