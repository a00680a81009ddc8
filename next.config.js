// next-intl's plugin points next-intl at i18n/request.ts (the per-request language and catalogue)
// eslint-disable-next-line @typescript-eslint/no-require-imports -- this config file is CommonJS (module.exports)
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // native addon: load it from node_modules at run time instead of bundling it
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // separate build folders let several checkouts/engineers run their own e2e builds side by side
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // local escape hatch while several engineers' half-finished files share one tree; CI never sets it
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === "1" },
};

module.exports = withNextIntl(nextConfig);
