"use server";
import { getDb } from "@/db/client";
import { createDealership, deleteDealership, updateDealership, type DealershipView } from "@/db/queries/dealerships";
import { action, type ActionResult as Result } from "@/app/_lib/action";
import { idParamSchema } from "@/lib/validation/dealership-filter";
import { parseOrThrow } from "@/lib/validation/zod-errors";
import { undoLatestChange } from "@/db/queries/dealership-restore";

export type ActionResult = Result<DealershipView>;

/** Creates a dealership (a planned opening, usually) from the map's form. */
export async function createSiteAction(input: unknown): Promise<ActionResult> {
  return action((ctx) => createDealership(getDb(), ctx, input));
}

/** Updates a dealership: a move on the map (lat/lng) or an edit from its popup. */
export async function updateSiteAction(id: unknown, patch: unknown): Promise<ActionResult> {
  return action((ctx) => updateDealership(getDb(), ctx, parseOrThrow(idParamSchema, id, "id"), patch));
}

/** Deletes a dealership; its last state stays in the audit log. */
export async function deleteSiteAction(id: unknown): Promise<ActionResult> {
  return action((ctx) => deleteDealership(getDb(), ctx, parseOrThrow(idParamSchema, id, "id")));
}

/** Takes back a site's latest change (a move, a delete) if nobody changed it since `updatedAt`. */
export async function undoSiteChangeAction(id: unknown, updatedAt: unknown): Promise<ActionResult> {
  return action((ctx) => undoLatestChange(getDb(), ctx, { siteId: parseOrThrow(idParamSchema, id, "id"), updatedAt: String(updatedAt) }));
}
