import { Pane, Polyline, Tooltip } from "react-leaflet";
import { formatInt } from "@/lib/format";
import type { MapRoute } from "./types";

/** The drive from a clicked place to its nearest site, along the roads (GET /api/route). */
export function RouteLayer({ route }: { route: MapRoute }) {
  return (
    <Pane name="route" style={{ zIndex: 450 }}>
      <Polyline
        positions={route.geometry.coordinates.map(([lng, lat]) => [lat, lng] as [number, number])}
        // className as a prop: Leaflet applies it only when it creates the path (pathOptions are set later)
        className="place-route"
        pathOptions={{ color: "#1f3a93", weight: 4, opacity: 0.9, dashArray: "8 5" }}
      >
        <Tooltip permanent direction="center" className="route-tooltip">
          {route.from} → {route.to}: {formatInt(route.km)} km, {formatInt(route.minutes)} min
        </Tooltip>
      </Polyline>
    </Pane>
  );
}
