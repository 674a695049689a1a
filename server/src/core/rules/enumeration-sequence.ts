// enumeration-sequence: numbering that skips ((1), (2), (3), (5)) or repeats ((3) twice), reported on
// the first offending item. The quick fix renumbers that item and the ones after it.
import type { EnumerationFact, EnumerationItem } from '../facts/types';
import type { Fix, Report, Rule, TextEdit } from '../types';

const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k'];

function relabel(e: EnumerationFact, item: EnumerationItem, ordinal: number): TextEdit | undefined {
  if (e.style === 'paren') return { start: item.start + 1, end: item.end - 1, newText: String(ordinal) };
  if (e.style === 'dot') return { start: item.start, end: item.end - 1, newText: String(ordinal) };
  if (e.style === 'letter' && ordinal <= LETTERS.length) return { start: item.start, end: item.start + 1, newText: LETTERS[ordinal - 1] };
  return undefined;
}

function labelFor(e: EnumerationFact, ordinal: number): string {
  if (e.style === 'paren') return `(${ordinal})`;
  if (e.style === 'dot') return `${ordinal}.`;
  if (e.style === 'letter') return `${LETTERS[ordinal - 1] ?? ordinal})`;
  return String(ordinal);
}

export const enumerationSequence: Rule = {
  id: 'enumeration-sequence',
  category: 'numbers',
  description: { vi: 'Số thứ tự bị nhảy hoặc lặp', en: 'Numbering skips or repeats' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    skipped: {
      vi: 'Số thứ tự bị nhảy: sau {previous} là {label}, thiếu {expected}.',
      en: 'Numbering skips: {label} follows {previous}; {expected} is missing.',
    },
    repeated: {
      vi: 'Số thứ tự bị lặp: {label} xuất hiện hai lần; mục này nên là {expected}.',
      en: 'Numbering repeats: {label} is used twice; this item should be {expected}.',
    },
    renumber: {
      vi: 'Đánh số lại từ {label} thành {expected}',
      en: 'Renumber from {label} as {expected}',
    },
  },
  check(ctx) {
    const reports: Report[] = [];
    for (const e of ctx.facts.enumerations) {
      const items = e.items;
      for (let i = 1; i < items.length; i++) {
        const prev = items[i - 1];
        const item = items[i];
        if (item.ordinal === prev.ordinal + 1) continue;
        const messageId = item.ordinal === prev.ordinal ? 'repeated' : 'skipped';
        const expected = labelFor(e, prev.ordinal + 1);
        const edits: TextEdit[] = [];
        let ok = true;
        for (let k = i; k < items.length; k++) {
          const edit = relabel(e, items[k], prev.ordinal + 1 + (k - i));
          if (!edit) {
            ok = false;
            break;
          }
          edits.push(edit);
        }
        const fixes: Fix[] = ok && edits.length > 0 ? [{ titleId: 'renumber', values: { label: item.label, expected }, edits, safe: false }] : [];
        reports.push({
          start: item.start,
          end: item.end,
          messageId,
          values: { label: item.label, previous: prev.label, expected },
          fixes,
        });
        break;
      }
    }
    return reports;
  },
};
