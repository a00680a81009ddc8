import { useMemo, useState } from "react";
import { Marker, useMap, useMapEvents } from "react-leaflet";
import L from "leaflet";
import Supercluster from "supercluster";
import { useTranslations } from "next-intl";
import { isPendingStatus } from "@/lib/network/statuses";
import { SiteMarkers } from "./site-markers";
import type { CoverageMapProps, MapSite } from "./types";

type Props = Pick<CoverageMapProps, "onSiteDrag" | "onSiteDrop" | "onSiteEdit" | "onSiteDelete" | "interactive" | "selectedSiteId" | "onSiteSelect"> & { sites: MapSite[] };

function clusterIcon(count: number) {
  const size = count < 5 ? 30 : count < 10 ? 34 : 40;
  return L.divIcon({ className: "site-icon-wrap", html: `<span class="site-cluster" aria-hidden="true"><b>${count}</b></span>`, iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
}

/**
 * Dealership markers with overlapping open sites clustered (supercluster). Planned and
 * under-construction sites are never clustered: they are the ones a planner drags and edits.
 */
export function ClusteredSites({ sites, ...handlers }: Props) {
  const map = useMap();
  const t = useTranslations("map");
  const [view, setView] = useState(() => ({ zoom: map.getZoom(), bounds: map.getBounds() }));
  useMapEvents({ moveend: () => setView({ zoom: map.getZoom(), bounds: map.getBounds() }) });

  const movable = useMemo(() => sites.filter((s) => isPendingStatus(s.status)), [sites]);
  const index = useMemo(() => {
    const fixed = sites.filter((s) => s.status === "open" || s.status === "closed");
    const sc = new Supercluster<{ id: number }>({ radius: 36, maxZoom: 10 });
    sc.load(fixed.map((s) => ({ type: "Feature", properties: { id: s.id }, geometry: { type: "Point", coordinates: [s.lng, s.lat] } })));
    return { sc, byId: new Map(fixed.map((s) => [s.id, s])) };
  }, [sites]);

  const { singles, clusters } = useMemo(() => {
    const b = view.bounds;
    const items = index.sc.getClusters([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], Math.round(view.zoom));
    const singles: MapSite[] = [];
    const clusters: { id: number; lat: number; lng: number; count: number; names: string[] }[] = [];
    for (const f of items) {
      const [lng, lat] = f.geometry.coordinates;
      if ("cluster" in f.properties && f.properties.cluster) {
        const id = f.properties.cluster_id as number;
        const names = index.sc.getLeaves(id, Infinity).map((l) => index.byId.get(l.properties.id)?.name ?? "");
        clusters.push({ id, lat, lng, count: f.properties.point_count as number, names });
      } else {
        const site = index.byId.get((f.properties as { id: number }).id);
        if (site) singles.push(site);
      }
    }
    return { singles, clusters };
  }, [index, view]);

  return (
    <>
      {clusters.map((c) => (
        <Marker
          key={`cluster-${c.id}`}
          position={[c.lat, c.lng]}
          icon={clusterIcon(c.count)}
          title={t("cluster", { count: c.count, names: c.names.join("; ") })}
          eventHandlers={{ click: () => map.flyTo([c.lat, c.lng], Math.min(index.sc.getClusterExpansionZoom(c.id), 12), { duration: 0.6 }) }}
        />
      ))}
      <SiteMarkers sites={[...singles, ...movable]} {...handlers} />
    </>
  );
}
