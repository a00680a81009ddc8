// Hand-worked instances shared by the tests. Cost 5 = within the threshold of 10, 50 = not.
import type { Instance } from "../types";

const IN = 5;
const OUT = 50;

/**
 * Demand a(4) b(3) c(3) d(2) e(2) f(1), total 15. Existing site F covers f.
 * A covers b,c,d (8); B covers a,b (7); C covers c,d,e (7); D covers e,f (3, but f is
 * already covered). Greedy p=2 takes A (8) then B (+4 for a) = 13 with f; the optimum is
 * B + C = everything = 15.
 */
export function trapInstance(): Instance {
  const demandIds = ["a", "b", "c", "d", "e", "f"];
  const candidateIds = ["F", "A", "B", "C", "D"];
  const covers: Record<string, string[]> = { F: ["f"], A: ["b", "c", "d"], B: ["a", "b"], C: ["c", "d", "e"], D: ["e", "f"] };
  const costs = new Float64Array(demandIds.length * candidateIds.length);
  demandIds.forEach((d, i) => candidateIds.forEach((c, j) => (costs[i * candidateIds.length + j] = covers[c].includes(d) ? IN : OUT)));
  return { demandIds, weights: [4, 3, 3, 2, 2, 1], candidateIds, fixed: [true, false, false, false, false], costs };
}

/**
 * p-median on a line: demand at km 0 (w 10), 5 (w 1), 10 (w 10); candidates at 0, 5, 10.
 * Greedy opens 5 first (cost 50+0+50 = 100 beats 0+5+100 = 105), then 0 (cost 50): a
 * local trap. Swapping 5 for 10 gives the optimum {0, 10}: 0 + 1×5 + 0 = 5.
 */
export function lineInstance(): Instance {
  const pos = [0, 5, 10];
  const costs = new Float64Array(9);
  pos.forEach((d, i) => pos.forEach((c, j) => (costs[i * 3 + j] = Math.abs(d - c))));
  return { demandIds: ["w", "mid", "e"], weights: [10, 1, 10], candidateIds: ["at0", "at5", "at10"], fixed: [false, false, false], costs };
}
