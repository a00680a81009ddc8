import { useEffect, useRef } from "react";
import { Marker, Popup } from "react-leaflet";
import type { LeafletEvent, Marker as LeafletMarker } from "leaflet";
import { formatInt } from "@/lib/format";
import { siteIcon } from "./icons";
import type { CoverageMapProps, MapSite } from "./types";

const STATUS: Record<MapSite["status"], string> = {
  open: "open",
  planned: "planned",
  under_construction: "under construction",
  closed: "closed",
};

/** The accessible name of a site marker, e.g. "Haval Almaty West (planned 2024-Q3)". */
export function siteLabel(s: MapSite): string {
  const when = s.status !== "open" && s.plannedQuarter ? ` ${s.plannedQuarter}` : "";
  return `${s.name} (${STATUS[s.status]}${when})`;
}

function services(s: MapSite) {
  if (s.sales && s.service && s.parts) return "3S: sales, service, parts";
  return [s.sales && "sales", s.service && "service", s.parts && "parts"].filter(Boolean).join(", ");
}

type Props = Pick<CoverageMapProps, "onSiteDrag" | "onSiteDrop" | "onSiteEdit" | "onSiteDelete" | "interactive" | "selectedSiteId" | "onSiteSelect"> & {
  sites: MapSite[];
};

/** Dealership markers with a popup; planned and under-construction sites can be dragged. */
export function SiteMarkers({ sites, interactive, onSiteDrag, onSiteDrop, onSiteEdit, onSiteDelete, selectedSiteId, onSiteSelect }: Props) {
  const markers = useRef(new Map<number, LeafletMarker>());
  // Leaflet rebuilds a marker's element on setIcon, which ends a drag in progress: the live KPIs can
  // flip a site to "overloaded" mid-drag, so the dragged marker keeps the icon it started with
  const dragging = useRef<{ id: number; icon: ReturnType<typeof siteIcon> } | null>(null);
  // a shared link names a site: open its popup once its marker exists
  const openedFromUrl = useRef(false);
  useEffect(() => {
    if (openedFromUrl.current || selectedSiteId === null || selectedSiteId === undefined) return;
    const m = markers.current.get(selectedSiteId);
    if (m) {
      openedFromUrl.current = true;
      m.openPopup();
    }
  }, [selectedSiteId, sites]);
  // react-leaflet calls setLatLng whenever the position prop is a new array: keep one tuple per
  // stored position, or every live-KPI re-render during a drag would snap the marker back
  const positions = useRef(new Map<number, [number, number]>());
  const positionOf = (s: MapSite): [number, number] => {
    const known = positions.current.get(s.id);
    if (known && known[0] === s.lat && known[1] === s.lng) return known;
    const fresh: [number, number] = [s.lat, s.lng];
    positions.current.set(s.id, fresh);
    return fresh;
  };
  return (
    <>
      {sites.map((s) => {
        const movable = interactive && (s.status === "planned" || s.status === "under_construction");
        const pos = (e: LeafletEvent) => (e.target as LeafletMarker).getLatLng();
        return (
          <Marker
            key={s.id}
            position={positionOf(s)}
            icon={dragging.current?.id === s.id ? dragging.current.icon : siteIcon(s)}
            title={siteLabel(s)}
            alt={siteLabel(s)}
            draggable={movable}
            zIndexOffset={s.status === "open" ? 0 : 500}
            ref={(m) => {
              if (m) markers.current.set(s.id, m);
              else markers.current.delete(s.id);
            }}
            eventHandlers={{
              popupopen: () => onSiteSelect?.(s.id),
              popupclose: () => onSiteSelect?.(null),
              ...(movable
                ? {
                    dragstart: () => {
                      dragging.current = { id: s.id, icon: siteIcon(s) };
                    },
                    drag: (e: LeafletEvent) => onSiteDrag?.(s.id, pos(e).lat, pos(e).lng),
                    dragend: async (e: LeafletEvent) => {
                      dragging.current = null;
                      const marker = e.target as LeafletMarker;
                      const accepted = await onSiteDrop?.(s.id, pos(e).lat, pos(e).lng);
                      // a refused move puts the marker back where the site is stored
                      if (accepted === false) marker.setLatLng([s.lat, s.lng]);
                    },
                  }
                : {}),
            }}
          >
            <Popup>
              <div className="site-popup" data-site-id={s.id}>
                <strong>{s.name}</strong>
                <div>
                  {s.brandName} · {s.cityName}
                </div>
                <div>{services(s)}</div>
                <div>
                  {s.serviceBays} service bays · {STATUS[s.status]}
                  {s.status !== "open" && s.plannedQuarter ? ` (${s.plannedQuarter})` : ""}
                </div>
                {s.vehiclesServed !== null ? (
                  <div>
                    Vehicles served: <b>{formatInt(s.vehiclesServed)}</b> · per bay:{" "}
                    <b className={s.overloaded ? "uncovered" : undefined}>{formatInt(s.vehiclesPerBay)}</b>
                    {s.overloaded ? " (overloaded)" : ""}
                  </div>
                ) : (
                  <div className="muted">Not counted in this scenario{s.service ? "" : " (no service)"}</div>
                )}
                {interactive ? (
                  <div className="popup-actions">
                    {movable ? <span className="muted">Drag the marker to move it.</span> : null}
                    <button type="button" className="secondary" onClick={() => onSiteEdit?.(s.id)}>
                      Edit
                    </button>
                    <button type="button" className="danger" onClick={() => onSiteDelete?.(s.id)}>
                      Delete
                    </button>
                  </div>
                ) : null}
              </div>
            </Popup>
          </Marker>
        );
      })}
    </>
  );
}
