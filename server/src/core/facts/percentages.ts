// Percentages with a role: a share of a whole ("95% đảng viên HTTNV", "tỷ lệ hộ … đạt 104,5%"),
// performance against a plan ("đạt 112% kế hoạch", "bằng 63,5% dự toán"), a change ("tăng 7,3% so
// với cùng kỳ") or unknown. Shares also carry their whole and, for member ratings, their rating level.

import type { TextDoc } from '../text/textdoc';
import { BoundaryCursor, VI_NUMBER_SOURCE, execBeforeMark, isClauseBoundary, isSentenceBoundary, parseViMilli, skipWords, wordsBefore } from '../text/numbers';
import type { PercentFact } from './types';

// sticky: matched only just before each '%' (execBeforeMark)
const PERCENT_RE = new RegExp(String.raw`(?<!\p{L}|\p{M}|\p{N}|[.,])(${VI_NUMBER_SOURCE})[ \u00a0]?%`, 'uy');

/** Nouns a share can be a share of, longest first (NFC lower case). */
const WHOLE_NOUNS = [
  'tổ chức cơ sở đảng',
  'thủ tục hành chính',
  'hộ gia đình',
  'tổ dân phố',
  'khu dân cư',
  'tổ chức đảng',
  'người dân',
  'người lao động',
  'hộ dân',
  'hộ nghèo',
  'hộ cận nghèo',
  'dân số',
  'đảng viên',
  'chi bộ',
  'cán bộ',
  'công chức',
  'trẻ em',
  'học sinh',
  'giáo viên',
  'trường học',
  'hồ sơ',
  'đại biểu',
  'lao động',
  'gia đình',
  'thanh niên',
  'hội viên',
  'đoàn viên',
  'cơ quan',
  'doanh nghiệp',
  'cử tri',
  'thôn',
  'bản',
  'xóm',
  'hộ',
  'người',
  'trường',
].sort((a, b) => b.length - a.length);

const PERFORMANCE_AFTER_RE =
  /^\s*(?:so với\s+)?(?:kế hoạch|kh(?![\p{L}])|dự toán|chỉ tiêu|mục tiêu|nghị quyết|nhiệm vụ|tổng mức|cùng kỳ|định mức|yêu cầu|kịch bản)|^\s*\)?\s*so với(?!\s+tổng)/iu;

/** Hedges between a cue word and the number ("tăng khoảng 5%", "đạt trên 95%"). */
const HEDGES = new Set(['trên', 'hơn', 'khoảng', 'gần', 'dưới', 'từ', 'bình', 'quân', 'xấp', 'xỉ', 'chừng']);
const CHANGE_WORDS = new Set(['tăng', 'giảm', 'vượt']);
const CHANGE_PAIRS = new Set(['tăng trưởng', 'tăng thêm', 'giảm thêm', 'cao hơn', 'thấp hơn']);
const RATE_VERBS = new Set(['đạt', 'là', 'chiếm', 'còn', 'lên', 'xuống', 'được']);
const LOWER_WORDS = new Set(['trên', 'hơn', 'từ']);
const LOWER_PAIRS = new Set(['ít nhất', 'tối thiểu']);
const UPPER_WORDS = new Set(['dưới', 'gần', 'khoảng', 'đến', 'tới', 'xỉ']);
const UPPER_PAIRS = new Set(['chưa đến', 'chưa tới', 'tối đa', 'xấp xỉ']);

interface BeforeCues {
  bound: PercentFact['bound'];
  change: boolean;
  performance: boolean;
  rateDirect: boolean;
  rateVerb: boolean;
}

function beforeCues(text: string, start: number, floor: number): BeforeCues {
  const words = wordsBefore(text, start, 5, Math.max(floor, start - 60));
  const w0 = words[0] ?? '';
  const pair0 = words.length > 1 ? `${words[1]} ${w0}` : '';
  const bound: PercentFact['bound'] =
    LOWER_WORDS.has(w0) || LOWER_PAIRS.has(pair0) ? 'lower' : UPPER_WORDS.has(w0) || UPPER_PAIRS.has(pair0) ? 'upper' : 'exact';
  const core = skipWords(words, HEDGES);
  const c0 = core[0] ?? '';
  const cPair = core.length > 1 ? `${core[1]} ${c0}` : '';
  return {
    bound,
    change: CHANGE_WORDS.has(c0) || CHANGE_PAIRS.has(cPair),
    performance: c0 === 'bằng',
    rateDirect: c0 === 'lệ' && (core[1] === 'tỷ' || core[1] === 'tỉ'),
    rateVerb: RATE_VERBS.has(c0) || cPair === 'ở mức',
  };
}

const PARTY_RE =
  /^\s*(?:được\s+)?(?:đánh giá\s+|xếp loại\s+)?(?:là\s+)?(?:(không hoàn thành(?:\s+nhiệm vụ)?|khtnv)|(hoàn thành xuất sắc(?:\s+nhiệm vụ)?|htxsnv)|(hoàn thành tốt(?:\s+nhiệm vụ)?|httnv)|(hoàn thành nhiệm vụ|htnv))(?![\p{L}])(\s+trở lên)?/iu;
const GRADE_RE = /^\s*(?:được\s+)?(?:xếp\s+)?loại\s+(xuất sắc|giỏi|khá|trung bình|yếu|kém)(?![\p{L}])(\s+trở lên)?/iu;
const GRADE_LEVEL: Record<string, number> = { 'xuất sắc': 5, giỏi: 4, khá: 3, 'trung bình': 2, yếu: 1, kém: 0 };

// The rating written before the number: "hoàn thành tốt nhiệm vụ (là|đạt|chiếm) 76,3%", "loại khá 30%".
const BEFORE_TAIL = String.raw`(\s+trở lên)?\s*(?:(?:là|đạt|chiếm|có)\s+)?(?:(?:trên|hơn|khoảng|gần|dưới|xấp xỉ|chừng)\s+)?$`;
const PARTY_BEFORE_RE = new RegExp(
  String.raw`(?<!(?:\p{L}|\p{M}))(?:(không hoàn thành(?:\s+nhiệm vụ)?|khtnv)|(hoàn thành xuất sắc(?:\s+nhiệm vụ)?|htxsnv)|(hoàn thành tốt(?:\s+nhiệm vụ)?|httnv)|(hoàn thành nhiệm vụ|htnv))` + BEFORE_TAIL,
  'u',
);
const GRADE_BEFORE_RE = new RegExp(String.raw`(?<!(?:\p{L}|\p{M}))(?:xếp\s+)?loại\s+(xuất sắc|giỏi|khá|trung bình|yếu|kém)` + BEFORE_TAIL, 'u');
/** Between a whole and its rating: "đảng viên được xếp loại hoàn thành …", "chi bộ đạt …". */
const WHOLE_LINK_RE = /\s*(?:(?:được|đã)\s+)?(?:(?:đánh giá|xếp loại)\s+)?(?:là\s+|đạt\s+)?$/u;

function wordAt(text: string, word: string): boolean {
  if (!text.startsWith(word)) return false;
  const next = text[word.length];
  return next === undefined || !/(?:\p{L}|\p{M}|\d)/u.test(next);
}

/** "số hộ", "tổng số đảng viên", "các thôn": a count word before the whole. */
const COUNT_PREFIX_RE = /^(?:(?:tổng\s+)?số|các)\s+/u;

/** The whole named at the start of `text`, with the length it covers. */
function wholeAtWithLength(text: string): { whole: string; length: number } | undefined {
  const prefix = COUNT_PREFIX_RE.exec(text);
  const skip = prefix ? prefix[0].length : 0;
  const rest = text.slice(skip);
  const whole = WHOLE_NOUNS.find((n) => wordAt(rest, n));
  return whole ? { whole, length: skip + whole.length } : undefined;
}

function wholeAt(text: string): string | undefined {
  return wholeAtWithLength(text)?.whole;
}

function rating(tail: string): PercentFact['rating'] {
  const p = PARTY_RE.exec(tail);
  if (p) {
    const level = p[1] ? 1 : p[2] ? 4 : p[3] ? 3 : 2;
    return { ladder: 'party', from: level, to: p[5] ? 4 : level };
  }
  const g = GRADE_RE.exec(tail);
  if (g) {
    const level = GRADE_LEVEL[g[1].toLowerCase()] ?? 0;
    return { ladder: 'grade', from: level, to: g[2] ? 5 : level };
  }
  return undefined;
}

/** The whole named at the end of `head` ("tỷ lệ đảng viên", "số chi bộ"), if any. */
function wholeBefore(head: string): string | undefined {
  const link = WHOLE_LINK_RE.exec(head);
  const end = link ? link.index : head.length;
  for (const n of WHOLE_NOUNS) {
    const at = end - n.length;
    if (at < 0 || !head.startsWith(n, at)) continue;
    if (at > 0 && /(?:\p{L}|\p{M}|\d)/u.test(head[at - 1])) continue;
    return n;
  }
  return undefined;
}

/** A rating written right before the number in its clause, with the whole before it when named. */
function ratingBefore(clause: string): { rating: NonNullable<PercentFact['rating']>; whole?: string } | undefined {
  if (clause.length < 4 || !(clause.includes('hoàn thành') || clause.includes('nv') || clause.includes('loại'))) return undefined;
  const p = PARTY_BEFORE_RE.exec(clause);
  if (p) {
    const level = p[1] ? 1 : p[2] ? 4 : p[3] ? 3 : 2;
    return { rating: { ladder: 'party', from: level, to: p[5] ? 4 : level }, whole: wholeBefore(clause.slice(0, p.index)) };
  }
  const g = GRADE_BEFORE_RE.exec(clause);
  if (g) {
    const level = GRADE_LEVEL[g[1]] ?? 0;
    return { rating: { ladder: 'grade', from: level, to: g[2] ? 5 : level }, whole: wholeBefore(clause.slice(0, g.index)) };
  }
  return undefined;
}

export function extractPercentages(doc: TextDoc): PercentFact[] {
  const text = doc.nfc;
  const out: PercentFact[] = [];
  const paragraphs = doc.paragraphs;
  let p = 0;
  let lastRated: PercentFact | undefined;
  const sentences = new BoundaryCursor(text, isSentenceBoundary);
  const clauses = new BoundaryCursor(text, isClauseBoundary);
  let m: RegExpExecArray | null;
  let from = 0;
  while ((m = execBeforeMark(PERCENT_RE, text, from, '%', true)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    from = end;
    const milli = parseViMilli(m[1]);
    if (milli === undefined) continue;
    while (p < paragraphs.length - 1 && paragraphs[p].end < start) p++;
    const para = paragraphs[p];
    const floor = para && para.start <= start ? para.start : Math.max(0, start - 400);
    const ceil = para && para.end >= end ? para.end : Math.min(text.length, end + 400);

    const afterRaw = text.slice(end, Math.min(ceil, end + 80)).toLowerCase();
    const after = afterRaw.replace(/^\s+/, '');
    const sStart = sentences.startOf(start, Math.max(floor, start - 600));
    const sEnd = sentences.endOf(end, Math.min(ceil, end + 600));

    const cues = beforeCues(text, start, floor);
    const cStart = clauses.startOf(start, Math.max(floor, start - 200));
    const bound = cues.bound;
    let role: PercentFact['role'] = 'unknown';
    let whole: string | undefined;
    let rate: string | undefined;
    let tail = after;
    if (cues.change) role = 'change';
    else if (PERFORMANCE_AFTER_RE.test(afterRaw)) role = 'performance';
    else if (cues.performance) role = 'performance';
    else {
      const w = wholeAtWithLength(after);
      if (w) {
        role = 'share';
        whole = w.whole;
        tail = after.slice(w.length);
      } else if (cues.rateDirect) {
        role = 'share';
      } else {
        // "tỷ lệ hộ … đạt 104,5%", "tỷ lệ hộ nghèo 3,5%": the rate named earlier in the clause
        const clause = text.slice(cStart, start).toLowerCase();
        const at = Math.max(clause.lastIndexOf('tỷ lệ'), clause.lastIndexOf('tỉ lệ'));
        if (at >= 0) {
          const rest = clause.slice(at + 5);
          if (!/\d/.test(rest) && (cues.rateVerb || rest.length < 80)) {
            role = 'share';
            whole = wholeAt(rest.replace(/^\s+/, ''));
            // the rate as written ("tham gia BHYT"); lower case only changes the length of rare letters
            const written = text.slice(cStart, start);
            const source = written.length === clause.length ? written.slice(at + 5) : rest;
            rate = source
              .replace(/(?:\s+(?:đã|chỉ|mới|luôn|vẫn|đạt|là|chiếm|còn|lên|xuống|được|ở mức|trên|hơn|khoảng|gần|dưới|từ|bình quân|xấp xỉ|chừng))+\s*$/iu, '')
              .replace(/\s+/g, ' ')
              .trim();
          }
        }
      }
    }

    const fact: PercentFact = { start, end, text: m[0], value: milli / 1000, role, milli, bound, sentence: { start: sStart, end: sEnd } };
    if (whole) fact.whole = whole;
    if (rate) fact.rate = rate;
    if (role === 'share' || role === 'unknown') {
      let r = rating(tail);
      if (!r) {
        // "… hoàn thành xuất sắc nhiệm vụ là 17,5%, hoàn thành tốt nhiệm vụ 76,3%"
        const b = ratingBefore(text.slice(cStart, start).toLowerCase());
        if (b) {
          r = b.rating;
          if (!whole && b.whole) {
            whole = b.whole;
            fact.whole = whole;
          }
        }
      }
      if (r) {
        fact.rating = r;
        if (!whole && lastRated && lastRated.sentence?.start === sStart && lastRated.whole && lastRated.rating?.ladder === r.ladder) {
          fact.whole = lastRated.whole;
          fact.role = 'share';
        } else if (whole) fact.role = 'share';
        lastRated = fact;
      }
    }
    out.push(fact);
  }
  return out;
}

const ROLE_TEXT: Record<PercentFact['role'], { vi: string; en: string }> = {
  share: { vi: 'tỷ lệ trên tổng số', en: 'share of a whole' },
  performance: { vi: 'so với kế hoạch/dự toán', en: 'against a plan or estimate' },
  change: { vi: 'mức tăng/giảm', en: 'a change' },
  unknown: { vi: 'chưa rõ vai trò', en: 'role unknown' },
};

/** Hover text for a percentage: "95% — share of a whole: đảng viên". */
export function describePercent(fact: PercentFact, locale: 'vi' | 'en'): string {
  const role = ROLE_TEXT[fact.role][locale];
  if (!fact.whole) return `${fact.text} — ${role}`;
  return locale === 'vi' ? `${fact.text} — ${role}: ${fact.whole}` : `${fact.text} — ${role}: ${fact.whole}`;
}
