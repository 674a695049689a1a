// Messages are data: rules report a message id plus values; the words live in each rule's
// `messages` table (Vietnamese first, English second) and in CORE_MESSAGES below.

import type { LocalText, Locale, MessageValues } from './types';

/** Messages of the analysis itself (not of a rule). */
export const CORE_MESSAGES: Record<string, LocalText> = {
  ruleCrashed: {
    vi: 'Quy tắc {rule} gặp lỗi nội bộ và đã bị bỏ qua: {error}',
    en: 'Rule {rule} failed internally and was skipped: {error}',
  },
  notText: {
    vi: 'Đầu vào không phải văn bản.',
    en: 'The input is not text.',
  },
};

export function format(template: LocalText, locale: Locale, values: MessageValues = {}): string {
  const parts = partsOf(template[locale] ?? template.vi);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (name in values ? String(values[name]) : `{${name}}`) + parts[i + 1];
  }
  return out;
}

const PLACEHOLDER = /\{(\w+)\}/g;
/** Per message pattern: its text split around its placeholders (literal, name, literal, …), made once. */
const PARTS = new Map<string, string[]>();

/** `pattern` split at every {name} (names at odd indexes): a CLI batch formats thousands of messages from a few dozen patterns. */
function partsOf(pattern: string): string[] {
  let parts = PARTS.get(pattern);
  if (parts === undefined) {
    parts = pattern.split(PLACEHOLDER);
    PARTS.set(pattern, parts);
  }
  return parts;
}
