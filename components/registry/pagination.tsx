import Link from "next/link";
import { useTranslations } from "next-intl";
import { listHref, type DealershipListParams } from "@/lib/validation/dealership-list-params";
import styles from "./registry.module.css";

/** Page links under the registry table; the page lives in the URL with the filters. */
export function Pagination({ page, pages, params }: { page: number; pages: number; params: DealershipListParams }) {
  const t = useTranslations("dealerships");
  if (pages <= 1) return null;
  const href = (n: number) => listHref(params, { page: n === 1 ? undefined : n });
  // first, last and the pages around the current one; gaps shown as …
  const numbers = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  return (
    <nav aria-label={t("pages")} className={styles.pagination}>
      {page > 1 ? <Link href={href(page - 1)} rel="prev">← {t("previous")}</Link> : null}
      {numbers.map((n, i) => (
        <span key={n}>
          {i > 0 && n - numbers[i - 1] > 1 ? <span className="muted">… </span> : null}
          {n === page ? (
            <b aria-current="page">{n}</b>
          ) : (
            <Link href={href(n)} aria-label={t("page", { n })}>
              {n}
            </Link>
          )}
        </span>
      ))}
      {page < pages ? <Link href={href(page + 1)} rel="next">{t("next")} →</Link> : null}
    </nav>
  );
}
