// The coverage model names places, districts and regions in English (its rows are shared by every
// reader and memoised once). Views rename them for the reader here, after the figures are computed,
// so the numbers never depend on the language.
import type { CoverageResult } from "../coverage/types";
import type { HorizonComparison } from "../coverage/compare";
import type { DemandDistrict } from "../planning/demand";
import type { DistrictCoverage, DistrictGap, PlaceCoverage } from "../planning/districts";
import type { DemandCity } from "../coverage/types";
import type { PlaceNamer } from "./place-namer";
import type { CoverageReportView } from "../report/report-view";

/** A coverage result with its cities, gaps and regions named for the reader. */
export function localizeResult<T extends Pick<CoverageResult, "cities" | "gaps" | "regions" | "sites">>(r: T, n: PlaceNamer): T {
  return {
    ...r,
    cities: r.cities.map((c) => ({ ...c, name: n.place(c.id, c.name), region: n.region(c.region) })),
    gaps: r.gaps.map((g) => ({ ...g, name: n.place(g.cityId, g.name), region: n.region(g.region) })),
    regions: r.regions.map((x) => ({ ...x, region: n.region(x.region) })),
    sites: r.sites.map((s) => ({ ...s, region: s.region === null ? null : n.region(s.region) })),
  };
}

export function localizeComparison(c: HorizonComparison, n: PlaceNamer): HorizonComparison {
  return { ...c, regions: c.regions.map((r) => ({ ...r, region: n.region(r.region) })) };
}

export function localizeDemand(d: readonly DemandCity[], n: PlaceNamer): DemandCity[] {
  return d.map((p) => ({
    ...p, name: n.point(p), region: n.region(p.region), districtName: p.district && p.districtName ? n.district(p.district, p.districtName) : p.districtName,
  }));
}

export function localizeDistricts<T extends DistrictCoverage | DemandDistrict>(d: readonly T[], n: PlaceNamer): T[] {
  return d.map((x) => ({ ...x, name: n.district(x.kato, x.name), region: n.region(x.region) }));
}

export function localizeDistrictGaps(gaps: readonly DistrictGap[], n: PlaceNamer): DistrictGap[] {
  return gaps.map((g) => ({
    ...g, name: n.district(g.kato, g.name), region: n.region(g.region), places: g.places.map((p) => ({ ...p, name: n.place(p.id, p.name) })),
  }));
}

export function localizePlaces(places: readonly PlaceCoverage[], n: PlaceNamer): PlaceCoverage[] {
  return places.map((p) => ({ ...p, name: n.place(p.id, p.name), region: n.region(p.region) }));
}

/** The report's figures with places, districts and regions named for the reader (same numbers, same order). */
export function localizeReportView<V extends Pick<CoverageReportView, "regions" | "cities" | "gaps" | "sites">>(view: V, n: PlaceNamer): V {
  return {
    ...view,
    regions: view.regions.map((r) => ({
      ...r, region: n.region(r.region), largestGapCityName: r.largestGapCityId && r.largestGapCityName ? n.place(r.largestGapCityId, r.largestGapCityName) : r.largestGapCityName,
    })),
    cities: view.cities.map((c) => ({ ...c, name: n.place(c.id, c.name), region: n.region(c.region) })),
    gaps: view.gaps.map((g) => ({ ...g, name: n.place(g.cityId, g.name), region: n.region(g.region) })),
    sites: view.sites.map((s) => ({ ...s, region: s.region === null ? null : n.region(s.region) })),
  };
}

/** Compared networks (live and scenarios) with live's name, regions and changed places in the reader's language. */
export function localizeCompared<T extends { id: "live" | number; name: string; regions: { region: string }[]; coverageChanges?: { cityId: string; name: string }[] }>(
  scenarios: readonly T[],
  n: PlaceNamer,
  liveName: string,
): T[] {
  return scenarios.map((s) => ({
    ...s,
    name: s.id === "live" ? liveName : s.name,
    regions: s.regions.map((r) => ({ ...r, region: n.region(r.region) })),
    ...(s.coverageChanges ? { coverageChanges: s.coverageChanges.map((c) => ({ ...c, name: n.place(c.cityId, c.name) })) } : {}),
  }));
}
