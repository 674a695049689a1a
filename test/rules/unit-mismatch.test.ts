import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import type { Finding } from '../../server/src/core/types';
import { caretUnder, checkFixture } from '../support/fixture';
import { applyFix } from '../support/fixes';

const RULE = 'unit-mismatch';
const findings = (text: string): Finding[] => analyze(text).findings.filter((f) => f.rule === RULE);
const ids = (text: string): string[] => findings(text).map((f) => f.messageId);

const XA = 'Đảng bộ xã Cao Sơn tổ chức hội nghị. ';

describe(RULE, () => {
  const valid = [
    XA + 'Tình hình kinh tế – xã hội của xã có nhiều chuyển biến.',
    XA + 'Đời sống nhân dân trên địa bàn xã ổn định.',
    // "xã" inside compounds is not a unit noun
    'Đảng ủy phường Quang Trung tổ chức hội nghị. Kinh tế – xã hội của phường phát triển; hợp tác xã hoạt động tốt.',
    // another place with its own name
    XA + 'Đoàn đã học tập kinh nghiệm của thị trấn Minh Đức.',
    XA + 'Xem thêm: Phường Quang Trung ra mắt mô hình tuyến phố văn minh.',
    // once a named thị trấn appears, a bare "thị trấn" may mean it
    XA + 'Thị trấn Bằng Lũng cách xã 20 km; trung tâm của thị trấn rất sầm uất.',
    // plural and lists are generic
    XA + 'Huyện có 15 xã, thị trấn; các phường trong tỉnh cũng tham gia.',
    'Đảng ủy thị trấn Minh Đức tổ chức hội nghị. Kinh tế của thị trấn tăng trưởng. Nguồn ảnh: Văn phòng HĐND – UBND thị trấn.',
    // đặc khu is a commune-level unit of its own
    'HĐND đặc khu Côn Đảo tổ chức kỳ họp. Kinh tế – xã hội của đặc khu phát triển; trên địa bàn đặc khu có 3 cảng.',
    XA + 'Đoàn đã học tập kinh nghiệm của đặc khu Vân Đồn.',
    XA + 'Xã nằm gần đặc khu kinh tế của tỉnh.',
    // no unit found: nothing to compare with
    'Hội nghị bàn về kinh tế của phường.',
  ];
  const invalid: Array<[string, string]> = [
    [XA + 'Tình hình kinh tế – xã hội của phường có nhiều chuyển biến tích cực.', 'bare'],
    [XA + 'Thôn có diện tích chè lớn nhất phường.', 'bare'],
    [XA + 'An ninh trật tự trên địa bàn thị trấn được giữ vững.', 'bare'],
    [XA + 'Đồng chí đề nghị Đảng ủy phường tập trung 4 nội dung.', 'bare'],
    [XA + 'Nhân dân phường Cao Sơn phấn khởi.', 'named'],
    ['Đảng ủy phường Quang Trung tổ chức hội nghị. Đảng ủy xã tập trung chỉ đạo.', 'bare'],
    // each article unit looks for the nouns of every other type (unit-mismatch's OTHER_NOUN)
    ['Đảng ủy thị trấn Minh Đức tổ chức hội nghị. Đảng ủy xã tập trung chỉ đạo.', 'bare'],
    ['Đảng ủy thị trấn Minh Đức tổ chức hội nghị. Nhân dân phường Minh Đức phấn khởi.', 'named'],
    ['HĐND đặc khu Côn Đảo tổ chức kỳ họp. Đảng ủy phường tập trung chỉ đạo.', 'bare'],
    ['HĐND đặc khu Côn Đảo tổ chức kỳ họp. Nhân dân thị trấn Côn Đảo phấn khởi.', 'named'],
    [XA + 'Nhân dân đặc khu Cao Sơn phấn khởi.', 'named'],
    ['Đảng ủy phường Quang Trung tổ chức hội nghị. Nhân dân Đặc khu Quang Trung phấn khởi.', 'named'],
    ['HĐND đặc khu Côn Đảo tổ chức kỳ họp. Kinh tế – xã hội của xã phát triển.', 'bare'],
    [XA + 'An ninh trật tự trên địa bàn đặc khu được giữ vững.', 'bare'],
    [XA + 'Nhân dân đặc khu Cao Sơn phấn khởi.', 'named'],
  ];
  for (const text of valid) it(`valid: ${text}`, () => assert.deepEqual(ids(text), []));
  for (const [text, id] of invalid) it(`invalid: ${text}`, () => assert.deepEqual(ids(text), [id]));

  it('reads đặc khu as the article’s unit', () => {
    const unit = analyze('HĐND đặc khu Côn Đảo tổ chức kỳ họp thứ nhất. Đặc khu Côn Đảo có 3 cảng.').facts.unit;
    assert.deepEqual([unit?.unit, unit?.name, unit?.mentions.length], ['đặc khu', 'Côn Đảo', 2]);
  });

  it('marks the unit noun', () => {
    const l = XA + 'Kinh tế – xã hội của phường có chuyển biến.';
    checkFixture([l, caretUnder(l, 'phường', RULE)].join('\n'));
  });

  it('fixes to the article’s unit', () => {
    const text = XA + 'Đời sống nhân dân trên địa bàn phường ổn định.';
    const [f] = findings(text);
    const fixed = applyFix(text, f);
    assert.equal(fixed, XA + 'Đời sống nhân dân trên địa bàn xã ổn định.');
    assert.deepEqual(ids(fixed), []);
  });

  it('keeps the capital letter when fixing', () => {
    const text = XA + 'Phường Cao Sơn có 12 thôn.';
    const [f] = findings(text);
    assert.equal(applyFix(text, f), XA + 'Xã Cao Sơn có 12 thôn.');
  });
});
