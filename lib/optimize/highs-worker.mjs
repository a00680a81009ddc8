// HiGHS (WebAssembly) solve worker. Plain .mjs on purpose: it runs unchanged under node,
// tsx, vitest and a Next.js server without any TypeScript loader in the worker thread.
// Protocol: { id, model, options, start? } in; { id, ok, result | error } out.
import { parentPort } from "node:worker_threads";
import loadHighs from "highs";

// HIGHS_LOG=1 shows the solver log; stderr, because the CLI's stdout must stay pure JSON.
const LOG = Boolean(process.env.HIGHS_LOG);
const toStderr = (line) => process.stderr.write(`${line}\n`);
const runtime = loadHighs(LOG ? { print: toStderr, printErr: toStderr } : {});

function solve(highs, model, options, start) {
  const handle = highs.createModel({
    numCols: model.numCols,
    numRows: model.numRows,
    sense: model.sense === "max" ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize,
    offset: 0,
    colCost: model.colCost,
    colLower: model.colLower,
    colUpper: model.colUpper,
    rowLower: model.rowLower,
    rowUpper: model.rowUpper,
    matrix: { format: "csr", numRows: model.numRows, numCols: model.numCols, starts: model.starts, indices: model.indices, values: model.values },
    integrality: model.integrality,
  });
  try {
    handle.options.set({ output_flag: LOG, time_limit: options.timeLimitSec, mip_rel_gap: options.mipRelGap });
    let warmStart = false;
    if (start) {
      try {
        handle.setSolution({ colValue: start });
        warmStart = true;
      } catch {
        // an unusable start only costs time; HiGHS finds its own incumbent
      }
    }
    const t0 = performance.now();
    handle.run();
    const runMs = performance.now() - t0;
    const statusCode = handle.getModelStatus();
    const hasSolution = Number(handle.info.get("primal_solution_status")) === 2;
    const info = (name) => {
      try {
        const v = Number(handle.info.get(name));
        return Number.isFinite(v) ? v : null;
      } catch {
        return null;
      }
    };
    return {
      statusCode,
      hasSolution,
      objective: hasSolution ? handle.getObjectiveValue() : null,
      dualBound: info("mip_dual_bound"),
      nodes: info("mip_node_count"),
      colValue: hasSolution ? handle.getSolution().colValue : null,
      runMs,
      warmStart,
    };
  } finally {
    handle.dispose();
  }
}

parentPort.on("message", async (msg) => {
  try {
    const highs = await runtime;
    const result = solve(highs, msg.model, msg.options, msg.start);
    parentPort.postMessage({ id: msg.id, ok: true, result }, result.colValue ? [result.colValue.buffer] : []);
  } catch (error) {
    parentPort.postMessage({ id: msg.id, ok: false, error: String(error && error.stack ? error.stack : error) });
  }
});
