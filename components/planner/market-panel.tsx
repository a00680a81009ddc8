"use client";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatDecimal, formatInt, formatIntDelta, formatShare } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import type { MarketState } from "./use-market";

interface Props {
  market: MarketState;
  /** the planned brand(s): their dealers are "ours", every other brand competes */
  label: string;
  ourBrands: readonly string[];
  year: number;
  /** a map click drops a what-if point while armed */
  armed: boolean;
  onArm: (armed: boolean) => void;
  /** fly the map to a point (the dealer a point is tried beside) */
  onFocus?: (lat: number, lng: number) => void;
}

/**
 * The sales model beside the map: the brand's captured sales and share, and the what-if: drop, drag or
 * close points and see every dealer whose expected sales change (ours: cannibalisation; competitors':
 * conquest) and the brand's net gain.
 */
export function MarketPanel({ market, label, ourBrands, year, armed, onArm, onFocus }: Props) {
  const t = useTranslations("market.panel");
  const locale = useLocale() as Locale;
  const int = (n: number) => formatInt(n, locale);
  const share = (x: number) => formatShare(x, locale);
  const { answer, whatIf, error, change } = market;
  const ours = (answer?.dealers ?? []).filter((d) => ourBrands.includes(d.brand)).sort((a, b) => a.name.localeCompare(b.name));
  const [beside, setBeside] = useState<number | "">("");
  const active = change.points.length + change.move.length + change.remove.length > 0;
  // the API lists every dealer whose sales move at all; under half a car a year is noise in a table
  const shownChanges = (whatIf?.dealers ?? []).filter((d) => Math.abs(d.delta) >= 0.5);
  const tiny = (whatIf?.dealers.length ?? 0) - shownChanges.length;

  return (
    <section className="market-panel" aria-label="Sales model">
      <h2>{t("title", { year, label })}</h2>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      {answer ? (
        <>
          <p data-testid="market-totals">
            {t("totals", { captured: int(answer.totals.captured), potential: int(answer.totals.potential), share: share(answer.totals.share) })}
          </p>
          <p className="muted">
            {t("model", { minutes: answer.model.maxMinutes, decay: answer.model.decay, lambda: formatDecimal(answer.model.lambda, 3, locale) })}{" "}
            {answer.model.fit ? `${t("fit", { r2: formatDecimal(answer.model.fit.r2, 2, locale), mape: share(answer.model.fit.mape) })} ` : ""}
            <a href="/market">{t("performanceLink")}</a>
          </p>
        </>
      ) : error ? null : (
        <p className="muted">{t("loading")}</p>
      )}

      <div className="side-actions">
        <button type="button" aria-pressed={armed} onClick={() => onArm(!armed)}>
          {armed ? t("dropArmed") : t("drop")}
        </button>
        <label>
          {t("besideLabel")}{" "}
          <select value={beside} onChange={(e) => setBeside(e.target.value === "" ? "" : Number(e.target.value))} aria-label={t("besideAria")}>
            <option value="">{t("besideChoose")}</option>
            {ours.map((d) => (
              <option key={d.id} value={d.id}>{d.name}</option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={beside === ""}
          onClick={() => {
            const d = ours.find((x) => x.id === beside);
            if (!d) return;
            market.addBeside(d.id);
            onFocus?.(d.lat, d.lng);
          }}
        >
          {t("addBeside")}
        </button>
        {active ? (
          <button type="button" onClick={market.clear}>
            {t("clear")}
          </button>
        ) : null}
      </div>

      {active ? (
        <div aria-live="polite" data-testid="market-what-if" data-current={market.current}>
          {whatIf ? (
            <>
              <p className="net-gain" data-testid="net-gain">
                {t("netGain", { label, gain: formatIntDelta(Math.round(whatIf.netGain), locale), before: share(whatIf.before.share), after: share(whatIf.after.share) })}
                {market.busy ? ` · ${t("updating")}` : ""}
              </p>
              {whatIf.added.length ? (
                <ul>
                  {whatIf.added.map((a) => (
                    <li key={a.name}>{t("addedSells", { name: a.name, sales: int(a.expectedSales) })}</li>
                  ))}
                </ul>
              ) : null}
              <table aria-label={t("tableLabel")}>
                <caption className="muted">{t("tableCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("colDealer")}</th>
                    <th scope="col" className="num">{t("colBefore")}</th>
                    <th scope="col" className="num">{t("colAfter")}</th>
                    <th scope="col" className="num">{t("colChange")}</th>
                  </tr>
                </thead>
                {[
                  { key: "ours", title: t("groupOurs"), rows: shownChanges.filter((d) => ourBrands.includes(d.brand)) },
                  { key: "competitors", title: t("groupCompetitors"), rows: shownChanges.filter((d) => !ourBrands.includes(d.brand)) },
                ]
                  .filter((g) => g.rows.length > 0)
                  .map((g) => {
                    const total = g.rows.reduce((a, d) => a + d.delta, 0);
                    return (
                      <tbody key={g.key} data-group={g.key}>
                        <tr className="group-row">
                          <th scope="rowgroup" colSpan={3}>{g.title}</th>
                          <td className={`num ${total < 0 ? "delta-down" : "delta-up"}`}>{formatIntDelta(Math.round(total), locale)}</td>
                        </tr>
                        {g.rows.map((d) => (
                          <tr key={d.id} data-dealer={d.id} data-ours={g.key === "ours"}>
                            <th scope="row">
                              {d.name} {g.key === "ours" ? null : <span className="muted">{d.brand}</span>}
                            </th>
                            <td className="num">{int(d.before)}</td>
                            <td className="num">{int(d.after)}</td>
                            <td className={`num ${d.delta < 0 ? "delta-down" : "delta-up"}`} data-delta={d.delta}>
                              {formatIntDelta(Math.round(d.delta), locale)}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    );
                  })}
              </table>
              {whatIf.dealers.length === 0 ? <p className="muted">{t("noChange")}</p> : null}
              {tiny > 0 ? <p className="muted">{t("tinyChanges", { count: tiny })}</p> : null}
            </>
          ) : (
            <p className="muted">{t("working")}</p>
          )}
        </div>
      ) : (
        <p className="muted">{t("hint")}</p>
      )}
    </section>
  );
}
