import { describe, expect, it } from "vitest";
import { createTestDb } from "@/db/test-db";
import { listAudit } from "./audit";
import { createDealership, deleteDealership, getDealership, updateDealership } from "./dealerships";
import { restoreDealershipVersion, undoLatestChange } from "./dealership-restore";
import { systemContext } from "@/lib/request-context";

const TEST_CTX = systemContext("restore-test");

const input = {
  brand: "haval", name: "Haval Restore Test", city: "almaty", lat: 43.3, lng: 76.9, status: "planned", plannedQuarter: "2027-Q1",
  sales: true, service: true, parts: true, serviceBays: 4,
};

describe("restore and undo", () => {
  it("undoes a move, then restores an older version, each audited", () => {
    const db = createTestDb();
    const site = createDealership(db, TEST_CTX, input);
    const moved = updateDealership(db, TEST_CTX, site.id, { lat: 44.0, lng: 77.0 });
    const back = undoLatestChange(db, TEST_CTX, { siteId: site.id, updatedAt: moved.updatedAt });
    expect([back.lat, back.lng]).toEqual([43.3, 76.9]);
    const history = listAudit(db, { entity: "dealership", entityId: site.id });
    expect(history.map((e) => e.action)).toEqual(["update", "update", "create"]);
    // "restore this version": the moved one
    const moveEntry = history[1];
    const again = restoreDealershipVersion(db, TEST_CTX, { siteId: site.id, auditId: moveEntry.id, side: "after" });
    expect([again.lat, again.lng]).toEqual([44.0, 77.0]);
  });

  it("brings a deleted site back under its id, and refuses an undo once the site changed again", () => {
    const db = createTestDb();
    const site = createDealership(db, TEST_CTX, { ...input, name: "Haval Restore Two" });
    const deleted = deleteDealership(db, TEST_CTX, site.id);
    const back = undoLatestChange(db, TEST_CTX, { siteId: site.id, updatedAt: deleted.updatedAt });
    expect(back.id).toBe(site.id);
    expect(getDealership(db, site.id).name).toBe("Haval Restore Two");
    const stale = updateDealership(db, TEST_CTX, site.id, { serviceBays: 5 });
    updateDealership(db, TEST_CTX, site.id, { serviceBays: 7 });
    expect(() => undoLatestChange(db, TEST_CTX, { siteId: site.id, updatedAt: stale.updatedAt })).toThrow(/changed since/);
    expect(getDealership(db, site.id).serviceBays).toBe(7);
  });
});
