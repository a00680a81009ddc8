"use server";
import { cookies, headers } from "next/headers";
import { getDb } from "@/db/client";
import { setUserLocale } from "@/db/queries/users";
import { AppError, type ActionResult } from "@/lib/errors";
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECONDS, localeFromHeaders, type Locale } from "@/lib/i18n/locales";
import { toAppError } from "./errors";
import { refuseCrossSite } from "./guard";
import { currentIdentity } from "./request-context";

/**
 * The header's language switcher: the choice sticks in the cookie and, for a signed-in user, on
 * their profile (so it follows them to another browser). Not the action() wrapper: a viewer and a
 * signed-out visitor on /login may choose a language too, and the only write is the caller's own
 * profile row (no shared data, nothing for the audit log). Setting the cookie makes Next render the
 * page again in the new language.
 */
export async function chooseLanguage(locale: string): Promise<ActionResult<Locale>> {
  const h = await headers();
  try {
    refuseCrossSite(h);
    if (!isLocale(locale)) throw new AppError("invalid_field", { params: { detail: `Unknown language "${locale}"` }, fields: { locale: [`Unknown language "${locale}"`] } });
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: LOCALE_COOKIE_MAX_AGE_SECONDS, sameSite: "lax", httpOnly: true });
    const identity = await currentIdentity();
    if (identity) setUserLocale(getDb(), identity.userId, locale);
    return { ok: true, data: locale };
  } catch (error) {
    return { ok: false, error: toAppError(error).toBody(localeFromHeaders(h)) };
  }
}
