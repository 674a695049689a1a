/// <reference path="../server/src/lsp/node-shims.d.ts" />
// The language server's work per edit of bench:lsp's 1 MB article, in one process and by stage:
// applying the change to the TextDocument, the (incremental) analysis, Finding → Diagnostic, and the
// JSON-RPC message's bytes. Prints the main thread's CPU per edit and, per stage, the wall time and
// the minor page faults (fresh memory is costly on the benchmark machine: docs/benchmarks.md).
//   node scripts/edit-harness.mjs [--node-flag …] [edits] [pauseMs]
// HARNESS_MARK=1 prints "== edit N" before each edit; HARNESS_IDLE=1 idles 1.2 s before the edits (to tell them apart in a --cpu-prof profile);
// HARNESS_HEAP=FILE writes a sampling heap profile of the edits, short-lived objects included.
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from '../server/src/lsp/cache';
import { toDiagnostics } from '../server/src/lsp/diagnostics';
import { encodeMessage } from '../server/src/lsp/encode';
import { buildConfig, defaultSettings } from '../server/src/lsp/settings';
import { installLanguageModel } from '../server/src/node/lm-file';
import { bigDocument, middleEdit } from './lsp-articles';

const EDITS = Number(process.argv[2] ?? 60);
const PAUSE = Number(process.argv[3] ?? 0);
/** The first edits, JIT-cold (bench:lsp's back-to-back edits are the first 20 after opening). */
const COLD = 20;
installLanguageModel();

const big = bigDocument(1024 * 1024);
const config = buildConfig(defaultSettings(), 'vi');
const cache = new AnalysisCache({ configFor: () => ({ config, locale: 'vi' }), shouldCheck: () => true });
let doc = TextDocument.create('file:///bench/big.tin.txt', 'tin-hoi-nghi', 1, big);

const STAGES = ['update', 'analyse', 'diagnostics', 'encode'] as const;
const wall: number[][] = STAGES.map(() => []);
const faults: number[] = STAGES.map(() => 0);
let stage = 0;
let t = 0;
let f = 0;
const lap = (): void => {
  const now = performance.now();
  const nf = process.resourceUsage().minorPageFault;
  wall[stage].push(now - t);
  faults[stage] += nf - f;
  stage++;
  t = now;
  f = nf;
};

function edit(i: number): void {
  const change = middleEdit(big, i);
  stage = 0;
  t = performance.now();
  f = process.resourceUsage().minorPageFault;
  doc = TextDocument.update(doc, [change], doc.version + 1);
  lap();
  const entry = cache.get(doc);
  lap();
  const items = toDiagnostics(entry.analysis.findings, doc, entry.locale);
  lap();
  encodeMessage({ jsonrpc: '2.0', id: i, result: { kind: 'full', resultId: `0:${doc.version}`, items } });
  lap();
}

/** CPU time of this thread so far (ms, in 10 ms ticks; Linux). */
function threadCpuMs(): number {
  const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function heapSampling(file: string): Promise<() => Promise<void>> {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object): Promise<unknown> =>
    new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  await post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  return async () => writeFileSync(file, JSON.stringify(((await post('HeapProfiler.stopSampling')) as { profile: unknown }).profile));
}

async function main(): Promise<void> {
  const open0 = performance.now();
  cache.get(doc); // the full first analysis
  console.log(`first analysis (opening): ${(performance.now() - open0).toFixed(0)} ms`);
  if (process.env.HARNESS_IDLE) await new Promise((resolve) => setTimeout(resolve, 1200));
  const stopSampling = process.env.HARNESS_HEAP ? await heapSampling(process.env.HARNESS_HEAP) : undefined;
  const cpu0 = process.cpuUsage();
  const main0 = threadCpuMs();
  const faults0 = process.resourceUsage().minorPageFault;
  let coldMain = 0;
  for (let i = 0; i < EDITS; i++) {
    if (PAUSE > 0) await new Promise((resolve) => setTimeout(resolve, PAUSE));
    if (process.env.HARNESS_MARK) console.log(`== edit ${i}`); // tells the edits apart in --trace-gc / --trace-opt output
    edit(i);
    if (i === COLD - 1) coldMain = threadCpuMs() - main0;
  }
  const cpu = process.cpuUsage(cpu0);
  const mainCpu = threadCpuMs() - main0;
  const allFaults = process.resourceUsage().minorPageFault - faults0;
  await stopSampling?.();
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const busy = wall[0].map((_, i) => wall.reduce((sum, xs) => sum + xs[i], 0));
  console.log(
    `${EDITS} edits: CPU per edit ${((cpu.user + cpu.system) / 1000 / EDITS).toFixed(1)} ms, main thread ${(mainCpu / EDITS).toFixed(1)} ms; ` +
      `minor faults ${(allFaults / EDITS).toFixed(0)}; wall median ${median(busy).toFixed(1)} ms, mean ${mean(busy).toFixed(1)} ms`,
  );
  STAGES.forEach((s, k) => console.log(`  ${s.padEnd(12)} wall median ${median(wall[k]).toFixed(2)} ms, mean ${mean(wall[k]).toFixed(2)} ms; faults ${(faults[k] / EDITS).toFixed(0)}`));
  console.log(`  first edits (wall ms): ${busy.slice(0, 8).map((x) => x.toFixed(0)).join(' ')}`);
  if (EDITS > COLD) console.log(`  main thread per edit: first ${COLD} edits ${(coldMain / COLD).toFixed(1)} ms, the others ${((mainCpu - coldMain) / (EDITS - COLD)).toFixed(1)} ms`);
}
void main();
