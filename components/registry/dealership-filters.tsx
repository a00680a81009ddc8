import Link from "next/link";
import { useTranslations } from "next-intl";
import { useSiteLabels } from "@/components/ui/site-labels";
import type { DealershipListParams } from "@/lib/validation/dealership-list-params";
import styles from "./registry.module.css";
import { DEALERSHIP_STATUSES, SITE_SERVICES } from "@/lib/network/statuses";

interface Props {
  params: DealershipListParams;
  brandOptions: { value: string; label: string }[];
  regions: { slug: string; name: string }[];
  cities: { slug: string; name: string }[];
}

/** The registry's filters as a plain GET form: works before (and without) JavaScript, and bookmarks. */
export function DealershipFilters({ params, brandOptions, regions, cities }: Props) {
  const t = useTranslations("dealerships");
  const tn = useTranslations("network");
  const labels = useSiteLabels();
  return (
    <form method="get" action="/dealerships" className={styles.filters} aria-label={t("filter.label")}>
      <label>
        {t("filter.search")}
        <input type="search" name="q" defaultValue={params.q ?? ""} placeholder={t("filter.searchExample")} />
      </label>
      <label>
        {t("filter.brand")}
        <select name="brand" defaultValue={params.brand ?? ""}>
          <option value="">{t("filter.allBrands")}</option>
          {brandOptions.map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </select>
      </label>
      <label>
        {t("filter.region")}
        <select name="region" defaultValue={params.region ?? ""}>
          <option value="">{t("filter.allRegions")}</option>
          {regions.map((r) => (
            <option key={r.slug} value={r.slug}>{r.name}</option>
          ))}
        </select>
      </label>
      <label>
        {t("filter.city")}
        <select name="city" defaultValue={params.city ?? ""}>
          <option value="">{t("filter.allCities")}</option>
          {cities.map((c) => (
            <option key={c.slug} value={c.slug}>{c.name}</option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t("filter.status")}</legend>
        {DEALERSHIP_STATUSES.map((s) => (
          <label key={s} className="check">
            <input type="checkbox" name="status" value={s} defaultChecked={params.status?.includes(s)} /> {labels.status(s)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("filter.offers")}</legend>
        {SITE_SERVICES.map((s) => (
          <label key={s} className="check">
            <input type="checkbox" name="services" value={s} defaultChecked={params.services?.includes(s)} /> {tn(`service.${s}`)}
          </label>
        ))}
      </fieldset>
      {params.sort ? <input type="hidden" name="sort" value={params.sort} /> : null}
      {params.dir ? <input type="hidden" name="dir" value={params.dir} /> : null}
      <button type="submit">{t("filter.apply")}</button>
      <Link href="/dealerships">{t("filter.clear")}</Link>
    </form>
  );
}
