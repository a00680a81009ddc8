/** @type {import('next').NextConfig} */
const nextConfig = {
  // native addon: load it from node_modules at run time instead of bundling it
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
};

module.exports = nextConfig;
