// Generates the extension's settings (package.json contributes.configuration) and their localised
// descriptions (package.nls.json, package.nls.vi.json) from the rule registry.
//
//   npx tsx scripts/gen-settings.ts           rewrite package.json and the nls files
//   npx tsx scripts/gen-settings.ts --check   exit 1 when they drift from the registry
//
// Only contributes.configuration and the "config.*" nls keys are written; everything else in
// those files is kept as it is (other keys belong to other generators or to people).

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../server/src/core/rules';

const root = join(__dirname, '..');
const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];

interface Texts {
  en: string;
  vi: string;
}

/** The hand-written settings; per-rule severities are appended from the registry. */
const STATIC_SETTINGS: Record<string, { schema: Record<string, unknown>; description: Texts; enumDescriptions?: Texts[] }> = {
  'tinHoiNghi.locale': {
    schema: { type: 'string', enum: ['auto', 'vi', 'en'], default: 'auto', scope: 'window' },
    description: {
      en: 'Language of the messages. "auto" follows the VS Code display language.',
      vi: 'Ngôn ngữ của thông báo. "auto" theo ngôn ngữ hiển thị của VS Code.',
    },
    enumDescriptions: [
      { en: 'Follow the VS Code display language.', vi: 'Theo ngôn ngữ hiển thị của VS Code.' },
      { en: 'Vietnamese.', vi: 'Tiếng Việt.' },
      { en: 'English.', vi: 'Tiếng Anh.' },
    ],
  },
  'tinHoiNghi.toneStyle': {
    schema: { type: 'string', enum: ['consistent', 'old', 'new'], default: 'consistent', scope: 'resource' },
    description: {
      en: 'Tone mark placement on oa, oe, uy: "consistent" accepts either style but not both in one article; "old" requires hòa, khỏe, thủy; "new" requires hoà, khoẻ, thuỷ.',
      vi: 'Cách đặt dấu thanh với oa, oe, uy: "consistent" chấp nhận cả hai kiểu nhưng không trộn trong một bài; "old" theo kiểu cũ hòa, khỏe, thủy; "new" theo kiểu mới hoà, khoẻ, thuỷ.',
    },
    enumDescriptions: [
      { en: 'Either style, but one per article.', vi: 'Kiểu nào cũng được, nhưng thống nhất trong một bài.' },
      { en: 'Old style: hòa, khỏe, thủy.', vi: 'Kiểu cũ: hòa, khỏe, thủy.' },
      { en: 'New style: hoà, khoẻ, thuỷ.', vi: 'Kiểu mới: hoà, khoẻ, thuỷ.' },
    ],
  },
  'tinHoiNghi.referenceDate': {
    schema: { type: 'string', default: '', pattern: '^$|^\\d{4}-\\d{2}-\\d{2}$', scope: 'resource' },
    description: {
      en: 'Read every article as of this date ("yyyy-mm-dd"), e.g. when proof-reading an archive: the map rules (admin-timeline: no districts or thị trấn from 1 July 2025) and dates without a year use it instead of the article\'s own date. Empty: each article\'s own date.',
      vi: 'Coi mọi bài viết như được viết vào ngày này ("yyyy-mm-dd"), ví dụ khi soát lại bài lưu trữ: quy tắc về bản đồ hành chính (admin-timeline: từ 01/7/2025 không còn cấp huyện, thị trấn) và các ngày không ghi năm dùng ngày này thay cho ngày của bài. Để trống: dùng ngày của từng bài.',
    },
  },
  'tinHoiNghi.words': {
    schema: { type: 'array', items: { type: 'string' }, default: [], scope: 'resource' },
    description: {
      en: 'Extra words that are not misspellings (place names, local terms).',
      vi: 'Các từ bổ sung không bị coi là sai chính tả (địa danh, từ địa phương).',
    },
  },
  'tinHoiNghi.knownTotals': {
    schema: { type: 'object', additionalProperties: { type: 'integer', minimum: 1 }, default: {}, scope: 'resource' },
    description: {
      en: 'Known sizes of indicator sets, e.g. { "tiêu chí nông thôn mới": 20 } when a province uses 20 criteria (default 19).',
      vi: 'Số lượng đã biết của các bộ chỉ tiêu, ví dụ { "tiêu chí nông thôn mới": 20 } khi tỉnh dùng bộ 20 tiêu chí (mặc định 19).',
    },
  },
  'tinHoiNghi.files.checkAll': {
    schema: { type: 'boolean', default: false, scope: 'resource' },
    description: {
      en: 'Check every plain-text and Markdown file, not only those that look like a meeting news item (*.tin.txt and *.tin.md are always checked).',
      vi: 'Kiểm tra mọi tệp văn bản thuần và Markdown, không chỉ các tệp trông giống tin hội nghị (tệp *.tin.txt và *.tin.md luôn được kiểm tra).',
    },
  },
  'tinHoiNghi.debounceMs': {
    schema: { type: 'integer', minimum: 0, maximum: 5000, default: 150, scope: 'window' },
    description: {
      en: 'Delay in milliseconds between the last keystroke and re-checking the document.',
      vi: 'Thời gian chờ (mili giây) sau lần gõ phím cuối trước khi kiểm tra lại văn bản.',
    },
  },
  'tinHoiNghi.templatesFolder': {
    schema: { type: 'string', default: '.tin-hoi-nghi/templates', scope: 'resource' },
    description: {
      en: 'Workspace folder with your own article templates (*.hbs), offered by "New article from template" next to the built-in ones. Ignored in untrusted workspaces.',
      vi: 'Thư mục trong workspace chứa mẫu bài riêng (*.hbs), hiển thị cùng các mẫu có sẵn khi "Tạo bài mới từ mẫu". Bỏ qua khi workspace chưa được tin cậy.',
    },
  },
};

function nlsKey(setting: string): string {
  return `config.${setting.replace(/^tinHoiNghi\./, '')}`;
}

export interface GeneratedSettings {
  configuration: Record<string, unknown>;
  nls: { en: Record<string, string>; vi: Record<string, string> };
}

export function generateSettings(): GeneratedSettings {
  const properties: Record<string, unknown> = {};
  const en: Record<string, string> = {
    'config.title': 'Meeting news (Tin hội nghị)',
  };
  const vi: Record<string, string> = {
    'config.title': 'Tin hội nghị',
  };
  let order = 0;
  for (const [setting, spec] of Object.entries(STATIC_SETTINGS)) {
    const key = nlsKey(setting);
    en[key] = spec.description.en;
    vi[key] = spec.description.vi;
    const property: Record<string, unknown> = { ...spec.schema, description: `%${key}%`, order: order++ };
    if (spec.enumDescriptions) {
      property.enumDescriptions = spec.enumDescriptions.map((_, i) => `%${key}.${i}%`);
      spec.enumDescriptions.forEach((d, i) => {
        en[`${key}.${i}`] = d.en;
        vi[`${key}.${i}`] = d.vi;
      });
    }
    properties[setting] = property;
  }
  for (const rule of RULES) {
    const setting = `tinHoiNghi.rules.${rule.id}`;
    const key = nlsKey(setting);
    en[key] = `${rule.description.en} (rule ${rule.id}, ${rule.category}${rule.fixable ? ', fixable' : ''}). Severity, or "off".`;
    vi[key] = `${rule.description.vi} (quy tắc ${rule.id}${rule.fixable ? ', có sửa tự động' : ''}). Mức độ, hoặc "off" để tắt.`;
    properties[setting] = {
      type: 'string',
      enum: SEVERITIES,
      default: rule.defaultSeverity,
      description: `%${key}%`,
      scope: 'resource',
      order: order++,
    };
  }
  return { configuration: { title: '%config.title%', properties }, nls: { en, vi } };
}

/** Replaces the generated "config.*" keys of an nls table, keeping the others in place. */
function mergeNls(existing: Record<string, string>, generated: Record<string, string>): Record<string, string> {
  const kept = Object.fromEntries(Object.entries(existing).filter(([k]) => !k.startsWith('config.')));
  return { ...kept, ...generated };
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

function readJson(file: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** Compares what is generated, not formatting: other keys of these files are not ours. */
function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function main(): void {
  const check = process.argv.includes('--check');
  const generated = generateSettings();
  const drifted: { path: string; next: string }[] = [];

  const pkgPath = join(root, 'package.json');
  const pkg = JSON.parse(readText(pkgPath)) as Record<string, unknown>;
  const contributes = (pkg.contributes ?? {}) as Record<string, unknown>;
  if (!sameJson(contributes.configuration, generated.configuration)) {
    pkg.contributes = { ...contributes, configuration: generated.configuration };
    drifted.push({ path: pkgPath, next: json(pkg) });
  }

  for (const [locale, name] of [['en', 'package.nls.json'], ['vi', 'package.nls.vi.json']] as const) {
    const path = join(root, name);
    const current = readJson(path) as Record<string, string>;
    const next = mergeNls(current, generated.nls[locale]);
    if (!sameJson(current, next)) drifted.push({ path, next: json(next) });
  }

  if (check) {
    for (const f of drifted) console.error(`gen-settings: ${f.path} is out of date; run npx tsx scripts/gen-settings.ts`);
    process.exitCode = drifted.length > 0 ? 1 : 0;
    return;
  }
  for (const f of drifted) writeFileSync(f.path, f.next);
  console.log(`gen-settings: ${RULES.length} rule settings; ${drifted.length} file(s) updated`);
}

if (require.main === module) main();
