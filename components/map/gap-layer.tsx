import { Marker } from "react-leaflet";
import L from "leaflet";
import { formatInt } from "@/lib/format";
import type { GapLabel } from "./types";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A red tag beside each of the largest gaps: rank, city and uncovered vehicles. */
function gapIcon(g: GapLabel): L.DivIcon {
  return L.divIcon({
    className: "gap-label",
    html: `<span data-gap-label="${escape(g.cityId)}"><b>${g.rank}</b> ${escape(g.name)} · ${formatInt(g.uncoveredVehicles)}</span>`,
    iconSize: [0, 0],
    iconAnchor: [-9, 22],
  });
}

/** Labels for the top coverage gaps, so a planner reads them off the map without hovering. */
export function GapLayer({ gaps }: { gaps: GapLabel[] }) {
  return (
    <>
      {gaps.map((g) => (
        <Marker key={`gap-${g.cityId}`} position={[g.lat, g.lng]} icon={gapIcon(g)} interactive={false} keyboard={false} zIndexOffset={800} />
      ))}
    </>
  );
}
