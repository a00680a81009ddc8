import type { Db } from "@/db/connection";
import { listBrands } from "@/db/queries/brands";
import { listCities } from "@/db/queries/cities";
import { nextQuarter, planningQuarters, quarterOf } from "@/lib/planning/quarters";

/** The choices the dealership form offers: brands, cities (A-Z), quarters and the default quarter. */
export function dealershipFormChoices(db: Db) {
  const thisQuarter = quarterOf(new Date());
  return {
    brands: listBrands(db).map((b) => ({ slug: b.slug, name: `${b.name} (${b.manufacturer})` })),
    cities: listCities(db)
      .map((c) => ({ slug: c.slug, name: c.nameEn, lat: c.lat, lng: c.lng }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    quarters: planningQuarters(),
    defaultQuarter: nextQuarter(thisQuarter),
  };
}
