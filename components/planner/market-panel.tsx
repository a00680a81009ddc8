"use client";
import { useState } from "react";
import { formatInt, formatIntDelta, formatShare } from "@/lib/format";
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
}

/**
 * The sales model beside the map: the brand's captured sales and share, and the what-if: drop, drag or
 * close points and see every dealer whose expected sales change (ours: cannibalisation; competitors':
 * conquest) and the brand's net gain.
 */
export function MarketPanel({ market, label, ourBrands, year, armed, onArm }: Props) {
  const { answer, whatIf, error, change } = market;
  const ours = (answer?.dealers ?? []).filter((d) => ourBrands.includes(d.brand)).sort((a, b) => a.name.localeCompare(b.name));
  const [beside, setBeside] = useState<number | "">("");
  const active = change.points.length + change.move.length + change.remove.length > 0;

  return (
    <section className="market-panel" aria-label="Sales model">
      <h2>Sales {year}: {label}</h2>
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      {answer ? (
        <>
          <p data-testid="market-totals">
            Expected {formatInt(answer.totals.captured)} of {formatInt(answer.totals.potential)} new cars a year (
            {formatShare(answer.totals.share)} share).
          </p>
          <p className="muted">
            Buyers choose among every brand&apos;s showrooms within {answer.model.maxMinutes} min, pulled by attractiveness and
            pushed by drive time ({answer.model.decay} decay, λ = {answer.model.lambda}
            {answer.model.fit ? `; fit R² ${answer.model.fit.r2.toFixed(2)}, MAPE ${formatShare(answer.model.fit.mape)}` : ""}).{" "}
            <a href="/market">Dealer performance</a>
          </p>
        </>
      ) : error ? null : (
        <p className="muted">Loading the sales model…</p>
      )}

      <div className="side-actions">
        <button type="button" aria-pressed={armed} onClick={() => onArm(!armed)}>
          {armed ? "Click the map to drop the point…" : "Drop a what-if point"}
        </button>
        <label>
          Try a point beside{" "}
          <select value={beside} onChange={(e) => setBeside(e.target.value === "" ? "" : Number(e.target.value))} aria-label="Dealer to try a point beside">
            <option value="">choose a dealer</option>
            {ours.map((d) => (
              <option key={d.id} value={d.id}>{d.name}</option>
            ))}
          </select>
        </label>
        <button type="button" disabled={beside === ""} onClick={() => beside !== "" && market.addBeside(beside)}>
          Add beside
        </button>
        {active ? (
          <button type="button" onClick={market.clear}>
            Clear what-if
          </button>
        ) : null}
      </div>

      {active ? (
        <div aria-live="polite" data-testid="market-what-if" data-current={market.current}>
          {whatIf ? (
            <>
              <p className="net-gain" data-testid="net-gain">
                {label} net gain: {formatIntDelta(Math.round(whatIf.netGain))} cars a year (share {formatShare(whatIf.before.share)} →{" "}
                {formatShare(whatIf.after.share)}){market.busy ? " · updating…" : ""}
              </p>
              {whatIf.added.length ? (
                <ul>
                  {whatIf.added.map((a) => (
                    <li key={a.name}>
                      {a.name} would sell {formatInt(a.expectedSales)} a year
                    </li>
                  ))}
                </ul>
              ) : null}
              <table aria-label="What-if: dealers whose sales change">
                <caption className="muted">Cannibalisation (ours) and conquest (competitors), new cars a year</caption>
                <thead>
                  <tr>
                    <th scope="col">Dealer</th>
                    <th scope="col" className="num">Before</th>
                    <th scope="col" className="num">After</th>
                    <th scope="col" className="num">Change</th>
                  </tr>
                </thead>
                <tbody>
                  {whatIf.dealers.map((d) => {
                    const mine = ourBrands.includes(d.brand);
                    return (
                      <tr key={d.id} data-dealer={d.id} data-ours={mine}>
                        <th scope="row">
                          {d.name} <span className="muted">{mine ? "ours" : d.brand}</span>
                        </th>
                        <td className="num">{formatInt(d.before)}</td>
                        <td className="num">{formatInt(d.after)}</td>
                        <td className={`num ${d.delta < 0 ? "delta-down" : "delta-up"}`} data-delta={d.delta}>
                          {formatIntDelta(Math.round(d.delta))}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              {whatIf.dealers.length === 0 ? <p className="muted">No dealer&apos;s expected sales change.</p> : null}
            </>
          ) : (
            <p className="muted">Working out the what-if…</p>
          )}
        </div>
      ) : (
        <p className="muted">
          Drop a point (then drag it), drag one of your sites, or close a dealer from its bubble: the table shows what each
          dealer wins or loses.
        </p>
      )}
    </section>
  );
}
