// PLACEHOLDER rule: reports nothing until implemented.
import type { Rule } from '../types';

export const closingMark: Rule = {
  id: 'closing-mark',
  category: 'text',
  description: { vi: 'Thiếu dấu kết thúc ./.', en: 'Missing ./. close mark' },
  defaultSeverity: 'information',
  fixable: true,
  messages: {},
  check: () => [],
};
