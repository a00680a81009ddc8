import { createTranslator } from "next-intl";
import { loadMessages } from "@/i18n/messages";
import type { Locale } from "@/lib/i18n/locales";

/**
 * A translator of one catalogue namespace for a route handler's answer (CSV and GeoJSON cell values),
 * from the same messages as the pages but without next-intl's request scope, so the handler runs the
 * same under `next start` and in the route tests. Bind its keys with the scanner's comment
 * (`// i18n-translator: t <namespace>`) in the calling file.
 */
export function translatorFor(locale: Locale, namespace: string): (key: string, values?: Record<string, string | number>) => string {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: namespace as never });
  return (key, values) => (t as unknown as (k: string, v?: Record<string, string | number>) => string)(key, values);
}
