// fast-check generators and invariant checks shared by test/core/property.test.ts and
// scripts/fuzz.ts: Vietnamese-heavy text of the genre, with the oddities real drafts carry.
// Each check returns '' when the invariant holds, else a description of the violation.
import fc from 'fast-check';
import { analyze } from '../../server/src/core/analyze';
import { parseConfig } from '../../server/src/core/config';
import { RULES_BY_ID } from '../../server/src/core/rules';
import type { Finding } from '../../server/src/core/types';
import { applyEdits } from '../support/fixes';

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
  'Thứ Hai,', 'Chủ nhật', 'thứ 2', 'T3', 'CN', '15/3/2026', '(Chủ nhật)', 'HĐND huyện', 'UBND huyện', 'thị trấn', 'đặc khu', 'Côn Đảo',
  'nguyên', 'cũ', 'trước sáp nhập', '12-NQ/HU', '20/9/2025', '08:00 20/09/2025',
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

const CONFIG_KEYS = ['$schema', 'locale', 'toneStyle', 'rules', 'sections', 'knownTotals', 'words', 'referenceDate', 'x', '__proto__', 'constructor'];

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
      referenceDate: fc.oneof(fc.constantFrom('2024-05-20', '20/5/2024', '2025-02-29', ''), fc.string({ maxLength: 12 }), fc.integer()),
    }, { requiredKeys: [] })
    .map((o) => JSON.stringify(o, null, 2)),
  fc.json({ maxDepth: 3 }),
  fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', ' ', '\n', 'a', '1', '/', '*', '\\', 'u', 'true', 'null'), maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
);

// ---------------------------------------------------------------------------------------------
// Invariants

/** Asserts every invariant of one analysis; returns a description of the first violation or ''. */
export function checkAnalysisInvariants(text: string): string {
  const result = analyze(text);
  const n = text.length;
  for (const s of result.sections) if (!(0 <= s.start && s.start <= s.end && s.end <= n)) return `section ${s.name} [${s.start},${s.end}) outside [0,${n}]`;
  for (const f of result.findings) {
    if (!RULES_BY_ID.has(f.rule)) return `unknown rule ${f.rule}`;
    if (!(Number.isInteger(f.start) && Number.isInteger(f.end) && 0 <= f.start && f.start <= f.end && f.end <= n)) return `${f.rule} range [${f.start},${f.end}) outside [0,${n}]`;
    if (!(f.messageId in RULES_BY_ID.get(f.rule)!.messages)) return `${f.rule} message id ${f.messageId} not in its messages`;
    for (const fix of f.fixes) {
      if (!(fix.titleId in RULES_BY_ID.get(f.rule)!.messages)) return `${f.rule} fix title ${fix.titleId} not in its messages`;
      const edits = [...fix.edits].sort((a, b) => a.start - b.start);
      for (let i = 0; i < edits.length; i++) {
        const e = edits[i];
        if (!(0 <= e.start && e.start <= e.end && e.end <= n)) return `${f.rule} fix edit [${e.start},${e.end}) outside [0,${n}]`;
        if (i > 0 && e.start < edits[i - 1].end) return `${f.rule} fix edits overlap`;
      }
    }
  }
  return '';
}


const key = (f: Finding): string => `${f.rule}\u0000${f.messageId}`;
function counts(findings: Finding[], filter: (f: Finding) => boolean = () => true): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) if (filter(f)) m.set(key(f), (m.get(key(f)) ?? 0) + 1);
  return m;
}

/** Applies each safe fix alone; the finding must go and no new error-severity finding may appear. */
export function checkSafeFixes(text: string): string {
  const before = analyze(text).findings;
  const beforeCounts = counts(before);
  const beforeErrors = counts(before, (f) => f.severity === 'error');
  for (const f of before) {
    const fix = f.fixes.find((x) => x.safe);
    if (!fix) continue;
    const fixed = applyEdits(text, fix.edits);
    if (fixed === text) return `${f.rule} safe fix changes nothing`;
    const after = analyze(fixed).findings;
    const delta = fix.edits.reduce((d, e) => d + (e.start < f.start ? e.newText.length - (e.end - e.start) : 0), 0);
    const same = after.find((g) => key(g) === key(f) && g.start === f.start + delta);
    const stillCount = counts(after).get(key(f)) ?? 0;
    if (same && stillCount >= (beforeCounts.get(key(f)) ?? 0)) return `${f.rule}/${f.messageId} remains after its safe fix: ${JSON.stringify(fixed.slice(Math.max(0, f.start - 20), f.end + 20))}`;
    for (const [k, c] of counts(after, (g) => g.severity === 'error')) {
      if (c > (beforeErrors.get(k) ?? 0)) return `${f.rule} safe fix adds an error finding ${k.replace('\u0000', '/')}`;
    }
  }
  return '';
}


/** parseConfig never throws and reports problems at 1-based positions inside the text. */
export function checkConfigProblems(text: string): string {
  const { config, problems } = parseConfig(text, 'c.json');
  if (typeof config !== 'object' || config === null) return 'config is not an object';
  const lines = text.split(/\r\n|\r|\n/);
  for (const p of problems) {
    if (!(p.line >= 1 && p.line <= lines.length)) return `problem line ${p.line} outside 1..${lines.length}`;
    if (!(p.column >= 1 && p.column <= lines[p.line - 1].length + 1)) return `problem column ${p.column} outside line ${p.line}`;
    if (!p.message) return 'empty problem message';
  }
  return '';
}
