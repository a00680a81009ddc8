import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { titled } from "@/app/_lib/page-title";
import { loadPlaceNames } from "@/db/queries/place-names";
import { localizeCompared } from "@/lib/i18n/localize-coverage";
import { placeNameTable, placeNamer } from "@/lib/i18n/place-namer";
import type { Locale } from "@/lib/i18n/locales";
import { formatInt, formatTravel } from "@/lib/format";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { listBrands } from "@/db/queries/brands";
import { CompareDiffMap } from "@/components/scenarios/compare-diff-map";
import { CompareTable, RegionDeltaTable } from "@/components/scenarios/compare-table";
import { PrintButton } from "@/components/report/print-button";
import { AppError, firstMessage } from "@/lib/errors";
import { brandOptions } from "@/lib/planning/brand-options";
import { compareFromParams } from "@/app/api/scenarios/_lib/compare-request";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("scenarios");
  return titled(t("compare.title"));
}

const OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
type SearchParams = Record<string, string | string[] | undefined>;

function run(params: SearchParams, locale: Locale) {
  try {
    return { data: compareFromParams({ brand: "great-wall", ids: "live", ...params }), error: null };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    if (error instanceof AppError) return { data: null, error: firstMessage(error.toBody(locale)) };
    throw error;
  }
}

/** Live and 1-4 scenarios side by side: KPIs, capital cost, per-region deltas, a diff map; CSV and print. */
export default async function ComparePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const locale = (await getLocale()) as Locale;
  const { data, error } = run(params, locale);
  const t = await getTranslations("scenarios");
  const tc = await getTranslations("common");
  const options = brandOptions(listBrands(getDb()), { allBrandsWord: tc("allBrands") });
  const namer = placeNamer(placeNameTable(loadPlaceNames(getDb()), locale), (district) => tc("districtRest", { district }));
  const scenarios = data ? localizeCompared(data.result.scenarios, namer, t("live")) : [];
  const brandLabel = data ? (options.find((o) => o.value === data.query.brand)?.label.trim() ?? data.query.brand) : "";
  const value = (k: string, d: string) => (typeof params[k] === "string" ? (params[k] as string) : d);
  const qs = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : []))).toString();
  return (
    <main className="scenario-page">
      <h1>{t("compare.title")}</h1>
      <form method="get" className="no-print inputs-row" aria-label={t("compare.inputs")}>
        <input type="hidden" name="ids" value={value("ids", "live")} />
        <label>
          {t("compare.brand")}{" "}
          <select name="brand" defaultValue={value("brand", "great-wall")}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          {t("compare.mode")}{" "}
          <select name="mode" defaultValue={value("mode", "road")}>
            <option value="road">{t("compare.road")}</option>
            <option value="straight">{t("compare.straight")}</option>
          </select>
        </label>{" "}
        <label>
          {t("compare.threshold")} <input name="threshold" size={5} defaultValue={value("threshold", "")} placeholder="120" />
        </label>{" "}
        <label>
          {t("compare.costPerBay")} <input name="costPerBay" size={9} defaultValue={value("costPerBay", String(data?.compare.costPerBay ?? 60000))} />
        </label>{" "}
        <label>
          {t("compare.costPerSite")} <input name="costPerSite" size={9} defaultValue={value("costPerSite", String(data?.compare.costPerSite ?? 400000))} />
        </label>{" "}
        <button type="submit">{t("compare.update")}</button>
      </form>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      {data ? (
        <>
          <p className="muted">
            {t("compare.basis", {
              brand: brandLabel,
              limit: data.query.mode === "road" ? t("compare.limitRoad", { time: formatTravel(data.query.threshold, "minutes", locale) }) : t("compare.limitStraight", { km: formatInt(data.query.threshold, locale) }),
              planned: data.query.includePlanned ? t("compare.plannedIncluded") : t("compare.plannedExcluded"),
              perBay: formatInt(data.compare.costPerBay, locale),
              perSite: formatInt(data.compare.costPerSite, locale),
            })}
          </p>
          <p className="no-print">
            <a href={`/api/scenarios/compare.csv?${qs}`} download>
              {t("compare.downloadCsv")}
            </a>{" "}
            <PrintButton /> <Link href="/scenarios">{t("all")}</Link>
          </p>
          <CompareTable scenarios={scenarios} unit={data.query.mode === "road" ? "minutes" : "km"} />
          <CompareDiffMap scenarios={scenarios} tileUrl={process.env.NEXT_PUBLIC_TILE_URL ?? OSM_TILES} />
          <h2>{t("compare.perRegion")}</h2>
          <RegionDeltaTable scenarios={scenarios} />
        </>
      ) : null}
    </main>
  );
}
