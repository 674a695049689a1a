// PLACEHOLDER rule: reports nothing until implemented.
import type { Rule } from '../types';

export const nameInconsistent: Rule = {
  id: 'name-inconsistent',
  category: 'text',
  description: { vi: 'Tên riêng viết không thống nhất', en: 'Name written two ways' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {},
  check: () => [],
};
