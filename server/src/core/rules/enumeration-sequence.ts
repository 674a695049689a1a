// PLACEHOLDER rule: reports nothing until implemented.
import type { Rule } from '../types';

export const enumerationSequence: Rule = {
  id: 'enumeration-sequence',
  category: 'numbers',
  description: { vi: 'Số thứ tự bị nhảy hoặc lặp', en: 'Numbering skips or repeats' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {},
  check: () => [],
};
