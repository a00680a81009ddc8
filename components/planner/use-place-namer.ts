"use client";
import { useEffect, useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { placeNamer, type PlaceNamer, type PlaceNameTable } from "@/lib/i18n/place-namer";
import { localizeComparison, localizeDemand, localizeDistricts } from "@/lib/i18n/localize-coverage";
import type { MapCoverage } from "@/lib/planning/coverage-columns";
import type { AnySuggestionResult } from "./suggest-panel";

const EMPTY: PlaceNameTable = { points: {}, districts: {}, regions: {} };

/**
 * The reader's names of places, districts and regions (GET /api/place-names, once per page): null
 * while they load, so the map never shows English names first and then swaps them.
 */
export function usePlaceNamer(): PlaceNamer | null {
  const locale = useLocale();
  const tc = useTranslations("common");
  const [table, setTable] = useState<PlaceNameTable | null>(locale === "en" ? EMPTY : null);
  useEffect(() => {
    if (locale === "en") return;
    let cancelled = false;
    fetch(`/api/place-names?lang=${locale}`)
      .then((r) => (r.ok ? (r.json() as Promise<PlaceNameTable>) : EMPTY))
      // names are a nicety: without them the map still works, in the names the rows carry
      .catch(() => EMPTY)
      .then((t) => !cancelled && setTable(t));
    return () => {
      cancelled = true;
    };
  }, [locale]);
  return useMemo(() => (table ? placeNamer(table, (district) => tc("districtRest", { district })) : null), [table, tc]);
}

/** The map's coverage with every place, district and region named for the reader (null until both are there). */
export function useLocalizedCoverage(coverage: MapCoverage | null, namer: PlaceNamer | null): MapCoverage | null {
  return useMemo(() => {
    if (!coverage || !namer) return null;
    const n = namer;
    return {
      ...coverage,
      cities: coverage.cities.map((c) => ({ ...c, name: n.place(c.id, c.name), region: n.region(c.region) })),
      sites: coverage.sites.map((s) => ({ ...s, region: s.region === null ? null : n.region(s.region) })),
      comparison: localizeComparison(coverage.comparison, n),
      inputs: { ...coverage.inputs, demand: localizeDemand(coverage.inputs.demand, n), districts: localizeDistricts(coverage.inputs.districts, n) },
    };
  }, [coverage, namer]);
}

/** Suggested sites (coverage or sales) with their places named for the reader; as given until the names are there. */
export function useLocalizedSuggestions(suggestions: AnySuggestionResult | null, namer: PlaceNamer | null): AnySuggestionResult | null {
  return useMemo(
    () =>
      suggestions && namer
        ? ({
            ...suggestions,
            sites: suggestions.sites.map((x) =>
              "newlyCoveredCities" in x
                ? { ...x, cityName: namer.place(x.cityId, x.cityName), newlyCoveredCities: x.newlyCoveredCities.map((c) => ({ ...c, name: namer.place(c.id, c.name) })) }
                : { ...x, cityName: namer.place(x.cityId, x.cityName) },
            ),
          } as AnySuggestionResult)
        : suggestions,
    [suggestions, namer],
  );
}
