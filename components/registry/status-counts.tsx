import Link from "next/link";
import { useTranslations } from "next-intl";
import { useSiteLabels } from "@/components/ui/site-labels";
import { listHref, type DealershipListParams } from "@/lib/validation/dealership-list-params";
import styles from "./registry.module.css";
import type { DealershipStatus } from "@/lib/network/statuses";

// open first (what planners look for most), then the sites on their way, then the closed ones
const ORDER: DealershipStatus[] = ["open", "under_construction", "planned", "closed"];

/** Sites per status under the other filters; each count links to that status alone. */
export function StatusCounts({ counts, params }: { counts: Record<DealershipStatus, number>; params: DealershipListParams }) {
  const t = useTranslations("dealerships");
  const labels = useSiteLabels();
  const total = ORDER.reduce((n, s) => n + counts[s], 0);
  const only = params.status?.length === 1 ? params.status[0] : null;
  return (
    <ul className={styles.counts} aria-label={t("perStatus")}>
      <li>
        <Link href={listHref(params, { status: undefined, page: undefined })} aria-current={!params.status?.length} data-status-count="all">
          {t("all")} <b>{total}</b>
        </Link>
      </li>
      {ORDER.map((s) => (
        <li key={s}>
          <Link href={listHref(params, { status: [s], page: undefined })} aria-current={only === s} data-status-count={s}>
            <span className={`badge ${s}`}>{labels.status(s)}</span> <b>{counts[s]}</b>
          </Link>
        </li>
      ))}
    </ul>
  );
}
