// PLACEHOLDER rule: reports nothing until implemented.
import type { Rule } from '../types';

export const bylineFormat: Rule = {
  id: 'byline-format',
  category: 'text',
  description: { vi: 'Dòng tác giả sai hoặc trống', en: 'Missing or garbled byline' },
  defaultSeverity: 'warning',
  fixable: false,
  messages: {},
  check: () => [],
};
