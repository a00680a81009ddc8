import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { deleteScenario, getScenario, updateScenario } from "@/db/queries/scenarios";
import { handle, handleWrite, readJson } from "../../_lib/respond";
import { scenarioIdOf, type IdContext } from "../_lib/params";

export const dynamic = "force-dynamic";

/** GET /api/scenarios/:id: the scenario, its `edits` and the `stale` ones. */
export async function GET(request: Request, context: IdContext) {
  return handle(async () => NextResponse.json(getScenario(getDb(), await scenarioIdOf(context))), request);
}

/** PATCH /api/scenarios/:id {name?, notes?}. */
export async function PATCH(request: Request, context: IdContext) {
  return handleWrite(request, "writes", async (ctx) => {
    const id = await scenarioIdOf(context);
    return NextResponse.json(updateScenario(getDb(), ctx, id, await readJson(request)));
  });
}

/** DELETE /api/scenarios/:id: the scenario and its edits; the registry is untouched. */
export async function DELETE(request: Request, context: IdContext) {
  return handleWrite(request, "writes", async (ctx) => {
    const deleted = deleteScenario(getDb(), ctx, await scenarioIdOf(context));
    return NextResponse.json({ deleted: { id: deleted.id, name: deleted.name } });
  });
}
