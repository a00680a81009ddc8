"use client";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";

/** 404 for a report on a brand the database does not know; names the brand that was asked for. */
export default function ReportNotFound() {
  const t = useTranslations("report");
  const brand = useSearchParams().get("brand");
  const code = (chunks: React.ReactNode) => <code>{chunks}</code>;
  return (
    <div className="coverage-report" role="alert">
      <h1>{t("notFound.title")}</h1>
      <p>
        {brand ? t.rich("notFound.named", { brand, code }) : t.rich("notFound.unnamed", { code })} {t.rich("notFound.hint", { code })}
      </p>
      <p>
        <Link href="/reports/coverage?brand=great-wall">{t("notFound.link")}</Link>
      </p>
    </div>
  );
}
