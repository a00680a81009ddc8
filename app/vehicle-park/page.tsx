import Link from "next/link";
import { titled } from "@/app/_lib/page-title";
import { getLocale, getTranslations } from "next-intl/server";
import { loadPlaceNames } from "@/db/queries/place-names";
import type { Locale } from "@/lib/i18n/locales";
import { placeName, placeNameOr } from "@/lib/i18n/place-name";
import { getDb } from "@/db/client";
import { listBrands } from "@/db/queries/brands";
import { listCities } from "@/db/queries/cities";
import { brandIdsForSlug } from "@/db/queries/brands";
import { listVehicleParkCells, listVehicleParkYears } from "@/db/queries/vehicle-park";
import { ImportPanel } from "@/components/registry/import-panel";
import { ParkGrid } from "@/components/registry/park-grid";
import { RegionTotals } from "@/components/registry/region-totals";
import { setParkCellAction } from "./actions";
import { buildParkTable } from "@/components/registry/park-table-model";
import styles from "@/components/registry/registry.module.css";
import { brandOptions } from "@/lib/planning/brand-options";
import { vehicleParkQuerySchema } from "@/lib/validation/vehicle-park";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return titled(t("vehiclePark"));
}

type Search = Record<string, string | string[] | undefined>;

function first(v: string | string[] | undefined) {
  return Array.isArray(v) ? v[0] : v || undefined;
}

export default async function VehicleParkPage({ searchParams }: { searchParams: Promise<Search> }) {
  const db = getDb();
  const t = await getTranslations("vehicleFleet");
  const tc = await getTranslations("common");
  const locale = (await getLocale()) as Locale;
  const names = loadPlaceNames(db);
  const raw = await searchParams;
  const parsed = vehicleParkQuerySchema.safeParse({ year: first(raw.year), brand: first(raw.brand) });
  const query = parsed.success ? parsed.data : {};
  const years = listVehicleParkYears(db);
  const year = query.year ?? years.at(-1) ?? new Date().getFullYear();
  const previousYear = years.filter((y) => y < year).at(-1) ?? null;
  // competitors have no vehicle park (sales model only): columns for "our" brands unless one is asked for
  const allBrands = listBrands(db);
  const ids = query.brand ? brandIdsForSlug(db, query.brand) : null;
  const columns = allBrands.filter((b) => (ids ? ids.includes(b.id) : !b.competitor)).map((b) => ({ id: b.id, slug: b.slug, name: b.name, manufacturer: b.manufacturer }));
  const model = buildParkTable({
    year,
    previousYear,
    columns,
    // the rows and region totals show names in the reader's language
    cities: listCities(db).map((c) => ({ ...c, nameEn: placeName(c, locale), regionName: placeNameOr(names.regions.get(c.regionSlug), c.regionName, locale) })),
    cells: listVehicleParkCells(db, { years: previousYear ? [year, previousYear] : [year], brandIds: columns.map((c) => c.id) }).map((c) => ({
      ...c,
      regionName: placeNameOr(names.regions.get(c.regionSlug), c.regionName, locale),
    })),
  });
  const exportQuery = new URLSearchParams({ year: String(year), ...(query.brand ? { brand: query.brand } : {}) }).toString();
  const yearChoices = [...new Set([...years, year])].sort();

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="note">{t("intro")}</p>
      <form method="get" action="/vehicle-park" className={styles.filters} aria-label={t("choose")}>
        <label>
          {t("year")}
          <select name="year" defaultValue={String(year)}>
            {yearChoices.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </label>
        <label>
          {t("brand")}
          <select name="brand" defaultValue={query.brand ?? ""}>
            <option value="">{t("allBrands")}</option>
            {brandOptions(allBrands, { allBrandsWord: tc("allBrands") }).map((o) => (
              <option key={o.value} value={o.value}>{o.label.trim()}</option>
            ))}
          </select>
        </label>
        <button type="submit">{t("show")}</button>
        <span className="muted">
          {t("export")} <a href={`/api/export/vehicle-park.csv?${exportQuery}`} download>CSV</a> ·{" "}
          <a href={`/api/export/vehicle-park.csv?${exportQuery}&sep=%3B`} download>{t("csvExcel")}</a> ·{" "}
          <a href={`/api/export/vehicle-park.geojson?${exportQuery}`} download>GeoJSON</a> ·{" "}
          <a href="/api/export/vehicle-park.csv" download>{t("allYears")}</a>
        </span>
      </form>
      {query.brand && !ids ? <p className="field-error" role="alert">{t("unknownBrand", { brand: query.brand })}</p> : null}

      <ParkGrid model={model} setCell={setParkCellAction} />

      <div className={styles.cols}>
        <section>
          <h2>{t("regionTotalsYear", { year: String(year) })}</h2>
          <RegionTotals model={model} locale={locale} labels={{ table: t("regionTotals"), region: t("region"), previous: t("previous"), change: t("grid.change") }} />
        </section>
        <section>
          <h2>{t("importTitle")}</h2>
          <ImportPanel
            kind="vehicle-park"
            accept=".csv,text/csv"
            example={"city,brand,year,vehicles\nAlmaty,haval,2025,12500\nАстана,Chery,2025,8400"}
            help={t.rich("importHelp", { code: (c) => <code>{c}</code>, link: (c) => <Link href="/dealerships/import">{c}</Link> })}
          />
        </section>
      </div>
    </>
  );
}
