// The article's own administrative unit: "xã Cao Sơn", "phường Quang Trung", "đặc khu Côn Đảo",
// "thị trấn Minh Đức" (thị trấn only before 1 July 2025).
// Mentions after an organisation ("Đảng bộ xã Cao Sơn", "UBND xã …", "HĐND xã Đông Phong") weigh
// three times a bare "xã Cao Sơn"; the best-scoring (unit, name) pair wins, ties to the first seen.
// Linear in the text; total.

import type { TextDoc } from '../text/textdoc';
import type { Span } from '../types';
import type { UnitFact, UnitType } from './types';

/** A capitalised place name of 1–4 syllables ("Thuận", "Cao Sơn", "Nà Pheo"). */
export const PLACE_NAME = String.raw`\p{Lu}\p{Ll}*(?:[ \u00a0]\p{Lu}\p{Ll}*){0,3}`;
const UNIT_NOUN = String.raw`(xã|Xã|phường|Phường|đặc[ \u00a0]khu|Đặc[ \u00a0]khu|thị[ \u00a0]trấn|Thị[ \u00a0]trấn)`;
const ORG = String.raw`(?:Đảng[ \u00a0]bộ|Đảng[ \u00a0]ủy|Đảng[ \u00a0]uỷ|UBND|HĐND|Ủy[ \u00a0]ban[ \u00a0]nhân[ \u00a0]dân|Uỷ[ \u00a0]ban[ \u00a0]nhân[ \u00a0]dân|Hội[ \u00a0]đồng[ \u00a0]nhân[ \u00a0]dân|MTTQ|Văn[ \u00a0]phòng|Đài[ \u00a0]truyền[ \u00a0]thanh|Công[ \u00a0]an|Ban[ \u00a0]Chấp[ \u00a0]hành[ \u00a0]Đảng[ \u00a0]bộ)`;

const MENTION = new RegExp(String.raw`${UNIT_NOUN}[ \u00a0](${PLACE_NAME})(?![\p{L}])`, 'gu');
const LETTER = /(?:\p{L}|\p{M})/u;
const ORG_BEFORE = new RegExp(String.raw`${ORG}(?:\s*[,–-]\s*${ORG})*(?:\s+và\s+${ORG})?\s*$`, 'u');

// Words that end a place name but are capitalised themselves (a title or a sentence start glued on).
const NOT_NAME_WORDS = new Set(['Kết', 'Phát', 'Tổ', 'Bí', 'Phó', 'Chủ', 'Ủy', 'Uỷ', 'Trưởng', 'Khai', 'Tại', 'Về', 'Và']);

/** Last words of the ORG alternatives: the text before a mention must end with one (then spaces) to match ORG_BEFORE. */
const ORG_ENDINGS = ['bộ', 'ủy', 'uỷ', 'UBND', 'HĐND', 'dân', 'MTTQ', 'phòng', 'thanh', 'an'];

/** ORG_BEFORE.test(before), skipping the regex when the text cannot end with an organisation. */
function orgBefore(before: string): boolean {
  const t = before.trimEnd(); // \s*$ and trimEnd strip the same characters
  for (const e of ORG_ENDINGS) if (t.endsWith(e)) return ORG_BEFORE.test(before);
  return false;
}

export function unitTypeOf(noun: string): UnitType {
  // the spellings the unit regexes capture, without building strings
  if (noun === 'xã' || noun === 'Xã') return 'xã';
  if (noun === 'phường' || noun === 'Phường') return 'phường';
  const n = noun.toLowerCase().replace(/\u00a0/g, ' ');
  return n === 'xã' ? 'xã' : n === 'phường' ? 'phường' : n === 'đặc khu' ? 'đặc khu' : 'thị trấn';
}

/** Drops capitalised non-name words glued to the end of a captured name. */
export function trimPlaceName(name: string): string {
  const parts = name.split(/[ \u00a0]/);
  while (parts.length > 1 && NOT_NAME_WORDS.has(parts[parts.length - 1])) parts.pop();
  return parts.join(' ');
}

export function extractUnit(doc: TextDoc): UnitFact | undefined {
  const text = doc.nfc;
  return unitOf(text, unitMentionsIn(text, 0, text.length));
}

/** A mention of a unit and its name ("xã Cao Sơn"), as extractUnit reads it. */
export interface UnitMention {
  /** The match: the unit noun, a space, the captured name. */
  start: number;
  end: number;
  unit: UnitType;
  name: string;
  nounLength: number;
  /** 3 after an organisation ("UBND xã …"), else 1; 0 when that depends on the text before `from`. */
  weight: number;
}

/**
 * The unit mentions starting in [from, to) (a paragraph, for core/incremental; the characters around
 * it are line breaks). An organisation before a mention ends right before it, white space between;
 * it lies on the mention's line unless only white space precedes the mention in the paragraph, when
 * it may end the paragraph before: that weight is left 0 (unitOf reads it).
 */
export function unitMentionsIn(text: string, from: number, to: number): UnitMention[] {
  const out: UnitMention[] = [];
  // the pattern runs on the span alone: a whole-text run would look past `to` for the next match
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  MENTION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MENTION.exec(part)) !== null) {
    const index = from + m.index;
    if (index > 0 && LETTER.test(text[index - 1])) continue;
    const open = from > 0 && text.slice(from, index).trim() === '';
    const weight = open ? 0 : orgBefore(text.slice(Math.max(from, index - 80), index)) ? 3 : 1;
    out.push({ start: index, end: index + m[0].length, unit: unitTypeOf(m[1]), name: trimPlaceName(m[2]), nounLength: m[1].length, weight });
  }
  return out;
}

/** The article's unit from its mentions (in text order): the best-scoring (unit, name), ties to the first seen. */
export function unitOf(text: string, found: readonly UnitMention[]): UnitFact | undefined {
  const scores = new Map<string, { unit: UnitType; name: string; score: number; first: number }>();
  for (const f of found) {
    const weight = f.weight !== 0 ? f.weight : orgBefore(text.slice(Math.max(0, f.start - 80), f.start)) ? 3 : 1;
    const key = `${f.unit}|${f.name}`;
    const entry = scores.get(key);
    if (entry) entry.score += weight;
    else scores.set(key, { unit: f.unit, name: f.name, score: weight, first: f.start });
  }
  let best: { unit: UnitType; name: string; score: number; first: number } | undefined;
  for (const e of scores.values()) {
    if (!best || e.score > best.score || (e.score === best.score && e.first < best.first)) best = e;
  }
  if (!best) return undefined;
  const mentions: Span[] = [];
  for (const f of found) {
    if (f.unit === best.unit && f.name === best.name) mentions.push({ start: f.start, end: f.start + f.nounLength + 1 + best.name.length });
  }
  return { unit: best.unit, name: best.name, mentions };
}
