import { desc, eq } from "drizzle-orm";
import type { Db } from "../connection";
import { cities, regions } from "../schema";

export interface CityView {
  id: number;
  slug: string;
  nameEn: string;
  nameRu: string;
  nameKk: string | null;
  regionSlug: string;
  regionName: string;
  lat: number;
  lng: number;
  population: number;
  populationYear: number;
  populationIsEstimate: boolean;
}

/** Every city with its region, largest first. */
export function listCities(db: Db): CityView[] {
  return db
    .select({
      id: cities.id,
      slug: cities.slug,
      nameEn: cities.nameEn,
      nameRu: cities.nameRu,
      nameKk: cities.nameKk,
      regionSlug: regions.slug,
      regionName: regions.nameEn,
      lat: cities.lat,
      lng: cities.lng,
      population: cities.population,
      populationYear: cities.populationYear,
      populationIsEstimate: cities.populationIsEstimate,
    })
    .from(cities)
    .innerJoin(regions, eq(cities.regionId, regions.id))
    .orderBy(desc(cities.population))
    .all();
}
