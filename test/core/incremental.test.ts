// Incremental analysis (core/incremental): after any sequence of edits, its result equals a fresh
// analyze() of the same text — findings (with fixes), sections, kind, facts and problems.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/analyze';
import { IncrementalAnalyzer, PARAGRAPH_LOCAL_FACT_KINDS, PARAGRAPH_LOCAL_RULES, PARAGRAPH_READINGS } from '../../server/src/core/incremental';
import { RULES_BY_ID } from '../../server/src/core/rules';
import type { Config } from '../../server/src/core/types';
import { vietnameseText } from './arbitraries';
import { exampleTexts, propertyRuns, propertySeed } from '../support/property';

const RUNS = propertyRuns(60);
const SEED = propertySeed();

const examples = exampleTexts();

const view = (text: string, config?: Partial<Config>): string => {
  const a = analyze(text, config);
  return viewOf(a);
};
const viewOf = (a: ReturnType<typeof analyze>): string => JSON.stringify({ kind: a.kind, sections: a.sections, facts: a.facts, findings: a.findings, problems: a.problems });

/** An edit: replace [at, at + remove) of the text (positions as fractions of its length) with `insert`. */
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 40 }),
  insert: fc.oneof(
    vietnameseText.map((t) => t.slice(0, 80)),
    fc.constantFrom('', 'a', ' ', '  ', '\n', '\n\n', 'sảy ra', 'các các', 'Huyện Ủy', ' ,', '\u0301', '<!-- tin-hoi-nghi-disable-line spelling -->'),
    // facts reused per paragraph (fractions, percentages) and the cues segmenting keeps per paragraph
    fc.constantFrom(' đạt 15/20 chỉ tiêu', ' 12/10 chỉ tiêu', 'chiếm 95,5%', ' đạt 120% kế hoạch', ', 30% đảng viên xếp loại xuất sắc', '. Hội nghị đã thảo luận', '\n\nKết luận hội nghị, đồng chí', '. Đồng chí Bí thư phát biểu chỉ đạo', ' làm việc với đoàn công tác', '\n\nNgày 20/12/2023, ', ' xã Cao Sơn', 'Nguyễn Văn An'),
    // counts: read in ranges of paragraphs around a "/" or a list, with the characters next to them
    fc.constantFrom(' 3 nhiệm vụ trọng tâm', 'Trong 24 chỉ tiêu', ' và giải pháp', ' trọng tâm', '/', '(1) ', '\n1. ', 'năm\n\n', '\n\nvà nhiệm vụ'),
    // unicode-normalization's legacy runs and eth words, read per paragraph (paragraphScan)
    fc.constantFrom(' §¶ng ñy x· tæ chøc héi nghÞ', '\n\nÑaûng uûy xaõ toå chöùc', ' héi nghÞ ', ' Ðảng bộ', 'Ð', ' chÝnh', '§'),
  ),
});

function applyEdit(text: string, e: { at: number; remove: number; insert: string }): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

/** Analyses `start`, then each edit in turn, with one IncrementalAnalyzer; each result must equal a fresh analysis. */
function assertEditsEqualFresh(start: string, edits: readonly { at: number; remove: number; insert: string }[]): void {
  const inc = new IncrementalAnalyzer();
  let text = start;
  assert.equal(viewOf(inc.analyze(text)), view(text));
  for (const e of edits) {
    text = applyEdit(text, e);
    assert.equal(viewOf(inc.analyze(text)), view(text), JSON.stringify(text));
  }
}

describe('incremental analysis (core/incremental)', function () {
  this.timeout(120000);

  it('lists only registered rules', () => {
    for (const id of PARAGRAPH_LOCAL_RULES) assert.ok(RULES_BY_ID.has(id), id);
  });

  it('equals a fresh analysis after random edits (fast-check)', () => {
    fc.assert(
      fc.property(fc.nat({ max: examples.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 12 }), fc.boolean(), (which, edits, nfd) =>
        assertEditsEqualFresh(nfd ? examples[which].normalize('NFD') : examples[which], edits),
      ),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('equals a fresh analysis on a text of repeated paragraphs after random edits, and back (fast-check)', () => {
    // identical paragraphs get an entry each, and each keeps its readings where it last placed them:
    // a paragraph that moves and comes back, or one that a duplicate's edit moves, must be placed anew
    fc.assert(
      fc.property(fc.nat({ max: examples.length - 1 }), fc.integer({ min: 2, max: 4 }), fc.array(edit, { minLength: 1, maxLength: 8 }), (which, times, edits) => {
        const start = Array.from({ length: times }, () => examples[which]).join('\n\n');
        const inc = new IncrementalAnalyzer();
        let text = start;
        assert.equal(viewOf(inc.analyze(text)), view(text));
        for (const e of edits) {
          const before = text;
          text = applyEdit(text, e);
          assert.equal(viewOf(inc.analyze(text)), view(text), JSON.stringify(text));
          assert.equal(viewOf(inc.analyze(before)), view(before), JSON.stringify(before));
          assert.equal(viewOf(inc.analyze(text)), view(text), JSON.stringify(text));
        }
        assert.equal(viewOf(inc.analyze(start)), view(start));
      }),
      { numRuns: Math.max(10, RUNS >> 2), seed: SEED },
    );
  });

  it('equals a fresh analysis on texts full of lists and counts after random edits (fast-check)', () => {
    // list items are kept per paragraph with the paragraph's place in the candidate ranges (letter and
    // word items are read up to 12 paragraphs after one that may start such a list)
    const piece = fc.constantFrom(
      'a) ', 'b) ', 'c) ', 'Một là, ', 'Hai là, ', 'Ba là: ', 'thứ nhất, ', 'Thứ hai: ', 'thứ ba,', '(1) ', '(2) ', '(3)', '1. ', '2. ', '3.',
      'và (2) ', 'Hội nghị đề ra 3 nhiệm vụ trọng tâm', 'Trong 24 chỉ tiêu', 'đạt 15/18 chỉ tiêu', 'phát triển kinh tế', 'xây dựng Đảng', 'an ninh',
      '\u3000', 'một là', 'MỘT LÀ, ', 'THỨ NHẤT, ',
    );
    const sep = fc.constantFrom(' ', '; ', '. ', ':\n', '\n', '\n\n', '\r\n\r\n', '\n\n\n');
    const text = fc.array(fc.tuple(piece, sep), { minLength: 1, maxLength: 40 }).map((parts) => `TIN HỘI NGHỊ\n\n${parts.map(([w, s]) => w + s).join('')}`);
    const listEdit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 12 }), insert: fc.oneof(piece, sep) });
    fc.assert(
      fc.property(text, fc.array(listEdit, { minLength: 1, maxLength: 10 }), (start, edits) => assertEditsEqualFresh(start, edits)),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('re-reads the list items of a paragraph when it enters or leaves a candidate range unchanged', () => {
    // letter and word items are read only up to 12 paragraphs after one that may start such a list,
    // and a word item's next character only up to the end of that range
    const check = (before: string, after: string): void => {
      const inc = new IncrementalAnalyzer();
      inc.analyze(before);
      assert.equal(viewOf(inc.analyze(after)), view(after));
      assert.equal(viewOf(inc.analyze(before)), view(before));
      assert.notDeepEqual(analyze(before).facts.enumerations, analyze(after).facts.enumerations);
    };
    const join = (ps: string[]): string => ['TIN HỘI NGHỊ', ...ps].join('\n\n');
    // a long letter list: its 14th paragraph is read once a paragraph within 12 before it holds "a)"
    const letters = ['a) một', ...Array.from({ length: 12 }, () => 'b) hai'), 'c) ba'];
    check(join(letters), join(letters.map((p, i) => (i === 6 ? `${p} xa)` : p))));
    // "Một Là" is not a start by itself ("nhất" is, even in "thống nhất"): a words range reaches it
    check(join(['Hội nghị thống nhất.', 'Một Là, kinh tế.', 'Hai là, xã hội.', 'Nguyễn Thị Lan']), join(['Hội nghị thống kê.', 'Một Là, kinh tế.', 'Hai là, xã hội.', 'Nguyễn Thị Lan']));
    // "(1)" after odd white space opening a paragraph is an item when the paragraph before ends in "và"
    check(join(['Hội nghị bàn về kinh tế và', '\u3000(1) nông nghiệp; (2) dịch vụ.']), join(['Hội nghị bàn về kinh tế.', '\u3000(1) nông nghiệp; (2) dịch vụ.']));
    // the last item at a paragraph's end counts only at the end of its range
    check(join(['Một là, kinh tế; Hai là']), join(['Một là, kinh tế; Hai là', 'Nguyễn Thị Lan']));
    // ... and a range that a list starting after it joins ends later: the paragraph before the edit,
    // unchanged and in place, is read again (its items are not the last round's)
    const reach = ['Hội nghị thống nhất chủ trương.', ...Array.from({ length: 10 }, (_, i) => `Nội dung ${i + 1}.`), 'Một Là, kinh tế.', 'Hai là'];
    check(join([...reach, 'Nguyễn Thị Lan']), join([...reach, 'Thứ nhất, Nguyễn Thị Lan']));
  });

  it('re-reads the counts of an unchanged paragraph when the text just before or after it changes', () => {
    // a count is read with up to 20 characters before it and a few after its paragraph's end: the kept
    // counts of a paragraph go with that context, which is compared in place at every edit
    const check = (before: string, after: string): void => {
      const inc = new IncrementalAnalyzer();
      inc.analyze(before);
      const a = inc.analyze(after);
      assert.ok(inc.stats.partial && inc.stats.reused > 0, 'reused paragraphs');
      assert.equal(viewOf(a), view(after));
      assert.equal(viewOf(inc.analyze(before)), view(before));
      assert.notDeepEqual(analyze(before).facts.counts, analyze(after).facts.counts);
    };
    // "Nghị quyết số" before it: "5 nhiệm vụ" is a number, not a count
    const ordinal = (w: string): string => `HỘI NGHỊ TỔNG KẾT\n\nHội nghị thông qua Nghị quyết ${w}\n\n5 nhiệm vụ trọng tâm, đạt 15/18 chỉ tiêu.\n\nNguyễn Thị Lan`;
    check(ordinal('số'), ordinal('sổ')); // same lengths: the characters are compared
    // "năm nhiệm vụ" followed by a number is a year (same lengths again)
    const year = (w: string): string => `HỘI NGHỊ TỔNG KẾT\n\nHội nghị đạt 15/18 chỉ tiêu, đề ra năm nhiệm vụ\n\n${w} đạt 15/18 chỉ tiêu.\n\nNguyễn Thị Lan`;
    check(year('2024'), year('Tiếp'));
  });

  it('reuses unchanged paragraphs and recomputes the edited one', () => {
    const inc = new IncrementalAnalyzer();
    const text = examples[0];
    inc.analyze(text);
    const at = text.indexOf('\n\n', text.length >> 1);
    const edited = `${text.slice(0, at)} sảy ra${text.slice(at)}`;
    const result = inc.analyze(edited);
    assert.equal(viewOf(result), view(edited));
    assert.ok(inc.stats.partial);
    // one per local rule, fact kind and document-wide rule's readings on the edited paragraph, plus the
    // counts of its neighbours whose context (the characters next to them, up to the edited paragraph) changed
    const own = PARAGRAPH_LOCAL_RULES.size + PARAGRAPH_LOCAL_FACT_KINDS.length + PARAGRAPH_READINGS.length;
    assert.ok(inc.stats.computed >= own && inc.stats.computed <= own + 2, String(inc.stats.computed));
    assert.ok(inc.stats.reused > inc.stats.computed);
    assert.ok(result.findings.some((f) => f.rule === 'confusable-word' && edited.slice(f.start, f.end) === 'sảy ra'));
  });

  it('re-reads every paragraph when an edit elsewhere changes the article kind', () => {
    // segmenting keeps its per-paragraph cues by paragraph text; a concluding speech is the
    // conclusion of a meeting but the directives of a delegation visit, so the kept cues must not
    // outlive a change of kind made in the headline
    const text = [
      'ĐẢNG ỦY XÃ CAO SƠN TỔNG KẾT CÔNG TÁC NĂM 2023',
      'Ngày 20/12/2023, Đảng ủy xã Cao Sơn tổ chức hội nghị tổng kết công tác năm 2023.',
      'Năm 2023, xã đạt 15/18 chỉ tiêu đề ra.',
      'Phát biểu kết luận hội nghị, đồng chí Bí thư Đảng ủy xã ghi nhận kết quả đạt được. Đồng chí đề nghị tiếp tục phát huy.',
      'Nguyễn Thị Lan',
    ].join('\n\n');
    const visit = text.replace('TỔNG KẾT CÔNG TÁC NĂM 2023', 'LÀM VIỆC VỚI ĐOÀN CÔNG TÁC CỦA HUYỆN ỦY');
    const inc = new IncrementalAnalyzer();
    const meeting = inc.analyze(text);
    const visited = inc.analyze(visit);
    assert.equal(viewOf(visited), view(visit));
    assert.equal(viewOf(inc.analyze(text)), view(text));
    // the case is real: the kind and the concluding paragraph's section both change
    assert.notEqual(meeting.kind, visited.kind);
    assert.ok(meeting.sections.some((s) => s.name === 'conclusion'));
    assert.ok(!visited.sections.some((s) => s.name === 'conclusion'));
  });

  it('re-reads the counts of a paragraph when its neighbour starts or ends a list', () => {
    // the counts of a paragraph are read only when it or the next one holds a "/" or a list start
    const text = ['TIN HỘI NGHỊ', 'Hội nghị đề ra 3 nhiệm vụ trọng tâm như sau.', 'Một là, phát triển kinh tế. Hai là, xây dựng Đảng. Ba là, an ninh.', 'Nguyễn Thị Lan'].join('\n\n');
    const plain = text.replace('Một là, phát triển kinh tế. Hai là, xây dựng Đảng. Ba là, an ninh.', 'Phát triển kinh tế, xây dựng Đảng, an ninh.');
    const inc = new IncrementalAnalyzer();
    const counted = inc.analyze(text);
    const uncounted = inc.analyze(plain);
    assert.equal(viewOf(uncounted), view(plain));
    assert.equal(viewOf(inc.analyze(text)), view(text));
    assert.equal(counted.facts.counts.length, 1);
    assert.equal(uncounted.facts.counts.length, 0);
  });

  it('re-reads the name mentions of unchanged paragraphs when an edit elsewhere adds a name', () => {
    // name-inconsistent keeps each paragraph's mentions of the article's name keys: "Lê văn Trọng" is
    // a mention (a case variant) only once "Lê Văn Trọng" is a name somewhere, here in the edited paragraph
    const text = ['TIN HỘI NGHỊ', 'Hội nghị tổng kết công tác năm 2023.', 'Ông Lê văn Trọng cảm ơn các đại biểu.', 'Nguyễn Thị Lan'].join('\n\n');
    const named = text.replace('công tác năm 2023.', 'công tác năm 2023. Đồng chí Lê Văn Trọng chủ trì. Đồng chí Lê Văn Trọng phát biểu.');
    const inc = new IncrementalAnalyzer();
    const before = inc.analyze(text);
    const after = inc.analyze(named);
    assert.equal(viewOf(after), view(named));
    assert.equal(viewOf(inc.analyze(text)), view(text));
    const variant = (a: ReturnType<typeof analyze>, t: string): boolean => a.findings.some((f) => f.rule === 'name-inconsistent' && t.slice(f.start, f.end) === 'Lê văn Trọng');
    assert.ok(!variant(before, text));
    assert.ok(variant(after, named));
  });

  it("keeps segmenting's readings per text: a line alone and the same line opening a hard-wrapped paragraph", () => {
    // a line with no final stop followed by a lower-case line is one unit of two lines; its readings
    // (sentence starts, cues) belong to the two lines' text, not to its first line's
    const first = 'Năm 2023 Ban Chấp hành Đảng bộ xã đã tập trung lãnh đạo thực hiện nhiều nhiệm vụ quan trọng trên các lĩnh vực kinh tế văn hóa xã hội quốc phòng an ninh và xây dựng hệ thống chính trị ngày càng vững mạnh toàn diện';
    const wrapped = `${first}\nđạt nhiều kết quả. Đồng chí Bí thư đề nghị các chi bộ tiếp tục phát huy. Hội nghị đã biểu quyết thông qua nghị quyết.`;
    const text = ['TIN HỘI NGHỊ', 'Sáng ngày 20/12/2023, Đảng ủy xã Cao Sơn tổ chức hội nghị tổng kết.', wrapped, first, 'Nguyễn Thị Lan'].join('\n\n');
    const inc = new IncrementalAnalyzer();
    assert.equal(viewOf(inc.analyze(text)), view(text));
    const swapped = ['TIN HỘI NGHỊ', 'Sáng ngày 20/12/2023, Đảng ủy xã Cao Sơn tổ chức hội nghị tổng kết.', first, wrapped, 'Nguyễn Thị Lan'].join('\n\n');
    assert.equal(viewOf(inc.analyze(swapped)), view(swapped));
  });

  it("re-reads the weight of a unit mention that opens a paragraph when the paragraph before changes", () => {
    // "UBND xã …" weighs three bare mentions; the organisation may end the paragraph before
    const text = (org: string): string =>
      ['TIN HỘI NGHỊ', 'Hội nghị ở xã Cao Sơn, xã Cao Sơn.', `Chủ trì là ${org}`, 'xã Hòa Bình tổ chức hội nghị.', 'Nguyễn Thị Lan'].join('\n\n');
    const inc = new IncrementalAnalyzer();
    const org = inc.analyze(text('UBND'));
    const plain = inc.analyze(text('ông An'));
    assert.equal(viewOf(plain), view(text('ông An')));
    assert.equal(viewOf(inc.analyze(text('UBND'))), view(text('UBND')));
    assert.equal(org.facts.unit?.name, 'Hòa Bình');
    assert.equal(plain.facts.unit?.name, 'Cao Sơn');
  });

  it('re-reads the cue of a date without a year that opens a paragraph when the paragraph before changes', () => {
    // "25/4" is a date only after a cue ("ngày"), which may end the paragraph before
    const text = (cue: string): string => ['TIN HỘI NGHỊ', `Hội nghị khai mạc vào ${cue}`, '25/4 tại hội trường xã.', 'Nguyễn Thị Lan'].join('\n\n');
    const inc = new IncrementalAnalyzer();
    const dated = inc.analyze(text('ngày'));
    const undated = inc.analyze(text('hôm qua.'));
    assert.equal(viewOf(undated), view(text('hôm qua.')));
    assert.equal(viewOf(inc.analyze(text('ngày'))), view(text('ngày')));
    assert.equal(dated.facts.dates.length, 1);
    assert.equal(undated.facts.dates.length, 0);
  });

  it('finds white space on a blank line, outside every paragraph', () => {
    // the paragraph-local rules run per changed paragraph; the whitespace rule also reports spaces on
    // a blank line between paragraphs (found by the fast-check test above)
    const text = `${examples[0]}\n\n\u3000 \n\nCác các đại biểu tham dự.\n`;
    const inc = new IncrementalAnalyzer();
    inc.analyze(text);
    const edited = `Hội nghị ${text}`;
    const result = inc.analyze(edited);
    assert.equal(viewOf(result), view(edited));
    assert.ok(result.findings.some((f) => f.rule === 'whitespace' && edited.slice(f.start, f.end).trim() === ''));
  });

  it('re-reads a count when the paragraph after it changes how its noun goes on', () => {
    // "3 nhiệm vụ" at a paragraph's end reads on across the blank line: "… và giải pháp"
    const text = (next: string): string => ['TIN HỘI NGHỊ', 'Hội nghị đề ra 3 nhiệm vụ', `${next}: (1) kinh tế; (2) xã hội.`, 'Nguyễn Thị Lan'].join('\n\n');
    const inc = new IncrementalAnalyzer();
    const joined = inc.analyze(text('và giải pháp'));
    const apart = inc.analyze(text('và các giải pháp'));
    assert.equal(viewOf(apart), view(text('và các giải pháp')));
    assert.equal(viewOf(inc.analyze(text('và giải pháp'))), view(text('và giải pháp')));
    assert.notDeepEqual(joined.facts.counts, apart.facts.counts);
  });

  it('starts over when the configuration changes', () => {
    const inc = new IncrementalAnalyzer();
    const text = `${examples[2]}\n\nCác các đại biểu tham dự.\n`;
    inc.analyze(text);
    const config = { rules: { 'repeated-word': 'off' as const } };
    assert.equal(viewOf(inc.analyze(text, config)), view(text, config));
    assert.equal(inc.stats.reused, 0);
  });

  it('keeps nothing between versions of a text over its size limit, and still equals a fresh analysis', () => {
    const text = `${examples[2]}\n\nCác các đại biểu tham dự.\n`;
    const edited = text.replace('tham dự', 'dự họp');
    const small = new IncrementalAnalyzer(100);
    small.analyze(text);
    assert.equal(viewOf(small.analyze(edited)), view(edited));
    assert.deepEqual(small.stats, { reused: 0, computed: 0, partial: false });
    // the same pair under the limit reuses the unchanged paragraphs
    const roomy = new IncrementalAnalyzer(text.length + 100);
    roomy.analyze(text);
    assert.equal(viewOf(roomy.analyze(edited)), view(edited));
    assert.ok(roomy.stats.reused > 0);
  });
});
