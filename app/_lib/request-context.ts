import { headers } from "next/headers";
import { cache } from "react";
import { AppError } from "@/lib/errors";
import { contextFromHeaders, type RequestContext } from "@/lib/request-context";
import { identify } from "./auth/identify";

type HeaderSource = { get(name: string): string | null };

/**
 * The verified context of a request: the session cookie or API token resolved to the user and
 * their current role. Throws 401 unauthorized without valid credentials, so every route handler
 * and server action that builds its context is signed-in only.
 */
export async function verifiedContext(source: HeaderSource): Promise<RequestContext> {
  const identity = await identify(source);
  if (!identity) throw new AppError("unauthorized");
  return contextFromHeaders(source, identity);
}

/** The context of a route handler's request (401 without valid credentials). */
export function requestContext(request: Request): Promise<RequestContext> {
  return verifiedContext(request.headers);
}

/** The context of the server action being run (401 without valid credentials). */
export async function actionContext(): Promise<RequestContext> {
  return verifiedContext(await headers());
}

/**
 * The verified caller of the request being rendered, looked up once per request (the layout, the
 * page and next-intl's request config all ask), or null when signed out.
 */
export const currentIdentity = cache(async () => identify(await headers()));

/** The signed-in caller of a page, or null (pages redirect to /login instead of answering 401). */
export async function pageContext(): Promise<RequestContext | null> {
  const h = await headers();
  const identity = await currentIdentity();
  return identity ? contextFromHeaders(h, identity) : null;
}
