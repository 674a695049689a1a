// npm run bench:peer: whole-process time of our full check against textlint + textlint-rule-prh on
// the same 1,000 articles made from real published ones. Prints figures only; not a pass/fail test.
//   (a) node scripts/bin/tin-hoi-nghi.js check --format json <dir>          (all rules)
//   (b) textlint --format json <dir>/*.txt   with only the prh rule, whose prh.yml is built from the
//       same confusable pairs (data/confusables.ts, wrong → right)
// The articles vary real articles (names, communes, numbers) and plant known confusables
// at recorded offsets, so each tool's hits on them can be counted. Runs alternate, several rounds;
// medians are reported. Target: ours ≤ half of textlint's time.
// textlint is installed by scripts/bench-peer-setup.sh into .bench-cache/ (not our dependencies).
//   npm run bench:peer -- [--files 1000] [--rounds 5] [--seed 1] [--corpus real|examples] [--keep] [--no-build] [--misses]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CONFUSABLES } from '../server/src/core/data/confusables';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const FILES = Number(opt('--files') ?? 1000);
const ROUNDS = Number(opt('--rounds') ?? 5);
const SEED = Number(opt('--seed') ?? 1);
const KEEP = args.includes('--keep');
const MISSES = args.includes('--misses');
const BUILD = !args.includes('--no-build');

const root = join(__dirname, '..');
const cache = join(root, '.bench-cache');
const textlintBin = join(cache, 'node_modules', 'textlint', 'bin', 'textlint.js');
const ourBin = join(root, 'scripts', 'bin', 'tin-hoi-nghi.js');

// ---------- setup: textlint in .bench-cache/, our bundle up to date ----------

const run = (cmd: string, argv: string[], cwd = root): void => {
  const r = spawnSync(cmd, argv, { cwd, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`bench:peer: ${cmd} ${argv.join(' ')} exited ${r.status}`);
};
run('bash', [join(root, 'scripts', 'bench-peer-setup.sh')]);
if (BUILD) run(process.execPath, [join(root, 'scripts', 'build.mjs')]);

// ---------- generate the articles ----------

/** mulberry32: a small seeded PRNG, so the corpus is the same from run to run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));

// --corpus real (default, as issue 11 measures): real published articles, .real/*.txt when present
// (git-ignored), else the seeds and dev corpus (../shared/corpus). --corpus examples: the
// docs/examples drafts (shorter and more regular). Each is varied and planted the same way.
const CORPUS = opt('--corpus') ?? 'real';
const textsIn = (dir: string): string[] => {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(join(dir, f), 'utf8').normalize('NFC'));
  } catch {
    return [];
  }
};
let source = 'docs/examples drafts';
const realTexts = (): string[] => {
  const real = textsIn(join(root, '.real'));
  source = 'real articles in .real/';
  if (real.length > 0) return real;
  const shared = join(root, '..', 'shared', 'corpus');
  source = 'seeds and dev-corpus articles';
  return [...textsIn(join(shared, 'dev')), ...textsIn(join(shared, 'seeds'))];
};
const examples = CORPUS === 'real' ? realTexts() : textsIn(join(root, 'docs', 'examples'));
if (examples.length === 0) throw new Error(`bench:peer: no articles for --corpus ${CORPUS}`);

const COMMUNES_IN_EXAMPLES = ['Thanh Lâm', 'Phú An', 'Hưng Đạo', 'Tân Minh', 'Đồng Tiến'];
const COMMUNES = [...COMMUNES_IN_EXAMPLES, 'Quảng Phú', 'Yên Lạc', 'Hòa Bình', 'Sơn Thủy', 'Kim Liên', 'Nghĩa Hưng', 'Tiên Phong', 'Đông Sơn', 'Bình Minh', 'Cẩm Giàng', 'Vĩnh Hòa', 'Xuân Trường', 'Hải Vân'];
// Person names of the drafts; each is replaced consistently within an article.
const NAMES_IN_EXAMPLES = ['Trần Thị Mai', 'Lê Văn Bình', 'Phạm Thu Hà', 'Hoàng Minh Tuấn', 'Nguyễn Văn Khánh', 'Nguyễn Thị Lan', 'Bùi Đức Long', 'Vũ Quốc Hưng', 'Mai Anh', 'Đinh Văn Sơn', 'Lý Thị Hằng', 'Hoàng Yến'];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Tạ'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Quốc', 'Thu', 'Hữu', 'Ngọc', 'Thanh', 'Xuân'];
const GIVEN = ['Hùng', 'Lan', 'Hương', 'Dũng', 'Nam', 'Hạnh', 'Thắng', 'Hoa', 'Tùng', 'Phương', 'Cường', 'Nga', 'Sơn', 'Thảo', 'Kiên', 'Yến'];
const upper = (s: string): string => s.toLocaleUpperCase('vi');
const cap = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

// Planted confusables are wrapped in these markers while the text is built; a last pass strips them
// and records the offsets (UTF-16 units, as both tools report).
const OPEN = '\u0001';
const CLOSE = '\u0002';
const PAIRS = CONFUSABLES.map((c) => ({ wrong: c.wrong.normalize('NFC'), right: c.right.normalize('NFC') }));
const WRONG_BY_RIGHT = new Map<string, string[]>();
for (const p of PAIRS) WRONG_BY_RIGHT.set(p.right, [...(WRONG_BY_RIGHT.get(p.right) ?? []), p.wrong]);
const RIGHT_RE = new Map(
  [...WRONG_BY_RIGHT.keys()].map((r) => [r, new RegExp(`(?<![\\p{L}\\p{M}${OPEN}])${r}(?![\\p{L}\\p{M}${CLOSE}])`, 'u')]),
);
// Carrier sentences for confusables whose right form is not in the draft; the words around the slot
// are outside every notBefore / notAfter list of the table.
const CARRIERS = [
  (w: string) => `Nhiều ý kiến nhắc đến việc ${w} trong thời gian qua.`,
  (w: string) => `Báo cáo có nêu nội dung ${w} ở một số thôn.`,
  (w: string) => `Đại biểu lưu ý thêm về ${w} trong năm tới.`,
];

interface Article { name: string; text: string; planted: Array<{ wrong: string; start: number; end: number }> }

function article(i: number): Article {
  let text = examples[i % examples.length];
  const commune = pick(COMMUNES);
  text = text.replace(new RegExp(COMMUNES_IN_EXAMPLES.join('|'), 'g'), commune);
  text = text.replace(new RegExp(COMMUNES_IN_EXAMPLES.map(upper).join('|'), 'g'), upper(commune));
  for (const name of NAMES_IN_EXAMPLES) {
    if (!text.includes(name)) continue;
    const parts = name.split(' ');
    const fresh = parts.length === 2 ? `${pick(GIVEN)} ${pick(GIVEN)}` : `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
    text = text.split(name).join(fresh);
  }
  // Years shift together; days of the month vary (an impossible one such as 31/6 is kept), and so do
  // quantities with a unit and counts before a noun.
  const shift = int(-6, 1);
  text = text.replace(/\b20(1\d|2\d)\b/g, (y) => String(Number(y) + shift));
  text = text.replace(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, (_m, d, mo, y) => `${Number(d) > 28 ? d : int(1, 28)}/${mo}/${y}`);
  text = text.replace(/\b(\d{2,4})(?= (?:ha|tấn|km|triệu|đại biểu))/g, (n) => String(Math.max(1, Number(n) + int(-9, 9))));
  text = text.replace(/\b(\d{1,2})(?= (?:tập thể|cá nhân|nghị quyết|nhiệm vụ|nhóm))/g, (n) => String(Math.max(2, Number(n) + int(-1, 3))));

  // Plant 0–4 confusables: replace a right form in the body when there is one, else add a sentence.
  // A right form counts only as whole words outside an earlier plant ("bàng quan" in "bàng quang").
  const want = int(0, 4);
  const paragraphs = text.split('\n\n');
  const body = (j: number): boolean => j > 0 && j < paragraphs.length - 1;
  for (let k = 0; k < want; k++) {
    const present = [...WRONG_BY_RIGHT.keys()].filter((r) => paragraphs.some((p, j) => body(j) && RIGHT_RE.get(r)!.test(p)));
    if (present.length > 0 && rand() < 0.5) {
      const right = pick(present);
      const wrong = pick(WRONG_BY_RIGHT.get(right)!);
      const at = paragraphs.findIndex((p, j) => body(j) && RIGHT_RE.get(right)!.test(p));
      paragraphs[at] = paragraphs[at].replace(RIGHT_RE.get(right)!, OPEN + wrong + CLOSE);
    } else {
      const wrong = pick(PAIRS).wrong;
      const j = int(1, Math.max(1, paragraphs.length - 2));
      paragraphs[j] = `${paragraphs[j]} ${pick(CARRIERS)(OPEN + wrong + CLOSE)}`;
    }
  }
  text = paragraphs.join('\n\n');

  const planted: Article['planted'] = [];
  let out = '';
  let start = 0;
  for (const ch of text) {
    if (ch === OPEN) start = out.length;
    else if (ch === CLOSE) planted.push({ wrong: out.slice(start), start, end: out.length });
    else out += ch;
  }
  return { name: `tin-${String(i + 1).padStart(4, '0')}.txt`, text: out, planted };
}

const work = mkdtempSync(join(tmpdir(), 'bench-peer-'));
const dir = join(work, 'articles');
const cfg = join(work, 'textlint');
mkdirSync(dir);
mkdirSync(cfg);
const articles: Article[] = [];
let bytes = 0;
for (let i = 0; i < FILES; i++) {
  const a = article(i);
  writeFileSync(join(dir, a.name), a.text);
  bytes += Buffer.byteLength(a.text, 'utf8');
  articles.push(a);
}
const plantedTotal = articles.reduce((n, a) => n + a.planted.length, 0);

// prh.yml from the same pairs: one rule per pair, plus a capitalised one for sentence starts.
const yamlStr = (s: string): string => JSON.stringify(s);
const prh = ['version: 1', 'rules:'];
for (const p of PAIRS) {
  prh.push(`  - expected: ${yamlStr(p.right)}`, `    pattern: ${yamlStr(p.wrong)}`);
  prh.push(`  - expected: ${yamlStr(cap(p.right))}`, `    pattern: ${yamlStr(cap(p.wrong))}`);
}
writeFileSync(join(cfg, 'prh.yml'), prh.join('\n') + '\n');
writeFileSync(join(cfg, '.textlintrc.json'), JSON.stringify({ rules: { prh: { rulePaths: [join(cfg, 'prh.yml')] } } }, null, 2) + '\n');

// ---------- the two commands ----------

const files = articles.map((a) => join(dir, a.name)); // what the shell makes of <dir>/*.txt
interface Tool { label: string; cmd: string; argv: string[]; cwd: string }
const ours: Tool = { label: 'tin-hoi-nghi check (all rules)', cmd: process.execPath, argv: [ourBin, 'check', '--format', 'json', dir], cwd: work };
const textlint: Tool = {
  label: 'textlint (prh only)',
  cmd: process.execPath,
  argv: [textlintBin, '--config', join(cfg, '.textlintrc.json'), '--rules-base-directory', join(cache, 'node_modules'), '--format', 'json', ...files],
  cwd: work,
};

/**
 * CPU seconds (user + system) of this process's waited-for children, from /proc/self/stat
 * (cutime, cstime; clock ticks, USER_HZ = 100 on Linux). NaN where /proc is missing.
 */
function childCpu(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // fields 16 and 17 of proc(5)
  } catch {
    return NaN;
  }
}

/** Runs the whole process; exit 0 or 1 (1 = findings, for both tools) is success. */
function timed(tool: Tool): { seconds: number; cpu: number; stdout: string } {
  const c0 = childCpu();
  const t0 = performance.now();
  const r = spawnSync(tool.cmd, tool.argv, { cwd: tool.cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = childCpu() - c0;
  if (r.error) throw r.error;
  if (r.status !== 0 && r.status !== 1) {
    throw new Error(`bench:peer: ${tool.label} exited ${r.status ?? r.signal}\n${r.stderr.slice(0, 2000)}`);
  }
  return { seconds, cpu, stdout: r.stdout };
}

const cpuCount = availableParallelism();
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

console.log(`\ntin-hoi-nghi bench:peer — node ${process.version}, ${FILES} articles in ${dir} (varied from ${examples.length} ${source})`);
console.log(`  ${PAIRS.length} confusable pairs → ${PAIRS.length * 2} prh rules; ${plantedTotal} confusables planted\n`);

// One untimed run each warms the page cache and gives the findings to count.
const warmOurs = timed(ours);
const warmTextlint = timed(textlint);

const times = new Map<Tool, number[]>([[ours, []], [textlint, []]]);
const cpus = new Map<Tool, number[]>([[ours, []], [textlint, []]]);
for (let r = 0; r < ROUNDS; r++) {
  const order = r % 2 === 0 ? [ours, textlint] : [textlint, ours];
  const line: string[] = [];
  for (const tool of order) {
    const { seconds, cpu } = timed(tool);
    times.get(tool)!.push(seconds);
    cpus.get(tool)!.push(cpu);
    line.push(`${tool === ours ? 'ours' : 'textlint'} ${seconds.toFixed(2)} s (cpu ${cpu.toFixed(2)} s)`);
  }
  console.log(`  round ${r + 1}/${ROUNDS}: ${line.join(', ')}`);
}

// ---------- findings ----------

const byPath = new Map(articles.map((a) => [join(dir, a.name), a]));
const lineStarts = (text: string): number[] => {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
};
const hit = (a: Article, from: number, to: number, found: Set<string>): void => {
  for (const p of a.planted) if (from < p.end && to > p.start) found.add(`${a.name}:${p.start}`);
};

interface OurFile { file: string; diagnostics: Array<{ rule: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }> }
const ourJson = JSON.parse(warmOurs.stdout) as OurFile[];
let ourFindings = 0;
let ourConfusable = 0;
const ourFound = new Set<string>();
for (const f of ourJson) {
  ourFindings += f.diagnostics.length;
  const a = byPath.get(f.file) ?? byPath.get(join(work, f.file)) ?? articles.find((x) => f.file.endsWith(x.name));
  if (!a) continue;
  const starts = lineStarts(a.text);
  for (const d of f.diagnostics) {
    if (d.rule !== 'confusable-word') continue;
    ourConfusable++;
    hit(a, starts[d.range.start.line] + d.range.start.character, starts[d.range.end.line] + d.range.end.character, ourFound);
  }
}

interface TextlintFile { filePath: string; messages: Array<{ ruleId: string; index: number; fix?: { range: [number, number] } }> }
const tlJson = JSON.parse(warmTextlint.stdout) as TextlintFile[];
let tlFindings = 0;
const tlFound = new Set<string>();
for (const f of tlJson) {
  tlFindings += f.messages.length;
  const a = byPath.get(f.filePath);
  if (!a) continue;
  for (const m of f.messages) {
    const [from, to] = m.fix?.range ?? [m.index, m.index + 1];
    hit(a, from, to, tlFound);
  }
}

const mOurs = median(times.get(ours)!);
const mTl = median(times.get(textlint)!);
const ratio = mOurs / mTl;
const cOurs = median(cpus.get(ours)!);
const cTl = median(cpus.get(textlint)!);
const pct = (n: number): string => `${((100 * n) / Math.max(1, plantedTotal)).toFixed(1)}%`;
console.log(`
files:                 ${FILES}
total size:            ${(bytes / 1e6).toFixed(2)} MB
median, ${ROUNDS} rounds:     ours ${mOurs.toFixed(2)} s   textlint+prh ${mTl.toFixed(2)} s
ratio ours/textlint:   ${ratio.toFixed(2)}  (target ≤ 0.50: ${ratio <= 0.5 ? 'met' : 'NOT met'})
median cpu (user+sys): ours ${cOurs.toFixed(2)} s   textlint+prh ${cTl.toFixed(2)} s   ratio ${(cOurs / cTl).toFixed(2)}
load average (1 min):  ${loadavg()[0].toFixed(2)} on ${cpuCount} cores (wall times are noisy when this exceeds the cores)
findings reported:     ours ${ourFindings} (all rules; ${ourConfusable} confusable-word)   textlint ${tlFindings} (prh)
planted confusables:   ${plantedTotal}; found by ours ${ourFound.size} (${pct(ourFound.size)}), by textlint ${tlFound.size} (${pct(tlFound.size)})`);

if (MISSES) {
  for (const [label, found] of [['ours', ourFound], ['textlint', tlFound]] as const) {
    for (const a of articles) {
      for (const p of a.planted) {
        if (found.has(`${a.name}:${p.start}`)) continue;
        const ctx = a.text.slice(Math.max(0, p.start - 30), p.end + 30).replace(/\n/g, ' ');
        console.log(`  missed by ${label}: ${a.name}@${p.start} “${p.wrong}” … ${ctx} …`);
      }
    }
  }
}
if (KEEP) console.log(`\nkept: ${work}`);
else rmSync(work, { recursive: true, force: true });
