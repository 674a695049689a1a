/// <reference path="../server/src/lsp/node-shims.d.ts" />
// Language server latency benchmark (figures only, no pass/fail). Targets: cold start → first
// diagnostics ≤ 300 ms, edit → diagnostics p95 ≤ 20 ms on a typical article, RSS ≤ 60 MB.
//   npm run bench:lsp [-- --no-build] [--runs N] [--cold-only] [--cold N] [--idle S] [--huge MB] [--big-only] [--each]
// RSS is read at the first diagnostics and again after --idle S seconds (default 10; 0: not) with the
// article open and nothing to do: V8's memory reducer gives back the young generation's and the
// start-up's spare pages about 8 s after the load, so the second figure is what an idle editor holds.
// --big-only: one cold start, then only the 1 MB article; --each: also each 1 MB edit's latency (ms).
// --huge MB (slow, GBs of RAM): only the memory of an MB-megabyte document (the e2e test's repeated
// paragraph) pushed with debounce 0: the server's peak RSS at its first diagnostics and after one
// edit, against a bare pass (read + NFC + tokenising, as in bench.ts) in a child process.

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_DEBOUNCE_MS } from '../server/src/lsp/constants';
import { AS_VS_CODE, ROOT, TestClient } from '../test/lsp/client';
import { bigDocument, lineBreakEdit, middleEdit, TYPICAL } from './lsp-articles';
import { peakMb } from './proc-stats';

const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const coldArg = args.indexOf('--cold');
const COLD = coldArg >= 0 ? Math.max(1, Number(args[coldArg + 1]) || 5) : 5;
const COLD_ONLY = args.includes('--cold-only');
const BIG_ONLY = args.includes('--big-only');
const EACH = args.includes('--each');
const idleArg = args.indexOf('--idle');
const IDLE_S = idleArg >= 0 ? Math.max(0, Number(args[idleArg + 1]) || 0) : 10;
const hugeArg = args.indexOf('--huge');
const HUGE_MB = hugeArg >= 0 ? Math.max(1, Number(args[hugeArg + 1]) || 50) : 0;
const RUNS = runsArg >= 0 ? Math.max(5, Number(args[runsArg + 1]) || 200) : 200;

const median = (xs: number[]): number => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
const ms = (x: number): string => `${x.toFixed(1)} ms`;

function rssMb(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux
  }
  try {
    return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024;
  } catch {
    return NaN;
  }
}

/**
 * CPU time (user + system, ms) the process has used so far, from /proc (NaN elsewhere); with
 * `mainThread`, only its main thread's (the rest is V8's helper threads: concurrent compilation and GC).
 */
function cpuMs(pid: number | undefined, mainThread = false): number {
  if (!pid) return NaN;
  try {
    const fields = readFileSync(mainThread ? `/proc/${pid}/task/${pid}/stat` : `/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 10 ms (USER_HZ 100)
  } catch {
    return NaN;
  }
}

async function coldStart(): Promise<{ ms: number; cpu: number; client: TestClient }> {
  const t0 = performance.now();
  const client = await TestClient.start({ pull: true, ...AS_VS_CODE });
  const uri = 'file:///bench/typical.tin.txt';
  await client.open(uri, TYPICAL);
  await client.pull(uri);
  return { ms: performance.now() - t0, cpu: cpuMs(client.child.pid), client };
}

/**
 * Edits (middleEdit, or `edit`) and waits for the diagnostics of each, pulled as VS Code pulls
 * (with the result id it holds: an unchanged report keeps the diagnostics shown) or pushed. `pauseMs` > 0 waits
 * that long before each edit (an editor's user who looks at the result before the next edit);
 * 0 sends the next edit as soon as the diagnostics arrive.
 */
async function editLatency(client: TestClient, uri: string, text: string, runs: number, pull: boolean, pauseMs = 0, firstVersion = 1, edit = middleEdit): Promise<number[]> {
  const times: number[] = [];
  let version = firstVersion;
  for (let i = 0; i < runs; i++) {
    version++;
    const change = edit(text, i);
    if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    const t0 = performance.now();
    const wanted = version;
    const published = pull ? undefined : client.diagnostics(uri, (p) => p.version === wanted);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    if (pull) await client.pullShown(uri);
    else await published;
    times.push(performance.now() - t0);
  }
  return times;
}

async function huge(mb: number): Promise<void> {
  const line = 'Chiều ngày 14/3/2023, Đảng ủy xã Phú An tổ chức hội nghị sơ kết các các chỉ tiêu.';
  const paragraph = `${line} Hội nghị thống nhất 14/24 chỉ tiêu đạt, 10/24 chỉ tiêu chưa đạt.\n\n`;
  const count = Math.ceil((mb * 1024 * 1024) / Buffer.byteLength(paragraph));
  const bareScript = `const t = Buffer.from(${JSON.stringify(paragraph)}.repeat(${count})).toString('utf8').normalize('NFC'); let n = 0;
for (const _ of t.matchAll(/[\\p{L}\\p{N}]+/gu)) n++;
console.log(/VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status', 'utf8'))[1] / 1024);`;
  const bare = Number(execFileSync(process.execPath, ['-e', bareScript], { encoding: 'utf8', maxBuffer: 1 << 20 }).trim());
  console.log(`${mb} MB document (${count} paragraphs): bare pass peak RSS ${bare.toFixed(0)} MB`);
  const text = paragraph.repeat(count);
  const client = await TestClient.start({ pull: false, settings: { debounceMs: 0 }, ...AS_VS_CODE });
  const uri = 'untitled:bench-huge';
  let t0 = performance.now();
  const first = client.diagnostics(uri, (p) => p.version === 1);
  await client.open(uri, text);
  const n1 = (await first).diagnostics.length;
  const p1 = peakMb(client.child.pid);
  console.log(`  server, first diagnostics: ${((performance.now() - t0) / 1000).toFixed(1)} s, ${n1} diagnostics, peak RSS ${p1.toFixed(0)} MB = ${(p1 / bare).toFixed(1)}× the bare pass`);
  const at = { line: 2 * Math.floor(count / 2), character: 5 };
  t0 = performance.now();
  const second = client.diagnostics(uri, (p) => p.version === 2);
  await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: at, end: at }, text: 'a' }] });
  const n2 = (await second).diagnostics.length;
  const p2 = peakMb(client.child.pid);
  console.log(`  server, after one edit: ${((performance.now() - t0) / 1000).toFixed(1)} s, ${n2} diagnostics, peak RSS ${p2.toFixed(0)} MB = ${(p2 / bare).toFixed(1)}× the bare pass`);
  await client.stop();
}

async function main(): Promise<void> {
  if (!args.includes('--no-build')) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (HUGE_MB > 0) return huge(HUGE_MB);
  // The server's code cache holds what its first analysis after a build compiled. Written by another
  // first document (bench:memory's 50 MB, the storm test's), it makes these starts ~60 ms slower and
  // ~0.8 MB bigger; the first start below writes it again from the typical article.
  const dist = join(ROOT, 'server', 'dist');
  for (const f of readdirSync(dist)) if (/^\.server-bundle\.js\..*\.cache$/.test(f)) rmSync(join(dist, f), { force: true });
  console.log(`tin-hoi-nghi language server benchmark (node ${process.version}, ${RUNS} edits)`);
  console.log(`typical article: ${Buffer.byteLength(TYPICAL)} bytes`);

  const colds: number[] = [];
  const coldCpus: number[] = [];
  let client: TestClient | undefined;
  const cold = BIG_ONLY ? 1 : COLD;
  for (let i = 0; i < cold; i++) {
    const run = await coldStart();
    colds.push(run.ms);
    coldCpus.push(run.cpu);
    if (i < cold - 1) await run.client.stop();
    else client = run.client;
  }
  console.log(`cold start → first diagnostics: first ${ms(colds[0])}, median ${ms(median(colds))}, min ${ms(Math.min(...colds))} (${cold} runs)`);
  console.log(`  server CPU time (user + sys) until then: median ${ms(median(coldCpus))}, min ${ms(Math.min(...coldCpus))} (10 ms ticks; steadier than wall time on a busy machine)`);
  if (!client) return;
  console.log(`RSS after loading the typical article: ${rssMb(client.child.pid).toFixed(1)} MB`);
  if (IDLE_S > 0 && !BIG_ONLY) {
    await new Promise((resolve) => setTimeout(resolve, IDLE_S * 1000));
    console.log(`  ${IDLE_S} s later, idle with the article open: ${rssMb(client.child.pid).toFixed(1)} MB`);
  }
  if (COLD_ONLY) {
    await client.stop();
    return;
  }

  if (BIG_ONLY) await client.stop();
  else await typicalEdits(client);
  await bigEdits();
}

/** Edits of the typical article, pulled (on `client`) and pushed (a second server). */
async function typicalEdits(client: TestClient): Promise<void> {
  const typicalUri = 'file:///bench/typical.tin.txt';
  const cpu0 = cpuMs(client.child.pid);
  const pulls = await editLatency(client, typicalUri, TYPICAL, RUNS, true);
  console.log(`edit → diagnostics, typical article, pull: median ${ms(median(pulls))}, p95 ${ms(quantile(pulls, 0.95))}, max ${ms(Math.max(...pulls))}; server CPU ${ms((cpuMs(client.child.pid) - cpu0) / RUNS)} per edit (mean)`);
  await client.stop();

  const push = await TestClient.start({ pull: false, settings: { debounceMs: 0 }, ...AS_VS_CODE });
  const pushUri = 'file:///bench/push.tin.txt';
  await push.open(pushUri, TYPICAL);
  await push.diagnostics(pushUri, (p) => p.version === 1);
  const pushes = await editLatency(push, pushUri, TYPICAL, RUNS, false);
  console.log(`edit → diagnostics, typical article, push (debounce 0): median ${ms(median(pushes))}, p95 ${ms(quantile(pushes, 0.95))}`);
  await push.stop();
}

/** The 1 MB article: first diagnostics, edits back to back and after a pause, typing bursts. */
async function bigEdits(): Promise<void> {
  const big = bigDocument(1024 * 1024);
  const large = await TestClient.start({ pull: true, ...AS_VS_CODE });
  const bigUri = 'file:///bench/big.tin.txt';
  let t0 = performance.now();
  await large.open(bigUri, big);
  const first = await large.pullShown(bigUri);
  console.log(`1 MB article (${Buffer.byteLength(big)} bytes): first diagnostics ${ms(performance.now() - t0)} (${first.items.length} findings)`);
  const bigRuns = 2 * Math.max(3, Math.min(15, Math.floor(RUNS / 20))); // even: each run leaves the text as it found it
  const perEdit = (cpu: number, main: number): string =>
    `server CPU ${ms((cpuMs(large.child.pid) - cpu) / bigRuns)} per edit (mean), main thread ${ms((cpuMs(large.child.pid, true) - main) / bigRuns)}`;
  let cpu0 = cpuMs(large.child.pid);
  let main0 = cpuMs(large.child.pid, true);
  const bigs = await editLatency(large, bigUri, big, bigRuns, true);
  if (EACH) console.log(`  each: ${bigs.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(`edit → diagnostics, 1 MB article, pull, back to back: median ${ms(median(bigs))}, p95 ${ms(quantile(bigs, 0.95))} (${bigRuns} edits); ${perEdit(cpu0, main0)}`);
  // the same edits, each after a pause longer than the debounce (150 ms): an edit, a look, the next edit
  cpu0 = cpuMs(large.child.pid);
  main0 = cpuMs(large.child.pid, true);
  const paced = await editLatency(large, bigUri, big, bigRuns, true, DEFAULT_DEBOUNCE_MS + 100, 1 + bigRuns);
  if (EACH) console.log(`  each: ${paced.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(`edit → diagnostics, 1 MB article, pull, after a pause: median ${ms(median(paced))}, p95 ${ms(quantile(paced, 0.95))} (${bigRuns} edits); ${perEdit(cpu0, main0)}`);
  // middleEdit moves no diagnostic (the server answers "unchanged"); a line break moves every later one
  cpu0 = cpuMs(large.child.pid);
  main0 = cpuMs(large.child.pid, true);
  const breaks = await editLatency(large, bigUri, big, bigRuns, true, DEFAULT_DEBOUNCE_MS + 100, 1 + 2 * bigRuns, lineBreakEdit);
  if (EACH) console.log(`  each: ${breaks.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(`  line breaks (every later diagnostic moves: a full report), after a pause: median ${ms(median(breaks))}, p95 ${ms(quantile(breaks, 0.95))}; ${perEdit(cpu0, main0)}`);
  // typing: 10 keystrokes 60 ms apart, pulled as VS Code does (an edit cancels the pull in flight)
  const bursts: number[] = [];
  const burstAnalyses: number[] = [];
  let version = 1 + 3 * bigRuns;
  for (let b = 0; b < 5; b++) {
    await new Promise((resolve) => setTimeout(resolve, DEFAULT_DEBOUNCE_MS + 100));
    const before = ((await large.connection.sendRequest('tinHoiNghi/status')) as { analyses: number }).analyses;
    const keys = Array.from({ length: 10 }, (_, i) => middleEdit(big, version + i - 1 - 3 * bigRuns));
    const { lastSent } = await large.typeAndPull(bigUri, version, keys, 60);
    bursts.push(performance.now() - lastSent);
    version += keys.length;
    burstAnalyses.push(((await large.connection.sendRequest('tinHoiNghi/status')) as { analyses: number }).analyses - before);
  }
  console.log(`typing, 1 MB article, pull: last keystroke → its diagnostics median ${ms(median(bursts))}, max ${ms(Math.max(...bursts))}; analyses per burst of 10 keystrokes 60 ms apart: ${burstAnalyses.join(', ')}`);
  t0 = performance.now();
  await large.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: bigUri } });
  console.log(`document symbols, 1 MB article (cached analysis): ${ms(performance.now() - t0)}`);
  console.log(`RSS after loading the 1 MB article: ${rssMb(large.child.pid).toFixed(1)} MB`);
  await large.stop();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
