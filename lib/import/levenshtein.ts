/** Edit distance (insertions, deletions, substitutions) between two strings. */
export function levenshtein(a: string, b: string): number {
  return boundedLevenshtein(a, b, Infinity);
}

/**
 * Edit distance between a and b, or `max + 1` as soon as it is certain to exceed `max`: the length
 * difference alone rules most candidates out, and a row whose minimum passes `max` stops the scan.
 */
export function boundedLevenshtein(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Array<number>(b.length + 1);
  let row = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, row] = [row, prev];
  }
  return prev[b.length];
}

/** Longest query compared for "did you mean": a longer cell is no typo of a city or brand name. */
export const MAX_SUGGEST_QUERY_CHARS = 64;

/**
 * The candidates closest to `query` (by edit distance on normalised keys), best first, at most
 * `limit`, and only those within a distance that still looks like a typo (a third of the length, min 2).
 * Bounded: queries over MAX_SUGGEST_QUERY_CHARS get no suggestions, and each comparison stops once
 * it exceeds the allowed distance, so a hostile file cannot make this quadratic in its cell sizes.
 */
export function closestNames(
  query: string,
  candidates: readonly { key: string; label: string }[],
  limit = 3,
): string[] {
  if (query.length > MAX_SUGGEST_QUERY_CHARS) return [];
  const maxDistance = Math.max(2, Math.ceil(query.length / 3));
  const scored = new Map<string, number>();
  for (const c of candidates) {
    const d = boundedLevenshtein(query, c.key, maxDistance);
    if (d > maxDistance) continue;
    const best = scored.get(c.label);
    if (best === undefined || d < best) scored.set(c.label, d);
  }
  return [...scored.entries()]
    .sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]))
    .slice(0, limit)
    .map(([label]) => label);
}
