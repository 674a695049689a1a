// Articles written after the reform of 1 July 2025 (two-level local government, đặc khu, no thị
// trấn, new terms), each with its planted errors marked by caret lines (#> ^^^ rule-id) and traps
// that must stay quiet: history ("nguyên Bí thư Huyện ủy", "thị trấn … (cũ)", "trước sáp nhập",
// "nhiệm kỳ 2020 – 2025"), quoted documents ("Nghị quyết số 12-NQ/HU"), correct weekdays, an old
// article full of district bodies. Every rule's findings must be exactly the marked ones
// (missing-section and section-order excepted: what a kind expects is the structure rules' business).
import { readdirSync, readFileSync } from 'node:fs';
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { RULES } from '../../server/src/core/rules';
import { checkFixture, parseFixture } from '../support/fixture';

const DIR = join(__dirname, 'post-reform');
const RULE_IDS = RULES.map((r) => r.id).filter((id) => id !== 'missing-section' && id !== 'section-order');

describe('post-reform articles (2025–2026)', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

  it('are there', () => assert.ok(files.length >= 4));

  for (const file of files) {
    it(`${file}: exactly the planted findings`, () => {
      checkFixture(readFileSync(join(DIR, file), 'utf8'), { rules: RULE_IDS });
    });
  }

  it('a pinned reference date before the reform silences the map rule on a 2025 article', () => {
    const { text } = parseFixture(readFileSync(join(DIR, '01-ky-hop-hdnd-2025.tin.txt'), 'utf8'));
    const rules = (config?: { referenceDate: string }): string[] => analyze(text, config).findings.map((f) => f.rule);
    assert.ok(rules().includes('admin-timeline'));
    assert.ok(!rules({ referenceDate: '2025-05-01' }).includes('admin-timeline'));
  });
});
