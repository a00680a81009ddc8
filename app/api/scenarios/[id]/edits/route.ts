import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { addScenarioEdit } from "@/db/queries/scenarios";
import { handleWrite, readJson } from "../../../_lib/respond";
import { scenarioIdOf, type IdContext } from "../../_lib/params";

export const dynamic = "force-dynamic";

/** POST /api/scenarios/:id/edits {op: add|move|close|update, ...} -> 201 {id, siteId}. */
export async function POST(request: Request, context: IdContext) {
  return handleWrite(request, "writes", async (ctx) => {
    const id = await scenarioIdOf(context);
    const edit = addScenarioEdit(getDb(), ctx, id, await readJson(request));
    return NextResponse.json(edit, { status: 201 });
  });
}
