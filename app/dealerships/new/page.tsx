import Link from "next/link";
import { titled } from "@/app/_lib/page-title";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { getDb } from "@/db/client";
import { DealershipEditor } from "@/components/registry/dealership-editor";
import { createSiteAction, updateSiteAction } from "@/app/map/actions";
import { dealershipFormChoices } from "../form-data";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const t = await getTranslations("dealerships");
  return titled(t("new"));
}

export default async function NewDealershipPage() {
  const t = await getTranslations("dealerships");
  const choices = dealershipFormChoices(getDb(), (await getLocale()) as Locale);
  const almaty = choices.cities.find((c) => c.slug === "almaty") ?? choices.cities[0];
  return (
    <>
      <p><Link href="/dealerships">← {t("detail.back")}</Link></p>
      <h1>{t("new")}</h1>
      <DealershipEditor
        title={t("form.addTitle")}
        editingId={null}
        backHref="/dealerships"
        brands={choices.brands}
        cities={choices.cities}
        quarters={choices.quarters}
        actions={{ createSite: createSiteAction, updateSite: updateSiteAction }}
        initial={{
          brand: choices.brands[0].slug, name: "", city: almaty.slug, lat: almaty.lat, lng: almaty.lng, status: "planned",
          sales: true, service: true, parts: true, serviceBays: "6", plannedQuarter: choices.defaultQuarter, openedOn: "", notes: "",
        }}
      />
      <p className="note">{t("form.positionNote")}</p>
    </>
  );
}
