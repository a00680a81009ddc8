import { and, desc, eq, gte, inArray, ne } from "drizzle-orm";
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

/**
 * Cities and towns (OSM kinds city/town, which include the 41 planner cities) with their region,
 * largest first. Villages, hamlets and rural remainders (~3,400 rows) are left out unless asked for:
 * pick lists and the park grid would be unusable with them; imports resolve any place by name.
 * `minPopulation` lists every place (no rural remainders) from that size instead.
 */
export function listCities(db: Db, params: { allPlaces?: boolean; minPopulation?: number } = {}): CityView[] {
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
    .where(
      params.allPlaces
        ? undefined
        : params.minPopulation !== undefined
          ? and(ne(cities.kind, "rural"), gte(cities.population, params.minPopulation))
          : inArray(cities.kind, ["city", "town"]),
    )
    .orderBy(desc(cities.population))
    .all();
}
