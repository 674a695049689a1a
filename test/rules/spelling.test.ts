import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { checkFixture } from '../support/fixture';
import type { Finding } from '../../server/src/core/types';
import { spelling } from '../../server/src/core/rules/spelling';
import { createTextDoc } from '../../server/src/core/text/textdoc';
import { emptyFacts } from '../../server/src/core/facts/types';
import { defaultConfig } from '../../server/src/core/config';
import { applyFix } from '../support/fixes';
import fc from 'fast-check';

const RULE = 'spelling';
const found = (text: string, config = {}): Finding[] => analyze(text, config).findings.filter((f) => f.rule === RULE);
const ids = (text: string, config = {}): string[] => found(text, config).map((f) => f.messageId);


describe(RULE, () => {
  const valid = [
    'Hội nghị đã thực hiện nghiêm túc các nội dung.',
    'Đồng chí Hoàng Văn Thủy, Bí thư Đảng ủy xã phát biểu.',
    'Văn hoá và văn hóa đều không phải lỗi chính tả.',
    'HĐND, UBND, MTTQ, BCH, HTTNV, KT-XH, QP-AN, TCCSĐ, BHYT.',
    'Đại hội lần thứ XXIII, khóa XV.',
    'Phòng chống dịch Covid-19 theo Quyết định số 745-QĐ/HU.',
    'Diện tích 1.850 m2, 40 km/h.',
    'Xem thêm tại https://xa.gov.vn/tin-tuc hoặc email vanphong@xa.gov.vn.',
    'Sản phẩm OCOP được quảng bá trên Facebook, Zalo và website của xã.',
    'Đoàn công tác làm việc tại tỉnh Đắk Lắk và huyện Krông Pắc.',
    'Tham dự có ông Nguyễn Vể.',
    'Kỳ họp và kì họp, bác sĩ và bác sỹ, quý và quí.',
    'Trang web đang loading nội dung.',
    'Krông là tên một dòng sông.',
    'Khai trương quán café của hội phụ nữ.',
    'Queen là tên một ban nhạc. Zoom được dùng để họp trực tuyến. Boost tăng.',
    'Dịch covid19, diện tích 20 km2, đội u23 tại xã.',
    'HUYỆN KRÔNG BÔNG',
    'ĐẢNG BỘ XÃ NẬM PỒ TỔNG KẾT NĂM 2023',
    'Dán băng rôn, tuýp thuốc, mẩu giấy.',
    'Ứng dụng iPhone và eKYC.',
    'Kiểm tra keeps the case và looks tốt.',
    'Xã đã tổ chức giếng khoan, khuyến khích người dân.',
  ];
  const invalid: Array<[string, string]> = [
    ['Hội nghị đã thực hiện ngiêm túc các nội dung.', 'notSyllable'],
    ['Các nghành chức năng đã vào cuộc.', 'notSyllable'],
    ['Tiếp tục thưc hiện nghị quyết.', 'notSyllable'],
    ['Hoàn thành nhiệm vụu được giao.', 'notSyllable'],
    ['Kết quả đạt được là tôt.', 'notSyllable'],
    ['Chấp hành pháp lụât của Nhà nước.', 'misplacedTone'],
    ['Kinh tế qúy III tăng.', 'misplacedTone'],
    ['Trong thười gian qua, xã đã nỗ lực.', 'nonWord'],
    ['THƯỜI GIAN QUA', 'nonWord'],
    ['Vể tham dự có đồng chí Bí thư.', 'nonWord'],
    ['Hoàn thành nhieemhj vụ năm 2023.', 'telexResidue'],
    ['Mở rộng dduwowngf giao thông nông thôn.', 'telexResidue'],
    ['Tổ chức thuwr nghiệm mô hình.', 'telexResidue'],
    ['Kết quả cuar xã năm nay.', 'telexResidue'],
    ['Nghành chức năng đã vào cuộc.', 'notSyllable'],
    ['Xây dựng quê hương vie65t nam giàu đẹp.', 'telexResidue'],
    ['Nhieemj vụ trọng tâm năm 2024.', 'telexResidue'],
    ['Thưc hiện nghị quyết.', 'notSyllable'],
  ];
  for (const text of valid) it(`valid: ${text}`, () => assert.deepEqual(ids(text), []));
  for (const [text, id] of invalid) it(`invalid: ${text}`, () => assert.deepEqual(ids(text), [id]));

  it('respects the user word list (case-insensitive)', () => {
    assert.deepEqual(ids('Đặc sản thười của xã.', { words: ['Thười'] }), []);
  });

  it('skips lines written in a legacy font (unicode-normalization reports them)', () => {
    assert.deepEqual(ids('§¶ng ñy x· tæ chøc héi nghÞ tổng kết.'), []);
  });

  it('marks the word only', () => {
    checkFixture(['Tiếp tục thưc hiện nghị quyết, pháp lụât và ngiêm túc.', '#>       ^^^^ spelling', '#>                                  ^^^^ spelling', '#>                                          ^^^^^ spelling'].join('\n'));
    checkFixture(['Tin: THƯỜI GIAN QUA. Vể tham dự.', '#>   ^^^^^ spelling', '#>                   ^^ spelling'].join('\n'));
  });

  it('suggests the best candidate first, keeping the case', () => {
    const tops = (text: string): string[] => found(text).map((f) => f.fixes[0]?.edits[0].newText);
    assert.deepEqual(tops('ngiêm nghành thưc tôt vụu thười'), ['nghiêm', 'ngành', 'thực', 'tốt', 'vụ', 'thời']);
    assert.deepEqual(tops('THƯỜI GIAN'), ['THỜI']);
    assert.deepEqual(tops('Vể dự'), ['Về']);
  });

  it('fixes a misplaced tone safely and the finding goes away', () => {
    const text = 'Chấp hành pháp lụât.';
    const [f] = found(text);
    assert.equal(f.fixes[0].safe, true);
    const fixed = applyFix(text, f);
    assert.equal(fixed, 'Chấp hành pháp luật.');
    assert.deepEqual(found(fixed), []);
  });

  it('converts Telex residue safely', () => {
    const text = 'Hoàn thành dduwowngf giao thông.';
    const [f] = found(text);
    assert.equal(f.fixes[0].safe, true);
    const fixed = applyFix(text, f);
    assert.equal(fixed, 'Hoàn thành đường giao thông.');
    assert.deepEqual(found(fixed), []);
  });

  it('offers unsafe candidates for a non-word', () => {
    const text = 'Trong thười gian qua.';
    const [f] = found(text);
    assert.ok(f.fixes.length >= 1 && f.fixes.length <= 3);
    assert.ok(f.fixes.every((x) => !x.safe));
    const fixed = applyFix(text, f);
    assert.equal(fixed, 'Trong thời gian qua.');
    assert.deepEqual(found(fixed), []);
  });

  it('reports NFD text at original offsets', () => {
    const text = 'Tiếp tục thưc hiện.'.normalize('NFD');
    const [f] = found(text);
    assert.equal(text.slice(f.start, f.end).normalize('NFC'), 'thưc');
  });

  it('reads the shared token table as it reads the text itself (digits, joiners, letters that are no word characters)', () => {
    // without user words the rule reads its tokens through the shared token table; with a user word
    // that never occurs it reads the text character by character: the findings must be the same
    const piece = fc.constantFrom(
      'a', 'Đ', 'ệ', 'xã', 'e\u0301', ' ', '\u00a0', ',', '.', '\n', '"', '5', '-', "'", '’', '/', '@', ':', '&', '_',
      'ª', 'γ', 'Ω', 'µ', 'nghien', 'nhieemj', 'vie65t', 'ngiêm', 'thưc', 'lụât', 'k', 'Nghành', 'iPhone', 'café', 'hôij', 'đl', '2025', 'cứu', 'HĐND',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual(found(text), found(text, { words: ['zzzzz'] }));
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it('is linear and fast on a long document (rule alone)', () => {
    const para = 'Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ chính trị của Đảng bộ xã trong năm 2023. ';
    const run = (n: number): number => {
      const doc = createTextDoc(para.repeat(n) + 'thười');
      const ctx = { doc, kind: 'other' as const, sections: [], facts: emptyFacts(), config: defaultConfig() };
      const t = process.hrtime.bigint();
      assert.equal(spelling.check(ctx).length, 1);
      return Number(process.hrtime.bigint() - t) / 1e6;
    };
    run(1000);
    const small = run(10000);
    const large = run(40000);
    assert.ok(large < small * 12 + 50, `${small} ms → ${large} ms`);
  });
});
