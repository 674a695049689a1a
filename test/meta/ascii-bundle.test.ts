// scripts/ascii-bundle.mjs, the build's last step on the server and CLI bundles: the rewritten code
// must behave exactly as esbuild's output, with no non-ASCII character left where one may be escaped.

import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ub } from '../../server/src/core/segment/cues';

const ROOT = join(__dirname, '..', '..');

// regular expressions (classes, ranges, an identity escape, astral characters with and without u),
// templates (untagged, String.raw, another tag), a string
const FIXTURE = [
  '"use strict";',
  'const TITLE = String.raw`(?:Phó\\s+)?Chủ\\s+tịch`;',
  'module.exports = {',
  '  res: [/(?<![\\p{L}])t[ỷỉ] lệ(?![\\p{L}])/u, /[à-ỹ]+/g, /\\đ/, /😀+/u, /😀+/, /[😀x]/u, /^đ\\/c$/i],',
  '  tpl: `Hòa ${1 + 1} Bình\\ý`,',
  '  raw: new RegExp(`^${TITLE}$`, "u"),',
  '  other: ((s) => s.raw[0])`Đà\\n`,',
  '  str: "\\u0110\\u1EA3ng",', // esbuild escapes string literals itself
  '};',
].join('\n');

const SAMPLES = ['tỷ lệ', 'tỉ lệ', 'xtỷ lệ', 'tý lệ', 'àbcỹ', 'đ', '\\đ', '😀😀', '😀', 'x', '\uD83D', 'Đ/C', 'đ/c', 'Phó Chủ tịch', 'Chủ  tịch', 'chủ tịch'];

interface Fixture {
  res: RegExp[];
  tpl: string;
  raw: RegExp;
  other: string;
  str: string;
}

describe('ascii-bundle (build step)', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'thn-ascii-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('escapes regular expressions and templates without changing what they do', async () => {
    const { asciiBundle } = (await import(pathToFileURL(join(ROOT, 'scripts', 'ascii-bundle.mjs')).href)) as { asciiBundle(file: string, withMap: boolean): number };
    const original = join(dir, 'original.js');
    const rewritten = join(dir, 'rewritten.js');
    writeFileSync(original, FIXTURE);
    writeFileSync(rewritten, FIXTURE);
    assert.equal(asciiBundle(rewritten, false), 2, 'only the other tag keeps its raw text ("Đà")');
    const text = readFileSync(rewritten, 'utf8');
    assert.match(text, /\\u0111/);
    assert.doesNotMatch(text, /\\\\u0111/, 'an identity escape loses its backslash');
    const a = require(original) as Fixture;
    const b = require(rewritten) as Fixture;
    for (const [k, re] of a.res.entries()) {
      assert.equal(b.res[k].flags, re.flags);
      for (const s of SAMPLES) assert.deepEqual(b.res[k].exec(s), re.exec(s), `${re} on ${s}`);
    }
    for (const s of SAMPLES) assert.deepEqual(b.raw.exec(s), a.raw.exec(s), `String.raw pattern on ${s}`);
    assert.equal(b.tpl, a.tpl);
    assert.equal(b.other, a.other);
    assert.equal(b.str, a.str);
  });

  it('leaves ub() reading an escaped first letter as that letter', () => {
    const plain = ub(/\bđ\/c\b|\bý kiến\b/u);
    const escaped = ub(new RegExp('\\b\\u0111\\/c\\b|\\b\\u00FD ki\\u1EBFn\\b', 'u'));
    for (const s of ['đ/c', 'xđ/c', 'đ/cx', 'ý kiến', 'các ý kiến.', 'ýý kiến']) assert.equal(escaped.test(s), plain.test(s), s);
  });
});
