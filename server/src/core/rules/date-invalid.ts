// PLACEHOLDER rule: reports nothing until implemented.
import type { Rule } from '../types';

export const dateInvalid: Rule = {
  id: 'date-invalid',
  category: 'numbers',
  description: { vi: 'Ngày không tồn tại', en: 'An impossible date' },
  defaultSeverity: 'error',
  fixable: false,
  messages: {},
  check: () => [],
};
