// core/incremental/textdoc-update: the TextDoc of an edited text built from the previous version's
// lines and paragraphs equals createTextDoc of the edited text (or is not built at all).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { updateTextDoc } from '../../server/src/core/incremental/textdoc-update';
import { findSuppressions, maskSuppressions } from '../../server/src/core/suppression';
import { createTextDoc, type TextDoc } from '../../server/src/core/text/textdoc';
import { exampleTexts, propertyRuns, propertySeed } from '../support/property';

const RUNS = propertyRuns(60) * 4;
const SEED = propertySeed();

const examples = exampleTexts();

const shapeOf = (doc: TextDoc) => ({ text: doc.original, lines: doc.lines, paragraphs: doc.paragraphs });
const masked = (text: string): string => maskSuppressions(text, findSuppressions(text));

/** The same as createTextDoc(text): views, lines, paragraphs and every offset map and line look-up. */
function assertSameDoc(actual: TextDoc, text: string): void {
  const expected = createTextDoc(text, masked(text));
  assert.equal(actual.original, expected.original);
  assert.equal(actual.nfc, expected.nfc);
  assert.deepEqual(actual.lines, expected.lines);
  assert.deepEqual(actual.paragraphs, expected.paragraphs);
  for (let o = -2; o <= text.length + 2; o++) {
    assert.equal(actual.toOriginal(o), expected.toOriginal(o), `toOriginal(${o})`);
    assert.equal(actual.toNfc(o), expected.toNfc(o), `toNfc(${o})`);
    assert.equal(actual.lineAt(o), expected.lineAt(o), `lineAt(${o})`);
  }
}

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 30 }),
  insert: fc.oneof(
    fc.constantFrom('', 'a', ' ', '  ', '\n', '\n\n', '\n \n', ' \n', '\n\n\n', 'x\ny', 'Hội nghị\n\nNgày 20/12', '\r\n', '\r', '\u0301', 'a\u0301', '<!-- tin-hoi-nghi-disable-line spelling -->', '\u3000\n'),
    fc.string({ maxLength: 6 }).map((s) => s.replace(/[^a\n ]/g, 'b')),
  ),
});

function applyEdit(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

describe('TextDoc of an edited text from the previous one (core/incremental/textdoc-update)', function () {
  this.timeout(120000);

  it('equals createTextDoc after random edits, or leaves it to createTextDoc (fast-check)', () => {
    const start = fc.oneof(
      fc.nat({ max: examples.length - 1 }).map((i) => examples[i]),
      fc.array(fc.constantFrom('a', 'b c', '', ' ', 'Hội nghị', '\u3000'), { maxLength: 12 }).map((ls) => ls.join('\n')),
    );
    let built = 0;
    fc.assert(
      fc.property(start, fc.array(edit, { minLength: 1, maxLength: 10 }), (first, edits) => {
        let text = first;
        let doc = createTextDoc(text, masked(text));
        for (const e of edits) {
          const next = applyEdit(text, e);
          const plain = doc.nfc === text && !text.includes('\r');
          const updated = plain ? updateTextDoc(shapeOf(doc), next, masked(next)) : undefined;
          if (updated) {
            built++;
            assertSameDoc(updated, next);
          }
          text = next;
          doc = updated ?? createTextDoc(text, masked(text));
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
    assert.ok(built > RUNS, `built ${built}`);
  });

  it('keeps the lines and paragraphs before the edit, and the strings of those after it', () => {
    const text = examples[0];
    const doc = createTextDoc(text);
    const at = text.indexOf('\n\n', text.length >> 1);
    const edited = `${text.slice(0, at)} thêm${text.slice(at)}`;
    const updated = updateTextDoc(shapeOf(doc), edited, edited);
    assert.ok(updated);
    assertSameDoc(updated, edited);
    const line = doc.lineAt(at);
    assert.equal(updated.lines[0], doc.lines[0]);
    assert.equal(updated.lines[line - 1], doc.lines[line - 1]);
    assert.notEqual(updated.lines[line], doc.lines[line]);
    assert.equal(updated.lines[line + 2].text, doc.lines[line + 2].text);
    assert.equal(updated.paragraphs[0], doc.paragraphs[0]);
  });

  it('leaves texts that are not NFC, hold a suppression comment or a carriage return to createTextDoc', () => {
    const text = 'Hội nghị\n\nNgày 20/12';
    const shape = shapeOf(createTextDoc(text));
    assert.equal(updateTextDoc(shape, `${text}a\u0301`, `${text}a\u0301`), undefined);
    assert.equal(updateTextDoc(shape, `${text}\r\n`, `${text}\r\n`), undefined);
    const suppressed = `${text}\n<!-- tin-hoi-nghi-disable-line spelling -->`;
    assert.equal(updateTextDoc(shape, suppressed, masked(suppressed)), undefined);
  });
});
