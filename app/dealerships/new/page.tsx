import Link from "next/link";
import { getDb } from "@/db/client";
import { DealershipEditor } from "@/components/registry/dealership-editor";
import { createSiteAction, updateSiteAction } from "@/app/map/actions";
import { dealershipFormChoices } from "../form-data";

export const dynamic = "force-dynamic";

export default async function NewDealershipPage() {
  const choices = dealershipFormChoices(getDb());
  const almaty = choices.cities.find((c) => c.slug === "almaty") ?? choices.cities[0];
  return (
    <>
      <p><Link href="/dealerships">← All dealerships</Link></p>
      <h1>New dealership</h1>
      <DealershipEditor
        title="Add a dealership"
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
      <p className="note">The position defaults to the city centre; type the site&apos;s coordinates (it must lie inside Kazakhstan).</p>
    </>
  );
}
