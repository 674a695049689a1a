import { strict as assert } from 'node:assert';
import { decodeArticle, encodeArticle, firstInvalidUtf8, guessLegacyEncoding } from '../../server/src/cli/decode';
import { applyEdits, dominantLineEnding, fixText, selectSafeEdits } from '../../server/src/cli/fix';
import type { Finding } from '../../server/src/core/types';
import { NFD_NAME, NFD_SENTENCE } from './helpers';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('cli: decoding article bytes', () => {
  it('UTF-8 with and without BOM; the BOM is not text', () => {
    assert.deepEqual(decodeArticle(enc('xã')), { ok: true, text: 'xã', encoding: 'utf-8', bom: false });
    assert.deepEqual(decodeArticle(enc('\uFEFFxã')), { ok: true, text: 'xã', encoding: 'utf-8', bom: true });
    assert.deepEqual(decodeArticle(new Uint8Array()), { ok: true, text: '', encoding: 'utf-8', bom: false });
  });

  it('UTF-16 LE/BE with BOM round-trips through encodeArticle', () => {
    for (const encoding of ['utf-16le', 'utf-16be'] as const) {
      const bytes = encodeArticle('Đảng ủy xã 𝒳', encoding, true);
      const decoded = decodeArticle(bytes);
      assert.ok(decoded.ok);
      assert.equal(decoded.text, 'Đảng ủy xã 𝒳');
      assert.equal(decoded.encoding, encoding);
    }
    const utf8 = encodeArticle('xã', 'utf-8', true);
    assert.deepEqual([...utf8.slice(0, 3)], [0xef, 0xbb, 0xbf]);
  });

  it('NUL bytes: binary', () => {
    const r = decodeArticle(new Uint8Array([0x41, 0, 0x42]));
    assert.ok(!r.ok && r.reason === 'binary' && r.byteOffset === 1);
  });

  it('invalid UTF-8: the offset of the first bad byte, and a legacy guess', () => {
    assert.equal(firstInvalidUtf8(enc('abc')), -1);
    assert.equal(firstInvalidUtf8(new Uint8Array([0x61, 0xc3])), 1, 'truncated sequence');
    assert.equal(firstInvalidUtf8(new Uint8Array([0x61, 0xc0, 0x80])), 1, 'overlong');
    assert.equal(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80])), 0, 'surrogate');
    assert.equal(firstInvalidUtf8(new Uint8Array([0xf0, 0x9d, 0x92, 0xb3])), -1, '4-byte');
    const r = decodeArticle(Buffer.from('§¶ng ñy x· tæ chøc héi nghÞ', 'latin1'));
    assert.ok(!r.ok && r.reason === 'invalid-utf8' && r.legacy === 'tcvn3');
    assert.equal(guessLegacyEncoding(Buffer.from('Ñaûng uûy xaõ', 'latin1')), 'vni');
    assert.equal(guessLegacyEncoding(Buffer.from('Zürich, café', 'latin1')), undefined);
  });
});

describe('cli: --fix machinery', () => {
  const finding = (start: number, end: number, newText: string, safe = true): Finding => ({
    rule: 'whitespace',
    severity: 'warning',
    start,
    end,
    messageId: 'x',
    values: {},
    fixes: [{ titleId: 'x', edits: [{ start, end, newText }], safe }],
  });

  it('selects safe, non-overlapping fixes only', () => {
    const { edits, count } = selectSafeEdits([finding(0, 2, 'a'), finding(1, 3, 'b'), finding(3, 4, 'c', false), finding(5, 6, 'd'), finding(5, 5, 'e'), finding(9, 99, 'x')], 10);
    assert.equal(count, 2);
    assert.equal(edits[0].newText, 'a');
    assert.ok(['d', 'e'].includes(edits[1].newText), 'one of two fixes at the same point, the other waits a pass');
  });

  it('applies edits and keeps the line ending', () => {
    assert.equal(applyEdits('a  b\r\nc', [{ start: 1, end: 3, newText: ' ' }]), 'a b\r\nc');
    assert.equal(applyEdits('ab', [{ start: 1, end: 1, newText: '\n' }], '\r\n'), 'a\r\nb');
    assert.equal(dominantLineEnding('a\r\nb\r\nc\n'), '\r\n');
    assert.equal(dominantLineEnding('a\nb'), '\n');
  });

  it('fixText iterates to a stable text and reports the final analysis', () => {
    const text = `${NFD_SENTENCE}\n${NFD_SENTENCE}\n`;
    const outcome = fixText(text, {});
    assert.ok(!outcome.text.includes(NFD_NAME));
    assert.ok(outcome.applied >= 1);
    assert.ok(!outcome.analysis.findings.some((f) => f.rule === 'unicode-normalization'));
    assert.equal(fixText(outcome.text, {}).applied, 0);
  });
});
