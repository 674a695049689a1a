// segment: the headline repeated under a photo is a caption. Lines are squashed (lower case, spaces
// squeezed) only when their first character can start the squashed headline (startsLikeTitle), so a
// long document does not squash every line; the shortcut must never skip a line that matches.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { createTextDoc } from '../../server/src/core/text/textdoc';
import { defaultConfig } from '../../server/src/core/config';
import { segment, squash, startsLikeTitle } from '../../server/src/core/segment';
import { vietnameseText } from './arbitraries';
import { propertyRuns, propertySeed } from '../support/property';

const RUNS = propertyRuns(300);
const SEED = propertySeed();

// First characters whose lower case is special: longer (İ), context-dependent (Σ), astral, marks, spaces.
const ODD_START = fc.constantFrom('', 'İ', 'I', 'Σ', 'ς', 'σ', 'Đ', 'đ', 'Ư', '𝒳', '𐐀', '\uD800', '\u0301', 'ß', 'ǅ', '“', ' ', '\u00a0');

describe('segment: headline repeated as a caption (startsLikeTitle)', () => {
  it('never rejects a line whose squashed text starts with the squashed headline (fast-check)', () => {
    fc.assert(
      fc.property(ODD_START, vietnameseText, fc.boolean(), ODD_START, fc.string({ maxLength: 20 }), (head, title, upper, lineHead, tail) => {
        const key = squash(head + title);
        if (key.length === 0) return;
        // a line built from the headline: another case, another first character, more after it
        const base = upper ? (head + title).toUpperCase() : (head + title).toLowerCase();
        for (const line of [base, base + tail, lineHead + base, lineHead + title + tail].map((l) => l.trim())) {
          if (line.length === 0) continue;
          if (squash(line).startsWith(key.slice(0, 50))) assert.ok(startsLikeTitle(line, key), JSON.stringify({ line, key }));
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('rejects a line that starts with another letter', () => {
    assert.equal(startsLikeTitle('Toàn cảnh hội nghị', 'đảng ủy xã hòa bình tổng kết công tác năm 2023'), false);
    assert.equal(startsLikeTitle('ĐẢNG ỦY XÃ HÒA BÌNH', 'đảng ủy xã hòa bình tổng kết công tác năm 2023'), true);
  });

  it('still reads the repeated headline under the photo as a caption', () => {
    const title = 'ĐẢNG ỦY XÃ HÒA BÌNH TỔNG KẾT CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2023';
    const body = 'Sáng ngày 28/12/2023, Đảng ủy xã Hòa Bình tổ chức hội nghị tổng kết công tác năm 2023. Tới dự có đồng chí Trần Văn Minh.';
    const text = `${title}\n\n${body}\n\nĐảng ủy xã Hòa Bình tổng kết công tác xây dựng Đảng năm 2023\n\n${body}\n`;
    const { sections } = segment(createTextDoc(text), defaultConfig());
    const line = text.indexOf('Đảng ủy xã Hòa Bình tổng kết');
    assert.ok(sections.some((s) => s.name === 'captions' && s.start <= line && s.end > line), JSON.stringify(sections));
  });
});
