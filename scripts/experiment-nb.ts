// Experiment, not shipped: a multinomial naive Bayes on word uni/bigrams (first 25 words of each
// body sentence, plus first-sentence and paragraph-start marks) trained on the tuning half of the
// real corpus, decoding with a bonus λ for staying in the previous section; title, dateline,
// captions and byline come from the segmenter. Prints section agreement on complete articles
// (same measure as eval:real) for tuning (in-sample) and held-out articles, to compare with the
// hand cues of segment/cues.ts.   npx tsx scripts/experiment-nb.ts
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/core/analyze';
import { SECTION_NAMES, type SectionName } from '../server/src/core/types';
import { isHeldOut, isUsable, locateSections, sentenceIndex, sentenceStarts, type RealLabel } from '../test/support/real-corpus';
const TEXTS = join(__dirname, '..', '.real') + '/';
const BODY = new Set<SectionName>(['opening','attendees','achievements','shortcomings','discussion','directives','conclusion','tasks','commendations']);
const labels = (JSON.parse(readFileSync(join(__dirname, '..', 'test', 'corpus', 'real', 'labels.json'), 'utf8')) as RealLabel[]).filter(isUsable).filter(l => existsSync(TEXTS + l.file));
type Sent = { text: string; gold: SectionName | null; start: number; body: boolean; first: boolean; paraStart: boolean };
function prep(l: any) {
  const text = readFileSync(TEXTS + l.file,'utf8');
  const res = analyze(text);
  const starts = sentenceStarts(text);
  const { located } = locateSections(text, l.sections);
  const goldAt = new Map<number, SectionName>(); for (const s of located) goldAt.set(sentenceIndex(starts, s.start), s.name);
  const sents: Sent[] = []; let gold: SectionName | null = null; let seenBody = false;
  for (let i = 0; i < starts.length; i++) {
    const st = starts[i]; const en = i + 1 < starts.length ? starts[i+1] : text.length;
    const g = goldAt.get(i); if (g && BODY.has(g)) gold = g;
    const sec = [...res.sections].reverse().find(s => s.start <= st + 1) ?? res.sections[0];
    const body = !!sec && BODY.has(sec.name);
    sents.push({ text: text.slice(st, en), gold, start: st, body, first: body && !seenBody, paraStart: st === 0 || text[st-1] === '\n' });
    if (body) seenBody = true;
  }
  return { text, res, sents, starts };
}
const tok = (s: Sent) => { const w = s.text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu,' ').split(/\s+/).filter(Boolean).slice(0, 25); const f = [...w]; for (let i=0;i+1<w.length;i++) f.push(w[i]+'_'+w[i+1]); if (s.first) f.push('#FIRST'); if (s.paraStart) f.push('#PARA'); return f; };
if (labels.length === 0) {
  console.log('experiment-nb: no real texts in .real/; skipped.');
  process.exit(0);
}
const data = labels.map(l => ({ l, ...prep(l) }));
const train = data.filter(d => !isHeldOut(d.l.file));
const classes = [...BODY]; const cnt = new Map<string, Map<string, number>>(); const tot = new Map<string, number>(); const prior = new Map<string, number>(); const vocab = new Set<string>();
for (const d of train) for (const s of d.sents) if (s.body && s.gold) { const c = s.gold; prior.set(c,(prior.get(c)??0)+1); const m = cnt.get(c) ?? new Map(); cnt.set(c,m); for (const f of tok(s)) { m.set(f,(m.get(f)??0)+1); tot.set(c,(tot.get(c)??0)+1); vocab.add(f);} }
const N = [...prior.values()].reduce((a,b)=>a+b,0);
const logp = (s: Sent) => classes.map(c => { let lp = Math.log(((prior.get(c)??0)+1)/(N+classes.length)); const m = cnt.get(c) ?? new Map(); const t = tot.get(c) ?? 0; for (const f of tok(s)) lp += Math.log(((m.get(f)??0)+1)/(t+vocab.size)); return lp; });
function score(set: typeof data, lambda: number) {
  let pairs = 0, agree = 0;
  for (const d of set) { if (!d.l.complete) continue;
    const found = new Map<SectionName, number>(); let prev: SectionName | null = null;
    for (const s of d.sents) { if (!s.body) continue; const lp = logp(s); let best = -Infinity, bc = classes[0]; classes.forEach((c,i)=>{ const v = lp[i] + (c===prev?lambda:0); if (v>best){best=v;bc=c;} }); prev = bc as SectionName; if (!found.has(prev)) found.set(prev, s.start); }
    for (const s of d.res.sections) if (!BODY.has(s.name) && !found.has(s.name)) found.set(s.name, s.start);
    const { located } = locateSections(d.text, d.l.sections); const lab = new Map<SectionName, number>(); for (const s of located) if (!lab.has(s.name)) lab.set(s.name, s.start);
    for (const n of SECTION_NAMES) { const a = lab.get(n), b = found.get(n); pairs++; const ok = (a===undefined)===(b===undefined) && (a===undefined || sentenceIndex(d.starts,a)===sentenceIndex(d.starts,b!)); if (ok) agree++; }
  }
  return `${agree}/${pairs} ${(100*agree/pairs).toFixed(1)}%`;
}
for (const lambda of [0, 2, 5, 10, 20]) console.log('lambda', lambda, 'tuning', score(train, lambda), 'held out', score(data.filter(d => isHeldOut(d.l.file)), lambda));
