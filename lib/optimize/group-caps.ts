/** Candidates' group (e.g. region) per candidate (-1 = none) and the most sites each group may get. */
export interface GroupCaps {
  groupOf: ArrayLike<number>;
  groupCap: ArrayLike<number>;
}

/** True when opening candidate j keeps its group within its cap (`counts` = sites opened per group so far). */
export function groupsAllow(pb: GroupCaps, counts: Int32Array, j: number): boolean {
  const g = pb.groupOf[j];
  return g < 0 || counts[g] < pb.groupCap[g];
}
