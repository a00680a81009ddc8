import { useMemo } from "react";
import { Marker, Popup } from "react-leaflet";
import type { LeafletEvent, Marker as LeafletMarker } from "leaflet";
import { formatInt } from "@/lib/format";
import { STATUS_LABEL, isPendingStatus, servicesLabel } from "@/lib/network/statuses";
import { siteIcon } from "./icons";
import type { CoverageMapProps, MapSite } from "./types";

const STATUS = STATUS_LABEL;

/** The accessible name of a site marker, e.g. "Haval Almaty West (planned 2024-Q3)". */
export function siteLabel(s: MapSite): string {
  const when = s.status !== "open" && s.plannedQuarter ? ` ${s.plannedQuarter}` : "";
  return `${s.name} (${STATUS[s.status]}${when})`;
}

type Props = Pick<CoverageMapProps, "onSiteDrag" | "onSiteDrop" | "onSiteEdit" | "onSiteDelete" | "interactive"> & {
  sites: MapSite[];
};

/** Dealership markers with a popup; planned and under-construction sites can be dragged. */
export function SiteMarkers({ sites, ...rest }: Props) {
  return (
    <>
      {sites.map((s) => (
        <SiteMarker key={s.id} site={s} {...rest} />
      ))}
    </>
  );
}

function SiteMarker({ site: s, interactive, onSiteDrag, onSiteDrop, onSiteEdit, onSiteDelete }: Omit<Props, "sites"> & { site: MapSite }) {
  // react-leaflet calls setLatLng whenever the position prop is a new array: keep one tuple per
  // stored position, or every live-KPI re-render during a drag would snap the marker back
  const position = useMemo((): [number, number] => [s.lat, s.lng], [s.lat, s.lng]);
  const movable = interactive && isPendingStatus(s.status);
  const pos = (e: LeafletEvent) => (e.target as LeafletMarker).getLatLng();
  return (
    <Marker
      position={position}
      icon={siteIcon(s)}
      title={siteLabel(s)}
      alt={siteLabel(s)}
      draggable={movable}
      zIndexOffset={s.status === "open" ? 0 : 500}
      eventHandlers={
        movable
          ? {
              drag: (e) => onSiteDrag?.(s.id, pos(e).lat, pos(e).lng),
              dragend: (e) => onSiteDrop?.(s.id, pos(e).lat, pos(e).lng),
            }
          : undefined
      }
    >
      <Popup>
        <div className="site-popup" data-site-id={s.id}>
          <strong>{s.name}</strong>
          <div>
            {s.brandName} · {s.cityName}
          </div>
          <div>{servicesLabel(s)}</div>
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
            <div className="muted">Not counted in this horizon{s.service ? "" : " (no service)"}</div>
          )}
          {interactive ? (
            <div className="popup-actions">
              {movable ? <span className="muted">Drag the marker to move it.</span> : null}
              <button type="button" className="secondary" data-needs="edit" onClick={() => onSiteEdit?.(s.id)}>
                Edit
              </button>
              <button type="button" className="danger" data-needs="edit" onClick={() => onSiteDelete?.(s.id)}>
                Delete
              </button>
            </div>
          ) : null}
        </div>
      </Popup>
    </Marker>
  );
}
