import Link from "next/link";
import { listHref, type DealershipListParams, type DealershipListSort } from "@/lib/validation/dealership-list-params";
import type { DealershipListRow } from "@/db/queries/dealerships-filter";
import type { SiteActions } from "@/components/planner/site-actions";
import { DeleteDealershipButton } from "./delete-dealership-button";
import styles from "./registry.module.css";
import { STATUS_LABEL, servicesLabel } from "@/lib/network/statuses";

function SortHeader({ label, sort, params, numeric }: { label: string; sort: DealershipListSort; params: DealershipListParams; numeric?: boolean }) {
  const active = (params.sort ?? "name") === sort;
  const dir = active && (params.dir ?? "asc") === "asc" ? "desc" : "asc";
  const ariaSort = active ? ((params.dir ?? "asc") === "asc" ? "ascending" : "descending") : "none";
  return (
    <th className={numeric ? "num" : undefined} aria-sort={ariaSort} scope="col">
      <Link className={styles.sortLink} href={listHref(params, { sort, dir, page: undefined })}>
        {label} {active ? (dir === "desc" ? "▲" : "▼") : ""}
      </Link>
    </th>
  );
}

/** The registry table: one row per site, sortable by column, with edit and delete per row. */
export function DealershipTable({ sites, params, deleteSite }: { sites: DealershipListRow[]; params: DealershipListParams; deleteSite: SiteActions["deleteSite"] }) {
  if (sites.length === 0) return <p className={styles.empty}>No site matches these filters.</p>;
  return (
    <div className={styles.tableWrap}>
      <table aria-label="Dealerships" className={styles.registryTable}>
        <thead>
          <tr>
            <SortHeader label="Site" sort="name" params={params} />
            <SortHeader label="Brand" sort="brand" params={params} />
            <SortHeader label="City" sort="city" params={params} />
            <SortHeader label="Region" sort="region" params={params} />
            <th scope="col">Services</th>
            <SortHeader label="Bays" sort="bays" params={params} numeric />
            <SortHeader label="Status" sort="status" params={params} />
            <SortHeader label="Quarter / opened" sort="quarter" params={params} />
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {sites.map((s) => (
            <tr key={s.id} data-site-id={s.id} data-status={s.status}>
              <td>
                <Link href={`/dealerships/${s.id}`}>{s.name}</Link>
              </td>
              <td>
                {s.brandName}
                {s.manufacturer !== s.brandName ? <span className="muted"> · {s.manufacturer}</span> : null}
              </td>
              <td>{s.cityName}</td>
              <td>{s.regionName}</td>
              <td>{servicesLabel(s, { compact: true })}</td>
              <td className="num">{s.serviceBays}</td>
              <td>
                <span className={`badge ${s.status}`}>{STATUS_LABEL[s.status]}</span>
              </td>
              <td>{s.status === "open" ? (s.openedOn ?? "") : (s.plannedQuarter ?? "")}</td>
              <td>
                <span className={styles.rowActions}>
                  <Link data-needs="edit" href={`/dealerships/${s.id}/edit`} aria-label={`Edit ${s.name}`}>Edit</Link>
                  <DeleteDealershipButton id={s.id} name={s.name} deleteSite={deleteSite} />
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
