// One set of formatters for every view, so the map sidebar, the report and the API-driven
// tables print the same number the same way. Every formatter takes the reader's locale (last
// argument, English when left out): numbers, units and dates come from Intl for that locale, so
// Russian and Kazakh group thousands with a narrow no-break space ("41 371") and English and
// Chinese with a comma ("41,371"). Components get the locale from next-intl's useLocale() (client)
// or getLocale() (server) and pass it in; lib/ itself stays free of React and Next.
import { DEFAULT_LOCALE, type Locale } from "./i18n/locales";

/** The Intl tag of each app locale (the region picks the conventions a reader there expects). */
export const INTL_LOCALE: Record<Locale, string> = { en: "en-US", ru: "ru-RU", kk: "kk-KZ", zh: "zh-CN" };
/** Kazakhstan's one time zone (UTC+5 since March 2024): the planner's dates are local dates. */
export const APP_TIME_ZONE = "Asia/Almaty";

const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, fractionDigits: number): Intl.NumberFormat {
  const id = `${locale}:${fractionDigits}`;
  let f = formatters.get(id);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale] ?? INTL_LOCALE.en, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
    formatters.set(id, f);
  }
  return f;
}

/** The words the formatters put around numbers, per locale (the short unit names CLDR uses). */
const WORDS: Record<Locale, { percent: string; pp: string; km: string; min: string; hoursMinutes: string; noSite: string }> = {
  en: { percent: " %", pp: " pp", km: " km", min: " min", hoursMinutes: "{h} h {m} min", noSite: "no site" },
  ru: { percent: "\u00a0%", pp: "\u00a0п.\u00a0п.", km: "\u00a0км", min: "\u00a0мин", hoursMinutes: "{h}\u00a0ч {m}\u00a0мин", noSite: "нет точки" },
  kk: { percent: "\u00a0%", pp: "\u00a0п.\u00a0т.", km: "\u00a0км", min: "\u00a0мин", hoursMinutes: "{h}\u00a0сағ {m}\u00a0мин", noSite: "нүкте жоқ" },
  zh: { percent: "%", pp: "个百分点", km: "公里", min: "分钟", hoursMinutes: "{h}小时{m}分钟", noSite: "无网点" },
};
const words = (locale: Locale) => WORDS[locale] ?? WORDS.en;

const missing = (n: number | null | undefined): n is null | undefined => n === null || n === undefined || !Number.isFinite(n);

/** "12,345 vehicles"-style integer with thousands separators ("12 345" in ru/kk). */
export function formatInt(n: number | null | undefined, locale: Locale = DEFAULT_LOCALE): string {
  return missing(n) ? "–" : numberFormat(locale, 0).format(Math.round(n));
}

/** A number with a fixed count of decimals in the locale's way ("3.5", "3,5"). */
export function formatDecimal(n: number | null | undefined, fractionDigits: number, locale: Locale = DEFAULT_LOCALE): string {
  return missing(n) ? "–" : numberFormat(locale, fractionDigits).format(n);
}

/** A 0..1 share as a percentage with one decimal: "83.4 %" ("83,4 %" in ru). */
export function formatShare(share: number | null | undefined, locale: Locale = DEFAULT_LOCALE): string {
  return missing(share) ? "–" : `${numberFormat(locale, 1).format(share * 100)}${words(locale).percent}`;
}

/** A signed change of a share in percentage points: "+2.3 pp". */
export function formatShareDelta(delta: number | null | undefined, locale: Locale = DEFAULT_LOCALE): string {
  if (missing(delta)) return "–";
  const pp = delta * 100;
  return `${pp >= 0 ? "+" : "−"}${numberFormat(locale, 1).format(Math.abs(pp))}${words(locale).pp}`;
}

/** A signed relative change as a percentage with one decimal: "+5.6 %" ("−5,6 %" in ru). */
export function formatPercentDelta(share: number | null | undefined, locale: Locale = DEFAULT_LOCALE): string {
  if (missing(share)) return "–";
  return `${share >= 0 ? "+" : "−"}${numberFormat(locale, 1).format(Math.abs(share * 100))}${words(locale).percent}`;
}

/** A signed integer change: "+1,234". */
export function formatIntDelta(delta: number | null | undefined, locale: Locale = DEFAULT_LOCALE): string {
  if (missing(delta)) return "–";
  return `${delta >= 0 ? "+" : "−"}${numberFormat(locale, 0).format(Math.abs(Math.round(delta)))}`;
}

/** Travel in the view's unit: minutes as "2 h 05 min" (or "45 min"), km as "312 km"; "no site" when none. */
export function formatTravel(value: number | null | undefined, unit: "minutes" | "km", locale: Locale = DEFAULT_LOCALE): string {
  const w = words(locale);
  if (missing(value)) return w.noSite;
  if (unit === "km") return `${formatInt(value, locale)}${w.km}`;
  const total = Math.round(value);
  if (total < 60) return `${total}${w.min}`;
  return w.hoursMinutes.replace("{h}", formatInt(Math.floor(total / 60), locale)).replace("{m}", String(total % 60).padStart(2, "0"));
}

/** A date (and time, unless dateOnly) in the locale's way, in Kazakhstan's time: "Nov 29, 2026, 11:20 PM", "29 нояб. 2026 г., 23:20". */
export function formatDateTime(value: Date | string | number | null | undefined, locale: Locale = DEFAULT_LOCALE, dateOnly = false): string {
  if (value === null || value === undefined) return "–";
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return "–";
  return new Intl.DateTimeFormat(INTL_LOCALE[locale] ?? INTL_LOCALE.en, {
    dateStyle: "medium",
    ...(dateOnly ? {} : { timeStyle: "short" }),
    timeZone: APP_TIME_ZONE,
  }).format(date);
}
