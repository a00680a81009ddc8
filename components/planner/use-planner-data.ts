"use client";
import { useCallback, useEffect, useState } from "react";
import type { CoverageResult, DemandCity, ScenarioComparison } from "@/lib/coverage";
import type { CandidateServiceSite } from "@/lib/planning/scenario";
import type { DealershipView } from "@/db/queries/dealerships";
import type { BaseMapData } from "@/components/map";
import { apiErrorText } from "./api-error";

/** The JSON of GET /api/coverage (with inputs=true). */
export interface CoverageResponse {
  brand: { slug: string; label: string; brandSlugs: string[] };
  year: number;
  years: number[];
  mode: CoverageResult["mode"];
  unit: CoverageResult["unit"];
  threshold: number;
  totals: CoverageResult["totals"];
  cities: CoverageResult["cities"];
  gaps: CoverageResult["gaps"];
  regions: CoverageResult["regions"];
  sites: CoverageResult["sites"];
  comparison: ScenarioComparison;
  inputs: { demand: DemandCity[]; sites: CandidateServiceSite[] };
}

export interface PlannerQuery {
  brand: string;
  mode: "road" | "straight";
  threshold: number;
  includePlanned: boolean;
  until: string;
  year: number;
}

/** URL parameters of a planner query (shared by the API calls and the report link). */
export function queryString(q: PlannerQuery): string {
  const p = new URLSearchParams({ brand: q.brand, mode: q.mode, threshold: String(q.threshold), includePlanned: String(q.includePlanned), year: String(q.year) });
  if (q.includePlanned && q.until) p.set("until", q.until);
  return p.toString();
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { cache: "no-store" });
  const body = await res.json();
  if (!res.ok) throw new Error(apiErrorText(body, `${url} answered ${res.status}`));
  return body as T;
}

/** Loads the base map once, and coverage + the group's dealerships whenever the query changes. */
export function usePlannerData(query: PlannerQuery) {
  const [base, setBase] = useState<BaseMapData | null>(null);
  const [coverage, setCoverage] = useState<CoverageResponse | null>(null);
  const [sites, setSites] = useState<DealershipView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const qs = queryString(query);

  useEffect(() => {
    getJson<BaseMapData>("/api/basemap").then(setBase, (e: Error) => setError(e.message));
  }, []);

  useEffect(() => {
    let cancelled = false;
    Promise.all([
      getJson<CoverageResponse>(`/api/coverage?${qs}&inputs=true`),
      getJson<{ dealerships: DealershipView[] }>(`/api/dealerships?brand=${encodeURIComponent(query.brand)}`),
    ]).then(
      ([c, d]) => {
        if (cancelled) return;
        setCoverage(c);
        setSites(d.dealerships);
        setError(null);
      },
      (e: Error) => !cancelled && setError(e.message),
    );
    return () => {
      cancelled = true;
    };
  }, [qs, query.brand, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { base, coverage, sites, error, reload };
}
