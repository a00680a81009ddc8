import Link from "next/link";
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
  const choices = dealershipFormChoices(db);
  return (
    <>
      <p><Link href={`/dealerships/${s.id}`}>← {s.name}</Link></p>
      <h1>Edit dealership</h1>
      <DealershipEditor
        title={`Edit ${s.name}`}
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
