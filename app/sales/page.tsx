import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { brandIdsForSlug, listBrands } from "@/db/queries/brands";
import { listCities } from "@/db/queries/cities";
import { listBrandMarketSettings } from "@/db/queries/market-settings";
import { listSalesCells, listSalesYears } from "@/db/queries/sales";
import { pageContext } from "@/app/_lib/request-context";
import { BrandSettings } from "@/components/registry/brand-settings";
import { ImportPanel } from "@/components/registry/import-panel";
import { ParkGrid } from "@/components/registry/park-grid";
import { RegionTotals } from "@/components/registry/region-totals";
import { buildParkTable } from "@/components/registry/park-table-model";
import styles from "@/components/registry/registry.module.css";
import { can } from "@/lib/auth/permissions";
import type { Locale } from "@/lib/i18n/locales";
import { brandOptions } from "@/lib/planning/brand-options";
import { vehicleParkQuerySchema } from "@/lib/validation/vehicle-park";
import { setBrandSettingsAction, setSalesCellAction } from "./actions";

export const dynamic = "force-dynamic";

type Search = Record<string, string | string[] | undefined>;

function first(v: string | string[] | undefined) {
  return Array.isArray(v) ? v[0] : v || undefined;
}

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
  const raw = await searchParams;
  const parsed = vehicleParkQuerySchema.safeParse({ year: first(raw.year), brand: first(raw.brand) });
  const query = parsed.success ? parsed.data : {};
  const years = listSalesYears(db);
  const year = query.year ?? years.at(-1) ?? new Date().getFullYear();
  const previousYear = years.filter((y) => y < year).at(-1) ?? null;
  const allBrands = listBrands(db).filter((b) => b.segment === "passenger" || query.brand);
  const ids = query.brand ? brandIdsForSlug(db, query.brand) : null;
  const columns = allBrands.filter((b) => !ids || ids.includes(b.id)).map((b) => ({ id: b.id, slug: b.slug, name: b.name, manufacturer: b.manufacturer }));
  const model = buildParkTable({
    year,
    previousYear,
    columns,
    cities: listCities(db),
    cells: listSalesCells(db, { years: previousYear ? [year, previousYear] : [year], brandIds: columns.map((c) => c.id) }),
  });
  const exportQuery = new URLSearchParams({ year: String(year), ...(query.brand ? { brand: query.brand } : {}) }).toString();
  const yearChoices = [...new Set([...years, year])].sort();
  const canEdit = ctx ? can(ctx.role, "edit") : false;

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="note">
        {t("intro")} <Link href="/market">{t("performanceLink")}</Link>
      </p>
      <form method="get" action="/sales" className={styles.filters} aria-label={t("filtersLabel")}>
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
            {brandOptions(listBrands(db), { competitors: true }).map((o) => (
              <option key={o.value} value={o.value}>{o.label.trim()}</option>
            ))}
          </select>
        </label>
        <button type="submit">{t("show")}</button>
        <span className="muted">
          {t("export")} <a href={`/api/export/sales.csv?${exportQuery}`} download>{t("csv")}</a> ·{" "}
          <a href="/api/export/sales.csv" download>{t("allYears")}</a>
        </span>
      </form>
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
