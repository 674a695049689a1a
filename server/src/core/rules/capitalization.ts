// PLACEHOLDER rule: reports nothing until implemented.
import type { Rule } from '../types';

export const capitalization: Rule = {
  id: 'capitalization',
  category: 'text',
  description: { vi: 'Viết hoa chưa đúng quy định', en: 'Capitalisation' },
  defaultSeverity: 'information',
  fixable: true,
  messages: {},
  check: () => [],
};
