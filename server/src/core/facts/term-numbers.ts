// Term numbers of elected bodies: "HĐND xã Cao Sơn khóa XX", "Ban Chấp hành Đảng bộ xã khóa XXV",
// "Quốc hội khóa XV", "Ban Chấp hành Trung ương Đảng khóa XIII". Each mention carries the body it
// belongs to — type, level and place name — read from the words just before "khóa", because
// different bodies legitimately have different numbers (Quốc hội khóa XV beside HĐND xã khóa XX,
// HĐND tỉnh khóa XVIII beside HĐND xã khóa XX). All offsets are NFC offsets; linear and total.

import type { TextDoc } from '../text/textdoc';
import type { TermNumberFact } from './types';

const KHOA_RE = /(?<![\p{L}\p{M}])kh(?:óa|oá)\s+([IVXLC]+|\d{1,3})(?![\p{L}\p{M}\p{N}])/giu;

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** "XIX" → 19, "20" → 20; undefined for malformed numerals ("IIII", "VX"). */
export function parseTermNumeral(token: string): number | undefined {
  if (/^\d+$/.test(token)) return Number(token);
  const upper = token.toUpperCase();
  if (!/^C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(upper) || upper === '') return undefined;
  let value = 0;
  for (let i = 0; i < upper.length; i++) {
    const v = ROMAN[upper[i]];
    const next = ROMAN[upper[i + 1]] ?? 0;
    value += v < next ? -v : v;
  }
  return value;
}

/** Bodies, matched in the lower-cased words before "khóa"; the one ending nearest "khóa" wins. */
const BODY_CUES: ReadonlyArray<readonly [RegExp, string]> = [
  [/quốc hội/gu, 'quốc hội'],
  [/trung ương|(?<![\p{L}])tw(?![\p{L}])/gu, 'trung ương'],
  // the People's Committee is elected by the council and carries its number ("Chủ tịch UBND xã khóa X")
  [/hđnd|hội đồng nhân dân|ubnd|ủy ban nhân dân|uỷ ban nhân dân/gu, 'hđnd'],
  [/đảng bộ|đảng ủy|đảng uỷ|ban chấp hành|(?<![\p{L}])bch(?![\p{L}])|cấp ủy|cấp uỷ/gu, 'đảng'],
  [/(tỉnh|huyện|thành|thị) (?:ủy|uỷ)/gu, 'đảng'],
  [/chi bộ|chi ủy|chi uỷ/gu, 'chi bộ'],
  [
    /mặt trận tổ quốc|mttq|hội nông dân|hội liên hiệp phụ nữ|hội phụ nữ|hội cựu chiến binh|đoàn thanh niên|công đoàn|hội người cao tuổi|hội chữ thập đỏ|hội khuyến học/gu,
    'hội',
  ],
];

const LEVEL_RE = /(?<![\p{L}])(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu|các cấp)(?![\p{L}])/u;
const PARTY_LEVEL: Readonly<Record<string, string>> = { tỉnh: 'tỉnh', huyện: 'huyện', thành: 'thành phố', thị: 'thị xã' };
/** A place name right after the level: capitalised words ("xã Cao Sơn"). */
const NAME_RE = /^\s+((?:\p{Lu}[\p{L}\p{M}]*)(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3})/u;
/** History, not the sitting body: "(cũ)", "nguyên", "trước sáp nhập", "các khóa", "năm 1994". */
const HISTORY_RE =
  /(?<![\p{L}])(?:cũ|nguyên|trước sáp nhập|trước đây|các khóa|các khoá|qua các|từ khóa|từ khoá|năm (?:19|20)\d\d|giai đoạn)(?![\p{L}])/u;

/** A cited document ("Nghị quyết số 05-NQ/ĐU của BCH Đảng bộ xã khóa XXIV") may name a past term on purpose. */
const CITATION_RE = /nghị quyết|kết luận|chỉ thị|quyết định|(?<![\p{L}])số\s+\d|\d\s*[-/]\s*(?:nq|qđ|kl|ct|kh|tb)(?![\p{L}])/u;

const SENTENCE_END = /[.!?\n;]/u;

function bodyBefore(text: string, lower: string, at: number, floor: number): TermNumberFact['body'] | undefined {
  // the words before "khóa" in its sentence, at most 90 characters, after the previous "khóa"
  let from = Math.max(floor, at - 90);
  for (let i = at - 1; i >= from; i--) {
    if (SENTENCE_END.test(text[i]) && !(text[i] === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''))) {
      from = i + 1;
      break;
    }
  }
  const window = lower.slice(from, at);
  let best: { type: string; end: number; match: RegExpExecArray } | undefined;
  for (const [re, type] of BODY_CUES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(window)) !== null) {
      const end = m.index + m[0].length;
      if (!best || end > best.end) best = { type, end, match: m };
    }
  }
  if (!best) return undefined;
  const type = best.type === 'hội' ? `hội:${best.match[0].replace(/\s+/g, ' ')}` : best.type;
  if (type === 'quốc hội' || type === 'trung ương') return { type, level: 'tw' };
  if (HISTORY_RE.test(window) || CITATION_RE.test(window)) return undefined;
  const rest = window.slice(best.end);
  let level: string | undefined = best.match[1] ? PARTY_LEVEL[best.match[1]] : undefined;
  let nameFrom = from + best.end;
  if (!level) {
    const lv = LEVEL_RE.exec(rest);
    if (lv) {
      level = lv[1];
      nameFrom = from + best.end + lv.index + lv[0].length;
    }
  }
  if (level === 'các cấp') return undefined;
  const name = level ? NAME_RE.exec(text.slice(nameFrom, at))?.[1] : undefined;
  return { type, ...(level ? { level } : {}), ...(name ? { name: name.toLowerCase().replace(/\s+/g, ' ') } : {}) };
}

export function extractTermNumbers(doc: TextDoc): TermNumberFact[] {
  const text = doc.nfc;
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return []; // offsets must agree; such letters do not occur in Vietnamese
  const out: TermNumberFact[] = [];
  KHOA_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let previous: TermNumberFact | undefined;
  while ((m = KHOA_RE.exec(text)) !== null) {
    const value = parseTermNumeral(m[1]);
    if (value === undefined || value === 0) continue;
    const numeralStart = m.index + m[0].length - m[1].length;
    // "(cũ)" right after the mention marks history as well
    const after = lower.slice(m.index + m[0].length, m.index + m[0].length + 12);
    let body = /^\s*\(?\s*cũ(?![\p{L}])/u.test(after) ? undefined : bodyBefore(text, lower, m.index, previous?.end ?? 0);
    // a list of terms ("khóa XII, khóa XIII", "khóa XX và khóa XXI") names several on purpose
    if (previous && /^\s*(?:,|;|và|-|–|đến|tới)?\s*$/u.test(lower.slice(previous.end, m.index))) {
      delete previous.body;
      body = undefined;
    }
    const fact: TermNumberFact = {
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      numeral: m[1],
      value,
      numeralSpan: { start: numeralStart, end: numeralStart + m[1].length },
      ...(body ? { body } : {}),
    };
    out.push(fact);
    previous = fact;
  }
  return out;
}
