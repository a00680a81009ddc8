import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { getSuggestions } from "@/db/queries/suggestions";
import { ValidationError } from "@/lib/errors";
import { OptimizeInputError } from "@/lib/optimize";
import { suggestionRequestSchema } from "@/lib/validation/suggestion";
import { parseOrThrow } from "@/lib/validation/zod-errors";
import { handle, readJson } from "../_lib/respond";

export const dynamic = "force-dynamic";
// an exact solve may run up to its time limit (120 s at most) in a worker thread
export const maxDuration = 150;

/** POST /api/suggestions {brand, count, objective, mode, threshold, solver, includePlanned, constraints} */
export async function POST(request: Request) {
  return handle(async () => {
    const body = parseOrThrow(suggestionRequestSchema, await readJson(request), "suggestion request");
    try {
      return NextResponse.json(await getSuggestions(getDb(), body, { signal: request.signal }));
    } catch (error) {
      // the optimiser's own input checks (e.g. too few candidates under the constraints) are the caller's to fix
      if (error instanceof OptimizeInputError) throw new ValidationError(error.message, { [error.field]: [error.message] });
      // the planner cancelled: nobody reads this answer, and it is no server error
      if (request.signal.aborted) return new Response(null, { status: 499 });
      throw error;
    }
  });
}
