// PLACEHOLDER rule: reports nothing until implemented.
import type { Rule } from '../types';

export const percentPartsSum: Rule = {
  id: 'percent-parts-sum',
  category: 'numbers',
  description: { vi: 'Tổng các tỷ lệ vượt 100%', en: 'Shares of one whole sum above 100%' },
  defaultSeverity: 'error',
  fixable: false,
  messages: {},
  check: () => [],
};
