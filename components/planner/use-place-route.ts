"use client";
import { useCallback, useState } from "react";
import type { MapCity, MapRoute } from "@/components/map";
import type { CandidateServiceSite } from "@/lib/planning/horizon";

/**
 * The drive from a clicked place to its nearest site, drawn along the roads (GET /api/route).
 * `onError` gets the place's name when the server found no route.
 */
export function usePlaceRoute(cities: readonly MapCity[], sites: readonly CandidateServiceSite[], onError: (placeName: string) => void) {
  const [route, setRoute] = useState<MapRoute | null>(null);
  const showRoute = useCallback(
    async (placeId: string) => {
      const place = cities.find((c) => c.id === placeId);
      const site = sites.find((s) => s.id === place?.nearestSiteId);
      if (!place || !site) {
        setRoute(null);
        return;
      }
      const res = await fetch(`/api/route?from=${place.lat},${place.lng}&to=${site.lat},${site.lng}`);
      if (!res.ok) return onError(place.name);
      const body = (await res.json()) as Omit<MapRoute, "from" | "to">;
      setRoute({ ...body, from: place.name, to: site.name });
    },
    [cities, sites, onError],
  );
  return { route, showRoute };
}
