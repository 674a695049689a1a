// PLACEHOLDER rule: reports nothing until implemented.
import type { Rule } from '../types';

export const inconsistentSpelling: Rule = {
  id: 'inconsistent-spelling',
  category: 'text',
  description: { vi: 'Một từ viết hai cách', en: 'One word spelt two ways' },
  defaultSeverity: 'information',
  fixable: true,
  messages: {},
  check: () => [],
};
