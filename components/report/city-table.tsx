"use client";
import { useMemo, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { formatInt, formatShare, formatTravel } from "@/lib/format";
import type { CityRow } from "@/lib/report/report-view";

type SortKey = "name" | "region" | "vehicles" | "nearestSiteName" | "travel" | "covered" | "shareOfPark";

const COLUMNS: { key: SortKey; numeric: boolean }[] = [
  { key: "name", numeric: false },
  { key: "region", numeric: false },
  { key: "vehicles", numeric: true },
  { key: "nearestSiteName", numeric: false },
  { key: "travel", numeric: true },
  { key: "covered", numeric: false },
  { key: "shareOfPark", numeric: true },
];

// nulls (no reachable site) sort last in either direction: they are not "0 minutes away"
function compare(a: CityRow, b: CityRow, key: SortKey, locale: string): number {
  const x = a[key];
  const y = b[key];
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  if (typeof x === "string" && typeof y === "string") return x.localeCompare(y, locale);
  return Number(x) - Number(y);
}

/** Every city's coverage; a click on a column header sorts by it (again: reverses). */
export function CityTable({ cities, unit }: { cities: CityRow[]; unit: "minutes" | "km" }) {
  const t = useTranslations("report");
  const locale = useLocale() as Locale;
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: "vehicles", dir: -1 });
  const rows = useMemo(() => {
    const out = [...cities];
    out.sort((a, b) => {
      const c = compare(a, b, sort.key, locale);
      const nullLast = a[sort.key] === null || b[sort.key] === null;
      return (nullLast ? c : c * sort.dir) || a.name.localeCompare(b.name, locale);
    });
    return out;
  }, [cities, sort, locale]);

  const click = (key: SortKey, numeric: boolean) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 1 ? -1 : 1 } : { key, dir: numeric ? -1 : 1 }));

  return (
    <table aria-label={t("cityTable")} className="report-table report-cities">
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th
              key={c.key}
              className={c.numeric ? "num" : undefined}
              aria-sort={sort.key === c.key ? (sort.dir === 1 ? "ascending" : "descending") : "none"}
            >
              <button type="button" className="report-sort" onClick={() => click(c.key, c.numeric)}>
                {t(`cityCol.${c.key}`)}
                <span aria-hidden="true">{sort.key === c.key ? (sort.dir === 1 ? " ▲" : " ▼") : ""}</span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.id} data-city={c.id}>
            <th scope="row">{c.name}</th>
            <td>{c.region}</td>
            <td className="num">{formatInt(c.vehicles, locale)}</td>
            <td>{c.nearestSiteName ?? <span className="muted">{t("none")}</span>}</td>
            <td className="num">{formatTravel(c.travel, unit, locale)}</td>
            <td className={c.covered ? "covered" : "uncovered"}>{c.covered ? t("yes") : t("no")}</td>
            <td className="num">{formatShare(c.shareOfPark, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
