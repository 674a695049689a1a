// Cue lists of the genre: what a line or a sentence looks like when it is a title, a dateline,
// scraped page junk, a caption, a byline, or the start of a section. All patterns are
// precompiled; sentence cues are matched on the lower-cased head of a sentence (NFC).

import type { SectionName } from '../types';

// a letter or a digit, as an alternation: the same code points as [\p{L}\p{N}], but V8 builds the two
// property sets without merging them into one class, ~30 % less time per pattern (module load and
// first match) over the ~130 boundaries below
const WORD_CHAR = '\\p{L}|\\p{N}';
// the same as one class: slower to build, but faster to match (~10 % for a look-behind tried at every
// position), so patterns built whole for frequent use (HOT_CALLS) take it
const WORD_CLASS = '[\\p{L}\\p{N}]';
// the letters and digits (\p{L}, \p{N}) of U+0000–U+024F and U+1E00–U+1EFF, where Vietnamese and
// ASCII live: in a text with no other letter or digit the same boundaries as WORD_CHAR/WORD_CLASS,
// and ~15× cheaper to build (a look-around over the whole Unicode classes costs ~0.1 ms to compile
// per boundary, each time it occurs; test/core/segment.test.ts checks the class against \p{L}\p{N})
export const LATIN_WORD_CLASS = '[0-9A-Za-z\\u00aa\\u00b2\\u00b3\\u00b5\\u00b9\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u1e00-\\u1eff]';
const LETTER = /\p{L}/u;
/** An escape, a class, a group's opening (negative look-arounds whole), a closing, or a run of other characters. */
const PATTERN_TOKEN = /\\[\s\S]|\[(?:\\[\s\S]|[^\]\\])*\]|\(\?<?!|[()]|[^\\[()]+/g;

/**
 * Calls after which a cue pattern is built whole and used alone: a long document or a batch of
 * articles runs it often enough to pay for building it, and the prefilter and per-alternative
 * tests would only cost time there (~10 % of a warm typical article's analysis); the first
 * analysis of an article calls each a few dozen times at most.
 */
const HOT_CALLS = 200;
/** HOT_CALLS, or 0 once a caller has said it will segment many texts (buildCuePatternsWhole). */
let hotCalls = HOT_CALLS;

/**
 * For a caller about to segment many texts (the CLI's batch): from now on every cue pattern is
 * built whole at its first use. A batch makes each pattern hot within a few articles anyway, and
 * building its prefilter and per-alternative patterns first only adds compilations (each one
 * compiles its Unicode classes again). Speed only; `test` answers the same. `whole` false goes
 * back to building on demand (tests).
 */
export function buildCuePatternsWhole(whole = true): void {
  hotCalls = whole ? 0 : HOT_CALLS;
}

/** What `ub()` returns: only `test`, which is all the cue lists use. */
export interface CuePattern {
  test(text: string): boolean;
}

/**
 * `\b` is ASCII-only in JavaScript; this rewrites it as a Unicode word boundary: before a word
 * (a letter or group follows) "not preceded by a letter", else "not followed by a letter".
 *
 * The boundary pattern is built on its first use, behind a prefilter: the same pattern with its
 * boundaries left out. Each boundary holds two Unicode property classes, which V8 builds again for
 * every occurrence, at creation and at the first match (~0.25 ms each; the ~130 boundaries of the
 * cue lists were ~40 ms of a cold start); the prefilter has none, and most cue patterns never pass
 * it in an article, so they are never built. A boundary inside a negative look-around becomes
 * `(?!)` in the prefilter instead (dropping it there would narrow the prefilter), so every text
 * the boundary pattern matches passes the prefilter and `test` answers the same. A pattern called
 * often (HOT_CALLS) is then built whole and used alone, as before.
 */
export function ub(re: RegExp): CuePattern {
  const flags = re.flags.includes('u') ? re.flags : re.flags + 'u';
  const relaxed = flags.includes('g') || flags.includes('y') ? null : prefilterSource(re.source);
  if (relaxed === null) return ubRegExp(re);
  const prefilter = new RegExp(relaxed, flags);
  let full: CuePattern | undefined;
  let whole: CuePattern | undefined;
  let calls = 0;
  return {
    test(text: string): boolean {
      if (whole !== undefined) return whole.test(text);
      if (++calls > hotCalls) {
        whole = boundaryPattern(re, WORD_CLASS);
        return whole.test(text);
      }
      if (!prefilter.test(text)) return false;
      if (full === undefined) {
        const alternatives = topAlternatives(re.source);
        full = alternatives.length === 1 ? boundaryPattern(re, WORD_CHAR) : anyOf(alternatives.map((source) => ub(new RegExp(source, flags))));
      }
      return full.test(text);
    },
  };
}

/**
 * ubRegExp(re, wordChar) for `test`, each form built on its first use: with LATIN_WORD_CLASS for a
 * text whose letters and digits are all Latin (nearly every text; the same answer there, far cheaper
 * to build), with `wordChar` otherwise. Not under the `i` flag, where a class also takes the case
 * variants of its letters (K, the Kelvin sign, is k).
 */
function boundaryPattern(re: RegExp, wordChar: string): CuePattern {
  let latin: RegExp | undefined;
  let other: RegExp | undefined;
  const latinOk = !re.flags.includes('i');
  return {
    test(text: string): boolean {
      if (latinOk && latinWordsOnly(text)) return (latin ??= ubRegExp(re, LATIN_WORD_CLASS)).test(text);
      return (other ??= ubRegExp(re, wordChar)).test(text);
    },
  };
}

const LETTER_OR_DIGIT = new RegExp(WORD_CLASS, 'u'); // the class the Latin one must agree with
// per UTF-16 code unit outside the Latin blocks: 0 not yet known, 1 not a letter or digit, 2 a letter
// or digit, or a surrogate (its code point is not looked at: taken as a letter)
let otherWords: Uint8Array | undefined;
let lastText: string | undefined;
let lastLatin = false;

// A code unit outside U+0000–U+024F, U+1E00–U+1EFF and the general punctuation U+2000–U+206F (which
// holds no letter or digit): a text without one is Latin-only; found by one regex scan, ~3× faster
// than the loop below, which then reads the text only from the first such unit
const NOT_LATIN_OR_PUNCTUATION = /[^\u0000-\u024f\u1e00-\u1eff\u2000-\u206f]/;

/** Whether every letter and digit of `text` is in LATIN_WORD_CLASS; asked for the same text by many cue patterns in a row. */
export function latinWordsOnly(text: string): boolean {
  if (text === lastText) return lastLatin;
  let latin = true;
  const first = text.search(NOT_LATIN_OR_PUNCTUATION);
  for (let i = first < 0 ? text.length : first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x250 || (c >= 0x1e00 && c <= 0x1eff)) continue;
    otherWords ??= new Uint8Array(0x10000);
    let v = otherWords[c];
    if (v === 0) otherWords[c] = v = (c >= 0xd800 && c <= 0xdfff) || LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 2 : 1;
    if (v === 2) {
      latin = false;
      break;
    }
  }
  lastText = text;
  lastLatin = latin;
  return latin;
}

/**
 * A cue pattern tested only where `pretest` passes: a cheap necessary condition (a word every match
 * contains, where it must stand) for a pattern that is costly to run (not anchored, or a long run
 * before its first fixed word) and rarely matches. test/core/segment.test.ts checks on the real
 * articles and random text that the pretest passes every text the pattern matches (GUARDED_CUES).
 */
export function guarded(re: RegExp, pretest: (text: string) => boolean): CuePattern {
  const pattern = re.source.includes('\\b') ? ub(re) : re;
  GUARDED_CUES.push({ re, pretest });
  return { test: (text) => pretest(text) && pattern.test(text) };
}
/** Every guarded cue pattern with its pretest (for the tests). */
export const GUARDED_CUES: Array<{ re: RegExp; pretest: (text: string) => boolean }> = [];

/** Passes where one of `patterns` does. */
function anyOf(patterns: CuePattern[]): CuePattern {
  return { test: (text) => patterns.some((p) => p.test(text)) };
}

/**
 * The top-level alternatives of a pattern (a text matches `a|b` where it matches `a` or `b`), so a
 * long cue list builds only the boundary patterns of the alternatives its own prefilter passes;
 * the pattern whole when it has back-references (their group numbers would change).
 */
export function topAlternatives(pattern: string): string[] {
  if (/\\[1-9]|\\k</.test(pattern)) return [pattern];
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const m of pattern.matchAll(PATTERN_TOKEN)) {
    const token = m[0];
    if (token.startsWith('(')) depth++;
    else if (token === ')') depth--;
    if (depth > 0 || token.startsWith('\\') || token.startsWith('[') || token.startsWith('(') || token === ')' || !token.includes('|')) {
      current += token;
      continue;
    }
    const pieces = token.split('|');
    current += pieces[0];
    for (let k = 1; k < pieces.length; k++) {
      out.push(current);
      current = pieces[k];
    }
  }
  out.push(current);
  return out;
}

/** The boundary pattern itself, built now; `wordChar` a letter or digit as WORD_CHAR or WORD_CLASS. */
export function ubRegExp(re: RegExp, wordChar: string = WORD_CHAR): RegExp {
  const parts = re.source.split('\\b');
  let source = parts[0];
  for (let i = 1; i < parts.length; i++) {
    // the first character the part matches; the build writes the bundle's patterns in ASCII
    // (scripts/ascii-bundle.mjs), so it may come as a \uXXXX escape
    const escape = /^\\u([0-9A-Fa-f]{4})/.exec(parts[i]);
    const next = escape ? String.fromCharCode(parseInt(escape[1], 16)) : parts[i].charAt(0);
    const before = next === '(' || LETTER.test(next);
    source += (before ? `(?<!${wordChar})` : `(?!${wordChar})`) + parts[i];
  }
  return new RegExp(source, re.flags.includes('u') ? re.flags : re.flags + 'u');
}

/**
 * `pattern` with each `\b` dropped, or `(?!)` inside an odd number of negative look-arounds; null when
 * a `\b` is one that `ub` would read differently (inside a class, after an escaped backslash).
 */
export function prefilterSource(pattern: string): string | null {
  let out = '';
  const groups: boolean[] = []; // per open group: is it a negative look-around
  let negatives = 0;
  for (const m of pattern.matchAll(PATTERN_TOKEN)) {
    const token = m[0];
    if (token === '\\b') out += negatives % 2 === 1 ? '(?!)' : '';
    else if (token.startsWith('\\')) {
      if (token === '\\\\' && pattern[m.index + 2] === 'b') return null;
      out += token;
    } else if (token.startsWith('[')) {
      if (token.includes('\\b')) return null;
      out += token;
    } else {
      if (token.startsWith('(')) {
        const negative = token === '(?!' || token === '(?<!';
        groups.push(negative);
        if (negative) negatives++;
      } else if (token === ')' && groups.pop()) negatives--;
      out += token;
    }
  }
  return out;
}

/** Scraped page text that is not part of the article (whole line, trimmed, lower case). */
const WEB_ARTIFACT_LINE = new RegExp(
  '^(?:' +
    [
      'loading\\s*\\.*',
      'đang tải\\s*\\.*',
      '(?:xem thêm|đọc thêm|xem tiếp|đọc tiếp)(?:\\s*[:>»›\\-–].*|\\s*\\.*|\\s+(?:tin|bài|các tin|các bài)\\s.*)?',
      '(?:ý kiến bạn đọc|gửi ý kiến|đánh giá bài viết|đăng nhập|in|trang chủ(?:\\s*[>»/›|].*)?)',
      '(?:tin|bài viết|bài) (?:mới nhất|nổi bật|xem nhiều|mới|đọc nhiều)\\s*:?',
      '(?:tin|bài|bài viết|tin bài|các tin|các bài)(?: liên quan| khác| cùng chuyên mục| mới hơn| cũ hơn| đã đưa)\\s*:?\\s*',
      'chia sẻ(?: bài viết| bài| tin| lên [\\p{L} ]{1,20})?\\s*:?',
      '(?:chia sẻ|share)(?: bài viết)?\\s*:?\\s*(?:(?:facebook|zalo|twitter|email|messenger|linkedin|in|print|copy link|sao chép liên kết)[\\s|,/]*)+',
      'share(?: this)?\\s*:?',
      'bình luận(?:\\s*\\(\\d+\\))?\\s*:?',
      '(?:gửi|viết) bình luận',
      '\\d+\\s+bình luận',
      'in bài(?: viết)?',
      'in trang',
      'bản in',
      'lưu bài(?: viết)?',
      '(?:trở về|quay lại|quay về)(?: trang trước| đầu trang| trang chủ)?',
      '(?:về|lên) đầu trang',
      '(?:số )?lượt xem\\s*:?\\s*[\\d.,]+',
      '[\\d.,]+\\s+lượt xem',
      '(?:lượt )?(?:thích|like)\\s*:?\\s*[\\d.,]*',
      'cỡ chữ\\s*:?.{0,12}',
      '(?:nghe|đọc) (?:bài viết|bài|tin)',
      'nghe đọc(?: bài viết| bài| tin)?',
      '(?:từ khóa|từ khoá|tags?)\\s*:.*',
      '(?:facebook|zalo|twitter|email|print)(?:\\s*[|,/]?\\s*(?:facebook|zalo|twitter|email|print|in|chia sẻ))*',
    ].join('|') +
    ')$',
  'u',
);

/** The longest trimmed line each line test reads (a longer one is never a dateline, a dated byline, junk). */
const DATELINE_MAX = 80;
const DATED_BYLINE_MAX = 120;
const WEB_ARTIFACT_MAX = 160;

/** Whether a line (any whitespace around) is scraped page text. */
export function isWebArtifactLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > WEB_ARTIFACT_MAX) return false;
  return isWebArtifactLower(t.toLowerCase());
}

/** isWebArtifactLine of a trimmed line of 1–160 characters, given lower-cased. */
function isWebArtifactLower(lower: string): boolean {
  if (WEB_ARTIFACT_LINE.test(lower)) return true;
  // A toolbar row of several widgets ("Lượt xem: 1.254    In trang", "Chia sẻ | Bình luận");
  // without a separator the split gives one part
  if (!HAS_WIDGET_SEPARATOR.test(lower)) return false;
  const widgets = lower.split(WIDGET_SEPARATOR).filter((part) => part !== '');
  return widgets.length > 1 && widgets.every((part) => WEB_ARTIFACT_LINE.test(part));
}

/** Between the widgets of a scraped toolbar row: a run of 2+ spaces or a bar/bullet. */
const WIDGET_SEPARATOR = /\s{2,}|\s*[|·•]\s*/u;
/** Whether WIDGET_SEPARATOR matches anywhere (cheap: no split). */
const HAS_WIDGET_SEPARATOR = /\s\s|[|·•]/u;

const TIME = '\\d{1,2}(?::|h)\\d{2}(?::\\d{2})?(?:\\s*(?:sa|ch|am|pm|gmt\\+?7))?';
const DATE = '(?:\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}|\\d{4}-\\d{1,2}-\\d{1,2})';
const SEP = '\\s*(?:[-–|,]\\s*)?';
const DATELINE = new RegExp(
  '^(?:(?:ngày đăng|đăng ngày|ngày cập nhật|cập nhật ngày|cập nhật|đăng lúc|thời gian đăng|ngày|đăng)(?: lúc)?\\s*:?\\s*)?' +
    '(?:(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|cn)\\s*,?\\s*)?' +
    `(?:${TIME}${SEP}(?:ngày\\s+)?${DATE}|${DATE}(?:${SEP}${TIME})?)` +
    '(?:\\s*\\(?gmt\\s*\\+\\s*0?7(?::00)?\\)?)?\\s*(?:\\|.*)?$',
  'u',
);

/** A portal's head line naming the date and the author (lower-cased): "Ngày đăng bài: 29/12/2020 | Tác giả: Thiện". */
const DATED_BYLINE = /^(?:ngày đăng(?: bài)?|đăng ngày|ngày cập nhật|cập nhật|ngày)\s*:?\s*[\d/.\-: ]{6,24}(?:\s*[|–-]\s*|\s+)(?:tác giả|người viết|tin, ảnh|tin và ảnh|bài, ảnh|tin|bài|pv|ctv)\s*:\s*[\p{L}]/u;

/** A publication time/date alone on a line: "14:30 26/05/2023", "Ngày đăng: 21/07/2023", "Thứ Ba, 14/03/2023 - 16:20". */
export function isDatelineLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > DATELINE_MAX) return false;
  return DATELINE.test(t.toLowerCase());
}

/**
 * What a line's text alone makes it, as segment reads it: 'junk' (isWebArtifactLine), else 'dateline'
 * (isDatelineLine), else 'byline' (a dated byline, DATED_BYLINE, of at most DATED_BYLINE_MAX code
 * units), else null; trimmed and lower-cased once for the three.
 */
export function lineKind(line: string): 'junk' | 'dateline' | 'byline' | null {
  const t = line.trim();
  if (t.length === 0 || t.length > WEB_ARTIFACT_MAX) return null; // longer than each test reads
  const lower = t.toLowerCase();
  if (isWebArtifactLower(lower)) return 'junk';
  if (t.length <= DATELINE_MAX && DATELINE.test(lower)) return 'dateline';
  if (t.length <= DATED_BYLINE_MAX && DATED_BYLINE.test(lower)) return 'byline';
  return null;
}

const TERMINAL = /[.!?…:;]["”’)\]»]*\s*$/u;
export function endsWithTerminal(text: string): boolean {
  return TERMINAL.test(text.length > 16 ? text.slice(-16) : text);
}

/** Number of whitespace-separated words, counting at most `limit` (stops early on long text). */
export function wordCount(text: string, limit = 1_000_000): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x3000;
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++n >= limit) return n;
    }
  }
  return n;
}

const LOWER = /\p{Ll}/u;
/** Upper-case headline: at least 4 letters and no lower-case letters. */
export function isAllCaps(text: string): boolean {
  let letters = 0;
  for (const ch of text) {
    if (LOWER.test(ch)) return false;
    if (LETTER.test(ch)) letters++;
  }
  return letters >= 4;
}

const STARTS_LOWER = /^\s*\p{Ll}/u;
export function startsLowerCase(text: string): boolean {
  return STARTS_LOWER.test(text);
}

/** An opening sentence "Sáng ngày 25/4/2023, …" rather than a headline. */
// an opening may lead with the weekday: "Chủ nhật, 15/3/2026, …", "Thứ Hai, ngày 16/3/2026, …"
const OPENING_START = ub(
  /^(?:(?:thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật),?\s+(?=\d|sáng|chiều|tối|trưa|ngày))?(?:sáng|chiều|tối|trưa|ngày|hôm nay|vào|trong (?:hai )?ngày|từ ngày|(?=\d{1,2}[/-]\d{1,2}[/-]\d{4}))\b[^,]{0,40}\d/u,
);
/** A news agency's tag before the dateline: "hnn.vn - ", "(baohaiduong.vn) – ", "ttxvn - ". */
const AGENCY_PREFIX = /^\(?[\p{L}\d.]{2,24}\)?\s*[-–—]\s+/u;
export function looksLikeOpeningSentence(lower: string): boolean {
  if (OPENING_START.test(lower)) return true;
  const tag = AGENCY_PREFIX.exec(lower);
  return tag !== null && OPENING_START.test(lower.slice(tag[0].length));
}

/** Labels of a byline: "Tác giả:", "Nguồn:", "Tin, ảnh:", … (lower case, with the colon). */
export const BYLINE_LABEL =
  /^(tác giả|nguồn tin|nguồn ảnh|nguồn|tin và ảnh|tin, ảnh|tin ảnh|tin\/ảnh|bài và ảnh|bài, ảnh|bài\/ảnh|tin|bài|ảnh|người viết|phóng viên|pv|ctv|cộng tác viên|biên tập|theo)\s*:/u;

/** Starts of photo captions (lower case). */
const CAPTION_START =
  ub(/^(?:toàn cảnh|quang cảnh|một số hình ảnh|hình ảnh|các đại biểu|đại biểu|các đồng chí|đồng chí|đ\/c|lãnh đạo|các đảng viên|ảnh minh họa|ảnh minh hoạ|ảnh(?![\p{L}\p{N}:])|hội nghị|kỳ họp|đại hội|buổi làm việc|phiên|các tập thể|tập thể|cử tri|ban thường vụ)/u);
const CAPTION_VERB =
  ub(/\b(?:phát biểu|khai mạc|bế mạc|chủ trì|trao|tặng|chụp ảnh|biểu quyết|thảo luận|tham luận|tham dự|dự hội nghị|dự (?:kỳ họp|kì họp|đại hội|buổi)|báo cáo|kết luận|chúc mừng|tham quan|kiểm tra)\b/u);
export function looksLikeCaption(lower: string): boolean {
  return CAPTION_START.test(lower) || CAPTION_VERB.test(lower);
}

/** A sentence opening with an introductory phrase and a comma ("Phát biểu chỉ đạo, …"): body text, not a caption. */
const BODY_INTRO = ub(
  /^(?:phát biểu (?:chỉ đạo|tại|kết luận|bế mạc)[^,]{0,50}|kết luận[^,]{0,50}|tuy nhiên|tuy vậy|bên cạnh[^,]{0,50}|(?:theo |qua )?báo cáo[^,]{0,50}|thay mặt[^,]{0,80}|dịp này|nhân dịp này|(?:trong )?năm \d{4}|(?:sáng|chiều|tối|trưa|ngày)\b[^,]{0,40}|về phía[^,]{0,40}|đồng thời|ngoài ra|bên cạnh đó|trong thời gian tới|thời gian tới),\s/u,
);
export function looksLikeBodySentence(lower: string): boolean {
  return BODY_INTRO.test(lower);
}

const PHOTO_START = ub(/^(?:toàn cảnh|quang cảnh|một số hình ảnh|hình ảnh|ảnh)\b/u);
/** A line about the photo itself: "Toàn cảnh …", "Quang cảnh …", "Ảnh: …". */
export function looksLikePhotoLine(lower: string): boolean {
  return PHOTO_START.test(lower);
}
const PERSON_START = ub(/^(?:đồng chí|đ\/c|các đồng chí|các đại biểu|đại biểu|lãnh đạo)\b/u);
const DIGIT = /\d/u;
/** A caption that ends with a full stop (rarer): a photo phrase, or a person doing something, no figures. */
export function looksLikeStoppedCaption(lower: string): boolean {
  if (PHOTO_START.test(lower)) return true;
  return PERSON_START.test(lower) && CAPTION_VERB.test(lower) && !DIGIT.test(lower);
}

/** A caption ending with a full stop may be long when it names a person's titles ("Đồng chí …, Bí thư …, phát biểu khai mạc kỳ họp."). */
export const STOPPED_CAPTION_WORDS = 30;

const UPPER_WORD = /^[\p{Lu}](?:\p{Ll}|\p{M})*[.,]?$/u;
/** A bare personal name: 2–6 capitalised words ("Nguyễn Đăng Thái"). */
export function looksLikeName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  return words.every((w) => UPPER_WORD.test(w));
}

// ---------------------------------------------------------------------------------------------
// Sentence cues. `head` is the lower-cased first ~250 characters of a sentence.

const ATTENDEES_START =
  ub(/^thành phần(?: tham dự| dự)?\s*:|^(?:(?:tới|về|vể|đến|cùng|đồng chí|các đại biểu|đại biểu)\s+)?(?:tham\s+)?dự\b[^.]{0,160}?\b(?:có|gồm)\b|^(?:đồng\s+)?chủ (?:trì|tọa|toạ)\b|^tham dự\b|^cùng (?:đi|dự|tham dự|làm việc|tiếp)\b|^về phía\b|^tiếp (?:và làm việc với )?đoàn\b|^(?:kỳ họp|kì họp|hội nghị|đại hội|buổi làm việc)[^.]{0,20} (?:vinh dự )?(?:có|được) (?:sự )?(?:tham dự|có mặt)|^(?:kỳ họp|kì họp|hội nghị|đại hội|buổi làm việc)[^.]{0,20} có [^.]{0,150}\b(?:tham dự|có mặt)\b|^(?:đồng chí|đ\/c)\s(?:(?!đề nghị|yêu cầu|chỉ đạo|mong muốn)[^.;]){0,180}\b(?:chủ trì|chủ tọa|chủ toạ|điều hành|(?:tới |về |đến )?dự (?:và (?:phát biểu )?chỉ đạo|hội nghị|kỳ họp|kì họp|đại hội|buổi))\b|^(?:đại biểu )?khách mời\b|^mời dự\b|^(?:hội nghị|kỳ họp|kì họp|đại hội|buổi làm việc|cuộc họp) (?:do|được) [^.]{0,120}\bchủ trì\b/u);
// every alternative names "chủ trì/tọa/toạ", "dự" or "có mặt"
const ATTENDEES_ANYWHERE = guarded(/\b(?:chủ trì|đồng chủ trì|chủ tọa|chủ toạ|đồng chủ tọa|đồng chủ toạ)\s+(?:hội nghị|kỳ họp|kì họp|đại hội|phiên|buổi|cuộc)|^[^.;]{0,40}\bdo (?:các )?(?:đồng chí|đ\/c)[^.;]{0,160}\bchủ trì\b|(?<!đại biểu |của )\b(?:tham dự|tới dự|về dự|đến dự)\b(?! đại hội| hội nghị| kỳ họp)|\bsự (?:tham dự|có mặt) của\b|[;,]\s*(?:tới |về )?(?:tham )?dự (?:và chỉ đạo )?(?:[^;.]{0,40}\s)?có\b|\bmời dự\b/u, (head) => head.includes('dự') || head.includes('chủ t') || head.includes('có mặt'));

/** "Các ông, bà: … tham dự.", "Ông …, Chủ tịch HĐND xã chủ trì.": people first, the verb last. */
const ATTENDEES_PEOPLE_FIRST = ub(/^(?:các |cùng )?(?:ông, bà|ông bà|ông|bà|đồng chí|đ\/c|lãnh đạo|đại diện|thường trực)\b/u);
const ATTENDEES_TAIL =
  ub(/\b(?:tham dự|đến dự|tới dự|về dự|cùng dự|chủ trì|chủ tọa|chủ toạ|điều hành)(?: (?:hội nghị|kỳ họp|kì họp|đại hội|buổi làm việc|cuộc họp|phiên họp))?\s*[.;]?\s*$/u);

/**
 * A sentence that names who presided or attended. `inOpening`: the sentence is inside the first body
 * paragraph; `tail`: the sentence's lower-cased end, asked for only when the head starts with people
 * or a title (few sentences do).
 */
export function isAttendeesSentence(head: string, inOpening: boolean, tail?: () => string): boolean {
  return (
    ATTENDEES_START.test(head) ||
    (inOpening && ATTENDEES_ANYWHERE.test(head)) ||
    (ATTENDEES_PEOPLE_FIRST.test(head) && ATTENDEES_TAIL.test(head)) ||
    (tail !== undefined && PEOPLE_OR_TITLE_FIRST.test(head) && ATTENDEES_END.test(tail()) && !ASKS.test(head))
  );
}

/**
 * A long list of guests whose verb comes after the head: "Tỉnh ủy viên, Bí thư Huyện ủy …; …
 * dự kỳ họp.", "Ông … – Phó Bí thư Tỉnh ủy … trực tiếp chỉ đạo Đại hội điểm." — tested on the
 * sentence's end (`tail`).
 */
const PEOPLE_OR_TITLE_FIRST = ub(
  /^(?:các |cùng )?(?:ông, bà|ông bà|ông|bà|đồng chí|đ\/c|lãnh đạo|đại diện|thường trực|tỉnh ủy viên|tỉnh uỷ viên|huyện ủy viên|huyện uỷ viên|ủy viên|uỷ viên|bí thư|phó bí thư|chủ tịch|phó chủ tịch)\b/u,
);
const ATTENDEES_END = ub(
  /\b(?:(?:tham|đến|tới|về|cùng) dự|dự và chỉ đạo|dự|(?:trực tiếp )?chỉ đạo|chủ trì|chủ tọa|chủ toạ|điều hành) (?:hội nghị|kỳ họp|kì họp|đại hội|buổi làm việc|cuộc họp|phiên họp)(?: điểm)?\s*[.;]?\s*$|\b(?:tham dự|đến dự|tới dự|về dự|cùng dự|chủ trì)\s*[.;]?\s*$/u,
);
const ASKS = /đề nghị|yêu cầu|nhấn mạnh|lưu ý|phát biểu/u;

const DIRECTIVES_FIRST = ub(/^(?:phát biểu|ý kiến) chỉ đạo\b|^chỉ đạo (?:tại|hội nghị|kỳ họp|đại hội|buổi)/u);
const DIRECTIVES =
  ub(/^phát biểu (?:tại|ý kiến tại)\b|^(?:tại|trong) (?:hội nghị|kỳ họp|kì họp|đại hội|buổi làm việc|phiên làm việc)[^.]{0,40}đồng chí[^.]{0,200}\b(?:đề nghị|yêu cầu|(?<!văn bản |sự |lãnh đạo |lãnh đạo, |công tác )chỉ đạo|nhấn mạnh|mong muốn|lưu ý)\b|^(?:đồng chí|đ\/c)\s[^.]{0,200}\b(?:phát biểu chỉ đạo|đề nghị|yêu cầu|nhấn mạnh|(?<!văn bản |sự |lãnh đạo |lãnh đạo, |công tác )chỉ đạo|lưu ý)\b|^thay mặt\b[^.]{0,160}\b(?:đề nghị|yêu cầu|(?<!văn bản |sự |lãnh đạo |lãnh đạo, |công tác )chỉ đạo|nhấn mạnh)\b/u);
const VISITOR_APPRAISAL = ub(/^(?:đồng chí|đ\/c)\s[^.]{0,120}\b(?:đánh giá cao|ghi nhận và đánh giá cao|biểu dương)\b/u);
/** "Tại hội nghị, đồng chí … đã trình bày báo cáo …": someone presents the report — results, not a directive. */
const REPORT_PRESENTED = ub(/^(?:tại|trong) (?:hội nghị|kỳ họp|kì họp|đại hội|buổi làm việc|cuộc họp|phiên họp)[^.]{0,40}(?:đồng chí|đ\/c|ông|bà)\s[^.]{0,120}\b(?:trình bày|thông qua|báo cáo)\b[^.]{0,20}\bbáo cáo\b|^(?:tại|trong) (?:hội nghị|kỳ họp|kì họp|đại hội|buổi làm việc|cuộc họp|phiên họp)[^.]{0,40}(?:đồng chí|đ\/c|ông|bà)\s[^.]{0,120}\btrình bày (?:báo cáo|tờ trình)\b/u);
const CONCLUDING_SPEECH = ub(/^phát biểu kết luận\b/u);
/** In a delegation visit the head of the delegation concludes: that is the directive. */
const CONCLUSION_START = ub(/^kết luận (?:buổi|phiên|cuộc|tại)\b/u);
/** CONCLUSION's sentence starts; CONCLUSION_ANYWHERE only matches around the words of hasConclusionWord. */
const CONCLUSION_START_ANY =
  ub(/^kết luận\b|^phát biểu bế mạc\b|^bế mạc\b|^thay mặt\b[^.]{0,160}\b(?:tiếp thu|kết luận|cảm ơn)/u);
// Passing resolutions and electing people are results (achievements), not the closing.
const CONCLUSION_ANYWHERE = ub(/\btiếp thu (?:đầy đủ |nghiêm túc )?(?:các |những )?ý kiến/u);
function hasConclusionWord(head: string): boolean {
  return head.includes('tiếp thu');
}
const SHORTCOMINGS_START = ub(/^(?:tuy nhiên|tuy vậy|bên cạnh (?:đó|những|các|kết quả)|hạn chế|những hạn chế|tồn tại|những tồn tại)\b/u);
const SHORTCOMINGS_WORDS =
  /(?:những|một số|các|còn|mặt|nhiều|chỉ ra|chỉ rõ|nêu|thẳng thắn)\s+(?:tồn tại,?\s+|khó khăn,?\s+)?(?:hạn chế|tồn tại|khuyết điểm|yếu kém|bất cập)/u;
/** Every SHORTCOMINGS_WORDS match contains one of these words. */
function hasShortcomingWord(head: string): boolean {
  return head.includes('hạn chế') || head.includes('tồn tại') || head.includes('khuyết điểm') || head.includes('yếu kém') || head.includes('bất cập');
}
const SHORTCOMINGS_STRONG_INNER = /(?:hạn chế|tồn tại|khuyết điểm|yếu kém|bất cập|khó khăn|chưa|còn)/u;
const DISCUSSION =
  ub(/^(?:các|nhiều|một số)\s+(?:ý kiến|đại biểu|đảng viên|tham luận)[^.]{0,80}(?:thảo luận|tham luận|ý kiến|phát biểu|đóng góp)|^(?:tại|trong) [^,]{0,40}(?:hội nghị|kỳ họp|kì họp|đại hội|buổi làm việc),? (?:các|nhiều) (?:đại biểu|ý kiến|đảng viên)[^.]{0,60}(?:thảo luận|tham luận|phát biểu|ý kiến)|^(?:thảo luận|trong phần thảo luận|phần thảo luận|tham luận)\b/u);
const COMMENDATIONS =
  /^(?:dịp này|nhân dịp này|cũng tại (?:hội nghị|đại hội|kỳ họp))[^.]{0,100}(?:khen|tặng|trao|biểu dương)|^[^.]{0,140}(?:khen thưởng|trao tặng|tặng (?:giấy|bằng) khen|trao (?:giấy|bằng) khen|được (?:[^.]{0,40})biểu dương)/u;
/** Every COMMENDATIONS match contains one of these words: test them before the regex. */
function hasCommendationWord(head: string): boolean {
  return head.includes('khen') || head.includes('tặng') || head.includes('trao') || head.includes('biểu dương');
}
/** TASKS: a sentence start, or "phương hướng, nhiệm vụ" early in the sentence. */
const TASKS_START =
  ub(/^(?:phát huy (?:những )?kết quả|về phương hướng|phương hướng|(?:trong )?(?:thời gian|năm|nhiệm kỳ|giai đoạn) tới|nhiệm vụ (?:năm|trọng tâm|thời gian|những tháng)|mục tiêu (?:năm|nhiệm kỳ|đến)|(?:năm|trong năm) \d{4},?[^.]{0,60}\bph[aâấầẩẫậ]n đấu\b|(?:theo đó,?\s*|trong\s+)?(?:0?\d|sáu|ba|chín) tháng cuối năm\b)/u);
const TASKS_PLAN = ub(/^[^.]{0,60}\bphương hướng,? nhiệm vụ\b/u);
/** Strong results cues: a sentence start, or RESULT_FIGURES (which needs a '/'). */
const ACHIEVEMENTS_START =
  ub(/^(?:theo |qua )?báo cáo\b|^sau khi nghe\b[^,.]{0,120}báo cáo|^kết quả\b|^hội nghị (?:đã )?(?:thông qua|nghe)\b[^.]{0,40}báo cáo|^(?:nửa|sau|trong|qua)\b[^,]{0,50}\b(?:nhiệm kỳ|năm|tháng|quý)\b[^.]{0,100}\b(?:đạt|hoàn thành)\b/u);

/** "Mặc dù còn nhiều khó khăn, hạn chế, xã đã đạt …" is a result, not a shortcoming. */
const CONCESSIVE_START = ub(/^(?:mặc dù|dù|tuy|trong (?:bối cảnh|điều kiện)|vượt qua|khắc phục)\b/u);
const RESULT_FIGURES = /(?:hoàn thành|đạt)(?: và vượt)? \d+\/\d+|\d+\/\d+ (?:chỉ tiêu|tiêu chí|mục tiêu)/u;

/** A paragraph reporting a past period: "Năm 2022, kinh tế của xã tiếp tục tăng trưởng khá", "Chín tháng năm 2023, … đạt". */
const PERIOD_START = ub(
  /^(?:(?:trong |từ đầu |qua )?(?:năm \d{4}|nhiệm kỳ \d{4}|nhiệm kỳ qua|quý [ivx\d]+|tháng \d+)|(?:sáu|chín|ba|\d+) tháng(?: đầu năm| qua| năm \d{4})?|nửa (?:đầu )?nhiệm kỳ|trong (?:nửa|tháng|quý|năm|nhiệm kỳ)\b|từ đầu (?:năm|nhiệm kỳ))[^.]{0,160}?\b(?:đã|đạt|hoàn thành|tăng trưởng|tăng|giảm|vượt|được|có hiệu quả|chuyển biến|phát huy)\b/u,
);
const FUTURE = ub(/\b(?:phấn đấu|sẽ|cần|tới|phải|kế hoạch năm|dự kiến)\b/u);

export type Cue = { name: SectionName; strong: boolean } | null;

/** paragraphCue's answers, one object per section (read-only; a cue is a value). */
const STRONG_CUES: Record<string, NonNullable<Cue>> = {
  achievements: { name: 'achievements', strong: true },
  attendees: { name: 'attendees', strong: true },
  commendations: { name: 'commendations', strong: true },
  conclusion: { name: 'conclusion', strong: true },
  directives: { name: 'directives', strong: true },
  discussion: { name: 'discussion', strong: true },
  shortcomings: { name: 'shortcomings', strong: true },
  tasks: { name: 'tasks', strong: true },
};

/**
 * The section a paragraph opens with, judged by its first sentence (lower-cased head; `wideHead`
 * runs on into the next sentence and is used for results figures only).
 * `lamViec`: the article is a delegation visit, where the head's concluding speech is the directive.
 */
export function paragraphCue(head: string, lamViec: boolean, wideHead: string = head, tail?: () => string): Cue {
  if (isAttendeesSentence(head, false, tail)) return STRONG_CUES.attendees;
  if (DIRECTIVES_FIRST.test(head)) return STRONG_CUES.directives;
  if (CONCLUDING_SPEECH.test(head) || (lamViec && CONCLUSION_START.test(head))) return lamViec ? STRONG_CUES.directives : STRONG_CUES.conclusion;
  if (CONCLUSION_START_ANY.test(head) || (hasConclusionWord(head) && CONCLUSION_ANYWHERE.test(head))) return STRONG_CUES.conclusion;
  if (REPORT_PRESENTED.test(head)) return STRONG_CUES.achievements;
  if (DIRECTIVES.test(head) || DIRECTIVES_INNER.test(head)) return STRONG_CUES.directives;
  // in a delegation visit its head's appraisal opens the speech: "Đồng chí Trưởng ban … đánh giá cao …"
  if (lamViec && VISITOR_APPRAISAL.test(head)) return STRONG_CUES.directives;
  if (AGENDA.test(head)) return STRONG_CUES.achievements;
  if (DISCUSSION_VERB_FIRST.test(head) && !PASSED.test(head.slice(0, 200))) return STRONG_CUES.discussion;
  if (SHORTCOMINGS_START.test(head) || SHORTCOMINGS_INNER.test(head)) return STRONG_CUES.shortcomings;
  if (DISCUSSION_COUNT.test(head) && !PASSED.test(head.slice(0, 200))) return STRONG_CUES.discussion;
  if (REVIEW_START.test(head)) return STRONG_CUES.achievements;
  if (!CONCESSIVE_START.test(head) && !(head.includes('/') && RESULT_FIGURES.test(head)) && hasShortcomingWord(head) && SHORTCOMINGS_WORDS.test(head.slice(0, 160))) {
    return STRONG_CUES.shortcomings;
  }
  if ((DISCUSSION.test(head) || DISCUSSION_ANY.test(head)) && !PASSED.test(head.slice(0, 200))) return STRONG_CUES.discussion;
  if (hasCommendationWord(head) && COMMENDATIONS.test(head)) return STRONG_CUES.commendations;
  if (TASKS_START.test(head) || TASKS_ANY.test(head) || (head.includes('phương hướng') && TASKS_PLAN.test(head))) return STRONG_CUES.tasks;
  // results figures may come in the second sentence ("Năm 2023 là năm thứ ba … . … đạt 15/22 chỉ tiêu")
  if (ACHIEVEMENTS_START.test(wideHead) || (wideHead.includes('/') && RESULT_FIGURES.test(wideHead))) return STRONG_CUES.achievements;
  if (PERIOD_START.test(head) && !FUTURE.test(head.slice(0, 120))) return STRONG_CUES.achievements;
  return null;
}

const CONCLUSION_INNER = /^kết luận (?:hội nghị|kỳ họp|kì họp|đại hội|buổi làm việc)/u;
const COMMENDATIONS_INNER = ub(/^(?:dịp này|nhân dịp này)\b[^.]{0,100}(?:khen|tặng|trao|biểu dương)|^(?:(?:cũng )?tại (?:hội nghị|đại hội|kỳ họp|kì họp),?\s*)?(?:hội nghị|đại hội|kỳ họp|kì họp|ubnd [^.]{0,40}|đảng ủy [^.]{0,40}) (?:cũng )?(?:đã )?(?:khen thưởng|trao (?:tặng )?(?:giấy|bằng) khen|tặng (?:giấy|bằng) khen)\b/u);
const TASKS_INNER = ub(/^(?:về )?phương hướng,? nhiệm vụ\b/u);

/**
 * A directive sentence after results in the same paragraph: someone (a comrade, the delegation)
 * asks or proposes — "Đồng chí Bí thư đề nghị các chi bộ …", "Đoàn công tác đề nghị …",
 * "Để thực hiện tốt nhiệm vụ …, đồng chí … yêu cầu …", "Đồng thời, yêu cầu …".
 */
const DIRECTIVES_INNER = ub(
  /^(?:(?:đồng thời|ngoài ra|bên cạnh đó|qua đó|trên cơ sở đó)[, ]\s*)?(?:(?:đồng chí|đ\/c|ông|bà)\s[^.]{0,200}|(?:đoàn công tác|đoàn giám sát|đoàn kiểm tra|trưởng đoàn|đoàn)\b[^.]{0,60})\b(?:đề nghị|yêu cầu|(?<!văn bản |sự |lãnh đạo |lãnh đạo, |công tác )chỉ đạo|lưu ý|nhấn mạnh)\b|^(?:qua (?:kiểm tra|làm việc|buổi làm việc|đó)|sau khi (?:nghe|kiểm tra|làm việc)[^,.]{0,160}?(?=đồng chí|đ\/c|,))[, ]\s*(?:(?:đồng chí|đ\/c|ông|bà)\s[^.]{0,200}|(?:đoàn công tác|đoàn giám sát|đoàn kiểm tra|trưởng đoàn|đoàn)\b[^.]{0,60})\b(?:đề nghị|yêu cầu|(?<!văn bản |sự |lãnh đạo |lãnh đạo, |công tác )chỉ đạo|lưu ý|nhấn mạnh|ghi nhận|đánh giá cao|biểu dương)\b|^để (?:thực hiện|hoàn thành|làm tốt|đạt)\b[^.]{0,200}\b(?:đồng chí|đ\/c|ông|bà|đoàn)\b[^.]{0,160}\b(?:đề nghị|yêu cầu|(?<!văn bản |sự |lãnh đạo |lãnh đạo, |công tác )chỉ đạo|lưu ý)\b|^(?:đồng thời|ngoài ra|bên cạnh đó),?\s+(?:đồng chí\s+)?(?:đề nghị|yêu cầu|(?<!văn bản |sự |lãnh đạo |lãnh đạo, |công tác )chỉ đạo|lưu ý)\b|^(?:đồng chí|đ\/c)\s+(?:cũng\s+)?(?:đề nghị|yêu cầu|(?<!văn bản |sự |lãnh đạo |lãnh đạo, |công tác )chỉ đạo|lưu ý)\b|^(?:(?:do đó|vì vậy|vì thế|theo đó),?\s*)?(?:đề nghị|yêu cầu)\b|^(?:hội nghị|kỳ họp|kì họp|đại hội|buổi làm việc) (?:đã )?(?:được )?nghe (?:đồng chí|đ\/c)(?:(?!khai mạc|tham luận|báo cáo|trình bày)[^.]){0,160}\bphát biểu\b/u,
);
/** Delegates' contributions: "Kỳ họp có 08 ý kiến phát biểu", "Nhìn chung các đại biểu thống nhất cao …". */
const DISCUSSION_ANY = ub(
  /^(?:(?:nhìn chung|trên cơ sở[^,.]{0,60}|ngoài ra|sau khi nghe[^,.]{0,160}),?\s*)?(?:(?:cũng )?(?:tại|trong) (?:hội nghị|kỳ họp|kì họp|đại hội|buổi làm việc|cuộc họp|phiên họp|buổi tiếp xúc)[^,]{0,30},?\s*)?(?:các|nhiều|bà con)\s+(?:vị\s+)?(?:đại biểu|ý kiến|đảng viên|cử tri)\b[^.]{0,100}\b(?:thảo luận|tham luận|phát biểu|ý kiến|góp ý|đóng góp|thống nhất cao)|^(?:kỳ họp|kì họp|hội nghị|đại hội) (?:đã )?có \d+ (?:lượt )?(?:ý kiến|đại biểu|lượt)[^.]{0,30}\b(?:phát biểu|thảo luận|tham luận)|^(?:các )?đại biểu (?:cũng )?(?:đã )?(?:được )?nghe (?:các |\d+ )?tham luận\b/u,
);
/** "Ngoài ra, tại hội nghị cũng đã thảo luận, chỉ ra …": the discussion itself is the verb. */
const DISCUSSION_VERB_FIRST = ub(/^(?:ngoài ra,?\s*)?(?:(?:tại|trong) (?:hội nghị|kỳ họp|kì họp|đại hội|cuộc họp|phiên họp)[^,]{0,30},?\s*)?(?:hội nghị |đại hội |kỳ họp |(?:các |nhiều )?(?:vị )?(?:đại biểu|đảng viên) )?(?:cũng )?(?:đã )?(?:dành (?:nhiều )?thời gian (?:để )?)?(?:tập trung |tích cực |thẳng thắn |sôi nổi )?(?:thảo luận|trao đổi|tham gia ý kiến|góp ý)\b/u);
const PASSED = /thông qua|biểu quyết|quyết nghị/u;
/** "…, đã có 4 ý kiến đóng góp …": counted contributions are the discussion. */
// "Qua buổi tiếp xúc có 10 ý kiến đặt ra …", "Tại các cuộc TXCT, có lượt cử tri phát biểu" (number lost)
const DISCUSSION_COUNT = guarded(/^[^.]{0,80}\bcó (?:\d+ (?:lượt )?(?:ý kiến|tham luận|lượt đại biểu|đại biểu|lượt cử tri|cử tri)|(?:\d+ )?lượt (?:cử tri|ý kiến))\b[^.]{0,40}\b(?:phát biểu|thảo luận|tham luận|đóng góp|góp ý|đặt ra|kiến nghị|phản ánh)/u, startsWithinCo);
/** DISCUSSION_COUNT's "có " starts at most 80 characters in, with no full stop before it. */
function startsWithinCo(head: string): boolean {
  const at = head.indexOf('có ');
  return at !== -1 && at <= 80 && head.lastIndexOf('.', at) === -1;
}
/** "Hội nghị đã đánh giá kết quả …, làm rõ những hạn chế …": a review of results, limits named in passing. */
// also "Tại hội nghị đồng chí Bí thư đã quán triệt …; đánh giá kết quả thực hiện nhiệm vụ …"
const REVIEW_START = ub(/^(?:hội nghị|đại hội|kỳ họp|kì họp) (?:đã )?(?:đánh giá|tổng kết|kiểm điểm)\b[^.]{0,40}\bkết quả\b|^(?:tại|trong) (?:hội nghị|kỳ họp|kì họp|đại hội)\b[^.]{0,160}\bđánh giá kết quả\b/u);
/**
 * The business of the meeting told as what it did: "Tại kỳ họp, các vị đại biểu đã xem xét, thảo
 * luận tờ trình …", "Tại phiên trù bị, Đại hội đã tiến hành bầu Đoàn Chủ tịch …", "Tại phiên họp
 * này đã bàn bạc và đi đến thống nhất …" — results, not the debate (considering drafts, voting,
 * electing, agreeing).
 */
const AGENDA = ub(
  /^(?:tại|trong) [^,.]{0,40},\s*(?:các (?:vị )?đại biểu|kỳ họp|kì họp|hội nghị|đại hội) (?:đã |cũng )?(?:tiến hành )?(?:xem xét|nhất trí thông qua|thông qua|biểu quyết|bầu)\b|^(?:tại|trong) (?:phiên họp|cuộc họp|hội nghị|kỳ họp|kì họp)(?: này)?,? (?:đã )?(?:bàn bạc|thảo luận)\b[^.]{0,20}\bđi đến thống nhất\b/u,
);
/** A discussion sentence, unless it reports votes (results). */
export function isDiscussionSentence(head: string): boolean {
  return (DISCUSSION_ANY.test(head) || DISCUSSION_VERB_FIRST.test(head) || DISCUSSION_COUNT.test(head)) && !PASSED.test(head.slice(0, 200));
}
/** "Hội nghị đã triển khai nhiệm vụ …", "Nhiệm kỳ 2020 – 2025, Chi bộ … phấn đấu …". */
const TASKS_ANY = ub(
  /^(?:hội nghị|đại hội|kỳ họp|kì họp) (?:cũng )?(?:đã )?(?:triển khai|đề ra|thống nhất|xác định)[^.]{0,40}\b(?:nhiệm vụ|phương hướng|mục tiêu|giải pháp)\b|^(?:nhiệm kỳ|năm|giai đoạn) \d{4}[^,.]{0,12},[^.]{0,80}\bph[aâấầẩẫậ]n đấu\b/u,
);

/** Results told inside the opening paragraph: "Sau khi nghe … báo cáo …, đoàn công tác đi kiểm tra …". */
const ACHIEVEMENTS_INNER = ub(/^(?:sau khi nghe|theo báo cáo|báo cáo (?:tại|của)|qua báo cáo)\b/u);
/** "Hội nghị đã nghe báo cáo kết quả …": the report is the results. */
const HEARD_REPORT = ub(/^(?:hội nghị|kỳ họp|kì họp|đại hội) (?:cũng )?(?:đã )?(?:được )?nghe\b[^.]{0,40}\bbáo cáo\b/u);
/** "Kỳ họp đã thông qua 04 Nghị quyết": votes are results wherever they stand. */
const PASSED_START = ub(/^(?:(?:tại|trong) [^,.]{0,40},\s*)?(?:kỳ họp|kì họp|hội nghị|đại hội) (?:đã |cũng )?(?:tiến hành )?(?:nhất trí |thống nhất )?(?:biểu quyết )?(?:thông qua|quyết nghị|ban hành|bầu)\b/u);
/** "Thẳng thắn chỉ ra mặt còn hạn chế …", "Hội nghị cũng chỉ rõ những tồn tại …". */
const SHORTCOMINGS_INNER = ub(
  /^(?:(?:hội nghị|đại hội|kỳ họp|đoàn|các đại biểu)\s+(?:cũng\s+)?(?:đã\s+)?)?(?:thẳng thắn\s+)?(?:chỉ ra|chỉ rõ|nhìn nhận|thẳng thắn nêu|nêu rõ)\b[^.]{0,60}\b(?:hạn chế|tồn tại|khuyết điểm|yếu kém|bất cập)/u,
);

/** A section that starts inside a paragraph: only unmistakable sentence starts count. */
export function innerCue(head: string, lamViec: boolean, inOpening: boolean, tail?: () => string): SectionName | null {
  if (isAttendeesSentence(head, inOpening, tail)) return 'attendees';
  if (DIRECTIVES_FIRST.test(head)) return 'directives';
  if (!inOpening && DIRECTIVES_INNER.test(head)) return 'directives';
  if (AGENDA.test(head)) return 'achievements';
  if (!inOpening && isDiscussionSentence(head)) return 'discussion';
  if (!inOpening && TASKS_ANY.test(head)) return 'tasks';
  if (SHORTCOMINGS_INNER.test(head)) return 'shortcomings';
  if (inOpening && ACHIEVEMENTS_INNER.test(head)) return 'achievements';
  if (PASSED_START.test(head)) return 'achievements';
  if (HEARD_REPORT.test(head)) return 'achievements';
  if (CONCLUSION_INNER.test(head)) return 'conclusion';
  if (CONCLUDING_SPEECH.test(head)) return lamViec ? 'directives' : 'conclusion';
  if (SHORTCOMINGS_START.test(head) && SHORTCOMINGS_STRONG_INNER.test(head.slice(0, 200))) return 'shortcomings';
  if (COMMENDATIONS_INNER.test(head)) return 'commendations';
  if (TASKS_INNER.test(head)) return 'tasks';
  return null;
}
