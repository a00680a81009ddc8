import { and, eq, inArray, ne } from "drizzle-orm";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { CoverageInputs } from "@/lib/planning/coverage-report";
import { buildDemand, DEFAULT_MIN_PLACE_POPULATION, type DemandDistrict } from "@/lib/planning/demand";
import type { Db } from "../connection";
import { brands, cities, dealerships, districts, regions } from "../schema";
import { resolveBrandSelection } from "./brands";
import { scenarioServiceSites } from "./scenario-sites";
import { listVehicleParkYears, vehiclesByCity } from "./vehicle-park";

/** The place size from which a place is a demand point of its own: DEMAND_MIN_POPULATION, else 1,000. */
export function defaultMinPopulation(): number {
  const fromEnv = Number(process.env.DEMAND_MIN_POPULATION);
  return Number.isInteger(fromEnv) && fromEnv >= 0 && process.env.DEMAND_MIN_POPULATION !== "" ? fromEnv : DEFAULT_MIN_PLACE_POPULATION;
}

/** Every district with its region and the point inside it where its rest of population is placed. */
export function listDemandDistricts(db: Db): DemandDistrict[] {
  return db
    .select({ kato: districts.kato, name: districts.nameEn, region: regions.nameEn, labelLat: districts.labelLat, labelLng: districts.labelLng })
    .from(districts)
    .innerJoin(regions, eq(districts.regionId, regions.id))
    .orderBy(districts.kato)
    .all();
}

/**
 * Loads what coverage is computed from: the demand points (places of at least `minPopulation`
 * inhabitants, and each district's rest, see lib/planning/demand.ts) with the selection's vehicle
 * park for the year (latest by default), and the service-capable sites of the selection's
 * manufacturer groups (a Haval site services Tank and Wey too); with `scenario`, the sites of that
 * scenario (its edits replayed over the registry).
 */
export function loadCoverageInputs(db: Db, params: { brand: string; year?: number; minPopulation?: number; scenario?: number }): CoverageInputs {
  const selection = resolveBrandSelection(db, params.brand);
  if (!selection) throw new NotFoundError(`Unknown brand "${params.brand}"`);
  const years = listVehicleParkYears(db);
  const year = params.year ?? years.at(-1);
  if (year === undefined || !years.includes(year)) {
    throw new ValidationError(`No vehicle park for year ${params.year}; available: ${years.join(", ")}`, {
      year: [`No vehicle park for ${params.year}; available: ${years.join(", ")}`],
    });
  }
  const minPopulation = params.minPopulation ?? defaultMinPopulation();
  const brandIds = selection.brands.map((b) => b.id);
  const vehicles = vehiclesByCity(db, { brandIds, year });
  const placeRows = db
    .select({
      id: cities.id, slug: cities.slug, name: cities.nameEn, kind: cities.kind, population: cities.population,
      region: regions.nameEn, lat: cities.lat, lng: cities.lng, districtKato: cities.districtKato,
    })
    .from(cities)
    .innerJoin(regions, eq(cities.regionId, regions.id))
    .orderBy(cities.id)
    .all();
  const districtRows = listDemandDistricts(db);

  const groups = [...new Set(selection.brands.map((b) => b.manufacturerSlug))];
  // a named scenario: the same filter over the registry with the scenario's edits replayed
  const siteRows = params.scenario !== undefined ? scenarioServiceSites(db, params.scenario, groups) : db
    .select({
      id: dealerships.id,
      name: dealerships.name,
      cityId: cities.slug,
      lat: dealerships.lat,
      lng: dealerships.lng,
      bays: dealerships.serviceBays,
      status: dealerships.status,
      plannedQuarter: dealerships.plannedQuarter,
      service: dealerships.service,
    })
    .from(dealerships)
    .innerJoin(brands, eq(dealerships.brandId, brands.id))
    .innerJoin(cities, eq(dealerships.cityId, cities.id))
    .where(and(inArray(brands.manufacturerSlug, groups), eq(dealerships.service, true), ne(dealerships.status, "closed")))
    .orderBy(dealerships.id)
    .all();

  return {
    brand: { slug: selection.slug, label: selection.label, brandSlugs: selection.brands.map((b) => b.slug) },
    year,
    years,
    minPopulation,
    demand: buildDemand(
      placeRows.map((p) => ({ ...p, vehicles: vehicles.get(p.id) ?? 0 })),
      districtRows,
      minPopulation,
    ),
    districts: districtRows,
    sites: siteRows,
  };
}
