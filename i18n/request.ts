import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { cookieFromHeader, LOCALE_COOKIE, LOCALE_HEADER, localeFromHeaders, parseLocale } from "@/lib/i18n/locales";
import { currentIdentity } from "@/app/_lib/request-context";
import { loadMessages } from "./messages";

/** Asia/Almaty: Kazakhstan's one time zone (UTC+5 since March 2024); dates print in local time. */
export const TIME_ZONE = "Asia/Almaty";

/**
 * next-intl's configuration for each request, without locale-prefixed URLs: the language comes
 * from ?lang=xx (the proxy passes it on in a header and sets the cookie), the cookie, the signed-in
 * user's profile, Accept-Language, then en (lib/i18n/locales.ts). The profile is only looked up
 * when neither ?lang= nor the cookie decided, so most requests cost no extra query.
 */
export default getRequestConfig(async () => {
  const h = await headers();
  const explicit = parseLocale(h.get(LOCALE_HEADER)) ?? parseLocale(cookieFromHeader(h.get("cookie"), LOCALE_COOKIE));
  const locale = explicit ?? localeFromHeaders(h, (await currentIdentity())?.locale);
  return { locale, messages: loadMessages(locale), timeZone: TIME_ZONE };
});
