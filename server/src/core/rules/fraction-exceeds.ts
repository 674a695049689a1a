// PLACEHOLDER rule: reports nothing until implemented.
import type { Rule } from '../types';

export const fractionExceeds: Rule = {
  id: 'fraction-exceeds',
  category: 'numbers',
  description: { vi: 'Tử số lớn hơn tổng số', en: 'Numerator above the total' },
  defaultSeverity: 'error',
  fixable: false,
  messages: {},
  check: () => [],
};
