// section-order: a paragraph that opens a section out of the usual order (directives before the
// results, shortcomings before the results, attendees after the results). Conservative: only the
// core sequence opening → attendees → achievements → shortcomings → directives is checked, only
// paragraphs that begin a section count, and the fewest paragraphs that explain the disorder are
// reported (the longest in-order run is kept).

import { SECTION_WORDS } from '../segment/names';
import type { LocalText, Report, Rule, RuleContext, Section, SectionName } from '../types';

const ORDERED: SectionName[] = ['opening', 'attendees', 'achievements', 'shortcomings', 'directives'];
const RANK = new Map<SectionName, number>(ORDERED.map((name, i) => [name, i]));

const messages: Record<string, LocalText> = {};
for (const name of ORDERED) {
  const w = SECTION_WORDS[name];
  messages[`misplaced.${name}`] = {
    vi: `Đoạn “${w.vi}” đặt sai chỗ; thứ tự thường gặp: mở đầu – thành phần tham dự – kết quả đạt được – tồn tại, hạn chế – ý kiến chỉ đạo.`,
    en: `The ${w.en} paragraph is out of place; the usual order is opening – attendees – achievements – shortcomings – directives.`,
  };
}

const SENTENCE_END = /[.!?…](?=\s|$)/u;

/** Whether the section begins a paragraph (only blanks before it on its line). */
function beginsParagraph(ctx: RuleContext, s: Section): boolean {
  const line = ctx.doc.lines[ctx.doc.lineAt(s.start)];
  if (!line) return false;
  const text = ctx.doc.nfc;
  for (let i = s.start - 1; i >= line.start; i--) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

function report(ctx: RuleContext, s: Section): Report {
  const line = ctx.doc.lines[ctx.doc.lineAt(s.start)];
  const lineEnd = line ? line.end : s.end;
  const limit = Math.min(s.end, lineEnd);
  const slice = ctx.doc.nfc.slice(s.start, Math.min(limit, s.start + 2000));
  const m = SENTENCE_END.exec(slice);
  const end = m ? s.start + m.index + 1 : limit;
  return { start: s.start, end, messageId: `misplaced.${s.name}`, section: s.name };
}

export const sectionOrder: Rule = {
  id: 'section-order',
  category: 'structure',
  description: { vi: 'Các phần của bài sai thứ tự', en: 'Sections out of the usual order' },
  defaultSeverity: 'information',
  fixable: false,
  messages,
  check(ctx) {
    const reports: Report[] = [];
    const later = new Set<SectionName>(['achievements', 'shortcomings', 'directives']);
    const seq: Section[] = [];
    let resultsSeen = false;
    for (const s of ctx.sections) {
      if (!RANK.has(s.name)) continue;
      if (s.name === 'attendees') {
        // attendees belong with the opening; after the results they are the misplaced part
        if (resultsSeen && beginsParagraph(ctx, s)) reports.push(report(ctx, s));
        continue;
      }
      if (later.has(s.name)) resultsSeen = true;
      seq.push(s);
    }
    // Longest non-decreasing run by rank (ranks are few: O(n)); ties keep the later paragraphs.
    const n = seq.length;
    const fwd = new Int32Array(n);
    const bestUpTo = new Int32Array(ORDERED.length); // best run length ending with rank ≤ r
    for (let i = 0; i < n; i++) {
      const r = RANK.get(seq[i].name) ?? 0;
      fwd[i] = bestUpTo[r] + 1;
      for (let k = r; k < ORDERED.length; k++) if (bestUpTo[k] < fwd[i]) bestUpTo[k] = fwd[i];
    }
    let need = n > 0 ? bestUpTo[ORDERED.length - 1] : 0;
    let cap = ORDERED.length - 1;
    const keep = new Uint8Array(n);
    for (let i = n - 1; i >= 0 && need > 0; i--) {
      const r = RANK.get(seq[i].name) ?? 0;
      if (r <= cap && fwd[i] === need) {
        keep[i] = 1;
        need--;
        cap = r;
      }
    }
    for (let i = 0; i < n; i++) if (!keep[i] && beginsParagraph(ctx, seq[i])) reports.push(report(ctx, seq[i]));
    return reports;
  },
};
