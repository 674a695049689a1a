// The rule registry: every rule, in the order its findings are listed for equal positions.
// The ids are a public contract (diagnostic codes, config keys, doc names).

import type { Rule } from '../types';
import { missingSection } from './missing-section';
import { sectionOrder } from './section-order';
import { fractionExceeds } from './fraction-exceeds';
import { fractionTotalMismatch } from './fraction-total-mismatch';
import { fractionPartsSum } from './fraction-parts-sum';
import { percentOutOfRange } from './percent-out-of-range';
import { percentPartsSum } from './percent-parts-sum';
import { countMismatch } from './count-mismatch';
import { enumerationSequence } from './enumeration-sequence';
import { dateInvalid } from './date-invalid';
import { dateOrder } from './date-order';
import { weekdayMismatch } from './weekday-mismatch';
import { adminTimeline } from './admin-timeline';
import { termMismatch } from './term-mismatch';
import { unitMismatch } from './unit-mismatch';
import { unicodeNormalization } from './unicode-normalization';
import { toneStyle } from './tone-style';
import { spelling } from './spelling';
import { confusableWord } from './confusable-word';
import { repeatedWord } from './repeated-word';
import { whitespace } from './whitespace';
import { inconsistentSpelling } from './inconsistent-spelling';
import { webArtifact } from './web-artifact';
import { nameInconsistent } from './name-inconsistent';
import { capitalization } from './capitalization';
import { closingMark } from './closing-mark';
import { bylineFormat } from './byline-format';

export const RULES: readonly Rule[] = [
  missingSection,
  sectionOrder,
  fractionExceeds,
  fractionTotalMismatch,
  fractionPartsSum,
  percentOutOfRange,
  percentPartsSum,
  countMismatch,
  enumerationSequence,
  dateInvalid,
  dateOrder,
  weekdayMismatch,
  adminTimeline,
  termMismatch,
  unitMismatch,
  unicodeNormalization,
  toneStyle,
  spelling,
  confusableWord,
  repeatedWord,
  whitespace,
  inconsistentSpelling,
  webArtifact,
  nameInconsistent,
  capitalization,
  closingMark,
  bylineFormat,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));
