// PLACEHOLDER: replaced by the fractions extractor.
import type { TextDoc } from '../text/textdoc';
import type { FractionFact } from './types';

export function extractFractions(_doc: TextDoc): FractionFact[] {
  return [];
}
