// Runs every fact extractor once. Extractors are total: they skip what they cannot read.

import type { TextDoc } from '../text/textdoc';
import type { Section } from '../types';
import { extractDates, extractTerms } from './dates';
import { extractFractions } from './fractions';
import { extractTermNumbers } from './term-numbers';
import { extractPercentages } from './percentages';
import { extractCounts, extractEnumerations } from './enumerations';
import { extractUnit } from './unit';
import type { Facts } from './types';

export function extractFacts(doc: TextDoc, sections: Section[]): Facts {
  const { dates, dateline } = extractDates(doc, sections);
  return {
    dates,
    dateline,
    terms: extractTerms(doc),
    termNumbers: extractTermNumbers(doc),
    fractions: extractFractions(doc),
    percentages: extractPercentages(doc),
    counts: extractCounts(doc),
    enumerations: extractEnumerations(doc),
    unit: extractUnit(doc),
  };
}
