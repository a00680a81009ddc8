import { useState } from "react";
import { GeoJSON, Pane, TileLayer } from "react-leaflet";
import type { Layer } from "leaflet";
import type { Feature } from "geojson";
import type { BaseMapData } from "./types";

const countryStyle = (f?: Feature) =>
  f?.properties?.iso === "398"
    ? { color: "#3b5b7a", weight: 1.5, fillColor: "#fbfaf3", fillOpacity: 1, className: "country country-kz" }
    : { color: "#9aa5b1", weight: 1, fillColor: "#e4e7eb", fillOpacity: 1, className: "country country-neighbour" };

/** Offline base: Kazakhstan and neighbours, optional web tiles beneath, and the highway network. */
export function BaseLayers({ base, tileUrl, showTiles, showRoads }: { base: BaseMapData | null; tileUrl: string; showTiles: boolean; showRoads: boolean }) {
  // once a tile fails (offline, blocked) the country fill turns opaque again: the offline base
  // layer must carry the map on its own, never a half-transparent wash over missing tiles
  const [tilesFailed, setTilesFailed] = useState(false);
  const tilesUnder = showTiles && Boolean(tileUrl) && !tilesFailed;
  return (
    <>
      {showTiles && tileUrl ? (
        <TileLayer
          url={tileUrl}
          attribution='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
          opacity={0.55}
          eventHandlers={{ tileerror: () => setTilesFailed(true) }}
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
            layer.bindTooltip(`${p.road} · ${p.km} km (${p.source.toLowerCase()})`, { sticky: true });
          }}
        />
        </Pane>
      ) : null}
    </>
  );
}
