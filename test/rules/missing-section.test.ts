import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { findingMessage } from '../../server/src/core/render';
import type { Config, Finding } from '../../server/src/core/types';
import { checkFixture } from '../support/fixture';
import { applyFix } from '../support/fixes';

const RULE = 'missing-section';
// The rule's mechanics are tested on a mid-term review configured to require the hand-set
// sections; the generated defaults ask less of it (too few real articles, see docs/kinds.md),
// which 'asks only what real articles show' checks.
const STRICT: Partial<Config> = {
  sections: { 'so-ket-giua-nhiem-ky': { required: ['opening', 'attendees', 'achievements', 'shortcomings', 'directives', 'byline'], recommended: [] } },
};
const findings = (text: string, config?: Partial<Config>): Finding[] => analyze(text, { ...STRICT, ...config }).findings.filter((f) => f.rule === RULE);
const join = (...parts: string[]): string => parts.join('\n\n');


const SO_KET = 'Sáng ngày 10/5/2023, Đảng bộ xã An Phú tổ chức hội nghị sơ kết giữa nhiệm kỳ 2020 – 2025.';
const TONG_KET = 'Chiều ngày 10/01/2023, Đảng ủy xã An Phú tổ chức hội nghị tổng kết công tác năm 2022.';
const HDND = 'Ngày 20/12/2023, HĐND xã An Phú khóa XX tổ chức kỳ họp thứ Tám.';
const ATT = 'Tới dự và chỉ đạo có đồng chí Trần Văn Bình, Bí thư Huyện ủy.';
const ACH = 'Báo cáo cho biết, xã đã hoàn thành 15/20 chỉ tiêu nghị quyết.';
const SHORT = 'Tuy nhiên, xã vẫn còn một số hạn chế trong công tác giảm nghèo.';
const DIR = 'Phát biểu chỉ đạo, đồng chí Trần Văn Bình đề nghị xã tập trung phát triển kinh tế./.';
const BY = 'Lê Thu Hà – Đài truyền thanh xã An Phú';

describe(`rule ${RULE}`, () => {
  const valid: Array<[string, string]> = [
    ['a complete mid-term review', join(`${SO_KET} ${ATT}`, ACH, SHORT, DIR, BY)],
    ['HĐND session news needs no shortcomings', join(`${HDND} Dự kỳ họp có đồng chí Trần Văn Bình.`, ACH, DIR, BY)],
    ['attendees inside the opening paragraph count', join(`${SO_KET} Dự và chỉ đạo hội nghị có đồng chí A.`, ACH, SHORT, DIR, BY)],
    ['a byline with a label counts', join(`${SO_KET} ${ATT}`, ACH, SHORT, DIR, 'Tác giả: Hà Diễn – Đài truyền thanh xã')],
    [
      'a committee meeting closed by its own secretary needs no superior directives',
      join(`${'Ngày 05/7/2023, Ban Chấp hành Đảng bộ xã An Phú tổ chức hội nghị mở rộng.'} ${ATT}`, ACH, SHORT, 'Kết luận hội nghị, đồng chí Lê Văn Nam, Bí thư Đảng ủy xã yêu cầu các chi bộ hoàn thành nhiệm vụ./.', BY),
    ],
    ['an empty document', ''],
    ['a document of captions only', 'Toàn cảnh hội nghị'],
  ];
  for (const [name, text] of valid) it(`valid: ${name}`, () => assert.deepEqual(findings(text), []));

  const invalid: Array<[string, string, string[]]> = [
    ['mid-term review without shortcomings', join(`${SO_KET} ${ATT}`, ACH, DIR, BY), ['missing.shortcomings']],
    ['mid-term review without directives', join(`${SO_KET} ${ATT}`, ACH, SHORT.replace('.', './.'), BY), ['missing.directives']],
    ['mid-term review without attendees', join(SO_KET, ACH, SHORT, DIR, BY), ['missing.attendees']],
    ['mid-term review without byline', join(`${SO_KET} ${ATT}`, ACH, SHORT, DIR), ['missing.byline']],
    ['year-end review without attendees (recommended)', join(TONG_KET, ACH, SHORT, DIR, BY), ['recommended.attendees']],
  ];
  for (const [name, text, ids] of invalid) {
    it(`invalid: ${name}`, () => assert.deepEqual(findings(text).map((f) => f.messageId), ids));
  }

  it('asks only what real articles show: a kind with few real articles only informs about a section many real articles lack', () => {
    const f = analyze(join(`${SO_KET} ${ATT}`, ACH, DIR, BY)).findings.filter((x) => x.rule === RULE);
    assert.deepEqual(f.map((x) => [x.messageId, x.severity]), [['recommended.shortcomings', 'information']]);
    const noResults = analyze(join(`${SO_KET} ${ATT}`, SHORT, DIR, BY)).findings.filter((x) => x.rule === RULE);
    assert.deepEqual(noResults.map((x) => [x.messageId, x.severity]), [['missing.achievements', 'warning']]);
  });

  it('names the section and warns for a required one', () => {
    const [f] = findings(join(`${SO_KET} ${ATT}`, ACH, DIR, BY));
    assert.equal(f.section, 'shortcomings');
    assert.equal(f.severity, 'warning');
  });

  it('only informs when a year-end review has no attendees (recommended)', () => {
    const f = findings(join(TONG_KET, ACH, DIR, BY));
    assert.deepEqual(f.map((x) => [x.messageId, x.severity, x.section]), [['recommended.attendees', 'information', 'attendees']]);
  });

  it('uses the configured severity for every finding when the rule is configured', () => {
    const f = findings(join(TONG_KET, ACH, DIR, BY), { rules: { [RULE]: 'error' } });
    assert.deepEqual(f.map((x) => x.severity), ['error']);
  });

  describe('a draft that stops mid-sentence', () => {
    const CUT = 'Báo cáo cho biết, xã đã hoàn thành 15/20 chỉ tiêu nghị quyết, trong đó có các chỉ tiêu về';

    it('names the late sections once, at information level, at the end', () => {
      const text = join(`${SO_KET} ${ATT}`, CUT);
      const f = findings(text);
      assert.deepEqual(f.map((x) => [x.messageId, x.severity]), [['unfinished', 'information']]);
      assert.equal(f[0].start, text.length);
      assert.match(findingMessage(f[0], 'en'), /shortcomings, directives, byline/);
      assert.match(findingMessage(f[0], 'vi'), /“tồn tại, hạn chế”/);
    });

    it('still warns for a section the draft has already passed', () => {
      const text = join(SO_KET, ACH, SHORT, 'Phát biểu chỉ đạo, đồng chí Trần Văn Bình đề nghị xã tập trung');
      assert.deepEqual(findings(text).map((x) => [x.messageId, x.severity]), [['missing.attendees', 'warning'], ['unfinished', 'information']]);
    });

    it('is finished when a sentence ends on a year without its full stop', () => {
      const text = join(`${SO_KET} ${ATT}`, 'Báo cáo cho biết, xã đã hoàn thành 15/20 chỉ tiêu nghị quyết trong năm 2023');
      assert.deepEqual(findings(text).map((x) => x.messageId), ['missing.shortcomings', 'missing.directives', 'missing.byline']);
      assert.deepEqual(findings(join(`${SO_KET} ${ATT}`, CUT)).map((x) => x.messageId), ['unfinished']);
    });

    it('is finished when "./." closed it and only captions follow', () => {
      const caption = 'Các cá nhân được khen thưởng tại hội nghị năm nay';
      const ids = (text: string): string[] => findings(text).map((x) => x.messageId);
      assert.ok(!ids(join(`${SO_KET} ${ATT}`, `${ACH}./.`, caption)).includes('unfinished'));
      assert.ok(!ids(join(`${SO_KET} ${ATT}`, ACH, 'Các tập thể được khen thưởng tại hội nghị năm nay', caption)).includes('unfinished'));
    });

    it('is finished when it ends a sentence or carries a byline', () => {
      assert.deepEqual(findings(join(`${SO_KET} ${ATT}`, ACH)).map((x) => x.messageId), ['missing.shortcomings', 'missing.directives', 'missing.byline']);
      assert.deepEqual(findings(join(`${SO_KET} ${ATT}`, CUT, BY)).map((x) => x.messageId), ['missing.shortcomings', 'missing.directives']);
    });
  });

  it('honours config.sections overrides', () => {
    const text = join(`${SO_KET} ${ATT}`, ACH, SHORT, DIR);
    assert.deepEqual(findings(text, { sections: { 'so-ket-giua-nhiem-ky': { required: ['opening', 'achievements'], recommended: [] } } }), []);
  });

  it('marks where the missing section belongs (fixture)', () => {
    checkFixture(
      [
        `${SO_KET} ${ATT}`,
        '',
        ACH,
        '',
        `  ${DIR}`,
        '#>| missing-section',
        '',
        BY,
      ].join('\n'),
    );
  });

  it('marks a missing byline at the end of the body (fixture)', () => {
    const last = `${DIR}`;
    checkFixture([`${SO_KET} ${ATT}`, '', ACH, '', SHORT, '', last, '#>' + ' '.repeat(last.length - 2) + '| missing-section'].join('\n'));
  });

  for (const [name, text, section] of [
    ['shortcomings', join(`${SO_KET} ${ATT}`, ACH, DIR, BY), 'shortcomings'],
    ['attendees', join(SO_KET, ACH, SHORT, DIR, BY), 'attendees'],
    ['directives', join(`${SO_KET} ${ATT}`, ACH, SHORT, BY), 'directives'],
    ['byline', join(`${SO_KET} ${ATT}`, ACH, SHORT, DIR), 'byline'],
  ] as const) {
    it(`fix inserts a ${name} skeleton that the segmenter recognises`, () => {
      const [f] = findings(text);
      assert.equal(f.section, section);
      assert.equal(f.fixes[0].safe, false);
      const fixed = applyFix(text, f);
      assert.ok(analyze(fixed).sections.some((s) => s.name === section));
      assert.deepEqual(findings(fixed).filter((x) => x.section === section), []);
    });
  }

  it('inserts the shortcomings skeleton between the results and the directives', () => {
    const text = join(`${SO_KET} ${ATT}`, ACH, 'Toàn cảnh hội nghị', DIR, BY);
    const fixed = applyFix(text, findings(text)[0]);
    const names = analyze(fixed).sections.map((s) => s.name);
    assert.deepEqual(names, ['opening', 'attendees', 'achievements', 'shortcomings', 'captions', 'directives', 'byline']);
  });

  it('keeps CRLF line breaks in the inserted text', () => {
    const text = join(`${SO_KET} ${ATT}`, ACH, DIR, BY).replace(/\n/g, '\r\n');
    const fixed = applyFix(text, findings(text)[0]);
    assert.ok(!/[^\r]\n/.test(fixed));
  });
});
