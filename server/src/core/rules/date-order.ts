// PLACEHOLDER rule: reports nothing until implemented.
import type { Rule } from '../types';

export const dateOrder: Rule = {
  id: 'date-order',
  category: 'numbers',
  description: { vi: 'Ngày họp sau ngày đăng bài', en: 'Meeting date after the dateline' },
  defaultSeverity: 'warning',
  fixable: false,
  messages: {},
  check: () => [],
};
