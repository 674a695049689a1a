// The bytes of an outgoing JSON-RPC message, the same as vscode-jsonrpc's own encoder makes
// (`Buffer.from(JSON.stringify(msg), 'utf-8')`), written into one reused buffer.
//
// The diagnostics of a big document are one large message (1 MB article: 1,113 diagnostics,
// ~600 KB). JSON.stringify of the whole message made a ~1 MB string, and Buffer.from a ~600 KB
// buffer: both fresh memory at every edit, which costs ~13 µs per 4 KB page on the benchmark
// machine (a VM that hands freed pages back to its host), ~5 ms per edit in all. Here arrays long
// enough to matter are written element by element into a buffer kept between messages.
//
// The buffer is reused only when the previous message is written: vscode-jsonrpc's stream writer
// encodes under a one-at-a-time lock that is released when the stream has taken the bytes.

/** Arrays at least this long are written element by element (shorter ones: one JSON.stringify). */
const LONG_ARRAY = 64;
/** How deep into the message long arrays are looked for (result.items, params.diagnostics). */
const MAX_DEPTH = 3;
const COMMA = 0x2c;
/** The largest buffer kept between messages (bytes); a bigger message gets its own. */
const KEEP_BYTES = 16 * 1024 * 1024;

let kept = Buffer.alloc(0);

class Output {
  buf = kept;
  length = 0;

  /** Appends a string's UTF-8 bytes. */
  write(s: string): void {
    // a UTF-16 code unit is at most 3 bytes of UTF-8
    if (this.length + 3 * s.length > this.buf.length) this.grow(this.length + 3 * s.length);
    this.length += this.buf.write(s, this.length, 'utf8');
  }

  private grow(needed: number): void {
    let size = Math.max(16 * 1024, this.buf.length * 2);
    while (size < needed) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, 0, this.length);
    this.buf = next;
    if (size <= KEEP_BYTES) kept = next;
  }
}

/** Whether JSON.stringify would write `value`'s own fields (no toJSON of its own). */
function isPlain(value: object): boolean {
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === Array.prototype || proto === null;
}

/** Whether `value` holds a long array within `depth` levels of plain objects and arrays. */
function holdsLongArray(value: unknown, depth: number): boolean {
  if (value === null || typeof value !== 'object' || !isPlain(value)) return false;
  if (Array.isArray(value)) return value.length >= LONG_ARRAY;
  if (depth === 0) return false;
  for (const field of Object.values(value)) if (holdsLongArray(field, depth - 1)) return true;
  return false;
}

/** Writes what JSON.stringify(value) would; false when it would give undefined (nothing written). */
function writeValue(out: Output, value: unknown, depth: number): boolean {
  if (!holdsLongArray(value, depth)) {
    const json = JSON.stringify(value) as string | undefined;
    if (json === undefined) return false;
    out.write(json);
    return true;
  }
  if (Array.isArray(value)) {
    // a slice at a time: one JSON.stringify per slice, a string small enough for the young generation;
    // each slice's "[" overwrites the "]" before it, as a ","
    for (let i = 0; i < value.length; i += LONG_ARRAY) {
      if (i > 0) out.length--;
      const at = out.length;
      out.write(JSON.stringify(value.slice(i, i + LONG_ARRAY)));
      if (i > 0) out.buf[at] = COMMA;
    }
    return true;
  }
  const object = value as Record<string, unknown>;
  out.write('{');
  let first = true;
  for (const key of Object.keys(object)) {
    const field = object[key];
    // as JSON.stringify: a field without a JSON form is left out
    if (field === undefined || typeof field === 'function' || typeof field === 'symbol') continue;
    out.write(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
    first = false;
    writeValue(out, field, depth - 1);
  }
  out.write('}');
  return true;
}

/**
 * The UTF-8 bytes of JSON.stringify(msg). The result is a view of a buffer that the next call
 * overwrites: write it before encoding the next message.
 */
export function encodeMessage(msg: unknown): Buffer {
  const out = new Output();
  if (!writeValue(out, msg, MAX_DEPTH)) throw new TypeError('the message has no JSON form');
  return out.buf.subarray(0, out.length);
}
