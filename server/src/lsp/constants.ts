// Names the language server shows to clients, in one place.

export const SOURCE = 'tin-hoi-nghi';
export const LANGUAGE_ID = 'tin-hoi-nghi';
export const SETTINGS_SECTION = 'tinHoiNghi';
/** Where each rule's documentation lives: DOCS_BASE + <rule id> + ".md". */
export const DOCS_BASE = 'https://github.com/tin-hoi-nghi/tin-hoi-nghi/blob/main/docs/rules/';
export const FIX_ALL_KIND = 'source.fixAll.tin-hoi-nghi';
export const DEFAULT_DEBOUNCE_MS = 150;

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${encodeURIComponent(ruleId)}.md`;
}
