import { describe, expect, it } from "vitest";
import { brandOptions } from "@/lib/planning/brand-options";
import { BRANDS, CITIES, CHINESE_SHARE_2025, NEW_VEHICLE_SALES, PARK_YEARS, PLACES } from ".";
import { COMPETITOR_BRANDS, COMPETITOR_DEALERSHIPS } from "./competitors";
import { BRAND_SALES, SALES, deriveSales } from "./sales";

const nationalSales = (brandSlugs: string[], year: number) =>
  SALES.filter((r) => brandSlugs.includes(r.brandSlug) && r.year === year).reduce((a, r) => a + r.vehicles, 0);
const chinesePassenger = BRANDS.filter((b) => b.segment === "passenger").map((b) => b.slug);
const competitors = COMPETITOR_BRANDS.map((b) => b.slug);

describe("sales seed", () => {
  it("adds up exactly to each brand's national sales, as labelled estimates", () => {
    for (const input of BRAND_SALES) {
      for (const year of PARK_YEARS) expect(nationalSales([input.brandSlug], year), `${input.brandSlug} ${year}`).toBe(input.sales[year]);
    }
    const keys = SALES.map((r) => `${r.citySlug}|${r.brandSlug}|${r.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of SALES) {
      expect(r.isEstimate).toBe(true);
      expect(r.source).toMatch(/^ESTIMATE/);
      expect(Number.isInteger(r.vehicles) && r.vehicles >= 0).toBe(true);
    }
    // the 41 planner cities always have a row per brand and year; the cities carry the full derivation
    const cityRows = SALES.filter((r) => CITIES.some((c) => c.slug === r.citySlug));
    expect(cityRows).toHaveLength(CITIES.length * BRAND_SALES.length * PARK_YEARS.length);
    expect(cityRows.every((r) => r.source.includes("Basis:"))).toBe(true);
  });

  it("agrees with the sourced market facts (kz-vehicles.md §2)", () => {
    const all = [...chinesePassenger, ...competitors];
    for (const year of PARK_YEARS) {
      // the modelled brands are most of the market but never more than it
      const share = nationalSales(all, year) / NEW_VEHICLE_SALES[year];
      expect(share, String(year)).toBeGreaterThan(0.85);
      expect(share, String(year)).toBeLessThan(1);
    }
    // Chinese brands: 39 % of 2025 (all of them); the modelled ones a bit less, and rising
    const chineseShare = PARK_YEARS.map((y) => nationalSales(chinesePassenger, y) / NEW_VEHICLE_SALES[y]);
    expect(chineseShare[2]).toBeLessThan(CHINESE_SHARE_2025);
    expect(chineseShare[2]).toBeGreaterThan(CHINESE_SHARE_2025 - 0.08);
    expect(chineseShare[0]).toBeLessThan(chineseShare[2]);
    // GWM sold 8,824 in 2023
    expect(nationalSales(["haval", "tank", "wey"], 2023)).toBe(8824);
    // Chevrolet's Cobalt alone sold 14,851 in H1 2023; Hyundai's Tucson 6,868; Kia's Sportage 5,398
    expect(nationalSales(["chevrolet"], 2023)).toBeGreaterThan(2 * 14851);
    expect(nationalSales(["hyundai"], 2023)).toBeGreaterThan(2 * 6868);
    expect(nationalSales(["kia"], 2023)).toBeGreaterThan(2 * 5398);
    // Nov 2025 ranking Chevrolet 7.8k > Hyundai 5.3k > Kia 2.0k; Chevrolet the market leader
    const y2025 = (b: string) => nationalSales([b], 2025);
    expect(y2025("chevrolet")).toBeGreaterThan(y2025("hyundai"));
    expect(y2025("hyundai")).toBeGreaterThan(y2025("kia"));
    for (const b of [...chinesePassenger, "toyota", "lada"]) expect(y2025("chevrolet")).toBeGreaterThan(y2025(b));
  });

  it("concentrates new-car sales in the big cities (the urban weighting)", () => {
    const total = nationalSales(["chevrolet"], 2025);
    const big = SALES.filter((r) => r.brandSlug === "chevrolet" && r.year === 2025 && ["almaty", "astana", "shymkent"].includes(r.citySlug));
    const share = big.reduce((a, r) => a + r.vehicles, 0) / total;
    // Almaty + Astana + Shymkent took 45 % of Nov 2024 first registrations (Sputnik KZ/BNS)
    expect(share).toBeGreaterThan(0.35);
    expect(share).toBeLessThan(0.55);
  });

  it("is deterministic", () => {
    expect(JSON.stringify(deriveSales(PLACES, BRAND_SALES))).toBe(JSON.stringify(SALES));
  });
});

describe("competitors", () => {
  it("are the market leaders, flagged so the after-sales pickers leave them out", () => {
    expect(competitors.sort()).toEqual(["chevrolet", "hyundai", "kia", "lada", "toyota"]);
    expect(COMPETITOR_BRANDS.every((b) => b.competitor && b.segment === "passenger")).toBe(true);
    const all = [...BRANDS, ...COMPETITOR_BRANDS];
    const planned = brandOptions(all).map((o) => o.value);
    expect(planned).toEqual(brandOptions(BRANDS).map((o) => o.value));
    expect(planned).not.toContain("chevrolet");
    expect(brandOptions(all, { competitors: true }).map((o) => o.value)).toEqual(expect.arrayContaining(["chevrolet", "hyundai-motor-group", "kia"]));
  });

  it("have illustrative, open sales networks in the main cities", () => {
    for (const slug of competitors) {
      const sites = COMPETITOR_DEALERSHIPS.filter((d) => d.brandSlug === slug);
      expect(sites.length, slug).toBeGreaterThanOrEqual(10);
      expect(sites.every((d) => d.status === "open" && d.sales && d.source.startsWith("ILLUSTRATIVE")), slug).toBe(true);
      for (const city of ["almaty", "astana", "shymkent"]) expect(sites.some((d) => d.citySlug === city), `${slug} ${city}`).toBe(true);
      // each outlet sells in the order of its brand's (illustrative) throughput standard
      const perOutlet = nationalSales([slug], 2025) / sites.length;
      const target = COMPETITOR_BRANDS.find((b) => b.slug === slug)!.targetSalesPerOutlet!;
      expect(perOutlet / target, slug).toBeGreaterThan(0.7);
      expect(perOutlet / target, slug).toBeLessThan(1.5);
    }
    const keys = COMPETITOR_DEALERSHIPS.map((d) => `${d.brandSlug}|${d.name}|${d.citySlug}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
