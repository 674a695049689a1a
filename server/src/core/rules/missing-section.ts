// missing-section: a section the article's kind requires (warning) or recommends (information)
// is absent. The finding sits where the section belongs; the fix inserts a skeleton paragraph.
// A draft that stops mid-sentence is not yet finished: the sections that would come after the
// point it reached are named once, in one information finding at its end ("unfinished"),
// instead of a warning each.

import { expectationFor, STANDARD_ORDER } from '../segment/kinds';
import { BODY_SECTIONS, SECTION_WORDS } from '../segment/names';
import { SECTION_SKELETONS } from '../segment/skeletons';
import type { LocalText, Report, Rule, RuleContext, Section, SectionName } from '../types';
import { SECTION_NAMES } from '../types';

const messages: Record<string, LocalText> = {};
for (const name of SECTION_NAMES) {
  const w = SECTION_WORDS[name];
  messages[`missing.${name}`] = {
    vi: `Bài thiếu phần “${w.vi}”, phần bắt buộc với loại tin này.`,
    en: `The article has no ${w.en} section, which this kind of article requires.`,
  };
  messages[`recommended.${name}`] = {
    vi: `Bài chưa có phần “${w.vi}”; loại tin này thường nên có.`,
    en: `The article has no ${w.en} section; this kind of article usually has one.`,
  };
  messages[`insert.${name}`] = {
    vi: `Chèn khung đoạn “${w.vi}”`,
    en: `Insert a skeleton ${w.en} paragraph`,
  };
}

messages.unfinished = {
  vi: 'Bài có vẻ chưa viết xong (dừng giữa câu); các phần thường có ở sau chưa thấy: {sectionsVi}.',
  en: 'The article looks unfinished (it stops mid-sentence); the later sections are not there yet: {sectionsEn}.',
};

const RANK = new Map<SectionName, number>(STANDARD_ORDER.map((name, i) => [name, i]));

const ENDS_SENTENCE = /[.!?…:;"”’)\]»]\s*$/u;
const SHORT_LINE_WORDS = 8;
const ROW_CAPTION_WORDS = 14;
const SIGN_OFF = /\.\/\.[ \t]*(?:\r?\n|$)/u;
const ENDS_ON_YEAR = /\bnăm (?:19|20)\d\d$/u;

/**
 * Whether the text stops mid-sentence: nothing signs it off (no byline) and its last running
 * text — a body section, or a caption line long enough to be a cut sentence — ends without
 * terminal punctuation.
 */
function looksUnfinished(ctx: RuleContext): boolean {
  const sections = ctx.sections;
  if (sections.length === 0 || sections.some((s) => s.name === 'byline')) return false;
  // "./." closes a Vietnamese news item: whatever follows (photo captions) comes after the end
  if (SIGN_OFF.test(ctx.doc.nfc)) return false;
  const last = sections[sections.length - 1];
  const text = ctx.doc.nfc.slice(last.start, last.end).trimEnd();
  if (ENDS_SENTENCE.test(text.slice(-8))) return false;
  // a sentence that ends on a year ("… trong năm 2021") is whole, only its full stop forgotten
  if (ENDS_ON_YEAR.test(text.slice(-16))) return false;
  if (last.name === 'captions' || last.name === 'title' || last.name === 'dateline') {
    const line = text.slice(text.lastIndexOf('\n') + 1);
    const words = line.split(/\s+/u).length;
    // a row of short captions under the photos at the end: the article is over
    const previous = sections.length > 1 ? sections[sections.length - 2] : undefined;
    if (last.name === 'captions' && previous?.name === 'captions' && words <= ROW_CAPTION_WORDS) return false;
    return words > SHORT_LINE_WORDS;
  }
  return BODY_SECTIONS.has(last.name);
}

/** Start of the line holding `offset`, so a section starting mid-paragraph is not split. */
function lineStart(ctx: RuleContext, offset: number): number {
  const line = ctx.doc.lines[ctx.doc.lineAt(offset)];
  return line ? line.start : offset;
}

function insertionFor(ctx: RuleContext, name: SectionName, eol: string): { at: number; newText: string } {
  const sections = ctx.sections;
  const rank = RANK.get(name) ?? 0;
  const skeleton = SECTION_SKELETONS[name];
  if (name !== 'byline' && name !== 'title' && name !== 'dateline') {
    // before the first section that comes later in the usual order (and its caption)
    for (let i = 0; i < sections.length; i++) {
      const s = sections[i];
      if (s.name === 'captions' || s.name === 'title' || s.name === 'dateline') continue;
      if ((RANK.get(s.name) ?? 0) > rank) {
        let anchor: Section = s;
        for (let j = i - 1; j >= 0 && sections[j].name === 'captions'; j--) anchor = sections[j];
        const at = lineStart(ctx, anchor.start);
        const indent = /^[ \t]*/.exec(ctx.doc.nfc.slice(at, anchor.start))?.[0] ?? '';
        return { at: at + indent.length, newText: skeleton + eol + eol };
      }
    }
  }
  if (name === 'title' || name === 'dateline') {
    const first = sections.find((s) => s.name !== 'title' && s.name !== 'dateline');
    const at = first ? lineStart(ctx, first.start) : 0;
    return { at, newText: skeleton + eol + eol };
  }
  // at the end of the running text (after the last body paragraph or caption)
  let last: Section | undefined;
  for (const s of sections) if (s.name !== 'byline') last = s;
  const at = last ? last.end : ctx.doc.nfc.length;
  return { at, newText: eol + eol + skeleton };
}

export const missingSection: Rule = {
  id: 'missing-section',
  category: 'structure',
  description: { vi: 'Thiếu phần bắt buộc của bài', en: 'A required section is missing' },
  defaultSeverity: 'warning',
  fixable: true,
  messages,
  check(ctx) {
    const present = new Set<SectionName>();
    let body = 0;
    for (const s of ctx.sections) {
      present.add(s.name);
      if (BODY_SECTIONS.has(s.name)) body++;
    }
    if (body === 0) return [];
    const expectation = expectationFor(ctx.kind, ctx.config);
    const eol = ctx.doc.nfc.includes('\r\n') ? '\r\n' : '\n';
    const reports: Report[] = [];
    const wanted: [SectionName, boolean][] = [
      ...expectation.required.map((n): [SectionName, boolean] => [n, true]),
      ...expectation.recommended.map((n): [SectionName, boolean] => [n, false]),
    ];
    wanted.sort((a, b) => (RANK.get(a[0]) ?? 0) - (RANK.get(b[0]) ?? 0));
    // In an unfinished draft, sections later than the furthest one reached may simply not be written yet.
    const unfinished = looksUnfinished(ctx);
    let reached = -1;
    for (const name of present) if (BODY_SECTIONS.has(name)) reached = Math.max(reached, RANK.get(name) ?? -1);
    const notYet: SectionName[] = [];
    for (const [name, required] of wanted) {
      if (present.has(name)) continue;
      if (unfinished && (name === 'byline' || (RANK.get(name) ?? 0) > reached)) {
        notYet.push(name);
        continue;
      }
      // A Party committee meeting without a superior guest is closed by its own secretary.
      if (name === 'directives' && ctx.kind === 'hoi-nghi-bch' && present.has('conclusion')) continue;
      const { at, newText } = insertionFor(ctx, name, eol);
      reports.push({
        start: at,
        end: at,
        messageId: `${required ? 'missing' : 'recommended'}.${name}`,
        section: name,
        ...(required ? {} : { severity: 'information' as const }),
        fixes: [{ titleId: `insert.${name}`, edits: [{ start: at, end: at, newText }], safe: false }],
      });
    }
    if (notYet.length > 0) {
      const at = ctx.doc.nfc.trimEnd().length;
      reports.push({
        start: at,
        end: at,
        messageId: 'unfinished',
        values: { sectionsVi: notYet.map((n) => `“${SECTION_WORDS[n].vi}”`).join(', '), sectionsEn: notYet.map((n) => SECTION_WORDS[n].en).join(', ') },
        severity: 'information',
      });
    }
    return reports;
  },
};
