"use server";
import { getDb } from "@/db/client";
import type { DealershipView } from "@/db/queries/dealerships";
import { loadScenarioSites } from "@/db/queries/scenario-sites";
import { addScenarioEdit } from "@/db/queries/scenarios";
import { action, type ActionResult } from "@/app/_lib/action";
import { AppError } from "@/lib/errors";
import { idParamSchema } from "@/lib/validation/dealership-filter";
import { decimalInput } from "@/lib/validation/numbers";
import { parseOrThrow } from "@/lib/validation/zod-errors";

// The map's site writes while a scenario is open: each one becomes a scenario edit, the registry is
// never written. They answer like the registry's actions (the site as the scenario now has it), so the
// planner view and its form work unchanged; the page binds the scenario id.

const siteIdSchema = decimalInput("siteId");

function siteAfter(scenarioId: number, siteId: number): DealershipView {
  const site = loadScenarioSites(getDb(), scenarioId).sites.find((s) => s.id === siteId);
  if (!site) throw new AppError("not_found", { key: "not_found.detail", params: { detail: `Site ${siteId} is not in this scenario` } });
  return site;
}

/** Adds a site to the scenario (an "add" edit). */
export async function addScenarioSiteAction(scenarioId: number, input: unknown): Promise<ActionResult<DealershipView>> {
  return action((ctx) => {
    const id = parseOrThrow(idParamSchema, scenarioId, "scenario");
    const edit = addScenarioEdit(getDb(), ctx, id, { op: "add", site: input });
    return siteAfter(id, edit.siteId);
  }, [`/scenarios/${scenarioId}`]);
}

/** A drag on the map becomes a "move" edit; any other change from the form an "update" edit. */
export async function updateScenarioSiteAction(scenarioId: number, siteId: unknown, patch: unknown): Promise<ActionResult<DealershipView>> {
  return action((ctx) => {
    const id = parseOrThrow(idParamSchema, scenarioId, "scenario");
    const site = parseOrThrow(siteIdSchema, siteId, "siteId");
    const keys = patch && typeof patch === "object" ? Object.keys(patch) : [];
    const isMove = keys.length === 2 && keys.includes("lat") && keys.includes("lng");
    const body = isMove ? { op: "move", siteId: site, ...(patch as object) } : { op: "update", siteId: site, changes: patch };
    addScenarioEdit(getDb(), ctx, id, body);
    return siteAfter(id, site);
  }, [`/scenarios/${scenarioId}`]);
}

/** "Delete" on the map closes the site in the scenario (a "close" edit); the registry keeps it. */
export async function closeScenarioSiteAction(scenarioId: number, siteId: unknown): Promise<ActionResult<DealershipView>> {
  return action((ctx) => {
    const id = parseOrThrow(idParamSchema, scenarioId, "scenario");
    const site = parseOrThrow(siteIdSchema, siteId, "siteId");
    addScenarioEdit(getDb(), ctx, id, { op: "close", siteId: site });
    return siteAfter(id, site);
  }, [`/scenarios/${scenarioId}`]);
}
