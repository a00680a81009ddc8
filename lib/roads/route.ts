/**
 * A drive between two points over the road network: access leg onto the nearest edge, the fastest
 * path between nodes, access leg off the network; or a direct local drive for points within
 * DIRECT_LEG_MAX_KM of each other when that is faster.
 */
import type { LineString } from "geojson";
import { DIRECT_LEG_MAX_KM, accessKm, accessMinutes } from "./assumptions";
import { accessLegs } from "./access";
import { shortestPaths } from "./dijkstra";
import type { RoadGraph } from "./graph";
import { greatCircleKm } from "./great-circle";

/** A routed drive: road km, minutes and the line along the roads ([lng, lat]). */
export interface RoadRoute {
  km: number;
  minutes: number;
  geometry: LineString;
}

/** The fastest drive from `from` to `to` (km, minutes, GeoJSON line); null when no road connects them. */
export function routeBetween(graph: RoadGraph, from: { lat: number; lng: number }, to: { lat: number; lng: number }): RoadRoute | null {
  const start = accessLegs(graph, from);
  const end = accessLegs(graph, to);
  const paths = shortestPaths(graph, start, { withPrev: true });
  let best: { minutes: number; km: number; leg: (typeof end)[number] } | null = null;
  for (const leg of end) {
    const minutes = paths.minutes[leg.node] + leg.minutes;
    if (minutes < (best?.minutes ?? Infinity)) best = { minutes, km: paths.km[leg.node] + leg.km, leg };
  }
  const gc = greatCircleKm(from.lat, from.lng, to.lat, to.lng);
  if (gc <= DIRECT_LEG_MAX_KM && accessMinutes(gc) <= (best?.minutes ?? Infinity)) {
    return { km: accessKm(gc), minutes: accessMinutes(gc), geometry: { type: "LineString", coordinates: [[from.lng, from.lat], [to.lng, to.lat]] } };
  }
  if (!best || !Number.isFinite(best.minutes)) return null;
  const nodes: number[] = [];
  for (let u = best.leg.node; u !== -1; u = paths.prev![u]) nodes.push(u);
  nodes.reverse();
  const startLeg = start.find((l) => l.node === nodes[0]);
  const coordinates: [number, number][] = [[from.lng, from.lat]];
  if (startLeg?.via) coordinates.push(startLeg.via);
  for (const u of nodes) coordinates.push([graph.lng[u], graph.lat[u]]);
  if (best.leg.via) coordinates.push(best.leg.via);
  coordinates.push([to.lng, to.lat]);
  // 5 decimals (~1 m); a point that joins the network at a node repeats that node: drop the repeat
  const rounded = coordinates.map(([x, y]): [number, number] => [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5]);
  const line = rounded.filter((c, i) => i === 0 || c[0] !== rounded[i - 1][0] || c[1] !== rounded[i - 1][1]);
  return { km: best.km, minutes: best.minutes, geometry: { type: "LineString", coordinates: line } };
}
