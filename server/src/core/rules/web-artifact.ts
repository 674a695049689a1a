// PLACEHOLDER rule: reports nothing until implemented.
import type { Rule } from '../types';

export const webArtifact: Rule = {
  id: 'web-artifact',
  category: 'text',
  description: { vi: 'Rác từ trang web', en: 'Scraped web-page text' },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {},
  check: () => [],
};
