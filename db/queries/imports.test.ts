import { describe, expect, it } from "vitest";
import { parseDealershipsCsv } from "@/lib/import/dealerships-import";
import { parseVehicleParkCsv, type VehicleParkImportRow } from "@/lib/import/vehicle-park-csv";
import { createTestDb } from "../test-db";
import { listAudit } from "./audit";
import { listDealerships } from "./dealerships";
import { applyDealershipImport, applyVehicleParkImport, loadImportReferences, previewDealershipImport, previewVehicleParkImport } from "./imports";
import { listVehicleParkCells, listVehicleParkYears } from "./vehicle-park";
import { systemContext } from "@/lib/request-context";

const TEST_CTX = systemContext("test");

function parkRows(db: ReturnType<typeof createTestDb>, text: string): VehicleParkImportRow[] {
  const r = parseVehicleParkCsv(text, loadImportReferences(db));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.rows;
}

function cell(db: ReturnType<typeof createTestDb>, city: string, brand: string, year: number) {
  return listVehicleParkCells(db, { years: [year] }).find((c) => c.city === city && c.brand === brand);
}

describe("vehicle-park import", () => {
  it("previews new / updated / unchanged rows without writing", () => {
    const db = createTestDb();
    const year = listVehicleParkYears(db).at(-1)!;
    const stored = cell(db, "almaty", "haval", year)!.vehicles;
    const rows = parkRows(db, `city,brand,year,vehicles\nAlmaty,haval,${year},${stored}\nAlmaty,haval,${year - 1},${stored}\nAlmaty,haval,2031,5\n`);
    const preview = previewVehicleParkImport(db, rows);
    expect(preview.counts).toEqual({ new: 1, updated: 1, unchanged: 1 });
    expect(preview.rows.map((r) => r.change)).toEqual(["unchanged", "updated", "new"]);
    expect(cell(db, "almaty", "haval", 2031)).toBeUndefined();
  });

  it("writes every changed row with an audit entry in one go; unchanged rows are left alone", () => {
    const db = createTestDb();
    const year = listVehicleParkYears(db).at(-1)!;
    const rows = parkRows(db, `city,brand,year,vehicles\nАлматы,Haval,${year},4321\nAstana,tank,2031,7\n`);
    const result = applyVehicleParkImport(db, TEST_CTX, rows);
    expect(result).toMatchObject({ written: 2, counts: { new: 1, updated: 1, unchanged: 0 } });
    const almaty = cell(db, "almaty", "haval", year)!;
    expect(almaty).toMatchObject({ vehicles: 4321, isEstimate: false, source: "CSV import" });
    const [entry] = listAudit(db, { entity: "vehicle_park", entityId: almaty.id });
    expect(entry).toMatchObject({ action: "update", actor: "test (import)", after: { city: "almaty", brand: "haval", vehicles: 4321 } });
    expect((entry.before as { vehicles: number }).vehicles).not.toBe(4321);
    expect(listAudit(db, { entity: "vehicle_park", entityId: cell(db, "astana", "tank", 2031)!.id })[0]).toMatchObject({ action: "create", before: null });
    expect(applyVehicleParkImport(db, TEST_CTX, rows)).toMatchObject({ written: 0, counts: { unchanged: 2 } });
  });

  it("accepts any place (a village by name or slug, a district's rural remainder) and names unknown places with their line", () => {
    const db = createTestDb();
    const ok = parkRows(db, "city,brand,year,vehicles\nШахтинск,haval,2031,12\nrural-195200000,chery,2031,3\n");
    expect(ok.map((r) => [r.city, r.vehicles])).toEqual([["shakhtinsk", 12], ["rural-195200000", 3]]);
    applyVehicleParkImport(db, TEST_CTX, ok);
    expect(cell(db, "shakhtinsk", "haval", 2031)?.vehicles).toBe(12);
    const bad = parseVehicleParkCsv("city,brand,year,vehicles\nAlmaty,haval,2031,1\nShakhtinskk,haval,2031,12\n", loadImportReferences(db));
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues).toHaveLength(1);
    expect(bad.issues[0]).toMatchObject({ line: 3, field: "city" });
    expect(bad.issues[0].message).toMatch(/did you mean.*Shakhtinsk/i);
  });

  it("a failure mid-import rolls every row back", () => {
    const db = createTestDb();
    const year = listVehicleParkYears(db).at(-1)!;
    const before = listVehicleParkCells(db).length;
    const good = parkRows(db, `city,brand,year,vehicles\nAlmaty,haval,2031,1\nAstana,haval,2031,2\n`);
    // a row the parser would never produce: the database's check constraint refuses it on the second row
    const bad = [...good.slice(0, 1), { ...good[1], vehicles: -1 }];
    expect(() => applyVehicleParkImport(db, TEST_CTX, bad)).toThrow();
    expect(listVehicleParkCells(db)).toHaveLength(before);
    expect(cell(db, "almaty", "haval", 2031)).toBeUndefined();
    expect(cell(db, "almaty", "haval", year)).toBeDefined();
  });
});

describe("dealership import", () => {
  it("creates new sites and updates a site matched by brand, name and city, with audit entries", () => {
    const db = createTestDb();
    const existing = listDealerships(db).find((d) => d.brand === "haval" && d.status === "open")!;
    const refs = loadImportReferences(db);
    const text =
      "brand,name,city,lat,lng,status,service_bays,planned_quarter,opened_on,sales,service,parts,address,notes\n" +
      `haval,${existing.name},${existing.city},${existing.lat},${existing.lng},open,${existing.serviceBays + 3},,${existing.openedOn ?? ""},${existing.sales},${existing.service},${existing.parts},"${existing.address ?? ""}","${existing.notes ?? ""}"\n` +
      `haval,<img src=x onerror=alert(1)>,Almaty,43.2,76.9,planned,6,2026-Q4,,,,,,\n`;
    const parsed = parseDealershipsCsv(text, refs);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const preview = previewDealershipImport(db, parsed.rows);
    expect(preview.rows.map((r) => [r.change, r.changedFields])).toEqual([["updated", ["serviceBays"]], ["new", []]]);
    const result = applyDealershipImport(db, TEST_CTX, parsed.rows);
    expect(result.written).toBe(2);
    const after = listDealerships(db);
    expect(after.find((d) => d.id === existing.id)!.serviceBays).toBe(existing.serviceBays + 3);
    const created = after.find((d) => d.name === "<img src=x onerror=alert(1)>")!;
    expect(created).toMatchObject({ status: "planned", plannedQuarter: "2026-Q4", city: "almaty" });
    expect(listAudit(db, { entity: "dealership", entityId: created.id })[0]).toMatchObject({ action: "create", actor: "test (import)" });
    expect(listAudit(db, { entity: "dealership", entityId: existing.id })[0]).toMatchObject({ action: "update", actor: "test (import)" });
  });
});
