// PLACEHOLDER rule: reports nothing until implemented.
import type { Rule } from '../types';

export const unicodeNormalization: Rule = {
  id: 'unicode-normalization',
  category: 'text',
  description: { vi: 'Chữ không ở dạng Unicode dựng sẵn (NFC)', en: 'Text not in precomposed Unicode (NFC)' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {},
  check: () => [],
};
