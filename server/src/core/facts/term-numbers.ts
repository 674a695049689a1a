// Term numbers of elected bodies: "HĐND xã Cao Sơn khóa XX", "Ban Chấp hành Đảng bộ xã khóa XXV",
// "Quốc hội khóa XV", "Ban Chấp hành Trung ương Đảng khóa XIII". Each mention carries the body it
// belongs to — type, level and place name — read from the words just before "khóa", because
// different bodies legitimately have different numbers (Quốc hội khóa XV beside HĐND xã khóa XX,
// HĐND tỉnh khóa XVIII beside HĐND xã khóa XX). All offsets are NFC offsets; linear and total.

import { lowerSameLength } from '../text/numbers';
import type { TextDoc } from '../text/textdoc';
import type { TermNumberFact } from './types';

// explicit letter cases: a case-insensitive Unicode scan (or lower-casing the whole text) is several times slower
const KHOA_RE = /(?<!(?:\p{L}|\p{M}))[kK][hH](?:[óÓ][aA]|[oO][áÁ])\s+([IVXLCivxlc]+|\d{1,3})(?!(?:\p{L}|\p{M}|\p{N}))/gu;

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

/**
 * Bodies, matched in the lower-cased words before "khóa"; the last one (nearest "khóa") wins.
 * One alternation, one group per type, so each mention costs one scan of its window.
 */
const BODY_RE = new RegExp(
  [
    String.raw`(quốc hội)`,
    String.raw`(trung ương|(?<![\p{L}])tw(?![\p{L}]))`,
    // the People's Committee is elected by the council and carries its number ("Chủ tịch UBND xã khóa X")
    String.raw`(hđnd|hội đồng nhân dân|ubnd|ủy ban nhân dân|uỷ ban nhân dân)`,
    String.raw`(đảng bộ|đảng ủy|đảng uỷ|ban chấp hành|(?<![\p{L}])bch(?![\p{L}])|cấp ủy|cấp uỷ)`,
    String.raw`(tỉnh|huyện|thành|thị) (?:ủy|uỷ)`,
    String.raw`(chi bộ|chi ủy|chi uỷ)`,
    String.raw`(mặt trận tổ quốc|mttq|hội nông dân|hội liên hiệp phụ nữ|hội phụ nữ|hội cựu chiến binh|đoàn thanh niên|công đoàn|hội người cao tuổi|hội chữ thập đỏ|hội khuyến học)`,
  ].join('|'),
  'gu',
);
/** The body type of each group of BODY_RE, in order. */
const BODY_TYPES = ['quốc hội', 'trung ương', 'hđnd', 'đảng', 'đảng', 'chi bộ', 'hội'];

const LEVEL_RE = /(?<![\p{L}])(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu|các cấp)(?![\p{L}])/u;
const PARTY_LEVEL: Readonly<Record<string, string>> = { tỉnh: 'tỉnh', huyện: 'huyện', thành: 'thành phố', thị: 'thị xã' };
/** A place name right after the level: capitalised words ("xã Cao Sơn"). */
const NAME_RE = /^\s+((?:\p{Lu}(?:\p{L}|\p{M})*)(?:\s+\p{Lu}(?:\p{L}|\p{M})*){0,3})/u;
/** History, not the sitting body: "(cũ)", "nguyên", "trước sáp nhập", "các khóa", "từ năm 1994" (not a dateline's "năm 2020"). */
const HISTORY_RE =
  /(?<![\p{L}])(?:cũ|nguyên|trước sáp nhập|trước đây|các khóa|các khoá|qua các|từ khóa|từ khoá|(?:từ|trước) năm (?:19|20)\d\d|giai đoạn)(?![\p{L}])/u;

/** A cited document ("Nghị quyết số 05-NQ/ĐU của BCH Đảng bộ xã khóa XXIV") may name a past term on purpose. */
const CITATION_RE = /nghị quyết|kết luận|chỉ thị|quyết định|(?<![\p{L}])số\s+\d|\d\s*[-/]\s*(?:nq|qđ|kl|ct|kh|tb)(?![\p{L}])/u;

/** . ! ? newline ; (a character code, so the backward walk builds no strings) */
function isSentenceEnd(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a || c === 0x3b;
}

function bodyBefore(text: string, at: number, floor: number): TermNumberFact['body'] | undefined {
  // the words before "khóa" in its sentence, at most 90 characters, after the previous "khóa"
  let from = Math.max(floor, at - 90);
  for (let i = at - 1; i >= from; i--) {
    if (isSentenceEnd(text.charCodeAt(i)) && !(text[i] === '.' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''))) {
      from = i + 1;
      break;
    }
  }
  const window = lowerSameLength(text.slice(from, at));
  let last: RegExpExecArray | undefined;
  BODY_RE.lastIndex = 0;
  for (let m = BODY_RE.exec(window); m !== null; m = BODY_RE.exec(window)) last = m;
  if (!last) return undefined;
  const group = last.findIndex((g, i) => i > 0 && g !== undefined);
  const partyCommittee = group === 5; // "Tỉnh ủy", "Huyện ủy": the level is in the name
  const kind = BODY_TYPES[group - 1];
  const type = kind === 'hội' ? `hội:${last[0].replace(/\s+/g, ' ')}` : kind;
  if (type === 'quốc hội' || type === 'trung ương') return { type, level: 'tw' };
  if (HISTORY_RE.test(window) || CITATION_RE.test(window)) return undefined;
  const bodyEnd = last.index + last[0].length;
  const rest = window.slice(bodyEnd);
  let level: string | undefined = partyCommittee ? PARTY_LEVEL[last[5]] : undefined;
  let nameFrom = from + bodyEnd;
  if (!level) {
    const lv = LEVEL_RE.exec(rest);
    if (lv) {
      level = lv[1];
      nameFrom = from + bodyEnd + lv.index + lv[0].length;
    }
  }
  if (level === 'các cấp') return undefined;
  const name = level ? NAME_RE.exec(text.slice(nameFrom, at))?.[1] : undefined;
  return { type, ...(level ? { level } : {}), ...(name ? { name: name.toLowerCase().replace(/\s+/g, ' ') } : {}) };
}

export function extractTermNumbers(doc: TextDoc): TermNumberFact[] {
  const text = doc.nfc;
  const out: TermNumberFact[] = [];
  KHOA_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let previous: TermNumberFact | undefined;
  while ((m = KHOA_RE.exec(text)) !== null) {
    const numeral = text.slice(m.index + m[0].length - m[1].length, m.index + m[0].length);
    const value = parseTermNumeral(numeral);
    if (value === undefined || value === 0) continue;
    const numeralStart = m.index + m[0].length - m[1].length;
    // "(cũ)" right after the mention marks history as well
    const after = lowerSameLength(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
    let body = /^\s*\(?\s*cũ(?![\p{L}])/u.test(after) ? undefined : bodyBefore(text, m.index, previous?.end ?? 0);
    // a list of terms ("khóa XII, khóa XIII", "khóa XX và khóa XXI") names several on purpose
    if (previous && /^\s*(?:,|;|và|-|–|đến|tới)?\s*$/iu.test(text.slice(previous.end, m.index))) {
      delete previous.body;
      body = undefined;
    }
    const fact: TermNumberFact = {
      start: m.index,
      end: m.index + m[0].length,
      text: text.slice(m.index, m.index + m[0].length),
      numeral,
      value,
      numeralSpan: { start: numeralStart, end: numeralStart + m[1].length },
      ...(body ? { body } : {}),
    };
    out.push(fact);
    previous = fact;
  }
  return out;
}
