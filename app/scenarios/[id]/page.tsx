import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { loadScenarioSites } from "@/db/queries/scenario-sites";
import { ScenarioDetail, type EditRow } from "@/components/scenarios/scenario-detail";
import { describeEdit } from "@/lib/scenarios/describe";
import { idParamSchema } from "@/lib/validation/dealership-filter";
import { promoteScenarioAction, removeEditAction, updateScenarioAction } from "../actions";

export const dynamic = "force-dynamic";

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
  const { scenario, edits, registry, sites, stale } = data;
  const names = new Map([...registry, ...sites].map((s) => [s.id, s.name]));
  const staleBy = new Map(stale.map((s) => [s.editId, s.reason === "deleted" ? "site deleted" : "site changed in the registry"]));
  const rows: EditRow[] = edits.map((e) => ({
    id: e.id, seq: e.seq, op: e.op, author: e.author, createdAt: e.createdAt,
    description: describeEdit(e, (id) => names.get(id)), stale: staleBy.get(e.id) ?? null,
  }));
  return (
    <main className="scenario-page">
      <h1>Scenario: {scenario.name}</h1>
      <ScenarioDetail
        scenario={scenario}
        edits={rows}
        stale={stale}
        actions={{ update: updateScenarioAction, removeEdit: removeEditAction, promote: promoteScenarioAction }}
      />
    </main>
  );
}
