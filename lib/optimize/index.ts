// Facility-location optimisers for "Site suggestions": MCLP, p-median, LSCP; greedy and exact (HiGHS).
export type {
  CoverageInstance,
  Instance,
  Objective,
  OptimizeConstraints,
  OptimizeOptions,
  OptimizeResult,
  OptimizeStep,
  ResultStatus,
  SolverKind,
  SparseCoverage,
} from "./types";
export { OptimizeInputError, OptimizeSolverError } from "./errors";
export { optimize, optimizeCoverage, optimizeCoverageGreedy, optimizeGreedy, type CoverageOptions } from "./optimize";
export { coverageFromCosts } from "./coverage";
export { haversineKm, pointDistance, sparseCoverageFromCoordinates, type Metric, type PointSet } from "./coverage-geo";
export { parseInstanceFile, parseInstanceText, type ParsedInstanceFile } from "./instance-schema";
export { resolveWorkerPath } from "./highs-runner";
