// PLACEHOLDER rule: reports nothing until implemented.
import type { Rule } from '../types';

export const missingSection: Rule = {
  id: 'missing-section',
  category: 'structure',
  description: { vi: 'Thiếu phần bắt buộc của bài', en: 'A required section is missing' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {},
  check: () => [],
};
