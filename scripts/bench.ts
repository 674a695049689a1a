// npm run bench: analysis speed. Prints figures only.
//   - a typical article (each docs/examples draft): median over many runs
//   - generated 1 MB and 10 MB documents (varied example articles concatenated)
//   - MB/s, growth from 1 MB to 10 MB, and the ratio to a bare pass over the same text
//     (NFC normalisation + one tokenising regex scan /[\p{L}\p{N}]+/gu)
// Targets: ≤ 1 ms per typical article, linear growth, 10 MB under 1 s, ratio ≤ 3 (issue 11).
// `npm run bench` runs this file bundled as the products are (scripts/bench-run.mjs); tsx runs it as is.
//   npm run bench -- [--runs N] [--sizes 1,10] [--by-rule]
//   npm run bench -- --dir FOLDER [--passes N]: only a folder of articles (e.g. a bench:peer --keep corpus),
//     analysed N times in process: the first (cold: JIT and caches warming, as in one CLI run) and the
//     fastest later pass, in CPU time, with the per-stage and per-rule CPU of both.
import '../server/src/node/v8-flags'; // first, as in the CLI and the server: regular expressions compiled as there
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../server/src/core/analyze';
import { installLanguageModel } from '../server/src/node/lm-file';
import { defaultConfig } from '../server/src/core/config';
import { extractFacts } from '../server/src/core/facts';
import { RULES } from '../server/src/core/rules';
import { segment, type Segmentation } from '../server/src/core/segment';
import { createTextDoc, type TextDoc } from '../server/src/core/text/textdoc';
import type { Facts } from '../server/src/core/facts/types';
import { findSuppressions, maskSuppressions } from '../server/src/core/suppression';
import { languageModel } from '../server/src/core/lm';
import { generateDocument } from './generate-document';

installLanguageModel(); // as the CLI and the language server do

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const RUNS = Number(opt('--runs') ?? 300);
const SIZES_MB = (opt('--sizes') ?? '1,10').split(',').map(Number).filter((n) => n > 0);
const BY_RULE = args.includes('--by-rule');
const DIR = opt('--dir');
const PASSES = Math.max(2, Number(opt('--passes') ?? 5));

const examplesDir = join(__dirname, '..', 'docs', 'examples');
const examples = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(join(examplesDir, f), 'utf8') }));
if (examples.length === 0) throw new Error('bench: no docs/examples/*.txt');

const mb = (text: string): number => Buffer.byteLength(text, 'utf8') / 1e6;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (ms: number): string => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : ms < 1000 ? `${ms.toFixed(2)} ms` : `${(ms / 1000).toFixed(2)} s`);

let sink = 0;
function bare(text: string): void {
  const nfc = text.normalize('NFC');
  let n = 0;
  for (const _ of nfc.matchAll(/[\p{L}\p{N}]+/gu)) n++;
  sink += n;
}
/** CPU time (user + system, ms) of fn; steadier than wall time on a busy machine. */
function cpu(fn: () => void): number {
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}
function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const generate = (targetMb: number): string => generateDocument(examples, targetMb);

console.log(`tin-hoi-nghi bench — node ${process.version}, ${RULES.length} rules, model ${languageModel() ? 'on' : 'off'}, ${__filename.endsWith('.ts') ? 'TypeScript sources (tsx)' : 'bundled'}\n`);

if (DIR !== undefined) {
  benchFolder(DIR);
  process.exit(0);
}

/** --dir: cold and warm passes over a folder of articles, per stage and rule (CPU time). */
function benchFolder(dir: string): void {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
  const config = defaultConfig();
  const lm = languageModel();
  const mbs = texts.reduce((n, t) => n + mb(t), 0);
  console.log(`${texts.length} articles (${mbs.toFixed(2)} MB) from ${dir}, model ${lm ? 'on' : 'off'}, ${PASSES} passes in process (CPU time)\n`);
  const passes: { total: number; stages: Map<string, number> }[] = [];
  for (let p = 0; p < PASSES; p++) {
    const stages = new Map<string, number>();
    const add = (name: string, fn: () => void): void => {
      stages.set(name, (stages.get(name) ?? 0) + cpu(fn));
    };
    const total = cpu(() => {
      for (const text of texts) {
        let doc: TextDoc | undefined;
        let seg: Segmentation | undefined;
        let facts: Facts | undefined;
        add('textdoc', () => {
          doc = createTextDoc(text, maskSuppressions(text, findSuppressions(text)));
        });
        add('segment', () => {
          seg = segment(doc!, config);
        });
        add('facts', () => {
          facts = extractFacts(doc!, seg!.sections);
        });
        for (const rule of RULES) add(rule.id, () => rule.check({ doc: doc!, kind: seg!.kind, sections: seg!.sections, facts: facts!, config, lm }));
      }
    });
    passes.push({ total, stages });
  }
  const cold = passes[0];
  const warm = passes.slice(1).reduce((a, b) => (b.total < a.total ? b : a));
  console.log(`  cold pass ${fmt(cold.total)} (${fmt(cold.total / texts.length)} per article)   fastest later pass ${fmt(warm.total)} (${fmt(warm.total / texts.length)} per article)`);
  console.log('');
  console.log(`  ${'stage / rule'.padEnd(26)} ${'cold'.padStart(9)} ${'warm'.padStart(9)}`);
  for (const [name, ms] of [...cold.stages].sort((a, b) => b[1] - a[1])) console.log(`  ${name.padEnd(26)} ${fmt(ms).padStart(9)} ${fmt(warm.stages.get(name) ?? 0).padStart(9)}`);
}

// Warm up the JIT on every example.
for (let i = 0; i < 30; i++) for (const ex of examples) analyze(ex.text);

console.log(`Typical article (median of ${RUNS} runs):`);
const perArticle: number[] = [];
for (const ex of examples) {
  const times: number[] = [];
  const bareTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    times.push(time(() => analyze(ex.text)));
    bareTimes.push(time(() => bare(ex.text)));
  }
  const m = median(times);
  perArticle.push(m);
  console.log(`  ${ex.name.padEnd(44)} ${String(ex.text.length).padStart(5)} chars  ${fmt(m).padStart(9)}  (bare pass ${fmt(median(bareTimes))})`);
}
const cpuPerArticle = cpu(() => {
  for (let i = 0; i < RUNS; i++) for (const ex of examples) analyze(ex.text);
}) / (RUNS * examples.length);
console.log(`  median over the examples: ${fmt(median(perArticle))}   target ≤ 1 ms`);
console.log(`  CPU time per article (mean over ${RUNS} × ${examples.length} runs): ${fmt(cpuPerArticle)}\n`);

if (BY_RULE) {
  console.log('Per stage and rule on the largest example (median):');
  const text = examples.reduce((a, b) => (b.text.length > a.text.length ? b : a)).text;
  const config = defaultConfig();
  const stage = (name: string, fn: () => void): void => {
    const ts: number[] = [];
    for (let i = 0; i < RUNS; i++) ts.push(time(fn));
    console.log(`  ${name.padEnd(28)} ${fmt(median(ts)).padStart(9)}`);
  };
  const doc = createTextDoc(text);
  const seg = segment(doc, config);
  const facts = extractFacts(doc, seg.sections);
  stage('textdoc', () => createTextDoc(text));
  stage('segment', () => segment(doc, config));
  stage('facts', () => extractFacts(doc, seg.sections));
  for (const rule of RULES) stage(rule.id, () => rule.check({ doc, kind: seg.kind, sections: seg.sections, facts, config }));
  console.log('');
}

console.log('Large documents (one run each after a warm-up on 100 KB):');
analyze(generate(0.1));
const rows: { size: number; ms: number; bareMs: number }[] = [];
for (const size of SIZES_MB) {
  const text = generate(size);
  const bareMs = Math.min(time(() => bare(text)), time(() => bare(text)));
  const bareCpu = Math.min(cpu(() => bare(text)), cpu(() => bare(text)));
  let ms = 0;
  const cpuMs = cpu(() => {
    ms = time(() => analyze(text));
  });
  rows.push({ size: mb(text), ms, bareMs });
  console.log(
    `  ${mb(text).toFixed(2).padStart(6)} MB  ${fmt(ms).padStart(9)}  ${(mb(text) / (ms / 1000)).toFixed(1).padStart(6)} MB/s   bare pass ${fmt(bareMs)}  ratio ${(ms / bareMs).toFixed(1)}` +
      `   (CPU ${fmt(cpuMs)}, bare ${fmt(bareCpu)}, ratio ${(cpuMs / bareCpu).toFixed(1)})`,
  );
}
if (rows.length >= 2) {
  const a = rows[0];
  const b = rows[rows.length - 1];
  console.log(`  growth ${a.size.toFixed(0)} MB → ${b.size.toFixed(0)} MB: size ×${(b.size / a.size).toFixed(1)}, time ×${(b.ms / a.ms).toFixed(1)} (linear ≈ size ratio)`);
}
console.log('  targets: 10 MB under 1 s, ratio to the bare pass ≤ 3 (issue 11)');
if (sink < 0) console.log(sink);
