"use server";
import { getDb } from "@/db/client";
import { promoteScenario, StaleScenarioError, type PromoteOutcome } from "@/db/queries/scenario-promote";
import { createScenario, deleteScenario, getScenarioRow, removeScenarioEdit, updateScenario } from "@/db/queries/scenarios";
import { action, type ActionResult } from "@/app/_lib/action";
import { idParamSchema } from "@/lib/validation/dealership-filter";
import { parseOrThrow } from "@/lib/validation/zod-errors";

type Saved = ActionResult<{ id: number; name: string }>;
const idOf = (id: unknown, field = "id") => parseOrThrow(idParamSchema, id, field);

/** Creates a scenario: empty, or a copy of `copyOf`'s edits. */
export async function createScenarioAction(input: unknown): Promise<Saved> {
  return action((ctx) => {
    const s = createScenario(getDb(), ctx, input);
    return { id: s.id, name: s.name };
  }, ["/scenarios"]);
}

/** Renames a scenario or edits its notes. */
export async function updateScenarioAction(id: unknown, input: unknown): Promise<Saved> {
  return action((ctx) => {
    const s = updateScenario(getDb(), ctx, idOf(id), input);
    return { id: s.id, name: s.name };
  }, ["/scenarios"]);
}

/** A copy of the scenario named "<name> (copy)". */
export async function duplicateScenarioAction(id: unknown): Promise<Saved> {
  return action((ctx) => {
    const source = getScenarioRow(getDb(), idOf(id));
    const s = createScenario(getDb(), ctx, { name: `${source.name} (copy)`.slice(0, 120), copyOf: source.id });
    return { id: s.id, name: s.name };
  }, ["/scenarios"]);
}

export async function deleteScenarioAction(id: unknown): Promise<Saved> {
  return action((ctx) => {
    const s = deleteScenario(getDb(), ctx, idOf(id));
    return { id: s.id, name: s.name };
  }, ["/scenarios"]);
}

/** Removes one edit from a scenario. */
export async function removeEditAction(id: unknown, editId: unknown): Promise<ActionResult<{ id: number }>> {
  return action((ctx) => {
    removeScenarioEdit(getDb(), ctx, idOf(id), idOf(editId, "editId"));
    return { id: idOf(editId, "editId") };
  }, ["/scenarios"]);
}

/** Previews (dryRun) or promotes a scenario into the registry; a stale scenario answers its stale edits. */
export async function promoteScenarioAction(id: unknown, dryRun: boolean): Promise<ActionResult<PromoteOutcome>> {
  return action((ctx): PromoteOutcome => {
    try {
      return { result: promoteScenario(getDb(), ctx, idOf(id), { dryRun: dryRun === true }), stale: null };
    } catch (error) {
      if (error instanceof StaleScenarioError) return { result: null, stale: error.stale };
      throw error;
    }
  }, ["/scenarios", "/dealerships", "/"]);
}
