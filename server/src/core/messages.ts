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
  const pattern = template[locale] ?? template.vi;
  return pattern.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
