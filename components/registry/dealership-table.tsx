import Link from "next/link";
import { useTranslations } from "next-intl";
import { useSiteLabels } from "@/components/ui/site-labels";
import { listHref, type DealershipListParams, type DealershipListSort } from "@/lib/validation/dealership-list-params";
import type { DealershipListRow } from "@/db/queries/dealerships-filter";
import type { SiteActions } from "@/components/planner/site-actions";
import { DeleteDealershipButton } from "./delete-dealership-button";
import styles from "./registry.module.css";

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
  const t = useTranslations("dealerships");
  const labels = useSiteLabels();
  if (sites.length === 0) return <p className={styles.empty}>{t("empty")}</p>;
  return (
    <div className={styles.tableWrap}>
      <table aria-label={t("tableLabel")} className={styles.registryTable}>
        <thead>
          <tr>
            <SortHeader label={t("col.site")} sort="name" params={params} />
            <SortHeader label={t("col.brand")} sort="brand" params={params} />
            <SortHeader label={t("col.city")} sort="city" params={params} />
            <SortHeader label={t("col.region")} sort="region" params={params} />
            <th scope="col">{t("col.services")}</th>
            <SortHeader label={t("col.bays")} sort="bays" params={params} numeric />
            <SortHeader label={t("col.status")} sort="status" params={params} />
            <SortHeader label={t("col.quarter")} sort="quarter" params={params} />
            <th scope="col">{t("col.actions")}</th>
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
              <td>{labels.services(s, { compact: true })}</td>
              <td className="num">{s.serviceBays}</td>
              <td>
                <span className={`badge ${s.status}`}>{labels.status(s.status)}</span>
              </td>
              <td>{s.status === "open" ? (s.openedOn ?? "") : (s.plannedQuarter ?? "")}</td>
              <td>
                <span className={styles.rowActions}>
                  <Link data-needs="edit" href={`/dealerships/${s.id}/edit`} aria-label={t("editSite", { name: s.name })}>{t("edit")}</Link>
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
