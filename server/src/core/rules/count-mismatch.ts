// PLACEHOLDER rule: reports nothing until implemented.
import type { Rule } from '../types';

export const countMismatch: Rule = {
  id: 'count-mismatch',
  category: 'numbers',
  description: { vi: 'Số lượng công bố khác danh sách liệt kê', en: 'Announced count differs from the list' },
  defaultSeverity: 'warning',
  fixable: false,
  messages: {},
  check: () => [],
};
