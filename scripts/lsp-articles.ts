// The articles and edits of the language server benchmarks (bench-lsp.ts, edit-harness.ts,
// profile-edit.ts).

// A made-up ~2 KB article of the genre (year-end review of a commune Party committee).
export const TYPICAL = `ĐẢNG ỦY XÃ HÒA BÌNH TỔNG KẾT CÔNG TÁC NĂM 2023

Sáng ngày 28/12/2023, Đảng ủy xã Hòa Bình tổ chức hội nghị tổng kết công tác xây dựng Đảng, lãnh đạo thực hiện nhiệm vụ chính trị năm 2023, triển khai phương hướng, nhiệm vụ năm 2024. Tới dự và chỉ đạo hội nghị có đồng chí Trần Văn Minh, Huyện ủy viên, Phó Chủ tịch UBND huyện. Chủ trì hội nghị có đồng chí Lê Thị Hồng, Bí thư Đảng ủy, Chủ tịch HĐND xã.

Năm 2023, Ban Chấp hành Đảng bộ xã đã tập trung lãnh đạo thực hiện hoàn thành 15/18 chỉ tiêu, trong đó có 3 chỉ tiêu vượt kế hoạch. Tổng sản lượng lương thực đạt 6.842 tấn, bằng 102% kế hoạch; thu nhập bình quân đầu người đạt 42,5 triệu đồng/người/năm. Xã duy trì 19/19 tiêu chí nông thôn mới; tỷ lệ hộ nghèo giảm còn 3,25%. Công tác xây dựng Đảng được chú trọng, kết nạp 12 đảng viên mới; 94% đảng viên hoàn thành tốt nhiệm vụ trở lên.

Bên cạnh những kết quả đạt được, vẫn còn một số tồn tại, hạn chế: 3/18 chỉ tiêu chưa đạt; công tác thu ngân sách còn khó khăn; chất lượng sinh hoạt của một số chi bộ chưa cao.

Phát biểu chỉ đạo tại hội nghị, đồng chí Trần Văn Minh ghi nhận những kết quả Đảng bộ xã đạt được trong năm 2023 và đề nghị trong thời gian tới cần tập trung thực hiện tốt các nhiệm vụ trọng tâm: (1) nâng cao chất lượng sinh hoạt chi bộ; (2) đẩy mạnh phát triển kinh tế; (3) giữ vững an ninh chính trị, trật tự an toàn xã hội.

Dịp này, Đảng ủy xã đã khen thưởng 4 tập thể và 11 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2023.

Nguyễn Thị Lan – Đài truyền thanh xã Hòa Bình
`;

/** bench:lsp's big article: the typical article's body repeated to `bytes`, with its headline and byline. */
export function bigDocument(bytes: number): string {
  const body = TYPICAL.split('\n\n').slice(1, -1).join('\n\n');
  const parts = [TYPICAL.split('\n')[0], ''];
  let size = 0;
  while (size < bytes) {
    parts.push(body, '');
    size += Buffer.byteLength(body) + 2;
  }
  parts.push('Nguyễn Thị Lan – Đài truyền thanh xã Hòa Bình', '');
  return parts.join('\n');
}

/** An incremental change of a document, as didChange sends it. */
export interface LineChange {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
}

/**
 * The i-th edit of a run that leaves the text as it found it every second edit: inserts `inserted`
 * (one character, or a line break) in the middle of the middle line, then deletes it again. With
 * `skipBlank` the line is the first non-empty one from the middle on.
 */
function alternateInMiddle(text: string, i: number, inserted: 'a' | '\n', skipBlank: boolean): LineChange {
  const lines = text.split('\n');
  let line = Math.floor(lines.length / 2);
  if (skipBlank) while (line < lines.length - 1 && lines[line].length === 0) line++;
  const character = Math.floor(lines[line].length / 2);
  const start = { line, character };
  if (i % 2 === 0) return { range: { start, end: start }, text: inserted };
  return { range: { start, end: inserted === '\n' ? { line: line + 1, character: 0 } : { line, character: character + 1 } }, text: '' };
}

/** The i-th edit of a run: alternately inserts and deletes one character in the middle of the text. */
export function middleEdit(text: string, i: number): LineChange {
  return alternateInMiddle(text, i, 'a', false);
}

/**
 * The i-th edit of a run that moves every later diagnostic: alternately breaks the paragraph line
 * nearest the middle of the text in two and joins it again (a full diagnostics report each time).
 */
export function lineBreakEdit(text: string, i: number): LineChange {
  return alternateInMiddle(text, i, '\n', true);
}
