// Binary max-heap of candidate indices keyed by (stale) gain. flatqueue is a min-heap with
// arbitrary tie order; we want ties broken by lower candidate index so that lazy and
// naive greedy pick identical sequences and runs are reproducible.

/** True when (ka, a) ranks before (kb, b): larger key first, then lower index. */
export function ranksBefore(ka: number, a: number, kb: number, b: number): boolean {
  return ka > kb || (ka === kb && a < b);
}

/** Max-heap of candidate indices by gain (lower index wins ties), fixed capacity. */
export class GainHeap {
  private readonly ids: Int32Array;
  private readonly keys: Float64Array;
  size = 0;

  constructor(capacity: number) {
    this.ids = new Int32Array(Math.max(1, capacity));
    this.keys = new Float64Array(Math.max(1, capacity));
  }

  /** Adds candidate `id` with upper-bound gain `key`. */
  push(id: number, key: number): void {
    let pos = this.size++;
    const { ids, keys } = this;
    while (pos > 0) {
      const parent = (pos - 1) >> 1;
      if (!ranksBefore(key, id, keys[parent], ids[parent])) break;
      ids[pos] = ids[parent];
      keys[pos] = keys[parent];
      pos = parent;
    }
    ids[pos] = id;
    keys[pos] = key;
  }

  /** Index of the top candidate (undefined behaviour when empty). */
  peekId(): number {
    return this.ids[0];
  }

  /** Key of the top candidate. */
  peekKey(): number {
    return this.keys[0];
  }

  /** Removes and returns the top candidate index. */
  pop(): number {
    const { ids, keys } = this;
    const top = ids[0];
    const last = --this.size;
    if (last === 0) return top;
    const id = ids[last];
    const key = keys[last];
    let pos = 0;
    for (;;) {
      let child = 2 * pos + 1;
      if (child >= last) break;
      if (child + 1 < last && ranksBefore(keys[child + 1], ids[child + 1], keys[child], ids[child])) child++;
      if (!ranksBefore(keys[child], ids[child], key, id)) break;
      ids[pos] = ids[child];
      keys[pos] = keys[child];
      pos = child;
    }
    ids[pos] = id;
    keys[pos] = key;
    return top;
  }
}
