import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { AuditEntry } from "@/db/schema";
import { formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";

type Snapshot = { id?: number; name?: string; brand?: string; brandName?: string; city?: string; cityName?: string; year?: number; vehicles?: number } | null;

/** The latest changes of the selected brands, with who made them and when (a server component). */
export function RecentChanges({ entries, brandSlugs, cityLabel }: { entries: AuditEntry[]; brandSlugs: readonly string[]; cityLabel?: (slug: string | undefined, fallback: string) => string }) {
  const t = useTranslations("home");
  const locale = useLocale() as Locale;
  const verb: Record<AuditEntry["action"], string> = { create: t("verb.create"), update: t("verb.update"), delete: t("verb.delete") };

  function describe(e: AuditEntry): { what: React.ReactNode; brand: string | undefined } {
    const s = ((e.after ?? e.before) as Snapshot) ?? {};
    if (e.entity === "dealership") {
      const name = s.name ?? t("siteNumber", { id: String(e.entityId) });
      return { what: e.action === "delete" ? name : <Link href={`/dealerships/${e.entityId}`}>{name}</Link>, brand: s.brand };
    }
    // a brand's sales-model settings (target sales per outlet, strength)
    if (e.entity === "brand") return { what: t("salesSettings", { brand: s.brand ?? "?" }), brand: s.brand };
    const city = cityLabel ? cityLabel(s.city, s.cityName ?? s.city ?? "?") : (s.cityName ?? s.city ?? "?");
    const cell = { brand: s.brandName ?? s.brand ?? "?", city, year: String(s.year ?? "") };
    return { what: e.entity === "sales" ? t("salesChange", cell) : t("parkChange", cell), brand: s.brand };
  }

  const mine = entries.map((e) => ({ e, ...describe(e) })).filter((x) => !x.brand || brandSlugs.includes(x.brand)).slice(0, 8);
  if (mine.length === 0) return <p className="muted">{t("noChanges")}</p>;
  return (
    <ol className="recent-changes" aria-label={t("recentChanges")}>
      {mine.map(({ e, what }) => (
        <li key={e.id}>
          <span className="muted">{formatDateTime(e.at, locale)}</span> · <b>{e.actor}</b> {verb[e.action]} {what}
        </li>
      ))}
    </ol>
  );
}
