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

module.exports = nextConfig;
