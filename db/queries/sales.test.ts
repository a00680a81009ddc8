import { getTableColumns } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseVehicleParkCsv } from "@/lib/import/vehicle-park-csv";
import { systemContext } from "@/lib/request-context";
import { createTestDb } from "../test-db";
import { sales, vehiclePark } from "../schema";
import { listAudit } from "./audit";
import { readDataVersion as getDataVersion } from "./data-version";
import { applyCellImport, loadImportReferences, previewCellImport } from "./imports";
import { listSalesCells, listSalesYears, setSalesCell } from "./sales";
import { listVehicleParkCells } from "./vehicle-park";

const TEST_CTX = systemContext("test");

describe("sales figures", () => {
  it("share the vehicle park's columns, so one set of queries serves both", () => {
    const shape = (t: typeof sales | typeof vehiclePark) =>
      Object.entries(getTableColumns(t)).map(([k, c]) => `${k}:${c.name}:${c.columnType}:${c.notNull}`);
    expect(shape(sales)).toEqual(shape(vehiclePark));
  });

  it("are seeded for 2023-2025 as labelled estimates, apart from the vehicle park", () => {
    const db = createTestDb();
    expect(listSalesYears(db)).toEqual([2023, 2024, 2025]);
    const almaty = listSalesCells(db, { years: [2025] }).filter((c) => c.city === "almaty");
    expect(almaty.map((c) => c.brand)).toContain("chevrolet");
    expect(almaty.every((c) => c.isEstimate && /^ESTIMATE/.test(c.source ?? ""))).toBe(true);
    const parkHaval = listVehicleParkCells(db, { years: [2025] }).find((c) => c.city === "almaty" && c.brand === "haval")!;
    const salesHaval = almaty.find((c) => c.brand === "haval")!;
    // a year's sales are a fraction of the cars on the road
    expect(salesHaval.vehicles).toBeLessThan(parkHaval.vehicles);
  });

  it("are edited one cell at a time with an audit entry, and bump the data version", () => {
    const db = createTestDb();
    const version = getDataVersion(db);
    const first = setSalesCell(db, TEST_CTX, { city: "almaty", brand: "chevrolet", year: 2025, vehicles: "12 500" });
    expect(first.change).toBe("updated");
    expect(first.cell).toMatchObject({ vehicles: 12500, isEstimate: false, source: "edited by a planner" });
    const history = listAudit(db, { entity: "sales", entityId: first.cell.id });
    expect(history).toHaveLength(1);
    expect(history[0].after).toMatchObject({ city: "almaty", brand: "chevrolet", vehicles: 12500 });
    expect(getDataVersion(db)).toBeGreaterThan(version);
    // the vehicle park is untouched
    expect(listAudit(db, { entity: "vehicle_park", entityId: first.cell.id })).toHaveLength(0);
    try {
      setSalesCell(db, TEST_CTX, { city: "almaty", brand: "zaz", year: 2025, vehicles: 5 });
      throw new Error("expected an error");
    } catch (e) {
      expect((e as AppError).fields).toHaveProperty("brand");
    }
  });

  it("import from CSV: preview, then one transaction with audit entries", () => {
    const db = createTestDb();
    const parsed = parseVehicleParkCsv("city,brand,year,vehicles\nAlmaty,kia,2025,4100\nАстана,Toyota,2026,900\n", loadImportReferences(db));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const preview = previewCellImport(db, "sales", parsed.rows);
    expect(preview.counts).toEqual({ new: 1, updated: 1, unchanged: 0 });
    expect(listSalesYears(db)).not.toContain(2026);
    const result = applyCellImport(db, TEST_CTX, "sales", parsed.rows);
    expect(result.written).toBe(2);
    expect(listSalesYears(db)).toContain(2026);
    const astana = listSalesCells(db, { years: [2026] })[0];
    expect(astana).toMatchObject({ city: "astana", brand: "toyota", vehicles: 900, isEstimate: false, source: "CSV import" });
    expect(listAudit(db, { entity: "sales", entityId: astana.id })[0].actor).toBe("test (import)");
    expect(applyCellImport(db, TEST_CTX, "sales", parsed.rows).written).toBe(0);
  });
});
