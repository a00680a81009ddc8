import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { promoteScenario, StaleScenarioError } from "@/db/queries/scenario-promote";
import { localeFromHeaders } from "@/lib/request-context";
import { errorResponse, handleWrite } from "../../../_lib/respond";
import { scenarioIdOf, type IdContext } from "../../_lib/params";

export const dynamic = "force-dynamic";

/**
 * POST /api/scenarios/:id/promote[?dryRun=true] -> {created, updated, closed, changes}: one transaction
 * with an audit entry per site. A stale scenario answers 409 with `stale` (the edits that no longer apply).
 */
export async function POST(request: Request, context: IdContext) {
  return handleWrite(request, "writes", async (ctx) => {
    const id = await scenarioIdOf(context);
    const dryRun = new URL(request.url).searchParams.get("dryRun") === "true";
    try {
      return NextResponse.json(promoteScenario(getDb(), ctx, id, { dryRun }));
    } catch (error) {
      if (error instanceof StaleScenarioError) {
        return errorResponse(error, localeFromHeaders(request.headers), { stale: error.stale });
      }
      throw error;
    }
  });
}
