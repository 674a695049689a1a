// The built bundle through its bin script, as a user runs it.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonFileResult } from '../../server/src/cli/format';
import { NFD_SENTENCE, Scratch } from './helpers';

const root = join(__dirname, '..', '..');
const bin = join(root, 'scripts', 'bin', 'tin-hoi-nghi.js');

describe('cli: the built bin (spawned)', function () {
  this.timeout(60000);
  let s: Scratch;
  before(() => {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'pipe' });
  });
  beforeEach(() => (s = new Scratch()));
  afterEach(() => s.dispose());

  it('checks files: JSON on stdout, exit code by severity', () => {
    s.write('a.txt', NFD_SENTENCE);
    s.write('.tin-hoi-nghi.json', '{ "rules": { "unicode-normalization": "error" } }');
    const r = spawnSync(process.execPath, [bin, 'check', '--format', 'json', 'a.txt'], { cwd: s.dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(r.status, 1, r.stderr);
    const json = JSON.parse(r.stdout) as JsonFileResult[];
    assert.equal(json[0].file, 'a.txt');
    assert.ok(json[0].diagnostics.some((d) => d.rule === 'unicode-normalization' && d.severity === 'error'));
  });

  it('reads standard input and prints the version; missing file exits 2', () => {
    const r = spawnSync(process.execPath, [bin, 'check', '--stdin', '--stdin-filename', 'x.txt', '--format', 'json'], { cwd: s.dir, input: NFD_SENTENCE, encoding: 'utf8' });
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    assert.equal((JSON.parse(r.stdout) as JsonFileResult[])[0].file, 'x.txt');
    const v = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    assert.equal(v.status, 0);
    assert.match(v.stdout, /^\d+\.\d+\.\d+\n$/);
    const missing = spawnSync(process.execPath, [bin, 'check', 'nope.txt'], { cwd: s.dir, encoding: 'utf8' });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /không tìm thấy[^]*no such file/);
  });

  // A folder (or many files) runs in a child Node with BATCH_FLAGS (scripts/bin/tin-hoi-nghi.js); a
  // preload records each process's Node flags, so the test sees which process did the work.
  it('a folder runs in a child with the batch flags: same output, stderr and exit code as in-process', () => {
    s.write('d/a.txt', NFD_SENTENCE);
    s.write('d/b.txt', 'Hội nghị thành công.\n');
    s.write('d/.tin-hoi-nghi.json', '{ "rules": { "unicode-normalization": "error" } }');
    const log = s.path('flags.log');
    const preload = s.write('preload.cjs', `require('fs').appendFileSync(${JSON.stringify(log)}, JSON.stringify(process.execArgv.filter((a) => a.startsWith('--interrupt') || a.startsWith('--max-inlined'))) + '\\n');`);
    const run = (env: Record<string, string>, ...operands: string[]): ReturnType<typeof spawnSync> =>
      spawnSync(process.execPath, ['--require', preload, bin, 'check', '--format', 'json', ...operands], { cwd: s.dir, encoding: 'utf8', env: { ...process.env, ...env } });
    const batch = run({}, 'd', 'nope.txt');
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    assert.deepEqual(lines, ['[]', '["--interrupt-budget=540672","--max-inlined-bytecode-size-cumulative=250"]'], 'the parent, then its flagged child');
    const here = run({ TIN_HOI_NGHI_BATCH_FLAGS: '0' }, 'd', 'nope.txt');
    assert.equal(batch.status, 2); // nope.txt is missing
    assert.equal(batch.status, here.status);
    assert.equal(batch.stdout, here.stdout);
    assert.equal(batch.stderr, here.stderr);
    assert.ok((JSON.parse(String(batch.stdout)) as JsonFileResult[]).some((r) => r.diagnostics.some((d) => d.severity === 'error')));
    const single = run({}, 'd/a.txt');
    assert.equal(single.status, 1);
    assert.equal(readFileSync(log, 'utf8').trim().split('\n').length, 4, 'one file runs in the first process');
  });

  // Node reads NODE_EXTRA_CA_CERTS as it starts (and warns when it cannot); the batch child never
  // opens a connection, so it starts without it: the certificates are parsed, or the warning
  // printed, once per run, by the first process only.
  it('the batch child starts without NODE_EXTRA_CA_CERTS; the rest of the environment passes', () => {
    s.write('d/a.txt', NFD_SENTENCE);
    s.write('d/b.txt', 'Hội nghị thành công.\n');
    const log = s.path('env.log');
    const preload = s.write('preload.cjs', `require('fs').appendFileSync(${JSON.stringify(log)}, JSON.stringify([process.env.NODE_EXTRA_CA_CERTS ?? null, process.env.TIN_HOI_NGHI_MARK ?? null]) + '\\n');`);
    const missing = s.path('no-such-bundle.pem');
    const r = spawnSync(process.execPath, ['--require', preload, bin, 'check', '--format', 'json', 'd'], {
      cwd: s.dir,
      encoding: 'utf8',
      env: { ...process.env, NODE_EXTRA_CA_CERTS: missing, TIN_HOI_NGHI_MARK: 'kept' },
    });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(readFileSync(log, 'utf8').trim().split('\n'), [JSON.stringify([missing, 'kept']), JSON.stringify([null, 'kept'])], 'the parent, then its child');
    assert.ok(r.stderr.split(missing).length - 1 <= 1, `at most one warning about the certificates: ${r.stderr}`);
  });
});
