import { and, desc, eq } from "drizzle-orm";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { RequestContext } from "@/lib/request-context";
import type { Db } from "../connection";
import { auditLog, dealerships } from "../schema";
import { asInput, createDealership, updateDealership, type DealershipView } from "./dealerships";

/**
 * Puts a site back to a state its audit log recorded: `after` of an entry is "this version",
 * `before` is "as it was before this change" (an undo). A deleted site comes back under its old id.
 * The restore is itself audited (an update, or a create). Returns the restored view.
 */
export function restoreDealershipVersion(db: Db, ctx: RequestContext, params: { siteId: number; auditId: number; side: "before" | "after" }): DealershipView {
  const entry = db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.id, params.auditId), eq(auditLog.entity, "dealership"), eq(auditLog.entityId, params.siteId)))
    .get();
  if (!entry) throw new NotFoundError(`Dealership ${params.siteId} has no history entry ${params.auditId}`);
  const state = entry[params.side] as DealershipView | null;
  if (!state) {
    const message = params.side === "before" ? "The site did not exist before this change" : "The site was deleted by this change";
    throw new ValidationError(message, { auditId: [message] });
  }
  const exists = db.select({ id: dealerships.id }).from(dealerships).where(eq(dealerships.id, params.siteId)).get();
  const input = asInput(state);
  return exists ? updateDealership(db, ctx, params.siteId, input) : createDealership(db, ctx, input, { id: params.siteId });
}

/**
 * Takes back the latest change of a site (a move, a status change, a delete): restores the state
 * before it. `updatedAt` is the site's stamp right after that change (for a delete: of the deleted
 * site); when someone changed the site since, nothing is written (ConflictError).
 */
export function undoLatestChange(db: Db, ctx: RequestContext, params: { siteId: number; updatedAt: string }): DealershipView {
  const latest = db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, "dealership"), eq(auditLog.entityId, params.siteId)))
    .orderBy(desc(auditLog.id))
    .limit(1)
    .get();
  if (!latest) throw new NotFoundError(`Dealership ${params.siteId} has no history`);
  const stamp = ((latest.action === "delete" ? latest.before : latest.after) as DealershipView | null)?.updatedAt;
  if (latest.action === "create" || stamp !== params.updatedAt) {
    const message = "The site has changed since; open its history to restore a version";
    throw new ConflictError(message, { updatedAt: [message] });
  }
  return restoreDealershipVersion(db, ctx, { siteId: params.siteId, auditId: latest.id, side: "before" });
}
