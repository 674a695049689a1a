// The labelled real corpus: its labels are well-formed, the scoring helpers of `npm run eval:real`
// measure what they say, and the script skips cleanly where the texts are absent (CI).

import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_KINDS, SECTION_NAMES } from '../../server/src/core/types';
import { isHeldOut, isUsable, locateSections, sentenceIndex, sentenceStarts, type RealLabel } from '../support/real-corpus';

const root = join(__dirname, '..', '..');
const labels: RealLabel[] = JSON.parse(readFileSync(join(__dirname, 'real', 'labels.json'), 'utf8'));

describe('real corpus labels', () => {
  it('name known kinds and sections, with quotes of at most 8 words', () => {
    const usable = labels.filter(isUsable);
    assert.ok(usable.length >= 100, `${usable.length} usable labels`);
    for (const l of usable) {
      assert.ok((ARTICLE_KINDS as readonly string[]).includes(l.kind), `${l.file}: kind ${l.kind}`);
      for (const s of l.sections) {
        assert.ok((SECTION_NAMES as readonly string[]).includes(s.name), `${l.file}: section ${s.name}`);
        assert.ok(s.quote.trim().split(/\s+/u).length <= 8, `${l.file}: quote too long «${s.quote}»`);
      }
    }
  });

  it('hold out about a fifth of the articles, complete ones included', () => {
    const usable = labels.filter(isUsable);
    const held = usable.filter((l) => isHeldOut(l.file));
    assert.ok(held.length / usable.length > 0.15 && held.length / usable.length < 0.25, `${held.length}/${usable.length}`);
    assert.ok(held.some((l) => l.complete));
    assert.ok(isHeldOut('hdnd-005.txt') && isHeldOut('visit-050.txt') && !isHeldOut('review-021.txt'));
  });
});

describe('real corpus scoring helpers', () => {
  it('split sentences at terminal punctuation before a capital and at line ends', () => {
    const text = 'Sáng 25/12, HĐND xã họp. Chủ tọa kỳ họp: bà A.\nTại kỳ họp, đại biểu xem xét 3 báo cáo, v.v. còn nữa';
    const starts = sentenceStarts(text);
    assert.deepEqual(starts.map((s) => text.slice(s, s + 6)), ['Sáng 2', 'Chủ tọ', 'Tại kỳ']);
    assert.equal(sentenceIndex(starts, text.indexOf('bà A')), 1);
    assert.equal(sentenceIndex(starts, text.indexOf('còn nữa')), 2);
  });

  it('locate quotes in text order, a repeated name after the previous one', () => {
    const text = 'Toàn cảnh hội nghị\nKết quả đạt được.\nToàn cảnh hội nghị\nHết.';
    const { located, problems } = locateSections(text, [
      { name: 'captions', quote: 'Toàn cảnh hội nghị' },
      { name: 'achievements', quote: 'Kết quả' },
      { name: 'captions', quote: 'Toàn cảnh hội nghị' },
      { name: 'byline', quote: 'không có' },
    ]);
    assert.deepEqual(located.map((s) => s.start), [0, 19, 37]);
    assert.deepEqual(problems, ['byline: quote not found «không có»']);
  });
});

describe('npm run eval:real', function () {
  this.timeout(60_000);
  it('skips cleanly, exit 0, when the texts are absent', () => {
    const r = spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'scripts', 'eval-real.ts'), '--texts', join(root, 'no-such-dir')], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Skipped/u);
  });
});
