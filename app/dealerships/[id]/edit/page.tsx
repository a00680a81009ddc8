import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { getDealership } from "@/db/queries/dealerships";
import { DealershipEditor } from "@/components/registry/dealership-editor";
import { createSiteAction, updateSiteAction } from "@/app/map/actions";
import { AppError } from "@/lib/errors";
import { idParamSchema } from "@/lib/validation/dealership-filter";
import { dealershipFormChoices } from "../../form-data";

export const dynamic = "force-dynamic";

export default async function EditDealershipPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idParamSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const db = getDb();
  let s;
  try {
    s = getDealership(db, id.data);
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
  const t = await getTranslations("dealerships");
  const choices = dealershipFormChoices(db, (await getLocale()) as Locale);
  return (
    <>
      <p><Link href={`/dealerships/${s.id}`}>← {s.name}</Link></p>
      <h1>{t("form.editHeading")}</h1>
      <DealershipEditor
        title={t("editSite", { name: s.name })}
        editingId={s.id}
        backHref={`/dealerships/${s.id}`}
        brands={choices.brands}
        cities={choices.cities}
        quarters={choices.quarters}
        actions={{ createSite: createSiteAction, updateSite: updateSiteAction }}
        initial={{
          brand: s.brand, name: s.name, city: s.city, lat: s.lat, lng: s.lng, status: s.status, sales: s.sales, service: s.service,
          parts: s.parts, serviceBays: String(s.serviceBays), plannedQuarter: s.plannedQuarter ?? "", openedOn: s.openedOn ?? "", notes: s.notes ?? "",
        }}
      />
    </>
  );
}
