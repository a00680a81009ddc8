"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { formatInt, formatIntDelta } from "@/lib/format";
import { ParkCell, type SetParkCellAction } from "./park-cell";
import { yearChange, type ParkTableModel, type ParkTotal } from "./park-table-model";
import styles from "./registry.module.css";
import { useHydrated } from "@/components/hooks/use-hydrated";

/** The change on the previous year: "+1,234" over "+5.6 %", or only the percentage (absolute in the tooltip). */
export function Change({ total, compact }: { total: Pick<ParkTotal, "total" | "previous">; compact?: boolean }) {
  const c = yearChange(total.total, total.previous);
  if (!c) return <span className="muted">–</span>;
  const cls = c.delta > 0 ? styles.up : c.delta < 0 ? styles.down : undefined;
  const pct = c.share !== null ? `${c.share >= 0 ? "+" : "−"}${Math.abs(c.share * 100).toFixed(1)} %` : null;
  if (compact) {
    return (
      <span className={cls} title={`${formatIntDelta(c.delta)} vehicles`}>
        {pct ?? formatIntDelta(c.delta)}
      </span>
    );
  }
  return (
    <span className={cls}>
      {formatIntDelta(c.delta)}
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

/** The city × brand table for one year (vehicle park or sales), editable in place, with totals and the change on the previous year. */
export function ParkGrid({ model, setCell, title = "Vehicle park" }: { model: ParkTableModel; setCell: SetParkCellAction; title?: string }) {
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
        {error ?? (saved ? `Saved ${saved} change${saved === 1 ? "" : "s"}; totals updated.` : "Click a figure to change it; Enter or leaving the cell saves, Escape undoes.")}
      </p>
      <div className={styles.tableWrap}>
        <table className={styles.parkTable} aria-label={`${title} ${model.year}`}>
          <thead>
            <tr>
              <td />
              {groupSpans(model).map((g) => (
                <th key={g.name} colSpan={g.span} scope="colgroup" className={styles.groupHead}>{g.name}</th>
              ))}
              <td colSpan={2} />
            </tr>
            <tr>
              <th scope="col">City</th>
              {model.columns.map((b) => (
                <th key={b.slug} scope="col" className="num" data-brand={b.slug} title={b.manufacturer}>{b.name}</th>
              ))}
              <th scope="col" className="num">Total</th>
              <th scope="col" className="num">vs {prev ?? "–"}</th>
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
                <td className="num" data-total-city={r.city}>{formatInt(r.total)}</td>
                <td className="num"><Change compact total={{ total: r.total, previous: r.previousTotal }} /></td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-testid="brand-totals">
              <th scope="row">Total {model.year}</th>
              {model.brandTotals.map((t) => (
                <td key={t.key} className="num" data-total-brand={t.key}>{formatInt(t.total)}</td>
              ))}
              <td className="num" data-total="all">{formatInt(model.total.total)}</td>
              <td className="num"><Change total={model.total} /></td>
            </tr>
            <tr>
              <th scope="row">Total {prev ?? "(no earlier year)"}</th>
              {model.brandTotals.map((t) => (
                <td key={t.key} className="num">{formatInt(t.previous)}</td>
              ))}
              <td className="num">{formatInt(model.total.previous)}</td>
              <td />
            </tr>
            <tr>
              <th scope="row">Change</th>
              {model.brandTotals.map((t) => (
                <td key={t.key} className="num" data-change-brand={t.key}><Change total={t} /></td>
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
