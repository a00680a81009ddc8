import { and, eq, inArray, ne } from "drizzle-orm";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { CoverageInputs } from "@/lib/planning/coverage-report";
import type { Db } from "../connection";
import { brands, cities, dealerships, regions } from "../schema";
import { resolveBrandSelection } from "./brands";
import { scenarioServiceSites } from "./scenario-sites";
import { listVehicleParkYears, vehiclesByCity } from "./vehicle-park";

/**
 * Loads what coverage is computed from: every city with the selection's vehicle park for the
 * year (latest by default), and the service-capable sites of the selection's manufacturer groups
 * (a Haval site services Tank and Wey too); with `scenario`, the sites of that scenario.
 */
export function loadCoverageInputs(db: Db, params: { brand: string; year?: number; scenario?: number }): CoverageInputs {
  const selection = resolveBrandSelection(db, params.brand);
  if (!selection) throw new NotFoundError(`Unknown brand "${params.brand}"`);
  const years = listVehicleParkYears(db);
  const year = params.year ?? years.at(-1);
  if (year === undefined || !years.includes(year)) {
    throw new ValidationError(`No vehicle park for year ${params.year}; available: ${years.join(", ")}`, {
      year: [`No vehicle park for ${params.year}; available: ${years.join(", ")}`],
    });
  }
  const brandIds = selection.brands.map((b) => b.id);
  const vehicles = vehiclesByCity(db, { brandIds, year });
  const cityRows = db
    .select({ id: cities.id, slug: cities.slug, name: cities.nameEn, region: regions.nameEn, lat: cities.lat, lng: cities.lng })
    .from(cities)
    .innerJoin(regions, eq(cities.regionId, regions.id))
    .orderBy(cities.id)
    .all();

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
    demand: cityRows.map((c) => ({ id: c.slug, name: c.name, region: c.region, lat: c.lat, lng: c.lng, vehicles: vehicles.get(c.id) ?? 0 })),
    sites: siteRows,
  };
}
