/** @type {import('next').NextConfig} */
const nextConfig = {
  // native addon: load it from node_modules at run time instead of bundling it
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  // separate build folders let several checkouts/engineers run their own e2e builds side by side
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

module.exports = nextConfig;
