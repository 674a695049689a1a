// Generates server/data/lm.bin, the syllable language model the product ships, from the n-gram
// counts in ../shared/lm (unigrams/bigrams/trigrams.tsv.gz: 20 M syllables of Vietnamese news,
// statistics only). Run: npm run gen:lm [-- --dir ../shared/lm --bigram-min 3 --trigram-min 5]
//
// What it does: keeps letter-only syllables, merges the two tone placements of oa/oe/uy rhymes
// (lmKey: "hoà" → "hòa"), drops bigrams under --bigram-min and trigrams under --trigram-min, and
// writes the CSR layout described in server/src/core/lm/model.ts. Output is deterministic.
import { createReadStream, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { LanguageModel, LM_HEADER_BYTES, LM_MAGIC, LM_VERSION, lmHash, lmKey, quantise, sectionSizes } from '../server/src/core/lm/model';

const root = join(__dirname, '..');
const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const candidatesDirs = [opt('--dir', ''), join(root, '..', 'shared', 'lm'), '/work/shared/lm'].filter((d) => d !== '');
const dir = candidatesDirs.find((d) => existsSync(join(d, 'unigrams.tsv.gz')));
if (!dir) {
  console.error(`gen-lm: no unigrams.tsv.gz in ${candidatesDirs.join(', ')}`);
  process.exit(1);
}
const BIGRAM_MIN = Number(opt('--bigram-min', '3'));
const TRIGRAM_MIN = Number(opt('--trigram-min', '5'));
const out = opt('--out', join(root, 'server', 'data', 'lm.bin'));
const LETTERS = /^\p{L}+$/u;

async function* rows(file: string): AsyncGenerator<[string[], number]> {
  const rl = createInterface({ input: createReadStream(join(dir!, file)).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of rl) {
    const tab = line.lastIndexOf('\t');
    if (tab < 0) continue;
    const count = Number(line.slice(tab + 1));
    if (!Number.isFinite(count) || count <= 0) continue;
    yield [line.slice(0, tab).normalize('NFC').toLowerCase().split(' '), count];
  }
}

async function main(): Promise<void> {
  const t0 = Date.now();
  // unigrams
  const uni = new Map<string, number>();
  let total = 0;
  for await (const [[w], c] of rows('unigrams.tsv.gz')) {
    total += c;
    if (!LETTERS.test(w)) continue;
    const k = lmKey(w);
    uni.set(k, (uni.get(k) ?? 0) + c);
  }
  const vocab = [...uni.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  if (vocab.length > 0xfffe) throw new Error('vocabulary over 65535 syllables');
  const id = new Map(vocab.map((w, i) => [w, i]));
  const idOf = (w: string): number => id.get(lmKey(w)) ?? -1;

  // bigrams (merged by key, then pruned)
  const bi = new Map<number, number>(); // a * 65536 + b → count
  for await (const [ws, c] of rows('bigrams.tsv.gz')) {
    if (ws.length !== 2) continue;
    const a = idOf(ws[0]);
    const b = idOf(ws[1]);
    if (a < 0 || b < 0) continue;
    const k = a * 65536 + b;
    bi.set(k, (bi.get(k) ?? 0) + c);
  }
  const biKeys = [...bi.entries()].filter(([, c]) => c >= BIGRAM_MIN).map(([k]) => k).sort((x, y) => x - y);
  const biIndex = new Map(biKeys.map((k, i) => [k, i]));

  // trigrams whose first two syllables are a kept bigram
  const tri = new Map<number, number>(); // bigramIndex * 65536 + c → count
  for await (const [ws, c] of rows('trigrams.tsv.gz')) {
    if (ws.length !== 3) continue;
    const a = idOf(ws[0]);
    const b = idOf(ws[1]);
    const z = idOf(ws[2]);
    if (a < 0 || b < 0 || z < 0) continue;
    const k = biIndex.get(a * 65536 + b);
    if (k === undefined) continue;
    const key = k * 65536 + z;
    tri.set(key, (tri.get(key) ?? 0) + c);
  }
  const triKeys = [...tri.entries()].filter(([, c]) => c >= TRIGRAM_MIN).map(([k]) => k).sort((x, y) => x - y);

  // layout
  const nV = vocab.length;
  const nB = biKeys.length;
  const nT = triKeys.length;
  const vocabChars = vocab.reduce((n, w) => n + w.length, 0);
  let hashBits = 1;
  while (2 ** hashBits < 2 * nV) hashBits++;
  const align4 = (n: number): number => (n + 3) & ~3;
  const sizes = sectionSizes(nV, nB, nT, vocabChars, hashBits);
  const offsets: number[] = [];
  let at = LM_HEADER_BYTES;
  for (const s of sizes) {
    offsets.push(at);
    at = align4(at + s);
  }
  const buf = Buffer.alloc(at);
  const header = [LM_MAGIC, LM_VERSION, nV, nB, nT, Math.min(total, 0xffffffff), BIGRAM_MIN, TRIGRAM_MIN, vocabChars, hashBits];
  header.forEach((v, k) => buf.writeUInt32LE(v, k * 4));
  // [0] uniCount, [1] vocStart, [4] vocChars, [5] hash
  let c = 0;
  const mask = 2 ** hashBits - 1;
  vocab.forEach((w, i) => {
    buf.writeUInt32LE(Math.min(uni.get(w)!, 0xffffffff), offsets[0] + i * 4);
    buf.writeUInt32LE(c, offsets[1] + i * 4);
    for (let k = 0; k < w.length; k++) buf.writeUInt16LE(w.charCodeAt(k), offsets[4] + (c + k) * 2);
    c += w.length;
    let slot = lmHash(w) & mask;
    while (buf.readUInt16LE(offsets[5] + slot * 2) !== 0) slot = (slot + 1) & mask;
    buf.writeUInt16LE(i + 1, offsets[5] + slot * 2);
  });
  buf.writeUInt32LE(c, offsets[1] + nV * 4);
  // [2] biStart
  let k = 0;
  for (let a = 0; a <= nV; a++) {
    while (k < nB && Math.floor(biKeys[k] / 65536) < a) k++;
    buf.writeUInt32LE(k, offsets[2] + a * 4);
  }
  // [3] triStart
  let t = 0;
  for (let b = 0; b <= nB; b++) {
    while (t < nT && Math.floor(triKeys[t] / 65536) < b) t++;
    buf.writeUInt32LE(t, offsets[3] + b * 4);
  }
  // [6] biNext, [8] biQ, [7] triNext, [9] triQ
  biKeys.forEach((key, i) => {
    buf.writeUInt16LE(key % 65536, offsets[6] + i * 2);
    buf[offsets[8] + i] = quantise(bi.get(key)!);
  });
  triKeys.forEach((key, i) => {
    buf.writeUInt16LE(key % 65536, offsets[7] + i * 2);
    buf[offsets[9] + i] = quantise(tri.get(key)!);
  });

  // check it loads and answers like the counts
  const model = new LanguageModel(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
  const probe = (a: string, b: string): number => Math.round(model.bigram(model.id(a), model.id(b)));
  vocab.forEach((w, i) => {
    if (model.id(w) !== i || model.syllable(i) !== w) throw new Error(`gen-lm: lookup of ${w} failed`);
  });
  writeFileSync(out, buf);
  console.log(
    `gen-lm: ${nV} syllables, ${nB} bigrams (≥ ${BIGRAM_MIN}), ${nT} trigrams (≥ ${TRIGRAM_MIN}) → ${out} ` +
      `(${(buf.length / 1e6).toFixed(2)} MB, ${Date.now() - t0} ms); "đã đạt" ≈ ${probe('đã', 'đạt')}, "đa đạt" ≈ ${probe('đa', 'đạt')}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
