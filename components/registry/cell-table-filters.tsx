import type { ReactNode } from "react";
import styles from "./registry.module.css";

/** The words of the filter form, in the page's language. */
export interface CellTableFilterLabels {
  form: string;
  year: string;
  brand: string;
  allBrands: string;
  show: string;
}

/**
 * The year and brand choice above the vehicle-park and sales tables (a GET form, so the choice is in the
 * URL); `children` are the page's export links.
 */
export function CellTableFilters({ action, year, yearChoices, brand, brandOptions, labels, children }: {
  action: string;
  year: number;
  yearChoices: readonly number[];
  brand: string | undefined;
  brandOptions: readonly { value: string; label: string }[];
  labels: CellTableFilterLabels;
  children: ReactNode;
}) {
  return (
    <form method="get" action={action} className={styles.filters} aria-label={labels.form}>
      <label>
        {labels.year}
        <select name="year" defaultValue={String(year)}>
          {yearChoices.map((y) => (
            <option key={y} value={y}>{y}</option>
          ))}
        </select>
      </label>
      <label>
        {labels.brand}
        <select name="brand" defaultValue={brand ?? ""}>
          <option value="">{labels.allBrands}</option>
          {brandOptions.map((o) => (
            <option key={o.value} value={o.value}>{o.label.trim()}</option>
          ))}
        </select>
      </label>
      <button type="submit">{labels.show}</button>
      <span className="muted">{children}</span>
    </form>
  );
}
