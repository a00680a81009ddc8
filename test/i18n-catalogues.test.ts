import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { flattenKeys, loadMessages, type Messages } from "@/i18n/messages";
import { isUsed, keyUsage, usageInSource, type KeyUsage } from "@/i18n/key-usage";
import { LOCALES } from "@/lib/i18n/locales";

// The catalogues (messages/<locale>/<namespace>.json) against each other and against the code.
const catalogues = Object.fromEntries(LOCALES.map((l) => [l, loadMessages(l)])) as Record<(typeof LOCALES)[number], Messages>;
const keysOf = Object.fromEntries(LOCALES.map((l) => [l, new Set(flattenKeys(catalogues[l]))]));
const allKeys = [...new Set(LOCALES.flatMap((l) => [...keysOf[l]]))].sort();
const usage = keyUsage();

function message(messages: Messages, key: string): string {
  return key.split(".").reduce<Messages | string>((node, part) => (node as Messages)[part], messages) as string;
}

/**
 * The argument names an ICU message uses ({name}, tags, plural/select arguments), sorted; a plural's
 * argument is left out, since Chinese and Kazakh need no plural where English and Russian do.
 */
function argumentsOf(text: string, locale: string): { names: string[]; plurals: string[] } {
  const names = new Set<string>();
  const plurals = new Set<string>();
  const walk = (nodes: ReturnType<IntlMessageFormat["getAst"]>) => {
    for (const n of nodes) {
      if (n.type === 6) plurals.add(n.value);
      else if ("value" in n && typeof n.value === "string" && n.type !== 0) names.add(n.value);
      if ("options" in n) for (const o of Object.values(n.options)) walk(o.value);
      if ("children" in n) walk(n.children);
    }
  };
  walk(new IntlMessageFormat(text, locale).getAst());
  return { names: [...names].sort(), plurals: [...plurals] };
}

describe("message catalogues", () => {
  it("has a key in every locale as soon as one locale has it", () => {
    const missing = LOCALES.flatMap((l) => allKeys.filter((k) => !keysOf[l].has(k)).map((k) => `${l}: ${k}`));
    expect(missing).toEqual([]);
  });

  it("has no key that no code uses", () => {
    expect(allKeys.filter((k) => !isUsed(k, usage))).toEqual([]);
  });

  it("has every key the code asks for", () => {
    expect([...usage.keys].filter((k) => !keysOf.en.has(k)).sort()).toEqual([]);
    expect([...usage.prefixes].filter((p) => !allKeys.some((k) => k.startsWith(p)))).toEqual([]);
  });

  it("is only asked for keys written in the code (literals or literal prefixes)", () => {
    expect(usage.unreadable).toEqual([]);
  });

  it("holds valid ICU messages with the same arguments in every locale (plural counts aside)", () => {
    const problems: string[] = [];
    for (const key of allKeys) {
      const parsed: Partial<Record<string, { names: string[]; plurals: string[] }>> = {};
      for (const l of LOCALES) {
        try {
          parsed[l] = argumentsOf(message(catalogues[l], key), l);
        } catch (e) {
          problems.push(`${l}: ${key}: ${(e as Error).message}`);
        }
      }
      const plurals = new Set(Object.values(parsed).flatMap((p) => p!.plurals));
      const args = (l: string) => (parsed[l]?.names ?? []).filter((n) => !plurals.has(n)).join(", ");
      for (const l of LOCALES) {
        if (parsed[l] && parsed.en && args(l) !== args("en")) problems.push(`${l}: ${key} uses {${args(l)}}, en uses {${args("en")}}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("the key scanner", () => {
  const scan = (source: string): KeyUsage => {
    const u: KeyUsage = { keys: new Set(), prefixes: new Set(), unreadable: [] };
    usageInSource(source, "x.tsx", u);
    return u;
  };

  it("reads literal keys, prefixes of run-time keys and flags the rest", () => {
    const u = scan(`
      const t = useTranslations("nav");
      const tc = await getTranslations({ locale, namespace: "common" });
      t("home"); t.rich('map', {}); tc(\`status.\${s}\`); format(x); t(label);
      // i18n-translator: tx admin
      tx("title");`);
    expect([...u.keys].sort()).toEqual(["admin.title", "nav.home", "nav.map"]);
    expect([...u.prefixes]).toEqual(["common.status."]);
    expect(u.unreadable).toEqual(["x.tsx:4 t(label"]);
  });

  it("gives each call to the nearest binding of its name above it", () => {
    const u = scan(`
      export async function generateMetadata() { const t = await getTranslations("nav"); return t("users"); }
      export default async function Page() { const t = await getTranslations("admin"); return t("title"); }`);
    expect([...u.keys].sort()).toEqual(["admin.title", "nav.users"]);
  });
});

describe("Russian plurals", () => {
  it("has three forms through ICU (1 дилер, 2 дилера, 5 дилеров)", () => {
    const f = new IntlMessageFormat("{count, plural, one {# дилер} few {# дилера} many {# дилеров} other {# дилера}}", "ru");
    expect([1, 2, 5, 21].map((count) => f.format({ count }))).toEqual(["1 дилер", "2 дилера", "5 дилеров", "21 дилер"]);
  });
});
