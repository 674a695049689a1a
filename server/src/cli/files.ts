// Command-line operands -> article files. Directories are searched recursively for .txt, .md and
// Word .docx drafts (node_modules and .git are skipped, so are Word's "~$…" lock files; symbolic
// links to directories are not followed); globs
// support * (within a path segment), ** (any number of segments), ? and [abc] / [!abc].

import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.docx'];
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export interface FileTarget {
  /** The path as shown in reports: as given, or joined onto the directory / glob base as given. */
  display: string;
  /** Absolute path. */
  path: string;
}

export interface ExpandError {
  operand: string;
  message: { vi: string; en: string };
}

const GLOB_CHARS = /[*?[]/;

export function isGlob(operand: string): boolean {
  return GLOB_CHARS.test(operand);
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A glob (with "/" separators) as an anchored regular expression over "/"-separated paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let i = 0;
  while (i < glob.length) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atStart = i === 0 || glob[i - 1] === '/';
        const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
        if (atStart && atEnd) {
          if (glob[i + 2] === '/') {
            re += '(?:[^/]+/)*';
            i += 3;
          } else {
            re += '.*';
            i += 2;
          }
          continue;
        }
      }
      re += '[^/]*';
      i++;
    } else if (c === '?') {
      re += '[^/]';
      i++;
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) {
        re += '\\[';
        i++;
        continue;
      }
      let body = glob.slice(i + 1, close);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      re += `[${negate ? '^/' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = close + 1;
    } else {
      re += escapeRegex(c);
      i++;
    }
  }
  return new RegExp(`^${re}$`, 'u');
}

function safeStat(path: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function readDir(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

function isArticle(name: string): boolean {
  const lower = name.toLowerCase();
  if (/(?:^|\/)~\$[^/]*$/.test(lower)) return false; // Word's lock file next to an open draft
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Walks `dir` depth-first in name order; `visit(relative, absolute)` for each file. */
function walk(dir: string, rel: string, maxDepth: number, visit: (rel: string, abs: string) => void): void {
  for (const entry of readDir(dir)) {
    const abs = join(dir, entry.name);
    const childRel = rel ? `${rel}/${entry.name}` : entry.name;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // Follow links to files, never to directories (no cycles).
      isFile = safeStat(abs)?.isFile() ?? false;
      isDir = false;
    }
    if (isDir) {
      if (SKIPPED_DIRS.has(entry.name) || maxDepth <= 1) continue;
      walk(abs, childRel, maxDepth - 1, visit);
    } else if (isFile) {
      visit(childRel, abs);
    }
  }
}

function joinDisplay(base: string, rel: string): string {
  if (!base || base === '.') return rel;
  return base.endsWith('/') || base.endsWith('\\') ? base + rel : `${base}/${rel}`;
}

/**
 * Expands operands into files, in operand order, without duplicates. `cwd` resolves relative paths.
 * Missing paths and globs matching nothing become errors (the other operands still expand).
 */
export function expandOperands(operands: string[], cwd: string): { files: FileTarget[]; errors: ExpandError[] } {
  const files: FileTarget[] = [];
  const errors: ExpandError[] = [];
  const seen = new Set<string>();
  const add = (display: string, path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    files.push({ display, path });
  };

  for (const operand of operands) {
    const abs = resolve(cwd, operand);
    const st = safeStat(abs);
    if (st?.isFile()) {
      add(operand, abs);
      continue;
    }
    if (st?.isDirectory()) {
      walk(abs, '', Infinity, (rel, path) => {
        if (isArticle(rel)) add(joinDisplay(operand, rel), path);
      });
      continue;
    }
    if (!isGlob(operand)) {
      errors.push({ operand, message: { vi: `không tìm thấy tệp hoặc thư mục: ${operand}`, en: `no such file or directory: ${operand}` } });
      continue;
    }
    // Glob: the literal leading segments are the base directory; walk it and match the rest.
    const pattern = operand.replace(/\\/g, '/');
    const segments = pattern.split('/');
    const firstGlob = segments.findIndex((s) => isGlob(s));
    const baseSegments = segments.slice(0, firstGlob);
    const restSegments = segments.slice(firstGlob);
    const base = baseSegments.join('/');
    const baseAbs = resolve(cwd, base === '' && pattern.startsWith('/') ? '/' : base || '.');
    const matcher = globToRegExp(restSegments.join('/'));
    const maxDepth = restSegments.some((s) => s.includes('**')) ? Infinity : restSegments.length;
    let count = 0;
    if (safeStat(baseAbs)?.isDirectory()) {
      walk(baseAbs, '', maxDepth, (rel, path) => {
        if (matcher.test(rel)) {
          count++;
          add(base === '' ? rel : joinDisplay(base, rel), path);
        }
      });
    }
    if (count === 0) {
      errors.push({ operand, message: { vi: `không có tệp nào khớp mẫu: ${operand}`, en: `no files match the pattern: ${operand}` } });
    }
  }
  return { files, errors };
}
