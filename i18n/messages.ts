import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Locale } from "@/lib/i18n/locales";

/** A catalogue: namespace -> nested keys -> ICU message strings. */
export type Messages = { [key: string]: string | Messages };

/** Where the catalogues live: messages/<locale>/<namespace>.json (cwd is the project root for next and vitest). */
export const MESSAGES_DIR = path.join(process.cwd(), "messages");

const cache = new Map<Locale, Messages>();

/**
 * A locale's whole catalogue: every messages/<locale>/<namespace>.json file under its namespace
 * (common.json -> "common"). Reading the folder rather than a list of imports lets several people
 * add namespaces at once without touching a shared file. Read once per process in production;
 * re-read on each request in development so edited files show up without a restart.
 */
export function loadMessages(locale: Locale, dir: string = MESSAGES_DIR): Messages {
  const cached = process.env.NODE_ENV === "production" ? cache.get(locale) : undefined;
  if (cached) return cached;
  const messages: Messages = {};
  const folder = path.join(dir, locale);
  for (const file of readdirSync(folder).filter((f) => f.endsWith(".json")).sort()) {
    const namespace = file.slice(0, -".json".length);
    messages[namespace] = JSON.parse(readFileSync(path.join(folder, file), "utf8")) as Messages;
  }
  cache.set(locale, messages);
  return messages;
}

/** Every leaf key of a catalogue as a dotted path ("nav.home"). */
export function flattenKeys(messages: Messages, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : flattenKeys(value, `${prefix}${key}.`),
  );
}
