// Words of the language server itself (code action titles, hover labels), Vietnamese and English.

import { format } from '../core/messages';
import type { LocalText, Locale, MessageValues } from '../core/types';

export const LSP_MESSAGES = {
  fixAll: { vi: 'Sửa tất cả lỗi an toàn', en: 'Fix all safe problems' },
  disableLine: { vi: 'Bỏ qua quy tắc {rule} ở dòng này', en: 'Ignore rule {rule} on this line' },
  disableFile: { vi: 'Bỏ qua quy tắc {rule} trong tệp này', en: 'Ignore rule {rule} in this file' },
  fraction: { vi: '**{fraction}**{counted} = {percent}', en: '**{fraction}**{counted} = {percent}' },
  fractionRest: { vi: 'còn lại {rest}/{total}', en: '{rest}/{total} remaining' },
  fractionOver: { vi: 'vượt {over} so với tổng {total}', en: '{over} above the total of {total}' },
  percentShare: { vi: '{percent}: tỷ lệ trên tổng số{whole} (không được vượt 100%)', en: '{percent}: a share of a whole{whole} (cannot exceed 100%)' },
  percentPerformance: { vi: '{percent}: mức thực hiện so với kế hoạch (có thể vượt 100%)', en: '{percent}: performance against the plan (may exceed 100%)' },
  percentChange: { vi: '{percent}: mức tăng/giảm', en: '{percent}: a change (growth or decline)' },
  percentUnknown: { vi: '{percent}', en: '{percent}' },
  abbreviation: { vi: '**{abbr}**: {full}', en: '**{abbr}**: {full} ({gloss})' },
  section: { vi: 'Mục **{section}**: {about}', en: 'Section **{section}**: {about}' },
  kind: { vi: 'Loại tin: {kind}.', en: 'Article kind: {kind}.' },
  required: { vi: 'Với loại tin này, mục này là bắt buộc.', en: 'This kind of article requires this section.' },
  recommended: { vi: 'Với loại tin này, mục này nên có.', en: 'This kind of article should have this section.' },
  optional: { vi: 'Với loại tin này, mục này không bắt buộc.', en: 'This section is optional for this kind of article.' },
  expected: { vi: 'Cần có: {required}. Nên có: {recommended}.', en: 'Required: {required}. Recommended: {recommended}.' },
  none: { vi: '(không)', en: '(none)' },
  configProblem: { vi: 'Tệp cấu hình {file}:{line}:{column}: {message}', en: 'Config file {file}:{line}:{column}: {message}' },
  skeleton: { vi: 'Khung mục: {section}', en: 'Section skeleton: {section}' },
  nameDetail: { vi: 'Tên trong bài', en: 'Name used in this article' },
} satisfies Record<string, LocalText>;

export type LspMessageId = keyof typeof LSP_MESSAGES;

export function t(id: LspMessageId, locale: Locale, values: MessageValues = {}): string {
  return format(LSP_MESSAGES[id], locale, values);
}
