import { getDb } from "@/db/client";
import { listScenarios } from "@/db/queries/scenarios";
import { ScenarioList } from "@/components/scenarios/scenario-list";
import { createScenarioAction, deleteScenarioAction, duplicateScenarioAction } from "./actions";

export const dynamic = "force-dynamic";

export const metadata = { title: "Scenarios · KZ Network Planner" };

/** Named plans on top of the live network: build on the map, compare, promote. */
export default function ScenariosPage() {
  return (
    <main className="scenario-page">
      <h1>Scenarios</h1>
      <p className="muted">
        A scenario is a named plan on top of the live network: its edits (add, move, close, change sites) are replayed over the registry
        whenever it is viewed, and the registry is untouched until the scenario is promoted.
      </p>
      <ScenarioList
        scenarios={listScenarios(getDb())}
        actions={{ create: createScenarioAction, duplicate: duplicateScenarioAction, remove: deleteScenarioAction }}
      />
    </main>
  );
}
