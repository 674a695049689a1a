// PLACEHOLDER: replaced by the administrative-unit extractor.
import type { TextDoc } from '../text/textdoc';
import type { UnitFact } from './types';

export function extractUnit(_doc: TextDoc): UnitFact | undefined {
  return undefined;
}
