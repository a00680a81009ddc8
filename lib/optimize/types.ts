// Public types of the facility-location optimisers (issue "Site suggestions").

/**
 * mclp = maximal covering, pmedian = minimum weighted travel, lscp = fewest sites for a coverage target,
 * sales = maximum capture against competitors under a multinomial logit (Huff) choice.
 */
export type Objective = "mclp" | "pmedian" | "lscp" | "sales";

export type SolverKind = "greedy" | "exact";

export type ResultStatus = "optimal" | "time_limit" | "heuristic" | "infeasible";

/** A dense instance: every demand point against every candidate site. */
export interface Instance {
  demandIds: string[];
  /** Demand weight, e.g. vehicles in the catchment. Non-negative. */
  weights: Float64Array | number[];
  candidateIds: string[];
  /** Existing sites: always open, never counted towards p. */
  fixed: boolean[];
  /**
   * Demand-major travel matrix: costs[i * nCand + j] = minutes or km from demand i to
   * candidate j. Infinity = unreachable.
   */
  costs: Float64Array;
  /** sales: demand-major travel to each competing facility (nDemand × nCompetitors); Infinity = unreachable */
  competitorCosts?: Float64Array;
  /** sales: attractiveness per candidate (default 1); utility = log(attractiveness) − lambda × cost */
  attractiveness?: number[];
  /** sales: attractiveness per competing facility (default 1) */
  competitorAttractiveness?: number[];
}

/**
 * Candidate-major sparse coverage (CSR): the demand indices within the threshold of
 * candidate j are demand[start[j]] .. demand[start[j + 1] - 1].
 */
export interface SparseCoverage {
  start: Int32Array;
  demand: Int32Array;
}

/** A coverage-only instance, for MCLP/LSCP at sizes where a dense matrix would not fit. */
export interface CoverageInstance {
  demandIds: string[];
  weights: Float64Array | number[];
  candidateIds: string[];
  fixed: boolean[];
  coverage: SparseCoverage;
}

/** Business constraints shared by all objectives. */
export interface OptimizeConstraints {
  /** Candidates that may not be opened (must be non-fixed ids of the instance). */
  excludeCandidateIds?: string[];
  /**
   * Minimum demand weight a site must reach on its own to be worth opening; weaker
   * candidates are dropped. "Reach" = within threshold (MCLP/LSCP, and p-median when a
   * threshold is given) or any finite cost (p-median without threshold).
   */
  minGain?: number;
  /** Group label per candidate (parallel to candidateIds), e.g. the oblast; "" = ungrouped. */
  candidateGroups?: string[];
  /** At most this many NEW sites per group (existing fixed sites do not count). */
  maxPerGroup?: number | Record<string, number>;
}

export interface OptimizeOptions extends OptimizeConstraints {
  objective: Objective;
  /** Number of new sites (MCLP, p-median). Fewer are returned when extra sites add nothing. */
  p?: number;
  /** Coverage radius in the cost unit (MCLP, LSCP; optional for p-median's minGain). Inclusive. */
  threshold?: number;
  /** LSCP: required share of total demand weight within threshold, in (0, 1]. Default 0.9. */
  target?: number;
  /** Default "greedy". */
  solver?: SolverKind;
  /** sales: the utility's cost coefficient (per cost unit), ≥ 0; required for sales. */
  lambda?: number;
  /** Exact solver wall-clock limit in seconds. Default 60. */
  timeLimitSec?: number;
  /** Relative MIP gap at which HiGHS may stop. Default 0 (prove optimality). */
  mipRelGap?: number;
  /**
   * p-median: cost charged for demand with no reachable open site. Default: twice the
   * largest finite cost, so serving at the worst real trip always beats leaving it unserved.
   */
  unreachableCost?: number;
  /** Aborts an exact solve (terminates the worker); the heuristic answer is returned. */
  signal?: AbortSignal;
  /** Overrides where the HiGHS worker script is loaded from (see docs/optimize.md). */
  workerPath?: string;
}

export interface OptimizeStep {
  candidateId: string;
  /** MCLP/LSCP: demand weight newly covered; p-median: reduction of weighted cost. */
  marginalGain: number;
  /**
   * MCLP/LSCP: demand newly within threshold at this step; p-median: demand whose nearest
   * open site became this one.
   */
  coveredDemandIds: string[];
  /** Objective value after this step (covered weight, or weighted cost for p-median). */
  objectiveAfter: number;
  /** sales: where this site's expected sales come from, given the sites before it */
  sales?: { expectedSales: number; newBuyers: number; fromCompetitors: number; fromOwn: number };
}

export interface OptimizeResult {
  /** New (non-fixed) candidate ids, in greedy order of marginal gain. */
  selected: string[];
  /** MCLP: covered weight; p-median: Σ weight × cost; LSCP: number of new sites; sales: captured weight. */
  objective: number;
  /**
   * Proven bound on the objective (upper for MCLP, lower for p-median/LSCP). Exact solves
   * report HiGHS's bound; greedy MCLP reports the submodular online bound; otherwise null.
   */
  bound: number | null;
  /** |bound - objective| / |objective|; null when no bound is known. */
  gap: number | null;
  /** Wall-clock milliseconds of the whole call. */
  ms: number;
  solver: SolverKind;
  status: ResultStatus;
  steps: OptimizeStep[];
  /** MCLP/LSCP: covered share of total demand weight; sales: captured share; 0..1. */
  coveredShare?: number;
  /** LSCP when infeasible: the largest share reachable with all allowed sites. */
  maxAchievableShare?: number;
}
