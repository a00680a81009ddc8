"use client";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { formatInt, formatIntDelta, formatPercentDelta } from "@/lib/format";
import { ParkCell, type SetParkCellAction } from "./park-cell";
import { yearChange, type ParkTableModel, type ParkTotal } from "./park-table-model";
import styles from "./registry.module.css";
import { useHydrated } from "@/components/hooks/use-hydrated";

/** The change on the previous year: "+1,234" over "+5.6 %", or only the percentage (absolute in the tooltip). */
export function Change({ total, compact }: { total: Pick<ParkTotal, "total" | "previous">; compact?: boolean }) {
  const t = useTranslations("vehicleFleet");
  const locale = useLocale() as Locale;
  const c = yearChange(total.total, total.previous);
  if (!c) return <span className="muted">–</span>;
  const cls = c.delta > 0 ? styles.up : c.delta < 0 ? styles.down : undefined;
  const pct = c.share !== null ? formatPercentDelta(c.share, locale) : null;
  if (compact) {
    return (
      <span className={cls} title={t("deltaVehicles", { delta: formatIntDelta(c.delta, locale) })}>
        {pct ?? formatIntDelta(c.delta, locale)}
      </span>
    );
  }
  return (
    <span className={cls}>
      {formatIntDelta(c.delta, locale)}
      {pct ? <span className={styles.delta}>{pct}</span> : null}
    </span>
  );
}

// consecutive columns of one manufacturer share a header cell ("Great Wall Motor" over Haval, Tank, Wey)
function groupSpans(model: ParkTableModel) {
  const spans: { name: string; span: number }[] = [];
  for (const c of model.columns) {
    const last = spans.at(-1);
    if (last && last.name === c.manufacturer) last.span++;
    else spans.push({ name: c.manufacturer, span: 1 });
  }
  return spans;
}

/** The city × brand table for one year, editable in place, with totals and the change on the previous year. */
export function ParkGrid({ model, setCell }: { model: ParkTableModel; setCell: SetParkCellAction }) {
  const t = useTranslations("vehicleFleet");
  const locale = useLocale() as Locale;
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(0);
  const [, startTransition] = useTransition();
  // lets tests (and impatient planners' scripts) know the cells accept edits
  const hydrated = useHydrated();
  const prev = model.previousYear;

  return (
    <>
      {/* an error is announced and styled as one; the rest is a polite status line */}
      <p role={error ? "alert" : "status"} aria-live={error ? "assertive" : "polite"} className={error ? "field-error" : "muted"} data-testid="park-status" data-hydrated={hydrated}>
        {error ?? (saved ? t("grid.saved", { count: saved }) : t("grid.hint"))}
      </p>
      <div className={styles.tableWrap}>
        <table className={styles.parkTable} aria-label={t("grid.label", { year: String(model.year) })}>
          <thead>
            <tr>
              <td />
              {groupSpans(model).map((g) => (
                <th key={g.name} colSpan={g.span} scope="colgroup" className={styles.groupHead}>{g.name}</th>
              ))}
              <td colSpan={2} />
            </tr>
            <tr>
              <th scope="col">{t("grid.city")}</th>
              {model.columns.map((b) => (
                <th key={b.slug} scope="col" className="num" data-brand={b.slug} title={b.manufacturer}>{b.name}</th>
              ))}
              <th scope="col" className="num">{t("grid.total")}</th>
              <th scope="col" className="num">{t("grid.versus", { year: prev ? String(prev) : "–" })}</th>
            </tr>
          </thead>
          <tbody>
            {model.rows.map((r, ri) => (
              <tr key={r.city} data-city={r.city}>
                <th scope="row" title={r.cityNameRu}>{r.cityName}</th>
                {model.columns.map((b, ci) => (
                  <td key={b.slug} className="num">
                    <ParkCell
                      key={`${r.city}:${b.slug}:${r.cells[ci]}`}
                      city={r.city} cityName={r.cityName} brand={b.slug} brandName={b.name} year={model.year}
                      value={r.cells[ci]} previous={r.previous[ci]} row={ri} col={ci}
                      onError={setError}
                      setCell={setCell}
                      onSaved={() => {
                        setSaved((n) => n + 1);
                        startTransition(() => router.refresh());
                      }}
                    />
                  </td>
                ))}
                <td className="num" data-total-city={r.city}>{formatInt(r.total, locale)}</td>
                <td className="num"><Change compact total={{ total: r.total, previous: r.previousTotal }} /></td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-testid="brand-totals">
              <th scope="row">{t("grid.totalYear", { year: String(model.year) })}</th>
              {model.brandTotals.map((b) => (
                <td key={b.key} className="num" data-total-brand={b.key}>{formatInt(b.total, locale)}</td>
              ))}
              <td className="num" data-total="all">{formatInt(model.total.total, locale)}</td>
              <td className="num"><Change total={model.total} /></td>
            </tr>
            <tr>
              <th scope="row">{prev ? t("grid.totalYear", { year: String(prev) }) : t("grid.totalNoEarlier")}</th>
              {model.brandTotals.map((b) => (
                <td key={b.key} className="num">{formatInt(b.previous, locale)}</td>
              ))}
              <td className="num">{formatInt(model.total.previous, locale)}</td>
              <td />
            </tr>
            <tr>
              <th scope="row">{t("grid.change")}</th>
              {model.brandTotals.map((b) => (
                <td key={b.key} className="num" data-change-brand={b.key}><Change total={b} /></td>
              ))}
              <td className="num"><Change total={model.total} /></td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
