// PLACEHOLDER rule: reports nothing until implemented.
import type { Rule } from '../types';

export const percentOutOfRange: Rule = {
  id: 'percent-out-of-range',
  category: 'numbers',
  description: { vi: 'Tỷ lệ của một tổng thể vượt 100%', en: 'A share of a whole above 100%' },
  defaultSeverity: 'error',
  fixable: false,
  messages: {},
  check: () => [],
};
