import type { DealershipView } from "@/db/queries/dealerships";

import { STATUS_LABEL } from "@/lib/network/statuses";

function services(s: Pick<DealershipView, "sales" | "service" | "parts">) {
  if (s.sales && s.service && s.parts) return "3S";
  return [s.sales && "sales", s.service && "service", s.parts && "parts"].filter(Boolean).join(", ");
}

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
            <td>{services(s)}</td>
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
