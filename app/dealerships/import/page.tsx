import Link from "next/link";
import { ImportPanel } from "@/components/registry/import-panel";

export default function ImportDealershipsPage() {
  return (
    <>
      <p><Link href="/dealerships">← All dealerships</Link></p>
      <h1>Import dealerships</h1>
      <ImportPanel
        kind="dealerships"
        accept=".csv,.geojson,.json,text/csv,application/geo+json,application/json"
        example={"brand,name,city,lat,lng,status,service_bays,planned_quarter,opened_on\nhaval,Haval Aktau,Aktau,43.65,51.17,planned,6,2026-Q2,"}
        help={
          <>
            <b>CSV</b> with columns <code>brand, name, city, lat, lng, status</code> and optionally <code>address, sales, service,
            parts, service_bays, opened_on, planned_quarter, notes</code>; or <b>GeoJSON</b>: a FeatureCollection of Points with
            the same properties. A site is matched by brand, name and city: a new one is created, an existing one updated.
            Each row describes the whole site: an empty optional cell clears the stored value (flags default to yes).
            The brand must exist, the position must lie in Kazakhstan, a planned site needs its target quarter.
            Up to 5 MB / 100,000 rows; nothing is written unless every row is valid.
          </>
        }
      />
    </>
  );
}
