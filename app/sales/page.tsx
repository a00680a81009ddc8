import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listBrands } from "@/db/queries/brands";
import { listBrandMarketSettings } from "@/db/queries/market-settings";
import { pageContext } from "@/app/_lib/request-context";
import { BrandSettings } from "@/components/registry/brand-settings";
import { loadCellTablePage, type Search } from "@/app/_lib/cell-table-page";
import { CellTableFilters } from "@/components/registry/cell-table-filters";
import { ImportPanel } from "@/components/registry/import-panel";
import { ParkGrid } from "@/components/registry/park-grid";
import { RegionTotals } from "@/components/registry/region-totals";
import styles from "@/components/registry/registry.module.css";
import { can } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/locales";
import { brandOptions } from "@/lib/planning/brand-options";
import { setBrandSettingsAction, setSalesCellAction } from "./actions";

export const dynamic = "force-dynamic";


/**
 * Sales: new-car registrations per place, brand and year, every brand (competitors too: they are the
 * market the sales model splits). The same editor, import and export as the vehicle park, plus each
 * brand's planning settings for the sales model.
 */
export default async function SalesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const db = getDb();
  const ctx = await pageContext();
  const t = await getTranslations("sales");
  const locale = (await getLocale()) as Locale;
  const tc = await getTranslations("common");
  // every passenger brand, competitors too: they are the market the sales model splits
  const { query, ids, year, yearChoices, model, exportQuery } = loadCellTablePage(db, "sales", await searchParams, locale, (b) => b.segment === "passenger");
  const canEdit = ctx ? can(ctx.role, "edit") : false;

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="note">
        {t("intro")} <Link href="/market">{t("performanceLink")}</Link>
      </p>
      <CellTableFilters
        action="/sales" year={year} yearChoices={yearChoices} brand={query.brand}
        brandOptions={brandOptions(listBrands(db), { competitors: true, allBrandsWord: tc("allBrands") })}
        labels={{ form: t("filtersLabel"), year: t("year"), brand: t("brand"), allBrands: t("allBrands"), show: t("show") }}
      >
        {t("export")} <a href={`/api/export/sales.csv?${exportQuery}`} download>{t("csv")}</a> ·{" "}
        <a href="/api/export/sales.csv" download>{t("allYears")}</a>
      </CellTableFilters>
      {query.brand && !ids ? <p className="field-error" role="alert">{t("unknownBrand", { brand: query.brand })}</p> : null}

      <ParkGrid model={model} setCell={setSalesCellAction} title={t("gridTitle")} />

      <div className={styles.cols}>
        <section>
          <h2>{t("regionTotals", { year })}</h2>
          <RegionTotals model={model} locale={locale} labels={{ table: t("regionTotalsLabel"), region: t("region"), previous: t("previous"), change: t("change") }} />
        </section>
        <section>
          <h2>{t("importTitle")}</h2>
          <ImportPanel
            kind="sales"
            accept=".csv,text/csv"
            example={"city,brand,year,vehicles\nAlmaty,haval,2025,3100\nАстана,Chevrolet,2025,6400"}
            help={t.rich("importHelp", { code: (chunks) => <code>{chunks}</code> })}
          />
        </section>
      </div>

      <h2 id="settings">{t("settingsTitle")}</h2>
      <p className="note">{t("settingsNote")}</p>
      <BrandSettings rows={listBrandMarketSettings(db).filter((b) => b.segment === "passenger")} save={setBrandSettingsAction} canEdit={canEdit} />
    </>
  );
}
