/** Invalid instance or option; `field` names the offending input, e.g. "weights[3]" or "p". */
export class OptimizeInputError extends Error {
  readonly field: string;

  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = "OptimizeInputError";
    this.field = field;
  }
}

/** HiGHS or its worker failed in a way that is not an input problem (crash, load error). */
export class OptimizeSolverError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OptimizeSolverError";
  }
}
