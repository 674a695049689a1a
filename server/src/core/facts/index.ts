// Runs every fact extractor once. Extractors are total: they skip what they cannot read.

import type { TextDoc } from '../text/textdoc';
import type { Section } from '../types';
import { extractDates, extractTerms, type RawDate } from './dates';
import { extractFractions } from './fractions';
import { extractTermNumbers } from './term-numbers';
import { extractPercentages } from './percentages';
import { extractCounts, extractEnumerations } from './enumerations';
import { extractUnit } from './unit';
import type { Facts } from './types';

/** Facts of the paragraph-local extractors, when the caller (core/incremental) already has them. */
export type LocalFacts = Partial<Pick<Facts, 'fractions' | 'percentages' | 'counts' | 'enumerations' | 'unit'>> & {
  /** The numeric dates (dates.ts, numericDates), from which extractDates goes on. */
  numericDates?: readonly RawDate[];
};

export function extractFacts(doc: TextDoc, sections: Section[], local?: LocalFacts): Facts {
  const { dates, dateline } = extractDates(doc, sections, local?.numericDates);
  return {
    dates,
    dateline,
    terms: extractTerms(doc),
    termNumbers: extractTermNumbers(doc),
    fractions: local?.fractions ?? extractFractions(doc),
    percentages: local?.percentages ?? extractPercentages(doc),
    counts: local?.counts ?? extractCounts(doc),
    enumerations: local?.enumerations ?? extractEnumerations(doc),
    unit: local && 'unit' in local ? local.unit : extractUnit(doc),
  };
}
