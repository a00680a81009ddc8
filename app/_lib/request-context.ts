import { headers } from "next/headers";
import { contextFromHeaders, type RequestContext } from "@/lib/request-context";

/** The context of a route handler's request. */
export function requestContext(request: Request): RequestContext {
  return contextFromHeaders(request.headers);
}

/** The context of the server action being run (from the request's headers). */
export async function actionContext(): Promise<RequestContext> {
  return contextFromHeaders(await headers());
}
