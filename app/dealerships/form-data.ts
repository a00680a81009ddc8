import type { Db } from "@/db/connection";
import { listBrands } from "@/db/queries/brands";
import { listCities } from "@/db/queries/cities";
import { nextQuarter, planningQuarters, quarterOf } from "@/lib/planning/quarters";
import type { Locale } from "@/lib/i18n/locales";
import { placeName } from "@/lib/i18n/place-name";

/** The choices the dealership form offers: brands, cities (A-Z), quarters and the default quarter. */
export function dealershipFormChoices(db: Db, locale: Locale = "en") {
  const thisQuarter = quarterOf(new Date());
  return {
    brands: listBrands(db).map((b) => ({ slug: b.slug, name: `${b.name} (${b.manufacturer})` })),
    cities: listCities(db)
      .map((c) => ({ slug: c.slug, name: placeName(c, locale), lat: c.lat, lng: c.lng }))
      .sort((a, b) => a.name.localeCompare(b.name, locale)),
    quarters: planningQuarters(),
    defaultQuarter: nextQuarter(thisQuarter),
  };
}
