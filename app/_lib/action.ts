import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import type { ActionResult } from "@/lib/errors";
import type { RequestContext } from "@/lib/request-context";
import { toAppError } from "./errors";
import { guardWrite } from "./guard";
import { limits } from "./limits";
import { actionContext } from "./request-context";

export type { ActionResult };

/**
 * The one wrapper of server actions that write: builds the request's context, refuses a cross-site
 * caller, checks the role and the write rate limit, runs the write with the context and revalidates
 * the given pages. Errors come back as { ok: false, error: {code, message, fields} }; unexpected
 * ones are logged and answered with the generic message (no stack trace reaches the browser).
 */
export async function action<T>(fn: (ctx: RequestContext) => T | Promise<T>, revalidate: string[] = ["/"]): Promise<ActionResult<T>> {
  let locale: RequestContext["locale"] = "en";
  try {
    const ctx = await actionContext();
    locale = ctx.locale;
    guardWrite(await headers(), ctx, "writes", limits.writes());
    const data = await fn(ctx);
    for (const path of revalidate) revalidatePath(path);
    return { ok: true, data };
  } catch (error) {
    return { ok: false, error: toAppError(error).toBody(locale) };
  }
}
