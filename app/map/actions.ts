"use server";
import { getDb } from "@/db/client";
import { createDealership, deleteDealership, updateDealership, type DealershipView } from "@/db/queries/dealerships";
import { undoLatestChange } from "@/db/queries/dealership-restore";
import { runAction, type ActionResult as RunResult } from "@/app/_lib/run-action";

export type ActionResult = RunResult<DealershipView>;

/** Creates a dealership (a planned opening, usually) from the map's form. */
export async function createSiteAction(input: unknown): Promise<ActionResult> {
  return runAction(() => createDealership(getDb(), input));
}

/** Updates a dealership: a move on the map (lat/lng) or an edit from its popup. */
export async function updateSiteAction(id: number, patch: unknown): Promise<ActionResult> {
  return runAction(() => updateDealership(getDb(), id, patch));
}

/** Deletes a dealership; its last state stays in the audit log. */
export async function deleteSiteAction(id: number): Promise<ActionResult> {
  return runAction(() => deleteDealership(getDb(), id));
}

/** Takes back a site's latest change (a move, a delete) if nobody changed it since `updatedAt`. */
export async function undoSiteChangeAction(id: number, updatedAt: string): Promise<ActionResult> {
  return runAction(() => undoLatestChange(getDb(), { siteId: id, updatedAt }));
}
