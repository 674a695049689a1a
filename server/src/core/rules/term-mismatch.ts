// PLACEHOLDER rule: reports nothing until implemented.
import type { Rule } from '../types';

export const termMismatch: Rule = {
  id: 'term-mismatch',
  category: 'numbers',
  description: { vi: 'Cùng một nhiệm kỳ viết khác năm', en: 'The same term written with different years' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {},
  check: () => [],
};
