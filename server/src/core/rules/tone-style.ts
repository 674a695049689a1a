// PLACEHOLDER rule: reports nothing until implemented.
import type { Rule } from '../types';

export const toneStyle: Rule = {
  id: 'tone-style',
  category: 'text',
  description: { vi: 'Trộn kiểu bỏ dấu cũ và mới', en: 'Mixed old and new tone placement' },
  defaultSeverity: 'information',
  fixable: true,
  messages: {},
  check: () => [],
};
