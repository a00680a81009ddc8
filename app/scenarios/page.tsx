import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { titled } from "@/app/_lib/page-title";
import { getDb } from "@/db/client";
import { listScenarios } from "@/db/queries/scenarios";
import { ScenarioList } from "@/components/scenarios/scenario-list";
import { createScenarioAction, deleteScenarioAction, duplicateScenarioAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("scenarios");
  return titled(t("title"));
}

/** Named plans on top of the live network: build on the map, compare, promote. */
export default async function ScenariosPage() {
  const t = await getTranslations("scenarios");
  return (
    <main className="scenario-page">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <ScenarioList
        scenarios={listScenarios(getDb())}
        actions={{ create: createScenarioAction, duplicate: duplicateScenarioAction, remove: deleteScenarioAction }}
      />
    </main>
  );
}
