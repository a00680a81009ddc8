"use client";
import { useEffect, useState } from "react";
import { CoverageMap, type BaseMapData, type MapSite } from "@/components/map";
import { DEFAULT_THRESHOLD } from "@/lib/coverage/types";
import styles from "./registry.module.css";

const LAYERS = { districts: "off" as const, tiles: false, roads: true, reach: false, cities: false, sites: true, closed: true };
/** Zoom 8 shows about 150 km around the site: its city, the neighbouring towns and the highways. */
const SITE_ZOOM = 8;

/** A small, static map centred on one site and its surroundings (highways for orientation). */
export function SiteMiniMap({ site, tileUrl, places }: { site: MapSite; tileUrl: string; places?: { id: string; name: string; lat: number; lng: number }[] }) {
  const [base, setBase] = useState<BaseMapData | null>(null);
  useEffect(() => {
    let live = true;
    fetch("/api/basemap")
      .then((r) => (r.ok ? r.json() : null))
      .then((b: BaseMapData | null) => live && setBase(b))
      .catch(() => undefined); // the marker still shows without the base layer
    return () => {
      live = false;
    };
  }, []);
  return (
    <div className={styles.miniMap} data-testid="site-mini-map">
      <CoverageMap
        base={base}
        cities={[]}
        sites={[site]}
        reach={{ mode: "road", threshold: DEFAULT_THRESHOLD.road, areas: [] }}
        layers={{ ...LAYERS, tiles: Boolean(tileUrl) }}
        tileUrl={tileUrl}
        initialView={{ lat: site.lat, lng: site.lng, zoom: SITE_ZOOM }}
        placeLabels={places}
        interactive={false}
        height="300px"
      />
    </div>
  );
}
