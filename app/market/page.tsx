import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { listBrands, resolveBrandSelection } from "@/db/queries/brands";
import { listDealerships } from "@/db/queries/dealerships";
import { getMarket } from "@/db/queries/market";
import { attractivenessById } from "@/db/queries/market-settings";
import { listSalesYears } from "@/db/queries/sales";
import { pageContext } from "@/app/_lib/request-context";
import { AttractivenessCell } from "@/components/market/attractiveness-cell";
import { can } from "@/lib/auth/permissions";
import { formatDecimal, formatInt, formatShare } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { brandOptions } from "@/lib/planning/brand-options";
import { setAttractivenessAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("market.performance");
  return { title: `${t("metaTitle")} · KZ Network Planner` };
}

type Search = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
// a dealer far from its target either way is flagged (the same 70 % the report's bays use for "under")
const UNDER_TARGET = 0.7;

/**
 * Dealer performance: each of the brand's showrooms with the sales model's expected sales against its
 * target, utilisation and the trend over the years with sales figures; the competitors' showrooms and
 * the places that need more outlets. Every number comes from getMarket, as GET /api/market's.
 */
export default async function MarketPage({ searchParams }: { searchParams: Promise<Search> }) {
  const db = getDb();
  const t = await getTranslations("market.performance");
  const locale = (await getLocale()) as Locale;
  const ctx = await pageContext();
  const raw = await searchParams;
  const brand = first(raw.brand) ?? "great-wall";
  const selection = resolveBrandSelection(db, brand);
  if (!selection) notFound();
  const years = listSalesYears(db);
  const askedYear = Number(first(raw.year));
  const year = years.includes(askedYear) ? askedYear : years.at(-1);
  const includePlanned = first(raw.includePlanned) === "true";
  const int = (n: number) => formatInt(n, locale);
  const share = (x: number | null) => (x === null ? "–" : formatShare(x, locale));

  const form = (
    <form method="get" action="/market" className="inline" aria-label={t("filtersLabel")}>
      <label>
        {t("brand")}{" "}
        <select name="brand" defaultValue={brand}>
          {brandOptions(listBrands(db)).map((o) => (
            <option key={o.value} value={o.value}>{o.label.trim()}</option>
          ))}
        </select>
      </label>{" "}
      <label>
        {t("year")}{" "}
        <select name="year" defaultValue={String(year ?? "")}>
          {years.map((y) => (
            <option key={y} value={y}>{y}</option>
          ))}
        </select>
      </label>{" "}
      <label className="check">
        <input type="checkbox" name="includePlanned" value="true" defaultChecked={includePlanned} /> {t("includePlanned")}
      </label>{" "}
      <button type="submit">{t("show")}</button>
    </form>
  );

  if (year === undefined) {
    return (
      <>
        <h1>{t("title", { label: selection.label })}</h1>
        {form}
        <p role="alert">{t("noSales", { year: String(askedYear || "") })}</p>
      </>
    );
  }

  const byYear = years.map((y) => ({ year: y, market: getMarket(db, { brand, year: y, includePlanned }) }));
  const current = byYear.find((m) => m.year === year)!.market;
  const expectedIn = new Map(byYear.map((m) => [m.year, new Map(m.market.dealers.map((d) => [d.id, d.expectedSales]))]));
  const ours = current.dealers.filter((d) => !d.competitor).sort((a, b) => b.expectedSales - a.expectedSales);
  const competitors = current.dealers.filter((d) => d.competitor).sort((a, b) => b.expectedSales - a.expectedSales);
  const sites = new Map(listDealerships(db).map((s) => [s.id, s]));
  const attractiveness = attractivenessById(db);
  const canEdit = ctx ? can(ctx.role, "edit") : false;
  const outlets = [...current.places].sort((a, b) => b.outletsNeeded - a.outletsNeeded).slice(0, 20);

  return (
    <>
      <h1>{t("title", { label: selection.label })}</h1>
      <p className="note">
        {t("intro")} <Link href="/sales#settings">{t("salesLink")}</Link> ·{" "}
        <Link href={`/map?brand=${encodeURIComponent(brand)}&year=${year}&layers=tiles,roads,cities,sites,sales,competitors`}>{t("mapLink")}</Link>
      </p>
      {form}

      <h2>{t("trendTitle")}</h2>
      <table aria-label={t("trendLabel")}>
        <thead>
          <tr>
            <th scope="col">{t("colYear")}</th>
            <th scope="col" className="num">{t("colPotential")}</th>
            <th scope="col" className="num">{t("colCaptured")}</th>
            <th scope="col" className="num">{t("colShare")}</th>
            <th scope="col" className="num">{t("colFit")}</th>
          </tr>
        </thead>
        <tbody>
          {byYear.map(({ year: y, market }) => (
            <tr key={y} data-year={y}>
              <th scope="row">{y}</th>
              <td className="num">{int(market.totals.potential)}</td>
              <td className="num">{int(market.totals.captured)}</td>
              <td className="num">{share(market.totals.share)}</td>
              <td className="num">
                {market.model.fit ? `${formatDecimal(market.model.fit.r2, 2, locale)} · ${share(market.model.fit.mape)}` : "–"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t("dealersTitle", { year })}</h2>
      <div style={{ overflowX: "auto" }}>
        <table aria-label={t("dealersLabel")} data-testid="dealer-performance">
          <thead>
            <tr>
              <th scope="col">{t("colDealer")}</th>
              <th scope="col">{t("colCity")}</th>
              <th scope="col" className="num">{t("colExpected", { year })}</th>
              <th scope="col" className="num">{t("colTarget")}</th>
              <th scope="col" className="num">{t("colUtilisation")}</th>
              {years.map((y) => (
                <th key={y} scope="col" className="num">{t("colTrend", { year: y })}</th>
              ))}
              <th scope="col" className="num">{t("colAttractiveness")}</th>
            </tr>
          </thead>
          <tbody>
            {ours.map((d) => {
              const u = d.utilisation;
              const flag = u === null ? "" : u > 1 ? "over" : u < UNDER_TARGET ? "under" : "";
              return (
                <tr key={d.id} data-dealer={d.id}>
                  <th scope="row"><Link href={`/dealerships/${d.id}`}>{d.name}</Link></th>
                  <td>{sites.get(d.id)?.cityName ?? ""}</td>
                  <td className="num">{int(d.expectedSales)}</td>
                  <td className="num">{int(d.targetSales)}</td>
                  <td className={`num ${flag === "under" ? "uncovered" : ""}`} title={flag === "over" ? t("over") : flag === "under" ? t("under") : undefined} data-utilisation={u ?? ""}>
                    {share(u)}
                  </td>
                  {years.map((y) => {
                    const v = expectedIn.get(y)?.get(d.id);
                    return <td key={y} className="num">{v === undefined ? "–" : int(v)}</td>;
                  })}
                  <td className="num">
                    <AttractivenessCell id={d.id} dealer={d.name} value={attractiveness.get(d.id) ?? 1} canEdit={canEdit} save={setAttractivenessAction} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h2>{t("outletsTitle", { year })}</h2>
      <p className="note">{t("outletsNote", { share: share(current.totals.targetShare), throughput: int(current.totals.throughput) })}</p>
      <table aria-label={t("outletsLabel")}>
        <thead>
          <tr>
            <th scope="col">{t("colPlace")}</th>
            <th scope="col" className="num">{t("colPotential")}</th>
            <th scope="col" className="num">{t("colCaptured")}</th>
            <th scope="col" className="num">{t("colShare")}</th>
            <th scope="col" className="num">{t("colOutlets")}</th>
          </tr>
        </thead>
        <tbody>
          {outlets.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.name}</th>
              <td className="num">{int(p.potential)}</td>
              <td className="num">{int(p.captured)}</td>
              <td className="num">{share(p.share)}</td>
              <td className="num">{formatDecimal(p.outletsNeeded, 1, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <details>
        <summary>{t("competitorsTitle", { year, count: competitors.length })}</summary>
        <table aria-label={t("competitorsLabel")}>
          <thead>
            <tr>
              <th scope="col">{t("colDealer")}</th>
              <th scope="col">{t("colBrand")}</th>
              <th scope="col" className="num">{t("colExpected", { year })}</th>
              <th scope="col" className="num">{t("colTarget")}</th>
              <th scope="col" className="num">{t("colUtilisation")}</th>
            </tr>
          </thead>
          <tbody>
            {competitors.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.name}</th>
                <td>{d.brand}</td>
                <td className="num">{int(d.expectedSales)}</td>
                <td className="num">{int(d.targetSales)}</td>
                <td className="num">{share(d.utilisation)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
