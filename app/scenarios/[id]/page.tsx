import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { titled } from "@/app/_lib/page-title";
import { getDb } from "@/db/client";
import { loadPlaceNames } from "@/db/queries/place-names";
import { loadScenarioSites } from "@/db/queries/scenario-sites";
import { ScenarioDetail, type EditRow } from "@/components/scenarios/scenario-detail";
import { getSiteLabels } from "@/components/ui/site-labels-server";
import { describeEdit } from "@/lib/scenarios/describe";
import { formatDateTime } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { placeNameOr } from "@/lib/i18n/place-name";
import { idParamSchema } from "@/lib/validation/dealership-filter";
import { promoteScenarioAction, removeEditAction, updateScenarioAction } from "../actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("scenarios");
  return titled(t("detail.pageName"));
}

function load(rawId: string) {
  const id = idParamSchema.safeParse(rawId);
  if (!id.success) return null;
  try {
    return loadScenarioSites(getDb(), id.data);
  } catch {
    return null;
  }
}

export default async function ScenarioPage({ params }: { params: Promise<{ id: string }> }) {
  const data = load((await params).id);
  if (!data) notFound();
  const t = await getTranslations("scenarios");
  const locale = (await getLocale()) as Locale;
  const labels = await getSiteLabels();
  const places = loadPlaceNames(getDb());
  const { scenario, edits, registry, sites, stale } = data;
  const names = new Map([...registry, ...sites].map((s) => [s.id, s.name]));
  const staleBy = new Map(stale.map((s) => [s.editId, s.reason === "deleted" ? t("detail.staleDeleted") : t("detail.staleChanged")]));
  const words = {
    add: (p: { name: string; brand: string; city: string; bays: number; status: string; quarter: string }) => t("edit.add", p),
    move: (p: { name: string; lat: string; lng: string }) => t("edit.move", p),
    close: (name: string) => t("edit.close", { name }),
    update: (name: string, changes: string) => t("edit.update", { name, changes }),
    site: (id: number) => t("edit.site", { id }),
    none: t("edit.none"),
    status: labels.status,
    city: (slug: string) => placeNameOr(places.citiesBySlug.get(slug), slug, locale),
  };
  const rows: EditRow[] = edits.map((e) => ({
    id: e.id, seq: e.seq, op: e.op, author: e.author, createdAt: formatDateTime(e.createdAt, locale),
    description: describeEdit(e, (id) => names.get(id), words), stale: staleBy.get(e.id) ?? null,
  }));
  // the stale warning in the reader's language, from what the replay found
  const staleLines = stale.map((s) => {
    const what = s.siteId !== null && s.siteId < 0 ? t("detail.staleAddedSite", { edit: -s.siteId }) : t("detail.staleSite", { id: s.siteId ?? 0 });
    return { editId: s.editId, text: s.reason === "deleted" ? t("detail.staleGone", { seq: s.seq, op: s.op, what }) : t("detail.staleMoved", { seq: s.seq, op: s.op, what }) };
  });
  return (
    <main className="scenario-page">
      <h1>{t("detail.heading", { name: scenario.name })}</h1>
      <ScenarioDetail
        scenario={{ ...scenario, createdAt: formatDateTime(scenario.createdAt, locale), updatedAt: formatDateTime(scenario.updatedAt, locale) }}
        edits={rows}
        stale={staleLines}
        actions={{ update: updateScenarioAction, removeEdit: removeEditAction, promote: promoteScenarioAction }}
      />
    </main>
  );
}
