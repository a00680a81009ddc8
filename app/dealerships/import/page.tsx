import Link from "next/link";
import { titled } from "@/app/_lib/page-title";
import { getTranslations } from "next-intl/server";
import { ImportPanel } from "@/components/registry/import-panel";

export async function generateMetadata() {
  const t = await getTranslations("imports");
  return titled(t("page.dealershipsTitle"));
}

export default async function ImportDealershipsPage() {
  const t = await getTranslations("imports");
  const td = await getTranslations("dealerships");
  return (
    <>
      <p><Link href="/dealerships">← {td("detail.back")}</Link></p>
      <h1>{t("page.dealershipsTitle")}</h1>
      <ImportPanel
        kind="dealerships"
        accept=".csv,.geojson,.json,text/csv,application/geo+json,application/json"
        example={"brand,name,city,lat,lng,status,service_bays,planned_quarter,opened_on\nhaval,Haval Aktau,Aktau,43.65,51.17,planned,6,2026-Q2,"}
        help={t.rich("page.dealershipsHelp", { b: (c) => <b>{c}</b>, code: (c) => <code>{c}</code> })}
      />
    </>
  );
}
