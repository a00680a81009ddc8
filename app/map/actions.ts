"use server";
import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { createDealership, deleteDealership, updateDealership, type DealershipView } from "@/db/queries/dealerships";
import { ConflictError, NotFoundError, ValidationError, type FieldErrors } from "@/lib/errors";

export type ActionResult = { ok: true; site: DealershipView } | { ok: false; error: string; fieldErrors: FieldErrors };

// Server actions re-validate everything with the same zod schema as the form: the client's
// checks are a convenience, never trusted.
function run(fn: () => DealershipView): ActionResult {
  try {
    const site = fn();
    revalidatePath("/");
    return { ok: true, site };
  } catch (error) {
    if (error instanceof ValidationError || error instanceof ConflictError) {
      return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
    }
    if (error instanceof NotFoundError) return { ok: false, error: error.message, fieldErrors: {} };
    console.error(error);
    return { ok: false, error: "The server could not save the change; nothing was written.", fieldErrors: {} };
  }
}

/** Creates a dealership (a planned opening, usually) from the map's form. */
export async function createSiteAction(input: unknown): Promise<ActionResult> {
  return run(() => createDealership(getDb(), input));
}

/** Updates a dealership: a move on the map (lat/lng) or an edit from its popup. */
export async function updateSiteAction(id: number, patch: unknown): Promise<ActionResult> {
  return run(() => updateDealership(getDb(), id, patch));
}

/** Deletes a dealership; its last state stays in the audit log. */
export async function deleteSiteAction(id: number): Promise<ActionResult> {
  return run(() => deleteDealership(getDb(), id));
}
