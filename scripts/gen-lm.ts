// Generates server/data/lm.bin, the syllable language model the product ships, from the n-gram
// counts in ../shared/lm (unigrams/bigrams/trigrams.tsv.gz: 20 M syllables of Vietnamese news,
// statistics only). Run: npm run gen:lm [-- --dir ../shared/lm --bigram-min 3 --trigram-min 5]
//
// What it does: keeps letter-only syllables, merges the two tone placements of oa/oe/uy rhymes
// (lmKey: "hoà" → "hòa"), drops bigrams under --bigram-min and trigrams under --trigram-min, and
// writes the CSR layout described in server/src/core/lm/model.ts, then each syllable's one-slip
// candidates (the table detection reads instead of generating them). Output is deterministic.
//
// npm run gen:lm -- --candidates-only  recomputes only the candidate table of the existing
// server/data/lm.bin (after a change to the candidate generators, the attested syllables or the
// candidate filter in detect.ts; test/core/lm-model.test.ts says when it is due). No counts needed.
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { buildModel, withCandidateTable } from '../server/src/core/lm/build';
import { LanguageModel } from '../server/src/core/lm/model';

const root = join(__dirname, '..');
const args = process.argv.slice(2);
const opt = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const candidatesOnly = args.includes('--candidates-only');
const candidatesDirs = [opt('--dir', ''), join(root, '..', 'shared', 'lm'), '/work/shared/lm'].filter((d) => d !== '');
const dir = candidatesDirs.find((d) => existsSync(join(d, 'unigrams.tsv.gz')));
if (!dir && !candidatesOnly) {
  console.error(`gen-lm: no unigrams.tsv.gz in ${candidatesDirs.join(', ')}`);
  process.exit(1);
}
const BIGRAM_MIN = Number(opt('--bigram-min', '3'));
const TRIGRAM_MIN = Number(opt('--trigram-min', '5'));
const out = opt('--out', join(root, 'server', 'data', 'lm.bin'));

/** The candidate table's share of the file, for the log line. */
function candidateBytes(model: LanguageModel): number {
  return model.candStart ? model.candStart.byteLength + model.candId.byteLength + model.candCode.byteLength : 0;
}

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

async function collect<T>(file: string, shape: (ws: string[], c: number) => T | null): Promise<T[]> {
  const out: T[] = [];
  for await (const [ws, c] of rows(file)) {
    const row = shape(ws, c);
    if (row !== null) out.push(row);
  }
  return out;
}

async function main(): Promise<void> {
  const t0 = Date.now();
  if (candidatesOnly) {
    const bytes = withCandidateTable(new Uint8Array(readFileSync(out)));
    const model = new LanguageModel(bytes);
    writeFileSync(out, bytes);
    console.log(`gen-lm: candidate table of ${model.info.vocabulary} syllables (${model.candId.length} candidates, ${(candidateBytes(model) / 1e6).toFixed(2)} MB) → ${out} (${(bytes.length / 1e6).toFixed(2)} MB, ${Date.now() - t0} ms)`);
    return;
  }
  let total = 0;
  const unigrams = await collect('unigrams.tsv.gz', (ws, c) => {
    total += c;
    return ws.length === 1 ? ([ws[0], c] as const) : null;
  });
  const bigrams = await collect('bigrams.tsv.gz', (ws, c) => (ws.length === 2 ? ([ws[0], ws[1], c] as const) : null));
  const trigrams = await collect('trigrams.tsv.gz', (ws, c) => (ws.length === 3 ? ([ws[0], ws[1], ws[2], c] as const) : null));
  const bytes = buildModel({ unigrams, bigrams, trigrams, totalTokens: total }, { bigramMin: BIGRAM_MIN, trigramMin: TRIGRAM_MIN });
  // check it loads and answers like the counts
  const model = new LanguageModel(bytes);
  for (let i = 0; i < model.info.vocabulary; i++) if (model.id(model.syllable(i)) !== i) throw new Error(`gen-lm: lookup of ${model.syllable(i)} failed`);
  const probe = (a: string, b: string): number => Math.round(model.bigram(model.id(a), model.id(b)));
  writeFileSync(out, bytes);
  const { vocabulary, bigrams: nB, trigrams: nT } = model.info;
  console.log(
    `gen-lm: ${vocabulary} syllables, ${nB} bigrams (≥ ${BIGRAM_MIN}), ${nT} trigrams (≥ ${TRIGRAM_MIN}) → ${out} ` +
      `(${(bytes.length / 1e6).toFixed(2)} MB, of which the candidate table ${(candidateBytes(model) / 1e6).toFixed(2)} MB, ${model.candId.length} candidates; ${Date.now() - t0} ms); "đã đạt" ≈ ${probe('đã', 'đạt')}, "đa đạt" ≈ ${probe('đa', 'đạt')}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
