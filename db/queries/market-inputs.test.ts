import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { AppError, NotFoundError } from "@/lib/errors";
import { DEFAULT_MARKET_PARAMS } from "@/lib/market/params";
import { loadCoverageInputs } from "./coverage-inputs";
import { createTestDb } from "../test-db";
import { brands, dealerships, sales } from "../schema";
import { loadMarketInputs } from "./market-inputs";

describe("loadMarketInputs", () => {
  const db = createTestDb();
  const inputs = loadMarketInputs(db, { brand: "great-wall", year: 2025 });

  it("plans the group's brands; every other passenger brand's open showrooms compete", () => {
    expect(inputs.brands.sort()).toEqual(["haval", "tank", "wey"]);
    expect(inputs.params).toEqual(DEFAULT_MARKET_PARAMS);
    const brandsSeen = new Set(inputs.dealers.map((d) => d.brand));
    for (const rival of ["chevrolet", "hyundai", "kia", "toyota", "lada", "chery"]) expect(brandsSeen.has(rival), rival).toBe(true);
    // buses are another market; service-only sites sell nothing
    expect(brandsSeen.has("yutong")).toBe(false);
    const liAlmaty = db.select().from(dealerships).where(eq(dealerships.sales, false)).all().map((d) => d.id);
    expect(inputs.dealers.some((d) => liAlmaty.includes(d.id))).toBe(false);
    // only open sites by default: GWM's two planned Q3 2024 openings come in with includePlanned
    const withPlanned = loadMarketInputs(db, { brand: "great-wall", year: 2025, includePlanned: true });
    expect(withPlanned.dealers.filter((d) => d.brand === "haval").length - inputs.dealers.filter((d) => d.brand === "haval").length).toBe(2);
    expect(inputs.dealers.filter((d) => d.brand === "haval")).toHaveLength(28);
    const chevrolet = inputs.dealers.find((d) => d.brand === "chevrolet")!;
    expect(chevrolet).toMatchObject({ attractiveness: 1, targetSales: 2000 });
    expect(inputs.targetSalesPerOutlet).toBe(300);
  });

  it("gives each place with sales its potential: all passenger brands' sales there that year", () => {
    const passenger = db.select({ n: count() }).from(brands).where(eq(brands.segment, "passenger")).get()!.n;
    const almaty = inputs.places.find((p) => p.name === "Almaty")!;
    const almatyRows = inputs.observed.filter((o) => o.placeId === almaty.id);
    expect(almatyRows).toHaveLength(passenger);
    expect(almaty.potential).toBe(almatyRows.reduce((a, o) => a + o.sales, 0));
    expect(inputs.places.every((p) => p.potential > 0)).toBe(true);
    // the whole modelled passenger market of 2025: ~216k of the 234.9k new cars sold
    const total = inputs.places.reduce((a, p) => a + p.potential, 0);
    expect(total).toBeGreaterThan(200_000);
    expect(total).toBeLessThan(234_900);
    // a demand set of the same order as coverage's (places from 1,000 inhabitants plus district rests)
    const coverageDemand = loadCoverageInputs(db, { brand: "great-wall" }).demand.length;
    expect(inputs.places.length).toBeGreaterThan(coverageDemand / 3);
    expect(inputs.places.length).toBeLessThan(coverageDemand * 3);
  });

  it("follows edits: a planner's sales figure and brand strength reach the inputs", () => {
    const copy = createTestDb();
    const before = loadMarketInputs(copy, { brand: "haval", year: 2024 });
    const place = before.places[0];
    const haval = copy.select().from(brands).where(eq(brands.slug, "haval")).get()!;
    copy.update(sales).set({ vehicles: 100_000 }).where(eq(sales.brandId, haval.id)).run();
    copy.update(brands).set({ strength: 1.4 }).where(eq(brands.slug, "kia")).run();
    const after = loadMarketInputs(copy, { brand: "haval", year: 2024 });
    expect(after.places.find((p) => p.id === place.id)!.potential).toBeGreaterThan(place.potential);
    expect(after.brandStrength).toEqual({ kia: 1.4 });
    expect(after.brands).toEqual(["haval"]);
  });

  it("refuses an unknown brand (not found) and a year without sales (naming year)", () => {
    expect(() => loadMarketInputs(db, { brand: "zaz", year: 2025 })).toThrow(NotFoundError);
    try {
      loadMarketInputs(db, { brand: "haval", year: 2019 });
      throw new Error("expected an error");
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe("invalid_field");
      expect((e as AppError).fields).toHaveProperty("year");
    }
  });
});
