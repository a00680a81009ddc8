// One-off data preparation (not run at start-up): turns the shared OSM settlements and geokz
// districts into the trimmed seed files under db/seed/data/, with each place's district found once by
// point-in-polygon, so seeding never does geometry.
//   npx tsx scripts/prepare-country-data.ts /work/shared/data
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import pointOnFeature from "@turf/point-on-feature";
import bbox from "@turf/bbox";
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";

const from = process.argv[2];
if (!from) {
  console.error("usage: tsx scripts/prepare-country-data.ts <folder with kz-settlements.csv and kz-districts-2024.geojson>");
  process.exit(2);
}
const out = path.join(process.cwd(), "db", "seed", "data");

type DistrictProps = Record<string, string>;
const districts = JSON.parse(fs.readFileSync(path.join(from, "kz-districts-2024.geojson"), "utf8")) as FeatureCollection<
  Polygon | MultiPolygon,
  DistrictProps
>;
const boxes = districts.features.map((f) => bbox(f));

function districtOf(lat: number, lng: number): Feature<Polygon | MultiPolygon, DistrictProps> | null {
  for (let i = 0; i < districts.features.length; i++) {
    const [w, s, e, n] = boxes[i];
    if (lng < w || lng > e || lat < s || lat > n) continue;
    if (booleanPointInPolygon([lng, lat], districts.features[i])) return districts.features[i];
  }
  return null;
}

// simplified polygons miss a few shoreline and border villages: take the district whose label point is nearest
function nearestDistrict(lat: number, lng: number): Feature<Polygon | MultiPolygon, DistrictProps> {
  let best = districts.features[0];
  let bestD = Infinity;
  districts.features.forEach((f, i) => {
    const [w, s, e, n] = boxes[i];
    const dx = Math.max(w - lng, 0, lng - e);
    const dy = Math.max(s - lat, 0, lat - n);
    const d = dx * dx + dy * dy;
    if (d < bestD) {
      bestD = d;
      best = f;
    }
  });
  return best;
}

const csv = Papa.parse<Record<string, string>>(fs.readFileSync(path.join(from, "kz-settlements.csv"), "utf8"), {
  header: true,
  skipEmptyLines: true,
});
let outside = 0;
const rows = csv.data
  .filter((r) => r.place !== "isolated_dwelling")
  .map((r) => {
    const lat = Number(r.lat);
    const lng = Number(r.lng);
    let d = districtOf(lat, lng);
    if (!d) {
      outside++;
      d = nearestDistrict(lat, lng);
    }
    return {
      osm_id: r.osm_id,
      name: r.name,
      name_en: r.name_en,
      name_ru: r.name_ru,
      name_kk: r.name_kk,
      kind: r.place,
      lat: lat.toFixed(5),
      lng: lng.toFixed(5),
      population: r.population,
      district_kato: d.properties.KATO,
    };
  });
fs.writeFileSync(path.join(out, "kz-places.csv"), Papa.unparse(rows, { newline: "\n" }) + "\n");

const trimmed: FeatureCollection = {
  type: "FeatureCollection",
  features: districts.features.map((f) => {
    const label = pointOnFeature(f).geometry.coordinates;
    return {
      type: "Feature",
      properties: {
        kato: f.properties.KATO,
        nameEn: f.properties.ADM2_EN,
        nameRu: f.properties.ADM2_RU,
        nameKk: f.properties.ADM2_KK,
        region: f.properties.ISO_3166_2,
        labelLat: Number(label[1].toFixed(4)),
        labelLng: Number(label[0].toFixed(4)),
      },
      geometry: f.geometry,
    };
  }),
};
fs.writeFileSync(path.join(out, "kz-districts.geojson"), JSON.stringify(trimmed));
console.log(`${rows.length} places (${outside} matched to the nearest district), ${trimmed.features.length} districts`);
