import { eq } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { requireRole, type RequestContext } from "@/lib/request-context";
import { diffSites, type SiteChangeKind, type SiteFields, type StaleEdit } from "@/lib/scenarios/replay";
import { IMMEDIATE, type Db } from "../connection";
import { scenarioEdits, scenarios } from "../schema";
import { createDealership, updateDealership } from "./dealerships";
import { loadScenarioSites } from "./scenario-sites";

/** 409: the scenario edits sites that changed or vanished in the registry; `stale` lists those edits. */
export class StaleScenarioError extends AppError {
  constructor(readonly stale: StaleEdit[]) {
    super("conflict", {
      params: { detail: `${stale.length} edit(s) of this scenario no longer apply; remove them before promoting` },
      fields: { edits: stale.map((s) => s.message) },
    });
  }
}

export interface PromoteResult {
  dryRun: boolean;
  created: number;
  updated: number;
  closed: number;
  /** what was (or, in a dry run, would be) written, site by site */
  changes: { kind: SiteChangeKind; id: number | null; name: string; fields: (keyof SiteFields)[] }[];
}

/** What the UI's promote action answers: the result, or the stale edits that block it. */
export type PromoteOutcome = { result: PromoteResult; stale: null } | { result: null; stale: StaleEdit[] };

/**
 * Writes a scenario into the registry: added sites are created, moved/updated sites updated, closed
 * sites set to closed, each through the registry's own write functions (same validation, one audit
 * entry each), all in ONE transaction: any failure writes nothing. A stale scenario is refused (409).
 * After promotion the scenario's edits are part of live, so they are cleared (the scenario then equals
 * live) and a line is added to its notes. `dryRun` answers the same preview without writing.
 */
export function promoteScenario(db: Db, ctx: RequestContext, scenarioId: number, options: { dryRun: boolean }): PromoteResult {
  requireRole(ctx, "planner");
  return db.transaction((tx) => {
    // the registry's write functions open their own transaction: inside this one it becomes a savepoint
    const inner = tx as unknown as Db;
    const { scenario, registry, sites, stale } = loadScenarioSites(inner, scenarioId);
    if (stale.length) throw new StaleScenarioError(stale);
    const changes = diffSites(registry, sites);
    const result: PromoteResult = { dryRun: options.dryRun, created: 0, updated: 0, closed: 0, changes: [] };
    for (const change of changes) {
      let id: number | null = change.id;
      if (change.kind === "added") {
        result.created++;
        if (!options.dryRun) id = createDealership(inner, ctx, fieldsOf(change.after)).id;
        else id = null;
      } else {
        if (change.kind === "closed") result.closed++;
        else result.updated++;
        if (!options.dryRun) {
          const patch = Object.fromEntries(change.fields.map((f) => [f, change.after[f]]));
          updateDealership(inner, ctx, change.id, patch);
        }
      }
      result.changes.push({ kind: change.kind, id, name: change.after.name, fields: change.kind === "added" ? [] : change.fields });
    }
    if (!options.dryRun) {
      tx.delete(scenarioEdits).where(eq(scenarioEdits.scenarioId, scenarioId)).run();
      const line = `Promoted ${new Date().toISOString().slice(0, 10)} by ${ctx.actor}: ${result.created} created, ${result.updated} updated, ${result.closed} closed.`;
      tx.update(scenarios)
        .set({ notes: scenario.notes ? `${scenario.notes}\n${line}` : line, updatedAt: new Date().toISOString() })
        .where(eq(scenarios.id, scenarioId))
        .run();
    }
    return result;
  }, IMMEDIATE);
}

function fieldsOf(s: SiteFields): SiteFields {
  const { brand, name, city, lat, lng, address, status, sales, service, parts, serviceBays, openedOn, plannedQuarter, notes } = s;
  return { brand, name, city, lat, lng, address, status, sales, service, parts, serviceBays, openedOn, plannedQuarter, notes };
}
