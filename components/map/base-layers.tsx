import { useEffect, useRef, useState } from "react";
import { GeoJSON, Pane, TileLayer, useMap } from "react-leaflet";
import type { Layer } from "leaflet";
import type { Feature } from "geojson";
import { useTranslations } from "next-intl";
import type { BaseMapData } from "./types";

const countryStyle = (f?: Feature) =>
  f?.properties?.iso === "398"
    ? { color: "#3b5b7a", weight: 1.5, fillColor: "#fbfaf3", fillOpacity: 1, className: "country country-kz" }
    : { color: "#9aa5b1", weight: 1, fillColor: "#e4e7eb", fillOpacity: 1, className: "country country-neighbour" };

const OSM_CREDIT = 'Tiles &copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

interface Props {
  base: BaseMapData | null;
  tileUrl: string;
  showTiles: boolean;
  showRoads: boolean;
  onTilesFailed?: () => void;
}

/** Offline base: Kazakhstan and neighbours, optional web tiles beneath, and the highway network. */
export function BaseLayers({ base, tileUrl, showTiles, showRoads, onTilesFailed }: Props) {
  const map = useMap();
  const t = useTranslations("map");
  // The first failed tile means offline (or blocked): the layer is removed for the session, so no
  // more requests (and console errors) follow, and the offline base carries the map opaque.
  const [tilesFailed, setTilesFailed] = useState(false);
  // the tile credit is shown only once a tile has actually been drawn
  const credited = useRef(false);
  const failedOnce = useRef(false);
  const tilesUnder = showTiles && Boolean(tileUrl) && !tilesFailed;
  useEffect(() => {
    if (tilesUnder || !credited.current) return;
    credited.current = false; // the layer is off: so is its credit
    map.attributionControl?.removeAttribution(OSM_CREDIT);
  }, [tilesUnder, map]);
  return (
    <>
      {tilesUnder ? (
        <TileLayer
          url={tileUrl}
          opacity={0.55}
          eventHandlers={{
            tileload: () => {
              if (credited.current) return;
              credited.current = true;
              map.attributionControl?.addAttribution(OSM_CREDIT);
            },
            tileerror: () => {
              if (failedOnce.current) return; // tiles already in flight fail too: report once
              failedOnce.current = true;
              setTilesFailed(true);
              onTilesFailed?.();
            },
          }}
        />
      ) : null}
      {base ? (
        // countries are opaque when offline: their own pane keeps them under reach, roads and cities
        <Pane name="base" style={{ zIndex: 250 }}>
        <GeoJSON
          key={`countries-${tilesUnder}`}
          data={base.countries}
          style={(f) => (tilesUnder ? { ...countryStyle(f), fillOpacity: 0.35 } : countryStyle(f))}
          interactive={false}
        />
        </Pane>
      ) : null}
      {base && showRoads ? (
        // own pane under the city circles (overlay pane, z 400), whatever order the data arrives in
        <Pane name="roads" style={{ zIndex: 380 }}>
        <GeoJSON
          key="roads"
          data={base.roads}
          style={(f) => ({ color: f?.properties?.category?.startsWith("I") ? "#c77d2e" : "#d9a760", weight: f?.properties?.category?.startsWith("I") ? 2.2 : 1.5, opacity: 0.9 })}
          onEachFeature={(f: Feature, layer: Layer) => {
            const p = f.properties as { road: string; km: number; source: string };
            layer.bindTooltip(t("roadTooltip", { road: p.road, km: p.km, source: p.source.toLowerCase() }), { sticky: true });
          }}
        />
        </Pane>
      ) : null}
    </>
  );
}
