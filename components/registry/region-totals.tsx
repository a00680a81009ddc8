import { formatInt } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { Change } from "./park-grid";
import type { ParkTableModel } from "./park-table-model";
import styles from "./registry.module.css";

/** Column and table names in the page's language (the vehicle park and the sales pages word them alike). */
export interface RegionTotalsLabels {
  table: string;
  region: string;
  previous: string;
  change: string;
}

/** Totals per region for the selected year beside the previous one (vehicle park or sales). */
export function RegionTotals({ model, labels, locale }: { model: ParkTableModel; labels: RegionTotalsLabels; locale: Locale }) {
  return (
    <table aria-label={labels.table} className={styles.totalsTable}>
      <thead>
        <tr>
          <th scope="col">{labels.region}</th>
          <th scope="col" className="num">{model.year}</th>
          <th scope="col" className="num">{model.previousYear ?? labels.previous}</th>
          <th scope="col" className="num">{labels.change}</th>
        </tr>
      </thead>
      <tbody>
        {model.regionTotals.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td className="num">{formatInt(r.total, locale)}</td>
            <td className="num">{formatInt(r.previous, locale)}</td>
            <td className="num"><Change total={r} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
