import { AppError } from "@/lib/errors";
import { OptimizeInputError, OptimizeSolverError } from "@/lib/optimize/errors";

/**
 * Any thrown value as the planner's AppError: the optimiser's input errors become invalid_field on
 * their field, its solver errors solver_failed; anything unexpected is logged here (with its stack,
 * server-side only) and becomes `internal`, whose message says nothing about the exception.
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof OptimizeInputError) {
    return new AppError("invalid_field", { params: { detail: error.message }, fields: { [error.field]: [error.message] } });
  }
  if (error instanceof OptimizeSolverError) {
    console.error(error);
    return new AppError("solver_failed");
  }
  console.error(error);
  return new AppError("internal");
}
