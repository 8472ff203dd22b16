/**
 * Values computed once per key and kept, up to `max` keys: when it is full,
 * everything is dropped before the next one is kept. A long session (a
 * language server over many documents) reuses what it computes without
 * growing without end, and no bookkeeping runs on the hot path of a hit.
 */
export class BoundedMemo<K, V> {
  private readonly values = new Map<K, V>();
  private weight = 0;

  /**
   * With `weigh`, the keys' total weight is bounded too (by `maxWeight`): long
   * texts as keys cannot pile up a thousand copies of a big document.
   */
  constructor(
    private readonly max: number,
    private readonly weigh?: (key: K) => number,
    private readonly maxWeight = Infinity,
  ) {}

  /** The value kept for `key`, else `compute(key)`, kept. */
  get(key: K, compute: (key: K) => V): V {
    // One look-up for a kept value; a second only to tell a kept undefined from none.
    const kept = this.values.get(key);
    if (kept !== undefined || this.values.has(key)) return kept as V;
    const value = compute(key);
    const weight = this.weigh?.(key) ?? 0;
    if (weight > this.maxWeight) return value;
    if (this.values.size >= this.max || this.weight + weight > this.maxWeight) {
      this.values.clear();
      this.weight = 0;
    }
    this.values.set(key, value);
    this.weight += weight;
    return value;
  }

  get size(): number {
    return this.values.size;
  }
}

/**
 * Values computed once per object and kept while the object lives: for what
 * depends on a parsed node alone. An edit re-parses only the chunk it
 * touches, so the other nodes, and what was computed from them, carry over.
 */
export class PerObjectMemo<K extends object, V> {
  private readonly values = new WeakMap<K, V>();

  /** The value kept for `key`, else `compute(key)`, kept. */
  get(key: K, compute: (key: K) => V): V {
    const kept = this.values.get(key);
    if (kept !== undefined || this.values.has(key)) return kept as V;
    const value = compute(key);
    this.values.set(key, value);
    return value;
  }
}

/**
 * Values computed from a text, kept for one more analysis of the same
 * document: what the last analysis used stays available, the rest goes, so
 * the memo never holds more than one version of the document.
 */
export class KeptByText<T> {
  private current = new Map<string, T>();
  private previous = new Map<string, T>();

  begin(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  get(text: string, compute: (text: string) => T): T {
    let value = this.current.get(text) ?? this.previous.get(text);
    if (value === undefined) value = compute(text);
    this.current.set(text, value);
    return value;
  }
}
