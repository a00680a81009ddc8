// The import-boundary rule: docs/architecture.md's "folders and what each may touch", as lint.
// Data flows db/ -> lib/ -> app/ -> components/, so a folder never imports from a layer above it.
// ESLint applies the last matching config object's options for a rule, so each folder's entry lists
// everything it may not import (the Leaflet ban included), and components/map/ comes after components/.

/** A regex matching an import of the top-level folder `name`, through the `@/` alias or by climbing `../`. */
function folder(name) {
  return `^(@/|(\\.\\./)+)${name}(/|$)`;
}

const leaflet = {
  regex: "^(leaflet|react-leaflet|@react-leaflet/.*)(/|$)",
  message: "Leaflet is imported only inside components/map/ (it needs the browser; the map is loaded with next/dynamic).",
};

const fromLayer = (name, why) => ({ regex: folder(name), message: why });

const libMessage = "lib/ is pure domain logic: it imports only lib/ and small libraries, never db/, app/, components/, Next or React.";

export const layerRules = [
  {
    files: ["**/*.{ts,tsx,js,jsx,mjs,cjs}"],
    rules: { "no-restricted-imports": ["error", { patterns: [leaflet] }] },
  },
  {
    files: ["lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            leaflet,
            fromLayer("db", libMessage),
            fromLayer("app", libMessage),
            fromLayer("components", libMessage),
            { regex: "^(next|react|react-dom|server-only|better-sqlite3|drizzle-orm)(/|$)", message: libMessage },
          ],
        },
      ],
    },
  },
  {
    files: ["db/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            leaflet,
            fromLayer("app", "db/ serves app/: it never imports from app/."),
            fromLayer("components", "db/ never imports UI from components/."),
          ],
        },
      ],
    },
  },
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [leaflet, fromLayer("app", "components/ never imports from app/: the page passes server actions and route helpers in as props.")] },
      ],
    },
  },
  {
    files: ["components/map/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [fromLayer("app", "components/ never imports from app/: the page passes server actions and route helpers in as props.")] },
      ],
    },
  },
];
