import Link from "next/link";
import type { DealershipListParams } from "@/lib/validation/dealership-list-params";
import styles from "./registry.module.css";
import { DEALERSHIP_STATUSES, SITE_SERVICES, STATUS_LABEL } from "@/lib/network/statuses";

interface Props {
  params: DealershipListParams;
  brandOptions: { value: string; label: string }[];
  regions: { slug: string; name: string }[];
  cities: { slug: string; name: string }[];
}

/** The registry's filters as a plain GET form: works before (and without) JavaScript, and bookmarks. */
export function DealershipFilters({ params, brandOptions, regions, cities }: Props) {
  return (
    <form method="get" action="/dealerships" className={styles.filters} aria-label="Filter dealerships">
      <label>
        Search by name
        <input type="search" name="q" defaultValue={params.q ?? ""} placeholder="e.g. Almaty" />
      </label>
      <label>
        Brand or group
        <select name="brand" defaultValue={params.brand ?? ""}>
          <option value="">All brands</option>
          {brandOptions.map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </select>
      </label>
      <label>
        Region
        <select name="region" defaultValue={params.region ?? ""}>
          <option value="">All regions</option>
          {regions.map((r) => (
            <option key={r.slug} value={r.slug}>{r.name}</option>
          ))}
        </select>
      </label>
      <label>
        City
        <select name="city" defaultValue={params.city ?? ""}>
          <option value="">All cities</option>
          {cities.map((c) => (
            <option key={c.slug} value={c.slug}>{c.name}</option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Status</legend>
        {DEALERSHIP_STATUSES.map((s) => (
          <label key={s} className="check">
            <input type="checkbox" name="status" value={s} defaultChecked={params.status?.includes(s)} /> {STATUS_LABEL[s]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Offers</legend>
        {SITE_SERVICES.map((s) => (
          <label key={s} className="check">
            <input type="checkbox" name="services" value={s} defaultChecked={params.services?.includes(s)} /> {s}
          </label>
        ))}
      </fieldset>
      {params.sort ? <input type="hidden" name="sort" value={params.sort} /> : null}
      {params.dir ? <input type="hidden" name="dir" value={params.dir} /> : null}
      <button type="submit">Apply</button>
      <Link href="/dealerships">Clear</Link>
    </form>
  );
}
