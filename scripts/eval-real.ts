// npm run eval:real: how the checker's kind and sections agree with an editor's labels on real
// published articles (test/corpus/real/labels.json; texts in the git-ignored .real/ folder).
//   npm run eval:real -- [--verbose] [--holdout] [--file NAME] [--labels FILE] [--texts DIR] [--only odd|even]
//
// --only odd|even keeps the articles whose number is odd (even). With --only even nothing per
// article is printed (no file names, disagreements or label problems), only the aggregate figures:
// the even half of an unseen set stays a blind test while the odd half is tuned on.
//
// Measures (printed for the tuning set and the held-out set apart, see test/support/real-corpus.ts):
// - kind: the detected kind equals the labelled one.
// - sections, over (article, section name) pairs, every name of SECTION_NAMES:
//   presence — the checker finds the section iff the label has it;
//   start — for a section both have, the checker's first start lies in the same sentence as the
//   labelled quote (sentences: terminal punctuation + space + capital, or a line end);
//   agreement — presence agrees and, when present, the start too (the headline figure).
//   Complete articles count every pair. An incomplete article (cut by the store) counts only the
//   sections that start before the cut: a pair where neither side has the section is not counted
//   (it may begin after the cut).
// - missing-section warnings on a section the label says is there (false alarms; target zero),
//   and how many warnings and information findings it raises otherwise.
// Without the texts (CI, a fresh clone) it says so and exits 0.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../server/src/core/analyze';
import { SECTION_NAMES, type SectionName } from '../server/src/core/types';
import { isHeldOut, isUsable, locateSections, sentenceIndex, sentenceStarts, type RealLabel, type UsableLabel } from '../test/support/real-corpus';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const verbose = args.includes('--verbose');
const showHeldOut = args.includes('--holdout');
const onlyFile = opt('--file');
const only = opt('--only');
if (only !== undefined && only !== 'odd' && only !== 'even') {
  console.error(`eval:real: --only takes odd or even, not "${only}".`);
  process.exit(2);
}
const blind = only === 'even';
const parityOk = (file: string): boolean => {
  if (only === undefined) return true;
  const m = /(\d+)\.txt$/u.exec(file);
  return m !== null && Number(m[1]) % 2 === (only === 'odd' ? 1 : 0);
};
const root = join(__dirname, '..');
const labelsPath = resolve(opt('--labels') ?? join(root, 'test', 'corpus', 'real', 'labels.json'));
const textsDir = resolve(opt('--texts') ?? join(root, '.real'));

if (!existsSync(labelsPath)) {
  console.log(`eval:real: no labels at ${labelsPath}; nothing to score.`);
  process.exit(0);
}
const all: RealLabel[] = JSON.parse(readFileSync(labelsPath, 'utf8'));
const labels = all.filter(isUsable).filter((l) => !onlyFile || l.file === onlyFile).filter((l) => parityOk(l.file));
const withText = labels.filter((l) => existsSync(join(textsDir, l.file)));
if (withText.length === 0) {
  console.log(`eval:real: the real texts are not in ${textsDir} (git-ignored; rebuild them as shared/corpus/real-dev/README.md says). Skipped.`);
  process.exit(0);
}

interface Tally {
  articles: number;
  complete: number;
  kindRight: number;
  kindRightComplete: number;
  pairs: number;
  presenceAgree: number;
  bothPresent: number;
  startAgree: number;
  agree: number;
  cutPairs: number;
  cutAgree: number;
  falseWarnings: number;
  warnings: number;
  information: number;
  infoPresent: number;
  unfinishedCut: number;
  unfinishedComplete: number;
}
const tally = (): Tally => ({
  articles: 0, complete: 0, kindRight: 0, kindRightComplete: 0, pairs: 0, presenceAgree: 0, bothPresent: 0, startAgree: 0, agree: 0,
  cutPairs: 0, cutAgree: 0, falseWarnings: 0, warnings: 0, information: 0, infoPresent: 0, unfinishedCut: 0, unfinishedComplete: 0,
});
const sets = { tune: tally(), holdout: tally() };
const perName = new Map<SectionName, { pairs: number; agree: number }>(SECTION_NAMES.map((n) => [n, { pairs: 0, agree: 0 }]));
const lines: string[] = [];
const labelProblems: string[] = [];

const snippet = (text: string, at: number): string => text.slice(at, at + 48).replace(/\s+/gu, ' ');

function score(label: UsableLabel): void {
  const text = readFileSync(join(textsDir, label.file), 'utf8');
  const held = isHeldOut(label.file);
  const t = held ? sets.holdout : sets.tune;
  const show = verbose && (!held || showHeldOut);
  const tag = `${label.file}${held ? ' (held out)' : ''}${label.complete ? '' : ' (cut)'}`;
  const result = analyze(text);
  t.articles++;
  if (label.complete) t.complete++;
  const kindRight = result.kind === label.kind;
  if (kindRight) {
    t.kindRight++;
    if (label.complete) t.kindRightComplete++;
  } else if (!held || showHeldOut) lines.push(`${tag}: KIND ${result.kind}, labelled ${label.kind}`);

  const { located, problems } = locateSections(text, label.sections);
  for (const p of problems) labelProblems.push(`${label.file}: ${p}`);
  const labelled = new Map<SectionName, number>();
  for (const s of located) if (!labelled.has(s.name)) labelled.set(s.name, s.start);
  const found = new Map<SectionName, number>();
  for (const s of result.sections) if (!found.has(s.name)) found.set(s.name, s.start);
  const starts = sentenceStarts(text);

  for (const name of SECTION_NAMES) {
    const lab = labelled.get(name);
    const chk = found.get(name);
    if (!label.complete && lab === undefined && chk === undefined) continue;
    const presence = (lab === undefined) === (chk === undefined);
    const both = lab !== undefined && chk !== undefined;
    const start = both ? sentenceIndex(starts, lab) === sentenceIndex(starts, chk) : true;
    const ok = presence && start;
    if (label.complete) {
      t.pairs++;
      if (presence) t.presenceAgree++;
      if (both) {
        t.bothPresent++;
        if (start) t.startAgree++;
      }
      if (ok) t.agree++;
      if (!held) {
        const n = perName.get(name)!;
        n.pairs++;
        if (ok) n.agree++;
      }
    } else {
      t.cutPairs++;
      if (ok) t.cutAgree++;
    }
    if (!ok && show) {
      if (lab !== undefined && chk === undefined) lines.push(`${tag}: MISSED ${name} «${snippet(text, lab)}»`);
      else if (lab === undefined && chk !== undefined) lines.push(`${tag}: EXTRA ${name} «${snippet(text, chk)}»`);
      else lines.push(`${tag}: MOVED ${name} labelled «${snippet(text, lab!)}», found «${snippet(text, chk!)}»`);
    }
  }

  for (const f of result.findings) {
    if (f.rule === 'missing-section' && f.messageId === 'unfinished') {
      if (label.complete) {
        t.unfinishedComplete++;
        if (!held || showHeldOut) lines.push(`${tag}: UNFINISHED said of a complete article`);
      } else t.unfinishedCut++;
    }
    if (f.rule !== 'missing-section' || !f.section) continue;
    const present = labelled.has(f.section);
    if (f.severity === 'warning' || f.severity === 'error') {
      t.warnings++;
      if (present) {
        t.falseWarnings++;
        if (!held || showHeldOut) lines.push(`${tag}: WARNING missing ${f.section}, labelled «${snippet(text, labelled.get(f.section)!)}»`);
      }
    } else {
      t.information++;
      if (present) t.infoPresent++;
    }
  }
}

for (const label of withText) score(label);

const pct = (n: number, d: number): string => (d === 0 ? '    -' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
const frac = (n: number, d: number): string => `${n}/${d}`.padStart(9) + ` ${pct(n, d)}`;
const row = (name: string, f: (t: Tally) => [number, number]): string => {
  const [a, b] = f(sets.tune);
  const [c, d] = f(sets.holdout);
  return `${name.padEnd(36)} ${frac(a, b)}   ${frac(c, d)}   ${frac(a + c, b + d)}`;
};

if (blind) {
  lines.length = 0;
  labelProblems.length = 0;
}
if (lines.length > 0 && verbose) console.log(lines.join('\n') + '\n');
else if (lines.length > 0) console.log(lines.filter((l) => /: (?:KIND|WARNING|UNFINISHED) /u.test(l)).join('\n') + '\n');
if (labelProblems.length > 0) console.log(`Label problems:\n  ${labelProblems.join('\n  ')}\n`);

const missingTexts = labels.length - withText.length;
console.log(
  `Real corpus ${labelsPath}: ${labels.length} labelled articles` +
    (missingTexts > 0 ? ` (${missingTexts} without text in ${textsDir})` : '') +
    `; held out: numbers divisible by 5.`,
);
console.log(`${''.padEnd(36)} ${'tuning'.padStart(16)}   ${'held out'.padStart(16)}   ${'all'.padStart(16)}`);
console.log(row('kind, complete articles', (t) => [t.kindRightComplete, t.complete]));
console.log(row('kind, all articles', (t) => [t.kindRight, t.articles]));
console.log(row('sections agreement (complete)', (t) => [t.agree, t.pairs]));
console.log(row('  presence (complete)', (t) => [t.presenceAgree, t.pairs]));
console.log(row('  start sentence, both present', (t) => [t.startAgree, t.bothPresent]));
console.log(row('sections agreement (cut, before cut)', (t) => [t.cutAgree, t.cutPairs]));
console.log(row('missing-section warnings, present', (t) => [t.falseWarnings, t.warnings]));
console.log(row('missing-section info, present', (t) => [t.infoPresent, t.information]));
console.log(row('"looks unfinished": cut articles', (t) => [t.unfinishedCut, t.articles - t.complete]));
console.log(row('"looks unfinished": complete ones', (t) => [t.unfinishedComplete, t.complete]));
if (verbose && !blind) {
  console.log('\nPer section, complete tuning articles (agreement):');
  for (const [name, n] of perName) console.log(`  ${name.padEnd(14)} ${frac(n.agree, n.pairs)}`);
}
