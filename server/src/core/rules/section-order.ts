// PLACEHOLDER rule: reports nothing until implemented.
import type { Rule } from '../types';

export const sectionOrder: Rule = {
  id: 'section-order',
  category: 'structure',
  description: { vi: 'Các phần của bài sai thứ tự', en: 'Sections out of the usual order' },
  defaultSeverity: 'information',
  fixable: false,
  messages: {},
  check: () => [],
};
