import { describe, expect, it } from "vitest";
import { createTestDb } from "../test-db";
import { CITIES, REGIONS } from "../seed/data";
import { placeName } from "@/lib/i18n/place-name";
import { loadPlaceNames } from "./place-names";

describe("place names in every language", () => {
  const db = createTestDb();
  const names = loadPlaceNames(db);
  const bySlug = (slug: string) => [...names.cities.values()].find((c) => c.nameEn === CITIES.find((x) => x.slug === slug)?.nameEn)!;

  it("names the 20 regions in Kazakh and Chinese and the 41 cities in Chinese", () => {
    for (const r of REGIONS) {
      const row = names.regions.get(r.slug)!;
      expect(row.nameKk, r.slug).toBeTruthy();
      expect(row.nameZh, r.slug).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(CITIES).toHaveLength(41);
    for (const c of CITIES) expect(bySlug(c.slug).nameZh, c.slug).toMatch(/^[\u4e00-\u9fff]+$/);
    expect(placeName(bySlug("almaty"), "zh")).toBe("阿拉木图");
    expect(placeName(bySlug("shymkent"), "kk")).toBe("Шымкент");
    expect(placeName(names.regions.get("east-kazakhstan")!, "kk")).toBe("Шығыс Қазақстан облысы");
    expect(placeName(names.regions.get("Akmola Region")!, "ru")).toBe("Акмолинская область");
  });

  it("falls back to Russian for a Chinese reader where a place has no Chinese name", () => {
    const village = [...names.cities.values()].find((c) => !c.nameZh)!;
    expect(placeName(village, "zh")).toBe(village.nameRu);
    const district = names.districts.values().next().value!;
    expect(placeName(district, "zh")).toBe(district.nameRu);
  });
});
