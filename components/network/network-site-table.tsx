import { useTranslations } from "next-intl";
import type { DealershipView } from "@/db/queries/dealerships";
import { useSiteLabels } from "@/components/ui/site-labels";

/** The network's sites as a table: brand, name, city, services, bays, status. */
export function NetworkSiteTable({ sites }: { sites: (DealershipView & { cityLabel?: string })[] }) {
  const t = useTranslations("network");
  const labels = useSiteLabels();
  return (
    <table aria-label={t("allSites")}>
      <thead>
        <tr>
          <th>{t("manufacturer")}</th>
          <th>{t("brand")}</th>
          <th>{t("site")}</th>
          <th>{t("city")}</th>
          <th>{t("services")}</th>
          <th className="num">{t("bays")}</th>
          <th>{t("statusHeader")}</th>
        </tr>
      </thead>
      <tbody>
        {sites.map((s) => (
          <tr key={s.id} data-site-id={s.id} data-manufacturer={s.manufacturerSlug} data-status={s.status}>
            <td>{s.manufacturer}</td>
            <td>{s.brandName}</td>
            <td>{s.name}</td>
            <td>{s.cityLabel ?? s.cityName}</td>
            <td>{labels.services(s, { compact: true })}</td>
            <td className="num">{s.serviceBays}</td>
            <td>
              <span className={`badge ${s.status}`}>{labels.status(s.status)}</span>
              {s.plannedQuarter && s.status !== "open" ? ` ${s.plannedQuarter}` : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
