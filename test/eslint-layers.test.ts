// The layer rule (eslint.layers.mjs) fires through the project's real ESLint config: each case lints
// one import line as if it were written in the named file.
import { ESLint } from "eslint";
import path from "node:path";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: path.resolve(__dirname, "..") });

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath });
  expect(result.messages.filter((m) => m.fatal)).toEqual([]);
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("import-boundary lint rule", () => {
  it("refuses db/, app/, components/, Next and React in lib/, by alias or by climbing ../", async () => {
    for (const code of [
      'import x from "@/db/client";',
      'import { x } from "@/db/queries/coverage";',
      'import type { x } from "@/db/schema";',
      'import x from "../../db/schema";',
      'import { x } from "@/app/map/actions";',
      'import { x } from "@/components/map";',
      'import { x } from "next/navigation";',
      'import x from "react";',
      'import x from "better-sqlite3";',
      'export { x } from "@/db/client";',
    ]) {
      const messages = await restricted("lib/coverage/example.ts", code);
      expect(messages, code).toHaveLength(1);
      expect(messages[0]).toContain("lib/ is pure domain logic");
    }
  });

  it("lets lib/ import lib/ and small libraries", async () => {
    for (const code of ['import { x } from "@/lib/format";', 'import { x } from "../roads/graph";', 'import x from "zod";', 'import x from "@turf/distance";']) {
      expect(await restricted("lib/coverage/example.ts", code), code).toEqual([]);
    }
  });

  it("refuses app/ in components/ and db/, and UI in db/", async () => {
    expect(await restricted("components/planner/example.tsx", 'import { x } from "@/app/map/actions";')).toHaveLength(1);
    expect(await restricted("components/registry/example.tsx", 'import { x } from "../../app/dealerships/actions";')).toHaveLength(1);
    expect(await restricted("db/queries/example.ts", 'import { x } from "@/app/_lib/run-action";')).toHaveLength(1);
    expect(await restricted("db/queries/example.ts", 'import { x } from "@/components/map";')).toHaveLength(1);
    // the allowed directions
    expect(await restricted("components/planner/example.tsx", 'import { x } from "@/lib/format";')).toEqual([]);
    expect(await restricted("db/queries/example.ts", 'import { x } from "@/lib/network/statuses";')).toEqual([]);
    expect(await restricted("app/map/example.tsx", 'import { x } from "@/components/map";')).toEqual([]);
  });

  it("keeps Leaflet inside components/map/", async () => {
    for (const file of ["components/planner/example.tsx", "app/map/example.tsx", "lib/map/example.ts"]) {
      expect(await restricted(file, 'import x from "leaflet";'), file).toHaveLength(1);
      expect(await restricted(file, 'import { x } from "react-leaflet";'), file).toHaveLength(1);
    }
    expect(await restricted("components/map/example.tsx", 'import x from "leaflet";')).toEqual([]);
    expect(await restricted("components/map/example.tsx", 'import { x } from "react-leaflet";')).toEqual([]);
    expect(await restricted("components/map/example.tsx", 'import { x } from "@/app/map/actions";')).toHaveLength(1);
  });
});
