// fast-check generators shared by test/core/property.test.ts and scripts/fuzz.ts:
// Vietnamese-heavy text of the genre, with the oddities real drafts carry.
import fc from 'fast-check';

const WORDS = [
  'Chiều', 'ngày', 'Sáng', 'Đảng ủy', 'Đảng uỷ', 'xã', 'phường', 'Cao Sơn', 'tổ chức', 'hội nghị', 'Hội nghị', 'sơ kết',
  'tổng kết', 'giữa nhiệm kỳ', 'năm', 'đồng chí', 'Đồng chí', 'Nguyễn Văn An', 'Bí thư', 'Huyện ủy', 'Chủ tịch', 'UBND',
  'HĐND', 'MTTQ', 'Tới dự và chỉ đạo có', 'chỉ tiêu', 'tiêu chí', 'nông thôn mới', 'đạt', 'chưa đạt', 'vượt', 'Tuy nhiên',
  'còn tồn tại, hạn chế', 'Phát biểu chỉ đạo', 'đề nghị', 'yêu cầu', 'kết luận', 'phương hướng', 'nhiệm vụ', 'khen thưởng',
  'Toàn cảnh Hội nghị', 'Tác giả:', 'Nguồn:', 'Đài truyền thanh xã', 'văn hóa', 'văn hoá', 'thủy lợi', 'thuỷ lợi', 'hòa',
  'hoà', 'khỏe', 'khoẻ', 'pháp lụât', 'sảy ra', 'xảy ra', 'tôt', 'đói với', 'nhận dân', 'loading...', 'bám sát sát',
  'đã đã', 'Cao sơn', 'L ê', 'THƯỜI GIAN', 'Kì họp', 'Kỳ họp', 'Quí', 'Quý', 'nhieemhj', '§¶ng ñy', 'Ñaûng uûy', 'Ð', 'tæ chøc',
  'kinh tế – xã hội', 'KT-XH', 'an ninh', 'quốc phòng', '(1)', '(2)', '(3)', '(8)', '1.', '2.', 'a)', '-', '–', '—', '•',
  'Trong 24 chỉ tiêu', '19/34', '12/24', '21/19', '20/20', '305/350', '25/4/2023', '31/9/2023', '27/32023', '21-10-2022',
  'ngày 08 tháng 5 năm 2023', '14:30 26/05/2023', '1083-QĐ/HU', 'kg/người/năm', 'đ/c', 'Đ/c', '24/7', '32.695 tấn', '1.174,45',
  '88,94%', '95%', '4%', '112%', '150%', '0%', '8 nhóm nhiệm vụ', '5 nhiệm vụ, giải pháp', './.', '.', ',', ';', ':', '!', '?',
  '"', '“', '”', '«', '»', '(', ')', '[', ']', '{', '}', '<', '>', '&', '#', '*', '_', '\\', '/', '%', '+', '=',
  'Nguyễn'.normalize('NFD'), 'Đảng'.normalize('NFD'), 'ho\u0323c', 'thu\u0309y', 'a\u0301\u0301', '\u0300', '\u0323', '\u0303\u0309',
  '\uFEFF', '\u00AD', '\u200B', '\u00A0', '\t', '\uD800', '\uDC00', '😀', '𝒳', '\u0000', '\u202E',
  '<!-- tin-hoi-nghi-disable -->', '<!-- tin-hoi-nghi-disable-line spelling -->', '<!-- tin-hoi-nghi-disable-next-line repeated-word, whitespace -->', '<!--', '-->',
  '# Tiêu đề', '**đậm**', '![ảnh](x.jpg)', '[liên kết](http://a.b)', 'http://xa.gov.vn', 'TỔNG KẾT CÔNG TÁC NĂM 2023',
];
const SEPARATORS = [' ', ' ', ' ', '  ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '    ', ', ', '. '];

/** Text of the genre: words and figures with separators, including odd Unicode and line endings. */
export const vietnameseText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 60 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

/** The same with every character decomposed (NFD) or partially decomposed. */
export const decomposedText: fc.Arbitrary<string> = fc
  .tuple(vietnameseText, fc.constantFrom('NFD', 'NFKD', 'NFC', 'NFKC') as fc.Arbitrary<'NFD' | 'NFKD' | 'NFC' | 'NFKC'>)
  .map(([t, form]) => t.normalize(form));

/** Any string, including lone surrogates and control characters. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('a', 'ă', 'â', 'đ', 'ư', 'ơ', '\u0301', '\u0323', ' ', '\n', '\r', '/', '%', '1', '9', '.', ','), maxLength: 200 }),
);

/** Everything: the main generator of the properties. */
export const articleText: fc.Arbitrary<string> = fc.oneof({ arbitrary: vietnameseText, weight: 5 }, { arbitrary: decomposedText, weight: 2 }, { arbitrary: anyText, weight: 2 });

const CONFIG_KEYS = ['$schema', 'locale', 'toneStyle', 'rules', 'sections', 'knownTotals', 'words', 'x', '__proto__', 'constructor'];

/** JSON-ish configuration text: valid objects, broken fragments, odd values. */
export const configText: fc.Arbitrary<string> = fc.oneof(
  fc.dictionary(fc.constantFrom(...CONFIG_KEYS), fc.jsonValue({ maxDepth: 3 })).map((o) => JSON.stringify(o)),
  fc
    .record({
      locale: fc.constantFrom('vi', 'en', 'fr', 1),
      toneStyle: fc.constantFrom('consistent', 'old', 'new', null),
      rules: fc.dictionary(fc.constantFrom('spelling', 'whitespace', 'nope', '__proto__', ''), fc.constantFrom('error', 'warning', 'information', 'hint', 'off', 'loud', 3)),
      knownTotals: fc.dictionary(fc.string({ maxLength: 12 }), fc.oneof(fc.integer({ min: -3, max: 40 }), fc.double())),
      words: fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.integer())),
    }, { requiredKeys: [] })
    .map((o) => JSON.stringify(o, null, 2)),
  fc.json({ maxDepth: 3 }),
  fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', ' ', '\n', 'a', '1', '/', '*', '\\', 'u', 'true', 'null'), maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
);
