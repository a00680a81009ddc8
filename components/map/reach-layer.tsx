import { Fragment } from "react";
import { Circle, GeoJSON, Pane, Polyline } from "react-leaflet";
import type { CoverageMapProps } from "./types";

const style = { color: "#2e86c1", weight: 9, opacity: 0.28, fillColor: "#2e86c1", fillOpacity: 0.12, stroke: false } as const;

/**
 * The area each service site reaches within the threshold: the drive-time polygons (isochrones over
 * the road network) when the server has sent them, a straight-line circle in straight mode, and the
 * reached road stretches while the isochrones load.
 */
export function ReachLayer({ reach }: { reach: CoverageMapProps["reach"] }) {
  if (reach.mode === "road" && reach.isochrones) {
    return (
      <Pane name="reach" style={{ zIndex: 350 }}>
        <GeoJSON
          key={reach.isochrones.features.map((f) => f.properties.siteId).join(",") + reach.threshold}
          data={reach.isochrones}
          style={() => ({ color: "#2e86c1", weight: 1, opacity: 0.5, fillColor: "#2e86c1", fillOpacity: 0.12, className: "reach-area reach-isochrone" })}
          interactive={false}
        />
      </Pane>
    );
  }
  return (
    <Pane name="reach" style={{ zIndex: 350 }}>
      {reach.areas.map((a) =>
        reach.mode === "straight" || !a.area ? (
          <Circle key={a.siteId} center={[a.lat, a.lng]} radius={reach.threshold * 1000} pathOptions={{ ...style, className: "reach-area" }} interactive={false} />
        ) : (
          <Fragment key={a.siteId}>
            <Polyline
              positions={a.area.roads.coordinates.map((line) => line.map(([lng, lat]) => [lat, lng] as [number, number]))}
              pathOptions={{ color: "#2e86c1", weight: 10, opacity: 0.3, className: "reach-area", lineCap: "round" }}
              interactive={false}
            />
            {a.area.nodes.map((n, i) => (
              <Circle key={i} center={[n.lat, n.lng]} radius={n.radiusKm * 1000} pathOptions={style} interactive={false} />
            ))}
          </Fragment>
        ),
      )}
    </Pane>
  );
}
