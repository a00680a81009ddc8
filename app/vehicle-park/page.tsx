import Link from "next/link";
import { titled } from "@/app/_lib/page-title";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { getDb } from "@/db/client";
import { listBrands } from "@/db/queries/brands";
import { loadCellTablePage, type Search } from "@/app/_lib/cell-table-page";
import { CellTableFilters } from "@/components/registry/cell-table-filters";
import { ImportPanel } from "@/components/registry/import-panel";
import { ParkGrid } from "@/components/registry/park-grid";
import { RegionTotals } from "@/components/registry/region-totals";
import { setParkCellAction } from "./actions";
import styles from "@/components/registry/registry.module.css";
import { brandOptions } from "@/lib/planning/brand-options";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("nav");
  return titled(t("vehiclePark"));
}


export default async function VehicleParkPage({ searchParams }: { searchParams: Promise<Search> }) {
  const db = getDb();
  const t = await getTranslations("vehicleFleet");
  const tc = await getTranslations("common");
  const locale = (await getLocale()) as Locale;
  // competitors have no vehicle park (sales model only): columns for "our" brands unless one is asked for
  const { query, ids, year, yearChoices, model, exportQuery } = loadCellTablePage(db, "vehicle_park", await searchParams, locale, (b) => !b.competitor);

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="note">{t("intro")}</p>
      <CellTableFilters
        action="/vehicle-park" year={year} yearChoices={yearChoices} brand={query.brand}
        brandOptions={brandOptions(listBrands(db), { allBrandsWord: tc("allBrands") })}
        labels={{ form: t("choose"), year: t("year"), brand: t("brand"), allBrands: t("allBrands"), show: t("show") }}
      >
        {t("export")} <a href={`/api/export/vehicle-park.csv?${exportQuery}`} download>CSV</a> ·{" "}
        <a href={`/api/export/vehicle-park.csv?${exportQuery}&sep=%3B`} download>{t("csvExcel")}</a> ·{" "}
        <a href={`/api/export/vehicle-park.geojson?${exportQuery}`} download>GeoJSON</a> ·{" "}
        <a href="/api/export/vehicle-park.csv" download>{t("allYears")}</a>
      </CellTableFilters>
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
