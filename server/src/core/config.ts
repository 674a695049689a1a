// Default configuration and merging (pure). Reading config files lives outside the core.

import { RULES_BY_ID } from './rules';
import { parseReferenceDate } from './rules/_article-date';
import { ARTICLE_KINDS, SECTION_NAMES } from './types';
import type { ArticleKind, Config, KindExpectation, Locale, SectionName, SeveritySetting, ToneStyle } from './types';

/** Indicator sets whose size is fixed nationally; a province may override them in config. */
export const DEFAULT_KNOWN_TOTALS: Record<string, number> = {
  'tiêu chí nông thôn mới': 19,
};

export function defaultConfig(): Config {
  return {
    rules: {},
    sections: {},
    knownTotals: { ...DEFAULT_KNOWN_TOTALS },
    locale: 'vi',
    toneStyle: 'consistent',
    words: [],
  };
}

/** Overlays `patch` on `base`; per-rule and per-kind tables merge key by key. */
export function mergeConfig(base: Config, patch: Partial<Config>): Config {
  return {
    rules: { ...base.rules, ...(patch.rules ?? {}) },
    sections: { ...base.sections, ...(patch.sections ?? {}) },
    knownTotals: { ...base.knownTotals, ...(patch.knownTotals ?? {}) },
    locale: patch.locale ?? base.locale,
    toneStyle: patch.toneStyle ?? base.toneStyle,
    words: [...base.words, ...(patch.words ?? [])],
    ...((patch.referenceDate ?? base.referenceDate) !== undefined ? { referenceDate: patch.referenceDate ?? base.referenceDate } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// parseConfig: the pure parser of `.tin-hoi-nghi.json` (JSON; `//` and `/* */` comments and
// trailing commas are tolerated). Never throws. Valid parts apply; each bad part is a problem
// naming the key. Problem positions are 1-based line and column (UTF-16 units), as printed
// in "file:line:column" messages.


export interface ConfigProblem {
  /** 1-based line. */
  line: number;
  /** 1-based column, UTF-16 code units. */
  column: number;
  message: string;
}

export interface ParsedConfig {
  config: Partial<Config>;
  problems: ConfigProblem[];
}

const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];
const LOCALES: readonly Locale[] = ['vi', 'en'];
const TONE_STYLES: readonly ToneStyle[] = ['consistent', 'old', 'new'];
const TOP_LEVEL_KEYS = ['$schema', 'locale', 'toneStyle', 'rules', 'sections', 'knownTotals', 'words', 'referenceDate'];

type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
interface JsonObject {
  [key: string]: JsonValue;
}

/** A parsed JSON value plus the offset of every value and key (for problem positions). */
interface JsonNode {
  value: JsonValue;
  start: number;
  /** For objects: member key -> { key offset, child node }. */
  members?: Map<string, { keyStart: number; node: JsonNode }>;
  /** For arrays: the element nodes. */
  items?: JsonNode[];
}

class JsonSyntaxError {
  constructor(
    readonly offset: number,
    readonly vi: string,
    readonly en: string,
  ) {}
}

const MAX_DEPTH = 64;

/** A small JSON (+ comments, trailing commas) parser that knows where things are. */
class JsonScanner {
  private pos = 0;
  constructor(private readonly text: string) {}

  parseDocument(): JsonNode {
    this.skip();
    if (this.pos >= this.text.length) throw new JsonSyntaxError(this.pos, 'tệp cấu hình rỗng', 'the configuration file is empty');
    const node = this.value(0);
    this.skip();
    if (this.pos < this.text.length) {
      throw new JsonSyntaxError(this.pos, 'thừa ký tự sau giá trị JSON', 'unexpected characters after the JSON value');
    }
    return node;
  }

  private fail(vi: string, en: string): never {
    throw new JsonSyntaxError(this.pos, vi, en);
  }

  private skip(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) {
        this.pos++;
      } else if (c === 47 /* / */ && t.charCodeAt(this.pos + 1) === 47) {
        while (this.pos < t.length && t.charCodeAt(this.pos) !== 10 && t.charCodeAt(this.pos) !== 13) this.pos++;
      } else if (c === 47 && t.charCodeAt(this.pos + 1) === 42 /* * */) {
        const end = t.indexOf('*/', this.pos + 2);
        if (end < 0) this.fail('chú thích /* chưa đóng', 'unterminated /* comment');
        this.pos = end + 2;
      } else {
        break;
      }
    }
  }

  private value(depth: number): JsonNode {
    if (depth > MAX_DEPTH) this.fail('cấu trúc lồng quá sâu', 'nesting too deep');
    const start = this.pos;
    const c = this.text[this.pos];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return { value: this.string(), start };
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return { value: this.number(), start };
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return { value, start };
      }
    }
    if (c === undefined) this.fail('tệp kết thúc giữa chừng, thiếu giá trị', 'unexpected end of file, a value is missing');
    if (c === "'") this.fail('chuỗi JSON phải dùng nháy kép "', 'JSON strings need double quotes "');
    this.fail(`ký tự không hợp lệ ${JSON.stringify(c)}`, `unexpected character ${JSON.stringify(c)}`);
  }

  private object(depth: number): JsonNode {
    const start = this.pos;
    this.pos++; // {
    const value: JsonObject = {};
    const members = new Map<string, { keyStart: number; node: JsonNode }>();
    this.skip();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return { value, start, members };
    }
    for (;;) {
      this.skip();
      if (this.text[this.pos] === '}') {
        this.pos++; // trailing comma
        break;
      }
      if (this.text[this.pos] !== '"') this.fail('cần tên khóa trong nháy kép', 'expected a property name in double quotes');
      const keyStart = this.pos;
      const key = this.string();
      this.skip();
      if (this.text[this.pos] !== ':') this.fail('thiếu dấu hai chấm ":" sau tên khóa', 'expected ":" after the property name');
      this.pos++;
      this.skip();
      const node = this.value(depth + 1);
      Object.defineProperty(value, key, { value: node.value, enumerable: true, writable: true, configurable: true });
      members.set(key, { keyStart, node });
      this.skip();
      const sep = this.text[this.pos];
      if (sep === ',') {
        this.pos++;
        continue;
      }
      if (sep === '}') {
        this.pos++;
        break;
      }
      this.fail('thiếu dấu phẩy "," hoặc "}"', 'expected "," or "}"');
    }
    return { value, start, members };
  }

  private array(depth: number): JsonNode {
    const start = this.pos;
    this.pos++; // [
    const items: JsonNode[] = [];
    this.skip();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return { value: [], start, items };
    }
    for (;;) {
      this.skip();
      if (this.text[this.pos] === ']') {
        this.pos++; // trailing comma
        break;
      }
      items.push(this.value(depth + 1));
      this.skip();
      const sep = this.text[this.pos];
      if (sep === ',') {
        this.pos++;
        continue;
      }
      if (sep === ']') {
        this.pos++;
        break;
      }
      this.fail('thiếu dấu phẩy "," hoặc "]"', 'expected "," or "]"');
    }
    return { value: items.map((n) => n.value), start, items };
  }

  private string(): string {
    const t = this.text;
    this.pos++; // opening quote
    let out = '';
    let chunk = this.pos;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 34 /* " */) {
        out += t.slice(chunk, this.pos);
        this.pos++;
        return out;
      }
      if (c === 10 || c === 13) this.fail('chuỗi chưa đóng nháy trước khi hết dòng', 'unterminated string');
      if (c === 92 /* \ */) {
        out += t.slice(chunk, this.pos);
        const e = t[this.pos + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          out += simple[e];
          this.pos += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(t.slice(this.pos + 2, this.pos + 6))) {
          out += String.fromCharCode(parseInt(t.slice(this.pos + 2, this.pos + 6), 16));
          this.pos += 6;
        } else {
          this.fail('chuỗi thoát (escape) không hợp lệ', 'invalid escape sequence');
        }
        chunk = this.pos;
        continue;
      }
      this.pos++;
    }
    this.fail('chuỗi chưa đóng nháy', 'unterminated string');
  }

  private number(): number {
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    m.lastIndex = this.pos;
    const found = m.exec(this.text);
    if (!found) this.fail('số không hợp lệ', 'invalid number');
    this.pos += found[0].length;
    return Number(found[0]);
  }
}

/** 1-based line/column of UTF-16 offsets; line starts are computed once per text. */
function lineColumnOf(text: string): (offset: number) => { line: number; column: number } {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
      }
    }
    const o = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - starts[lo] + 1 };
  };
}

const isObject = (v: JsonValue): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const quote = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(', ');

/**
 * Parses the text of a `.tin-hoi-nghi.json` file. Pure and total: any text gives a result.
 * `fileName` is only used in messages about the file as a whole.
 */
export function parseConfig(text: string, fileName: string): ParsedConfig {
  const problems: ConfigProblem[] = [];
  const source = typeof text === 'string' ? text : '';
  const lineColumn = lineColumnOf(source);
  const problem = (offset: number, vi: string, en: string): void => {
    problems.push({ ...lineColumn(offset), message: `${vi} / ${en}` });
  };

  let root: JsonNode;
  try {
    root = new JsonScanner(source).parseDocument();
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      problem(error.offset, `JSON không hợp lệ: ${error.vi}`, `invalid JSON: ${error.en}`);
    } else {
      problem(0, `không đọc được cấu hình: ${String(error)}`, `cannot read the configuration: ${String(error)}`);
    }
    return { config: {}, problems };
  }
  if (!isObject(root.value) || !root.members) {
    problem(root.start, `${fileName}: cấu hình phải là một đối tượng JSON { … }`, `${fileName}: the configuration must be a JSON object { … }`);
    return { config: {}, problems };
  }

  const config: Partial<Config> = {};
  for (const [key, { keyStart, node }] of root.members) {
    const v = node.value;
    switch (key) {
      case '$schema':
        if (typeof v !== 'string') problem(node.start, '"$schema" phải là chuỗi', '"$schema" must be a string');
        break;
      case 'locale':
        if (typeof v === 'string' && (LOCALES as readonly string[]).includes(v)) config.locale = v as Locale;
        else problem(node.start, `"locale" phải là một trong ${quote(LOCALES)}`, `"locale" must be one of ${quote(LOCALES)}`);
        break;
      case 'toneStyle':
        if (typeof v === 'string' && (TONE_STYLES as readonly string[]).includes(v)) config.toneStyle = v as ToneStyle;
        else problem(node.start, `"toneStyle" phải là một trong ${quote(TONE_STYLES)}`, `"toneStyle" must be one of ${quote(TONE_STYLES)}`);
        break;
      case 'rules': {
        if (!node.members) {
          problem(node.start, '"rules" phải là một đối tượng { "mã-quy-tắc": "warning" }', '"rules" must be an object { "rule-id": "warning" }');
          break;
        }
        const rules: Record<string, SeveritySetting> = {};
        for (const [id, member] of node.members) {
          if (!RULES_BY_ID.has(id)) {
            problem(member.keyStart, `không có quy tắc "${id}" (rules.${id})`, `unknown rule "${id}" (rules.${id})`);
            continue;
          }
          const s = member.node.value;
          if (typeof s === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(s)) rules[id] = s as SeveritySetting;
          else {
            problem(
              member.node.start,
              `rules.${id}: mức độ phải là một trong ${quote(SEVERITY_SETTINGS)}`,
              `rules.${id}: the severity must be one of ${quote(SEVERITY_SETTINGS)}`,
            );
          }
        }
        config.rules = rules;
        break;
      }
      case 'sections': {
        if (!node.members) {
          problem(node.start, '"sections" phải là một đối tượng theo loại tin', '"sections" must be an object keyed by article kind');
          break;
        }
        const sections: Partial<Record<ArticleKind, Partial<KindExpectation>>> = {};
        for (const [kind, member] of node.members) {
          if (!(ARTICLE_KINDS as readonly string[]).includes(kind)) {
            problem(
              member.keyStart,
              `không có loại tin "${kind}" (sections.${kind}); các loại: ${ARTICLE_KINDS.join(', ')}`,
              `unknown article kind "${kind}" (sections.${kind}); kinds: ${ARTICLE_KINDS.join(', ')}`,
            );
            continue;
          }
          if (!member.node.members) {
            problem(member.node.start, `sections.${kind} phải là { "required": [...], "recommended": [...] }`, `sections.${kind} must be { "required": [...], "recommended": [...] }`);
            continue;
          }
          const expectation: Partial<KindExpectation> = {};
          for (const [field, entry] of member.node.members) {
            if (field !== 'required' && field !== 'recommended') {
              problem(entry.keyStart, `sections.${kind}: khóa "${field}" không hợp lệ (chỉ "required", "recommended")`, `sections.${kind}: unknown key "${field}" (only "required", "recommended")`);
              continue;
            }
            if (!entry.node.items) {
              problem(entry.node.start, `sections.${kind}.${field} phải là mảng tên phần`, `sections.${kind}.${field} must be an array of section names`);
              continue;
            }
            const names: SectionName[] = [];
            for (const item of entry.node.items) {
              if (typeof item.value === 'string' && (SECTION_NAMES as readonly string[]).includes(item.value)) names.push(item.value as SectionName);
              else {
                problem(
                  item.start,
                  `sections.${kind}.${field}: không có phần ${JSON.stringify(item.value)}; các phần: ${SECTION_NAMES.join(', ')}`,
                  `sections.${kind}.${field}: unknown section ${JSON.stringify(item.value)}; sections: ${SECTION_NAMES.join(', ')}`,
                );
              }
            }
            expectation[field] = names;
          }
          sections[kind as ArticleKind] = expectation;
        }
        config.sections = sections;
        break;
      }
      case 'knownTotals': {
        if (!node.members) {
          problem(node.start, '"knownTotals" phải là một đối tượng { "tiêu chí nông thôn mới": 19 }', '"knownTotals" must be an object { "tiêu chí nông thôn mới": 19 }');
          break;
        }
        const totals: Record<string, number> = {};
        for (const [name, member] of node.members) {
          const n = member.node.value;
          if (typeof n === 'number' && Number.isInteger(n) && n > 0) {
            Object.defineProperty(totals, name.normalize('NFC').toLowerCase().trim(), { value: n, enumerable: true, writable: true, configurable: true });
          }
          else problem(member.node.start, `knownTotals["${name}"] phải là số nguyên dương`, `knownTotals["${name}"] must be a positive integer`);
        }
        config.knownTotals = totals;
        break;
      }
      case 'words': {
        if (!node.items) {
          problem(node.start, '"words" phải là mảng chuỗi', '"words" must be an array of strings');
          break;
        }
        const words: string[] = [];
        for (const item of node.items) {
          if (typeof item.value === 'string' && item.value.trim() !== '') words.push(item.value.normalize('NFC').trim());
          else problem(item.start, 'mỗi mục của "words" phải là chuỗi không rỗng', 'each "words" entry must be a non-empty string');
        }
        config.words = words;
        break;
      }
      case 'referenceDate': {
        const d = parseReferenceDate(v);
        if (d) config.referenceDate = `${d.year}-${d.month < 10 ? '0' : ''}${d.month}-${d.day < 10 ? '0' : ''}${d.day}`;
        else {
          problem(
            node.start,
            '"referenceDate" phải là một ngày có thật dạng "yyyy-mm-dd" (hoặc "dd/mm/yyyy"), ví dụ "2024-05-20"',
            '"referenceDate" must be a real date written "yyyy-mm-dd" (or "dd/mm/yyyy"), e.g. "2024-05-20"',
          );
        }
        break;
      }
      default:
        problem(keyStart, `khóa không hợp lệ "${key}"; các khóa: ${TOP_LEVEL_KEYS.join(', ')}`, `unknown key "${key}"; keys: ${TOP_LEVEL_KEYS.join(', ')}`);
    }
  }
  return { config, problems };
}

/** Parses a word list (`.tin-hoi-nghi-words.txt`): one word or phrase per line, `#` starts a comment. */
export function parseWordList(text: string): string[] {
  const words: string[] = [];
  if (typeof text !== 'string') return words;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const hash = raw.indexOf('#');
    const word = (hash >= 0 ? raw.slice(0, hash) : raw).replace(/^\uFEFF/, '').trim();
    if (word) words.push(word.normalize('NFC'));
  }
  return words;
}
