// PLACEHOLDER: replaced by the dates/terms extractor.
import type { TextDoc } from '../text/textdoc';
import type { Section } from '../types';
import type { DateFact, TermFact } from './types';

export function extractDates(_doc: TextDoc, _sections: Section[]): { dates: DateFact[]; dateline?: DateFact } {
  return { dates: [] };
}

export function extractTerms(_doc: TextDoc): TermFact[] {
  return [];
}
