// Rules with a paragraphScan (types.ts): core/incremental keeps each paragraph's readings, so reading
// paragraph by paragraph must give what one reading of the whole text gives, and check() must be
// that reading counted.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { defaultConfig } from '../../server/src/core/config';
import { emptyFacts } from '../../server/src/core/facts/types';
import { RULES } from '../../server/src/core/rules';
import { createTextDoc } from '../../server/src/core/text/textdoc';
import type { RuleContext } from '../../server/src/core/types';
import { vietnameseText } from './arbitraries';
import { propertyRuns, propertySeed } from '../support/property';

const RUNS = propertyRuns(300);
const SEED = propertySeed();

// Words the scanning rules read (tone placement, i/y spellings), with cases and names around them.
const READ = fc.constantFrom(
  'hòa', 'hoà', 'Hòa', 'HOÀ', 'khỏe', 'khoẻ', 'thủy', 'thuỷ', 'Thanh Hóa', 'La Văn Hoà', 'Ủy ban', 'ủy', 'uỷ', 'Kỳ họp', 'kì họp',
  'Quý', 'quí', 'lý', 'lí', 'Mỹ', 'mĩ thuật', 'Lý Văn Bình', 'bác sỹ', 'hy sinh', 'tỷ lệ', 'tỉ lệ', 'Kì', 'abchòa',
  // weekdays with dates, and the ordinals and words that may stand before them
  'Thứ Hai, ngày 15/3/2026', 'thứ 2 (15/3)', 'T2, 15/3/2026', 'CN ngày 15 tháng 3 năm 2026', 'Sáng Chủ nhật, 15/3', 'ngày 15/3/2026 (Chủ nhật)',
  'kỳ họp thứ Hai, ngày 16/3/2026', 'lần thứ 2 ngày 16/3', 'Thứ nhất,', 'thứ 2-3', 'vào', 'Sáng', '16/3/2026 (Thứ Hai)', '(Thứ Ba)',
  // lines of scraped page text
  'loading...', 'Xem thêm: Hội nghị tổng kết', 'Chia sẻ | Bình luận', 'Lượt xem: 1.254    In trang', 'In bài viết', '  Bình luận  ',
  // legacy TCVN3/VNI mojibake, "Ð" for "Đ", and Latin-1 words that are neither
  '§¶ng ñy x· tæ chøc héi nghÞ', 'Ñaûng uûy xaõ toå chöùc hoäi nghò', 'héi nghÞ', 'Ðảng bộ', 'ð', '§', 'München', '© 2023', 'chÝnh', 'Ðoàn', 'Ñaûng', 'Þ',
);
const SEP = fc.constantFrom(' ', '\n', '\n\n', '\r\n\r\n', '\r', '\r\n', '\n \n', '. ', ', ', ': ', '\u00a0');
const text = fc.array(fc.tuple(fc.oneof(READ, vietnameseText.map((t) => t.slice(0, 40))), SEP), { maxLength: 30 }).map((parts) => parts.map(([w, s]) => w + s).join(''));

const SCANNING = RULES.filter((r) => r.paragraphScan);

describe('rules read paragraph by paragraph (paragraphScan)', () => {
  it('covers the counting rules', () => {
    assert.deepEqual(SCANNING.map((r) => r.id).sort(), ['inconsistent-spelling', 'tone-style', 'unicode-normalization', 'web-artifact', 'weekday-mismatch']);
  });

  it('reads the same per paragraph as over the whole text, and check() counts that reading (fast-check)', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('consistent', 'old', 'new'), (t, toneStyle) => {
        const doc = createTextDoc(t);
        const ctx: RuleContext = { doc, kind: 'other', sections: [], facts: emptyFacts(), config: { ...defaultConfig(), toneStyle } as RuleContext['config'], lm: null };
        for (const rule of SCANNING) {
          const scan = rule.paragraphScan!;
          const whole = scan.scan(doc.nfc, 0, doc.nfc.length);
          assert.deepEqual(doc.paragraphs.flatMap((p) => scan.scan(doc.nfc, p.start, p.end)), whole, rule.id);
          assert.deepEqual(scan.reports(ctx, whole), rule.check(ctx), rule.id);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});
