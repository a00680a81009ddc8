// Stand-in for the 'server-only' guard under vitest, where no React Server Component bundler runs.
export {};
