import { eq } from "drizzle-orm";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import type { Db } from "../connection";
import { districts, regions } from "../schema";

export interface DistrictShapeProps {
  kato: string;
  name: string;
  nameRu: string;
  region: string;
  population: number;
}

/** The 224 districts as GeoJSON (geokz 2024, CC BY 4.0) with KATO, names, region and estimated population. */
export function districtShapes(db: Db): FeatureCollection<Polygon | MultiPolygon, DistrictShapeProps> {
  const rows = db
    .select({
      kato: districts.kato, name: districts.nameEn, nameRu: districts.nameRu, region: regions.nameEn,
      population: districts.population, geometry: districts.geometry,
    })
    .from(districts)
    .innerJoin(regions, eq(districts.regionId, regions.id))
    .orderBy(districts.kato)
    .all();
  return {
    type: "FeatureCollection",
    features: rows.map(({ geometry, ...props }): Feature<Polygon | MultiPolygon, DistrictShapeProps> => ({
      type: "Feature",
      properties: props,
      geometry: JSON.parse(geometry) as Polygon | MultiPolygon,
    })),
  };
}
