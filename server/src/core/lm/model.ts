// The syllable language model: a pruned trigram model of Vietnamese news, read from bytes.
//
// The bytes come from outside the core (server/src/node/lm-file.ts reads server/data/lm.bin, made by
// scripts/gen-lm.ts); the core only parses them, so it stays free of fs. Counts are kept as
// sorted arrays over the model's own buffer (CSR: syllable → its successors → theirs), so loading
// is a few typed-array views plus one map of the vocabulary.
//
// Format (little-endian, version 4): a 64-byte header of u32
//   magic 'THLM', version, nVocab, nBigrams, nTrigrams, totalTokens, bigramMin, trigramMin,
//   vocabChars, hashBits, nCands, flags (1: the candidate table is present), triShift, vocShift,
//   biShift, candShift
// then sections, each starting on a multiple of 4:
//   uniCount  u32[nVocab]          (ids: most frequent first)
//   vocLow    u16[nVocab + 1]      syllable id's UTF-16 code units: vocChars[vocStart(id) .. vocStart(id+1)), where
//                                  vocStart(id) = vocBase[id >> vocShift] + vocLow[id]
//   biLow     u16[nVocab + 1]      successors of syllable a: biNext[biStart(a) .. biStart(a+1)), likewise
//   triLow    u16[nBigrams + 1]    successors of bigram k:   triNext[triStart(k) .. triStart(k+1)), likewise
//   vocChars  u16[vocabChars]
//   hash      u16[2^hashBits]      open addressing (linear probing) on fnv1a of the code units: id + 1, 0 empty
//   biNext    u16[nBigrams]        (ascending within each range)
//   triNext   u16[nTrigrams]
//   biQ       u8[nBigrams]         quantised counts: count ≈ exp(q / 20)
//   triQ      u8[nTrigrams]
//   triBase   u32[(nBigrams >> triShift) + 1]   triStart of every 2^triShift-th bigram
//   vocBase   u32[(nVocab >> vocShift) + 1]     vocStart of every 2^vocShift-th syllable
//   biBase    u32[(nVocab >> biShift) + 1]      biStart likewise
//   candLow   u16[nVocab + 1]      (with flag 1) one-slip candidates of syllable id:
//   candBase  u32[(nVocab >> candShift) + 1]   candId[candStart(id) .. candStart(id+1)), in generation order
//   candId    u16[nCands]
//   candCode  u8[nCands]             the slip: kind index (SLIP_KINDS) | 8 for keyboard neighbours
// Loading is only typed-array views over the bytes: no per-syllable work. Every table of offsets is
// kept as 16-bit steps from a 32-bit base per block of 2^shift entries (BlockOffsets; the generator
// picks the largest shift ≤ SHIFT_MAX whose steps fit): for the trigram offsets 0.9 MB instead of
// 1.8 MB of resident memory in the server (version 3), for the three tables over the vocabulary
// another 190 KB (version 4), for one more array read per lookup. The candidate table is
// what detect.ts's modelCandidates gives for each syllable, computed once by gen-lm (build.ts), so
// that judging a word is a table lookup rather than composing and parsing strings.
// Syllables are keyed lower case, NFC, with the tone of oa/oe/uy open rhymes in the old place
// ("hoà" and "hòa" are one key): see lmKey.

import { placeTone, styleOf } from '../text/tone';

export const LM_MAGIC = 0x4d4c4854; // 'THLM'
export const LM_VERSION = 4;
/** Header flag: the candidate table follows the counts. */
export const LM_FLAG_CANDIDATES = 1;
export const LM_HEADER_BYTES = 64;
export const LM_Q_SCALE = 20;
/** The largest block shift the generator uses (a base table of 1/4096 of the offsets). */
export const SHIFT_MAX = 12;

export class LanguageModelError extends Error {}

/** The model's key of a lower-case NFC syllable: new-style oa/oe/uy tones moved to the old place. */
export function lmKey(lower: string): string {
  return styleOf(lower) === 'new' ? placeTone(lower, 'old') : lower;
}

export function quantise(count: number): number {
  return Math.max(0, Math.min(255, Math.round(Math.log(count) * LM_Q_SCALE)));
}

const DEQUANT = (() => {
  const t = new Float64Array(256);
  for (let q = 0; q < 256; q++) t[q] = Math.exp(q / LM_Q_SCALE);
  return t;
})();

const align4 = (n: number): number => (n + 3) & ~3;
/** Discounts of the interpolated absolute discounting (trigrams were pruned under 5, bigrams under 3). */
const BI_DISCOUNT = 0.75;
const TRI_DISCOUNT = 2;

/** FNV-1a over the UTF-16 code units of s (the model's hash; the generator uses the same). */
export function lmHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The header's sizes and block shifts (see the file comment). */
export interface LmLayout {
  nVocab: number;
  nBigrams: number;
  nTrigrams: number;
  vocabChars: number;
  hashBits: number;
  triShift: number;
  vocShift: number;
  biShift: number;
  /** Whether the candidate table follows the counts (flag 1); nCands and candShift are 0 without it. */
  candidates: boolean;
  nCands: number;
  candShift: number;
}

/** The layout a header gives (`u32(k)`: the header's k-th u32). */
export function headerLayout(u32: (k: number) => number): LmLayout {
  const candidates = (u32(11) & LM_FLAG_CANDIDATES) !== 0;
  return {
    nVocab: u32(2),
    nBigrams: u32(3),
    nTrigrams: u32(4),
    vocabChars: u32(8),
    hashBits: u32(9),
    triShift: u32(12),
    vocShift: u32(13),
    biShift: u32(14),
    candidates,
    nCands: candidates ? u32(10) : 0,
    candShift: candidates ? u32(15) : 0,
  };
}

/** The byte sizes of the sections, in file order (shared with the generator). */
export function sectionSizes(l: LmLayout): number[] {
  const bases = (n: number, shift: number): number => ((n >>> shift) + 1) * 4;
  const counts = [
    l.nVocab * 4, (l.nVocab + 1) * 2, (l.nVocab + 1) * 2, (l.nBigrams + 1) * 2, l.vocabChars * 2, 2 ** l.hashBits * 2,
    l.nBigrams * 2, l.nTrigrams * 2, l.nBigrams, l.nTrigrams,
    bases(l.nBigrams, l.triShift), bases(l.nVocab, l.vocShift), bases(l.nVocab, l.biShift),
  ];
  return l.candidates ? [...counts, (l.nVocab + 1) * 2, bases(l.nVocab, l.candShift), l.nCands * 2, l.nCands] : counts;
}

/**
 * A non-decreasing table of offsets (n + 1 entries) as 16-bit steps from a 32-bit base per block of
 * 2^shift entries: get(i) = base[i >> shift] + low[i].
 */
export class BlockOffsets {
  constructor(
    private readonly low: Uint16Array,
    private readonly base: Uint32Array,
    private readonly shift: number,
  ) {}

  get(i: number): number {
    return this.base[i >>> this.shift] + this.low[i];
  }

  /** Bytes the table takes in the model. */
  get byteLength(): number {
    return this.low.byteLength + this.base.byteLength;
  }
}

/** Byte offsets of the sections (from the start of the file) and the file's length, for sectionSizes. */
export function sectionOffsets(sizes: number[]): { offsets: number[]; end: number } {
  const offsets: number[] = [];
  let end = LM_HEADER_BYTES;
  for (const size of sizes) {
    offsets.push(end);
    end = align4(end + size);
  }
  return { offsets, end };
}

export interface LanguageModelInfo {
  vocabulary: number;
  bigrams: number;
  trigrams: number;
  totalTokens: number;
  bigramMin: number;
  trigramMin: number;
}

export class LanguageModel {
  readonly info: LanguageModelInfo;
  private readonly uniCount: Uint32Array;
  /** Syllable id's UTF-16 code units: vocChars[vocStart.get(id) .. vocStart.get(id + 1)). */
  readonly vocStart: BlockOffsets;
  private readonly biStart: BlockOffsets;
  private readonly triStarts: BlockOffsets;
  readonly vocChars: Uint16Array;
  private readonly hash: Uint16Array;
  private readonly hashMask: number;
  private readonly biNext: Uint16Array;
  private readonly triNext: Uint16Array;
  private readonly biQ: Uint8Array;
  private readonly triQ: Uint8Array;
  private readonly total: number;
  private readonly strings = new Map<number, string>();
  /** The one-slip candidate table (see the file comment), or null when the file has none. */
  readonly candStart: BlockOffsets | null = null;
  readonly candId: Uint16Array = new Uint16Array(0);
  readonly candCode: Uint8Array = new Uint8Array(0);

  /** Parses the model; throws LanguageModelError on anything that is not a model of this version. */
  constructor(bytes: Uint8Array) {
    if (!(bytes instanceof Uint8Array) || bytes.byteLength < LM_HEADER_BYTES) throw new LanguageModelError('language model: file too short');
    // typed-array views need aligned offsets: copy when the bytes do not start on a multiple of 4
    const buf = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
    const head = new DataView(buf.buffer, buf.byteOffset, LM_HEADER_BYTES);
    const u32 = (k: number): number => head.getUint32(k * 4, true);
    if (u32(0) !== LM_MAGIC) throw new LanguageModelError('language model: not a model file (bad magic)');
    if (u32(1) !== LM_VERSION) throw new LanguageModelError(`language model: version ${u32(1)}, expected ${LM_VERSION}`);
    const [total, biMin, triMin] = [u32(5), u32(6), u32(7)];
    const l = headerLayout(u32);
    const { nVocab, nBigrams: nBi, nTrigrams: nTri, vocabChars, hashBits, nCands } = l;
    if (nVocab > 0xfffe || hashBits > 20 || 2 ** hashBits < nVocab || Math.max(l.triShift, l.vocShift, l.biShift, l.candShift) > SHIFT_MAX) throw new LanguageModelError('language model: bad header');
    const sizes = sectionSizes(l);
    const layout = sectionOffsets(sizes);
    const at = layout.offsets.map((o) => buf.byteOffset + o);
    if (layout.end - 3 > buf.byteLength || at[at.length - 1] - buf.byteOffset + sizes[sizes.length - 1] > buf.byteLength) throw new LanguageModelError('language model: file truncated');
    const ab = buf.buffer;
    const offsets = (low: number, n: number, base: number, shift: number): BlockOffsets =>
      new BlockOffsets(new Uint16Array(ab, at[low], n + 1), new Uint32Array(ab, at[base], (n >>> shift) + 1), shift);
    this.uniCount = new Uint32Array(ab, at[0], nVocab);
    this.vocStart = offsets(1, nVocab, 11, l.vocShift);
    this.biStart = offsets(2, nVocab, 12, l.biShift);
    this.triStarts = offsets(3, nBi, 10, l.triShift);
    this.vocChars = new Uint16Array(ab, at[4], vocabChars);
    this.hash = new Uint16Array(ab, at[5], 2 ** hashBits);
    this.hashMask = 2 ** hashBits - 1;
    this.biNext = new Uint16Array(ab, at[6], nBi);
    this.triNext = new Uint16Array(ab, at[7], nTri);
    this.biQ = new Uint8Array(ab, at[8], nBi);
    this.triQ = new Uint8Array(ab, at[9], nTri);
    if (this.vocStart.get(nVocab) !== vocabChars || this.biStart.get(nVocab) !== nBi || this.triStart(nBi) !== nTri) throw new LanguageModelError('language model: index mismatch');
    if (l.candidates) {
      this.candStart = offsets(13, nVocab, 14, l.candShift);
      this.candId = new Uint16Array(ab, at[15], nCands);
      this.candCode = new Uint8Array(ab, at[16], nCands);
      if (this.candStart.get(nVocab) !== nCands) throw new LanguageModelError('language model: index mismatch');
    }
    this.info = { vocabulary: nVocab, bigrams: nBi, trigrams: nTri, totalTokens: total, bigramMin: biMin, trigramMin: triMin };
    this.total = Math.max(1, total);
  }

  /** Where bigram k's successors start in triNext (k ≤ nBigrams). */
  private triStart(k: number): number {
    return this.triStarts.get(k);
  }

  /** Id of exactly this string, or -1. */
  private lookup(s: string): number {
    const mask = this.hashMask;
    for (let slot = lmHash(s) & mask, probes = 0; probes <= mask; slot = (slot + 1) & mask, probes++) {
      const entry = this.hash[slot];
      if (entry === 0) return -1;
      const id = entry - 1;
      const from = this.vocStart.get(id);
      if (this.vocStart.get(id + 1) - from !== s.length) continue;
      let same = true;
      for (let k = 0; k < s.length && same; k++) same = this.vocChars[from + k] === s.charCodeAt(k);
      if (same) return id;
    }
    return -1;
  }

  /** Id of a lower-case NFC syllable (either tone style), or -1. */
  id(lower: string): number {
    const id = this.lookup(lower);
    if (id >= 0) return id;
    const key = lmKey(lower);
    return key === lower ? -1 : this.lookup(key);
  }

  /** Id of exactly this key (lower case, old-style tone place), or -1: for generated candidates. */
  idExact(key: string): number {
    return this.lookup(key);
  }

  /** The syllable of an id (lower case, old-style tone place). */
  syllable(id: number): string {
    let s = this.strings.get(id);
    if (s === undefined) {
      s = String.fromCharCode(...this.vocChars.subarray(this.vocStart.get(id), this.vocStart.get(id + 1)));
      this.strings.set(id, s);
    }
    return s;
  }

  /** Corpus count of a syllable id (0 for -1). */
  count(id: number): number {
    return id < 0 ? 0 : this.uniCount[id];
  }

  /** Index of bigram (a, b) in the bigram arrays, or -1 (also for a or b negative). */
  bigramIndex(a: number, b: number): number {
    if (a < 0 || b < 0) return -1;
    let lo = this.biStart.get(a);
    let hi = this.biStart.get(a + 1) - 1;
    const next = this.biNext;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = next[mid];
      if (v === b) return mid;
      if (v < b) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Approximate corpus count of the bigram (0 when absent or pruned). */
  bigram(a: number, b: number): number {
    return this.bigramAt(this.bigramIndex(a, b));
  }

  /** Approximate corpus count of the bigram at index k of bigramIndex (0 for -1). */
  bigramAt(k: number): number {
    return k < 0 ? 0 : DEQUANT[this.biQ[k]];
  }

  /** Approximate corpus count of the trigram (0 when absent or pruned). */
  trigram(a: number, b: number, c: number): number {
    if (c < 0) return 0;
    const k = this.bigramIndex(a, b);
    return k < 0 ? 0 : this.trigramAt(k, c);
  }

  /** Approximate count of the trigram (bigram k of bigramIndex, c); c ≥ 0. */
  trigramAt(k: number, c: number): number {
    let lo = this.triStart(k);
    let hi = this.triStart(k + 1) - 1;
    const next = this.triNext;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = next[mid];
      if (v === c) return DEQUANT[this.triQ[mid]];
      if (v < c) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  /** P(c): relative frequency, add-0.5 for unknown syllables. */
  private pUni(c: number): number {
    return (c >= 0 ? this.uniCount[c] : 0.5) / this.total;
  }

  /**
   * P(c | b), absolute discounting interpolated with P(c); the backoff mass grows with b's distinct
   * successors. kbc: bigramIndex(b, c).
   */
  private pBi(b: number, c: number, kbc: number): number {
    if (b < 0) return this.pUni(c);
    const cb = Math.max(1, this.uniCount[b]);
    const bc = this.bigramAt(kbc);
    const n = this.biStart.get(b + 1) - this.biStart.get(b);
    const lambda = Math.min(1, (BI_DISCOUNT * n + 1) / cb);
    return Math.max(bc - BI_DISCOUNT, 0) / cb + lambda * this.pUni(c);
  }

  /**
   * log P(c | a, b) (ids; -1 for no context or an unknown syllable): interpolated absolute discounting
   * over the pruned counts (trigram → bigram → unigram).
   */
  score(a: number, b: number, c: number): number {
    return this.scoreAt(this.bigramIndex(a, b), b, c, this.bigramIndex(b, c));
  }

  /**
   * score(a, b, c) given kab = bigramIndex(a, b) and kbc = bigramIndex(b, c): for callers that
   * score many windows sharing bigrams (detect.ts), one binary search per bigram.
   */
  scoreAt(kab: number, b: number, c: number, kbc: number): number {
    if (kab < 0) return Math.log(this.pBi(b, c, kbc));
    const cab = DEQUANT[this.biQ[kab]];
    const abc = c >= 0 ? this.trigramAt(kab, c) : 0;
    const n = this.triStart(kab + 1) - this.triStart(kab);
    const lambda = Math.min(1, (TRI_DISCOUNT * n + 1) / cab);
    return Math.log(Math.max(abc - TRI_DISCOUNT, 0) / cab + lambda * this.pBi(b, c, kbc));
  }
}
