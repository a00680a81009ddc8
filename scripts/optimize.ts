// `npm run optimize -- --input <file.json> [--objective mclp|pmedian|lscp|sales] [--p N] [--threshold T]
//   [--target 0.9] [--lambda L] [--solver greedy|exact] [--time-limit S] [--steps]`
// Prints {selected, objective, bound, gap, ms, status, solver} as JSON on stdout (plus the
// per-site steps with --steps). Invalid input: one "field: message" line on stderr, exit 2.
// File format: docs/optimize.md.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { OptimizeInputError, optimize, parseInstanceText, type OptimizeOptions } from "@/lib/optimize";

const USAGE = "usage: npm run optimize -- --input <file.json> [--objective mclp|pmedian|lscp|sales] [--p N] [--threshold T] [--target 0.9] [--lambda L] [--solver greedy|exact] [--time-limit S] [--steps]";

function numberArg(value: string | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n)) throw new OptimizeInputError(field, `expected a number, got "${value}"`);
  return n;
}

/** Parses argv, reads and validates the file, and merges CLI flags over file parameters. */
export function cliOptions(argv: string[]): { options: OptimizeOptions; instanceText: string; steps: boolean } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        input: { type: "string" },
        objective: { type: "string" },
        p: { type: "string" },
        threshold: { type: "string" },
        target: { type: "string" },
        lambda: { type: "string" },
        solver: { type: "string" },
        "time-limit": { type: "string" },
        steps: { type: "boolean" },
      },
      strict: true,
    }));
  } catch (e) {
    throw new OptimizeInputError("arguments", `${(e as Error).message}\n${USAGE}`);
  }
  if (!values.input) throw new OptimizeInputError("--input", `required\n${USAGE}`);
  let instanceText: string;
  try {
    instanceText = readFileSync(values.input, "utf8");
  } catch (e) {
    throw new OptimizeInputError("--input", `cannot read ${values.input} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const partial: Partial<OptimizeOptions> = {};
  if (values.objective !== undefined) partial.objective = values.objective as OptimizeOptions["objective"];
  if (values.solver !== undefined) partial.solver = values.solver as OptimizeOptions["solver"];
  const p = numberArg(values.p, "--p");
  const threshold = numberArg(values.threshold, "--threshold");
  const target = numberArg(values.target, "--target");
  const timeLimitSec = numberArg(values["time-limit"], "--time-limit");
  const lambda = numberArg(values.lambda, "--lambda");
  if (lambda !== undefined) partial.lambda = lambda;
  if (p !== undefined) partial.p = p;
  if (threshold !== undefined) partial.threshold = threshold;
  if (target !== undefined) partial.target = target;
  if (timeLimitSec !== undefined) partial.timeLimitSec = timeLimitSec;
  return { options: partial as OptimizeOptions, instanceText, steps: values.steps ?? false };
}

/** Runs the CLI; resolves to the process exit code (0 ok, 2 invalid input, 1 solver failure). */
export async function main(argv: string[]): Promise<number> {
  try {
    const { options: flags, instanceText, steps } = cliOptions(argv);
    const { instance, options: fromFile } = parseInstanceText(instanceText);
    const options = { ...fromFile, ...flags } as OptimizeOptions;
    if (options.objective === undefined) throw new OptimizeInputError("objective", "give --objective or \"objective\" in the file");
    const r = await optimize(instance, options);
    const out: Record<string, unknown> = { selected: r.selected, objective: r.objective, bound: r.bound, gap: r.gap, ms: Math.round(r.ms * 10) / 10, status: r.status, solver: r.solver };
    if (r.coveredShare !== undefined) out.coveredShare = r.coveredShare;
    if (r.maxAchievableShare !== undefined) out.maxAchievableShare = r.maxAchievableShare;
    if (steps) out.steps = r.steps;
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  } catch (e) {
    if (e instanceof OptimizeInputError) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    process.stderr.write(`optimize failed: ${(e as Error).stack ?? e}\n`);
    return 1;
  }
}

if (/optimize\.ts$/.test(process.argv[1] ?? "")) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
