// Builds the bytes of a language model (format: model.ts) from n-gram counts. Pure: used by
// scripts/gen-lm.ts on the news counts and by the tests on tiny fixtures; the product only reads.

import { modelCandidates } from './detect';
import { headerLayout, LanguageModel, LM_FLAG_CANDIDATES, LM_HEADER_BYTES, LM_MAGIC, LM_VERSION, lmHash, lmKey, quantise, sectionOffsets, sectionSizes, SHIFT_MAX, type LmLayout } from './model';

export interface NgramCounts {
  /** syllable → count (any case/tone style: keys are normalised with lmKey, duplicates summed) */
  unigrams: Iterable<readonly [string, number]>;
  bigrams: Iterable<readonly [string, string, number]>;
  trigrams: Iterable<readonly [string, string, string, number]>;
  /** Tokens in the corpus (default: the sum of the unigram counts). */
  totalTokens?: number;
}

export interface BuildOptions {
  bigramMin: number;
  trigramMin: number;
  /** Add the candidate table (default true; false gives a model whose candidates are generated at run time). */
  candidates?: boolean;
}

const LETTERS = /^\p{L}+$/u;

export function buildModel(counts: NgramCounts, options: BuildOptions): Uint8Array {
  const key = (w: string): string => lmKey(w.normalize('NFC').toLowerCase());
  const uni = new Map<string, number>();
  let total = 0;
  for (const [w, c] of counts.unigrams) {
    total += c;
    if (!LETTERS.test(w)) continue;
    const k = key(w);
    uni.set(k, (uni.get(k) ?? 0) + c);
  }
  const vocab = [...uni.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  if (vocab.length > 0xfffe) throw new Error('buildModel: vocabulary over 65534 syllables');
  const id = new Map(vocab.map((w, i) => [w, i]));
  const idOf = (w: string): number => id.get(key(w)) ?? -1;

  const bi = new Map<number, number>(); // a * 65536 + b → count
  for (const [x, y, c] of counts.bigrams) {
    const a = idOf(x);
    const b = idOf(y);
    if (a < 0 || b < 0) continue;
    const k = a * 65536 + b;
    bi.set(k, (bi.get(k) ?? 0) + c);
  }
  const biKeys = [...bi.entries()].filter(([, c]) => c >= options.bigramMin).map(([k]) => k).sort((p, q) => p - q);
  const biIndex = new Map(biKeys.map((k, i) => [k, i]));

  const tri = new Map<number, number>(); // bigramIndex * 65536 + c → count
  for (const [x, y, z, c] of counts.trigrams) {
    const a = idOf(x);
    const b = idOf(y);
    const d = idOf(z);
    if (a < 0 || b < 0 || d < 0) continue;
    const k = biIndex.get(a * 65536 + b);
    if (k === undefined) continue;
    const t = k * 65536 + d;
    tri.set(t, (tri.get(t) ?? 0) + c);
  }
  const triKeys = [...tri.entries()].filter(([, c]) => c >= options.trigramMin).map(([k]) => k).sort((p, q) => p - q);

  const nV = vocab.length;
  const nB = biKeys.length;
  const nT = triKeys.length;
  const vocabChars = vocab.reduce((n, w) => n + w.length, 0);
  let hashBits = 1;
  while (2 ** hashBits < 2 * Math.max(1, nV)) hashBits++;
  // where each bigram's successors start in triNext
  const triStart = new Uint32Array(nB + 1);
  let t = 0;
  for (let b = 0; b <= nB; b++) {
    while (t < nT && Math.floor(triKeys[t] / 65536) < b) t++;
    triStart[b] = t;
  }
  // where each syllable's code units and successors start
  const vocStart = new Uint32Array(nV + 1);
  vocab.forEach((w, i) => (vocStart[i + 1] = vocStart[i] + w.length));
  const biStart = new Uint32Array(nV + 1);
  let k = 0;
  for (let a = 0; a <= nV; a++) {
    while (k < nB && Math.floor(biKeys[k] / 65536) < a) k++;
    biStart[a] = k;
  }
  const layout: LmLayout = {
    nVocab: nV, nBigrams: nB, nTrigrams: nT, vocabChars, hashBits,
    triShift: widestShift(triStart), vocShift: widestShift(vocStart), biShift: widestShift(biStart),
    candidates: false, nCands: 0, candShift: 0,
  };
  const { offsets, end } = sectionOffsets(sectionSizes(layout));
  const bytes = new Uint8Array(end);
  const view = new DataView(bytes.buffer);
  const totalTokens = counts.totalTokens ?? total;
  const header = [LM_MAGIC, LM_VERSION, nV, nB, nT, Math.min(totalTokens, 0xffffffff), options.bigramMin, options.trigramMin, vocabChars, hashBits, 0, 0, layout.triShift, layout.vocShift, layout.biShift, 0];
  header.forEach((v, j) => view.setUint32(j * 4, v, true));
  // [0] uniCount, [4] vocChars, [5] hash
  const mask = 2 ** hashBits - 1;
  vocab.forEach((w, i) => {
    view.setUint32(offsets[0] + i * 4, Math.min(uni.get(w)!, 0xffffffff), true);
    for (let j = 0; j < w.length; j++) view.setUint16(offsets[4] + (vocStart[i] + j) * 2, w.charCodeAt(j), true);
    let slot = lmHash(w) & mask;
    while (view.getUint16(offsets[5] + slot * 2, true) !== 0) slot = (slot + 1) & mask;
    view.setUint16(offsets[5] + slot * 2, i + 1, true);
  });
  // [1] vocLow, [11] vocBase; [2] biLow, [12] biBase; [3] triLow, [10] triBase
  writeOffsets(view, offsets[1], offsets[11], vocStart, layout.vocShift);
  writeOffsets(view, offsets[2], offsets[12], biStart, layout.biShift);
  writeOffsets(view, offsets[3], offsets[10], triStart, layout.triShift);
  // [6] biNext, [8] biQ, [7] triNext, [9] triQ
  biKeys.forEach((key2, i) => {
    view.setUint16(offsets[6] + i * 2, key2 % 65536, true);
    bytes[offsets[8] + i] = quantise(bi.get(key2)!);
  });
  triKeys.forEach((key3, i) => {
    view.setUint16(offsets[7] + i * 2, key3 % 65536, true);
    bytes[offsets[9] + i] = quantise(tri.get(key3)!);
  });
  return options.candidates === false ? bytes : withCandidateTable(bytes);
}

/**
 * The largest block size (2^shift entries, shift ≤ SHIFT_MAX) over which the offsets `start`
 * advance by at most 0xffff from the block's first entry (shift 0 always qualifies).
 */
export function widestShift(start: Uint32Array): number {
  for (let shift = SHIFT_MAX; shift > 0; shift--) {
    let fits = true;
    for (let b = 0; b < start.length && fits; b++) fits = start[b] - start[(b >>> shift) << shift] <= 0xffff;
    if (fits) return shift;
  }
  return 0;
}

/** Writes `start` as BlockOffsets (model.ts): 16-bit steps at `lowAt`, a 32-bit base per block at `baseAt`. */
function writeOffsets(view: DataView, lowAt: number, baseAt: number, start: Uint32Array, shift: number): void {
  for (let i = 0; i < start.length; i++) {
    const base = start[(i >>> shift) << shift];
    if ((i & ((1 << shift) - 1)) === 0) view.setUint32(baseAt + (i >>> shift) * 4, base, true);
    view.setUint16(lowAt + i * 2, start[i] - base, true);
  }
}

/**
 * The model's bytes with the candidate table (re)computed: for every syllable of the vocabulary,
 * detect.ts's modelCandidates, stored after the counts (format: model.ts). Deterministic.
 */
export function withCandidateTable(model: Uint8Array): Uint8Array {
  const head = new DataView(model.buffer, model.byteOffset, LM_HEADER_BYTES);
  const u32 = (k: number): number => head.getUint32(k * 4, true);
  const counts = { ...headerLayout(u32), candidates: false, nCands: 0, candShift: 0 };
  const nV = counts.nVocab;
  // the counts alone (a table already present is dropped), read without a table
  const base = model.slice(0, sectionOffsets(sectionSizes(counts)).end);
  for (const field of [10, 11, 15]) new DataView(base.buffer).setUint32(field * 4, 0, true); // nCands, flags, candShift
  const lm = new LanguageModel(base);
  const start = new Uint32Array(nV + 1);
  const ids: number[] = [];
  const codes: number[] = [];
  for (let id = 0; id < nV; id++) {
    const list = modelCandidates(lm, lm.syllable(id));
    for (let j = 0; j < list.id.length; j++) {
      ids.push(list.id[j]);
      codes.push(list.code[j]);
    }
    start[id + 1] = ids.length;
  }
  const nC = ids.length;
  const candShift = widestShift(start);
  const { offsets, end } = sectionOffsets(sectionSizes({ ...counts, candidates: true, nCands: nC, candShift }));
  const bytes = new Uint8Array(end);
  bytes.set(base);
  const view = new DataView(bytes.buffer);
  view.setUint32(10 * 4, nC, true);
  view.setUint32(11 * 4, LM_FLAG_CANDIDATES, true);
  view.setUint32(15 * 4, candShift, true);
  // [13] candLow, [14] candBase, [15] candId, [16] candCode
  writeOffsets(view, offsets[13], offsets[14], start, candShift);
  for (let k = 0; k < nC; k++) {
    view.setUint16(offsets[15] + k * 2, ids[k], true);
    bytes[offsets[16] + k] = codes[k];
  }
  return bytes;
}
