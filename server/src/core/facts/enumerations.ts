// Announced counts ("8 nhóm nhiệm vụ và giải pháp", "04 nhiệm vụ trọng tâm", "Trong 24 chỉ tiêu")
// and enumerations ((1)…(8); "1." "2." at line starts; a) b); "Một là…, Hai là…"; "thứ nhất … thứ tư").

import type { TextDoc } from '../text/textdoc';
import { NUMBER_WORDS, ORDINAL_WORDS, paragraphIndexAt } from '../text/numbers';
import type { CountFact, EnumerationFact, EnumerationItem } from './types';

const NUMBER_WORD_SOURCE = 'một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười';
const TASK_NOUN_SOURCE =
  'nhóm nhiệm vụ|nhóm giải pháp|nhóm vấn đề|nhóm nội dung|nhiệm vụ|giải pháp|nội dung|khâu đột phá|đột phá|chương trình|vấn đề|kiến nghị|đề xuất|yêu cầu|bài học|nhóm';
const TOTAL_NOUN_SOURCE = 'chỉ tiêu|mục tiêu|tiêu chí';

const COUNT_RE = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}.,/])(\d{1,2}|${NUMBER_WORD_SOURCE})\s+(${TASK_NOUN_SOURCE}|${TOTAL_NOUN_SOURCE})(?![\p{L}\p{M}])`,
  'giu',
);
const NOUN_CONTINUATION_RE = /^(?:,\s*|\s+và\s+)(?:nhiệm vụ|giải pháp)(?![\p{L}\p{M}])/u;
const MODIFIER_RE = /^\s+(trọng tâm|đột phá|chủ yếu|trọng điểm|cụ thể|căn cơ|cơ bản)(?![\p{L}\p{M}])/iu;
const TOTAL_CUE_RE = /(?<![\p{L}])(?:trong|trong số|trong tổng số|đề ra|xác định|gồm|bao gồm|giao|tổng số|tổng cộng)\s+$/u;
const ORDINAL_BEFORE_RE = /(?<![\p{L}])(?:thứ|lần|số|khóa|khoá|quý|tháng|năm|ngày)\s+$/u;

const PAREN_RE = /(?<![\p{L}\p{M}\p{N}])\((\d{1,2})\)(?=[ \t\u00a0]*[\p{L}\p{Lu}])/gu;
const DOT_RE = /^[ \t\u00a0]*(\d{1,2})\.(?=[ \t\u00a0]+\p{L})/gmu;
const LETTER_RE = /(?:^|[:;][ \t\u00a0]*)[ \t\u00a0]*([a-eđghik])\)(?=[ \t\u00a0]+\p{L})/gmu;
const WORDS_RE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:(${NUMBER_WORD_SOURCE}) là(?=\s)|thứ (nhất|hai|ba|tư|bốn|năm|sáu|bảy|bẩy|tám|chín|mười))(?:(?<=là)|(?=\s*[,:]))`,
  'giu',
);
const LETTER_ORDINALS: Record<string, number> = { a: 1, b: 2, c: 3, d: 4, đ: 5, e: 6, g: 7, h: 8, i: 9, k: 10 };

function toCount(token: string): number | undefined {
  if (/^\d+$/.test(token)) return Number(token);
  return NUMBER_WORDS[token.toLowerCase()];
}

export function extractCounts(doc: TextDoc): CountFact[] {
  const text = doc.nfc;
  const out: CountFact[] = [];
  COUNT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = COUNT_RE.exec(text)) !== null) {
    const count = toCount(m[1]);
    if (count === undefined || count === 0) continue;
    const start = m.index;
    const before = text.slice(Math.max(0, start - 20), start).toLowerCase();
    if (ORDINAL_BEFORE_RE.test(before)) continue;
    const head = m[2].toLowerCase();
    const total = /^(?:chỉ tiêu|mục tiêu|tiêu chí)$/.test(head);
    if (total && !TOTAL_CUE_RE.test(before)) continue;
    if (!total && /^\p{L}/u.test(m[1]) && m[1].toLowerCase() === 'năm' && /^\s*\d/.test(text.slice(start + m[0].length, start + m[0].length + 3))) continue;
    let end = start + m[0].length;
    let noun = head;
    const cont = NOUN_CONTINUATION_RE.exec(text.slice(end, end + 20));
    if (cont && !total) {
      noun = `${head}${cont[0].toLowerCase().replace(/\s+/g, ' ')}`;
      end += cont[0].length;
    }
    const modifier = MODIFIER_RE.exec(text.slice(end, end + 24));
    if (modifier && !total) {
      noun = `${noun} ${modifier[1].toLowerCase()}`;
      end += modifier[0].length;
    }
    out.push({ start, end, text: text.slice(start, end), count, noun, role: total ? 'total' : 'task' });
  }
  return out;
}

interface RawItem extends EnumerationItem {
  style: EnumerationFact['style'];
  /** The label starts its line (after indentation). */
  lineStart: boolean;
}

function atLineStart(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n' || c === '\r') return true;
    if (c !== ' ' && c !== '\t' && c !== '\u00a0') return false;
  }
  return true;
}

/** The word items must open a clause: text before is a start, '.', ';', ':', ',' or a line break. */
function opensClause(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\u00a0') continue;
    return c === '.' || c === ';' || c === ':' || c === ',' || c === '\n' || c === '\r' || c === '-' || c === '–' || c === '•';
  }
  return true;
}

function rawItems(text: string): RawItem[] {
  const items: RawItem[] = [];
  let m: RegExpExecArray | null;
  PAREN_RE.lastIndex = 0;
  while ((m = PAREN_RE.exec(text)) !== null) {
    if (!opensClause(text, m.index) && !/(?<![\p{L}])và\s+$/u.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    items.push({ start: m.index, end: m.index + m[0].length, label: m[0], ordinal: Number(m[1]), style: 'paren', lineStart: atLineStart(text, m.index) });
  }
  DOT_RE.lastIndex = 0;
  while ((m = DOT_RE.exec(text)) !== null) {
    const start = m.index + m[0].length - m[1].length - 1;
    items.push({ start, end: start + m[1].length + 1, label: `${m[1]}.`, ordinal: Number(m[1]), style: 'dot', lineStart: true });
  }
  LETTER_RE.lastIndex = 0;
  while ((m = LETTER_RE.exec(text)) !== null) {
    const start = m.index + m[0].length - 2;
    const ordinal = LETTER_ORDINALS[m[1]];
    if (ordinal === undefined) continue;
    items.push({ start, end: start + 2, label: `${m[1]})`, ordinal, style: 'letter', lineStart: atLineStart(text, start) });
  }
  WORDS_RE.lastIndex = 0;
  while ((m = WORDS_RE.exec(text)) !== null) {
    if (!opensClause(text, m.index)) continue;
    const ordinal = m[1] ? NUMBER_WORDS[m[1].toLowerCase()] : ORDINAL_WORDS[(m[2] ?? '').toLowerCase()];
    if (!ordinal) continue;
    items.push({ start: m.index, end: m.index + m[0].length, label: m[0], ordinal, style: 'words', lineStart: atLineStart(text, m.index) });
  }
  return items;
}

export function extractEnumerations(doc: TextDoc): EnumerationFact[] {
  const text = doc.nfc;
  const out: EnumerationFact[] = [];
  const byStyle = new Map<EnumerationFact['style'], RawItem[]>();
  for (const item of rawItems(text)) {
    let list = byStyle.get(item.style);
    if (!list) byStyle.set(item.style, (list = []));
    list.push(item);
  }
  for (const [style, list] of byStyle) {
    list.sort((a, b) => a.start - b.start);
    let current: { items: RawItem[]; paragraph: number } | undefined;
    const close = (): void => {
      if (current && current.items.length >= 2) {
        const items = current.items.map(({ start, end, label, ordinal }) => ({ start, end, label, ordinal }));
        out.push({ start: items[0].start, end: items[items.length - 1].end, style, items });
      }
      current = undefined;
    };
    for (const item of list) {
      const paragraph = paragraphIndexAt(doc.paragraphs, item.start);
      if (item.ordinal === 1) {
        close();
        current = { items: [item], paragraph };
        continue;
      }
      if (!current) continue;
      const last = current.items[current.items.length - 1];
      const sameParagraph = paragraph === current.paragraph;
      const nextLine = item.lineStart && last.lineStart && paragraph - current.paragraph <= 1;
      // words/letters that restart far away are a different list
      if (sameParagraph || nextLine || (style === 'dot' && item.lineStart)) {
        if (item.ordinal < last.ordinal && item.ordinal !== last.ordinal) {
          close();
          continue;
        }
        current.items.push(item);
        current.paragraph = paragraph;
      } else {
        close();
      }
    }
    close();
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
