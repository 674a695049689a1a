// PLACEHOLDER rule: reports nothing until implemented.
import type { Rule } from '../types';

export const repeatedWord: Rule = {
  id: 'repeated-word',
  category: 'text',
  description: { vi: 'Từ bị lặp', en: 'Repeated word' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {},
  check: () => [],
};
