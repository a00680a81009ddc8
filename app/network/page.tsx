import { getLocale, getTranslations } from "next-intl/server";
import { titled } from "@/app/_lib/page-title";
import { getDb } from "@/db/client";
import { loadPlaceNames } from "@/db/queries/place-names";
import { formatInt } from "@/lib/format";
import { placeName, placeNameOr } from "@/lib/i18n/place-name";
import type { Locale } from "@/lib/i18n/locales";
import { listCities } from "@/db/queries/cities";
import { listDealerships } from "@/db/queries/dealerships";
import { listBrands } from "@/db/queries/brands";
import { listVehicleParkYears, vehicleParkTotalsByCityAndManufacturer } from "@/db/queries/vehicle-park";
import { summariseByManufacturer } from "@/lib/network/summary";
import { NetworkSiteTable } from "@/components/network/network-site-table";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return titled(t("network"));
}

export default async function NetworkPage() {
  const db = getDb();
  const t = await getTranslations("network");
  const locale = (await getLocale()) as Locale;
  const names = loadPlaceNames(db);
  const sites = listDealerships(db);
  const summary = summariseByManufacturer(sites);
  const years = listVehicleParkYears(db);
  const year = years.at(-1);
  const cityList = listCities(db);
  const manufacturers = [...new Map(listBrands(db).map((b) => [b.manufacturerSlug, b.manufacturer])).entries()];
  const park = year ? vehicleParkTotalsByCityAndManufacturer(db, { year }) : new Map<number, Map<string, number>>();

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="note">{t("intro")}</p>

      <table aria-label={t("byManufacturer")}>
        <caption>{t("byManufacturer")}</caption>
        <thead>
          <tr>
            <th>{t("manufacturer")}</th>
            <th className="num">{t("col.open")}</th>
            <th className="num">{t("col.openCities")}</th>
            <th className="num">{t("col.planned")}</th>
            <th className="num">{t("col.underConstruction")}</th>
            <th className="num">{t("col.closed")}</th>
          </tr>
        </thead>
        <tbody>
          {summary.map((m) => (
            <tr key={m.manufacturerSlug} data-manufacturer={m.manufacturerSlug}>
              <th scope="row">{m.manufacturer}</th>
              <td className="num" data-col="open">{m.counts.open}</td>
              <td className="num" data-col="open-cities">{m.openCities}</td>
              <td className="num" data-col="planned">{m.counts.planned}</td>
              <td className="num" data-col="under_construction">{m.counts.under_construction}</td>
              <td className="num" data-col="closed">{m.counts.closed}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t("allSites")}</h2>
      <NetworkSiteTable sites={sites.map((s) => ({ ...s, cityLabel: placeNameOr(names.cities.get(s.cityId), s.cityName, locale) }))} />

      <h2>{year ? t("parkByCityYear", { year: String(year) }) : t("parkByCity")}</h2>
      <p className="note">{t("parkNote")}</p>
      <table aria-label={t("parkTable")}>
        <thead>
          <tr>
            <th>{t("city")}</th>
            <th>{t("region")}</th>
            <th className="num">{t("population")}</th>
            {manufacturers.map(([slug, name]) => (
              <th key={slug} className="num">{name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cityList.map((c) => (
            <tr key={c.id} data-city={c.slug}>
              <th scope="row">
                {placeName(c, locale)}
                {locale !== "ru" && placeName(c, locale) !== c.nameRu ? <span className="muted"> ({c.nameRu})</span> : null}
              </th>
              <td>{placeNameOr(names.regions.get(c.regionSlug), c.regionName, locale)}</td>
              <td className="num">
                {formatInt(c.population, locale)}
                {c.populationIsEstimate ? "*" : ""}
              </td>
              {manufacturers.map(([slug]) => (
                <td key={slug} className="num">{formatInt(park.get(c.id)?.get(slug) ?? 0, locale)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">{t("populationEstimateNote", { threshold: formatInt(50000, locale) })}</p>
    </>
  );
}
