// A cache keyed by a span of a text, looked up without slicing it: the caller passes the span's
// char-code hash (hashSpan) and the table compares code units. For per-token caches on large
// documents, where a slice per token is most of the garbage.

/** Polynomial hash of text[start, end) (the one SpanCache expects). */
export function hashSpan(text: string, start: number, end: number): number {
  let h = 0;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

/** Slots to start with (the table doubles when half full): small, as most texts are short. */
const INITIAL_SLOTS = 1 << 9;

export class SpanCache<V> {
  private mask = INITIAL_SLOTS - 1;
  private keys: Array<string | undefined> = new Array(this.mask + 1);
  private hashes = new Int32Array(this.mask + 1);
  private values: V[] = new Array(this.mask + 1);
  private count = 0;

  /** @param limit entries kept; when full, the cache starts over */
  constructor(private readonly limit: number) {}

  get size(): number {
    return this.count;
  }

  /** The value stored for text[start, end) (hash = hashSpan of it), or undefined. */
  get(text: string, start: number, end: number, hash: number): V | undefined {
    const len = end - start;
    const mask = this.mask;
    let k = slotOf(hash, mask);
    for (let key = this.keys[k]; key !== undefined; key = this.keys[(k = (k + 1) & mask)]) {
      if (this.hashes[k] !== hash || key.length !== len) continue;
      let same = true;
      for (let q = 0; q < len && same; q++) same = key.charCodeAt(q) === text.charCodeAt(start + q);
      if (same) return this.values[k];
    }
    return undefined;
  }

  /** Stores `value` for `key` (not already present; hash = hashSpan of it). */
  set(key: string, hash: number, value: V): void {
    if (this.count >= this.limit) this.clear();
    if (2 * (this.count + 1) > this.mask + 1) this.grow();
    this.insert(key, hash, value);
  }

  clear(): void {
    this.mask = INITIAL_SLOTS - 1;
    this.keys = new Array(this.mask + 1);
    this.hashes = new Int32Array(this.mask + 1);
    this.values = new Array(this.mask + 1);
    this.count = 0;
  }

  private insert(key: string, hash: number, value: V): void {
    let k = slotOf(hash, this.mask);
    while (this.keys[k] !== undefined) k = (k + 1) & this.mask;
    this.keys[k] = key;
    this.hashes[k] = hash;
    this.values[k] = value;
    this.count++;
  }

  private grow(): void {
    const { keys, hashes, values } = this;
    this.mask = this.mask * 2 + 1;
    this.keys = new Array(this.mask + 1);
    this.hashes = new Int32Array(this.mask + 1);
    this.values = new Array(this.mask + 1);
    this.count = 0;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      if (key !== undefined) this.insert(key, hashes[k], values[k]);
    }
  }
}

function slotOf(hash: number, mask: number): number {
  const h = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) & mask;
}
