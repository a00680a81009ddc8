"use client";
import { useMemo, useState } from "react";
import { formatInt, formatShare, formatTravel } from "@/lib/format";
import type { CityRow } from "@/lib/report/report-view";

type SortKey = "name" | "region" | "vehicles" | "nearestSiteName" | "travel" | "covered" | "shareOfPark";

const COLUMNS: { key: SortKey; label: string; numeric: boolean }[] = [
  { key: "name", label: "City", numeric: false },
  { key: "region", label: "Region", numeric: false },
  { key: "vehicles", label: "Vehicles", numeric: true },
  { key: "nearestSiteName", label: "Nearest service site", numeric: false },
  { key: "travel", label: "Travel", numeric: true },
  { key: "covered", label: "Covered", numeric: false },
  { key: "shareOfPark", label: "Share of park", numeric: true },
];

// nulls (no reachable site) sort last in either direction: they are not "0 minutes away"
function compare(a: CityRow, b: CityRow, key: SortKey): number {
  const x = a[key];
  const y = b[key];
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  if (typeof x === "string" && typeof y === "string") return x.localeCompare(y);
  return Number(x) - Number(y);
}

/** Every city's coverage; a click on a column header sorts by it (again: reverses). */
export function CityTable({ cities, unit }: { cities: CityRow[]; unit: "minutes" | "km" }) {
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: "vehicles", dir: -1 });
  const rows = useMemo(() => {
    const out = [...cities];
    out.sort((a, b) => {
      const c = compare(a, b, sort.key);
      const nullLast = a[sort.key] === null || b[sort.key] === null;
      return (nullLast ? c : c * sort.dir) || a.name.localeCompare(b.name);
    });
    return out;
  }, [cities, sort]);

  const click = (key: SortKey, numeric: boolean) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 1 ? -1 : 1 } : { key, dir: numeric ? -1 : 1 }));

  return (
    <table aria-label="Coverage by city" className="report-table report-cities">
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th
              key={c.key}
              className={c.numeric ? "num" : undefined}
              aria-sort={sort.key === c.key ? (sort.dir === 1 ? "ascending" : "descending") : "none"}
            >
              <button type="button" className="report-sort" onClick={() => click(c.key, c.numeric)}>
                {c.label}
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
            <td className="num">{formatInt(c.vehicles)}</td>
            <td>{c.nearestSiteName ?? <span className="muted">none</span>}</td>
            <td className="num">{formatTravel(c.travel, unit)}</td>
            <td className={c.covered ? "covered" : "uncovered"}>{c.covered ? "yes" : "no"}</td>
            <td className="num">{formatShare(c.shareOfPark)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
