import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { CONFUSABLES } from '../../server/src/core/data/confusables';
import { GENRE_PHRASES } from '../../server/src/core/data/genre-phrases';
import { skeleton, syllableDistance } from '../../server/src/core/rules/confusable-word';
import type { Finding } from '../../server/src/core/types';
import { checkFixture } from '../support/fixture';
import { applyFixes } from '../support/fixes';

const RULE = 'confusable-word';
const findings = (text: string): Finding[] => analyze(text).findings.filter((f) => f.rule === RULE);


describe(`rule ${RULE}`, () => {
  it('has a sourced table of at least 40 confusions', () => {
    assert.ok(CONFUSABLES.length >= 40);
    for (const c of CONFUSABLES) {
      assert.ok(c.wrong !== c.right && c.reason.vi && c.reason.en && c.source, c.wrong);
      assert.equal(c.wrong, c.wrong.normalize('NFC'));
    }
    assert.ok(GENRE_PHRASES.size >= 2000);
  });

  it('decides an n-gram by all its words, whatever was decided before on its first two', () => {
    // (decisions are remembered across texts by the words' ids: a bigram's must not answer for a trigram's)
    for (const prefix of ['Xã nông thông.', 'Về đích nông thông, mới.', 'Nông thông']) findings(prefix);
    assert.deepEqual(findings('Xã về đích nông thông mới năm 2025.').map((f) => f.messageId), ['nearMiss']);
    findings('Đảng bộ phần đấu.');
    findings('Đảng bộ phần đấu hoàn thành.');
    assert.deepEqual(findings('Đảng bộ phần đấu hoàn thành các chỉ tiêu.').map((f) => f.messageId), ['nearMiss']);
  });

  it('counts one mark or letter as one edit', () => {
    assert.equal(syllableDistance('phần', 'phấn'), 1); // tone
    assert.equal(syllableDistance('quân', 'quan'), 1); // hat
    assert.equal(syllableDistance('khảng', 'khẳng'), 1); // breve
    assert.equal(syllableDistance('thông', 'thôn'), 1); // letter
    assert.equal(syllableDistance('dân', 'đân'), 1); // đ
    assert.equal(syllableDistance('trung', 'trọng'), 2);
  });

  const valid: Array<[string, string]> = [
    ['the right forms', 'Không để xảy ra sai sót; chẩn đoán bệnh; sáp nhập thôn; xuất sắc; sắp xếp.'],
    ['sáng lập is correct', 'Đồng chí là người sáng lập hợp tác xã.'],
    ['dành nguồn lực is correct', 'Xã dành nguồn lực cho giao thông nông thôn.'],
    ['bladder in a medical context', 'Bệnh nhân bị ung thư bàng quang.'],
    ['trong tâm trí', 'Hình ảnh đó in đậm trong tâm trí người dân.'],
    ['phần đầu of a report', 'Phần đầu của báo cáo nêu kết quả.'],
    ['vẫn còn', 'Vẫn còn một số hạn chế.'],
    ['names are not phrases', 'Đồng chí Đỗ Thị Hiền phát biểu; ông Trần Quân Tâm dự.'],
    ['đại biểu dân cử', 'Các đại biểu dân cử tiếp xúc cử tri.'],
    ['kì/kỳ are both accepted', 'Tại kì họp thứ 5, tỉ lệ tán thành cao.'],
    ['tiếp nhận dân', 'Bộ phận một cửa tiếp nhận dân đến làm thủ tục.'],
    ['thay đổi với', 'Diện mạo thay đổi với 4,5 km đường mới.'],
    ['no phrase across a comma', 'Đồng chí chí, đạo'],
    ['titles written right', 'Ông Ủy viên Ban Thường vụ, Thường trực Đảng ủy, tại Hội trường xã, Khối Dân vận.'],
    ['a name before trực tiếp', 'Đồng chí Thương trực tiếp chỉ đạo.'],
    ['a name after an honorific', 'Anh Thương trực ca đêm.'],
    ['a sentence opener', 'Hồi trường tôi còn học cấp một.'],
    ['a unit before a name', 'Năm 2025 có ý nghĩa lịch sử đối với phường Tây Hồ khi thực hiện mô hình.'],
    ['tiếp tục thảo luận', 'Đại biểu tiếp tục thảo luận và cử tri tiếp tục góp ý.'],
  ];
  for (const [name, text] of valid) it(`valid: ${name}`, () => assert.deepEqual(findings(text), []));

  const invalid: Array<[string, string, string, string]> = [
    ['sảy ra', 'Còn để sảy ra tình trạng khai thác trái phép.', 'table', 'xảy ra'],
    ['đói với', 'Thi hành kỷ luật đói với 3 đồng chí.', 'table', 'đối với'],
    ['nhận dân', 'Công tác vận động nhận dân chưa thường xuyên.', 'table', 'nhân dân'],
    ['sát nhập', 'Thực hiện sát nhập thôn Đông và thôn Đoài.', 'table', 'sáp nhập'],
    ['chuẩn đoán', 'Nâng cao năng lực chuẩn đoán bệnh.', 'table', 'chẩn đoán'],
    ['bàng quang', 'Không để cán bộ có thái độ bàng quang.', 'table', 'bàng quan'],
    ['phần đấu', 'Đảng bộ phần đấu hoàn thành các chỉ tiêu.', 'nearMiss', 'phấn đấu'],
    ['nông thông mới', 'Xã về đích nông thông mới năm 2025.', 'nearMiss', 'nông thôn mới'],
    ['chí đạo', 'Đồng chí Bí thư chí đạo các chi bộ.', 'nearMiss', 'chỉ đạo'],
    ['trong tâm', 'Đây là nhiệm vụ trong tâm của năm.', 'nearMiss', 'trọng tâm'],
    ['chất vẫn', 'Đại biểu chất vẫn về đất đai.', 'nearMiss', 'chất vấn'],
    ['quân tâm', 'Cấp ủy cần quân tâm hơn nữa.', 'nearMiss', 'quan tâm'],
    ['bể mạc', 'Đồng chí Chủ tịch phát biểu bể mạc kỳ họp.', 'nearMiss', 'bế mạc'],
    ['sử dung', 'Quản lý, sử dung đất đúng mục đích.', 'nearMiss', 'sử dụng'],
    ['giải phòng', 'Đẩy nhanh tiến độ giải phòng mặt bằng.', 'nearMiss', 'giải phóng'],
    ['trật tư', 'An ninh, trật tư được giữ vững.', 'nearMiss', 'trật tự'],
    ['kiểu mẩu', 'Xây dựng khu dân cư kiểu mẩu.', 'nearMiss', 'kiểu mẫu'],
    ['khảng định', 'Hội nghị khảng định vai trò của chi bộ.', 'nearMiss', 'khẳng định'],
    ['Tăng cương', 'Tăng cương công tác kiểm tra.', 'nearMiss', 'Tăng cường'],
    ['Uy viên', 'Ông Lý Văn Ly, Uy viên Ban Thường vụ Đảng ủy.', 'nearMiss', 'Ủy viên'],
    ['Thương trực', 'Đồng chí Nguyễn Thị Kim Lê, UVTV, Thương trực Đảng ủy phường.', 'nearMiss', 'Thường trực'],
    ['Hồi trường', 'Kỳ họp tổ chức tại Hồi trường UBND xã.', 'nearMiss', 'Hội trường'],
    ['Khối Dan vận', 'Bà Lê Thị Huyền, Trưởng Khối Dan vận phường.', 'nearMiss', 'Dân vận'],
    ['thảo thuận', 'Các đại biểu thảo thuận sôi nổi.', 'table', 'thảo luận'],
    ['tiếp tục cử tri', 'Đại biểu HĐND xã tiếp tục cử tri tại các thôn.', 'table', 'tiếp xúc cử tri'],
  ];
  for (const [name, text, id, right] of invalid) {
    it(`invalid: ${name}`, () => {
      const f = findings(text);
      assert.deepEqual(f.map((x) => x.messageId), [id]);
      assert.ok(String(f[0].values.right).includes(right), String(f[0].values.right));
    });
  }

  it('one error, one finding: a non-word is spelling\'s, with the best fix first', () => {
    for (const [text, word, right] of [
      ['Kế hoạch phát triên kinh tế - xã hội năm 2026.', 'triên', 'triển'],
      ['Đầu tư xây dựng cở sở hạ tầng nông thôn.', 'cở', 'cơ'],
    ]) {
      const all = analyze(text).findings.filter((f) => f.rule === RULE || f.rule === 'spelling');
      assert.deepEqual(all.map((f) => f.rule), ['spelling'], text);
      assert.equal(text.slice(all[0].start, all[0].end), word);
      assert.equal(all[0].fixes[0].edits[0].newText, right);
    }
    // a real word stays confusable-word's, once
    for (const text of ['Đề nghị xay dựng kế hoạch cụ thể.', 'Xác định nhiệm vụ trong tâm của năm 2025.']) {
      const all = analyze(text).findings.filter((f) => f.rule === RULE || f.rule === 'spelling');
      assert.deepEqual(all.map((f) => f.rule), [RULE], text);
    }
  });

  it('caret fixture', () => {
    checkFixture(['Còn để sảy ra tình trạng.', '#>     ^^^^^^ confusable-word'].join('\n'));
    checkFixture(['Xã phần đấu về đích.', '#> ^^^^^^^^ confusable-word'].join('\n'));
  });

  it('fix: replacing gives the right phrase and the finding disappears', () => {
    const text = 'Còn để sảy ra vi phạm; Sát nhập thôn; xã phần đấu về đích nông thông mới.';
    const fixed = applyFixes(text, findings(text));
    assert.equal(fixed, 'Còn để xảy ra vi phạm; Sáp nhập thôn; xã phấn đấu về đích nông thôn mới.');
    assert.deepEqual(findings(fixed), []);
  });

  it('only certain table entries are safe', () => {
    assert.equal(findings('Còn để sảy ra vi phạm.')[0].fixes[0].safe, true);
    assert.equal(findings('Thái độ bàng quang.')[0].fixes[0].safe, false);
    assert.equal(findings('Xã phần đấu về đích.')[0].fixes[0].safe, false);
  });
});

describe('confusable-word skeleton (fast path without normalising)', () => {
  const slow = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
  it('equals NFD without marks, đ as d, on every code unit below U+2000 and on words mixing them', () => {
    const words: string[] = [];
    for (let c = 0; c < 0x2000; c++) if (c < 0xd800) words.push(String.fromCharCode(c), 'a' + String.fromCharCode(c) + 'ng', String.fromCharCode(c) + '\u0301');
    words.push('phấn', 'đường', 'Đường', 'nguyễn', 'ĐẠI', 'kho\u0309e', 'µg', 'ǅa', 'ẛ', 'ﬁ', '한국');
    for (const phrase of [...GENRE_PHRASES.keys()].slice(0, 500)) words.push(...phrase.split(' '));
    for (const w of words) assert.equal(skeleton(w), slow(w), JSON.stringify(w));
  });
});
