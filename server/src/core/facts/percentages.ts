// PLACEHOLDER: replaced by the percentages extractor.
import type { TextDoc } from '../text/textdoc';
import type { PercentFact } from './types';

export function extractPercentages(_doc: TextDoc): PercentFact[] {
  return [];
}
