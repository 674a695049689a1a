// PLACEHOLDER rule: reports nothing until implemented.
import type { Rule } from '../types';

export const fractionTotalMismatch: Rule = {
  id: 'fraction-total-mismatch',
  category: 'numbers',
  description: { vi: 'Cùng một chỉ tiêu nhưng tổng số khác nhau', en: 'One indicator with two totals' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {},
  check: () => [],
};
