import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { createScenario, listScenarios } from "@/db/queries/scenarios";
import { handle, handleWrite, readJson } from "../_lib/respond";

export const dynamic = "force-dynamic";

/** GET /api/scenarios: every scenario with its number of edits. */
export async function GET(request: Request) {
  return handle(() => NextResponse.json({ scenarios: listScenarios(getDb()) }), request);
}

/** POST /api/scenarios {name, notes?, copyOf?} -> 201 {id, name}. */
export async function POST(request: Request) {
  return handleWrite(request, "writes", async (ctx) => {
    const created = createScenario(getDb(), ctx, await readJson(request));
    return NextResponse.json({ id: created.id, name: created.name }, { status: 201 });
  });
}
