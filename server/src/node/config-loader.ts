// Finds and reads configuration files for a checked file (Node only: uses fs).
//   .tin-hoi-nghi.json          nearest one upward from the file's directory (or an explicit file)
//   .tin-hoi-nghi-words.txt     nearest one upward too; its words are added to config.words
// A broken file never stops checking: its problems are returned (file, 1-based line:column) and
// the valid parts (or the defaults) apply.

import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { defaultConfig, mergeConfig, parseConfig, parseWordList } from '../core/config';
import type { Config } from '../core/types';

export const CONFIG_FILE_NAME = '.tin-hoi-nghi.json';
export const WORDS_FILE_NAME = '.tin-hoi-nghi-words.txt';

export interface ConfigFileProblem {
  file: string;
  /** 1-based line (0 when the problem concerns the whole file, e.g. it cannot be read). */
  line: number;
  /** 1-based column in UTF-16 units (0 when the problem concerns the whole file). */
  column: number;
  message: string;
}

export interface LoadedConfig {
  config: Config;
  /** The configuration file used, if any. */
  file?: string;
  /** The word list used, if any. */
  wordsFile?: string;
  problems: ConfigFileProblem[];
}

export interface LoadOptions {
  /** Use this configuration file instead of searching (CLI --config). */
  explicitFile?: string;
  /**
   * false: read no file at all and return the defaults (an untrusted workspace). Default true.
   * Configuration files are plain data, but an untrusted folder should not steer the checker.
   */
  trusted?: boolean;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The nearest file named `name` in `startDir` or any ancestor, up to the filesystem root. */
export function findUpward(startDir: string, name: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    const candidate = join(dir, name);
    if (isFile(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function readText(file: string): string {
  return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
}

function errorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ?? String(error);
}

/**
 * The configuration for `filePath` (a file, a directory, or a virtual name such as the
 * --stdin-filename; relative paths resolve against the current directory). Never throws.
 */
export function loadConfigFor(filePath: string, options: LoadOptions = {}): LoadedConfig {
  const problems: ConfigFileProblem[] = [];
  let config = defaultConfig();
  if (options.trusted === false) return { config, problems };

  const target = resolve(filePath || '.');
  const startDir = isDirectory(target) ? target : dirname(target);

  let file: string | undefined;
  if (options.explicitFile !== undefined) {
    file = resolve(options.explicitFile);
    if (!isFile(file)) {
      problems.push({
        file,
        line: 0,
        column: 0,
        message: `không tìm thấy tệp cấu hình (${isDirectory(file) ? 'là thư mục' : 'không tồn tại'}) / configuration file not found (${isDirectory(file) ? 'is a directory' : 'does not exist'})`,
      });
      file = undefined;
    }
  } else {
    file = findUpward(startDir, CONFIG_FILE_NAME);
  }

  if (file) {
    try {
      const parsed = parseConfig(readText(file), file);
      config = mergeConfig(config, parsed.config);
      for (const p of parsed.problems) problems.push({ file, ...p });
    } catch (error) {
      problems.push({ file, line: 0, column: 0, message: `không đọc được tệp cấu hình: ${errorText(error)} / cannot read the configuration file: ${errorText(error)}` });
    }
  }

  const wordsFile = findUpward(startDir, WORDS_FILE_NAME);
  if (wordsFile) {
    try {
      config = mergeConfig(config, { words: parseWordList(readText(wordsFile)) });
    } catch (error) {
      problems.push({ file: wordsFile, line: 0, column: 0, message: `không đọc được danh sách từ: ${errorText(error)} / cannot read the word list: ${errorText(error)}` });
    }
  }

  return { config, ...(file ? { file } : {}), ...(wordsFile ? { wordsFile } : {}), problems };
}

/** "file:line:column: message" (or "file: message" for whole-file problems), for stderr and logs. */
export function formatConfigProblem(p: ConfigFileProblem): string {
  return p.line > 0 ? `${p.file}:${p.line}:${p.column}: ${p.message}` : `${p.file}: ${p.message}`;
}
