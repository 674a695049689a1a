// Lists every text-rule warning/error on a directory of real articles (texts git-ignored) with the
// editors' typo label it overlaps, for test/corpus/real-review.md, and the labelled typos found by type.
//   npx tsx scripts/review-real.ts .real .real/labels/*.json
//   npx tsx scripts/review-real.ts .real-holdout .real-holdout/labels/holdout.json
import { installLanguageModel } from '../server/src/node/lm-file';
import { analyze } from '../server/src/core/analyze';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../server/src/core/rules';
installLanguageModel();
const dir = process.argv[2];
const labelFiles = process.argv.slice(3);
const typos = new Map<string, Array<{ quote: string; correct: string; type: string }>>();
for (const lf of labelFiles) for (const a of JSON.parse(readFileSync(lf, 'utf8'))) typos.set(a.file, a.typos ?? []);
const textRules = new Set(RULES.filter((r) => r.category === 'text').map((r) => r.id));
const found = new Map<string, number>();
const total = new Map<string, number>();
const rows: string[] = [];
let files = 0;
for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
  files++;
  const raw = readFileSync(join(dir, f), 'utf8');
  const s = raw.normalize('NFC');
  const fs = analyze(s).findings.filter((x) => textRules.has(x.rule) && (x.severity === 'warning' || x.severity === 'error'));
  const spans = (typos.get(f) ?? []).map((t) => {
    const q = t.quote.normalize('NFC');
    const at = s.indexOf(q);
    return { t, start: at, end: at + q.length };
  });
  for (const sp of spans) total.set(sp.t.type, (total.get(sp.t.type) ?? 0) + 1);
  const hitLabels = new Set<number>();
  for (const x of fs) {
    const cut = x.end >= s.trimEnd().length - 1;
    const li = spans.findIndex((sp) => sp.start >= 0 && x.start < sp.end && sp.start < x.end);
    if (li >= 0) hitLabels.add(li);
    const quote = s.slice(Math.max(0, x.start - 30), x.end + 20).replace(/\s+/g, ' ').split(' ');
    const q = quote.slice(1, Math.min(quote.length - 1, 9)).join(' ');
    rows.push([f, q, `${x.rule}/${x.messageId}`, x.fixes[0]?.edits[0]?.newText ?? '', cut ? 'CUT' : li >= 0 ? `LABEL:${spans[li].t.correct}` : '?', s.slice(x.start, x.end)].join(' | '));
  }
  for (const li of hitLabels) found.set(spans[li].t.type, (found.get(spans[li].t.type) ?? 0) + 1);
}
for (const r of rows) console.log(r);
console.log(`files ${files}, findings ${rows.length}`);
for (const [k, n] of total) console.log(`label ${k}: ${found.get(k) ?? 0}/${n}`);
console.log(`labels found: ${[...found.values()].reduce((a, b) => a + b, 0)}/${[...total.values()].reduce((a, b) => a + b, 0)}`);
