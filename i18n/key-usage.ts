import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * Which catalogue keys the source uses, read from the code itself so the catalogue test can tell a
 * forgotten key from an unused one. The convention it relies on (README "Languages"):
 * - a translator is bound in the file that calls it:
 *   `const t = useTranslations("ns")` or `const t = await getTranslations("ns")`
 *   (or `getTranslations({ locale, namespace: "ns" })`);
 * - its keys are string literals: `t("key")`, `t.rich("key", …)`;
 * - a key chosen at run time is a template literal with a literal prefix, `t(\`status.${s}\`)`:
 *   every key under "ns.status." then counts as used.
 * - a translator received as a parameter (a helper shared by a hook and a server function) is
 *   declared with a comment in that file: `// i18n-translator: t network`.
 * Anything else (`t(variable)`) is reported, so the check stays exact.
 */
export interface KeyUsage {
  /** full keys ("nav.home") used literally */
  keys: Set<string>;
  /** prefixes ("dealerships.status.") of keys chosen at run time */
  prefixes: Set<string>;
  /** calls whose key could not be read: "file:line t(...)" */
  unreadable: string[];
}

const SOURCE_DIRS = ["app", "components", "lib", "i18n"];
const BINDING =
  /(?:const|let)\s+(\w+)\s*=\s*(?:await\s+)?(?:useTranslations|getTranslations)\(\s*(?:"([^"]*)"|'([^']*)'|\{[^}]*?namespace:\s*["']([^"']*)["'][^}]*\})?\s*\)/g;

function sourceFiles(root: string, dir: string): string[] {
  const full = path.join(root, dir);
  let entries;
  try {
    entries = readdirSync(full, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : sourceFiles(root, rel);
    // the scanner itself quotes example calls in its comments
    if (rel === path.join("i18n", "key-usage.ts")) return [];
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

/** The keys one file's source uses (exported for the test of the scanner itself). */
const DECLARED = /\/\/ i18n-translator: (\w+) ([\w.]+)/g;

export function usageInSource(source: string, file: string, into: KeyUsage): void {
  const bindings = [
    ...[...source.matchAll(BINDING)].map((b) => ({ name: b[1], ns: b[2] ?? b[3] ?? b[4] ?? "", at: b.index })),
    ...[...source.matchAll(DECLARED)].map((d) => ({ name: d[1], ns: d[2], at: d.index })),
  ].sort((a, b) => a.at - b.at);
  for (const name of new Set(bindings.map((b) => b.name))) {
    const mine = bindings.filter((b) => b.name === name);
    const call = new RegExp(`(?<![\\w.$])${name}(?:\\.(?:rich|markup|raw|has))?\\(\\s*([^)\\s][^,)]*)`, "g");
    for (const m of source.matchAll(call)) {
      // a call belongs to the nearest binding of that name above it (one file may bind `t` in
      // generateMetadata to "nav" and in the page to "dealerships")
      const binding = mine.filter((b) => b.at < m.index).at(-1);
      if (!binding) continue;
      const prefix = binding.ns ? `${binding.ns}.` : "";
      const arg = m[1].trim();
      const literal = /^(["'])([^"'`]*)\1$/.exec(arg) ?? /^`([^`$]*)`$/.exec(arg);
      const template = /^`([^`$]*)\$\{/.exec(arg);
      if (literal) into.keys.add(prefix + (literal[2] ?? literal[1]));
      else if (template) into.prefixes.add(prefix + template[1]);
      else into.unreadable.push(`${file}:${source.slice(0, m.index).split("\n").length} ${m[0]}`);
    }
  }
}

/** Every key the app's source uses (app/, components/, lib/, i18n/; tests excluded). */
export function keyUsage(root: string = process.cwd()): KeyUsage {
  const usage: KeyUsage = { keys: new Set(), prefixes: new Set(), unreadable: [] };
  for (const file of SOURCE_DIRS.flatMap((d) => sourceFiles(root, d))) {
    usageInSource(readFileSync(path.join(root, file), "utf8"), file, usage);
  }
  return usage;
}

export function isUsed(key: string, usage: KeyUsage): boolean {
  if (usage.keys.has(key)) return true;
  for (const p of usage.prefixes) if (key.startsWith(p)) return true;
  return false;
}
