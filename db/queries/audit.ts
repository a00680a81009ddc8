import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../connection";
import type { RequestContext } from "@/lib/request-context";
import { auditLog, type AuditEntry } from "../schema";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export interface AuditInput {
  entity: AuditEntry["entity"];
  entityId: number;
  action: AuditEntry["action"];
  before: unknown;
  after: unknown;
}

/** The actor an audit entry names: who asked, and "(import)" for rows written by a file import. */
export function auditActor(ctx: RequestContext, via?: "import"): string {
  return via ? `${ctx.actor} (${via})` : ctx.actor;
}

/** Writes one audit entry naming the context's actor; call it inside the transaction that makes the change. */
export function writeAudit(tx: Tx | Db, ctx: RequestContext, entry: AuditInput, via?: "import"): void {
  tx.insert(auditLog)
    .values({ ...entry, before: entry.before ?? null, after: entry.after ?? null, actor: auditActor(ctx, via), actorId: ctx.userId ?? null })
    .run();
}

/** The history of one entity, newest first. */
export function listAudit(db: Db, params: { entity: AuditEntry["entity"]; entityId: number }): AuditEntry[] {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, params.entity), eq(auditLog.entityId, params.entityId)))
    .orderBy(desc(auditLog.id))
    .all();
}

export type { Tx };

/** The latest changes across the registry, newest first (for the home page's "recent changes"). */
export function listRecentAudit(db: Db, params: { limit: number }): AuditEntry[] {
  return db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(params.limit).all();
}
