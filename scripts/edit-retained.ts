/// <reference path="../server/src/lsp/node-shims.d.ts" />
// What one edit of bench:lsp's 1 MB article leaves alive (in process, as the server keeps it: the new
// analysis, the incremental analyzer's kept readings, the edited text): a sampling heap profile of the
// A-th edit that keeps only the objects still alive after a full collection at its end, by allocating
// stack. An editor's analysis outlives several scavenges, so all of this is promoted to the old
// generation at every edit (docs/benchmarks.md, "The 1 MB edit, seventh session").
//   NODE_OPTIONS="--expose-gc --max-semi-space-size=2" npx tsx scripts/edit-retained.ts [A] [full]
// "full": the whole first analysis instead. The profile is written to .bench-out/retained.heapprofile.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from 'node:inspector';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from '../server/src/lsp/cache';
import { toDiagnostics } from '../server/src/lsp/diagnostics';
import { buildConfig, defaultSettings } from '../server/src/lsp/settings';
import { installLanguageModel } from '../server/src/node/lm-file';
import { bigDocument, middleEdit } from './lsp-articles';

installLanguageModel();
const big = bigDocument(1024 * 1024);
const config = buildConfig(defaultSettings(), 'vi');
const cache = new AnalysisCache({ configFor: () => ({ config, locale: 'vi' }), shouldCheck: () => true });
let doc = TextDocument.create('file:///bench/big.tin.txt', 'tin-hoi-nghi', 1, big);
const session = new Session();
session.connect();
const post = (method: string, params?: object): any => {
  let out: any;
  session.post(method, params, (e, r) => {
    if (e) throw e;
    out = r;
  });
  return out;
};
const A = Number(process.argv[2] ?? 6);
const FULL = process.argv[3] === 'full';
const gc = (globalThis as any).gc as () => void;
if (FULL) post('HeapProfiler.startSampling', { samplingInterval: 256 });
cache.get(doc);
for (let i = 0; i <= A; i++) {
  if (i === A) {
    gc();
    post('HeapProfiler.startSampling', { samplingInterval: 256 });
  }
  doc = TextDocument.update(doc, [middleEdit(big, i)], doc.version + 1);
  const entry = cache.get(doc);
  toDiagnostics(entry.analysis.findings, doc, entry.locale);
  if (FULL) break;
}
gc();
const profile = post('HeapProfiler.stopSampling').profile;
mkdirSync(join(__dirname, '..', '.bench-out'), { recursive: true });
writeFileSync(join(__dirname, '..', '.bench-out', 'retained.heapprofile'), JSON.stringify(profile));
// self size per function (top-down node's callFrame), and per stack of 3 frames
const self = new Map<string, number>();
let total = 0;
function walk(node: any, stack: string[]): void {
  const f = node.callFrame;
  const name = `${f.functionName || '(anon)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;
  const st = [...stack, name];
  const size = node.selfSize;
  if (size) {
    total += size;
    const key = st.slice(-3).join(' < ');
    self.set(key, (self.get(key) ?? 0) + size);
  }
  for (const c of node.children) walk(c, st);
}
walk(profile.head, []);
console.log(`alive after the edit: ${(total / 1e6).toFixed(2)} MB`);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 50)) console.log(`${(v / 1024).toFixed(0).padStart(6)} KB  ${k.split(' < ').reverse().join(' < ')}`);
