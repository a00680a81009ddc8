import type { MilpModel } from "./highs-runner";

/** Accumulates columns and CSR rows, then emits the typed arrays HiGHS takes. */
export class MilpBuilder {
  private readonly cost: number[] = [];
  private readonly lower: number[] = [];
  private readonly upper: number[] = [];
  private readonly integer: number[] = [];
  private readonly rowLo: number[] = [];
  private readonly rowUp: number[] = [];
  private readonly starts: number[] = [0];
  private readonly indices: number[] = [];
  private readonly values: number[] = [];

  get numCols(): number {
    return this.cost.length;
  }

  /** Adds a column; returns its index. */
  addCol(cost: number, lower: number, upper: number, integer: boolean): number {
    this.cost.push(cost);
    this.lower.push(lower);
    this.upper.push(upper);
    this.integer.push(integer ? 1 : 0);
    return this.cost.length - 1;
  }

  /** Adds lower <= Σ values[k] x[indices[k]] <= upper (indices must be distinct). */
  addRow(indices: ArrayLike<number>, values: ArrayLike<number>, lower: number, upper: number): void {
    for (let k = 0; k < indices.length; k++) {
      this.indices.push(indices[k]);
      this.values.push(values[k]);
    }
    this.starts.push(this.indices.length);
    this.rowLo.push(lower);
    this.rowUp.push(upper);
  }

  /** The finished model. */
  build(sense: "min" | "max"): MilpModel {
    return {
      sense,
      numCols: this.cost.length,
      numRows: this.rowLo.length,
      colCost: Float64Array.from(this.cost),
      colLower: Float64Array.from(this.lower),
      colUpper: Float64Array.from(this.upper),
      integrality: Int32Array.from(this.integer),
      rowLower: Float64Array.from(this.rowLo),
      rowUpper: Float64Array.from(this.rowUp),
      starts: Int32Array.from(this.starts),
      indices: Int32Array.from(this.indices),
      values: Float64Array.from(this.values),
    };
  }
}
