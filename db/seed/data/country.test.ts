import { describe, expect, it } from "vitest";
import { isInKazakhstan } from "@/lib/geo/kazakhstan";
import { CITIES, DISTRICTS, NATIONAL_POPULATION_2024, PLACES, REGION_POPULATION, REGIONS, slugify, transliterate } from "./index";

const districtByKato = new Map(DISTRICTS.map((d) => [d.kato, d]));

describe("districts and places of the whole country", () => {
  it("has the 224 districts, each in one of the 20 regions, with a geometry and a point inside Kazakhstan", () => {
    expect(DISTRICTS).toHaveLength(224);
    expect(new Set(DISTRICTS.map((d) => d.kato)).size).toBe(224);
    const regionSlugs = new Set(REGIONS.map((r) => r.slug));
    for (const d of DISTRICTS) {
      expect(regionSlugs.has(d.regionSlug), d.kato).toBe(true);
      expect(JSON.parse(d.geometry).type).toMatch(/Polygon/);
      expect(isInKazakhstan(d.labelLat, d.labelLng), d.nameEn).toBe(true);
    }
    expect(new Set(DISTRICTS.map((d) => d.regionSlug)).size).toBe(20);
  });

  it("keeps the 41 cities with their slugs first, and gives every place a district of its own region", () => {
    expect(PLACES.slice(0, 41).map((p) => p.slug)).toEqual(CITIES.map((c) => c.slug));
    expect(new Set(PLACES.map((p) => p.slug)).size).toBe(PLACES.length);
    for (const p of PLACES) {
      const d = districtByKato.get(p.districtKato);
      expect(d, p.slug).toBeDefined();
      expect(d!.regionSlug, p.slug).toBe(p.regionSlug);
      expect(p.slug).toMatch(/^[a-z0-9-]+$/);
    }
    // Almaty city lies in an Almaty city district, Kyzylorda (no OSM population tag) found by point-in-polygon
    expect(districtByKato.get(PLACES.find((p) => p.slug === "almaty")!.districtKato)!.regionSlug).toBe("almaty-city");
    expect(districtByKato.get(PLACES.find((p) => p.slug === "kyzylorda")!.districtKato)!.regionSlug).toBe("kyzylorda");
    // the OSM rows of the 41 cities are not counted twice
    expect(PLACES.filter((p) => p.nameEn === "Almaty" || p.nameEn === "Astana")).toHaveLength(2);
    expect(PLACES.filter((p) => p.kind !== "rural" && p.population >= 1000).length).toBeGreaterThan(1000);
  });

  it("adds up to the national population: tagged places + labelled rural remainders", () => {
    const total = PLACES.reduce((a, p) => a + p.population, 0);
    expect(Math.abs(total - NATIONAL_POPULATION_2024.value)).toBeLessThan(50);
    expect(DISTRICTS.reduce((a, d) => a + d.population, 0)).toBe(total);
    const rural = PLACES.filter((p) => p.kind === "rural");
    expect(rural.length).toBeGreaterThan(150);
    for (const r of rural) {
      expect(r.populationIsEstimate).toBe(true);
      expect(r.source).toMatch(/^ESTIMATE/);
      expect(r.slug).toBe(`rural-${r.districtKato}`);
    }
    // a region with a sourced figure adds up to it (rounding aside)
    const turkistan = DISTRICTS.filter((d) => d.regionSlug === "turkistan").reduce((a, d) => a + d.population, 0);
    expect(Math.abs(turkistan - REGION_POPULATION.turkistan.value)).toBeLessThan(20);
  });

  it("makes slugs from Russian and Kazakh names", () => {
    expect(transliterate("Жаңаөзен")).toBe("Zhanaozen");
    expect(slugify("Шахтинск")).toBe("shakhtinsk");
    expect(slugify("Ақсу 2")).toBe("aksu-2");
  });
});
