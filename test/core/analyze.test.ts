import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { createTextDoc } from '../../server/src/core/text/textdoc';
import { PositionMap } from '../../server/src/core/text/positions';
import { findSuppressions, applySuppressions } from '../../server/src/core/suppression';
import { parseFixture } from '../support/fixture';
import { RULES } from '../../server/src/core/rules';

describe('analyze', () => {
  it('never throws on odd input', () => {
    for (const input of ['', '\uFEFF', '\u0000\u0001', 'a\r\nb\rc', '\uD800', null, undefined, 42]) {
      const result = analyze(input);
      assert.ok(Array.isArray(result.findings));
    }
  });

  it('reports non-string input as a problem', () => {
    assert.deepEqual(analyze(42).problems.map((p) => p.messageId), ['notText']);
  });

  it('orders rule ids by code unit as localeCompare does (findings at one range are sorted by id)', () => {
    const ids = RULES.map((r) => r.id);
    for (const id of ids) assert.match(id, /^[a-z]+(?:-[a-z]+)*$/);
    const byLocale = [...ids].sort((a, b) => a.localeCompare(b));
    const byCodeUnit = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    assert.deepEqual(byCodeUnit, byLocale);
  });
});

describe('TextDoc', () => {
  it('maps NFC offsets back to NFD originals', () => {
    const nfd = 'xã Nguyễn'.normalize('NFD');
    const doc = createTextDoc(nfd);
    assert.equal(doc.nfc, 'xã Nguyễn');
    const start = doc.nfc.indexOf('Nguyễn');
    assert.equal(doc.original.slice(doc.toOriginal(start), doc.toOriginal(start + 6)), 'Nguyễn'.normalize('NFD'));
    assert.equal(doc.toNfc(doc.toOriginal(start)), start);
  });

  it('composes "tổ hợp" text (precomposed base + separate tone mark)', () => {
    const toHop = 'ho\u0323c'; // o + combining dot below
    const doc = createTextDoc(toHop);
    assert.equal(doc.nfc, 'học');
    assert.equal(doc.toOriginal(3), 4);
  });

  it('splits lines and paragraphs on LF, CRLF and CR', () => {
    const doc = createTextDoc('a\r\nb\n\nc\rd');
    assert.deepEqual(doc.lines.map((l) => l.text), ['a', 'b', '', 'c', 'd']);
    assert.deepEqual(doc.paragraphs.map((p) => [p.firstLine, p.lastLine]), [[0, 1], [3, 4]]);
    assert.equal(doc.lineAt(doc.lines[3].start), 3);
  });
});

describe('PositionMap', () => {
  it('counts UTF-16 units and handles CRLF', () => {
    const map = new PositionMap('ab\r\n𝒳c');
    assert.deepEqual(map.position(4), { line: 1, character: 0 });
    assert.deepEqual(map.position(7), { line: 1, character: 3 });
    assert.equal(map.offset({ line: 1, character: 2 }), 6);
  });
});

describe('suppression comments', () => {
  it('parses scopes and rule lists', () => {
    const s = findSuppressions('x <!-- tin-hoi-nghi-disable-line spelling, whitespace -->\n<!-- tin-hoi-nghi-disable -->');
    assert.deepEqual(s.map((x) => [x.scope, x.rules]), [['line', ['spelling', 'whitespace']], ['file', []]]);
  });

  it('drops only findings on the suppressed line and rule', () => {
    const text = 'a b\nc d <!-- tin-hoi-nghi-disable-line spelling -->';
    const map = new PositionMap(text);
    const mk = (rule: string, start: number) => ({ rule, start, end: start + 1, severity: 'warning' as const, messageId: 'm', values: {}, fixes: [] });
    const kept = applySuppressions([mk('spelling', 0), mk('spelling', 4), mk('whitespace', 4)], findSuppressions(text), (o) => map.position(o).line);
    assert.deepEqual(kept.map((f) => `${f.rule}@${f.start}`), ['spelling@0', 'whitespace@4']);
  });
});

describe('fixture harness', () => {
  it('reads caret annotations', () => {
    const { text, expected } = parseFixture('xã đạt 21/19 tiêu chí\n#>     ^^^^^ fraction-exceeds');
    assert.equal(text, 'xã đạt 21/19 tiêu chí');
    assert.deepEqual(expected, [{ rule: 'fraction-exceeds', line: 0, start: 7, end: 12 }]);
  });
});

describe('TextDoc offsets around marks that compose with nothing', () => {
  it('maps a space followed by a lone combining mark one to one', () => {
    // Found by the fuzzer: the double space before " \u0323" covered only one space in the original.
    const text = 'Chiều  \u0323 thủy '.normalize('NFD');
    const doubles = analyze(text).findings.filter((f) => f.messageId === 'doubleSpace');
    assert.equal(doubles.length, 1);
    assert.equal(text.slice(doubles[0].start, doubles[0].end), '  ');
  });
});
