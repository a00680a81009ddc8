import { useEffect, useMemo, useRef, useState } from "react";
import { Marker, Popup } from "react-leaflet";
import type { DivIcon, LeafletEvent, Marker as LeafletMarker } from "leaflet";
import { useLocale, useTranslations } from "next-intl";
import { formatInt } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { useSiteLabels, type SiteLabels } from "@/components/ui/site-labels";
import { isPendingStatus } from "@/lib/network/statuses";
import { siteIcon } from "./icons";
import type { CoverageMapProps, MapSite } from "./types";


/** The accessible name of a site marker, e.g. "Haval Almaty West (planned 2024-Q3)", with the status in the reader's language. */
export function siteLabel(s: MapSite, labels: Pick<SiteLabels, "status">): string {
  const when = s.status !== "open" && s.plannedQuarter ? ` ${s.plannedQuarter}` : "";
  return `${s.name} (${labels.status(s.status)}${when})`;
}

type Props = Pick<CoverageMapProps, "onSiteDrag" | "onSiteDrop" | "onSiteEdit" | "onSiteDelete" | "interactive" | "selectedSiteId" | "onSiteSelect"> & {
  sites: MapSite[];
};

type MarkerProps = Omit<Props, "sites" | "selectedSiteId"> & {
  site: MapSite;
  register: (id: number, marker: LeafletMarker | null) => void;
};

/** Dealership markers with a popup; planned and under-construction sites can be dragged. */
export function SiteMarkers({ sites, selectedSiteId, ...rest }: Props) {
  const markers = useRef(new Map<number, LeafletMarker>());
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
  const register = (id: number, marker: LeafletMarker | null) => {
    if (marker) markers.current.set(id, marker);
    else markers.current.delete(id);
  };
  return (
    <>
      {sites.map((s) => (
        <SiteMarker key={s.id} site={s} register={register} {...rest} />
      ))}
    </>
  );
}

function SiteMarker({ site: s, register, interactive, onSiteDrag, onSiteDrop, onSiteEdit, onSiteDelete, onSiteSelect }: MarkerProps) {
  // react-leaflet calls setLatLng whenever the position prop is a new array: keep one tuple per
  // stored position, or every live-KPI re-render during a drag would snap the marker back
  const t = useTranslations("map");
  const locale = useLocale() as Locale;
  const labels = useSiteLabels();
  const position = useMemo((): [number, number] => [s.lat, s.lng], [s.lat, s.lng]);
  // Leaflet rebuilds a marker's element on setIcon, which ends a drag in progress: the live KPIs can
  // flip a site to "overloaded" mid-drag, so the dragged marker keeps the icon it started with
  const [dragIcon, setDragIcon] = useState<DivIcon | null>(null);
  const movable = interactive && isPendingStatus(s.status);
  const pos = (e: LeafletEvent) => (e.target as LeafletMarker).getLatLng();
  return (
    <Marker
      position={position}
      icon={dragIcon ?? siteIcon(s)}
      title={siteLabel(s, labels)}
      alt={siteLabel(s, labels)}
      draggable={movable}
      zIndexOffset={s.status === "open" ? 0 : 500}
      ref={(m) => register(s.id, m)}
      eventHandlers={{
        popupopen: () => onSiteSelect?.(s.id),
        popupclose: () => onSiteSelect?.(null),
        ...(movable
          ? {
              dragstart: () => setDragIcon(siteIcon(s)),
              drag: (e: LeafletEvent) => onSiteDrag?.(s.id, pos(e).lat, pos(e).lng),
              dragend: async (e: LeafletEvent) => {
                setDragIcon(null);
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
          <div>{labels.services(s)}</div>
          <div>
            {t("bays", { count: s.serviceBays })} · {labels.status(s.status)}
            {s.status !== "open" && s.plannedQuarter ? ` (${s.plannedQuarter})` : ""}
          </div>
          {s.vehiclesServed !== null ? (
            <div>
              {t.rich("served", {
                served: formatInt(s.vehiclesServed, locale),
                perBay: formatInt(s.vehiclesPerBay, locale),
                b: (chunks) => <b>{chunks}</b>,
                load: (chunks) => <b className={s.overloaded ? "uncovered" : undefined}>{chunks}</b>,
              })}
              {s.overloaded ? ` ${t("overloaded")}` : ""}
            </div>
          ) : (
            <div className="muted">{s.service ? t("notCounted") : t("notCountedNoService")}</div>
          )}
          {interactive ? (
            <div className="popup-actions">
              {movable ? <span className="muted">{t("dragHint")}</span> : null}
              <button type="button" className="secondary" data-needs="edit" onClick={() => onSiteEdit?.(s.id)}>
                {t("edit")}
              </button>
              <button type="button" className="danger" data-needs="edit" onClick={() => onSiteDelete?.(s.id)}>
                {t("delete")}
              </button>
            </div>
          ) : null}
        </div>
      </Popup>
    </Marker>
  );
}
