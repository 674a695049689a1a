import { strict as assert } from 'node:assert';
import { lstatSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { analyze } from '../../server/src/core/analyze';
import { PositionMap, type Range } from '../../server/src/core/text/positions';
import { findingMessage } from '../../server/src/core/render';
import { parseArgs, packageVersion, run } from '../../server/src/cli/main';
import type { JsonFileResult } from '../../server/src/cli/format';
import { cli, NFD_NAME, NFD_SENTENCE, Scratch } from './helpers';

const ERROR_CONFIG = JSON.stringify({ rules: { 'unicode-normalization': 'error' } });
const WARNING_CONFIG = JSON.stringify({ rules: { 'unicode-normalization': 'warning' } });

function slice(text: string, range: Range): string {
  const map = new PositionMap(text);
  return text.slice(map.offset(range.start), map.offset(range.end));
}

function isRange(r: unknown): boolean {
  const x = r as Range;
  return [x?.start?.line, x?.start?.character, x?.end?.line, x?.end?.character].every((n) => Number.isInteger(n) && n >= 0);
}

describe('cli: arguments', () => {
  it('prints help and the version with exit 0', async () => {
    const help = await cli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /tin-hoi-nghi check/);
    const version = await cli(['--version']);
    assert.equal(version.code, 0);
    assert.equal(version.stdout.trim(), packageVersion());
    assert.match(version.stdout, /^\d+\.\d+\.\d+/);
  });

  it('exits 2 on usage errors, Vietnamese first then English', async () => {
    for (const argv of [[], ['check'], ['lint', 'a.txt'], ['check', '--format', 'xml', 'a.txt'], ['check', '--bogus', 'a.txt'], ['check', '--max-warnings', 'x', 'a.txt'], ['check', '--locale', 'fr', 'a.txt'], ['check', '--config']]) {
      const r = await cli(argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.equal(r.stdout, '', argv.join(' '));
      assert.ok(r.stderr.length > 0);
    }
    const r = await cli(['check', '--format', 'xml', 'a.txt']);
    assert.ok(r.stderr.indexOf('phải là') < r.stderr.indexOf('must be'));
  });

  it('parses = forms and -- ', () => {
    const o = parseArgs(['check', '--format=json', '--max-warnings=3', '--locale=en', '--', '--odd-name.txt']);
    assert.equal(o.format, 'json');
    assert.equal(o.maxWarnings, 3);
    assert.equal(o.locale, 'en');
    assert.deepEqual(o.operands, ['--odd-name.txt']);
  });
});

describe('cli: checking files', () => {
  let s: Scratch;
  beforeEach(() => (s = new Scratch()));
  afterEach(() => s.dispose());

  it('exit 2 for a missing file, naming it; other files are still checked', async () => {
    s.write('ok.txt', 'Hội nghị thành công.');
    const r = await cli(['check', '--format', 'json', 'missing.txt', 'ok.txt'], { cwd: s.dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /missing\.txt/);
    assert.match(r.stderr, /không tìm thấy/);
    assert.match(r.stderr, /no such file/);
    const json = JSON.parse(r.stdout) as JsonFileResult[];
    assert.deepEqual(json.map((f) => f.file), ['ok.txt']);
  });

  it('analyses an empty file (exit 0)', async () => {
    s.write('empty.txt', '');
    const r = await cli(['check', '--format', 'json', 'empty.txt'], { cwd: s.dir });
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout) as JsonFileResult[];
    assert.equal(json.length, 1);
    assert.deepEqual(json[0].diagnostics, []);
  });

  it('--format json: one array, one object per file, ranges in UTF-16 units covering the NFD word', async () => {
    const text = `Hội nghị tổng kết năm.\n${NFD_SENTENCE}\n`;
    s.write('a.txt', text);
    const r = await cli(['check', '--format', 'json', 'a.txt'], { cwd: s.dir });
    const json = JSON.parse(r.stdout) as JsonFileResult[];
    assert.ok(Array.isArray(json));
    assert.equal(json.length, 1);
    const [file] = json;
    assert.equal(file.file, 'a.txt');
    assert.equal(typeof file.kind, 'string');
    assert.ok(Array.isArray(file.sections));
    for (const sec of file.sections) assert.ok(typeof sec.name === 'string' && isRange(sec.range));
    const expected = analyze(text);
    assert.equal(file.diagnostics.length, expected.findings.length);
    for (const d of file.diagnostics) {
      assert.ok(typeof d.rule === 'string' && typeof d.message === 'string' && d.message.length > 0);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity));
      assert.ok(isRange(d.range));
      assert.ok(Array.isArray(d.fixes));
      for (const fix of d.fixes) {
        assert.equal(typeof fix.title, 'string');
        for (const e of fix.edits) assert.ok(isRange(e.range) && typeof e.newText === 'string');
      }
    }
    const nfd = file.diagnostics.find((d) => d.rule === 'unicode-normalization');
    assert.ok(nfd, 'unicode-normalization reports the NFD name');
    assert.equal(nfd.range.start.line, 1);
    assert.ok(slice(text, nfd.range).includes(NFD_NAME));
    const expectedCode = expected.findings.some((f) => f.severity === 'error') ? 1 : 0;
    assert.equal(r.code, expectedCode);
  });

  it('section is given for missing-section / section-order diagnostics only', async () => {
    const text = 'Chiều ngày 25/4/2023, Đảng ủy xã Cao Sơn tổ chức hội nghị sơ kết giữa nhiệm kỳ.\n';
    s.write('a.txt', text);
    const r = await cli(['check', '--format', 'json', 'a.txt'], { cwd: s.dir });
    const [file] = JSON.parse(r.stdout) as JsonFileResult[];
    for (const d of file.diagnostics) {
      if (d.section !== undefined) assert.ok(['missing-section', 'section-order'].includes(d.rule), d.rule);
      if (d.rule === 'missing-section') assert.equal(typeof d.section, 'string');
    }
  });

  it('exit 1 on an error-severity finding; --max-warnings counts warnings', async () => {
    s.write('a.txt', NFD_SENTENCE);
    s.write('err.json', ERROR_CONFIG);
    s.write('warn.json', WARNING_CONFIG);
    assert.equal((await cli(['check', '--config', 'err.json', 'a.txt'], { cwd: s.dir })).code, 1);
    const warn = await cli(['check', '--format', 'json', '--config', 'warn.json', 'a.txt'], { cwd: s.dir });
    const warnings = (JSON.parse(warn.stdout) as JsonFileResult[])[0].diagnostics.filter((d) => d.severity === 'warning').length;
    const errors = (JSON.parse(warn.stdout) as JsonFileResult[])[0].diagnostics.filter((d) => d.severity === 'error').length;
    assert.ok(warnings > 0);
    if (errors === 0) {
      assert.equal(warn.code, 0);
      assert.equal((await cli(['check', '--config', 'warn.json', '--max-warnings', String(warnings), 'a.txt'], { cwd: s.dir })).code, 0);
      const over = await cli(['check', '--config', 'warn.json', '--max-warnings', String(warnings - 1), 'a.txt'], { cwd: s.dir });
      assert.equal(over.code, 1);
      assert.match(over.stderr, /max-warnings/);
    }
  });

  it('--format sarif: SARIF 2.1.0 with the registry rules and 1-based regions', async () => {
    const text = `Mở đầu.\n${NFD_SENTENCE}`;
    s.write('a.txt', text);
    const r = await cli(['check', '--format', 'sarif', 'a.txt'], { cwd: s.dir });
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.name, 'tin-hoi-nghi');
    const ids = run.tool.driver.rules.map((x: { id: string }) => x.id);
    assert.ok(ids.includes('unicode-normalization'));
    const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'unicode-normalization');
    assert.ok(result);
    assert.ok(['error', 'warning', 'note'].includes(result.level));
    assert.equal(typeof result.message.text, 'string');
    const loc = result.locations[0].physicalLocation;
    assert.equal(loc.artifactLocation.uri, 'a.txt');
    assert.equal(loc.region.startLine, 2);
    assert.ok(loc.region.startColumn >= 1);
    assert.equal(ids[result.ruleIndex], 'unicode-normalization');
  });

  it('stylish: grouped per file, line:col severity message rule, a summary, no colour unless TTY', async () => {
    s.write('a.txt', NFD_SENTENCE);
    const r = await cli(['check', 'a.txt'], { cwd: s.dir });
    assert.match(r.stdout, /^a\.txt$/m);
    assert.match(r.stdout, /^\s+1:\d+\s+(error|warning|information|hint)\s+.+\s+unicode-normalization$/m);
    assert.match(r.stdout, /vấn đề/);
    assert.ok(!r.stdout.includes('\x1b['));
    const tty = await cli(['check', 'a.txt'], { cwd: s.dir, tty: true });
    assert.ok(tty.stdout.includes('\x1b['));
    const noColor = await cli(['check', 'a.txt'], { cwd: s.dir, tty: true, env: { NO_COLOR: '1' } });
    assert.ok(!noColor.stdout.includes('\x1b['));
    const en = await cli(['check', '--locale', 'en', 'a.txt'], { cwd: s.dir });
    assert.match(en.stdout, /problem/);
  });

  it('--locale and the config locale choose the message language', async () => {
    s.write('a.txt', NFD_SENTENCE);
    const vi = JSON.parse((await cli(['check', '--format', 'json', 'a.txt'], { cwd: s.dir })).stdout) as JsonFileResult[];
    const en = JSON.parse((await cli(['check', '--format', 'json', '--locale', 'en', 'a.txt'], { cwd: s.dir })).stdout) as JsonFileResult[];
    const f = analyze(NFD_SENTENCE).findings[0];
    assert.equal(vi[0].diagnostics[0].message, findingMessage(f, 'vi'));
    assert.equal(en[0].diagnostics[0].message, findingMessage(f, 'en'));
    s.write('.tin-hoi-nghi.json', '{ "locale": "en" }');
    const cfg = JSON.parse((await cli(['check', '--format', 'json', 'a.txt'], { cwd: s.dir })).stdout) as JsonFileResult[];
    assert.equal(cfg[0].diagnostics[0].message, findingMessage(f, 'en'));
  });

  it('reads --stdin, names it by --stdin-filename, finds config from that name', async () => {
    const r = await cli(['check', '--format', 'json', '--stdin', '--stdin-filename', 'sub/bai.txt'], { cwd: s.dir, stdin: NFD_SENTENCE });
    const json = JSON.parse(r.stdout) as JsonFileResult[];
    assert.equal(json[0].file, 'sub/bai.txt');
    assert.ok(json[0].diagnostics.some((d) => d.rule === 'unicode-normalization'));
    s.write('sub/.tin-hoi-nghi.json', '{ "rules": { "unicode-normalization": "off" } }');
    const off = await cli(['check', '--format', 'json', '--stdin', '--stdin-filename', 'sub/bai.txt'], { cwd: s.dir, stdin: async () => new TextEncoder().encode(NFD_SENTENCE) });
    assert.ok(!(JSON.parse(off.stdout) as JsonFileResult[])[0].diagnostics.some((d) => d.rule === 'unicode-normalization'));
    const anon = await cli(['check', '--format', 'json', '--stdin'], { cwd: s.dir, stdin: '' });
    assert.equal((JSON.parse(anon.stdout) as JsonFileResult[])[0].file, '<stdin>');
    assert.equal((await cli(['check', '--stdin', 'a.txt'], { cwd: s.dir, stdin: '' })).code, 2);
  });

  it('binary file: skipped with a message, exit 2, other files still reported', async () => {
    s.write('img.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    s.write('ok.txt', 'Hội nghị.');
    const r = await cli(['check', '--format', 'json', 'img.txt', 'ok.txt'], { cwd: s.dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /img\.txt: tệp nhị phân, bỏ qua/);
    assert.match(r.stderr, /binary file skipped/);
    assert.deepEqual((JSON.parse(r.stdout) as JsonFileResult[]).map((f) => f.file), ['ok.txt']);
  });

  it('non-UTF-8 file: says so, and recognises TCVN3 and VNI', async () => {
    s.write('tcvn3.txt', Buffer.from('§¶ng ñy x· tæ chøc héi nghÞ tæng kÕt n¨m', 'latin1'));
    s.write('vni.txt', Buffer.from('Ñaûng uûy xaõ toå chöùc hoäi nghò', 'latin1'));
    s.write('latin1.txt', Buffer.from('caf\xe9', 'latin1'));
    const r = await cli(['check', 'tcvn3.txt', 'vni.txt', 'latin1.txt'], { cwd: s.dir });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /tcvn3\.txt: tệp không phải UTF-8.*TCVN3/);
    assert.match(r.stderr, /not UTF-8.*TCVN3/);
    assert.match(r.stderr, /vni\.txt: .*VNI/);
    assert.match(r.stderr, /latin1\.txt: tệp không phải UTF-8 hợp lệ/);
  });

  it('BOM: positions count from after the BOM; CRLF: lines and characters right', async () => {
    const body = `Hội nghị.\r\n\r\n${NFD_SENTENCE}\r\n`;
    s.write('bom.txt', `\uFEFF${NFD_SENTENCE}`);
    s.write('crlf.txt', body);
    const r = await cli(['check', '--format', 'json', 'bom.txt', 'crlf.txt'], { cwd: s.dir });
    const [bom, crlf] = JSON.parse(r.stdout) as JsonFileResult[];
    const b = bom.diagnostics.find((d) => d.rule === 'unicode-normalization');
    assert.ok(b);
    assert.ok(slice(NFD_SENTENCE, b.range).includes(NFD_NAME));
    const c = crlf.diagnostics.find((d) => d.rule === 'unicode-normalization');
    assert.ok(c);
    assert.equal(c.range.start.line, 2);
    assert.ok(slice(body, c.range).includes(NFD_NAME));
  });

  it('never touches files without --fix', async () => {
    const path = s.write('a.txt', NFD_SENTENCE);
    const before = statSync(path).mtimeMs;
    await cli(['check', 'a.txt'], { cwd: s.dir });
    await cli(['check', '--format', 'json', 'a.txt'], { cwd: s.dir });
    assert.equal(readFileSync(path, 'utf8'), NFD_SENTENCE);
    assert.equal(statSync(path).mtimeMs, before);
    assert.deepEqual(readdirSync(s.dir), ['a.txt']);
  });

  it('--fix applies safe fixes atomically, keeps BOM and CRLF, leaves no temporary file', async () => {
    const original = `\uFEFFHội nghị.\r\n${NFD_SENTENCE}\r\nKết thúc.\r\n`;
    const path = s.write('a.txt', original);
    const r = await cli(['check', '--fix', '--format', 'json', 'a.txt'], { cwd: s.dir });
    const fixed = readFileSync(path, 'utf8');
    assert.ok(fixed.startsWith('\uFEFF'), 'BOM kept');
    assert.ok(fixed.includes('Nguyễn'), 'NFD name normalised');
    assert.ok(!fixed.includes(NFD_NAME));
    assert.equal(fixed.split('\r\n').length, original.split('\r\n').length, 'CRLF kept');
    assert.ok(!/[^\r]\n/.test(fixed));
    assert.deepEqual(readdirSync(s.dir), ['a.txt']);
    const json = JSON.parse(r.stdout) as JsonFileResult[];
    assert.ok(!json[0].diagnostics.some((d) => d.rule === 'unicode-normalization'), 'reports the fixed text');
    // A second run finds nothing to fix and leaves the file alone.
    const mtime = statSync(path).mtimeMs;
    await cli(['check', '--fix', 'a.txt'], { cwd: s.dir });
    assert.equal(readFileSync(path, 'utf8'), fixed);
    assert.equal(statSync(path).mtimeMs, mtime);
  });

  it('--fix through a symbolic link rewrites the target and keeps the link', async function () {
    const target = s.write('real.txt', NFD_SENTENCE);
    try {
      symlinkSync('real.txt', s.path('link.txt'));
    } catch {
      this.skip(); // no symbolic links on this file system
    }
    await cli(['check', '--fix', 'link.txt'], { cwd: s.dir });
    assert.ok(lstatSync(s.path('link.txt')).isSymbolicLink());
    assert.ok(!readFileSync(target, 'utf8').includes(NFD_NAME));
    assert.deepEqual(readdirSync(s.dir).sort(), ['link.txt', 'real.txt']);
  });

  it('--fix with --stdin is a usage error', async () => {
    assert.equal((await cli(['check', '--fix', '--stdin'], { stdin: 'x' })).code, 2);
  });

  it('a broken config file: file:line:column on stderr, checking continues with defaults', async () => {
    s.write('.tin-hoi-nghi.json', '{\n  "rules": {\n    "unicode-normalization": "off",,\n  }\n}\n');
    s.write('a.txt', NFD_SENTENCE);
    const r = await cli(['check', '--format', 'json', 'a.txt'], { cwd: s.dir });
    assert.match(r.stderr, /\.tin-hoi-nghi\.json:3:36: /);
    const json = JSON.parse(r.stdout) as JsonFileResult[];
    assert.ok(json[0].diagnostics.some((d) => d.rule === 'unicode-normalization'), 'defaults apply');
    assert.notEqual(r.code, 2);
  });

  it('unknown rule ids in config are reported, valid parts still apply', async () => {
    s.write('.tin-hoi-nghi.json', '{ "rules": { "no-such-rule": "off", "unicode-normalization": "off" } }');
    s.write('a.txt', NFD_SENTENCE);
    const r = await cli(['check', '--format', 'json', 'a.txt'], { cwd: s.dir });
    assert.match(r.stderr, /:1:14: .*no-such-rule/);
    assert.ok(!(JSON.parse(r.stdout) as JsonFileResult[])[0].diagnostics.some((d) => d.rule === 'unicode-normalization'));
  });

  it('--config FILE that does not exist: reported, defaults apply', async () => {
    s.write('a.txt', NFD_SENTENCE);
    const r = await cli(['check', '--format', 'json', '--config', 'nope.json', 'a.txt'], { cwd: s.dir });
    assert.match(r.stderr, /nope\.json/);
    assert.equal((JSON.parse(r.stdout) as JsonFileResult[]).length, 1);
  });

  it('directories are searched recursively for .txt and .md, skipping node_modules and .git', async () => {
    s.write('d/a.txt', 'x');
    s.write('d/sub/b.md', 'x');
    s.write('d/sub/c.json', '{}');
    s.write('d/node_modules/x.txt', 'x');
    s.write('d/.git/y.txt', 'x');
    const r = await cli(['check', '--format', 'json', 'd'], { cwd: s.dir });
    assert.deepEqual((JSON.parse(r.stdout) as JsonFileResult[]).map((f) => f.file), ['d/a.txt', 'd/sub/b.md']);
    assert.equal(r.code, 0);
  });

  it('globs: * ** ? and no match is an error', async () => {
    s.write('d/a.txt', 'x');
    s.write('d/b.txt', 'x');
    s.write('d/sub/c.txt', 'x');
    s.write('d/sub/deep/e.txt', 'x');
    const files = async (glob: string): Promise<string[]> =>
      (JSON.parse((await cli(['check', '--format', 'json', glob], { cwd: s.dir })).stdout) as JsonFileResult[]).map((f) => f.file);
    assert.deepEqual(await files('d/*.txt'), ['d/a.txt', 'd/b.txt']);
    assert.deepEqual(await files('d/**/*.txt'), ['d/a.txt', 'd/b.txt', 'd/sub/c.txt', 'd/sub/deep/e.txt']);
    assert.deepEqual(await files('d/?.txt'), ['d/a.txt', 'd/b.txt']);
    assert.deepEqual(await files('**/e.txt'), ['d/sub/deep/e.txt']);
    const none = await cli(['check', 'd/*.docx'], { cwd: s.dir });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /không có tệp nào khớp/);
  });

  it('a word list next to the file is loaded', async () => {
    s.write('.tin-hoi-nghi-words.txt', '# tên riêng\nKhuổi Mìn\n');
    s.write('a.txt', 'x');
    // The loader is covered in config.test.ts; here only that checking still works with it.
    assert.equal((await cli(['check', 'a.txt'], { cwd: s.dir })).code, 0);
  });

  it('a large file (1 MB) is checked without trouble', async function () {
    this.timeout(120000);
    const para = `Chiều ngày 25/4/2023, Đảng ủy xã Cao Sơn tổ chức hội nghị sơ kết. ${NFD_SENTENCE}\n\n`;
    s.write('big.txt', para.repeat(Math.ceil(1e6 / para.length)));
    const t0 = Date.now();
    const r = await cli(['check', '--format', 'json', 'big.txt'], { cwd: s.dir });
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    assert.ok(Date.now() - t0 < 100000);
    writeFileSync(s.path('big.txt'), '');
  });
});

describe('cli: reports streamed file by file', () => {
  let s: Scratch;
  beforeEach(() => (s = new Scratch()));
  afterEach(() => s.dispose());

  // json and stylish on standard output are written as each file is done (to a terminal: in one
  // piece per file; to a file or a pipe: in chunks of ~64 KB); -o collects the whole run. All must
  // give the same bytes.
  for (const [format, tty] of [['json', true], ['stylish', true], ['json', false], ['stylish', false]] as const) {
    it(`${format}: the same bytes as the report written with -o, written ${tty ? 'in one piece per file to a terminal' : 'in chunks to a file'}`, async () => {
      s.write('a/1.txt', `${NFD_SENTENCE}\n`);
      s.write('a/2.txt', 'Hội nghị thành công.\n');
      s.write('a/3.txt', `Hội nghị tổng kết. ${NFD_SENTENCE}\n`);
      s.write('a/4.txt', new Uint8Array([0xff, 0xfe, 0x00])); // broken UTF-16: an error on stderr, no report
      const writes: string[] = [];
      const code = await run(['check', '--format', format, s.path('a')], {
        stdout: { write: (t: string) => void writes.push(t), isTTY: tty },
        stderr: { write: () => undefined },
        env: { NO_COLOR: '1' },
      });
      assert.equal(code, 2);
      const report = s.path('report.out');
      const collected = await cli(['check', '--format', format, '-o', report, s.path('a')]);
      assert.equal(collected.code, 2);
      assert.equal(writes.join(''), readFileSync(report, 'utf8'));
      // json: one piece per file read and the closing bracket; stylish: a block per file with findings and the summary
      const json = await cli(['check', '--format', 'json', s.path('a')]);
      const results = JSON.parse(json.stdout) as JsonFileResult[];
      assert.equal(results.length, 3);
      const withFindings = results.filter((r) => r.diagnostics.length > 0).length;
      assert.ok(withFindings >= 2);
      const perFile = format === 'json' ? results.length + 1 : withFindings + 1;
      // (not a terminal: the error on standard error flushes what is pending, then the rest at the end)
      if (tty) assert.equal(writes.length, perFile);
      else assert.ok(writes.length <= 2 && writes.length < perFile, `${writes.length} writes`);
    });
  }

  it('json with no readable file is still an empty array', async () => {
    const r = await cli(['check', '--format', 'json', s.write('bad.txt', new Uint8Array([0xff, 0xfe, 0x00]))]);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '[]\n');
  });
});
