import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { systemContext } from "@/lib/request-context";
import { createTestDb } from "../test-db";
import { brands, dealerships } from "../schema";
import { listAudit } from "./audit";
import { loadMarketInputs } from "./market-inputs";
import { listBrandMarketSettings, setBrandMarketSettings, setDealershipAttractiveness } from "./market-settings";

const TEST_CTX = systemContext("test");

function fieldsOf(fn: () => unknown): Record<string, string[]> {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e.fields;
    throw e;
  }
  throw new Error("expected an error");
}

describe("sales planning settings", () => {
  it("lists our brands before the competitors, with the default throughput standard", () => {
    const rows = listBrandMarketSettings(createTestDb());
    const firstCompetitor = rows.findIndex((r) => r.competitor);
    expect(rows.slice(firstCompetitor).every((r) => r.competitor)).toBe(true);
    expect(rows.find((r) => r.slug === "haval")).toMatchObject({ targetSalesPerOutlet: 300, strength: null });
  });

  it("sets a brand's target and strength with an audit entry; the market inputs follow", () => {
    const db = createTestDb();
    const res = setBrandMarketSettings(db, TEST_CTX, { brand: "haval", targetSalesPerOutlet: "450", strength: "1.2" });
    expect(res).toMatchObject({ change: "updated", targetSalesPerOutlet: 450, strength: 1.2 });
    const haval = db.select().from(brands).where(eq(brands.slug, "haval")).get()!;
    expect(listAudit(db, { entity: "brand", entityId: haval.id })[0].before).toMatchObject({ targetSalesPerOutlet: 300, strength: null });
    const inputs = loadMarketInputs(db, { brand: "haval", year: 2025 });
    expect(inputs.targetSalesPerOutlet).toBe(450);
    expect(inputs.brandStrength.haval).toBe(1.2);
    expect(inputs.dealers.find((d) => d.brand === "haval")!.targetSales).toBe(450);
    // an empty strength clears the override
    setBrandMarketSettings(db, TEST_CTX, { brand: "haval", targetSalesPerOutlet: 450, strength: "" });
    expect(loadMarketInputs(db, { brand: "haval", year: 2025 }).brandStrength.haval).toBeUndefined();
  });

  it("refuses bad settings naming the field, and writes nothing", () => {
    const db = createTestDb();
    expect(fieldsOf(() => setBrandMarketSettings(db, TEST_CTX, { brand: "haval", targetSalesPerOutlet: 0, strength: "" }))).toHaveProperty("targetSalesPerOutlet");
    expect(fieldsOf(() => setBrandMarketSettings(db, TEST_CTX, { brand: "haval", targetSalesPerOutlet: 300, strength: "-1" }))).toHaveProperty("strength");
    expect(fieldsOf(() => setBrandMarketSettings(db, TEST_CTX, { brand: "zaz", targetSalesPerOutlet: 300, strength: "" }))).toHaveProperty("brand");
    expect(fieldsOf(() => setDealershipAttractiveness(db, TEST_CTX, { id: 1, attractiveness: 0 }))).toHaveProperty("attractiveness");
    expect(db.select().from(brands).where(eq(brands.slug, "haval")).get()!.targetSalesPerOutlet).toBe(300);
    expect(() => setDealershipAttractiveness(db, TEST_CTX, { id: 999999, attractiveness: 2 })).toThrow(AppError);
  });

  it("sets a showroom's attractiveness with an audit entry on the site", () => {
    const db = createTestDb();
    const site = db.select().from(dealerships).where(eq(dealerships.name, "Haval Almaty Center")).get()!;
    expect(setDealershipAttractiveness(db, TEST_CTX, { id: site.id, attractiveness: "1.5" })).toMatchObject({ change: "updated", attractiveness: 1.5 });
    expect(loadMarketInputs(db, { brand: "haval", year: 2025 }).dealers.find((d) => d.id === site.id)!.attractiveness).toBe(1.5);
    const audit = listAudit(db, { entity: "dealership", entityId: site.id });
    expect(audit[0].after).toMatchObject({ attractiveness: 1.5 });
    expect(audit[0].before).toMatchObject({ attractiveness: 1 });
  });
});
