import type { DealershipView } from "@/db/queries/dealerships";

import { STATUS_LABEL, servicesLabel } from "@/lib/network/statuses";

/** The network's sites as a table: brand, name, city, services, bays, status. */
export function NetworkSiteTable({ sites }: { sites: DealershipView[] }) {
  return (
    <table aria-label="All sites">
      <thead>
        <tr>
          <th>Manufacturer</th>
          <th>Brand</th>
          <th>Site</th>
          <th>City</th>
          <th>Services</th>
          <th className="num">Bays</th>
          <th>Status</th>
        </tr>
      </thead>
      <tbody>
        {sites.map((s) => (
          <tr key={s.id} data-site-id={s.id} data-manufacturer={s.manufacturerSlug} data-status={s.status}>
            <td>{s.manufacturer}</td>
            <td>{s.brandName}</td>
            <td>{s.name}</td>
            <td>{s.cityName}</td>
            <td>{servicesLabel(s, { compact: true })}</td>
            <td className="num">{s.serviceBays}</td>
            <td>
              <span className={`badge ${s.status}`}>{STATUS_LABEL[s.status]}</span>
              {s.plannedQuarter && s.status !== "open" ? ` ${s.plannedQuarter}` : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
