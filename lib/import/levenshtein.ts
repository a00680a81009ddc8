/** Edit distance (insertions, deletions, substitutions) between two strings. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  // one rolling row keeps memory at O(|b|); names are short, so this is plenty fast
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
    }
    prev = row;
  }
  return prev[b.length];
}

/**
 * The candidates closest to `query` (by edit distance on normalised keys), best first, at most
 * `limit`, and only those within a distance that still looks like a typo (a third of the length, min 2).
 */
export function closestNames(
  query: string,
  candidates: readonly { key: string; label: string }[],
  limit = 3,
): string[] {
  const maxDistance = Math.max(2, Math.ceil(query.length / 3));
  const scored = new Map<string, number>();
  for (const c of candidates) {
    const d = levenshtein(query, c.key);
    if (d > maxDistance) continue;
    const best = scored.get(c.label);
    if (best === undefined || d < best) scored.set(c.label, d);
  }
  return [...scored.entries()]
    .sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]))
    .slice(0, limit)
    .map(([label]) => label);
}
