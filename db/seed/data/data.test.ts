import { describe, expect, it } from "vitest";
import { isInKazakhstan } from "@/lib/geo/kazakhstan";
import {
  BRAND_PARK_INPUTS,
  BRAND_PARK_TOTALS,
  BRANDS,
  CHINESE_SHARE_2025,
  CITIES,
  DEALERSHIPS,
  NEW_VEHICLE_SALES,
  PARK_YEARS,
  PLACES,
  REGIONS,
  VEHICLE_PARK,
  allocateLargestRemainder,
  deriveVehiclePark,
} from "./index";

const CITY_SLUGS =
  "almaty astana shymkent aktobe karaganda taraz ust-kamenogorsk pavlodar atyrau semey kyzylorda kostanay aktau uralsk petropavl turkistan kokshetau temirtau taldykorgan ekibastuz rudny zhezkazgan kaskelen zhanaozen kentau balkhash satbayev kulsary konaev talgar saryagash zharkent arys aksu beyneu ridder stepnogorsk shchuchinsk lisakovsk aksai ayagoz".split(
    " ",
  );
const cityBySlug = new Map(CITIES.map((c) => [c.slug, c]));
const brandSlugs = new Set(BRANDS.map((b) => b.slug));
const QUARTER = /^20\d\d-Q[1-4]$/;

function km(aLat: number, aLng: number, bLat: number, bLng: number): number {
  const dy = (aLat - bLat) * 111.32;
  const dx = (aLng - bLng) * 111.32 * Math.cos((aLat * Math.PI) / 180);
  return Math.hypot(dx, dy);
}
const park = (brands: string[], year: number) =>
  BRAND_PARK_TOTALS.filter((t) => brands.includes(t.brandSlug) && t.year === year).reduce((a, t) => a + t.vehicles, 0);

describe("regions and cities", () => {
  it("has the 17 regions and 3 cities of republican significance", () => {
    expect(REGIONS).toHaveLength(20);
    expect(REGIONS.filter((r) => r.kind === "region")).toHaveLength(17);
    expect(REGIONS.filter((r) => r.kind === "city").map((r) => r.slug).sort()).toEqual([
      "almaty-city",
      "astana-city",
      "shymkent-city",
    ]);
    expect(new Set(REGIONS.map((r) => r.slug)).size).toBe(20);
    for (const slug of ["abai", "jetisu", "ulytau", "almaty-region", "east-kazakhstan"]) {
      expect(REGIONS.some((r) => r.slug === slug)).toBe(true);
    }
  });

  it("names every region centre after a city of that region (Konaev for Almaty Region)", () => {
    for (const r of REGIONS) {
      const centre = CITIES.find((c) => c.nameEn === r.centre);
      expect(centre, r.slug).toBeDefined();
      expect(centre?.regionSlug).toBe(r.slug);
    }
    expect(REGIONS.find((r) => r.slug === "almaty-region")?.centre).toBe("Konaev");
  });

  it("has the 41 cities with their fixed slugs, resolvable regions and honest populations", () => {
    expect(CITIES.map((c) => c.slug)).toEqual(CITY_SLUGS);
    for (const c of CITIES) {
      expect(REGIONS.some((r) => r.slug === c.regionSlug), c.slug).toBe(true);
      expect(Number.isInteger(c.population) && c.population > 0, c.slug).toBe(true);
      expect(isInKazakhstan(c.lat, c.lng), c.slug).toBe(true);
      expect(c.source.length).toBeGreaterThan(20);
      if (c.populationIsEstimate) expect(c.source).toMatch(/^ESTIMATE/);
    }
    expect(CITIES.filter((c) => c.populationIsEstimate).map((c) => c.slug).sort()).toEqual(
      ["aksai", "ayagoz", "beyneu", "lisakovsk", "ridder", "shchuchinsk", "stepnogorsk"],
    );
  });
});

describe("brands", () => {
  it("has the required brands, grouped by manufacturer", () => {
    expect(brandSlugs.size).toBe(BRANDS.length);
    for (const s of "haval tank wey chery omoda jetour exeed changan geely jac li-auto byd zeekr hongqi yutong".split(" ")) {
      expect(brandSlugs.has(s), s).toBe(true);
    }
    const group = (s: string) => BRANDS.find((b) => b.slug === s)?.manufacturerSlug;
    expect(["haval", "tank", "wey"].map(group)).toEqual(["great-wall", "great-wall", "great-wall"]);
    expect(["chery", "omoda", "jetour", "exeed"].map(group)).toEqual(["chery", "chery", "chery", "chery"]);
    expect(BRANDS.find((b) => b.slug === "yutong")?.segment).toBe("bus");
  });
});

describe("dealerships", () => {
  const haval = DEALERSHIPS.filter((d) => d.brandSlug === "haval");

  it("has GWM's 28 open dealerships in 20 cities and the 2 announced Q3 openings", () => {
    const open = haval.filter((d) => d.status === "open");
    expect(open).toHaveLength(28);
    expect(new Set(open.map((d) => d.citySlug)).size).toBe(20);
    const planned = haval.filter((d) => d.status === "planned");
    expect(planned.map((d) => [d.citySlug, d.plannedQuarter]).sort()).toEqual([
      ["almaty", "2024-Q3"],
      ["astana", "2024-Q3"],
    ]);
    expect(haval).toHaveLength(30);
    expect(open.filter((d) => d.service).length).toBeGreaterThanOrEqual(24);
    for (const d of open.filter((x) => x.service)) expect(d.serviceBays).toBeGreaterThanOrEqual(4);
    for (const d of haval) expect(d.serviceBays).toBeLessThanOrEqual(16);
  });

  it("leaves service gaps for the planner", () => {
    const gwmCities = new Set(
      DEALERSHIPS.filter((d) => ["haval", "tank", "wey"].includes(d.brandSlug) && d.service).map((d) => d.citySlug),
    );
    for (const gap of ["zhezkazgan", "kulsary", "zharkent", "ayagoz", "balkhash", "beyneu", "ridder"]) {
      expect(gwmCities.has(gap), gap).toBe(false);
    }
  });

  it("has Li Auto's Almaty service centre and a Yutong bus network", () => {
    const li = DEALERSHIPS.find((d) => d.brandSlug === "li-auto" && d.citySlug === "almaty");
    expect(li).toMatchObject({ status: "open", sales: false, service: true, parts: true });
    expect(li?.openedOn?.startsWith("2024")).toBe(true);
    const yutong = DEALERSHIPS.filter((d) => d.brandSlug === "yutong" && d.service);
    expect(yutong.length).toBeGreaterThanOrEqual(12);
    expect(DEALERSHIPS.filter((d) => d.brandSlug === "chery" && d.status === "open").length).toBeGreaterThanOrEqual(18);
  });

  it("keeps rows consistent: unique, resolvable, dated, sourced", () => {
    const keys = DEALERSHIPS.map((d) => `${d.brandSlug}|${d.name}|${d.citySlug}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const d of DEALERSHIPS) {
      expect(brandSlugs.has(d.brandSlug), d.name).toBe(true);
      expect(cityBySlug.has(d.citySlug), d.name).toBe(true);
      expect(d.source.length, d.name).toBeGreaterThan(20);
      expect(Number.isInteger(d.serviceBays) && d.serviceBays >= 0).toBe(true);
      expect(d.service ? d.serviceBays > 0 : d.serviceBays === 0, d.name).toBe(true);
      if (d.status === "planned" || d.status === "under_construction") {
        expect(d.plannedQuarter, d.name).toMatch(QUARTER);
        expect(d.openedOn).toBeNull();
      } else {
        expect(d.openedOn, d.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(Number.isNaN(Date.parse(d.openedOn ?? ""))).toBe(false);
        expect(d.plannedQuarter).toBeNull();
      }
    }
    expect(DEALERSHIPS.filter((d) => d.status === "closed").length).toBeGreaterThanOrEqual(2);
    const future = DEALERSHIPS.filter((d) => d.brandSlug !== "haval" && d.plannedQuarter);
    expect(future.every((d) => /^202[5-7]-Q/.test(d.plannedQuarter ?? ""))).toBe(true);
  });

  it("places every site 2-6 km from its city, inside Kazakhstan, without stacking", () => {
    for (const d of DEALERSHIPS) {
      const c = cityBySlug.get(d.citySlug)!;
      const dist = km(d.lat, d.lng, c.lat, c.lng);
      expect(dist, d.name).toBeGreaterThan(1.9);
      expect(dist, d.name).toBeLessThan(6.1);
      expect(d.lat >= 40.5 && d.lat <= 55.5 && d.lng >= 46.4 && d.lng <= 87.4, d.name).toBe(true);
      expect(isInKazakhstan(d.lat, d.lng), d.name).toBe(true);
    }
    for (let i = 0; i < DEALERSHIPS.length; i++) {
      for (let j = i + 1; j < DEALERSHIPS.length; j++) {
        const a = DEALERSHIPS[i];
        const b = DEALERSHIPS[j];
        expect(km(a.lat, a.lng, b.lat, b.lng), `${a.name} / ${b.name}`).toBeGreaterThan(0.1);
      }
    }
  });
});

describe("vehicle park", () => {
  it("has one estimated, sourced, integer row per city x brand x year, and rows for the other places", () => {
    // the 41 cities always have their row; other places only where the rounding left vehicles
    const placeSlugs = new Set(PLACES.map((p) => p.slug));
    const cityRows = VEHICLE_PARK.filter((r) => cityBySlug.has(r.citySlug));
    expect(cityRows).toHaveLength(CITIES.length * BRANDS.length * PARK_YEARS.length);
    expect(VEHICLE_PARK.length).toBeGreaterThan(10 * cityRows.length);
    expect(VEHICLE_PARK.length).toBeLessThanOrEqual(PLACES.length * BRANDS.length * PARK_YEARS.length);
    const keys = VEHICLE_PARK.map((r) => `${r.citySlug}|${r.brandSlug}|${r.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of VEHICLE_PARK) {
      expect(placeSlugs.has(r.citySlug) && brandSlugs.has(r.brandSlug)).toBe(true);
      if (!cityBySlug.has(r.citySlug)) expect(r.vehicles).toBeGreaterThan(0);
      expect(Number.isInteger(r.vehicles) && r.vehicles >= 0).toBe(true);
      expect(r.isEstimate).toBe(true);
      expect(r.source).toMatch(/^ESTIMATE/);
    }
  });

  it("adds up exactly to the national totals, which are estimates with sources", () => {
    expect(BRAND_PARK_TOTALS).toHaveLength(BRANDS.length * PARK_YEARS.length);
    for (const t of BRAND_PARK_TOTALS) {
      expect(t.isEstimate).toBe(true);
      const sum = VEHICLE_PARK.filter((r) => r.brandSlug === t.brandSlug && r.year === t.year).reduce(
        (a, r) => a + r.vehicles,
        0,
      );
      expect(sum, `${t.brandSlug} ${t.year}`).toBe(t.vehicles);
    }
  });

  it("agrees with the sourced facts", () => {
    const gwm = ["haval", "tank", "wey"];
    const gwmSales2023 = BRAND_PARK_INPUTS.filter((i) => gwm.includes(i.brandSlug)).reduce((a, i) => a + i.sales[2023], 0);
    expect(gwmSales2023).toBe(8824);
    expect(park(gwm, 2023)).toBeGreaterThanOrEqual(15000);
    expect(park(gwm, 2023)).toBeLessThanOrEqual(20000);
    expect(park(gwm, 2024)).toBeGreaterThan(park(gwm, 2023));
    expect(park(gwm, 2025)).toBeGreaterThan(park(gwm, 2024));
    expect(park(["li-auto"], 2023)).toBeGreaterThan(1000);
    expect(park(["yutong"], 2023)).toBeGreaterThan(5000);
    expect(park(["chery"], 2023)).toBeGreaterThanOrEqual(12000);
    // Chery claims first place among Chinese brands: above GWM's 8,824 in 2023
    expect(BRAND_PARK_INPUTS.find((i) => i.brandSlug === "chery")!.sales[2023]).toBeGreaterThan(8824);
    // modelled passenger brands' share of new sales rises and stays under the 39 % of all Chinese brands
    const share = PARK_YEARS.map(
      (y) =>
        BRAND_PARK_INPUTS.filter((i) => i.brandSlug !== "yutong").reduce((a, i) => a + i.sales[y], 0) /
        NEW_VEHICLE_SALES[y],
    );
    expect(share[0]).toBeLessThan(share[1]);
    expect(share[1]).toBeLessThan(share[2]);
    expect(share[2]).toBeLessThan(CHINESE_SHARE_2025);
    // the Chinese park is a small part of the ~4.9-5.0 M passenger fleet (Almaty ~0.62 M)
    const passengerBrands = BRANDS.filter((b) => b.segment === "passenger").map((b) => b.slug);
    expect(park(passengerBrands, 2025)).toBeLessThan(0.1 * 4_900_000);
    const almaty2025 = VEHICLE_PARK.filter((r) => r.citySlug === "almaty" && r.year === 2025 && r.brandSlug !== "yutong");
    expect(almaty2025.reduce((a, r) => a + r.vehicles, 0)).toBeLessThan(0.2 * 620_000);
  });

  it("skews new premium/NEV brands to Almaty and Astana", () => {
    const rows = VEHICLE_PARK.filter((r) => r.brandSlug === "li-auto" && r.year === 2023);
    const bigTwo = rows.filter((r) => r.citySlug === "almaty" || r.citySlug === "astana").reduce((a, r) => a + r.vehicles, 0);
    expect(bigTwo / 1100).toBeGreaterThan(0.6);
  });

  it("is deterministic and rounds by largest remainder", () => {
    // compared as text: a deep toEqual over ~33,000 rows takes seconds
    expect(JSON.stringify(deriveVehiclePark(PLACES, BRAND_PARK_TOTALS))).toBe(JSON.stringify(VEHICLE_PARK));
    expect(allocateLargestRemainder(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(allocateLargestRemainder(7, [0, 0])).toEqual([0, 0]);
  });
});
