// Lint: Next's recommended rules, typescript-eslint, and the layer rule of docs/architecture.md
// (data flows db -> lib -> app -> components; only components/map/ touches Leaflet).
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { layerRules } from "./eslint.layers.mjs";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".next-*/**", "node_modules/**", "reports/**", "test-results/**", "playwright-report/**", "data/**", "db/migrations/**", "next-env.d.ts"]),
  {
    rules: {
      // unused code is dead code: an error, except the `_name` convention for deliberately ignored values
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  ...layerRules,
]);
