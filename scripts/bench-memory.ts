/// <reference path="../server/src/lsp/node-shims.d.ts" />
// npm run bench:memory: peak memory on one huge document (figures only, no pass/fail).
// Target (issue 11): the CLI and the language server stay within 4× the peak RSS of a bare pass
// over the same file (read, UTF-8 decode, NFC, one tokenising scan /[\p{L}\p{N}]+/gu).
//   npm run bench:memory -- [--mb 50] [--no-build] [--skip-server]
// The document is the docs/examples drafts concatenated and varied (scripts/generate-document.ts).
// Peak RSS: the child's own maxRSS at exit (bare pass, CLI), VmHWM from /proc for the server.

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { AS_VS_CODE, ROOT, TestClient } from '../test/lsp/client';
import { generateDocument } from './generate-document';
import { peakMb } from './proc-stats';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const MB = Number(opt('--mb') ?? 50);
const TARGET = 4;

const work = mkdtempSync(join(tmpdir(), 'bench-memory-'));
// Printed by every measured child at exit: its peak RSS in kB (process.resourceUsage().maxRSS).
const preload = join(work, 'peak.cjs');
writeFileSync(preload, "process.on('exit', () => require('fs').writeSync(2, `\\npeak-rss-kb ${process.resourceUsage().maxRSS}\\n`));\n");
const bare = join(work, 'bare.cjs');
writeFileSync(
  bare,
  "const t = new TextDecoder().decode(require('fs').readFileSync(process.argv[2])).normalize('NFC'); let n = 0; for (const _ of t.matchAll(/[\\p{L}\\p{N}]+/gu)) n++; if (n < 0) console.log(n);\n",
);

/** Peak RSS (MB) and wall time of `node <argv>`, its stdout discarded. */
function peakOf(argv: string[]): { mb: number; s: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--require', preload, ...argv], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const m = /peak-rss-kb (\d+)/.exec(r.stderr.toString());
  if (!m) throw new Error(`bench:memory: no peak from ${argv.join(' ')} (exit ${r.status}): ${r.stderr.toString().slice(0, 500)}`);
  return { mb: Number(m[1]) / 1024, s: (performance.now() - t0) / 1000 };
}


const verdict = (ratio: number): string => (ratio <= TARGET ? `≤ ${TARGET}× ✔` : `> ${TARGET}× ✘`);

async function main(): Promise<void> {
  if (!args.includes('--no-build')) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  const examplesDir = join(ROOT, 'docs', 'examples');
  const examples = readdirSync(examplesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ text: readFileSync(join(examplesDir, f), 'utf8') }));
  const text = generateDocument(examples, MB);
  const file = join(work, `big-${MB}mb.txt`);
  writeFileSync(file, text);
  console.log(`tin-hoi-nghi bench:memory — node ${process.version}, one document of ${(Buffer.byteLength(text) / 1e6).toFixed(1)} MB`);

  const base = peakOf([bare, file]);
  console.log(`bare pass (read, decode, NFC, tokenise): peak RSS ${base.mb.toFixed(0)} MB, ${base.s.toFixed(1)} s`);
  const cli = peakOf([join(ROOT, 'scripts', 'bin', 'tin-hoi-nghi.js'), 'check', '--format', 'json', file]);
  const cliRatio = cli.mb / base.mb;
  console.log(`CLI check --format json: peak RSS ${cli.mb.toFixed(0)} MB = ${cliRatio.toFixed(1)}× the bare pass (${verdict(cliRatio)}), ${cli.s.toFixed(1)} s`);

  if (!args.includes('--skip-server')) {
    const client = await TestClient.start({ pull: true, ...AS_VS_CODE });
    const uri = 'file:///bench/huge.tin.txt';
    let t0 = performance.now();
    await client.open(uri, text);
    await client.pull(uri);
    const first = peakMb(client.child.pid);
    console.log(`server, first diagnostics: peak RSS ${first.toFixed(0)} MB = ${(first / base.mb).toFixed(1)}× (${verdict(first / base.mb)}), ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const lines = text.split('\n');
    const line = Math.floor(lines.length / 2);
    t0 = performance.now();
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'a' }],
    });
    await client.pull(uri);
    const edited = peakMb(client.child.pid);
    console.log(`server, after one edit: peak RSS ${edited.toFixed(0)} MB = ${(edited / base.mb).toFixed(1)}× (${verdict(edited / base.mb)}), ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await client.stop();
  }
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => rmSync(work, { recursive: true, force: true }));
