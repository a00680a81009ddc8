// Import parse worker. Plain .mjs so it starts the same under node, tsx, vitest and a built Next.js
// server; it loads the pure TypeScript parsers (lib/import/parse-job.ts) through tsx's loader.
// Protocol: { id, job } in; { id, ok, result | error } out.
import { parentPort } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const jobModule = tsImport("./parse-job.ts", import.meta.url);

parentPort.on("message", async ({ id, job }) => {
  try {
    const { runParseJob } = await jobModule;
    parentPort.postMessage({ id, ok: true, result: runParseJob(job) });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, error: String(error?.message ?? error) });
  }
});
