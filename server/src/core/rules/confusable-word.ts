// PLACEHOLDER rule: reports nothing until implemented.
import type { Rule } from '../types';

export const confusableWord: Rule = {
  id: 'confusable-word',
  category: 'text',
  description: { vi: 'Từ dễ nhầm', en: 'Confusable word' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {},
  check: () => [],
};
