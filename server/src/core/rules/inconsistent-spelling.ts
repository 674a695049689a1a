// inconsistent-spelling: one word spelt two accepted ways in one article — the i/y variants after
// h k l m s t qu ("Kì họp" / "Kỳ họp", "Quí II" / "Quý I", "bác sĩ" / "bác sỹ", "lí" / "lý") and the
// pairs of VARIANTS below. The minority form is reported with a fix to the majority form (a tie goes
// to the form seen first). Tone placement (hòa / hoà) is tone-style's job. Names (Lý Văn Bình, Quý Mão)
// are left out: a Capitalised word inside a sentence or next to another Capitalised word.

import type { Report, Rule, RuleContext } from '../types';
import { inList, iyVariant } from '../text/syllable';
import { casePosition, nextIsCapitalised, previousIsCapitalised } from '../text/casing';

const LETTER = 'A-Za-z\\u00c0-\\u024f\\u1e00-\\u1eff';
/** An open syllable h/k/l/m/s/t/qu + i or y, as a whole word. */
const I_Y_WORD = new RegExp(
  `(?<![${LETTER}])(?:[hklmstHKLMST]|[qQ][uU])[iyìíỉĩịỳýỷỹỵIYÌÍỈĨỊỲÝỶỸỴ](?![${LETTER}])`,
  'g',
);

/** Other accepted spelling variants of one syllable (lower case; first = conventional form). */
export const VARIANTS: ReadonlyArray<readonly [string, string]> = [
  // i/y after h k l m s t qu is handled generically by I_Y_WORD; add other single-syllable pairs here.
];
const VARIANT_KEY = new Map<string, string>();
for (const [a, b] of VARIANTS) {
  VARIANT_KEY.set(a, a);
  VARIANT_KEY.set(b, a);
}
const VARIANT_WORD: RegExp | null =
  VARIANTS.length > 0 ? new RegExp(`(?<![${LETTER}])(?:${VARIANTS.flat().join('|')})(?![${LETTER}])`, 'gi') : null;

const TONELESS = /[iy]$/;

/** "Mỹ" inside a sentence is the country (America), not the mĩ of mĩ thuật. */
const COUNTRY = /^M[ỹĩ]$/;

interface Occurrence {
  start: number;
  end: number;
  word: string;
  /** The spelling, lower case. */
  form: string;
  /** The same key for every variant of the word. */
  key: string;
}

/** Gives `form` the case pattern of `model`. */
function withCase(form: string, model: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return form.toUpperCase();
  if (model[0] !== model[0].toLowerCase()) return form.charAt(0).toUpperCase() + form.slice(1);
  return form;
}

// Per spelling as written: one shared copy of it and of its lower case (the occurrences of a text
// keep them until its reports are made).
const SPELLINGS = new Map<string, { word: string; form: string }>();

function spelling(written: string): { word: string; form: string } {
  let sp = SPELLINGS.get(written);
  if (sp === undefined) {
    sp = { word: written, form: written.toLowerCase() };
    if (SPELLINGS.size < 10_000) SPELLINGS.set(written, sp);
  }
  return sp;
}

const IY_KEYS = new Map<string, string | null>();

/** The key shared by the i and y spellings of `form`, or null (cached: forms repeat). */
function iyKey(form: string): string | null {
  let key = IY_KEYS.get(form);
  if (key === undefined) {
    key = computeIyKey(form);
    if (IY_KEYS.size < 10_000) IY_KEYS.set(form, key);
  }
  return key;
}

function computeIyKey(form: string): string | null {
  // Without a tone, ti/ty, li/ly, mi/my… are different words (ti vi, công ty, cái ly); qui/quy and hi/hy are not.
  if (TONELESS.test(form) && !/^(?:qu|h)/.test(form)) return null;
  const twin = iyVariant(form);
  if (twin === null) return null;
  return form < twin ? form : twin;
}

export const inconsistentSpelling: Rule = {
  id: 'inconsistent-spelling',
  category: 'text',
  description: { vi: 'Một từ viết hai cách', en: 'One word spelt two ways' },
  defaultSeverity: 'information',
  fixable: true,
  messages: {
    inconsistent: {
      vi: '“{word}” được viết là “{majority}” ở chỗ khác trong bài; nên thống nhất một cách viết.',
      en: '“{word}” is spelt “{majority}” elsewhere in the article; use one spelling.',
    },
    replace: { vi: 'Sửa thành “{suggestion}”', en: 'Change to “{suggestion}”' },
  },
  check(ctx: RuleContext): Report[] {
    const text = ctx.doc.nfc;
    return reportsOf(scanSpellings(text, 0, text.length));
  },
  paragraphScan: { scan: scanSpellings, reports: (_ctx, found) => reportsOf(found as Occurrence[]) },
};

/** The words of [from, to) that have a spelling variant, names left out, in text order. */
function scanSpellings(text: string, from: number, to: number): Occurrence[] {
  const found: Occurrence[] = [];
  // the regexes run on the span alone: a whole-text run would look past `to` for the next match
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  const visit = (start: number, written: string, keyOf: (form: string) => string | null): void => {
    const end = start + written.length;
    const position = casePosition(text, start, written);
    if (position === 'mid' && (nextIsCapitalised(text, end) || previousIsCapitalised(text, start) || COUNTRY.test(written))) return;
    if (position === 'start' && nextIsCapitalised(text, end)) return;
    const { word, form } = spelling(written);
    const key = keyOf(form);
    if (key !== null) found.push({ start, end, word, form, key });
  };
  // test, not exec: no match array per word ("kỳ" alone is ~28,600 matches on the 10 MB bench
  // document). A match is two letters, or three after "qu" (u is none of h k l m s t).
  I_Y_WORD.lastIndex = 0;
  while (I_Y_WORD.test(part)) {
    const e = I_Y_WORD.lastIndex;
    const u = part.charCodeAt(e - 2);
    const s = u === 0x75 || u === 0x55 ? e - 3 : e - 2;
    visit(from + s, part.slice(s, e), iyKey);
  }
  if (VARIANT_WORD) {
    VARIANT_WORD.lastIndex = 0;
    for (let m = VARIANT_WORD.exec(part); m !== null; m = VARIANT_WORD.exec(part)) visit(from + m.index, m[0], (form) => VARIANT_KEY.get(form) ?? null);
    // in text order, as paragraph-by-paragraph readings are (the first form seen breaks a tie)
    found.sort((a, b) => a.start - b.start);
  }
  return found;
}

/** Per word, the majority spelling, and a report on each other spelling. */
function reportsOf(found: Occurrence[]): Report[] {
  if (found.length < 2) return [];
  const byKey = new Map<string, Occurrence[]>();
  for (const o of found) {
    const list = byKey.get(o.key);
    if (list) list.push(o);
    else byKey.set(o.key, [o]);
  }
  const reports: Report[] = [];
  for (const list of byKey.values()) {
    const counts = new Map<string, number>();
    for (const o of list) counts.set(o.form, (counts.get(o.form) ?? 0) + 1);
    if (counts.size < 2) continue;
    list.sort((a, b) => a.start - b.start);
    // Majority first; on a tie the form of the syllable list (quý before quí), then the first seen.
    let majority = list[0].form;
    for (const [form, n] of counts) {
      const best = counts.get(majority) ?? 0;
      if (n > best || (n === best && inList(form) && !inList(majority))) majority = form;
    }
    for (const o of list) {
      if (o.form === majority) continue;
      const suggestion = withCase(majority, o.word);
      reports.push({
        start: o.start,
        end: o.end,
        messageId: 'inconsistent',
        values: { word: o.word, majority: suggestion },
        fixes: [{ titleId: 'replace', values: { suggestion }, edits: [{ start: o.start, end: o.end, newText: suggestion }], safe: true }],
      });
    }
  }
  return reports.sort((a, b) => a.start - b.start);
}
