"use server";
import { getDb } from "@/db/client";
import { deleteDealership, getDealership, updateDealership, type DealershipView } from "@/db/queries/dealerships";
import { action, type ActionResult } from "@/app/_lib/action";
import { AppError } from "@/lib/errors";
import type { RequestContext } from "@/lib/request-context";
import { restoreDealershipVersion, undoLatestChange } from "@/db/queries/dealership-restore";
import { idParamSchema } from "@/lib/validation/dealership-filter";
import { parseOrThrow } from "@/lib/validation/zod-errors";
import { STATUS_LABEL, STATUS_TRANSITIONS, statusChangeSchema } from "@/lib/network/status-transitions";

export type RegistryActionResult = ActionResult<DealershipView>;

const run = (fn: (ctx: RequestContext) => DealershipView) => action(fn, ["/dealerships", "/"]);

/**
 * Moves a site one step (planned → under construction → open, or → closed). The update and its
 * audit entry are one transaction (updateDealership); an open site must say when it opened.
 */
export async function changeStatusAction(id: unknown, change: unknown): Promise<RegistryActionResult> {
  return run((ctx) => {
    const db = getDb();
    const siteId = parseOrThrow(idParamSchema, id, "id");
    const step = parseOrThrow(statusChangeSchema, change, "status change");
    const current = getDealership(db, siteId);
    if (!STATUS_TRANSITIONS[current.status].includes(step.status)) {
      // English here; AppError.toBody answers it in the caller's language (lib/errors/detail-translations.ts)
      const message = `A ${STATUS_LABEL[current.status]} site cannot become ${STATUS_LABEL[step.status]} in one step; use Edit for other changes`;
      throw new AppError("invalid_field", { params: { detail: message }, fields: { status: [message] } });
    }
    return updateDealership(db, ctx, siteId, step.status === "open" ? { status: "open", openedOn: step.openedOn } : { status: step.status });
  });
}

/** Deletes a site; the audit log keeps its last state. */
export async function deleteDealershipAction(id: unknown): Promise<RegistryActionResult> {
  return run((ctx) => deleteDealership(getDb(), ctx, parseOrThrow(idParamSchema, id, "id")));
}


/** Takes back the latest change of a site (the status step just made) if nobody changed it since. */
export async function undoChangeAction(id: unknown, updatedAt: unknown): Promise<RegistryActionResult> {
  return run((ctx) => undoLatestChange(getDb(), ctx, { siteId: parseOrThrow(idParamSchema, id, "id"), updatedAt: String(updatedAt) }));
}

/** Puts a site back to the version one of its history entries recorded. */
export async function restoreVersionAction(id: unknown, auditId: unknown): Promise<RegistryActionResult> {
  return run((ctx) =>
    restoreDealershipVersion(getDb(), ctx, { siteId: parseOrThrow(idParamSchema, id, "id"), auditId: parseOrThrow(idParamSchema, auditId, "auditId"), side: "after" }),
  );
}
