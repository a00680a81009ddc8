import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatDecimal, formatInt, formatShare } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";

/** What the section shows of GET /api/market's answer (db/queries/market.ts getMarket). */
export interface ReportMarket {
  model: { decay: string; lambda: number; maxMinutes: number; fit: { r2: number; mape: number } | null };
  totals: { potential: number; captured: number; share: number };
  dealers: { id: number; name: string; expectedSales: number; targetSales: number; utilisation: number | null; competitor: boolean }[];
}

/** The coverage report's sales section: the brand's expected sales and share, and each of its showrooms against target. */
export function SalesSection({ market, label, year, brand }: { market: ReportMarket | null; label: string; year: number; brand: string }) {
  const t = useTranslations("market.report");
  const tp = useTranslations("market.performance");
  const locale = useLocale() as Locale;
  const int = (n: number) => formatInt(n, locale);
  const share = (x: number | null) => (x === null ? "–" : formatShare(x, locale));
  if (!market) {
    return (
      <section className="report-section" aria-label={t("title", { year })}>
        <h2>{t("title", { year })}</h2>
        <p className="muted">{t("none", { year })}</p>
      </section>
    );
  }
  const ours = market.dealers.filter((d) => !d.competitor).sort((a, b) => b.expectedSales - a.expectedSales);
  const m = market.model;
  const common = { decay: m.decay, lambda: formatDecimal(m.lambda, 3, locale), minutes: m.maxMinutes };
  return (
    <section className="report-section" aria-label={t("title", { year })} data-testid="report-sales">
      <h2>{t("title", { year })}</h2>
      <p>
        {t("summary", {
          label, captured: int(market.totals.captured), potential: int(market.totals.potential), share: share(market.totals.share),
          dealers: ours.length, competitors: market.dealers.length - ours.length,
        })}
      </p>
      <p className="muted">
        {m.fit ? t("fit", { ...common, r2: formatDecimal(m.fit.r2, 2, locale), mape: share(m.fit.mape) }) : t("noFit", common)} {t("csvNote")}
      </p>
      <table aria-label={t("tableLabel")} className="report-table">
        <thead>
          <tr>
            <th scope="col">{tp("colDealer")}</th>
            <th scope="col" className="num">{tp("colExpected", { year })}</th>
            <th scope="col" className="num">{tp("colTarget")}</th>
            <th scope="col" className="num">{tp("colUtilisation")}</th>
          </tr>
        </thead>
        <tbody>
          {ours.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.name}</th>
              <td className="num">{int(d.expectedSales)}</td>
              <td className="num">{int(d.targetSales)}</td>
              <td className="num">{share(d.utilisation)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="no-print">
        <Link href={`/market?brand=${encodeURIComponent(brand)}&year=${year}`}>{t("performanceLink")}</Link>
      </p>
    </section>
  );
}
