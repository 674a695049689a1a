// PLACEHOLDER: replaced by the counts/enumerations extractor.
import type { TextDoc } from '../text/textdoc';
import type { CountFact, EnumerationFact } from './types';

export function extractCounts(_doc: TextDoc): CountFact[] {
  return [];
}

export function extractEnumerations(_doc: TextDoc): EnumerationFact[] {
  return [];
}
