/**
 * Every user-facing error message, keyed by a message key: the error code itself, or
 * "<code>.<case>" for a more specific wording. Placeholders are written {name} and filled from the
 * error's params. One table per locale (messages-ru.ts, ...) with the same keys; a placeholder such
 * as {detail} carries text made elsewhere (a field's own message), which stays as it was written.
 */
import type { Locale } from "../i18n/locales";
import { KK } from "./messages-kk";
import { RU } from "./messages-ru";
import { ZH } from "./messages-zh";

export const EN = {
  invalid_field: "{detail}",
  "invalid_field.input": "Invalid {what}: {field}: {first}",
  "invalid_field.body_not_json": "The request body must be JSON.",
  "invalid_field.path": "The address contains a malformed escape sequence (such as %ff).",
  invalid_rows: "{rows} rows have problems; nothing was imported. Fix them and check again.",
  "invalid_rows.one": "1 row has a problem; nothing was imported. Fix it and check again.",
  invalid_file: "{detail} Nothing was imported.",
  unauthorized: "Sign in to do this.",
  forbidden: "You may not do this.",
  "forbidden.role": "This needs the {role} role.",
  "forbidden.origin": "Cross-site request refused: changes must come from the planner's own pages.",
  not_found: "Not found.",
  "not_found.detail": "{detail}",
  "not_found.dealership": "Dealership {id} does not exist",
  "not_found.brand": 'Unknown brand "{brand}"',
  conflict: "{detail}",
  "conflict.dealership_name": 'A site of this brand named "{name}" already exists in this city',
  too_large: "The request body is over the {limit} limit.",
  "too_large.import": "The file is over the 5 MB limit; imports are limited to 5 MB. Split it into smaller files. Nothing was imported.",
  "too_large.rows": "{detail} Nothing was imported.",
  unsupported_media_type: "Send the body with Content-Type {expected}.",
  rate_limited: "Too many requests; try again in {seconds} s.",
  "rate_limited.sign_in": "Too many failed sign-ins; try again in {seconds} s.",
  "rate_limited.solver": "The optimiser is busy with other requests; try again in a few seconds.",
  solver_failed: "The optimiser failed on this request; try the greedy solver or a shorter time limit.",
  unavailable: "The database is not ready yet; try again shortly.",
  internal: "Something went wrong on the server; nothing was changed.",
} as const;

export type MessageKey = keyof typeof EN;
export type MessageTable = Record<MessageKey, string>;
export type MessageParams = Record<string, string | number>;

export { LOCALES as SUPPORTED_LOCALES, type Locale } from "../i18n/locales";

// every locale's table has every key (the type says so), so an API error never falls back silently
const TABLES: Record<Locale, Record<MessageKey, string>> = { en: EN, ru: RU, kk: KK, zh: ZH };

/** The message for a key in a locale, placeholders filled. */
export function formatMessage(key: MessageKey, params: MessageParams = {}, locale: Locale = "en"): string {
  const template = (TABLES[locale] ?? EN)[key] ?? EN[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
