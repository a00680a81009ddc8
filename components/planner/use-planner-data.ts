"use client";
import { useCallback, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import {
  MAP_DEMAND_FIELDS, MAP_QUERY_FIELDS, mapCoverageOf, sameDemand, type MapCoverage, type MapDemandAnswer, type MapQueryAnswer,
} from "@/lib/planning/coverage-columns";
import type { DealershipView } from "@/db/queries/dealerships";
import type { BaseMapData, DistrictShapes } from "@/components/map";
import type { FeatureCollection, MultiPolygon } from "geojson";
import { apiErrorText } from "./api-error";

/** GET /api/isochrones: one drive-time MultiPolygon per horizon site. */
export type IsochroneCollection = FeatureCollection<MultiPolygon, { siteId: number; minutes: number }>;

export interface PlannerQuery {
  brand: string;
  mode: "road" | "straight";
  threshold: number;
  includePlanned: boolean;
  until: string;
  year: number;
  /** a named scenario shown instead of the registry (absent: live) */
  scenario?: number;
}

/** URL parameters of a planner query (shared by the API calls and the report link). */
export function queryString(q: PlannerQuery): string {
  const p = new URLSearchParams({ brand: q.brand, mode: q.mode, threshold: String(q.threshold), includePlanned: String(q.includePlanned), year: String(q.year) });
  if (q.includePlanned && q.until) p.set("until", q.until);
  if (q.scenario) p.set("scenario", String(q.scenario));
  return p.toString();
}

/** URL parameters of the demand points a query counts: brand and year only (see loadCoverage). */
function demandQueryString(q: PlannerQuery): string {
  return new URLSearchParams({ brand: q.brand, year: String(q.year) }).toString();
}

async function getJson<T>(url: string): Promise<T> {
  // no-cache, not no-store: the browser asks again every time, but an unchanged coverage answer
  // comes back as a bodiless 304 (the API's ETag moves with the data version)
  const res = await fetch(url, { cache: "no-cache" });
  const body = await res.json();
  if (!res.ok) throw new Error(apiErrorText(body, `${url} answered ${res.status}`));
  return body as T;
}

/**
 * The map's coverage in two requests: the per-query parts (about 65 kB) and the demand points (about
 * 290 kB, the same for every mode, threshold and horizon of a brand and year, so after the first load
 * the browser only revalidates them: a bodiless 304). A write between the two can pair answers from
 * different demand points: they are asked again (twice at most) until their tags agree, else "changed".
 */
async function loadCoverage(qs: string, demandQs: string): Promise<MapCoverage | "changed"> {
  const perQuery = `/api/coverage?${qs}&fields=${MAP_QUERY_FIELDS.join(",")}`;
  const demandUrl = `/api/coverage?${demandQs}&fields=${MAP_DEMAND_FIELDS.join(",")}`;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const [answer, demand] = await Promise.all([getJson<MapQueryAnswer>(perQuery), getJson<MapDemandAnswer>(demandUrl)]);
    if (sameDemand(answer, demand)) return mapCoverageOf(answer, demand);
  }
  return "changed";
}

/**
 * Loads the base map and the district outlines once, coverage + the group's dealerships whenever the
 * query changes, and (road mode) the sites' drive-time areas.
 */
export function usePlannerData(query: PlannerQuery) {
  const t = useTranslations("mapData");
  const [base, setBase] = useState<BaseMapData | null>(null);
  const [districtShapes, setDistrictShapes] = useState<DistrictShapes | null>(null);
  // kept with the request they answer, so a new query shows none until its own arrive (no reset in the effect)
  const [loadedIsochrones, setLoadedIsochrones] = useState<{ key: string; data: IsochroneCollection } | null>(null);
  const [coverage, setCoverage] = useState<MapCoverage | null>(null);
  const [sites, setSites] = useState<DealershipView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const qs = queryString(query);
  const demandQs = demandQueryString(query);
  const isochroneKey = `${qs}|${version}`;
  const isochrones = query.mode === "road" && loadedIsochrones?.key === isochroneKey ? loadedIsochrones.data : null;

  useEffect(() => {
    getJson<BaseMapData>("/api/basemap").then(setBase, (e: Error) => setError(e.message));
    getJson<DistrictShapes>("/api/districts").then(setDistrictShapes, (e: Error) => setError(e.message));
  }, []);

  useEffect(() => {
    let cancelled = false;
    if (query.mode !== "road") return;
    getJson<IsochroneCollection>(`/api/isochrones?${qs}`).then(
      (iso) => !cancelled && setLoadedIsochrones({ key: isochroneKey, data: iso }),
      (e: Error) => !cancelled && setError(e.message),
    );
    return () => {
      cancelled = true;
    };
  }, [qs, query.mode, isochroneKey]);

  useEffect(() => {
    let cancelled = false;
    Promise.all([
      loadCoverage(qs, demandQs),
      // in a scenario the sites are the registry's with the scenario's edits replayed
      getJson<{ dealerships: DealershipView[] }>(
        query.scenario
          ? `/api/scenarios/${query.scenario}/sites?brand=${encodeURIComponent(query.brand)}`
          : `/api/dealerships?brand=${encodeURIComponent(query.brand)}`,
      ),
    ]).then(
      ([c, d]) => {
        if (cancelled) return;
        if (c === "changed") {
          setError(t("dataChanged"));
          return;
        }
        setCoverage(c);
        setSites(d.dealerships);
        setError(null);
      },
      (e: Error) => !cancelled && setError(e.message),
    );
    return () => {
      cancelled = true;
    };
  }, [qs, demandQs, query.brand, query.scenario, version, t]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { base, districtShapes, isochrones, coverage, sites, error, reload };
}
