// Client settings (workspace/configuration section "tinHoiNghi") → a validated ServerSettings,
// and ServerSettings + project config file → the core Config. Total: bad values are ignored.

import { defaultConfig } from '../core/config';
import { parseReferenceDate } from '../core/rules/_article-date';
import type { Config, Locale, SeveritySetting, ToneStyle } from '../core/types';
import { DEFAULT_DEBOUNCE_MS } from './constants';

export type LocaleSetting = 'auto' | 'vi' | 'en';

export interface ServerSettings {
  locale: LocaleSetting;
  rules: Record<string, SeveritySetting>;
  toneStyle?: ToneStyle;
  /** Pins the date articles are read as of ("yyyy-mm-dd"); empty = each article's own date. */
  referenceDate?: string;
  words: string[];
  knownTotals: Record<string, number>;
  debounceMs: number;
  /** Check every plaintext / Markdown file, not only those that look like an article. */
  checkAll: boolean;
}

export function defaultSettings(): ServerSettings {
  return { locale: 'auto', rules: {}, words: [], knownTotals: {}, debounceMs: DEFAULT_DEBOUNCE_MS, checkAll: false };
}

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);
const TONE_STYLES = new Set(['consistent', 'old', 'new']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a settings object as clients send it (nested, or with dotted keys such as "files.checkAll"). */
export function parseSettings(raw: unknown): ServerSettings {
  const settings = defaultSettings();
  if (!isObject(raw)) return settings;
  const get = (path: string): unknown => {
    if (path in raw) return raw[path];
    let node: unknown = raw;
    for (const part of path.split('.')) {
      if (!isObject(node)) return undefined;
      node = node[part];
    }
    return node;
  };

  const locale = get('locale');
  if (locale === 'auto' || locale === 'vi' || locale === 'en') settings.locale = locale;

  const rules = get('rules');
  if (isObject(rules)) {
    for (const [id, value] of Object.entries(rules)) {
      if (typeof value === 'string' && SEVERITIES.has(value)) settings.rules[id] = value as SeveritySetting;
    }
  }
  for (const [key, value] of Object.entries(raw)) {
    const m = /^rules\.([a-z][a-z0-9-]*)$/.exec(key);
    if (m && typeof value === 'string' && SEVERITIES.has(value)) settings.rules[m[1]] = value as SeveritySetting;
  }

  const tone = get('toneStyle');
  if (typeof tone === 'string' && TONE_STYLES.has(tone)) settings.toneStyle = tone as ToneStyle;

  const reference = get('referenceDate');
  if (typeof reference === 'string' && parseReferenceDate(reference)) settings.referenceDate = reference.trim();

  const words = get('words');
  if (Array.isArray(words)) settings.words = words.filter((w): w is string => typeof w === 'string' && w.trim() !== '').map((w) => w.trim());

  const totals = get('knownTotals');
  if (isObject(totals)) {
    for (const [name, value] of Object.entries(totals)) {
      if (typeof value === 'number' && Number.isFinite(value) && value > 0) settings.knownTotals[name.normalize('NFC').toLowerCase()] = value;
    }
  }

  const debounce = get('debounceMs');
  if (typeof debounce === 'number' && Number.isFinite(debounce) && debounce >= 0) settings.debounceMs = Math.min(Math.round(debounce), 5000);

  const checkAll = get('files.checkAll');
  if (typeof checkAll === 'boolean') settings.checkAll = checkAll;
  return settings;
}

/** 'auto' follows the client's UI language (initialize params `locale`): Vietnamese unless it is clearly another language. */
export function resolveLocale(setting: LocaleSetting, clientLocale: string | undefined): Locale {
  if (setting !== 'auto') return setting;
  if (!clientLocale) return 'vi';
  return clientLocale.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/**
 * The core Config for one document: the project file (`.tin-hoi-nghi.json`, when there is one)
 * is the base; the user's settings add words and known totals and override rule severities and
 * an explicit 'old' / 'new' tone style. The locale always comes from the client side.
 */
export function buildConfig(settings: ServerSettings, locale: Locale, project?: Config): Config {
  const base = project ?? defaultConfig();
  return {
    rules: { ...base.rules, ...settings.rules },
    sections: { ...base.sections },
    knownTotals: { ...base.knownTotals, ...settings.knownTotals },
    locale,
    // 'consistent' is the default a client sends when the user set nothing: it does not override the project file.
    toneStyle: settings.toneStyle && settings.toneStyle !== 'consistent' ? settings.toneStyle : base.toneStyle,
    words: [...base.words, ...settings.words],
    // an empty setting (the default a client sends) does not override the project file
    ...((settings.referenceDate ?? base.referenceDate) !== undefined ? { referenceDate: settings.referenceDate ?? base.referenceDate } : {}),
  };
}
