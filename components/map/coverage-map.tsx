"use client";
import "leaflet/dist/leaflet.css";
import { useEffect, useState } from "react";
import { CircleMarker, MapContainer, Marker, Popup, Tooltip, useMap, useMapEvents } from "react-leaflet";
import { useLocale, useTranslations } from "next-intl";
import { formatInt } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { BaseLayers } from "./base-layers";
import { CityLayer } from "./city-layer";
import { suggestionIcon } from "./icons";
import { ReachLayer } from "./reach-layer";
import { ClusteredSites } from "./clustered-sites";
import { DistrictLayer } from "./district-layer";
import { GapLayer } from "./gap-layer";
import { MarketLayer } from "./market-layer";
import { PlaceLayer } from "./place-layer";
import { RouteLayer } from "./route-layer";
import type { CoverageMapProps, FocusPopup } from "./types";

// Kazakhstan's extent, with room for the neighbours' borders.
const KZ_BOUNDS: [[number, number], [number, number]] = [
  [40.3, 46.3],
  [55.6, 87.5],
];

function ClickHandler({ onMapClick }: { onMapClick?: (lat: number, lng: number) => void }) {
  useMapEvents({ click: (e) => onMapClick?.(e.latlng.lat, e.latlng.lng) });
  return null;
}

/** Flies to the focus; a focus with a popup (a gap) opens it once the map has arrived. */
function FlyTo({ focus }: { focus: CoverageMapProps["focus"] }) {
  const map = useMap();
  const [arrived, setArrived] = useState<{ lat: number; lng: number; key: number; popup: FocusPopup } | null>(null);
  useEffect(() => {
    if (!focus) return;
    const land = () => {
      if (focus.popup) setArrived({ lat: focus.lat, lng: focus.lng, key: focus.key, popup: focus.popup });
    };
    map.once("moveend", land);
    map.flyTo([focus.lat, focus.lng], focus.zoom ?? 8, { duration: 0.8 });
    return () => {
      map.off("moveend", land);
    };
  }, [focus, map]);
  // a new focus hides the previous one's popup until the map lands
  if (!arrived || arrived.key !== focus?.key) return null;
  return (
    <Popup key={arrived.key} position={[arrived.lat, arrived.lng]} eventHandlers={{ remove: () => setArrived(null) }}>
      <div className="site-popup focus-popup" data-testid="focus-popup">
        <strong>{arrived.popup.title}</strong>
        {arrived.popup.lines.map((l) => (
          <div key={l}>{l}</div>
        ))}
      </div>
    </Popup>
  );
}

/** Hands the planner a "render this view as PNG" function; the renderer loads only when used. */
function ImageExport({ onReady }: { onReady?: CoverageMapProps["onImageExportReady"] }) {
  const map = useMap();
  useEffect(() => {
    onReady?.(async (content) => (await import("./export-image")).renderMapImage(map, content));
  }, [map, onReady]);
  return null;
}

/** Reports the view (centre, zoom) after every pan or zoom, for the URL. */
function ViewReporter({ onViewChange }: { onViewChange?: CoverageMapProps["onViewChange"] }) {
  const map = useMapEvents({
    moveend: () => {
      const c = map.getCenter();
      onViewChange?.({ lat: c.lat, lng: c.lng, zoom: map.getZoom() });
    },
  });
  return null;
}

/** Credits of the data drawn on every map (ODbL asks for it wherever the data appears), in the reader's language. */
function DataAttribution() {
  const map = useMap();
  const t = useTranslations("map");
  const credit = t.markup("attribution", { osm: (s) => `<a href="https://www.openstreetmap.org/copyright">${s}</a>` });
  useEffect(() => {
    map.attributionControl.addAttribution(credit);
    return () => {
      map.attributionControl.removeAttribution(credit);
    };
  }, [map, credit]);
  return null;
}

/** The Leaflet map of Kazakhstan: base layers, districts, coverage areas, places, dealerships and suggestions. */
export function CoverageMapInner(props: CoverageMapProps) {
  const t = useTranslations("map");
  const locale = useLocale() as Locale;
  const { layers, interactive = true } = props;
  // towns and cities are SVG circles (hover, click); villages and district rests go on one canvas
  const towns = props.cities.filter((c) => !c.kind || c.kind === "city" || c.kind === "town");
  const small = props.cities.filter((c) => c.kind && c.kind !== "city" && c.kind !== "town");
  const visibleSites = props.sites.filter((s) => layers.closed || s.status !== "closed");
  const salesMode = Boolean(props.market);
  return (
    <MapContainer
      {...(props.initialView
        ? { center: [props.initialView.lat, props.initialView.lng] as [number, number], zoom: props.initialView.zoom }
        : { bounds: KZ_BOUNDS })}
      className="coverage-map"
      style={{ height: props.height ?? "100%", width: "100%" }}
      scrollWheelZoom={interactive}
      minZoom={4}
      maxZoom={13}
      attributionControl
    >
      <BaseLayers base={props.base} tileUrl={props.tileUrl} showTiles={layers.tiles} showRoads={layers.roads} onTilesFailed={props.onTilesFailed} />
      <DataAttribution />
      {layers.districts !== "off" && props.districtShapes && props.districts ? (
        <DistrictLayer shapes={props.districtShapes} districts={props.districts} metric={layers.districts} />
      ) : null}
      {/* with the sales layer, its market areas replace the coverage circles, reach and gaps (one story at a time) */}
      {layers.reach && !salesMode ? <ReachLayer reach={props.reach} /> : null}
      {layers.cities && !salesMode ? <PlaceLayer places={small} onPlaceClick={props.onPlaceClick} /> : null}
      {layers.cities && !salesMode ? <CityLayer cities={towns} labels onCityClick={props.onPlaceClick} /> : null}
      {props.route ? <RouteLayer route={props.route} /> : null}
      {layers.cities && !salesMode && props.gapLabels?.length ? <GapLayer gaps={props.gapLabels} /> : null}
      {(props.placeLabels ?? []).map((p) => (
        // a dot with a permanent tooltip, not a marker: site markers stay the only marker icons
        <CircleMarker key={`place-${p.id}`} center={[p.lat, p.lng]} radius={2.5} pathOptions={{ color: "#1d2733", weight: 1, fillOpacity: 0.6 }} interactive={false}>
          <Tooltip permanent direction="right" offset={[4, 0]} className="place-label">
            {p.name}
          </Tooltip>
        </CircleMarker>
      ))}
      {layers.sites ? (
        <ClusteredSites
          sites={visibleSites}
          interactive={interactive}
          onSiteDrag={props.onSiteDrag}
          onSiteDrop={props.onSiteDrop}
          onSiteEdit={props.onSiteEdit}
          onSiteDelete={props.onSiteDelete}
          selectedSiteId={props.selectedSiteId}
          onSiteSelect={props.onSiteSelect}
        />
      ) : null}
      {props.market ? <MarketLayer layer={props.market} interactive={interactive} /> : null}
      {(props.suggestions ?? []).map((s) => (
        <Marker key={`suggestion-${s.rank}`} position={[s.lat, s.lng]} icon={suggestionIcon(s.rank)} title={t("suggestedTitle", { rank: s.rank, name: s.name })} zIndexOffset={1000}>
          <Popup>
            <div className="site-popup">
              <strong>{t("suggestion", { rank: s.rank, name: s.name })}</strong>
              <div>{t("suggestionAdds", { vehicles: formatInt(s.gain, locale) })}</div>
              {interactive && props.onAdoptSuggestion ? (
                <button type="button" data-needs="edit" onClick={() => props.onAdoptSuggestion?.(s.rank)}>
                  {t("adopt")}
                </button>
              ) : null}
            </div>
          </Popup>
        </Marker>
      ))}
      {interactive ? <ClickHandler onMapClick={props.onMapClick} /> : null}
      <FlyTo focus={props.focus} />
      <ViewReporter onViewChange={props.onViewChange} />
      <ImageExport onReady={props.onImageExportReady} />
    </MapContainer>
  );
}
