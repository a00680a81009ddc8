"use client";
import { useEffect } from "react";
import { mapStateParams, type MapLayerState, type MapViewState } from "@/lib/map/map-url";
import { queryString, type PlannerQuery } from "./use-planner-data";

/**
 * Mirrors the map's state (query, layers, view, selected site) into the URL so a reload or a shared
 * link opens the same map. history.replaceState, not a push: a moving slider must not fill the back
 * button, and Next keeps useSearchParams in step with it without a server round trip.
 */
export function useMapUrl(query: PlannerQuery, layers: MapLayerState, view: MapViewState | null, site: number | null) {
  useEffect(() => {
    const params = new URLSearchParams(queryString(query));
    for (const [k, v] of mapStateParams(layers, view, site)) params.set(k, v);
    const next = `${window.location.pathname}?${params}`;
    if (next !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(window.history.state, "", next);
  }, [query, layers, view, site]);
}
