import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { checkFixture } from '../support/fixture';

const RULE = 'count-mismatch';
const ids = (text: string): string[] => analyze(text).findings.filter((f) => f.rule === RULE).map((f) => f.messageId);

describe(RULE, () => {
  const valid = [
    'Đề nghị thực hiện 8 nhóm nhiệm vụ và giải pháp, đó là: (1) Rà soát; (2) Tăng cường; (3) Tiếp tục; (4) Đẩy mạnh; (5) Quan tâm; (6) Làm tốt; (7) Chăm lo; (8) Giữ vững.',
    'Tập trung 04 nhiệm vụ trọng tâm: thứ nhất, sản xuất; thứ hai, tiêu chí; thứ ba, an ninh; thứ tư, kiểm tra.',
    'Đảng ủy, UBND xã đã đề ra 5 nhiệm vụ, giải pháp cụ thể. Trong đó, nâng cao năng lực; phát triển kinh tế; giáo dục; y tế; phòng dịch.',
    'Thực hiện 04 nhóm giải pháp: (1) Quy hoạch; (2) Cải cách; (3) Du lịch; (4) Cán bộ.',
    'Xã đã hoàn thành 3 nhiệm vụ trọng tâm; đồng chí đề nghị: (1) Thu hoạch; (2) Phòng dịch.',
    'Đề ra 3 giải pháp:\n1. Đổi mới.\n2. Nâng cao.\n3. Phát triển.',
    'Tập trung 3 nhiệm vụ. Một là, sản xuất; hai là, an ninh; ba là, xây dựng Đảng.',
  ];
  const invalid: Array<[string, string]> = [
    ['Tập trung thực hiện 6 nhóm nhiệm vụ: (1) Sản xuất; (2) Giải ngân; (3) Kiện toàn; (4) Xử lý; (5) Sinh hoạt chi bộ.', 'countMismatch'],
    ['Thực hiện 3 giải pháp đột phá: thứ nhất, đổi mới; thứ hai, nâng cao; thứ ba, xã hội hoá; thứ tư, phát triển đảng viên.', 'countMismatch'],
    ['Tập trung 4 nội dung: (1) Chè; (2) Đào tạo nghề; (3) Đất đai; (4) Sinh hoạt chi bộ; (5) Nhân sự.', 'countMismatch'],
    ['Đề ra 3 giải pháp:\n1. Đổi mới.\n2. Nâng cao.', 'countMismatch'],
    ['Tập trung 2 nhiệm vụ: một là sản xuất; hai là an ninh; ba là xây dựng Đảng.', 'countMismatch'],
  ];
  for (const text of valid) it(`valid: ${text}`, () => assert.deepEqual(ids(text), []));
  for (const [text, id] of invalid) it(`invalid: ${text}`, () => assert.deepEqual(ids(text), [id]));

  it('marks the announced count', () => {
    checkFixture(['Tập trung 4 nội dung: (1) Chè; (2) Nghề; (3) Đất; (4) Chi bộ; (5) Nhân sự.', '#>        ^^^^^^^^^^ count-mismatch'].join('\n'));
  });
});
