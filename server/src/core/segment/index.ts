// Segmentation: lines → units (title, dateline, junk, captions, byline, body paragraphs) →
// sections, and the article kind. All offsets are NFC offsets into doc.nfc.
//
// A section may begin inside a paragraph (the attendees usually sit in the opening paragraph),
// so body paragraphs are split into sentences and unmistakable sentence starts open a section.
// Captions are short lines of their own and do not break the flow of the body.

import type { TextDoc } from '../text/textdoc';
import type { ArticleKind, Config, Section, SectionName } from '../types';
import {
  BYLINE_LABEL,
  endsWithTerminal,
  guarded,
  innerCue,
  isAttendeesSentence,
  isAllCaps,
  lineKind,
  looksLikeCaption,
  looksLikeName,
  looksLikeOpeningSentence,
  looksLikePhotoLine,
  looksLikeStoppedCaption,
  STOPPED_CAPTION_WORDS,
  ub,
  looksLikeBodySentence,
  paragraphCue,
  type Cue,
  type CuePattern,
  startsLowerCase,
  wordCount,
} from './cues';

export { buildCuePatternsWhole } from './cues';
export { expectationFor } from './kinds';
export { SECTION_SKELETONS } from './skeletons';

export interface Segmentation {
  kind: ArticleKind;
  /** Sections in text order, NFC offsets. */
  sections: Section[];
}

export type UnitType = 'junk' | 'dateline' | 'title' | 'text' | 'caption' | 'byline' | 'body';

interface Unit {
  start: number;
  end: number;
  /** Filled once lines are merged. */
  text: string;
  lastLine: number;
  lastLineText: string;
  lines: number;
  type: UnitType;
  /** What the memo keeps for the unit's text (with a memo). */
  readings?: TextReadings;
}

/** The type a line has by its text alone. */
function lineType(text: string): UnitType {
  // junk, dateline, dated byline in turn, reading the line once
  return lineKind(text) ?? 'text';
}

/** The memo's readings of a text, created empty when there are none. */
function readingsOf(memo: SegmentMemo, text: string): TextReadings {
  let readings = memo.get(text);
  if (!readings) memo.set(text, (readings = {}));
  return readings;
}

function buildUnits(doc: TextDoc, memo?: SegmentMemo): Unit[] {
  const units: Unit[] = [];
  const lines = doc.lines;
  // indexed loops: see core/incremental on for…of in the interpreter
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const raw = line.text;
    const trimmedEnd = raw.trimEnd();
    if (trimmedEnd.length === 0) continue;
    // trimStart removes what /^\s*/ matches (white space and line terminators), without a match array
    const text = trimmedEnd.trimStart();
    const start = line.start + (trimmedEnd.length - text.length);
    const end = line.start + trimmedEnd.length;
    const readings = memo ? readingsOf(memo, text) : undefined;
    const type = readings ? (readings.lineType ??= lineType(text)) : lineType(text);
    const last = units.length > 0 ? units[units.length - 1] : undefined;
    if (
      type === 'text' &&
      last !== undefined &&
      last.type === 'text' &&
      last.lastLine === line.index - 1 &&
      !endsWithTerminal(last.lastLineText) &&
      startsLowerCase(text)
    ) {
      // a hard-wrapped paragraph: the line continues the previous one
      last.end = end;
      last.lastLine = line.index;
      last.lastLineText = text;
      last.lines++;
      continue;
    }
    units.push({ start, end, text: '', lastLine: line.index, lastLineText: text, lines: 1, type, readings });
  }
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    // a one-line unit is its line's text (the same characters: no second slice)
    if (u.lines === 1) u.text = u.lastLineText;
    else {
      u.text = doc.nfc.slice(u.start, u.end);
      if (memo) u.readings = readingsOf(memo, u.text);
    }
  }
  return units;
}

/** wordCount(u.text, 41), kept in the memo's readings. */
function words41(u: Unit): number {
  return u.readings ? (u.readings.words41 ??= wordCount(u.text, 41)) : wordCount(u.text, 41);
}

/** endsWithTerminal(u.text), kept in the memo's readings. */
function terminal(u: Unit): boolean {
  return u.readings ? (u.readings.terminal ??= endsWithTerminal(u.text)) : endsWithTerminal(u.text);
}

const ORG_START =
  /^(?:văn phòng|ban biên tập|ban tuyên giáo|đài truyền thanh|đài|ubnd|hđnd|ủy ban|uỷ ban|đảng ủy|đảng uỷ|trung tâm|cổng thông tin|trang thông tin|bộ phận)\s/u;
const DASH_SPLIT = /\s[–—-]\s/u;
const FIELD_LABEL = /^(?:thành phần(?: tham dự| dự)?|nội dung|thời gian|địa điểm|chủ trì)\s*:/u;
const INITIALS_NAME = /^(?:\p{Lu}\.\s?){1,3}\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?$/u;

function isBylineLike(text: string, lower: string): boolean {
  if (BYLINE_LABEL.test(lower)) return true;
  // "BBT", "TT. HĐND XÃ": an abbreviated signature
  if (SHORT_CAPS.test(text) && wordCount(text, 6) <= 4) return true;
  if (looksLikeName(text)) return true;
  // "X.Trinh", "N.T.Hà": initials and a given name
  if (INITIALS_NAME.test(text)) return true;
  if (ORG_START.test(lower)) return true;
  const dash = DASH_SPLIT.exec(text);
  if (dash && dash.index > 0 && looksLikeName(text.slice(0, dash.index))) return true;
  const comma = text.indexOf(',');
  if (comma > 0 && looksLikeName(text.slice(0, comma))) return true;
  return false;
}

const PHOTO_CREDIT_END = /\((?:ảnh|Ảnh|ẢNH|nguồn ảnh|Nguồn ảnh)(?:\s*:|\s)[^()]{0,60}\)\s*\.?$/u;
const LIST_ITEM = /^(?:\d{1,2}[.)]\s|[a-zđ]\)\s|[-–+•]\s|thứ (?:nhất|hai|ba|tư|năm)\s*[:,])/iu;
const SPACES = /\s+/gu;
/** Lower case, spaces squeezed: to compare a line with the headline. Exported for tests. */
export function squash(text: string): string {
  return text.toLowerCase().replace(SPACES, ' ').trim();
}
/**
 * Whether squash(text) can start with `key`: its first character, lower-cased, must start the key
 * (units are trimmed, so it is the squashed text's first character). Skips squashing every short
 * line of a long document (most of segment's time on a 1 MB text). Exported for tests.
 */
export function startsLikeTitle(text: string, key: string): boolean {
  const first = text.codePointAt(0);
  return first !== undefined && key.startsWith(String.fromCodePoint(first).toLowerCase());
}
/**
 * squash(text).startsWith(key) without squashing all of a long paragraph: the squash of a head of
 * the text is a prefix of the text's squash up to its last character (lower-casing goes character
 * by character, except a capital sigma, which looks at what follows: a head with one is not used).
 * Called after startsLikeTitle, which has already compared the first character.
 */
function squashStartsWith(text: string, key: string): boolean {
  const cut = 2 * key.length + 16;
  if (text.length > cut) {
    const head = text.slice(0, cut);
    if (!head.includes('\u03a3')) {
      const squashed = squash(head);
      if (squashed.length > key.length) return squashed.startsWith(key);
    }
  }
  return squash(text).startsWith(key);
}
const CAPITALISED = /^[\p{Lu}\d]/u;
const SIGNATURE_DASH = /\S\s[–—]\s/u;
/**
 * A short last line that may be a signature ("Bt: Như Ý", "CTV Lâm Hiền"): 2–8 words, half of
 * them capitalised, not a list item — unlike a sentence cut short ("Trong chương trình").
 */
function looksLikeSignature(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  if (words.length > 8) return false;
  // "Name – Unit", "– Đài truyền thanh xã" (a garbled one byline-format reports), a "[Họ tên]" placeholder
  if (SIGNATURE_DASH.test(text) || /^[–—[]/u.test(text)) return true;
  if (words.length < 2 || LIST_ITEM.test(text)) return false;
  return words.filter((w) => CAPITALISED.test(w)).length * 2 >= words.length;
}
const SHORT_CAPS = /^[\p{Lu}][\p{Lu}.\s&-]*[\p{Lu}]$/u;
const FINAL_STOP = /\.\s*$/u;
const PARENS = /^\((.*)\)$/u;
function stripStop(text: string): string {
  const t = text.replace(FINAL_STOP, '');
  return PARENS.exec(t)?.[1] ?? t;
}

function isTitleLike(u: Unit): boolean {
  if (u.lines !== 1) return false;
  const words = wordCount(u.text, 41);
  if (words > 40) return false;
  if (isAllCaps(u.text)) return true;
  if (endsWithTerminal(u.text)) return false;
  return !looksLikeOpeningSentence(u.text.toLowerCase());
}

/** A headline ending with a full stop: a short first line followed by the dateline or the opening sentence. */
function isStoppedTitle(units: Unit[], u: Unit): boolean {
  if (u.lines !== 1 || wordCount(u.text, 36) > 35 || !/[^.]\.$/u.test(u.text) || looksLikeOpeningSentence(u.text.toLowerCase())) return false;
  // "Căn cứ Thông báo số …, …." gives the opening's context: not a headline
  if (CONTEXT_START.test(u.text.toLowerCase())) return false;
  const i = units.indexOf(u);
  const next = units.slice(i + 1).find((n) => n.type !== 'junk');
  if (!next) return false;
  return next.type === 'dateline' || looksLikeOpeningSentence(next.text.toLowerCase());
}

function classifyUnits(units: Unit[]): void {
  const content: Unit[] = units.filter((u) => u.type === 'text');
  if (content.length === 0) return;
  let first = 0;
  if (content.length > 1 && (isTitleLike(content[0]) || isStoppedTitle(units, content[0]))) {
    content[0].type = 'title';
    first = 1;
  }
  // The trailing zone after the last body paragraph: short lines (captions, byline, photo credits).
  let zoneStart = content.length;
  for (let i = content.length - 1; i >= first; i--) {
    const u = content[i];
    const short = u.lines === 1 && wordCount(u.text, 21) <= 20;
    if (!short) break;
    const lower = u.text.toLowerCase();
    const bodyLike = wordCount(u.text, 7) > 6 && looksLikeBodySentence(lower);
    const signed = wordCount(u.text, 13) <= 12 && /[^.]\.$/u.test(u.text) && isBylineLike(stripStop(u.text), stripStop(lower));
    if (short && !bodyLike && (BYLINE_LABEL.test(lower) || !endsWithTerminal(u.text) || signed)) zoneStart = i;
    else break;
  }
  // Leave at least one body paragraph.
  if (zoneStart === first && zoneStart < content.length) zoneStart++;
  let bylineFrom = -1;
  for (let i = zoneStart; i < content.length; i++) {
    const u = content[i];
    const lower = u.text.toLowerCase();
    if (isBylineLike(stripStop(u.text), stripStop(lower)) || (i === content.length - 1 && looksLikeSignature(u.text) && !looksLikeCaption(lower))) {
      bylineFrom = i;
      break;
    }
  }
  if (bylineFrom >= 0) {
    for (let i = bylineFrom; i < content.length; i++) {
      // a photo line after the signature ("Toàn cảnh sơ kết MTTQ xã …") is still a caption
      content[i].type = i > bylineFrom && looksLikePhotoLine(content[i].text.toLowerCase()) ? 'caption' : 'byline';
    }
  }
  const titleKey = first === 1 ? squash(content[0].text) : '';

  let bodySeen = false;
  for (let i = first; i < content.length; i++) {
    const u = content[i];
    if (u.type !== 'text') continue;
    const words = words41(u);
    const lower = u.lines === 1 && words <= 40 ? u.text.toLowerCase() : '';
    let caption = false;
    if (u.lines === 1) {
      if (!terminal(u)) caption = words <= 35 && !(!bodySeen && looksLikeOpeningSentence(lower) && words > 8) && !(words > 6 && looksLikeBodySentence(lower));
      else caption = words <= STOPPED_CAPTION_WORDS && /[^.]\.$/u.test(u.text) && looksLikeStoppedCaption(lower) && bodySeen;
    }
    if (caption && !bodySeen && i === first && words > 12 && !looksLikeStoppedCaption(lower)) caption = false;
    // a numbered or dashed list item is running text, and so is a line after "… như sau:"
    if (caption && (LIST_ITEM.test(u.text) || (i > first && /:\s*$/u.test(content[i - 1].text)))) caption = false;
    // a field of a notice ("Thành phần: …", "Nội dung: …", "Thời gian: …") is running text
    if (caption && FIELD_LABEL.test(lower)) caption = false;
    // the headline repeated under the photo
    if (!caption && titleKey.length >= 40 && u.lines === 1 && words <= 45 && startsLikeTitle(u.text, titleKey) && squashStartsWith(u.text, titleKey.slice(0, 50))) caption = true;
    // "… phát biểu tại hội trường (ảnh: Thiện)": a photo credit closes a caption
    if (u.lines === 1 && words <= 40 && PHOTO_CREDIT_END.test(u.text)) caption = true;
    u.type = caption ? 'caption' : 'body';
    if (!caption) bodySeen = true;
  }
}

// Sentence boundaries: terminal punctuation, optional closing quote, space, then an upper-case
// letter, a digit or an opening quote.
const SENTENCE_END = /[.!?…]+["”’)]*\s+(?=[\p{Lu}\d"“(])/gu;

function sentenceStarts(text: string): number[] {
  const starts = [0];
  SENTENCE_END.lastIndex = 0;
  // a match ends where the next sentence starts (lastIndex); test() builds no match array, and no match is empty
  while (SENTENCE_END.test(text)) starts.push(SENTENCE_END.lastIndex);
  return starts;
}

const HEAD = 260;
/** How much of a sentence's end the attendee cue reads (a guest list's verb comes last). */
const TAIL = 80;

// First match wins: a meeting with voters "trước kỳ họp" is not the session itself, a chi bộ
// congress names its Đảng bộ, a delegation may come to check a congress's preparation.
const KIND_CUES: [ArticleKind, CuePattern][] = [
  // a conference that studies a resolution or prepares a congress or a session is not one, nor is
  // the council's standing committee meeting ("Thường trực HĐND … tổ chức cuộc họp thống nhất nội dung …")
  ['other', /(?:học tập|quán triệt|phổ biến|triển khai (?:kế hoạch|công tác chuẩn bị)|chuẩn bị (?:nội dung|văn kiện|công tác|tốt cho|cho))[^.]{0,80}(?:đại hội|kỳ họp|kì họp|nghị quyết hội nghị)|hội nghị (?:lần thứ [^.]{0,20})?ban chấp hành trung ương|thường trực (?:hđnd|hội đồng nhân dân)[^.]{0,40}\btổ chức (?:cuộc |phiên )?họp\b|(?:thống nhất|chuẩn bị|xây dựng) (?:dự kiến )?(?:nội dung|chương trình)[^.]{0,20}(?:kỳ họp|kì họp)/u],
  // "Trong 9 tháng đầu năm 2025, HĐND phường đã …": a period review, even of the council
  ['so-ket-dinh-ky', /(?:^|\n)(?:trong |qua )?(?:\d{1,2}|sáu|ba|chín) tháng (?:đầu )?năm\b/u],
  ['tiep-xuc-cu-tri', guarded(/(?:tổ chức|hội nghị|buổi|cuộc|đã|tiến hành|đến|đại biểu[^.]{0,60})\s(?:cho [^.]{0,30})?tiếp xúc(?:, đối thoại)?(?: với)?(?: các)? cử tri|tiếp xúc cử tri (?:trước|sau) kỳ họp|(?:lịch|buổi|hội nghị) tiếp xúc cử tri|tiếp xúc cử tri[^.]{0,80}(?:trước|sau) (?:kỳ|kì) họp/u, (t) => t.includes('tiếp xúc'))],
  // "tổ chức 37 kỳ họp" counts sessions over a term: not a session
  ['ky-hop-hdnd', /(?<!\d )(?:kỳ họp|kì họp)/u],
  ['bau-cu', /ngày (?:hội )?bầu cử|cử tri[^.]{0,60}(?:đi bầu|bỏ phiếu)|(?:khu vực|tổ) bầu cử[^.]{0,60}(?:khai mạc|bỏ phiếu)|(?:diễn ra|khai mạc) (?:cuộc )?bầu cử/u],
  ['so-ket-giua-nhiem-ky', /giữa nhiệm kỳ|giữa nhiệm kì|nửa nhiệm kỳ|sơ kết (?:thực hiện )?(?:nghị quyết )?(?:giữa )?nhiệm kỳ/u],
  ['lam-viec-doan-cong-tac', /đoàn công tác|đoàn (?:kiểm tra|giám sát)[^.]{0,80}làm việc|làm việc (?:với|tại) (?:ban thường vụ |ban chấp hành |tập thể )?(?:đảng ủy|đảng uỷ|đảng bộ|ubnd|xã|phường|thị trấn)|(?:lãnh đạo (?:huyện|tỉnh|thành phố|thị xã)|(?:đồng chí|đ\/c)\s[^.]{0,120}(?:huyện ủy|huyện uỷ|tỉnh ủy|tỉnh uỷ|thành ủy|thị ủy|ubnd (?:huyện|tỉnh|thành phố|thị xã)|hđnd (?:huyện|tỉnh)))[^.]{0,60}\b(?:kiểm tra|làm việc|khảo sát)\b/u],
  ['dai-hoi-chi-bo', /chi bộ[^.]{0,100}(?:tổ chức|tiến hành|khai mạc)[^.]{0,40}đại hội|đại hội (?:đảng viên|chi bộ)/u],
  ['dai-hoi-dang-bo', /đại hội (?:đại biểu )?đảng bộ|đảng bộ[^.]{0,100}(?:tổ chức|tiến hành|khai mạc)[^.]{0,40}đại hội/u],
  ['hoi-nghi-bch', /ban chấp hành[^.]{0,60}mở rộng|hội nghị[^.]{0,60}mở rộng|hội nghị ban chấp hành/u],
  ['giao-ban', /giao ban|trực báo|(?:hội nghị|họp) (?:ban thường vụ|thường kỳ|định kỳ)[^.]{0,30} tháng \d{1,2}\b/u],
  ['so-ket-dinh-ky', /sơ kết[^.]{0,80}(?:\d+|sáu|ba|chín) tháng|sơ kết (?:công tác )?quý|(?:sơ kết|đánh giá|kết quả)[^.]{0,120}(?:\d+|sáu|ba|chín) tháng (?:đầu )?năm|quý (?:i|ii|iii|iv|\d)\b/u],
  ['tong-ket-nam', /tổng kết[^.]{0,140}năm \d{4}|tổng kết (?:công tác )?năm|hội nghị tổng kết/u],
  ['hoi-nghi-bch', /ban chấp hành đảng bộ[^.]{0,60}(?:tổ chức|tiến hành|họp) hội nghị|hội nghị (?:lần thứ|thường kỳ)[^.]{0,40}ban chấp hành/u],
  // Texts that start past their opening (cut or lede-less) still tell their kind by the way they talk:
  // the year-end appraisal of staff, a year reviewed, the chi bộ's past term, the BCH members present.
  ['tong-ket-nam', ub(/(?:đánh giá|kiểm điểm),? xếp loại[^.]{0,60}năm \d{4}|(?:^|\n|\. )(?:trong )?năm \d{4},(?![^.]{0,240}\b(?:phấn đấu|sẽ|dự kiến|mục tiêu|kế hoạch)\b)[^.]{0,240}\b(?:đã|đạt|hoàn thành|tăng trưởng)\b/u)],
  ['dai-hoi-chi-bo', ub(/(?:^|\n)(?:trong )?nhiệm (?:kỳ|kì) qua,? chi bộ\b/u)],
  ['hoi-nghi-bch', ub(/(?:^|\n)chủ trì hội nghị\b[^\n]{0,400}\b(?:ủy|uỷ) viên ban chấp hành đảng bộ\b/u)],
];

const YEAR_START = /^(?:trong |bước sang |sang )?năm (\d{4})\b/u;
const YEAR = /\bnăm ((?:19|20)\d{2})\b/u;
/** The first year an opening names (the year reviewed), 0 if none. */
function firstYear(text: string): number {
  const m = YEAR.exec(text.slice(0, 600));
  return m ? Number(m[1]) : 0;
}
const OPENING_SPEECH = /^(?:phát biểu )?khai mạc (?:kỳ họp|kì họp|hội nghị|đại hội)/u;
/** The context an opening gives before or after naming the event. */
const CONTEXT_START = /^(?:thực hiện|căn cứ|được sự|theo kế hoạch|trong không khí|nhằm|hướng tới|chào mừng)\s/u;
/** "Tại kỳ họp, …": the text refers back to an event it has not introduced. */
const BACK_REFERENCE = ub(/^(?:tại|trong) (?:kỳ họp|kì họp|hội nghị|đại hội|buổi làm việc|cuộc họp)\b/u);
/** Any sign of an event in a first paragraph (else it starts past the opening). */
const ANY_EVENT = ub(/\b(?:tổ chức|tiến hành|khai mạc|diễn ra|triệu tập|làm việc|kiểm tra|họp|dự|thăm|hội nghị|đại hội|kỳ họp|kì họp)\b|\d{1,2}[/-]\d{1,2}/u);
const EVENT_VERB = ub(/\b(?:tổ chức|tiến hành|khai mạc|diễn ra|triệu tập|làm việc|kiểm tra)\b/u);

/**
 * The opening's first sentence; when it names no event (a lede summary, a bare label line
 * "HĐND phường Kim Long:"), the following sentences up to ~400 characters, attendee sentences
 * left out. Photo captions are added last: they often name the event ("Toàn cảnh kỳ họp thứ 4").
 */
export function openingHead(units: Unit[]): string {
  let head = '';
  const captions: string[] = [];
  for (const u of units) {
    if (u.type === 'caption') {
      captions.push(u.text);
      continue;
    }
    if (u.type !== 'body' || head.length >= 400) continue;
    const text = u.text.slice(0, 600);
    const starts = sentenceStarts(text);
    for (let i = 0; i < starts.length && head.length < 400; i++) {
      const sentence = text.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : text.length);
      const lower = sentence.toLowerCase();
      if (head !== '' && isAttendeesSentence(lower, true)) continue;
      head += (head === '' ? '' : ' ') + sentence.slice(0, 400);
      if (EVENT_VERB.test(lower)) return `${head}\n${captions.join('\n')}`;
    }
  }
  return `${head}\n${captions.join('\n')}`;
}

function detectKind(title: string, opening: string): ArticleKind {
  const t = `${title}\n${opening}`.toLowerCase();
  for (const [kind, re] of KIND_CUES) if (re.test(t)) return kind;
  return 'other';
}

/**
 * What bodySections reads from one body paragraph's text alone (with the article's `lamViec`):
 * its sentence starts, its paragraph cue and its inner cues (with and without `inOpening`).
 * core/incremental keeps them per paragraph text across edits (a SegmentMemo); each is computed
 * exactly as without a memo, so the sections are the same.
 */
export interface UnitCues {
  lamViec: boolean;
  starts: number[];
  /** paragraphCue(firstHead, lamViec, wide, firstTail); undefined until asked. */
  cue?: Cue;
  /** innerCue of each sentence (index ≥ 1), by inOpening (0: false, 1: true); undefined until asked. */
  inner: [Array<SectionName | null> | undefined, Array<SectionName | null> | undefined];
  /** The year a paragraph starting "Năm 2026, …" names (0: none); undefined until asked. */
  yearStart?: number;
}

/**
 * What segmenting reads from a line's or a unit's text alone, each filled on first use: the line's
 * type, the unit's word count and final punctuation, a body paragraph's cues. core/incremental keeps
 * them per text across edits (a SegmentMemo); each is computed exactly as without a memo.
 */
export interface TextReadings {
  lineType?: UnitType;
  /** wordCount(text, 41). */
  words41?: number;
  /** endsWithTerminal(text). */
  terminal?: boolean;
  cues?: UnitCues;
}

export interface SegmentMemo {
  get(text: string): TextReadings | undefined;
  set(text: string, readings: TextReadings): void;
}

/**
 * `text` lower-cased whole, when each of its slices lower-cased alone is the same slice of it: the
 * same length (no letter lower-cases to more code units) and no Σ (whose lower case depends on what
 * follows it); else null (then each slice is lower-cased on its own, as before). A slice that would
 * split a surrogate pair is lower-cased alone too (lowerSlice).
 */
function lowerWhole(text: string): string | null {
  const low = text.toLowerCase();
  return low.length === text.length && text.indexOf('\u03a3') === -1 ? low : null;
}

/** Whether a slice of `text` at `from` / ending at `to` would split a surrogate pair (a low surrogate first, a high one last). */
function splitsPair(text: string, from: number, to: number): boolean {
  const first = text.charCodeAt(from);
  const last = text.charCodeAt(to - 1);
  return (first >= 0xdc00 && first <= 0xdfff) || (last >= 0xd800 && last <= 0xdbff);
}

/** text.slice(from, to).toLowerCase(), from `low` (lowerWhole(text)) when there is one. */
function lowerSlice(text: string, low: string | null, from: number, to: number): string {
  if (to > text.length) to = text.length;
  return low !== null && !splitsPair(text, from, to) ? low.slice(from, to) : text.slice(from, to).toLowerCase();
}

function innerCues(text: string, starts: number[], lamViec: boolean, inOpening: boolean, low: string | null = lowerWhole(text)): Array<SectionName | null> {
  const out: Array<SectionName | null> = [null];
  for (let s = 1; s < starts.length; s++) {
    const headEnd = s + 1 < starts.length ? Math.min(starts[s + 1], starts[s] + HEAD) : starts[s] + HEAD;
    const head = lowerSlice(text, low, starts[s], headEnd);
    const end = s + 1 < starts.length ? starts[s + 1] : text.length;
    const tailStart = Math.max(starts[s], end - TAIL);
    out.push(innerCue(head, lamViec, inOpening, () => lowerSlice(text, low, tailStart, end).trimEnd()));
  }
  return out;
}

/** A body paragraph's lower-cased head and first sentence's tail, read on first use: with a memo most paragraphs need none. */
class UnitHead {
  private wideText: string | undefined;
  private firstHeadText: string | undefined;
  /** lowerWhole(text); undefined until asked. */
  private lowText: string | null | undefined;
  constructor(
    private readonly text: string,
    private readonly starts: number[],
    private readonly firstEnd: number,
  ) {}
  /** The paragraph lower-cased whole (lowerWhole), shared by its heads and tails. */
  low(): string | null {
    if (this.lowText === undefined) this.lowText = lowerWhole(this.text);
    return this.lowText;
  }
  wide(): string {
    return (this.wideText ??= lowerSlice(this.text, this.low(), 0, HEAD));
  }
  firstHead(): string {
    return (this.firstHeadText ??= this.wide().slice(0, this.firstEnd));
  }
  firstTail(): string {
    const firstStop = this.starts.length > 1 ? this.starts[1] : this.text.length;
    return lowerSlice(this.text, this.low(), Math.max(0, firstStop - TAIL), firstStop).trimEnd();
  }
  /** The year of a "Năm 2026, …" start, 0 if none. */
  yearStart(): number {
    const m = YEAR_START.exec(this.firstHead());
    return m ? Number(m[1]) : 0;
  }
  /** paragraphCue of the paragraph, kept in `cues` when there is a memo. */
  cue(cues: UnitCues | undefined, lamViec: boolean): Cue {
    if (!cues) return paragraphCue(this.firstHead(), lamViec, this.wide(), () => this.firstTail());
    if (cues.cue === undefined) cues.cue = paragraphCue(this.firstHead(), lamViec, this.wide(), () => this.firstTail());
    return cues.cue;
  }
}

/** The section each body paragraph (and sentence run) belongs to. */
function bodySections(doc: TextDoc, units: Unit[], kind: ArticleKind): Section[] {
  const out: Section[] = [];
  const lamViec = kind === 'lam-viec-doan-cong-tac';
  let prev: SectionName | undefined;
  let bodyIndex = 0;
  let openingSeen = false;
  let openingEvent = false;
  let reviewedYear = 0;
  const push = (name: SectionName, start: number, end: number): void => {
    const last = out.length > 0 ? out[out.length - 1] : undefined;
    if (last && last.name === name && name !== 'captions' && name !== 'title' && name !== 'dateline') last.end = end;
    else out.push({ name, start, end });
  };
  for (const u of units) {
    switch (u.type) {
      case 'title':
        push('title', u.start, u.end);
        continue;
      case 'dateline':
        push('dateline', u.start, u.end);
        continue;
      case 'caption':
        push('captions', u.start, u.end);
        continue;
      case 'byline':
        push('byline', u.start, u.end);
        continue;
      case 'body':
        break;
      default:
        continue;
    }
    const readings = u.readings;
    let cues = readings?.cues;
    if (readings && (!cues || cues.lamViec !== lamViec)) readings.cues = cues = { lamViec, starts: sentenceStarts(u.text), inner: [undefined, undefined] };
    const starts = cues ? cues.starts : sentenceStarts(u.text);
    const firstEnd = starts.length > 1 ? Math.min(starts[1], HEAD) : HEAD;
    const head = new UnitHead(u.text, starts, firstEnd);
    let inOpening = false;
    let current: SectionName;
    if (!openingSeen && bodyIndex === 0) {
      // The first paragraph is the opening, unless the text starts past it: a lede of results
      // ("Năm 2025, phường … đạt …"), a back-reference ("Tại kỳ họp, …"), the attendees, or a
      // paragraph that names no event at all ("Chi bộ xóm Sòng hiện có 19 đảng viên …").
      const cue = looksLikeOpeningSentence(head.firstHead()) ? null : head.cue(cues, lamViec);
      if (cue && (cue.name === 'attendees' || cue.name === 'achievements')) current = cue.name;
      else if (BACK_REFERENCE.test(head.firstHead())) current = 'achievements';
      else if (cue || looksLikeOpeningSentence(head.firstHead()) || CONTEXT_START.test(head.firstHead()) || ANY_EVENT.test(head.firstHead()) || CONTEXT_START.test(head.wide().slice(firstEnd))) current = 'opening';
      else current = 'achievements';
    } else if (!openingSeen && looksLikeOpeningSentence(head.firstHead()) && EVENT_VERB.test(head.firstHead())) {
      current = 'opening';
    } else if (prev === 'opening' && (CONTEXT_START.test(head.firstHead()) || (!openingEvent && looksLikeOpeningSentence(head.firstHead())))) {
      // "Thực hiện Luật …", or after such context "Ngày 20/12/2023, … tổ chức hội nghị": the opening goes on
      current = 'opening';
    } else if ((prev === 'opening' || prev === 'attendees') && OPENING_SPEECH.test(head.firstHead())) {
      // "Phát biểu khai mạc kỳ họp, đồng chí …": still the ceremony, not yet the results; when the
      // text starts at the attendees (no opening before), the opening speech is the opening
      current = prev === 'attendees' && !openingSeen ? 'opening' : prev;
    } else {
      const cue = head.cue(cues, lamViec);
      current = cue ? cue.name : prev === undefined || prev === 'opening' || prev === 'attendees' ? 'achievements' : prev;
    }
    if (current === 'opening') {
      inOpening = true;
      openingSeen = true;
      if (EVENT_VERB.test(head.wide())) openingEvent = true;
      if (reviewedYear === 0) reviewedYear = firstYear(u.text);
    } else if (reviewedYear > 0 && current !== 'tasks' && current !== 'directives') {
      // "Năm 2026, xã tiếp tục …" after a review of 2025: the plans for the next period
      const year = cues ? (cues.yearStart ??= head.yearStart()) : head.yearStart();
      if (year > reviewedYear) current = 'tasks';
    }

    let pieceStart = u.start;
    const which = inOpening ? 1 : 0;
    const inners = cues ? (cues.inner[which] ??= innerCues(u.text, starts, lamViec, inOpening, head.low())) : innerCues(u.text, starts, lamViec, inOpening, head.low());
    for (let s = 1; s < starts.length; s++) {
      const inner = inners[s];
      if (inner && inner !== current) {
        push(current, pieceStart, u.start + starts[s]);
        current = inner;
        pieceStart = u.start + starts[s];
      }
    }
    push(current, pieceStart, u.end);
    prev = current;
    bodyIndex++;
  }
  void doc;
  return out;
}

export function segment(doc: TextDoc, config: Config, memo?: SegmentMemo): Segmentation {
  void config;
  const units = buildUnits(doc, memo);
  classifyUnits(units);
  const title = units.find((u) => u.type === 'title');
  const kind = detectKind(title ? title.text : '', openingHead(units));
  return { kind, sections: bodySections(doc, units, kind) };
}
