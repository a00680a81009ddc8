import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/app/_lib/auth/instance";
import { errorResponse, handlePublic } from "../../_lib/respond";
import { signInLimitKeys, checkSignInAllowed, countFailedSignIn } from "@/app/_lib/auth/sign-in-limit";
import { localeFromHeaders } from "@/lib/request-context";

export const dynamic = "force-dynamic";

// better-auth's own endpoints (/api/auth/sign-in/email, /sign-out, /get-session, the OIDC
// callback...): open to signed-out callers by nature; everything else under /api needs credentials.
const handler = () => toNextJsHandler(getAuth());

export async function GET(request: Request) {
  return handlePublic(() => handler().GET(request), request);
}

/**
 * Email sign-ins are limited here, in the database (so several processes share the count): after
 * 10 failures in a minute for one account or from one address, the next attempt answers 429
 * whatever its password.
 */
export async function POST(request: Request) {
  if (!new URL(request.url).pathname.endsWith("/sign-in/email")) return handlePublic(() => handler().POST(request), request);
  const locale = localeFromHeaders(request.headers);
  let email = "";
  try {
    const body: unknown = await request.clone().json();
    if (body && typeof body === "object" && "email" in body && typeof body.email === "string") email = body.email;
  } catch {
    // not JSON: better-auth answers the 400 itself
  }
  const keys = signInLimitKeys(request.headers, email);
  try {
    checkSignInAllowed(keys);
  } catch (error) {
    return errorResponse(error, locale);
  }
  const response = await handlePublic(() => handler().POST(request), request);
  if (response.status === 401 || response.status === 403) countFailedSignIn(keys);
  return response;
}
