// PLACEHOLDER rule: reports nothing until implemented.
import type { Rule } from '../types';

export const spelling: Rule = {
  id: 'spelling',
  category: 'text',
  description: { vi: 'Lỗi chính tả', en: 'Spelling' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {},
  check: () => [],
};
