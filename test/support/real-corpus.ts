// The labelled real corpus (test/corpus/real/labels.json): published commune articles whose texts
// live in the git-ignored `.real/` folder (never committed; see shared/corpus/real-dev/README.md).
// Shared by `npm run eval:real`, `npm run gen:kinds` and the tests that read the labels.
//
// Held-out split: an article whose number is a multiple of 5 (hdnd-005, review-010, …) is held
// out: 30 of the 150 rows, 8 of the 39 complete ones. Cues are tuned on the others only; the
// held-out figures are printed apart.

import { bisect } from '../../server/src/core/text/textdoc';
import { SECTION_NAMES, type SectionName } from '../../server/src/core/types';

export interface RealSectionLabel {
  name: SectionName;
  /** The first words of the section (≤ 8 words), an exact substring of the text. */
  quote: string;
}

export interface RealTypoLabel {
  quote: string;
  correct: string;
  type: string;
}

export interface RealLabel {
  file: string;
  missing?: boolean;
  complete?: boolean;
  kind?: string;
  sections?: RealSectionLabel[];
  typos?: RealTypoLabel[];
  notes?: string;
}

/** A labelled article whose text was rebuilt. */
export interface UsableLabel extends RealLabel {
  complete: boolean;
  kind: string;
  sections: RealSectionLabel[];
}

export function isUsable(label: RealLabel): label is UsableLabel {
  return !label.missing && typeof label.kind === 'string' && Array.isArray(label.sections) && typeof label.complete === 'boolean';
}

const NUMBER = /(\d+)\.txt$/u;
export function isHeldOut(file: string): boolean {
  const m = NUMBER.exec(file);
  return m !== null && Number(m[1]) % 5 === 0;
}

export interface LocatedSection {
  name: SectionName;
  start: number;
}

/**
 * Where each labelled section starts in `text`: each quote is searched from the previous
 * section's start on (sections are listed in text order), else anywhere. `problems` names the
 * quotes that cannot be found and unknown section names.
 */
export function locateSections(text: string, sections: RealSectionLabel[]): { located: LocatedSection[]; problems: string[] } {
  const located: LocatedSection[] = [];
  const problems: string[] = [];
  let from = 0;
  for (const s of sections) {
    if (!(SECTION_NAMES as readonly string[]).includes(s.name)) {
      problems.push(`unknown section name "${s.name}"`);
      continue;
    }
    let at = text.indexOf(s.quote, from);
    if (at < 0) at = text.indexOf(s.quote);
    if (at < 0) {
      problems.push(`${s.name}: quote not found «${s.quote}»`);
      continue;
    }
    located.push({ name: s.name, start: at });
    from = at + 1;
  }
  return { located, problems };
}

// A sentence ends at terminal punctuation (optionally a closing quote) followed by space and an
// upper-case letter, a digit or an opening quote — as the segmenter splits — or at a line end.
const SENTENCE_END = /[.!?…]+["”’)]*[ \t\u00a0]+(?=[\p{Lu}\d"“(])|\r?\n/gu;

/** Sentence start offsets of `text` (the first is 0), ascending. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(text)) !== null) {
    let at = m.index + m[0].length;
    while (at < text.length && /\s/u.test(text[at])) at++;
    if (at > starts[starts.length - 1] && at < text.length) starts.push(at);
  }
  return starts;
}

/** Index of the sentence holding `offset` (offsets inside leading whitespace belong to the next sentence). */
export function sentenceIndex(starts: number[], offset: number): number {
  return bisect(starts, offset);
}
