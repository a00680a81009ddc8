/**
 * The app's languages and how one is chosen for a request. Pure (no Next, no SQLite): the proxy,
 * next-intl's request config (i18n/request.ts) and the API's request context all decide alike.
 */
export const LOCALES = ["en", "ru", "kk", "zh"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The cookie a choice sticks in (set by the proxy for ?lang=xx, and by the header's switcher). */
export const LOCALE_COOKIE = "NEXT_LOCALE";
/** One year: a language choice is not a session setting. */
export const LOCALE_COOKIE_MAX_AGE_SECONDS = 60 * 60 * 24 * 365;
/**
 * The request header the proxy adds when the URL says ?lang=xx, so the page rendered for that very
 * request (whose cookie is only set on the way back) is already in that language.
 */
export const LOCALE_HEADER = "x-planner-locale";

/** Each language's own name, for the switcher (a reader of the language finds it whatever is shown). */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ru: "Русский", kk: "Қазақша", zh: "中文" };
/** The switcher's short labels. */
export const LOCALE_SHORT: Record<Locale, string> = { en: "EN", ru: "РУ", kk: "ҚАЗ", zh: "中文" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A supported locale from a loose value ("ru", "RU", "zh-CN", "zh-Hans"), else null. */
export function parseLocale(value: string | null | undefined): Locale | null {
  const lang = (value ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(lang) ? lang : null;
}

/** The best supported locale for an Accept-Language header ("ru-KZ,ru;q=0.9,en;q=0.5"), or null. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  const wanted = (header ?? "")
    .split(",")
    .map((part, index) => {
      const [tag, ...rest] = part.trim().split(";");
      const q = rest.find((r) => r.trim().startsWith("q="));
      return { locale: parseLocale(tag), q: q ? Number(q.trim().slice(2)) || 0 : 1, index };
    })
    .filter((w) => w.locale !== null && w.q > 0)
    // highest q first; equal q keeps the header's order
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return wanted[0]?.locale ?? null;
}

/** One cookie's value from a Cookie header, or null. */
export function cookieFromHeader(cookieHeader: string | null | undefined, name: string): string | null {
  for (const part of (cookieHeader ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}

export interface LocaleSources {
  /** ?lang=xx of this request (passed on by the proxy as LOCALE_HEADER) */
  query?: string | null;
  /** the LOCALE_COOKIE */
  cookie?: string | null;
  /** the signed-in user's saved choice */
  profile?: string | null;
  acceptLanguage?: string | null;
}

/** The request's language, in the order of issue 16: ?lang=, the cookie, the profile, Accept-Language, en. */
export function chooseLocale(sources: LocaleSources): Locale {
  return (
    parseLocale(sources.query) ??
    parseLocale(sources.cookie) ??
    parseLocale(sources.profile) ??
    localeFromAcceptLanguage(sources.acceptLanguage) ??
    DEFAULT_LOCALE
  );
}

/** The language of a request from its headers (the proxy's header, the cookie, Accept-Language) and the profile. */
export function localeFromHeaders(headers: { get(name: string): string | null }, profile?: string | null): Locale {
  return chooseLocale({
    query: headers.get(LOCALE_HEADER),
    cookie: cookieFromHeader(headers.get("cookie"), LOCALE_COOKIE),
    profile,
    acceptLanguage: headers.get("accept-language"),
  });
}
