// npm run eval:inject: plants realistic typing slips (seeded) into real articles and measures what
// the text rules find. Texts: .real/*.txt when present (real published articles, git-ignored),
// else the seeds and the dev corpus. About one slip per 60 syllables.
//   recall by slip type, real-word (the slip leaves a valid syllable) vs non-word,
//   precision = planted found / (planted found + new findings that were not there before planting).
//   npm run eval:inject -- [--dir DIR] [--seed N] [--rounds N] [--rate 60] [--split tune|test|all] [--verbose] [--no-lm]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../server/src/core/analyze';
import { RULES } from '../server/src/core/rules';
import { isAttested, parseSyllable } from '../server/src/core/text/syllable';
import { putTone, splitTone, toneIndex, type Tone } from '../server/src/core/text/tone';
import { tokenTable } from '../server/src/core/text/word-tokens';
import { installLanguageModel } from '../server/src/node/lm-file';
import { THRESHOLDS } from '../server/src/core/lm';
import type { Finding } from '../server/src/core/types';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = join(__dirname, '..');
const SEED = Number(opt('--seed') ?? 1);
const ROUNDS = Number(opt('--rounds') ?? 2);
const RATE = Number(opt('--rate') ?? 60);
const SPLIT = opt('--split') ?? 'all';
const VERBOSE = args.includes('--verbose');
if (!args.includes('--no-lm')) installLanguageModel();
// threshold experiments: --real X --unmarked Y (natural-log margins; defaults in core/lm/detect.ts)
if (opt('--real')) THRESHOLDS.realWord = Number(opt('--real'));
if (opt('--unmarked')) THRESHOLDS.unmarked = Number(opt('--unmarked'));
if (opt('--unmarked-real')) THRESHOLDS.unmarkedReal = Number(opt('--unmarked-real'));

// ---------- texts ----------
function textsFrom(dir: string): Array<{ name: string; text: string }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
}
let texts: Array<{ name: string; text: string }>;
const dirOpt = opt('--dir');
const realDir = join(root, '.real');
if (dirOpt) texts = textsFrom(resolve(dirOpt));
else if (existsSync(realDir) && readdirSync(realDir).some((f) => f.endsWith('.txt'))) texts = textsFrom(realDir);
else {
  const shared = join(root, '..', 'shared', 'corpus');
  texts = [...textsFrom(join(shared, 'seeds')), ...textsFrom(join(shared, 'dev'))];
}
// tune on even-numbered texts, report on odd ones (or all)
if (SPLIT !== 'all') texts = texts.filter((_, i) => (i % 2 === 0) === (SPLIT === 'tune'));

// ---------- seeded random ----------
let state = SEED >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];

// ---------- slips ----------
type SlipType = 'tone' | 'mark' | 'drop' | 'insert' | 'substitute' | 'transpose' | 'doubled' | 'telex' | 'unmarked';
const TYPES: Array<[SlipType, number]> = [
  ['tone', 30], ['mark', 14], ['drop', 12], ['insert', 8], ['substitute', 10], ['transpose', 8], ['doubled', 5], ['telex', 6], ['unmarked', 7],
];
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function neighboursOf(ch: string): string[] {
  const out: string[] = [];
  ROWS.forEach((row, r) => {
    const c = row.indexOf(ch);
    if (c < 0) return;
    if (c > 0) out.push(row[c - 1]);
    if (c + 1 < row.length) out.push(row[c + 1]);
    for (const rr of [r - 1, r + 1]) {
      if (rr < 0 || rr >= ROWS.length) continue;
      const shift = rr < r ? 0 : -1;
      for (const cc of [c + shift, c + shift + 1]) if (cc >= 0 && cc < ROWS[rr].length) out.push(ROWS[rr][cc]);
    }
  });
  return out;
}
const BASE: Record<string, string> = { ă: 'a', â: 'a', đ: 'd', ê: 'e', ô: 'o', ơ: 'o', ư: 'u' };
const MARKS: Record<string, string> = { a: 'ăâ', ă: 'aâ', â: 'aă', e: 'ê', ê: 'e', o: 'ôơ', ô: 'oơ', ơ: 'oô', u: 'ư', ư: 'u', d: 'đ', đ: 'd' };
const TELEX_KEYS: Record<string, string> = { ă: 'aw', â: 'aa', đ: 'dd', ê: 'ee', ô: 'oo', ơ: 'ow', ư: 'uw' };
const TONE_KEYS = ['', 'f', 's', 'r', 'x', 'j'];

function build(letters: string, tone: Tone): string {
  if (tone === 0) return letters;
  const at = toneIndex(letters, 'new');
  return at < 0 ? letters : putTone(letters, at, tone);
}

/** A slip of `type` applied to a lower-case syllable, or null when it does not apply. */
function slip(word: string, type: SlipType): string | null {
  const { letters, tone, marks } = splitTone(word);
  if (marks > 1) return null;
  const chars = [...letters];
  const k = Math.floor(random() * chars.length);
  switch (type) {
    case 'tone': {
      const t = pick([0, 1, 2, 3, 4, 5].filter((x) => x !== tone)) as Tone;
      return build(letters, t);
    }
    case 'mark': {
      const at = chars.map((c, i) => (MARKS[c] ? i : -1)).filter((i) => i >= 0);
      if (at.length === 0) return null;
      const i = pick(at);
      chars[i] = pick([...MARKS[chars[i]]]);
      return build(chars.join(''), tone);
    }
    case 'drop': {
      if (chars.length < 2) return null;
      chars.splice(k, 1);
      return build(chars.join(''), tone);
    }
    case 'insert': {
      const base = BASE[chars[k]] ?? chars[k];
      const extra = random() < 0.3 ? base : pick(neighboursOf(base).length ? neighboursOf(base) : [base]);
      chars.splice(k + (random() < 0.5 ? 0 : 1), 0, extra);
      return build(chars.join(''), tone);
    }
    case 'substitute': {
      const base = BASE[chars[k]] ?? chars[k];
      const ns = neighboursOf(base);
      if (ns.length === 0) return null;
      chars[k] = pick(ns);
      return build(chars.join(''), tone);
    }
    case 'transpose': {
      if (chars.length < 2) return null;
      const i = Math.floor(random() * (chars.length - 1));
      if (chars[i] === chars[i + 1]) return null;
      [chars[i], chars[i + 1]] = [chars[i + 1], chars[i]];
      return build(chars.join(''), tone);
    }
    case 'telex': {
      if (tone === 0 && !/[ăâđêôơư]/.test(letters)) return null;
      return chars.map((c) => TELEX_KEYS[c] ?? c).join('') + TONE_KEYS[tone];
    }
    case 'unmarked': {
      const plain = chars.map((c) => BASE[c] ?? c).join('');
      return plain === word ? null : plain;
    }
    case 'doubled':
      return `${word} ${word}`;
  }
}

const realWord = (w: string): boolean => !w.includes(' ') && isAttested(w) && parseSyllable(w) !== null;

// ---------- measuring ----------
const TEXT_RULES = new Set(RULES.filter((r) => r.category === 'text').map((r) => r.id));
const textFindings = (text: string): Finding[] => analyze(text).findings.filter((f) => TEXT_RULES.has(f.rule));
const keyOf = (text: string, f: Finding): string => `${f.rule}|${text.slice(f.start, f.end)}`;

interface Planted {
  start: number;
  end: number;
  type: SlipType;
  real: boolean;
  from: string;
  to: string;
  file: string;
}

const byType = new Map<string, { n: number; found: number }>();
const tally = (key: string, found: boolean): void => {
  const s = byType.get(key) ?? { n: 0, found: 0 };
  s.n++;
  if (found) s.found++;
  byType.set(key, s);
};
let plantedFound = 0;
let newFindings = 0;
let syllables = 0;
const misses: string[] = [];
const extras: string[] = [];
const VIET = /^[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+$/;

for (let round = 0; round < ROUNDS; round++) {
  for (const { name, text: raw } of texts) {
    const text = raw.normalize('NFC');
    const before = new Map<string, number>();
    for (const f of textFindings(text)) before.set(keyOf(text, f), (before.get(keyOf(text, f)) ?? 0) + 1);
    const t = tokenTable(text);
    // plantable: lower-case Vietnamese syllables inside a phrase, not next to digits, not the last words (cut texts)
    const spots: number[] = [];
    for (let i = 1; i < t.count - 3; i++) {
      const w = text.slice(t.start[i], t.end[i]);
      if (!VIET.test(w) || !realWord(w) || w.length < 2) continue;
      if (/[0-9]/.test(text[t.start[i] - 1] ?? '') || /[0-9]/.test(text[t.end[i]] ?? '')) continue;
      spots.push(i);
    }
    syllables += t.count;
    const want = Math.max(1, Math.round(t.count / RATE));
    const chosen = new Set<number>();
    for (let tries = 0; chosen.size < want && tries < want * 20 && spots.length > 0; tries++) {
      const i = pick(spots);
      if (chosen.has(i - 1) || chosen.has(i) || chosen.has(i + 1) || chosen.has(i - 2) || chosen.has(i + 2)) continue;
      chosen.add(i);
    }
    // apply, left to right
    const order = [...chosen].sort((a, b) => a - b);
    let out = '';
    let last = 0;
    const planted: Planted[] = [];
    for (const i of order) {
      const from = text.slice(t.start[i], t.end[i]);
      let to: string | null = null;
      let type: SlipType = 'tone';
      for (let tries = 0; tries < 10 && (to === null || to === from); tries++) {
        type = pickType();
        to = slip(from, type);
      }
      if (to === null || to === from) continue;
      out += text.slice(last, t.start[i]);
      const start = out.length;
      out += to;
      planted.push({ start, end: out.length, type, real: type === 'doubled' || realWord(to), from, to, file: name });
      last = t.end[i];
    }
    out += text.slice(last);
    const after = textFindings(out);
    const seen = new Map<string, number>();
    for (const f of after) {
      const hit = planted.find((p) => f.start < p.end && p.start < f.end);
      if (hit) continue;
      const k = keyOf(out, f);
      const n = (seen.get(k) ?? 0) + 1;
      seen.set(k, n);
      if (n > (before.get(k) ?? 0)) {
        newFindings++;
        extras.push(`${name}: ${f.rule}/${f.messageId} «${out.slice(Math.max(0, f.start - 20), f.end + 20).replace(/\n/g, ' ')}» [${out.slice(f.start, f.end)}]`);
      }
    }
    for (const p of planted) {
      const found = after.some((f) => f.start < p.end && p.start < f.end);
      if (found) plantedFound++;
      tally(p.type, found);
      tally(p.real ? 'real-word' : 'non-word', found);
      tally(`${p.real ? 'real' : 'non'}:${p.type}`, found);
      if (!found) misses.push(`${p.file}: ${p.type} ${p.real ? 'real' : 'non'} ${p.from} → ${p.to}  «${out.slice(Math.max(0, p.start - 25), p.end + 25).replace(/\n/g, ' ')}»`);
    }
  }
}

function pickType(): SlipType {
  const total = TYPES.reduce((n, [, w]) => n + w, 0);
  let r = random() * total;
  for (const [type, w] of TYPES) if ((r -= w) < 0) return type;
  return 'tone';
}

const row = (label: string, s: { n: number; found: number } | undefined): string =>
  `${label.padEnd(22)} ${String(s?.n ?? 0).padStart(5)} ${String(s?.found ?? 0).padStart(6)}  ${s && s.n ? (s.found / s.n).toFixed(3) : '   -'}`;
console.log(`eval:inject — ${texts.length} texts × ${ROUNDS} rounds, ${syllables} syllables, seed ${SEED}, one slip per ${RATE} syllables, split ${SPLIT}\n`);
console.log(`${'slip'.padEnd(22)} ${'n'.padStart(5)} ${'found'.padStart(6)}  recall`);
for (const [type] of TYPES) console.log(row(type, byType.get(type)));
console.log('');
for (const [type] of TYPES) for (const cls of ['real', 'non']) if (byType.get(`${cls}:${type}`)) console.log(row(`  ${cls}:${type}`, byType.get(`${cls}:${type}`)));
console.log('');
console.log(row('non-word', byType.get('non-word')) + '   target ≥ 0.97');
console.log(row('real-word', byType.get('real-word')) + '   target ≥ 0.80');
const precision = plantedFound / Math.max(1, plantedFound + newFindings);
console.log(`precision: ${plantedFound} planted found, ${newFindings} new findings elsewhere → ${precision.toFixed(3)}   target ≥ 0.95`);
if (VERBOSE) {
  console.log('\nMissed:');
  for (const m of misses) console.log('  ' + m);
  console.log('\nNew findings not at a planted slip:');
  for (const e of extras) console.log('  ' + e);
}
