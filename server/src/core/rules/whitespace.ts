// PLACEHOLDER rule: reports nothing until implemented.
import type { Rule } from '../types';

export const whitespace: Rule = {
  id: 'whitespace',
  category: 'text',
  description: { vi: 'Khoảng trắng sai', en: 'Whitespace' },
  defaultSeverity: 'information',
  fixable: true,
  messages: {},
  check: () => [],
};
