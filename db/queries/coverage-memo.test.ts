import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { systemContext } from "@/lib/request-context";
import { coverageQuerySchema } from "@/lib/validation/coverage-query";
import { migrateDatabase, openDatabase, type Db } from "../connection";
import { seedDatabase } from "../seed/seed";
import { createTestDb } from "../test-db";
import { getCoverageReport } from "./coverage";
import { readDataVersion } from "./data-version";
import { createDealership } from "./dealerships";
import { addScenarioEdit, createScenario, removeScenarioEdit } from "./scenarios";
import { setVehicleParkCell } from "./vehicle-park";

const TEST_CTX = systemContext("test");
const q = (over: Record<string, string> = {}) => coverageQuerySchema.parse({ brand: "great-wall", ...over });

function freshReport(db: Db, query: ReturnType<typeof q>) {
  vi.stubEnv("COVERAGE_MEMO", "0");
  try {
    return getCoverageReport(db, query);
  } finally {
    vi.unstubAllEnvs();
  }
}

afterEach(() => vi.unstubAllEnvs());

describe("memoised coverage reports", () => {
  const db = createTestDb();

  it("answer with the same numbers as a fresh computation, for every kind of query", () => {
    const queries = [
      q(),
      q({ includePlanned: "true" }),
      q({ mode: "straight", threshold: "150" }),
      q({ brand: "chery", threshold: "90", vehiclesPerBay: "100" }),
      q({ brand: "haval", includePlanned: "true", until: "2024-Q3", year: "2024" }),
    ];
    for (const query of queries) {
      const first = getCoverageReport(db, query);
      const again = getCoverageReport(db, query);
      expect(again).toBe(first); // served from the memo, not recomputed
      expect(again).toEqual(freshReport(db, query));
    }
  });

  it("a query with the same parameters in another order is the same entry", () => {
    const a = getCoverageReport(db, coverageQuerySchema.parse({ brand: "chery", mode: "straight", threshold: "200" }));
    const b = getCoverageReport(db, coverageQuerySchema.parse({ threshold: "200", mode: "straight", brand: "chery" }));
    expect(b).toBe(a);
  });

  it("reading does not move the data version; a new dealership does, and the next report counts it", () => {
    const before = getCoverageReport(db, q({ includePlanned: "true" }));
    const version = readDataVersion(db);
    getCoverageReport(db, q({ includePlanned: "true" }));
    expect(readDataVersion(db)).toBe(version);

    const zhBefore = before.coverage.cities.find((c) => c.id === "zhezkazgan")!;
    expect(zhBefore.covered).toBe(false);
    const site = createDealership(db, TEST_CTX, {
      brand: "haval", name: "Haval Zhezkazgan memo", city: "zhezkazgan", lat: 47.79, lng: 67.72, status: "planned",
      sales: true, service: true, parts: true, serviceBays: 6, plannedQuarter: "2027-Q2",
    });
    expect(readDataVersion(db)).toBeGreaterThan(version);
    const after = getCoverageReport(db, q({ includePlanned: "true" }));
    expect(after).not.toBe(before);
    expect(after.coverage.cities.find((c) => c.id === "zhezkazgan")).toMatchObject({ covered: true, nearestSiteId: site.id });
    expect(after).toEqual(freshReport(db, q({ includePlanned: "true" })));
  });

  it("a vehicle park edit shows in the next report", () => {
    const before = getCoverageReport(db, q({ brand: "haval", year: "2025" }));
    const almaty = before.coverage.cities.find((c) => c.id === "almaty")!;
    setVehicleParkCell(db, TEST_CTX, { city: "almaty", brand: "haval", year: 2025, vehicles: almaty.vehicles + 1234 });
    const after = getCoverageReport(db, q({ brand: "haval", year: "2025" }));
    expect(after.coverage.cities.find((c) => c.id === "almaty")!.vehicles).toBe(almaty.vehicles + 1234);
    expect(after.coverage.totals.vehicles).toBe(before.coverage.totals.vehicles + 1234);
  });

  it("every table coverage is read from moves the version, whatever writes to it", () => {
    const client = db.$client;
    for (const table of ["regions", "cities", "brands", "dealerships", "vehicle_park"]) {
      const id = client.prepare(`select min(id) from ${table}`).pluck().get() as number;
      const v0 = readDataVersion(db);
      client.prepare(`update ${table} set id = id where id = ?`).run(id);
      expect(readDataVersion(db), `update on ${table}`).toBe(v0 + 1);
    }
  });

  it("a scenario edit shows in the next report of that scenario (the memo is not stale)", () => {
    const scenario = createScenario(db, TEST_CTX, { name: "Memo scenario" });
    const query = q({ includePlanned: "true", scenario: String(scenario.id) });
    const before = getCoverageReport(db, query);
    expect(getCoverageReport(db, query)).toBe(before);
    expect(before.coverage.cities.find((c) => c.id === "zhanaozen")!.covered).toBe(false);

    const added = addScenarioEdit(db, TEST_CTX, scenario.id, {
      op: "add",
      site: {
        brand: "haval", name: "Haval Zhanaozen scenario", city: "zhanaozen", lat: 43.34, lng: 52.86, status: "planned",
        sales: true, service: true, parts: true, serviceBays: 4, plannedQuarter: "2027-Q1",
      },
    });
    const after = getCoverageReport(db, query);
    expect(after).not.toBe(before);
    expect(after.coverage.totals.sites).toBe(before.coverage.totals.sites + 1);
    expect(after.coverage.cities.find((c) => c.id === "zhanaozen")).toMatchObject({ covered: true, nearestSiteId: added.siteId });
    expect(after).toEqual(freshReport(db, query));

    // removing the edit brings the scenario back to live's figures, again without a stale answer
    removeScenarioEdit(db, TEST_CTX, scenario.id, added.id);
    const reverted = getCoverageReport(db, query);
    expect(reverted.coverage.totals).toEqual(before.coverage.totals);
    expect(reverted.coverage.cities.find((c) => c.id === "zhanaozen")!.covered).toBe(false);
  });

  it("scenario tables move the version too, whatever writes to them", () => {
    const client = db.$client;
    const v0 = readDataVersion(db);
    const { lastInsertRowid } = client.prepare(`insert into scenarios (name, author) values ('raw', 'sql')`).run();
    expect(readDataVersion(db)).toBe(v0 + 1);
    client.prepare(`insert into scenario_edits (scenario_id, seq, op, site_id, payload, author) values (?, 1, 'close', 1, '{}', 'sql')`).run(lastInsertRowid);
    expect(readDataVersion(db)).toBe(v0 + 2);
    client.prepare(`update scenario_edits set seq = 2 where scenario_id = ?`).run(lastInsertRowid);
    expect(readDataVersion(db)).toBe(v0 + 3);
    client.prepare(`delete from scenario_edits where scenario_id = ?`).run(lastInsertRowid);
    expect(readDataVersion(db)).toBe(v0 + 4);
    client.prepare(`delete from scenarios where id = ?`).run(lastInsertRowid);
    expect(readDataVersion(db)).toBe(v0 + 5);
  });

  it("memoised reports cannot be changed by a caller", () => {
    const report = getCoverageReport(db, q());
    expect(() => {
      (report.coverage.cities as unknown as unknown[]).pop();
    }).toThrow(TypeError);
  });
});

describe("two connections on one database file (two app processes)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "coverage-memo-"));
  const file = path.join(dir, "planner.db");
  const first = openDatabase(file);
  migrateDatabase(first);
  seedDatabase(first);
  const second = openDatabase(file);

  afterAll(() => {
    first.$client.close();
    second.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("a write through one connection is seen by the other's next report", () => {
    const query = q({ mode: "straight", threshold: "150" });
    const before = getCoverageReport(first, query);
    expect(getCoverageReport(first, query)).toBe(before);
    expect(readDataVersion(second)).toBe(readDataVersion(first));

    // the other process closes every open Great Wall group site in Almaty with plain SQL
    const closed = second.$client
      .prepare(
        `update dealerships set status = 'closed'
         where city_id = (select id from cities where slug = 'almaty')
           and brand_id in (select id from brands where manufacturer_slug = 'great-wall')`,
      )
      .run().changes;
    expect(closed).toBeGreaterThan(0);

    const after = getCoverageReport(first, query);
    expect(after).not.toBe(before);
    expect(after.coverage.totals.sites).toBeLessThan(before.coverage.totals.sites);
    expect(after).toEqual(freshReport(first, query));
  });
});
