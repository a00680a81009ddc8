import { getDb } from "@/db/client";
import { hitRateLimit, rateLimitCount } from "@/db/queries/rate-limits";
import { normalizeEmail } from "@/db/queries/users";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/request-context";
import { limits } from "../limits";

/** The two counters a sign-in attempt is held to: its account and its address. */
export function signInLimitKeys(headers: { get(name: string): string | null }, email: string): string[] {
  return [`sign-in-failures:addr:${clientAddress(headers)}`, `sign-in-failures:acct:${normalizeEmail(email)}`];
}

/** 429 when either counter has reached the limit of failed sign-ins this minute. */
export function checkSignInAllowed(keys: string[]): void {
  for (const key of keys) {
    const now = rateLimitCount(getDb(), key, limits.signInFailures());
    if (!now.allowed) {
      throw new AppError("rate_limited", { key: "rate_limited.sign_in", params: { seconds: now.retryAfterSeconds }, retryAfterSeconds: now.retryAfterSeconds });
    }
  }
}

export function countFailedSignIn(keys: string[]): void {
  for (const key of keys) hitRateLimit(getDb(), key, limits.signInFailures());
}
