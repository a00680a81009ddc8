"use client";
import { useTranslations } from "next-intl";

/** Opens the browser's print dialog; the report's print stylesheet lays the page out on A4 landscape. */
export function PrintButton() {
  const t = useTranslations("report");
  return (
    <button type="button" className="report-button" onClick={() => window.print()}>
      {t("print")}
    </button>
  );
}
