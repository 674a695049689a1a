// PLACEHOLDER rule: reports nothing until implemented.
import type { Rule } from '../types';

export const fractionPartsSum: Rule = {
  id: 'fraction-parts-sum',
  category: 'numbers',
  description: { vi: 'Các phần không cộng đủ tổng', en: 'Parts do not add up to the whole' },
  defaultSeverity: 'error',
  fixable: false,
  messages: {},
  check: () => [],
};
