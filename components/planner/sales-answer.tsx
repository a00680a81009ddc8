"use client";
import { useLocale, useTranslations } from "next-intl";
import { formatInt, formatShare } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { SalesSuggestionAnswer } from "@/lib/planning/suggest-sales";

/** A sales-model answer: each point's expected sales and where they come from (new buyers, competitors, our own dealers). */
export function SalesAnswer({ result, onAdopt }: { result: SalesSuggestionAnswer; onAdopt: (rank: number) => void }) {
  const t = useTranslations("planner");
  const locale = useLocale() as Locale;
  const int = (n: number) => formatInt(n, locale);
  const share = (n: number) => formatShare(n, locale);
  const how =
    result.solver === "exact"
      ? t("salesSuggest.exact", { proven: result.status === "optimal" ? "yes" : "no", gap: share(result.gap ?? 0) })
      : t("salesSuggest.greedy", { bound: int(result.bound ?? result.value) });
  return (
    <>
      <p className="note" data-testid="suggest-summary">
        {t("salesSuggest.summary", {
          count: result.sites.length, candidates: int(result.candidates),
          before: int(result.before.captured), after: int(result.after.captured),
          shareBefore: share(result.before.share), shareAfter: share(result.after.share),
        })}{" "}
        · {how} · {t("salesSuggest.ms", { ms: Math.round(result.ms) })}
      </p>
      {result.sites.length === 0 ? <p className="note" data-testid="suggest-empty">{t("salesSuggest.empty")}</p> : null}
      <table aria-label={t("salesSuggest.table")} className="suggest-table" hidden={result.sites.length === 0}>
        <thead>
          <tr>
            <th>#</th>
            <th>{t("salesSuggest.city")}</th>
            <th className="num">{t("salesSuggest.sells")}</th>
            <th className="num">{t("salesSuggest.gains")}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {result.sites.map((s) => (
            <tr key={s.rank} data-rank={s.rank} data-city={s.cityId}>
              <td>{s.rank}</td>
              <td>
                <b>{s.cityName}</b>
                <div className="muted">
                  {t("salesSuggest.sources", { newBuyers: int(s.newBuyers), competitors: int(s.fromCompetitors), own: int(s.fromOwn) })}
                </div>
              </td>
              <td className="num">{int(s.expectedSales)}</td>
              <td className="num" data-col="gain">{int(s.netGain)}</td>
              <td>
                <button type="button" className="secondary" data-needs="edit" onClick={() => onAdopt(s.rank)}>{t("salesSuggest.adopt")}</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
