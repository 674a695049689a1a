/// <reference path="../../server/src/lsp/node-shims.d.ts" />
// End-to-end: awkward and broken input through BOTH fronts, as users meet them:
//   - the CLI as a user runs it (`node scripts/bin/tin-hoi-nghi.js check --format json …`, spawned);
//   - the bundled language server over stdio (test/lsp/client.ts, textDocument/didOpen).
// Each case asks for a clear message, no crash, and nothing lost or overwritten.
// Needs the bundles (server/dist/cli.js, server/dist/server.js): `node scripts/build.mjs`.
// Waits on events only (process exit, publishDiagnostics), never on fixed sleeps.

import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, lstatSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { SERVER_BUNDLE, TestClient } from '../lsp/client';

const root = join(__dirname, '..', '..');
const bin = join(root, 'scripts', 'bin', 'tin-hoi-nghi.js');
const CLI_BUNDLE = join(root, 'server', 'dist', 'cli.js');

interface JsonRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface JsonDiagnostic {
  rule: string;
  severity: string;
  message: string;
  range: JsonRange;
  fixes: { title: string; edits: { range: JsonRange; newText: string }[] }[];
}
interface JsonFile {
  file: string;
  kind: string;
  diagnostics: JsonDiagnostic[];
}
interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  json: JsonFile[];
}

const LINE = 'Chiều ngày 14/3/2023, Đảng ủy xã Phú An tổ chức hội nghị sơ kết các các chỉ tiêu.';
const DOUBLED = 'các các';
const NFD_WORD = 'Đảng ủy xã tổ chức hội nghị'.normalize('NFD');
const TCVN3 = '§¶ng ñy x· tæ chøc héi nghÞ'; // "Đảng ủy xã tổ chức hội nghị" typed with a .Vn font
const TCVN3_BYTES = Buffer.from([0xa7, 0xb6, 0x6e, 0x67, 0x20, 0xf1, 0x79, 0x20, 0x78, 0xb7, 0x20, 0x74, 0xe6, 0x20, 0x63, 0x68, 0xf8, 0x63, 0x20, 0x68, 0xe9, 0x69, 0x20, 0x6e, 0x67, 0x68, 0xde, 0x0a]);
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** UTF-16 offset of an LSP-style position in `text` (lines end at \r\n, \n or \r). */
function offsetAt(text: string, position: { line: number; character: number }): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const m = /\r\n|\n|\r/g;
    m.lastIndex = offset;
    const hit = m.exec(text);
    assert.ok(hit, `line ${position.line} exists`);
    offset = hit.index + hit[0].length;
  }
  return offset + position.character;
}

function cover(text: string, range: JsonRange): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

function parseJson(stdout: string): JsonFile[] {
  try {
    return JSON.parse(stdout) as JsonFile[];
  } catch {
    return [];
  }
}

/** The CLI as a user runs it; English messages where the CLI picks a locale. */
function cli(cwd: string, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [bin, 'check', '--format', 'json', ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, json: parseJson(r.stdout) };
}

function fileResult(run: Run, file: string): JsonFile {
  const found = run.json.find((f) => f.file === file);
  assert.ok(found, `${file} is in the report: ${run.stdout.slice(0, 500)}\n${run.stderr}`);
  return found;
}

function rules(result: { diagnostics: { rule?: string; code?: unknown }[] }): string[] {
  return result.diagnostics.map((d) => String(d.rule ?? d.code));
}

/** Files of a directory with their bytes, inode and mtime: what "nothing overwritten" compares. */
function snapshot(dir: string): Map<string, { bytes: string; ino: number; mtimeMs: number }> {
  const out = new Map<string, { bytes: string; ino: number; mtimeMs: number }>();
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = lstatSync(path);
    if (!st.isFile()) continue;
    out.set(name, { bytes: readFileSync(path).toString('hex'), ino: st.ino, mtimeMs: st.mtimeMs });
  }
  return out;
}

describe('bad input end to end (CLI and language server)', function () {
  this.timeout(180_000);
  let base: string;
  let client: TestClient;
  let n = 0;

  /** A fresh directory per case so configuration files never leak between cases. */
  function dir(files: Record<string, string | Uint8Array> = {}): string {
    const d = join(base, `case-${++n}`);
    mkdirSync(d, { recursive: true });
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(d, name)), { recursive: true });
      writeFileSync(join(d, name), content);
    }
    return d;
  }

  /** didOpen, then the first publishDiagnostics for that document. */
  async function serverCheck(text: string, uri = `untitled:bad-input-${++n}`): Promise<Diagnostic[]> {
    await client.open(uri, text);
    const published = await client.diagnostics(uri);
    return published.diagnostics;
  }

  before(async function () {
    if (!existsSync(CLI_BUNDLE) || !existsSync(SERVER_BUNDLE)) throw new Error('no bundles: run node scripts/build.mjs');
    base = mkdtempSync(join(tmpdir(), 'thn-bad-input-'));
    client = await TestClient.start({ pull: false, locale: 'en' });
  });

  after(async () => {
    const code = await client?.stop();
    assert.equal(code, 0, 'the server exits cleanly after all the bad input');
    if (base) rmSync(base, { recursive: true, force: true });
  });

  it('empty text: checked, no findings, no message', async () => {
    const d = dir({ 'empty.txt': '' });
    const run = cli(d, 'empty.txt');
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.deepEqual(fileResult(run, 'empty.txt').diagnostics, []);
    assert.deepEqual(await serverCheck(''), []);
  });

  it('binary-looking text (NUL bytes): CLI skips that file with a message, exit 2, other files still checked; the server stays up', async () => {
    const binary = Buffer.concat([Buffer.from('Đảng ủy xã', 'utf8'), Buffer.from([0, 0, 0]), Buffer.from(` ${LINE}\n`, 'utf8')]);
    const d = dir({ 'nul.txt': binary, 'good.txt': `${LINE}\n` });
    const before = snapshot(d);
    const run = cli(d, 'nul.txt', 'good.txt');
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /nul\.txt: binary file skipped/);
    assert.ok(!run.json.some((f) => f.file === 'nul.txt'), 'the binary file is left out of the report');
    assert.ok(rules(fileResult(run, 'good.txt')).includes('repeated-word'), 'the other file is still checked');
    // --fix never touches the skipped file.
    const fixRun = cli(d, '--fix', 'nul.txt');
    assert.equal(fixRun.status, 2);
    assert.equal(snapshot(d).get('nul.txt')?.bytes, before.get('nul.txt')?.bytes);

    // An editor can hand the server such text: it analyses the rest, with exact ranges.
    const text = binary.toString('utf8');
    const diagnostics = await serverCheck(text);
    const doubled = diagnostics.find((x) => x.code === 'repeated-word');
    assert.ok(doubled, `repeated-word despite the NUL bytes: ${JSON.stringify(diagnostics)}`);
    assert.equal(cover(text, doubled.range), DOUBLED);
  });

  it('a non-UTF-8 file: CLI names the file, guesses the legacy encoding, exits 2; the other files are still checked and nothing is written', () => {
    const d = dir({ 'legacy.txt': TCVN3_BYTES, 'a-good.txt': `${LINE}\n`, 'z-good.txt': `${LINE}\n` });
    const before = snapshot(d);
    const run = cli(d, '--locale', 'en', 'a-good.txt', 'legacy.txt', 'z-good.txt');
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /legacy\.txt: not UTF-8 \(byte 0\); looks like the legacy TCVN3/);
    assert.deepEqual(
      run.json.map((f) => f.file),
      ['a-good.txt', 'z-good.txt'],
      'files before and after the bad one are reported',
    );
    for (const f of run.json) assert.ok(rules(f).includes('repeated-word'));
    assert.deepEqual(snapshot(d), before, 'without --fix nothing is written');
    // With --fix the good files are fixed, the undecodable one is left byte for byte.
    const fixRun = cli(d, '--fix', 'a-good.txt', 'legacy.txt', 'z-good.txt');
    assert.equal(fixRun.status, 2, fixRun.stderr);
    assert.equal(snapshot(d).get('legacy.txt')?.bytes, before.get('legacy.txt')?.bytes);
    assert.ok(!readFileSync(join(d, 'a-good.txt'), 'utf8').includes(DOUBLED), 'the good file was fixed');
    // A directory operand: the same, the bad file reported and the rest checked.
    const dirRun = cli(d, '.');
    assert.equal(dirRun.status, 2);
    assert.match(dirRun.stderr, /legacy\.txt: not UTF-8/);
    assert.equal(dirRun.json.length, 2);
  });

  it('TCVN3 legacy-font text decoded as Unicode: CLI and server point at the legacy encoding, with the converted text', async () => {
    const text = `${TCVN3}\n`;
    const d = dir({ 'tcvn3.txt': text });
    const run = cli(d, '--locale', 'en', 'tcvn3.txt');
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    const finding = fileResult(run, 'tcvn3.txt').diagnostics.find((x) => x.rule === 'unicode-normalization');
    assert.ok(finding, run.stdout);
    assert.match(finding.message, /legacy TCVN3/);
    assert.equal(cover(text, finding.range), TCVN3);
    assert.equal(finding.fixes[0]?.edits[0]?.newText, 'Đảng ủy xã tổ chức hội nghị');

    const diagnostics = await serverCheck(text);
    const lsp = diagnostics.find((x) => x.code === 'unicode-normalization');
    assert.ok(lsp, JSON.stringify(diagnostics));
    assert.match(typeof lsp.message === 'string' ? lsp.message : lsp.message.value, /TCVN3/);
    assert.equal(cover(text, lsp.range), TCVN3);
  });

  it('CRLF line endings: same positions as LF, ranges exclude \\r; --fix keeps CRLF', async () => {
    const lf = `Tiêu đề\n\n${LINE}\nDòng  cuối.\n`;
    const crlf = lf.replace(/\n/g, '\r\n');
    const d = dir({ 'lf.txt': lf, 'crlf.txt': crlf });
    const run = cli(d, 'lf.txt', 'crlf.txt');
    const strip = (f: JsonFile): unknown => f.diagnostics.map((x) => [x.rule, x.range]);
    const crlfResult = fileResult(run, 'crlf.txt');
    assert.deepEqual(strip(crlfResult), strip(fileResult(run, 'lf.txt')));
    const doubled = crlfResult.diagnostics.find((x) => x.rule === 'repeated-word');
    assert.ok(doubled);
    assert.equal(doubled.range.start.line, 2);
    assert.equal(cover(crlf, doubled.range), DOUBLED);
    for (const x of crlfResult.diagnostics) assert.ok(!cover(crlf, x.range).includes('\r'), `${x.rule} range has no \\r`);

    const diagnostics = await serverCheck(crlf);
    const lsp = diagnostics.find((x) => x.code === 'repeated-word');
    assert.ok(lsp);
    assert.equal(cover(crlf, lsp.range), DOUBLED);
    for (const x of diagnostics) assert.ok(!cover(crlf, x.range).includes('\r'), `${String(x.code)} range has no \\r`);

    const fixRun = cli(d, '--fix', 'crlf.txt');
    assert.ok(fixRun.status === 0 || fixRun.status === 1, fixRun.stderr);
    const fixed = readFileSync(join(d, 'crlf.txt'), 'utf8');
    assert.notEqual(fixed, crlf, 'the file was fixed');
    assert.ok(!/[^\r]\n/.test(fixed), 'every line still ends with CRLF');
  });

  it('UTF-8 BOM: CLI positions count after the BOM and --fix keeps it; the server counts the BOM it is sent', async () => {
    const body = `${LINE}\n`;
    const d = dir({ 'bom.txt': Buffer.concat([BOM, Buffer.from(body, 'utf8')]), 'plain.txt': body });
    const run = cli(d, 'bom.txt', 'plain.txt');
    const ranges = (f: JsonFile): unknown => f.diagnostics.map((x) => [x.rule, x.range]);
    assert.deepEqual(ranges(fileResult(run, 'bom.txt')), ranges(fileResult(run, 'plain.txt')));
    const doubled = fileResult(run, 'bom.txt').diagnostics.find((x) => x.rule === 'repeated-word');
    assert.ok(doubled);
    assert.equal(cover(body, doubled.range), DOUBLED);

    // An LSP client that keeps the BOM sends it as the first character; positions are in that text.
    const sent = `\uFEFF${body}`;
    const diagnostics = await serverCheck(sent);
    const lsp = diagnostics.find((x) => x.code === 'repeated-word');
    assert.ok(lsp);
    assert.equal(cover(sent, lsp.range), DOUBLED);

    cli(d, '--fix', 'bom.txt');
    const bytes = readFileSync(join(d, 'bom.txt'));
    assert.deepEqual([...bytes.subarray(0, 3)], [...BOM], 'the BOM is kept');
    assert.equal(bytes.subarray(3, 6).toString('hex') === BOM.toString('hex'), false, 'and not doubled');
    assert.ok(!bytes.toString('utf8').includes(DOUBLED), 'the file was fixed');
  });

  it('NFD text: the ranges cover the decomposed word in UTF-16 units, in the CLI and the server', async () => {
    const text = `Chiều nay, ${NFD_WORD} sơ kết.\n`;
    assert.ok(NFD_WORD.length > NFD_WORD.normalize('NFC').length, 'the word really is decomposed');
    const d = dir({ 'nfd.txt': text });
    const run = cli(d, 'nfd.txt');
    const finding = fileResult(run, 'nfd.txt').diagnostics.find((x) => x.rule === 'unicode-normalization');
    assert.ok(finding, run.stdout);
    assert.deepEqual(finding.range, { start: { line: 0, character: 11 }, end: { line: 0, character: 11 + NFD_WORD.length } });
    assert.equal(cover(text, finding.range), NFD_WORD);
    assert.equal(finding.fixes[0]?.edits[0]?.newText, NFD_WORD.normalize('NFC'));

    const diagnostics = await serverCheck(text);
    const lsp = diagnostics.find((x) => x.code === 'unicode-normalization');
    assert.ok(lsp, JSON.stringify(diagnostics));
    assert.deepEqual(lsp.range, finding.range);
  });

  // One repeated-word finding per paragraph, so a count tells whether anything was dropped.
  const BIG_PARAGRAPH = `${LINE} Hội nghị thống nhất 14/24 chỉ tiêu đạt, 10/24 chỉ tiêu chưa đạt.\n\n`;
  const BIG_COUNT = Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(BIG_PARAGRAPH));
  const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

  it('a 50 MB file: the CLI completes and reports every finding without crashing', async function () {
    this.timeout(600_000);
    const d = dir();
    const big = join(d, 'big.txt');
    writeFileSync(big, BIG_PARAGRAPH.repeat(BIG_COUNT));
    const size = statSync(big).size;
    assert.ok(size >= 50 * 1024 * 1024);
    const outPath = join(d, 'out.json');
    const out = openSync(outPath, 'w');
    const started = process.hrtime.bigint();
    let stderr = '';
    const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveRun) => {
      const child = spawn(process.execPath, [bin, 'check', '--format', 'json', 'big.txt'], { cwd: d, stdio: ['ignore', out, 'pipe'] });
      child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
      child.once('exit', (exitCode, exitSignal) => resolveRun({ code: exitCode, signal: exitSignal }));
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    closeSync(out);
    assert.equal(signal, null, `no crash: ${stderr}`);
    assert.equal(code, 0, `exit code (warnings only): ${stderr}`);
    assert.equal(stderr, '');
    const report = JSON.parse(readFileSync(outPath, 'utf8')) as JsonFile[];
    const diagnostics = report[0].diagnostics;
    console.log(
      `      CLI, 50 MB: ${mib(size)} MiB, ${BIG_COUNT} paragraphs in ${seconds.toFixed(1)} s ` +
        `(${(size / 1024 / 1024 / seconds).toFixed(2)} MiB/s), ${diagnostics.length} findings, JSON ${mib(statSync(outPath).size)} MiB`,
    );
    assert.equal(diagnostics.filter((x) => x.rule === 'repeated-word').length, BIG_COUNT, 'one finding per paragraph: nothing dropped');
    assert.equal(statSync(big).size, size, 'the file is unchanged');
  });

  it('a 50 MB document: the server publishes every finding and keeps answering', async function () {
    this.timeout(600_000);
    const text = BIG_PARAGRAPH.repeat(BIG_COUNT);
    const uri = 'untitled:bad-input-50mb';
    const started = process.hrtime.bigint();
    await client.open(uri, text);
    const published = await client.diagnostics(uri);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.log(`      server, 50 MB: didOpen → publishDiagnostics in ${seconds.toFixed(1)} s, ${published.diagnostics.length} diagnostics`);
    assert.equal(published.diagnostics.filter((x) => x.code === 'repeated-word').length, BIG_COUNT, 'nothing dropped');
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    // Still serving: a small document gets its diagnostics.
    assert.ok(rules({ diagnostics: await serverCheck(`${LINE}\n`) }).includes('repeated-word'));
  });

  it('a broken .tin-hoi-nghi.json: CLI names file:line:column and checks with defaults; the server warns and still publishes', async () => {
    const broken = '{\n  "rules": {\n    "repeated-word": off\n  }\n}\n'; // `off` unquoted: line 3, column 22
    const d = dir({ '.tin-hoi-nghi.json': broken, 'bai.txt': `${LINE}\n` });
    const configPath = join(d, '.tin-hoi-nghi.json');
    const run = cli(d, 'bai.txt');
    assert.ok(run.status === 0 || run.status === 1, `not a usage/IO failure: ${run.stderr}`);
    assert.ok(run.stderr.includes(`${configPath}:3:22`), run.stderr);
    assert.match(run.stderr, /invalid JSON/);
    assert.ok(rules(fileResult(run, 'bai.txt')).includes('repeated-word'), 'defaults apply: the rule is on');
    assert.equal(readFileSync(configPath, 'utf8'), broken, 'the config file is left alone');

    const uri = pathToFileURL(join(d, 'bai.txt')).href;
    const warning = new Promise<string>((resolveWarning) => {
      const listener = (message: string): void => {
        if (!message.includes('.tin-hoi-nghi.json')) return;
        client.messageListeners.delete(listener);
        resolveWarning(message);
      };
      client.messageListeners.add(listener);
    });
    const diagnostics = await serverCheck(`${LINE}\n`, uri);
    assert.ok(rules({ diagnostics }).includes('repeated-word'), JSON.stringify(diagnostics));
    assert.ok((await warning).includes(`${configPath}:3:22`));
  });

  it('--fix on an existing file: rewritten atomically only with --fix; without it the bytes stay', () => {
    const original = Buffer.concat([BOM, Buffer.from(`Chiều nay, ${NFD_WORD} sơ kết  các các chỉ tiêu.\r\n`, 'utf8')]);
    const clean = 'Không có gì để sửa.\n';
    const d = dir({ 'bai.txt': original, 'sach.txt': clean });
    chmodSync(join(d, 'bai.txt'), 0o640);
    const before = snapshot(d);

    const check = cli(d, 'bai.txt', 'sach.txt');
    assert.ok(check.status === 0 || check.status === 1, check.stderr);
    assert.deepEqual(snapshot(d), before, 'no --fix: bytes, inode and mtime unchanged');

    const fix = cli(d, '--fix', 'bai.txt', 'sach.txt');
    assert.ok(fix.status === 0 || fix.status === 1, fix.stderr);
    const after = snapshot(d);
    assert.deepEqual([...after.keys()].sort(), [...before.keys()].sort(), 'no temporary file left behind');
    const fixed = readFileSync(join(d, 'bai.txt'));
    assert.notEqual(after.get('bai.txt')?.ino, before.get('bai.txt')?.ino, 'a new inode: written to a temporary file and renamed');
    assert.equal(statSync(join(d, 'bai.txt')).mode & 0o777, 0o640, 'permissions kept');
    assert.deepEqual([...fixed.subarray(0, 3)], [...BOM], 'BOM kept');
    const text = fixed.subarray(3).toString('utf8');
    assert.ok(text.endsWith('\r\n'), 'CRLF kept');
    assert.ok(text.includes(NFD_WORD.normalize('NFC')) && !text.includes(NFD_WORD), 'NFD fixed to NFC');
    assert.ok(!text.includes(DOUBLED), 'the doubled word removed');
    assert.ok(text.includes('Chiều nay,') && text.includes('chỉ tiêu.'), 'the rest of the text is kept');
    assert.deepEqual(after.get('sach.txt'), before.get('sach.txt'), 'a file with nothing to fix is not rewritten');
    // The report is of the text after fixing.
    assert.ok(!rules(fileResult(fix, 'bai.txt')).includes('unicode-normalization'));
    // Fixing again changes nothing.
    const again = snapshot(d);
    cli(d, '--fix', 'bai.txt');
    assert.deepEqual(snapshot(d).get('bai.txt'), again.get('bai.txt'));
  });

  // Regression: writeAtomically once renamed the temporary file over the *link*, turning the
  // symlink into a regular file and leaving the real file unfixed.
  it('--fix through a symbolic link fixes the target and keeps the link', () => {
    const d = dir({ 'real.txt': `Chiều nay, ${NFD_WORD} sơ kết.\n` });
    symlinkSync('real.txt', join(d, 'link.txt'));
    cli(d, '--fix', 'link.txt');
    assert.ok(lstatSync(join(d, 'link.txt')).isSymbolicLink(), 'the link is still a link');
    assert.ok(!readFileSync(join(d, 'real.txt'), 'utf8').includes(NFD_WORD), 'the target was fixed');
  });
});
