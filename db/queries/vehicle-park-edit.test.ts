import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createTestDb } from "../test-db";
import { listAudit } from "./audit";
import { brandIdsForSlug } from "./brands";
import { listDealershipsFiltered } from "./dealerships-filter";
import { listVehicleParkCells, listVehicleParkYears, setVehicleParkCell, storedParkCounts } from "./vehicle-park";
import { systemContext } from "@/lib/request-context";

const TEST_CTX = systemContext("test");

describe("vehicle-park cell edits", () => {
  it("upserts one cell with an audit entry; the same value again writes nothing", () => {
    const db = createTestDb();
    const year = listVehicleParkYears(db).at(-1)!;
    const first = setVehicleParkCell(db, TEST_CTX, { city: "almaty", brand: "haval", year, vehicles: "12 345" });
    expect(first.change).toBe("updated");
    expect(first.cell).toMatchObject({ vehicles: 12345, isEstimate: false });
    const history = listAudit(db, { entity: "vehicle_park", entityId: first.cell.id });
    expect(history).toHaveLength(1);
    expect(history[0].after).toMatchObject({ vehicles: 12345 });
    expect(setVehicleParkCell(db, TEST_CTX, { city: "almaty", brand: "haval", year, vehicles: 12345 }).change).toBe("unchanged");
    expect(listAudit(db, { entity: "vehicle_park", entityId: first.cell.id })).toHaveLength(1);
    expect(setVehicleParkCell(db, TEST_CTX, { city: "almaty", brand: "haval", year: 2031, vehicles: 0 }).change).toBe("new");
  });

  it("refuses negative, fractional and unknown input, naming the field, and writes nothing", () => {
    const db = createTestDb();
    const before = storedParkCounts(db, listVehicleParkYears(db));
    const fields = (input: unknown) => {
      try {
        setVehicleParkCell(db, TEST_CTX, input);
      } catch (e) {
        if (e instanceof AppError && e.code === "invalid_field") return Object.keys(e.fields);
        throw e;
      }
      throw new Error("expected a ValidationError");
    };
    expect(fields({ city: "almaty", brand: "haval", year: 2025, vehicles: -1 })).toEqual(["vehicles"]);
    expect(fields({ city: "almaty", brand: "haval", year: 2025, vehicles: 2.5 })).toEqual(["vehicles"]);
    expect(fields({ city: "atlantis", brand: "haval", year: 2025, vehicles: 1 })).toEqual(["city"]);
    expect(fields({ city: "almaty", brand: "zaz", year: 2025, vehicles: 1 })).toEqual(["brand"]);
    expect(fields({ city: "almaty", brand: "haval", year: 1990, vehicles: 1 })).toEqual(["year"]);
    expect(storedParkCounts(db, listVehicleParkYears(db))).toEqual(before);
    expect(listVehicleParkCells(db).every((c) => c.vehicles >= 0)).toBe(true);
  });
});

describe("registry listing", () => {
  it("filters by group, region, city, services and name (any case, Cyrillic too), counts per status", () => {
    const db = createTestDb();
    const gwm = brandIdsForSlug(db, "great-wall")!;
    expect(gwm.length).toBe(3);
    expect(brandIdsForSlug(db, "haval")).toHaveLength(1);
    expect(brandIdsForSlug(db, "zaz")).toBeNull();
    const all = listDealershipsFiltered(db, { brandIds: gwm });
    expect(all.counts.open).toBe(28);
    expect(all.counts.planned).toBe(2);
    const planned = listDealershipsFiltered(db, { brandIds: gwm, statuses: ["planned"] });
    expect(planned.sites).toHaveLength(2);
    expect(planned.counts).toEqual(all.counts); // counts ignore the status filter
    const almaty = listDealershipsFiltered(db, { citySlug: "almaty", search: "HAVAL" });
    expect(almaty.sites.length).toBeGreaterThan(0);
    expect(almaty.sites.every((s) => s.city === "almaty" && /haval/i.test(s.name + s.cityName))).toBe(true);
    const region = listDealershipsFiltered(db, { regionSlug: "almaty-city" });
    expect(region.sites.every((s) => s.regionSlug === "almaty-city")).toBe(true);
    const serviceOnly = listDealershipsFiltered(db, { services: ["service", "parts"] });
    expect(serviceOnly.sites.every((s) => s.service && s.parts)).toBe(true);
    const byBays = listDealershipsFiltered(db, { sort: "bays", dir: "desc" }).sites.map((s) => s.serviceBays);
    expect(byBays).toEqual([...byBays].sort((a, b) => b - a));
  });
});
