import type { ActionResult } from "@/lib/errors";
import type { PromoteOutcome } from "@/db/queries/scenario-promote";

type Saved = Promise<ActionResult<{ id: number; name: string }>>;

/** The server actions of the scenario pages, passed in as props (components never import app/). */
export interface ScenarioActions {
  create: (input: unknown) => Saved;
  update: (id: number, input: unknown) => Saved;
  duplicate: (id: number) => Saved;
  remove: (id: number) => Saved;
  removeEdit: (id: number, editId: number) => Promise<ActionResult<{ id: number }>>;
  promote: (id: number, dryRun: boolean) => Promise<ActionResult<PromoteOutcome>>;
}
