// byline-format: a byline line that is empty or garbled — "Tác giả:" or "Nguồn:" with nothing
// after the label, "Tác giả: – Đài truyền thanh xã …" with the name missing before the dash, or a
// name followed by a dangling dash. (A wholly absent byline is missing-section's job.)

import type { LocalText, Report, Rule } from '../types';

const messages: Record<string, LocalText> = {
  emptyLabel: {
    vi: 'Dòng “{label}:” không có nội dung; ghi rõ họ tên tác giả và đơn vị (hoặc nguồn tin).',
    en: 'The “{label}:” line is empty; give the author and unit (or the source).',
  },
  nameMissing: {
    vi: 'Dòng tác giả thiếu họ tên trước dấu gạch: “{text}”.',
    en: 'The byline has no name before the dash: “{text}”.',
  },
  unitMissing: {
    vi: 'Dòng tác giả kết thúc bằng dấu gạch, thiếu đơn vị sau tên: “{text}”.',
    en: 'The byline ends with a dash and no unit after the name: “{text}”.',
  },
};

const LABELLED = /^(tác giả|nguồn tin|nguồn ảnh|nguồn|tin và ảnh|tin, ảnh|tin ảnh|tin\/ảnh|bài và ảnh|bài, ảnh|bài\/ảnh|tin|bài|ảnh|người viết|phóng viên|pv|ctv|cộng tác viên|biên tập|theo)\s*:\s*(.*)$/iu;
const DASH_START = /^[–—-]/u;
/** "Tác giả – Đài truyền thanh xã": the label itself stands where the name should be. */
const LABEL_DASH = /^(?:tác giả|nguồn|người viết|phóng viên)\s*[–—-]/iu;
const DASH_END = /\s[–—-]\s*$/u;
const EMPTY_REST = /^[\s.,;:–—-]*$/u;

export const bylineFormat: Rule = {
  id: 'byline-format',
  category: 'structure',
  description: { vi: 'Dòng tác giả, nguồn tin sai dạng', en: 'Malformed byline' },
  defaultSeverity: 'warning',
  fixable: false,
  messages,
  check(ctx) {
    const reports: Report[] = [];
    const { doc } = ctx;
    for (const s of ctx.sections) {
      if (s.name !== 'byline') continue;
      const first = doc.lineAt(s.start);
      const last = doc.lineAt(Math.max(s.start, s.end - 1));
      for (let i = first; i <= last && i < doc.lines.length; i++) {
        const line = doc.lines[i];
        const text = line.text.trim();
        if (text === '') continue;
        const start = line.start + line.text.indexOf(text);
        const end = start + text.length;
        const m = LABELLED.exec(text);
        if (m) {
          const rest = m[2];
          if (EMPTY_REST.test(rest)) {
            reports.push({ start, end, messageId: 'emptyLabel', values: { label: m[1] } });
            continue;
          }
          if (DASH_START.test(rest)) {
            reports.push({ start, end, messageId: 'nameMissing', values: { text } });
            continue;
          }
          if (DASH_END.test(rest)) reports.push({ start, end, messageId: 'unitMissing', values: { text } });
          continue;
        }
        if (DASH_START.test(text) || LABEL_DASH.test(text)) reports.push({ start, end, messageId: 'nameMissing', values: { text } });
        else if (DASH_END.test(text)) reports.push({ start, end, messageId: 'unitMissing', values: { text } });
      }
    }
    return reports;
  },
};
