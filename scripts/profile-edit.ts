/// <reference path="../server/src/lsp/node-shims.d.ts" />
// The bundled server's edits of bench:lsp's 1 MB article, for profiles: starts the server as VS Code
// does plus the Node flags in PROFILE_FLAGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/p"), opens and
// pulls the article, idles 1.5 s (PROFILE_IDLE_MS) (profiles can tell the edits apart), then makes N middle edits, each
// after `pauseMs` and pulled. Prints each edit's latency and the server's minor page faults and CPU per edit.
// PROFILE_SOCKET=1 talks to the server over a socket, so V8's traces on its standard output (--trace-gc,
// --trace-opt) come through, with "== edit N" lines between the edits.
// Run twice with a new set of PROFILE_FLAGS: the first start writes the server's code cache for those
// flags, and writing it (Node makes the cache's buffer in C++ by giving a Uint8Array a new prototype)
// throws away the optimised code of every function that read a typed array, in the middle of the edits.
//   npx tsx scripts/profile-edit.ts [N] [pauseMs]
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { AS_VS_CODE, TestClient } from '../test/lsp/client';
import { bigDocument, middleEdit } from './lsp-articles';

const N = Number(process.argv[2] ?? 40);
const PAUSE = Number(process.argv[3] ?? 250);
const IDLE = Number(process.env.PROFILE_IDLE_MS ?? 1500);
const flags = (process.env.PROFILE_FLAGS ?? '').split(' ').filter(Boolean);

async function main(): Promise<void> {
  const big = bigDocument(1024 * 1024);
  const socket = process.env.PROFILE_SOCKET === '1';
  const client = await TestClient.start({ pull: true, ...AS_VS_CODE, execArgv: [...AS_VS_CODE.execArgv, ...flags], socket });
  const uri = 'file:///bench/big.tin.txt';
  await client.open(uri, big);
  if (socket) console.log('== opened');
  await client.pull(uri);
  if (socket) console.log('== pulled');
  await new Promise((resolve) => setTimeout(resolve, IDLE));
  const stat = (): string[] => readFileSync(`/proc/${client.child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const s0 = stat();
  const times: number[] = [];
  for (let i = 0; i < N; i++) {
    if (PAUSE > 0) await new Promise((resolve) => setTimeout(resolve, PAUSE));
    if (socket) console.log(`== edit ${i}`);
    const t0 = performance.now();
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [middleEdit(big, i)] });
    await client.pull(uri);
    times.push(performance.now() - t0);
  }
  const s1 = stat();
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`per edit: minor faults ${((Number(s1[7]) - Number(s0[7])) / N).toFixed(0)}, server CPU ${(((Number(s1[11]) + Number(s1[12]) - Number(s0[11]) - Number(s0[12])) * 10) / N).toFixed(1)} ms`);
  console.log(`latency: median ${sorted[Math.floor(N / 2)].toFixed(1)} ms, p95 ${sorted[Math.ceil(0.95 * N) - 1].toFixed(1)} ms; each ${times.map((x) => x.toFixed(0)).join(' ')}`);
  await client.stop();
}
main().catch((error) => {
  console.error(error);
  process.exit(1);
});
