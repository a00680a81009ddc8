import { describe, expect, it } from "vitest";
import { placeNameTable, placeNamer } from "./place-namer";
import { localizeDistrictGaps, localizeResult } from "./localize-coverage";
import type { NamedPlace, PlaceNames } from "./place-name";

const almaty = { nameEn: "Almaty", nameRu: "Алматы", nameKk: "Алматы", nameZh: "阿拉木图" };
const village = { nameEn: "Akkol", nameRu: "Акколь", nameKk: "Ақкөл", nameZh: null };
const keles = { nameEn: "Keles", nameRu: "Келесский", nameKk: "Келес", nameZh: null };
const region = { nameEn: "Almaty Region", nameRu: "Алматинская область", nameKk: "Алматы облысы", nameZh: "阿拉木图州" };
const names: PlaceNames = {
  cities: new Map(),
  citiesBySlug: new Map<string, NamedPlace>([["almaty", almaty], ["akkol", village]]),
  regions: new Map<number | string, NamedPlace>([[1, region], ["almaty-region", region], ["Almaty Region", region]]),
  districts: new Map<string, NamedPlace>([["511600000", keles]]),
};
const rest = (d: string) => `${d} (остаток)`;

describe("placeNamer", () => {
  it("renames nothing in English, so the browser need not fetch a table", () => {
    expect(placeNameTable(names, "en")).toEqual({ points: {}, districts: {}, regions: {} });
    const n = placeNamer(placeNameTable(names, "en"), rest);
    expect(n.place("almaty", "Almaty")).toBe("Almaty");
    expect(n.place("rural-511600000", "Keles District (rest, estimate)")).toBe("Keles District (rest, estimate)");
  });

  it("names places, district rests and regions in the reader's language, Russian where it has none", () => {
    const zh = placeNamer(placeNameTable(names, "zh"), (d) => `${d}（其余）`);
    expect(zh.place("almaty", "Almaty")).toBe("阿拉木图");
    expect(zh.place("akkol", "Akkol")).toBe("Акколь");
    expect(zh.region("Almaty Region")).toBe("阿拉木图州");
    expect(zh.place("rural-511600000", "Keles District (rest, estimate)")).toBe("Келесский（其余）");
    const kk = placeNamer(placeNameTable(names, "kk"), rest);
    expect(kk.place("akkol", "Akkol")).toBe("Ақкөл");
    expect(kk.district("511600000", "Keles")).toBe("Келес");
  });

  it("keeps the name a row came with when the table does not know it", () => {
    const ru = placeNamer(placeNameTable(names, "ru"), rest);
    expect(ru.place("nowhere", "Nowhere")).toBe("Nowhere");
    expect(ru.region("Atlantis Region")).toBe("Atlantis Region");
  });

  it("relabels a coverage result without touching its figures", () => {
    const ru = placeNamer(placeNameTable(names, "ru"), rest);
    const city = { id: "almaty", name: "Almaty", region: "Almaty Region", lat: 43.2, lng: 76.9, vehicles: 100, nearestSiteId: 1, nearestSiteName: "Haval Almaty", travel: 12, km: 9, covered: true, uncoveredVehicles: 0 };
    const result = { cities: [city], gaps: [], regions: [{ region: "Almaty Region", vehicles: 100, coveredVehicles: 100, shareCovered: 1, sites: 1, bays: 6, vehiclesPerBay: 16.7, largestGapCityId: null }], sites: [] };
    const out = localizeResult(result, ru);
    expect(out.cities[0]).toEqual({ ...city, name: "Алматы", region: "Алматинская область" });
    expect(out.regions[0].region).toBe("Алматинская область");
    const gaps = localizeDistrictGaps([{ kato: "511600000", name: "Keles", region: "Almaty Region", vehicles: 5, coveredVehicles: 0, uncoveredVehicles: 5, shareCovered: 0, places: [{ id: "akkol", name: "Akkol", vehicles: 5, travel: null, isEstimate: false }] }], ru);
    expect(gaps[0]).toMatchObject({ name: "Келесский", region: "Алматинская область", uncoveredVehicles: 5, places: [{ name: "Акколь", vehicles: 5 }] });
  });
});
