import { revalidatePath } from "next/cache";
import { ConflictError, NotFoundError, ValidationError, type FieldErrors } from "@/lib/errors";

/** What a server action answers: the saved value, or the error with its field messages. */
export type ActionResult<T> = { ok: true; site: T } | { ok: false; error: string; fieldErrors: FieldErrors };

/**
 * Runs a server action's write and maps the planner's typed errors to a result the form can show;
 * anything else is logged and answered generically (no stack trace reaches the browser).
 */
export function runAction<T>(fn: () => T, revalidate: string[] = ["/"]): ActionResult<T> {
  try {
    const site = fn();
    for (const path of revalidate) revalidatePath(path);
    return { ok: true, site };
  } catch (error) {
    if (error instanceof ValidationError || error instanceof ConflictError) {
      return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
    }
    if (error instanceof NotFoundError) return { ok: false, error: error.message, fieldErrors: {} };
    console.error(error);
    return { ok: false, error: "The server could not save the change; nothing was written.", fieldErrors: {} };
  }
}
