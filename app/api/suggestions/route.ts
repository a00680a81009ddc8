import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { answerSuggestions } from "@/db/queries/suggestions";
import { requirePermission } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { callerKey } from "@/lib/request-context";
import { QueueFullError, SolverQueue } from "@/lib/solver-queue";
import { suggestionRequestSchema } from "@/lib/validation/suggestion";
import { parseOrThrow } from "@/lib/validation/zod-errors";
import { limits } from "@/app/_lib/limits";
import { handleWrite, readJson } from "../_lib/respond";

export const dynamic = "force-dynamic";
// an exact solve may run up to its time limit (120 s at most) in a worker thread
export const maxDuration = 150;

// one queue per process: exact solves are CPU-bound, so the limit is this machine's cores
const state = globalThis as unknown as { exactSolverQueue?: SolverQueue };
const exactQueue = (state.exactSolverQueue ??= new SolverQueue(() => ({
  maxConcurrent: limits.solverConcurrent(),
  maxPerCaller: limits.solverPerCaller(),
  waitMs: limits.solverWaitMs(),
})));

/**
 * POST /api/suggestions {brand, count, objective, mode, threshold, solver, includePlanned, constraints}.
 * objective "sales" answers from the market model (new points that sell the most against competitors).
 * Greedy suggestions only read (a viewer may ask); exact (HiGHS) solves need the planner role and
 * go through the solver queue: 429 rate_limited when it stays full.
 */
export async function POST(request: Request) {
  return handleWrite(request, "suggestions", async (ctx) => {
    const body = parseOrThrow(suggestionRequestSchema, await readJson(request), "suggestion request");
    if (body.solver !== "exact") return NextResponse.json(await answerSuggestions(getDb(), body));
    requirePermission(ctx, "solve_exact");
    try {
      return NextResponse.json(await exactQueue.run(callerKey(ctx), () => answerSuggestions(getDb(), body, { signal: request.signal })));
    } catch (error) {
      // the planner cancelled: nobody reads this answer, and it is no server error
      if (request.signal.aborted) return new Response(null, { status: 499 });
      if (error instanceof QueueFullError) throw new AppError("rate_limited", { key: "rate_limited.solver", retryAfterSeconds: 5 });
      throw error;
    }
  }, "read");
}
