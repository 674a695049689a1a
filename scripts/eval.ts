// npm run eval: per-rule recall and precision on the labelled dev corpus, and what fires on the seeds.
// Matching rules: test/support/corpus.ts.
//   npm run eval -- [--rule ID] [--verbose] [--corpus DIR]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../server/src/core/analyze';
import { installLanguageModel } from '../server/src/node/lm-file';
import { RULES } from '../server/src/core/rules';
import { PositionMap } from '../server/src/core/text/positions';
import { findingMessage } from '../server/src/core/render';
import { scoreArticle, type LabelledArticle } from '../test/support/corpus';

installLanguageModel(); // as the CLI and the language server do


const args = process.argv.slice(2);
const opt = (name: string): string | undefined => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const onlyRule = opt('--rule');
const verbose = args.includes('--verbose');
const corpus = resolve(opt('--corpus') ?? join(__dirname, '..', '..', 'shared', 'corpus'));
if (!existsSync(join(corpus, 'dev', 'labels.json'))) {
  console.error(`eval: no labelled corpus at ${corpus}/dev/labels.json`);
  process.exit(2);
}
const labels: LabelledArticle[] = JSON.parse(readFileSync(join(corpus, 'dev', 'labels.json'), 'utf8'));

const stats = new Map<string, { tp: number; fp: number; fn: number }>();
const stat = (rule: string) => { let s = stats.get(rule); if (!s) stats.set(rule, (s = { tp: 0, fp: 0, fn: 0 })); return s; };
for (const r of RULES) stat(r.id);
let kindsRight = 0;

for (const article of labels) {
  const text = readFileSync(join(corpus, 'dev', article.file), 'utf8');
  const score = scoreArticle(text, article, onlyRule);
  if (score.kindRight) kindsRight++;
  else if (verbose) console.log(`${article.file}: kind ${score.kind}, labelled ${article.kind}`);
  for (const label of score.matched) stat(label.rule).tp++;
  for (const label of score.missed) {
    stat(label.rule).fn++;
    if (verbose) console.log(`  MISS ${article.file}:${label.line} ${label.rule} ${label.text ?? label.section}`);
  }
  for (const { finding: f, line } of score.extra) {
    stat(f.rule).fp++;
    if (verbose) console.log(`  FALSE ${article.file}:${line} ${f.rule} «${text.slice(f.start, f.end).slice(0, 60)}» ${findingMessage(f, 'en')}`);
  }
}

const pct = (n: number, d: number) => (d === 0 ? '   -' : (n / d).toFixed(2).padStart(4));
console.log(`\nLabelled corpus ${join(corpus, "dev")}: ${labels.length} articles; kind right ${kindsRight}/${labels.length}\n`);
console.log('rule                       TP  FP  FN  recall precision');
let tp = 0, fp = 0, fn = 0;
for (const [rule, s] of stats) {
  if (onlyRule && rule !== onlyRule) continue;
  tp += s.tp; fp += s.fp; fn += s.fn;
  console.log(`${rule.padEnd(26)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}  ${pct(s.tp, s.tp + s.fn)}   ${pct(s.tp, s.tp + s.fp)}`);
}
console.log(`${'ALL'.padEnd(26)} ${String(tp).padStart(3)} ${String(fp).padStart(3)} ${String(fn).padStart(3)}  ${pct(tp, tp + fn)}   ${pct(tp, tp + fp)}`);

const seedDir = join(corpus, 'seeds');
if (existsSync(seedDir)) {
  console.log('\nSeeds (real articles, unlabelled): findings per file');
  for (const file of readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(seedDir, file), 'utf8');
    const result = analyze(text);
    const map = new PositionMap(text);
    const shown = result.findings.filter((f) => !onlyRule || f.rule === onlyRule);
    console.log(`${file}: kind ${result.kind}, ${shown.length} findings`);
    if (verbose) for (const f of shown) console.log(`  ${map.position(f.start).line}: ${f.rule} «${text.slice(f.start, f.end).slice(0, 60)}» ${findingMessage(f, 'en')}`);
  }
}
