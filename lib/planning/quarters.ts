/** The quarter a date falls in: "2026-Q4". */
export function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/** The quarter after the given one. */
export function nextQuarter(q: string): string {
  const [y, n] = q.split("-Q").map(Number);
  return n === 4 ? `${y + 1}-Q1` : `${y}-Q${n + 1}`;
}

/** Quarters from `from` to `to` inclusive ("2025-Q3" .. "2026-Q2"). */
export function quarterRange(from: string, to: string): string[] {
  const parse = (q: string) => {
    const [y, n] = q.split("-Q").map(Number);
    return y * 4 + (n - 1);
  };
  const out: string[] = [];
  for (let i = parse(from); i <= parse(to); i++) out.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  return out;
}

/** First and last quarter a planner can choose, for a planned opening and for "count openings until". */
export const PLANNING_QUARTERS = { first: "2024-Q1", last: "2030-Q4" } as const;

/** Every quarter of the planning range, in order: the one list the map, the report and the dealership form offer. */
export function planningQuarters(): string[] {
  return quarterRange(PLANNING_QUARTERS.first, PLANNING_QUARTERS.last);
}
