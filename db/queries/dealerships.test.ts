import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createTestDb } from "../test-db";
import { listAudit } from "./audit";
import { createDealership, deleteDealership, getDealership, listDealerships, updateDealership } from "./dealerships";
import { systemContext } from "@/lib/request-context";

const TEST_CTX = systemContext("test");

const planned = {
  brand: "haval",
  name: "Haval Zhezkazgan (planned)",
  city: "zhezkazgan",
  lat: 47.79,
  lng: 67.72,
  status: "planned",
  sales: true,
  service: true,
  parts: true,
  serviceBays: 6,
  plannedQuarter: "2026-Q2",
};

/** The code of the AppError `fn` throws. */
function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  throw new Error("expected an error");
}

function fieldsOf(fn: () => unknown): Record<string, string[]> {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError && (e.code === "invalid_field" || e.code === "conflict")) return e.fields;
    throw e;
  }
  throw new Error("expected an error");
}

describe("dealership queries", () => {
  it("create writes the row and its audit entry", () => {
    const db = createTestDb();
    const site = createDealership(db, TEST_CTX, planned);
    expect(site).toMatchObject({ brand: "haval", city: "zhezkazgan", cityName: "Zhezkazgan", status: "planned", plannedQuarter: "2026-Q2" });
    const history = listAudit(db, { entity: "dealership", entityId: site.id });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: "create", before: null });
  });

  it("reject bad input naming the field, and write nothing", () => {
    const db = createTestDb();
    const before = listDealerships(db).length;
    expect(fieldsOf(() => createDealership(db, TEST_CTX, { ...planned, serviceBays: -3 }))).toHaveProperty("serviceBays");
    expect(fieldsOf(() => createDealership(db, TEST_CTX, { ...planned, plannedQuarter: null }))).toHaveProperty("plannedQuarter");
    expect(fieldsOf(() => createDealership(db, TEST_CTX, { ...planned, lat: 42.87, lng: 74.57 }))).toHaveProperty("lat"); // Bishkek
    expect(fieldsOf(() => createDealership(db, TEST_CTX, { ...planned, brand: "zaz" }))).toHaveProperty("brand");
    expect(listDealerships(db)).toHaveLength(before);
  });

  it("refuse a duplicate (same brand, name and city) with a conflict", () => {
    const db = createTestDb();
    createDealership(db, TEST_CTX, planned);
    expect(codeOf(() => createDealership(db, TEST_CTX, planned))).toBe("conflict");
  });

  it("update re-validates the merged record and audits before/after", () => {
    const db = createTestDb();
    const site = createDealership(db, TEST_CTX, planned);
    const moved = updateDealership(db, TEST_CTX, site.id, { status: "under_construction", lat: 47.8 });
    expect(moved).toMatchObject({ status: "under_construction", lat: 47.8 });
    expect(codeOf(() => updateDealership(db, TEST_CTX, site.id, { status: "planned", plannedQuarter: null }))).toBe("invalid_field");
    const [last] = listAudit(db, { entity: "dealership", entityId: site.id });
    expect(last).toMatchObject({ action: "update" });
    expect((last.before as { status: string }).status).toBe("planned");
    expect((last.after as { status: string }).status).toBe("under_construction");
  });

  it("delete removes the row, keeps its history, and a missing id is NotFound", () => {
    const db = createTestDb();
    const site = createDealership(db, TEST_CTX, planned);
    deleteDealership(db, TEST_CTX, site.id);
    expect(codeOf(() => getDealership(db, site.id))).toBe("not_found");
    expect(listAudit(db, { entity: "dealership", entityId: site.id }).map((a) => a.action)).toEqual(["delete", "create"]);
    expect(codeOf(() => deleteDealership(db, TEST_CTX, 999999))).toBe("not_found");
  });
});
