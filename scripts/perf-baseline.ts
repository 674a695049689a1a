// Dev tool: dump every finding over a fixed document set, to check that an optimisation changes nothing.
//   npx tsx scripts/perf-baseline.ts OUT.json            write findings
//   npx tsx scripts/perf-baseline.ts OUT.json BASE.json  write, then compare with BASE (exit 1 on difference)
// Documents: ../shared/corpus/{dev,seeds}/*.txt relative to the repo (skipped when missing), docs/examples/*.txt, a generated
// 1 MB document (varied example articles, as in bench.ts) and an NFD copy of the examples.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/core/analyze';
import { generateDocument } from './generate-document';

const [out, base] = process.argv.slice(2);
if (!out) throw new Error('usage: perf-baseline OUT.json [BASE.json]');

const docs: { name: string; text: string }[] = [];
const addDir = (dir: string): void => {
  if (!existsSync(dir)) return;
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) docs.push({ name: join(dir, f), text: readFileSync(join(dir, f), 'utf8') });
};
const corpusDir = join(__dirname, '..', '..', 'shared', 'corpus');
addDir(join(corpusDir, 'dev'));
addDir(join(corpusDir, 'seeds'));
const examplesDir = join(__dirname, '..', 'docs', 'examples');
addDir(examplesDir);
const examples = docs.filter((d) => d.name.startsWith(examplesDir));

const generate = (targetMb: number): string => generateDocument(examples, targetMb);
for (const ex of examples) docs.push({ name: `nfd:${ex.name}`, text: ex.text.normalize('NFD') });
docs.push({ name: 'generated-1MB', text: generate(1) });

const result: Record<string, unknown> = {};
const t0 = Date.now();
for (const d of docs) {
  const a = analyze(d.text);
  result[d.name] = {
    kind: a.kind,
    sections: a.sections,
    problems: a.problems,
    findings: a.findings.map((f) => ({ rule: f.rule, severity: f.severity, start: f.start, end: f.end, messageId: f.messageId, values: f.values, section: f.section, fixes: f.fixes })),
  };
}
const json = JSON.stringify(result, null, 1);
writeFileSync(out, json);
const count = Object.values(result).reduce((n: number, r) => n + (r as { findings: unknown[] }).findings.length, 0);
console.log(`${docs.length} documents, ${count} findings, ${Date.now() - t0} ms → ${out}`);
if (base) {
  // documents are compared by their name below corpus/ or docs/examples/ (with any nfd: prefix), so a
  // baseline written in another checkout (/work/main, a worktree) compares with this one
  const byName = (r: Record<string, unknown>): Map<string, unknown> =>
    new Map(Object.entries(r).map(([k, v]) => [k.replace(/^(nfd:)?.*?\/((?:corpus\/(?:dev|seeds)|docs\/examples)\/[^/]+)$/, '$1$2'), v]));
  const old = byName(JSON.parse(readFileSync(base, 'utf8')) as Record<string, unknown>);
  const now = byName(result);
  let diffs = 0;
  for (const name of new Set([...old.keys(), ...now.keys()])) {
    const a = JSON.stringify(old.get(name));
    const b = JSON.stringify(now.get(name));
    if (a !== b) {
      diffs++;
      console.log(`DIFFERENT: ${name}`);
    }
  }
  console.log(diffs === 0 ? 'identical to baseline' : `${diffs} documents differ`);
  if (diffs) process.exit(1);
}
