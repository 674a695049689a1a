// Fractions "a/b + counted thing + qualifier": "19/34 chỉ tiêu", "đàn trâu 305/350 con",
// "12/24 mục tiêu đạt, 12/24 mục tiêu chưa đạt", "11/19 tiêu chí". Dates ("21/10/2022", "ngày 25/4"),
// document numbers ("1083-QĐ/HU") and units ("kg/người/năm", "km/h", "đ/c") are not fractions.

import type { Locale, Span } from '../types';
import type { TextDoc } from '../text/textdoc';
import { BoundaryCursor, VI_NUMBER_SOURCE, execBeforeMark, isClauseBoundary, isSentenceBoundary, parseViNumber, wordsBefore } from '../text/numbers';
import type { Facts, FractionFact, FractionQualifier } from './types';

// sticky: matched only just before each '/' (execBeforeMark)
const FRACTION_RE = new RegExp(
  String.raw`(?<!\p{L}|\p{M}|\p{N}|[/.,\-])(${VI_NUMBER_SOURCE})/(${VI_NUMBER_SOURCE})(?![\p{N}/]|[.,\-]\d)`,
  'uy',
);

/** Things that cannot be exceeded: a set counted against its own size. Longest first. */
const STRICT_NOUNS = [
  'tổ dân phố',
  'khu dân cư',
  'khu phố',
  'chỉ tiêu',
  'mục tiêu',
  'tiêu chí',
  'chi bộ',
  'đảng bộ',
  'đảng viên',
  'đại biểu',
  'thành viên',
  'ủy viên',
  'uỷ viên',
  'đồng chí',
  'thị trấn',
  'trường học',
  'trường',
  'cơ quan',
  'thôn',
  'bản',
  'xóm',
  'ấp',
  'buôn',
  'làng',
  'xã',
  'phường',
];

/** Other nouns that are read as the counted thing when they follow a fraction. Longest first. */
const OTHER_NOUNS = [
  'hộ gia đình',
  'hộ dân',
  'hộ',
  'người',
  'học sinh',
  'cán bộ',
  'nhiệm vụ',
  'nội dung',
  'công trình',
  'dự án',
  'con',
  'ha',
  'tấn',
  'tạ',
  'kg',
  'km',
  'm2',
  'm3',
  'm',
  'triệu đồng',
  'tỷ đồng',
  'đồng',
];

const COUNTED_NOUNS = [...STRICT_NOUNS, ...OTHER_NOUNS].sort((a, b) => b.length - a.length);
const STRICT_SET = new Set(STRICT_NOUNS);
/** Members that may be recruited against a target ("kết nạp 12/10 đảng viên"). */
const RECRUITED = new Set(['đảng viên', 'thành viên', 'hộ', 'người']);

const WORD_AFTER_RE = /^[ \t\u00a0]+((?:\p{L}|\p{M}|\d)+)/u;
/** Words right before "a/b" that make it a date or a document number. */
const DATE_CUES = new Set([
  'ngày', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'hôm', 'mùng', 'mồng', 'tháng', 'dịp', 'lễ', 'tết', 'hạn',
  'số', 'nghị định', 'thông tư', 'quyết định', 'chỉ thị', 'công văn', 'luật', 'điều', 'khoản',
]);
/** Time prepositions before a day/month-like "a/b" ("trước 30/6 xã …"). */
const TIME_PREPS = new Set(['trước', 'sau', 'từ', 'đến', 'tới', 'vào', 'hết', 'cuối', 'đầu', 'giữa', 'kể từ', 'hạn chót', 'chậm nhất']);

/** The verb right before a fraction: "hoàn thành và vượt 19/34", "đã đạt 11/19", "chưa đạt 3/5". */
function headQualifier(nearestFirst: readonly string[]): { qualifier: FractionQualifier; text: string } | undefined {
  const w = nearestFirst[0] === 'được' ? nearestFirst.slice(1) : nearestFirst;
  const negated = (k: number): boolean => w[k] === 'chưa' || w[k] === 'không';
  if (w[0] === 'đạt') return negated(1) ? { qualifier: 'chưa đạt', text: `${w[1]} đạt` } : { qualifier: 'đạt', text: 'đạt' };
  if (w[0] === 'thành' && w[1] === 'hoàn') {
    return negated(2) ? { qualifier: 'chưa đạt', text: `${w[2]} hoàn thành` } : { qualifier: 'đạt', text: 'hoàn thành' };
  }
  if (w[0] === 'vượt') {
    if (w[1] === 'và' && w[2] === 'đạt') return { qualifier: 'đạt', text: 'đạt và vượt' };
    if (w[1] === 'và' && w[2] === 'thành' && w[3] === 'hoàn') return { qualifier: 'đạt', text: 'hoàn thành và vượt' };
    if (w[1] === 'đạt') return { qualifier: 'đạt', text: 'đạt vượt' };
    return { qualifier: 'vượt', text: 'vượt' };
  }
  return undefined;
}

const RECRUIT_RE = /(?:kết nạp|phát triển|thu hút|vận động)/u;

/** Counted people and households: they exceed their total only when counted against a target. */
const POPULATION = new Set(['hộ', 'học sinh']);
/** A state the counted households are in, right after the noun: "hộ đạt danh hiệu", "hộ dùng nước sạch". */
const STATE_AFTER_RE =
  /^\s*(?:(?:đã|đều|chưa|không)\s+)?(?:được\s+)?(?:đạt(?!\s+(?:và\s+)?vượt)|công nhận|đăng ký|sử dụng|dùng|tham gia|ký cam kết|có\s+(?:nhà|nước|điện|công trình|thẻ)|tốt nghiệp|lên lớp|hoàn thành chương trình)(?![\p{L}])/u;
/** A plan or target in the sentence: the total may then be a target that is exceeded. */
const TARGET_RE = /kế hoạch|(?<![\p{L}])kh(?![\p{L}])|chỉ tiêu|mục tiêu|nghị quyết|được giao|(?<![\p{L}])giao(?![\p{L}])|so với|vượt|dự kiến|đề ra|phấn đấu/u;

const QUAL_RE =
  /(?<![\p{L}])(?:(chưa|không)\s+(?:đạt|hoàn thành)|(đang\s+(?:tiếp tục\s+)?(?:thực hiện|triển khai)|tiếp tục\s+thực hiện)|(còn lại)|(đạt|hoàn thành)(\s+(?:và\s+)?vượt)?|(vượt))(?![\p{L}])/u;
const PARTIAL_RE = /^\s*(?:mức\s+)?(?:trên|dưới|từ|khoảng|gần|hơn|xấp xỉ|\d)/u;
const RATING_RE = /^\s*(?:tốt|xuất sắc|nhiệm vụ)(?![\p{L}])/u;
const NTM_RE = /nông thôn mới(?:\s+(nâng cao|kiểu mẫu))?/gu;

function startsWithWord(text: string, word: string): boolean {
  if (!text.startsWith(word)) return false;
  const next = text.charCodeAt(word.length);
  if (Number.isNaN(next)) return true;
  return !/(?:\p{L}|\p{M}|\d)/u.test(text[word.length]);
}

/** The family of a counted noun: "mục tiêu" and "chỉ tiêu" are counted in the same sets. */
export function countedFamily(counted: string): string {
  if (counted === 'mục tiêu') return 'chỉ tiêu';
  if (counted === 'uỷ viên') return 'ủy viên';
  if (counted === 'hộ gia đình' || counted === 'hộ dân') return 'hộ';
  if (counted === 'trường học') return 'trường';
  return counted;
}

function classify(tail: string): { qualifier?: FractionQualifier; text?: string; remainder: boolean } {
  let remainder = false;
  let rest = tail;
  for (let guard = 0; guard < 3; guard++) {
    const m = QUAL_RE.exec(rest);
    if (!m) return { remainder, ...(remainder ? { qualifier: 'other' as const, text: 'còn lại' } : {}) };
    const after = rest.slice(m.index + m[0].length);
    if (m[1]) return { qualifier: 'chưa đạt', text: m[0], remainder };
    if (m[2]) return { qualifier: 'đang thực hiện', text: m[0], remainder };
    if (m[3]) {
      remainder = true;
      rest = after;
      continue;
    }
    if (m[4]) {
      if (PARTIAL_RE.test(after) || (!m[5] && m[4] === 'hoàn thành' && RATING_RE.test(after))) {
        return { qualifier: 'other', text: (m[0] + after).trim().slice(0, 40), remainder };
      }
      return { qualifier: 'đạt', text: m[0], remainder };
    }
    if (m[6]) return { qualifier: 'vượt', text: m[0], remainder };
  }
  return { remainder, ...(remainder ? { qualifier: 'other' as const, text: 'còn lại' } : {}) };
}

export function extractFractions(doc: TextDoc): FractionFact[] {
  const text = doc.nfc;
  const out: FractionFact[] = [];
  const paragraphs = doc.paragraphs;
  let p = 0;
  const sentences = new BoundaryCursor(text, isSentenceBoundary);
  const clauses = new BoundaryCursor(text, isClauseBoundary);
  let m: RegExpExecArray | null;
  let from = 0;
  while ((m = execBeforeMark(FRACTION_RE, text, from, '/', false)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    from = end;
    const numerator = parseViNumber(m[1]);
    const denominator = parseViNumber(m[2]);
    if (numerator === undefined || denominator === undefined || denominator === 0) continue;
    while (p < paragraphs.length - 1 && paragraphs[p].end < start) p++;
    const para = paragraphs[p];
    const floor = para && para.start <= start ? para.start : Math.max(0, start - 400);
    const ceil = para && para.end >= end ? para.end : Math.min(text.length, end + 400);

    const after = text.slice(end, Math.min(ceil, end + 60)).toLowerCase();
    const wm = WORD_AFTER_RE.exec(after);
    if (!wm) continue;
    const afterWords = after.slice(wm[0].length - wm[1].length);
    let counted = COUNTED_NOUNS.find((n) => startsWithWord(afterWords, n));
    const known = counted !== undefined;
    if (!counted) counted = wm[1];
    if (/^\d/.test(counted)) continue;

    const words = wordsBefore(text, start, 4, Math.max(floor, start - 40));
    const w0 = words[0] ?? '';
    const pair0 = words.length > 1 ? `${words[1]} ${w0}` : '';
    if (DATE_CUES.has(w0) || DATE_CUES.has(pair0) || words[1] === 'thứ') continue;
    // month/year, "2023/2024"; "1.950/2.010 hộ" (thousands dots) is a count, not a year
    const plain = !m[1].includes('.') && !m[2].includes('.');
    if (plain && denominator >= 1900 && denominator <= 2100 && (numerator <= 12 || numerator >= 1900)) continue;
    const dayMonth = Number.isInteger(numerator) && Number.isInteger(denominator) && numerator >= 1 && numerator <= 31 && denominator >= 1 && denominator <= 12;
    if (dayMonth && (!known || TIME_PREPS.has(w0) || TIME_PREPS.has(pair0))) continue; // "trước 30/6 xã …" is a date

    const countedEnd = end + (wm[0].length - wm[1].length) + counted.length;
    const cStart = clauses.startOf(start, Math.max(floor, start - 160));
    const head = text.slice(cStart, start).toLowerCase();
    const cEnd = clauses.endOf(countedEnd, Math.min(ceil, countedEnd + 160));
    const tail = text.slice(countedEnd, cEnd).toLowerCase();

    let { qualifier, text: qualifierText, remainder } = classify(tail);
    if (!qualifier) {
      const h = headQualifier(words);
      if (h) ({ qualifier, text: qualifierText } = h);
    }

    const sStart = sentences.startOf(start, Math.max(floor, start - 600));
    const sEnd = sentences.endOf(end, Math.min(ceil, end + 600));

    let mayExceed = !STRICT_SET.has(counted);
    if (!mayExceed && RECRUITED.has(counted) && RECRUIT_RE.test(head)) mayExceed = true;
    // "2.315/2.280 hộ đạt danh hiệu …": households in a state, counted against all households
    // "tỷ lệ hộ có nhà tiêu hợp vệ sinh 923/865 hộ": the rate names the state before the fraction
    const stated = STATE_AFTER_RE.test(tail) || /(?<![\p{L}])t[ỷỉ] lệ(?![\p{L}])/u.test(head);
    if (mayExceed && POPULATION.has(countedFamily(counted)) && stated && !RECRUIT_RE.test(head)) {
      if (!TARGET_RE.test(text.slice(sStart, sEnd).toLowerCase())) mayExceed = false;
    }

    let setKey: string | undefined;
    if (counted === 'tiêu chí') {
      let phrase: string | undefined;
      NTM_RE.lastIndex = 0;
      const inTail = NTM_RE.exec(tail);
      if (inTail) phrase = inTail[0];
      else {
        const sentenceHead = text.slice(sStart, start).toLowerCase();
        NTM_RE.lastIndex = 0;
        let last: RegExpExecArray | null = null;
        let n: RegExpExecArray | null;
        while ((n = NTM_RE.exec(sentenceHead)) !== null) last = n;
        // only a bare "… 11/19 tiêu chí," (or "… tiêu chí đạt …") borrows the sentence's set
        const bare = tail.trim() === '' || /^\s*(?:đã\s+|được\s+)?(?:đạt|hoàn thành|chưa|còn|theo)(?![\p{L}])/u.test(tail);
        if (last && bare && !/nâng cao|kiểu mẫu/u.test(tail)) phrase = last[0];
      }
      if (phrase) setKey = `tiêu chí ${phrase.replace(/\s+/g, ' ')}`;
    }

    const denominatorStart = start + m[1].length + 1;
    const fact: FractionFact = {
      start,
      end,
      text: m[0],
      numerator,
      denominator,
      counted,
      mayExceed,
      denominatorSpan: { start: denominatorStart, end },
      sentence: { start: sStart, end: sEnd },
    };
    if (qualifier) fact.qualifier = qualifier;
    if (qualifierText) fact.qualifierText = qualifierText.replace(/\s+/g, ' ').trim();
    if (remainder) fact.remainder = true;
    if (setKey) fact.setKey = setKey;
    out.push(fact);
  }
  return out;
}

/** Fractions listed together with `fact`: same sentence, same denominator, same counted family. */
export function fractionSiblings(fact: FractionFact, facts: Pick<Facts, 'fractions'>): FractionFact[] {
  const family = countedFamily(fact.counted);
  return facts.fractions.filter(
    (f) =>
      f.denominator === fact.denominator &&
      countedFamily(f.counted) === family &&
      (f.sentence && fact.sentence ? f.sentence.start === fact.sentence.start : Math.abs(f.start - fact.start) < 200),
  );
}

const QUALIFIER_EN: Record<FractionQualifier, string> = {
  đạt: 'met',
  'chưa đạt': 'not met',
  vượt: 'exceeded',
  'đang thực hiện': 'in progress',
  other: 'other',
};

function fmt(n: number, locale: Locale): string {
  const rounded = Math.round(n * 10) / 10;
  return locale === 'vi' ? String(rounded).replace('.', ',') : String(rounded);
}

/** Hover text for a fraction: "12/24 = 50%; parts found: đạt 12, chưa đạt 12 of 24". */
export function describeFraction(fact: FractionFact, facts: Pick<Facts, 'fractions'>, locale: Locale): string {
  const pct = fmt((fact.numerator / fact.denominator) * 100, locale);
  const head = `${fact.text} ${fact.counted} = ${pct}%`;
  const siblings = fractionSiblings(fact, facts);
  if (siblings.length < 2) return head;
  const parts = siblings.map((f) => {
    const q = f.qualifierText ?? (f.qualifier ? (locale === 'vi' ? f.qualifier : QUALIFIER_EN[f.qualifier]) : '?');
    return `${q} ${f.numerator}`;
  });
  const sum = siblings.reduce((acc, f) => acc + f.numerator, 0);
  return locale === 'vi'
    ? `${head}; các phần: ${parts.join(', ')} trên tổng ${fact.denominator} (cộng ${sum})`
    : `${head}; parts found: ${parts.join(', ')} of ${fact.denominator} (sum ${sum})`;
}

/** Span helper for rules: the numeric "a/b" of a fraction. */
export function fractionSpan(f: FractionFact): Span {
  return { start: f.start, end: f.end };
}
