import { desc, eq, max, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { requireRole, type RequestContext } from "@/lib/request-context";
import { addedSiteId, type ScenarioEdit, type StaleEdit } from "@/lib/scenarios/replay";
import { dealershipRecordSchema } from "@/lib/validation/dealership";
import { scenarioCreateSchema, scenarioEditSchema, scenarioPatchSchema } from "@/lib/validation/scenario";
import { parseOrThrow } from "@/lib/validation/zod-errors";
import { IMMEDIATE, type Db } from "../connection";
import { brands, cities, scenarioEdits, scenarios, type Scenario } from "../schema";
import type { Tx } from "./audit";
import { getScenarioRow, listScenarioEdits, loadScenarioSites } from "./scenario-sites";

export { getScenarioRow } from "./scenario-sites";

export interface ScenarioSummary extends Scenario {
  editCount: number;
}

/** Every scenario, most recently changed first, with its number of edits. */
export function listScenarios(db: Db): ScenarioSummary[] {
  return db
    .select({
      id: scenarios.id,
      name: scenarios.name,
      notes: scenarios.notes,
      author: scenarios.author,
      createdAt: scenarios.createdAt,
      updatedAt: scenarios.updatedAt,
      editCount: sql<number>`(select count(*) from ${scenarioEdits} where ${scenarioEdits.scenarioId} = ${scenarios.id})`,
    })
    .from(scenarios)
    .orderBy(desc(scenarios.updatedAt), desc(scenarios.id))
    .all();
}

export interface ScenarioDetail extends Scenario {
  edits: ScenarioEdit[];
  /** edits that no longer apply (their site was deleted or changed in the registry since) */
  stale: StaleEdit[];
}

/** One scenario with its edits and the stale ones; 404 when unknown. */
export function getScenario(db: Db, id: number): ScenarioDetail {
  const { scenario, edits, stale } = loadScenarioSites(db, id);
  return { ...scenario, edits, stale };
}

function touch(tx: Tx, id: number) {
  tx.update(scenarios).set({ updatedAt: new Date().toISOString() }).where(eq(scenarios.id, id)).run();
}

function nextSeq(tx: Tx, scenarioId: number): number {
  const row = tx.select({ seq: max(scenarioEdits.seq) }).from(scenarioEdits).where(eq(scenarioEdits.scenarioId, scenarioId)).get();
  return (row?.seq ?? 0) + 1;
}

/** Creates a scenario, empty or as a copy of another one's edits (the added sites' ids follow the copy). */
export function createScenario(db: Db, ctx: RequestContext, input: unknown): Scenario {
  requireRole(ctx, "planner");
  const data = parseOrThrow(scenarioCreateSchema, input, "scenario");
  return db.transaction((tx) => {
    const source = data.copyOf ? tx.select().from(scenarios).where(eq(scenarios.id, data.copyOf)).get() : null;
    if (data.copyOf && !source) {
      throw new AppError("invalid_field", { params: { detail: `Scenario ${data.copyOf} does not exist` }, fields: { copyOf: [`Scenario ${data.copyOf} does not exist`] } });
    }
    const created = tx
      .insert(scenarios)
      .values({ name: data.name, notes: data.notes ?? source?.notes ?? null, author: ctx.actor })
      .returning()
      .get();
    if (source) {
      // an added site's id is minus its add edit's id: remap the copies' references to the new add edits
      const newIds = new Map<number, number>();
      for (const e of listScenarioEdits(tx, source.id)) {
        const siteId = e.siteId !== null && e.siteId < 0 ? addedSiteId(newIds.get(-e.siteId) ?? -e.siteId) : e.siteId;
        const row = tx
          .insert(scenarioEdits)
          .values({ scenarioId: created.id, seq: e.seq, op: e.op, siteId, payload: e.payload, baseUpdatedAt: e.baseUpdatedAt, author: e.author })
          .returning({ id: scenarioEdits.id })
          .get();
        newIds.set(e.id, row.id);
      }
    }
    return created;
  }, IMMEDIATE);
}

/** Renames a scenario or changes its notes. */
export function updateScenario(db: Db, ctx: RequestContext, id: number, input: unknown): Scenario {
  requireRole(ctx, "planner");
  const data = parseOrThrow(scenarioPatchSchema, input, "scenario");
  return db.transaction((tx) => {
    getScenarioRow(tx, id);
    return tx
      .update(scenarios)
      .set({ ...data, updatedAt: new Date().toISOString() })
      .where(eq(scenarios.id, id))
      .returning()
      .get();
  }, IMMEDIATE);
}

/** Deletes a scenario and its edits (the registry is untouched). */
export function deleteScenario(db: Db, ctx: RequestContext, id: number): Scenario {
  requireRole(ctx, "planner");
  return db.transaction((tx) => {
    const row = getScenarioRow(tx, id);
    tx.delete(scenarios).where(eq(scenarios.id, id)).run();
    return row;
  }, IMMEDIATE);
}

function badField(field: string, message: string): AppError {
  return new AppError("invalid_field", { key: "invalid_field.input", params: { what: "scenario edit", field, first: message }, fields: { [field]: [message] } });
}

function assertRefs(tx: Tx, site: { brand: string; city: string }, prefix: string) {
  if (!tx.select({ id: brands.id }).from(brands).where(eq(brands.slug, site.brand)).get()) throw badField(`${prefix}brand`, `Unknown brand "${site.brand}"`);
  if (!tx.select({ id: cities.id }).from(cities).where(eq(cities.slug, site.city)).get()) throw badField(`${prefix}city`, `Unknown city "${site.city}"`);
}

/**
 * Adds one edit to a scenario (never to the registry). The edit's site must exist in the scenario as it
 * is now, and the site it leads to must pass the registry's own rules (400 naming the field).
 */
export function addScenarioEdit(db: Db, ctx: RequestContext, scenarioId: number, input: unknown): { id: number; siteId: number } {
  requireRole(ctx, "planner");
  const edit = parseOrThrow(scenarioEditSchema, input, "scenario edit");
  return db.transaction((tx) => {
    const { sites, registry } = loadScenarioSites(tx as unknown as Db, scenarioId);
    const seq = nextSeq(tx, scenarioId);
    const base = { scenarioId, seq, op: edit.op, author: ctx.actor };
    if (edit.op === "add") {
      assertRefs(tx, edit.site, "site.");
      const row = tx.insert(scenarioEdits).values({ ...base, siteId: null, payload: { site: edit.site } }).returning({ id: scenarioEdits.id }).get();
      touch(tx, scenarioId);
      return { id: row.id, siteId: addedSiteId(row.id) };
    }
    const current = sites.find((s) => s.id === edit.siteId);
    if (!current) throw badField("siteId", `Site ${edit.siteId} does not exist in this scenario`);
    let payload: unknown = {};
    if (edit.op === "move") payload = { lat: edit.lat, lng: edit.lng };
    if (edit.op === "update") {
      // the merged site must be a valid dealership, as PATCH /api/dealerships/:id checks it
      const merged = parseOrThrow(dealershipRecordSchema, { ...current, ...edit.changes }, "scenario edit");
      assertRefs(tx, merged, "changes.");
      payload = { changes: edit.changes };
    }
    const baseUpdatedAt = registry.find((s) => s.id === edit.siteId)?.updatedAt ?? null;
    const row = tx
      .insert(scenarioEdits)
      .values({ ...base, siteId: edit.siteId, payload, baseUpdatedAt })
      .returning({ id: scenarioEdits.id })
      .get();
    touch(tx, scenarioId);
    return { id: row.id, siteId: edit.siteId };
  }, IMMEDIATE);
}

/** Removes one edit of a scenario; 404 when the scenario or the edit is unknown. */
export function removeScenarioEdit(db: Db, ctx: RequestContext, scenarioId: number, editId: number): void {
  requireRole(ctx, "planner");
  db.transaction((tx) => {
    getScenarioRow(tx, scenarioId);
    const row = tx.select({ id: scenarioEdits.id, scenarioId: scenarioEdits.scenarioId }).from(scenarioEdits).where(eq(scenarioEdits.id, editId)).get();
    if (!row || row.scenarioId !== scenarioId) {
      throw new AppError("not_found", { key: "not_found.detail", params: { detail: `Edit ${editId} does not exist in scenario ${scenarioId}` } });
    }
    tx.delete(scenarioEdits).where(eq(scenarioEdits.id, editId)).run();
    touch(tx, scenarioId);
  }, IMMEDIATE);
}
