// PLACEHOLDER rule: reports nothing until implemented.
import type { Rule } from '../types';

export const unitMismatch: Rule = {
  id: 'unit-mismatch',
  category: 'numbers',
  description: { vi: 'Đơn vị hành chính không nhất quán', en: 'Administrative unit inconsistent' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {},
  check: () => [],
};
