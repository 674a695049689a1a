// Article templates: the field header, Vietnamese helpers and rendering with Handlebars.
//
// Not part of the pure core (it imports handlebars), but free of vscode and fs so that the
// extension, the fuzzer and the tests share it. Total: every function returns data, never throws.
//
// A template starts with a Handlebars comment that declares its fields (see docs/templates.md):
//
//   {{!--
//   title: Hội nghị sơ kết giữa nhiệm kỳ
//   kind: so-ket-giua-nhiem-ky
//   fields:
//     commune (Tên xã) = Cao Sơn
//     date (Ngày họp, dd/mm/yyyy) = {{today}}
//   --}}

import Handlebars from 'handlebars';
import type { ArticleKind, Locale, LocalText } from '../core/types';
import { ARTICLE_KINDS } from '../core/types';

export interface TemplateField {
  /** A Handlebars identifier used in the body: {{commune}}. */
  name: string;
  /** The prompt shown to the user. */
  label: string;
  /**
   * Default value; may hold the tokens {{today}}, {{year}}, {{month}}, {{lastYear}}, {{nextYear}}, {{reviewYear}}, {{partyTerm}},
   * {{councilTerm}}, {{weekday}}, each optionally naming an earlier date field ({{councilTerm date}}):
   * then the token derives from the date entered there (today when that field is empty or unreadable).
   */
  defaultValue?: string;
  /** Declared with a "?" after the name: may be left empty (the template then uses {{#if}}). */
  optional: boolean;
  /** 1-based line of the declaration in the template file. */
  line: number;
}

export interface TemplateHeader {
  title?: string;
  kind?: ArticleKind;
  description?: string;
  fields: TemplateField[];
}

export type TemplateErrorId = 'headerMissing' | 'badField' | 'duplicateField' | 'unknownKind' | 'syntax' | 'missingField' | 'unknownHelper' | 'renderFailed';

export interface TemplateError {
  messageId: TemplateErrorId;
  /** 1-based line in the template file, when known. */
  line?: number;
  /** 1-based column, when known. */
  column?: number;
  values: Record<string, string | number>;
}

export type RenderResult = { ok: true; text: string } | { ok: false; error: TemplateError };

export const TEMPLATE_MESSAGES: Record<TemplateErrorId | 'targetExists' | 'atLine' | 'fieldRequired', LocalText> = {
  headerMissing: {
    vi: 'Mẫu không có khối khai báo trường {{!-- fields: … --}} ở đầu tệp.',
    en: 'The template has no leading {{!-- fields: … --}} declaration block.',
  },
  badField: {
    vi: 'Khai báo trường không hợp lệ: "{text}" (dạng đúng: ten (Nhãn) = giá trị mặc định).',
    en: 'Invalid field declaration: "{text}" (expected: name (Label) = default value).',
  },
  duplicateField: { vi: 'Trường "{name}" được khai báo hai lần.', en: 'Field "{name}" is declared twice.' },
  unknownKind: { vi: 'Loại tin "{kind}" không tồn tại.', en: 'Unknown article kind "{kind}".' },
  syntax: { vi: 'Lỗi cú pháp trong mẫu: {detail}', en: 'Syntax error in the template: {detail}' },
  missingField: {
    vi: 'Mẫu dùng trường "{name}" nhưng không khai báo và không có giá trị.',
    en: 'The template uses field "{name}" but it is not declared and has no value.',
  },
  unknownHelper: {
    vi: 'Mẫu dùng hàm "{name}" không được hỗ trợ (có: {known}).',
    en: 'The template uses the unsupported helper "{name}" (available: {known}).',
  },
  renderFailed: { vi: 'Không tạo được bài từ mẫu: {detail}', en: 'Could not render the template: {detail}' },
  targetExists: {
    vi: 'Tệp "{path}" đã tồn tại; không ghi đè. Hãy chọn tên khác.',
    en: 'File "{path}" already exists and will not be overwritten. Choose another name.',
  },
  atLine: { vi: '{file}, dòng {line}: {message}', en: '{file}, line {line}: {message}' },
  fieldRequired: {
    vi: 'Cần nhập "{label}" (hoặc bấm Esc để hủy).',
    en: '"{label}" is required (or press Escape to cancel).',
  },
};

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

export function templateMessage(id: keyof typeof TEMPLATE_MESSAGES, locale: Locale, values: Record<string, string | number> = {}): string {
  return fill(TEMPLATE_MESSAGES[id][locale], values);
}

/** The user-facing text of an error, prefixed with file and line when known. */
export function describeTemplateError(error: TemplateError, locale: Locale, file: string): string {
  const message = templateMessage(error.messageId, locale, error.values);
  return error.line ? templateMessage('atLine', locale, { file, line: error.line, message }) : `${file}: ${message}`;
}

// ---------------------------------------------------------------------------------------------
// Header

const HEADER = /^\uFEFF?\s*\{\{!--([\s\S]*?)--\}\}/;
const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;
const FIELD = /^([^\s(=?]+)(\?)?\s*(?:\(([^)]*)\))?\s*(?:=\s*(.*))?$/;
const KEY_LINE = /^\s*(title|kind|description|fields)\s*:\s*(.*)$/i;
/** Names that must never become fields: they collide with object internals or Handlebars data. */
const RESERVED = new Set(['constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'this', 'root']);

function lineOfOffset(text: string, offset: number): number {
  return 1 + (text.slice(0, offset).match(/\r\n|\r|\n/g)?.length ?? 0);
}

/** Reads the leading declaration block. Problems are reported, the valid fields kept. */
export function parseTemplateHeader(source: string): { header: TemplateHeader; problems: TemplateError[] } {
  const header: TemplateHeader = { fields: [] };
  const problems: TemplateError[] = [];
  const text = typeof source === 'string' ? source : '';
  const m = HEADER.exec(text);
  if (!m) return { header, problems: [{ messageId: 'headerMissing', line: 1, values: {} }] };
  const bodyStart = m.index + m[0].indexOf('{{!--') + 5;
  let line = lineOfOffset(text, bodyStart);
  let inFields = false;
  const seen = new Set<string>();
  const addField = (raw: string, at: number): void => {
    const decl = raw.trim();
    if (decl === '') return;
    const f = FIELD.exec(decl);
    if (!f || !IDENTIFIER.test(f[1]) || RESERVED.has(f[1])) {
      problems.push({ messageId: 'badField', line: at, values: { text: decl } });
      return;
    }
    if (seen.has(f[1])) {
      problems.push({ messageId: 'duplicateField', line: at, values: { name: f[1] } });
      return;
    }
    seen.add(f[1]);
    const label = (f[3] ?? '').trim() || f[1];
    const defaultValue = f[4]?.trim();
    header.fields.push({ name: f[1], label, optional: f[2] === '?', line: at, ...(defaultValue !== undefined && defaultValue !== '' ? { defaultValue } : {}) });
  };
  for (const rawLine of m[1].split(/\r\n|\r|\n/)) {
    const at = line++;
    const key = KEY_LINE.exec(rawLine);
    if (key) {
      const name = key[1].toLowerCase();
      const value = key[2].trim();
      inFields = name === 'fields';
      if (name === 'title') header.title = value;
      else if (name === 'description') header.description = value;
      else if (name === 'kind') {
        if ((ARTICLE_KINDS as readonly string[]).includes(value)) header.kind = value as ArticleKind;
        else problems.push({ messageId: 'unknownKind', line: at, values: { kind: value } });
      } else for (const part of value.split('|')) addField(part, at);
      continue;
    }
    if (inFields) for (const part of rawLine.split('|')) addField(part, at);
  }
  return { header, problems };
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** dd/mm/yyyy, the form the input boxes propose. */
export function formatToday(today: Date): string {
  return `${pad2(today.getDate())}/${pad2(today.getMonth() + 1)}/${today.getFullYear()}`;
}

/** Election day of the People's Councils 2026–2031 (Sunday 15 March 2026). */
const COUNCIL_ELECTION_2026 = 20260315;
/** Two-level local government (and the 2025–2030 Party congresses of the new communes). */
const TWO_LEVEL_START = 20250701;

/** The Party term running on a date: "2025 – 2030" from 1 July 2025, "2020 – 2025" before (5-year cycle). */
export function partyTermOn(date: SimpleDate): string {
  return fiveYearTermOn(date, TWO_LEVEL_START);
}

/** The People's Council term running on a date: "2026 – 2031" from election day 15/3/2026, "2021 – 2026" before. */
export function councilTermOn(date: SimpleDate): string {
  return fiveYearTermOn(date, COUNCIL_ELECTION_2026);
}

/** The 5-year term running on a date, for terms that start on `firstStart` (yyyymmdd) and every 5 years on that day. */
function fiveYearTermOn(date: SimpleDate, firstStart: number): string {
  const key = date.year * 10000 + date.month * 100 + date.day;
  const firstYear = Math.floor(firstStart / 10000);
  const cycleOffset = (((date.year - firstYear) % 5) + 5) % 5;
  let start = date.year - cycleOffset;
  if (cycleOffset === 0 && key < start * 10000 + (firstStart % 10000)) start -= 5;
  return `${start} – ${start + 5}`;
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** "Chủ nhật", "Thứ Hai" … for a date (empty text for an unreadable one). */
export function weekdayOf(value: unknown): string {
  const d = parseDate(value);
  return d ? WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()] : '';
}

/**
 * Expands the tokens of a default value: {{today}}, {{year}}, {{month}}, {{lastYear}}, {{nextYear}}, {{reviewYear}},
 * {{partyTerm}}, {{councilTerm}}, {{weekday}}. A token may name a field already entered
 * ({{councilTerm date}}): it then derives from that date; otherwise from today.
 */
export function expandDefault(value: string | undefined, today: Date, entered: Record<string, string> = {}): string {
  if (!value) return '';
  const todayDate: SimpleDate = { day: today.getDate(), month: today.getMonth() + 1, year: today.getFullYear() };
  return value.replace(/\{\{\s*(\w+)(?:\s+(\w+))?\s*\}\}/g, (whole, key: string, field?: string) => {
    const d = (field !== undefined && Object.prototype.hasOwnProperty.call(entered, field) ? parseDate(entered[field]) : undefined) ?? todayDate;
    switch (key) {
      case 'today':
        return `${pad2(d.day)}/${pad2(d.month)}/${d.year}`;
      case 'year':
        return String(d.year);
      case 'month':
        return String(d.month);
      case 'lastYear':
        return String(d.year - 1);
      case 'nextYear':
        return String(d.year + 1);
      case 'reviewYear': // a year-end review held from October on reviews this year, else the last
        return String(d.month >= 10 ? d.year : d.year - 1);
      case 'partyTerm':
        return partyTermOn(d);
      case 'councilTerm':
        return councilTermOn(d);
      case 'weekday':
        return WEEKDAYS[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()];
      default:
        return whole;
    }
  });
}

/** The validation message of an input box: a required field may not be left empty. */
export function validateFieldValue(field: TemplateField, value: string, locale: Locale): string | undefined {
  return !field.optional && value.trim() === '' ? templateMessage('fieldRequired', locale, { label: field.label }) : undefined;
}

/** Default values of every field (for previews, tests and "accept all defaults"). */
export function defaultValues(header: TemplateHeader, today: Date): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of header.fields) values[field.name] = expandDefault(field.defaultValue, today, values);
  return values;
}

// ---------------------------------------------------------------------------------------------
// Helpers (Vietnamese dates, numbers, lists)

interface SimpleDate {
  day: number;
  month: number;
  year: number;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Reads d/m/yyyy, d-m-yyyy, d.m.yyyy or yyyy-mm-dd; undefined when it is not a possible date. */
export function parseDate(value: unknown): SimpleDate | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  let day: number, month: number, year: number;
  if (m) [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text))) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else return undefined;
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return undefined;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (month === 2 && day === 29 && !leap) return undefined;
  return { day, month, year };
}

/** "ngày 08 tháng 5 năm 2023": day below 10 and months 1–2 take a leading zero (Nghị định 30/2020). */
export function spelledDate(value: unknown): string {
  const d = parseDate(value);
  if (!d) return typeof value === 'string' ? value : '';
  return `ngày ${pad2(d.day)} tháng ${d.month < 3 ? pad2(d.month) : d.month} năm ${d.year}`;
}

/** "8/5/2023": the numeric form news items use. */
export function numericDate(value: unknown): string {
  const d = parseDate(value);
  if (!d) return typeof value === 'string' ? value : '';
  return `${d.day}/${d.month}/${d.year}`;
}

const VI_NUMBER = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/;
const PLAIN_NUMBER = /^-?\d+([.,]\d+)?$/;

/** Vietnamese number format: "6842" → "6.842", "1174.45" or "1174,45" → "1.174,45". Other text passes through. */
export function vietnameseNumber(value: unknown): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (VI_NUMBER.test(text) || !PLAIN_NUMBER.test(text)) return text;
  // "6.842" read as a plain number would be ambiguous; a dot followed by exactly three digits is
  // taken as a thousands separator above, so here a dot or comma is a decimal mark.
  const [intPart, fraction] = text.split(/[.,]/);
  const negative = intPart.startsWith('-');
  const digits = negative ? intPart.slice(1) : intPart;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped}${fraction !== undefined ? `,${fraction}` : ''}`;
}

/** "A, B và C" from an array or from text separated by ";" or new lines. */
export function vietnameseList(value: unknown): string {
  const items = (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/[;\n]/) : [])
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

/** The year after a year ("2022" → "2023"); other text passes through. */
export function nextYear(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
  return /^\d{4}$/.test(text) ? String(Number(text) + 1) : text;
}

/** Vietnamese upper case for headlines ("đảng bộ xã" → "ĐẢNG BỘ XÃ"). */
export function upperCase(value: unknown): string {
  return typeof value === 'string' ? value.toLocaleUpperCase('vi') : '';
}

/** Lower-cases the first letter ("Sáng" → "sáng") for use inside a sentence. */
export function lowerFirst(value: unknown): string {
  const text = typeof value === 'string' ? value : '';
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** Capitalises the first letter ("xã" → "Xã") for use at the start of a sentence. */
export function upperFirst(value: unknown): string {
  const text = typeof value === 'string' ? value : '';
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

type Helper = (value: unknown) => string;

/** The helpers a template may call; their names are Vietnamese, as the templates are. */
export const TEMPLATE_HELPERS: Readonly<Record<string, Helper>> = {
  ngay: spelledDate,
  ngaySo: numericDate,
  so: vietnameseNumber,
  danhSach: vietnameseList,
  namSau: nextYear,
  inHoa: upperCase,
  vietThuong: lowerFirst,
  vietHoa: upperFirst,
  thu: weekdayOf,
};

const handlebars = Handlebars.create();
for (const [name, fn] of Object.entries(TEMPLATE_HELPERS)) {
  // Handlebars passes an options object last; the helpers take one argument.
  handlebars.registerHelper(name, (value: unknown) => fn(value));
}
const KNOWN_HELPERS = Object.fromEntries(Object.keys(TEMPLATE_HELPERS).map((name) => [name, true]));

// ---------------------------------------------------------------------------------------------
// Rendering

function errorFromException(exception: unknown): TemplateError {
  const e = exception as { message?: unknown; lineNumber?: unknown; column?: unknown };
  const message = typeof e?.message === 'string' ? e.message : String(exception);
  const at = typeof e?.lineNumber === 'number' ? { line: e.lineNumber, ...(typeof e.column === 'number' ? { column: e.column + 1 } : {}) } : {};
  let m = /^"([^"]+)" not defined in/.exec(message);
  if (m) return { messageId: 'missingField', ...at, values: { name: m[1] } };
  m = /used the unknown helper (\S+)/.exec(message);
  if (m) return { messageId: 'unknownHelper', ...at, values: { name: m[1], known: Object.keys(TEMPLATE_HELPERS).join(', ') } };
  m = /^Parse error on line (\d+):/.exec(message);
  if (m) return { messageId: 'syntax', line: Number(m[1]), values: { detail: message.slice(message.lastIndexOf('\n') + 1) } };
  m = /^([\s\S]*?) - (\d+):(\d+)$/.exec(message);
  if (m) return { messageId: 'syntax', line: Number(m[2]), column: Number(m[3]) + 1, values: { detail: m[1] } };
  if (typeof e?.lineNumber === 'number') return { messageId: 'syntax', line: e.lineNumber, values: { detail: message } };
  return { messageId: 'renderFailed', values: { detail: message.split('\n')[0] } };
}

/** Tidies the output: NFC, no trailing spaces, at most one blank line between paragraphs, one final newline. */
function tidy(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/^\n+/, '')
      .replace(/\n*$/, '\n')
  );
}

/**
 * Renders a template with the given field values. Strict: a name the template uses but the values
 * lack is an error with its line; only the helpers above are allowed; output is plain text.
 */
export function renderTemplate(source: string, values: Record<string, string>): RenderResult {
  if (typeof source !== 'string') return { ok: false, error: { messageId: 'renderFailed', values: { detail: 'not text' } } };
  const context: Record<string, string> = {};
  for (const [key, value] of Object.entries(values ?? {})) {
    if (IDENTIFIER.test(key) && !RESERVED.has(key)) context[key] = typeof value === 'string' ? value : String(value);
  }
  try {
    const compiled = handlebars.compile(source.replace(/^\uFEFF/, ''), {
      strict: true,
      noEscape: true,
      knownHelpers: KNOWN_HELPERS,
      knownHelpersOnly: true,
    });
    // Explicitly no prototype access (also the default; being explicit silences Handlebars' console warning).
    const text = compiled(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
    return { ok: true, text: tidy(text) };
  } catch (exception) {
    return { ok: false, error: errorFromException(exception) };
  }
}

/**
 * Parses the header and renders with defaults overlaid by `values` (defaults that name a date field
 * derive from the value given for it); header problems come first.
 */
export function renderArticle(source: string, values: Record<string, string>, today: Date): RenderResult {
  const { header, problems } = parseTemplateHeader(source);
  if (problems.length > 0) return { ok: false, error: problems[0] };
  const merged: Record<string, string> = {};
  for (const field of header.fields) {
    merged[field.name] = Object.prototype.hasOwnProperty.call(values ?? {}, field.name) ? values[field.name] : expandDefault(field.defaultValue, today, merged);
  }
  return renderTemplate(source, { ...merged, ...values });
}

// ---------------------------------------------------------------------------------------------
// Saving and labels

/** Refuses a target that already exists: the command never overwrites a file. */
export function checkSaveTarget(path: string, exists: (path: string) => boolean): { ok: true } | { ok: false; messageId: 'targetExists'; values: { path: string } } {
  return exists(path) ? { ok: false, messageId: 'targetExists', values: { path } } : { ok: true };
}

/** A file name proposed in the save dialog: "so-ket-giua-nhiem-ky-2023-04-18.tin.txt". */
export function suggestedFileName(kind: ArticleKind | undefined, dateValue: string | undefined, today: Date): string {
  const d = parseDate(dateValue) ?? { day: today.getDate(), month: today.getMonth() + 1, year: today.getFullYear() };
  return `${kind ?? 'tin-hoi-nghi'}-${d.year}-${pad2(d.month)}-${pad2(d.day)}.tin.txt`;
}

export const KIND_LABELS: Record<ArticleKind, LocalText> = {
  'so-ket-giua-nhiem-ky': { vi: 'Sơ kết giữa nhiệm kỳ', en: 'Mid-term review' },
  'tong-ket-nam': { vi: 'Tổng kết năm', en: 'Year-end review' },
  'lam-viec-doan-cong-tac': { vi: 'Đoàn công tác làm việc', en: 'Working delegation' },
  'hoi-nghi-bch': { vi: 'Hội nghị Ban Chấp hành', en: 'Executive committee meeting' },
  'ky-hop-hdnd': { vi: 'Kỳ họp HĐND', en: 'People’s Council session' },
  'dai-hoi-chi-bo': { vi: 'Đại hội chi bộ', en: 'Party cell congress' },
  'so-ket-dinh-ky': { vi: 'Sơ kết 6 tháng, 9 tháng, quý', en: 'Periodic review' },
  'giao-ban': { vi: 'Giao ban', en: 'Briefing' },
  'dai-hoi-dang-bo': { vi: 'Đại hội Đảng bộ', en: 'Party committee congress' },
  'tiep-xuc-cu-tri': { vi: 'Tiếp xúc cử tri', en: 'Meeting with voters' },
  'bau-cu': { vi: 'Bầu cử', en: 'Election day' },
  other: { vi: 'Tin hội nghị (chưa rõ loại)', en: 'Meeting news (kind unknown)' },
};
