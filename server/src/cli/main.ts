// tin-hoi-nghi: the command-line checker.
//   tin-hoi-nghi check [--format stylish|json|sarif|html] [-o FILE] [--config FILE] [--max-warnings N]
//                      [--fix] [--locale vi|en] <files|dirs|globs…>
//   tin-hoi-nghi check --stdin [--stdin-filename NAME]
// Exit codes: 0 no error findings (and warnings ≤ --max-warnings), 1 error findings or too many
// warnings, 2 usage or I/O errors (the other files are still checked).

import '../node/v8-flags'; // first: V8 settings before any module runs a regular expression
import { chmodSync, closeSync, existsSync, openSync, readFileSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { analyze, expectManyAnalyses } from '../core/analyze';
import { problemMessage } from '../core/render';
import type { Config, Locale } from '../core/types';
import { formatConfigProblem, loadConfigFor, type LoadedConfig } from '../node/config-loader';
import { extractDocx, isWordFileName, looksLikeWordContainer } from '../node/docx';
import { announceWarm } from '../node/code-cache';
import { installLanguageModel } from '../node/lm-file';
import { IN_BATCH_WORKER, MIN_FILES, startBatch, withoutViews, type Batch } from './batch';
import { decodeArticle, encodeArticle } from './decode';
import { expandOperands } from './files';
import { fixText } from './fix';
import { FORMATS, formatSarif, jsonElement, stylishBlock, stylishSummary, summary, type Counts, type FileReport, type Format } from './format';
import { formatHtml, HTML_GENERATOR } from './html-report';

export interface CliIo {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown };
  /** The bytes of standard input (used by --stdin). */
  stdin?: string | Uint8Array | (() => Promise<string | Uint8Array>);
  env?: Record<string, string | undefined>;
  /** Directory that relative paths resolve against (default process.cwd()). */
  cwd?: string;
}

export interface CliOptions {
  command?: string;
  format: Format;
  config?: string;
  maxWarnings: number;
  fix: boolean;
  locale?: Locale;
  stdin: boolean;
  stdinFilename?: string;
  help: boolean;
  version: boolean;
  operands: string[];
  /** -o / --output: write the report to this file instead of standard output. */
  output?: string;
}

class UsageError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
  }
}

const HELP = `tin-hoi-nghi — kiểm tra tin hội nghị xã / checks news items about commune meetings

Cách dùng / Usage:
  tin-hoi-nghi check [tùy chọn/options] <tệp|thư mục|mẫu glob…>
  tin-hoi-nghi check --stdin [--stdin-filename TÊN] < bai-viet.txt

Tùy chọn / Options:
  --format stylish|json|sarif|html
                                định dạng báo cáo / report format (mặc định/default: stylish);
                                html: một trang báo cáo đọc được trên điện thoại / one review page
  -o, --output FILE             ghi báo cáo vào tệp / write the report to FILE (chỉ ghi đè báo
                                cáo cũ của tin-hoi-nghi / only replaces an earlier tin-hoi-nghi report)
  --config FILE                 dùng tệp cấu hình này / use this configuration file
                                (mặc định tìm .tin-hoi-nghi.json từ thư mục của tệp trở lên /
                                default: nearest .tin-hoi-nghi.json upward from the file)
  --max-warnings N              mã thoát 1 nếu quá N cảnh báo / exit 1 on more than N warnings
  --fix                         tự sửa các lỗi sửa an toàn được / apply safe fixes in place
  --locale vi|en                ngôn ngữ thông báo / message language
  --stdin                       đọc bài từ đầu vào chuẩn / read the article from standard input
  --stdin-filename NAME         tên hiển thị và nơi tìm cấu hình / name to show and to find config
  -h, --help                    trợ giúp / this help
  -v, --version                 phiên bản / version

Thư mục được duyệt đệ quy tìm .txt, .md và .docx (bỏ qua node_modules, .git).
Directories are searched recursively for .txt, .md and .docx files (node_modules and .git are skipped).
Tệp Word .docx: vị trí là đoạn:cột; --fix không ghi tệp Word. Word drafts: positions are
paragraph:column; --fix never writes them. .doc (Word cũ/old), mật khẩu/password: mã thoát/exit 2.
Glob: * ** ? [abc] — đặt trong nháy để shell không tự mở rộng / quote globs for your shell.

Mã thoát / Exit codes: 0 không có lỗi / no errors; 1 có lỗi hoặc quá số cảnh báo / errors or
too many warnings; 2 lỗi cách dùng hoặc đọc tệp / usage or I/O error.
`;

function takeValue(args: string[], i: number, name: string, inline: string | undefined): [string, number] {
  if (inline !== undefined) return [inline, i];
  const value = args[i + 1];
  if (value === undefined || (value.startsWith('--') && value.length > 2)) {
    throw new UsageError(`thiếu giá trị cho ${name}`, `${name} needs a value`);
  }
  return [value, i + 1];
}

export function parseArgs(args: string[]): CliOptions {
  const options: CliOptions = { format: 'stylish', maxWarnings: -1, fix: false, stdin: false, help: false, version: false, operands: [] };
  let onlyOperands = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (onlyOperands || !arg.startsWith('-') || arg === '-') {
      if (options.command === undefined) options.command = arg;
      else options.operands.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyOperands = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    let value: string;
    switch (name) {
      case '-h':
      case '--help':
        options.help = true;
        break;
      case '-v':
      case '--version':
        options.version = true;
        break;
      case '--fix':
        options.fix = true;
        break;
      case '--stdin':
        options.stdin = true;
        break;
      case '--format':
        [value, i] = takeValue(args, i, name, inline);
        if (!(FORMATS as readonly string[]).includes(value)) {
          throw new UsageError(`--format phải là ${FORMATS.join('|')} (nhận được "${value}")`, `--format must be ${FORMATS.join('|')} (got "${value}")`);
        }
        options.format = value as Format;
        break;
      case '--config':
        [value, i] = takeValue(args, i, name, inline);
        options.config = value;
        break;
      case '-o':
      case '--output':
        [value, i] = takeValue(args, i, name, inline);
        options.output = value;
        break;
      case '--max-warnings':
        [value, i] = takeValue(args, i, name, inline);
        if (!/^-?\d+$/.test(value)) {
          throw new UsageError(`--max-warnings cần một số nguyên (nhận được "${value}")`, `--max-warnings needs an integer (got "${value}")`);
        }
        options.maxWarnings = Number(value);
        break;
      case '--locale':
        [value, i] = takeValue(args, i, name, inline);
        if (value !== 'vi' && value !== 'en') {
          throw new UsageError(`--locale phải là vi hoặc en (nhận được "${value}")`, `--locale must be vi or en (got "${value}")`);
        }
        options.locale = value;
        break;
      case '--stdin-filename':
        [value, i] = takeValue(args, i, name, inline);
        options.stdinFilename = value;
        break;
      default:
        throw new UsageError(`tùy chọn không hợp lệ: ${arg}`, `unknown option: ${arg}`);
    }
  }
  return options;
}

/** The version from the package.json above this file (source tree or bundle). */
export function packageVersion(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      try {
        const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === 'tin-hoi-nghi' && pkg.version) return pkg.version;
      } catch {
        // keep looking
      }
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return '0.0.0';
}

async function readStdin(io: CliIo): Promise<Uint8Array> {
  const source = io.stdin ?? (() => readProcessStdin());
  const value = typeof source === 'function' ? await source() : source;
  return typeof value === 'string' ? new TextEncoder().encode(value) : value;
}

function readProcessStdin(): Promise<Uint8Array> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolvePromise(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

function errorCode(error: unknown): string {
  const e = error as NodeJS.ErrnoException | undefined;
  return e?.code ?? String(error);
}

/**
 * Writes `bytes` to `path` atomically: a temporary file in the same directory, then rename.
 * A symbolic link is followed: its target is rewritten and the link stays a link.
 */
export function writeAtomically(linkOrPath: string, bytes: Uint8Array): void {
  let path = linkOrPath;
  try {
    path = realpathSync(linkOrPath);
  } catch {
    // a new file: write it where asked
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  let mode: number | undefined;
  try {
    mode = statSync(path).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  try {
    writeFileSync(temp, bytes, { flag: 'wx', ...(mode !== undefined ? { mode } : {}) });
    if (mode !== undefined) chmodSync(temp, mode);
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // the temporary file was never created
    }
    throw error;
  }
}

/**
 * Whether `-o` may write `path`: a new file, or a report tin-hoi-nghi wrote earlier (an HTML page
 * with its generator tag, a SARIF log from its driver, a JSON array of its results). Anything else
 * (an article, a hand-written page, a directory) is refused, never overwritten.
 */
export function outputTargetProblem(path: string, display = path): { vi: string; en: string } | undefined {
  let st;
  try {
    st = statSync(path);
  } catch {
    return undefined; // a new file
  }
  if (st.isDirectory()) return { vi: `-o chỉ tới một thư mục: ${display}`, en: `-o names a directory: ${display}` };
  let head = '';
  try {
    head = readFileSync(path).subarray(0, 4096).toString('utf8');
  } catch (error) {
    return { vi: `không đọc được tệp đích ${display} (${errorCode(error)})`, en: `cannot read the target ${display} (${errorCode(error)})` };
  }
  const ours =
    head.includes(`<meta name="generator" content="${HTML_GENERATOR}`) ||
    /^\{\s*"\$schema": "[^"]*sarif[^"]*",\s*"version": "2\.1\.0",\s*"runs": \[\s*\{\s*"tool": \{\s*"driver": \{\s*"name": "tin-hoi-nghi"/.test(head) ||
    /^\[(?:\]\s*$|\{"file":)/.test(head);
  if (ours) return undefined;
  return {
    vi: `tệp ${display} đã có và không phải báo cáo của tin-hoi-nghi — không ghi đè; hãy chọn tên khác hoặc tự xóa tệp đó`,
    en: `${display} exists and is not a tin-hoi-nghi report — not overwritten; choose another name or delete it yourself`,
  };
}

/** Runs the CLI with `argv` (without "node" and the script). Resolves to the exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  // Output that no one watches (a file or a pipe) is written in chunks of ~16K characters rather than
  // per report: one write per file cost ~2 % of a 1,000-file batch. A terminal still sees each file's
  // report as it is done. Standard error flushes what is pending first, so the order is kept.
  if (io.stdout.isTTY) return runWith(argv, io);
  const stdout = io.stdout;
  let pending = '';
  const flush = (): void => {
    if (pending === '') return;
    const chunk = pending;
    pending = '';
    stdout.write(chunk);
  };
  const buffered: CliIo = {
    ...io,
    stdout: {
      write(chunk: string): boolean {
        pending += chunk;
        if (pending.length >= OUTPUT_CHUNK) flush();
        return true;
      },
      isTTY: stdout.isTTY,
    },
    stderr: {
      write(chunk: string): unknown {
        flush();
        return io.stderr.write(chunk);
      },
    },
  };
  try {
    return await runWith(argv, buffered);
  } finally {
    flush();
  }
}

/**
 * Code units of standard output collected before one write (see run). Kept well under V8's
 * large-object size (128 KB: a two-byte string of 64K code units is one) and glibc's mmap threshold
 * for Node's UTF-8 copy (3 bytes per code unit): above them every chunk was fresh memory mapped,
 * faulted in and unmapped again, ~5,500 page faults and ~8 % of the CPU of a 1,000-file batch on a
 * virtual machine (docs/benchmarks.md, 2026-12-02, fifth session).
 */
const OUTPUT_CHUNK = 1 << 14;

async function runWith(argv: string[], io: CliIo): Promise<number> {
  const out = (s: string): void => void io.stdout.write(s);
  const err = (s: string): void => void io.stderr.write(s);
  const cwd = io.cwd ?? process.cwd();
  const env = io.env ?? process.env;
  const fail = (vi: string, en: string): void => err(`tin-hoi-nghi: ${vi}\n  ${en}\n`);

  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      fail(error.vi, error.en);
      err('Xem / see: tin-hoi-nghi --help\n');
      return 2;
    }
    throw error;
  }
  if (options.help) {
    out(HELP);
    return 0;
  }
  if (options.version) {
    out(`${packageVersion()}\n`);
    return 0;
  }
  if (options.command === undefined) {
    err(HELP);
    return 2;
  }
  if (options.command !== 'check') {
    fail(`lệnh không hợp lệ "${options.command}" (chỉ có: check)`, `unknown command "${options.command}" (available: check)`);
    err(`Ví dụ / e.g.: tin-hoi-nghi check ${options.command}\n`);
    return 2;
  }
  if (options.stdin && options.operands.length > 0) {
    fail('--stdin không dùng cùng tên tệp', '--stdin cannot be combined with file operands');
    return 2;
  }
  if (options.stdin && options.fix) {
    fail('--fix không dùng với --stdin (không có tệp để ghi)', '--fix cannot be used with --stdin (there is no file to write)');
    return 2;
  }
  if (options.stdinFilename !== undefined && !options.stdin) {
    fail('--stdin-filename chỉ dùng với --stdin', '--stdin-filename only applies with --stdin');
    return 2;
  }
  const outputPath = options.output !== undefined ? resolve(cwd, options.output) : undefined;
  if (outputPath !== undefined) {
    const problem = outputTargetProblem(outputPath, options.output);
    if (problem) {
      fail(problem.vi, problem.en);
      return 2;
    }
  }
  if (!options.stdin && options.operands.length === 0) {
    fail('chưa có tệp nào để kiểm tra', 'no files to check');
    err('Ví dụ / e.g.: tin-hoi-nghi check bai-viet.txt\n');
    return 2;
  }

  let ioErrors = 0;
  const reportedConfigFiles = new Set<string>();
  const configCache = new Map<string, LoadedConfig>();
  const configFor = (path: string): Config => {
    const key = dirname(path);
    let loaded = configCache.get(key);
    if (!loaded) {
      loaded = loadConfigFor(path, options.config !== undefined ? { explicitFile: resolve(cwd, options.config) } : {});
      configCache.set(key, loaded);
      for (const p of loaded.problems) {
        const id = formatConfigProblem(p);
        if (reportedConfigFiles.has(id)) continue;
        reportedConfigFiles.add(id);
        err(`tin-hoi-nghi: cấu hình / config: ${id}\n`);
      }
    }
    const config = loaded.config;
    return options.locale ? { ...config, locale: options.locale } : config;
  };

  // json and stylish on standard output are written file by file as each is done (the same bytes as
  // one report at the end; nothing waits for the last file, and texts are not kept); sarif, html
  // and -o need the whole run, so their reports are kept.
  const color = Boolean(io.stdout.isTTY) && !env.NO_COLOR && outputPath === undefined;
  const streamed = outputPath === undefined && (options.format === 'json' || options.format === 'stylish');
  const reports: FileReport[] = [];
  const tally = { files: 0, fixed: 0, counts: { error: 0, warning: 0, information: 0, hint: 0 } as Counts, firstLocale: undefined as Locale | undefined };
  const report = (r: FileReport): void => {
    analysed = true;
    tally.files++;
    tally.fixed += r.fixed;
    for (const f of r.analysis.findings) tally.counts[f.severity]++;
    tally.firstLocale ??= r.locale;
    if (!streamed) reports.push(r);
    else if (options.format === 'json') out(`${tally.files === 1 ? '[' : ','}${jsonElement(r)}`);
    else {
      const block = stylishBlock(r, color);
      if (block !== '') out(block);
    }
  };
  let batch: Batch | undefined; // worker threads when there are many files (batch.ts)
  const checkBytes = async (display: string, path: string | undefined, bytes: Uint8Array, configPath: string): Promise<void> => {
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) {
      ioErrors++;
      fail(`${display}: ${decoded.message.vi}`, `${display}: ${decoded.message.en}`);
      return;
    }
    const config = configFor(configPath);
    let text = decoded.text;
    let fixed = 0;
    let analysis;
    if (options.fix && path !== undefined) {
      const outcome = fixText(text, config);
      analysis = outcome.analysis;
      fixed = outcome.applied;
      if (outcome.text !== text) {
        try {
          writeAtomically(path, encodeArticle(outcome.text, decoded.encoding, decoded.bom));
          text = outcome.text;
        } catch (error) {
          ioErrors++;
          fail(`${display}: không ghi được tệp (${errorCode(error)})`, `${display}: cannot write the file (${errorCode(error)})`);
          analysis = analyze(text, config);
          fixed = 0;
        }
      }
    } else {
      analysis = batch && path !== undefined ? await batch.analyze(path, text, config) : analyze(text, config);
    }
    for (const problem of analysis.problems) {
      err(`tin-hoi-nghi: ${display}: ${problemMessage(problem, 'vi')} / ${problemMessage(problem, 'en')}\n`);
    }
    report({ file: display, text, analysis: withoutViews(analysis), locale: config.locale, fixed });
  };

  /** A Word draft: its extracted text is checked; positions are paragraph:column; --fix never writes it. */
  const checkWord = (display: string, bytes: Uint8Array, configPath: string): void => {
    const extracted = extractDocx(bytes);
    if (!extracted.ok) {
      ioErrors++;
      fail(`${display}: ${extracted.message.vi}`, `${display}: ${extracted.message.en}`);
      return;
    }
    const config = configFor(configPath);
    const analysis = analyze(extracted.text, config);
    if (options.fix) {
      ioErrors++;
      fail(
        `${display}: --fix không sửa tệp Word (.docx); đã kiểm tra nhưng không ghi gì — hãy sửa trong Word`,
        `${display}: --fix does not change Word files (.docx); checked, nothing written — make the changes in Word`,
      );
    }
    for (const problem of analysis.problems) {
      err(`tin-hoi-nghi: ${display}: ${problemMessage(problem, 'vi')} / ${problemMessage(problem, 'en')}\n`);
    }
    report({ file: display, text: extracted.text, analysis: withoutViews(analysis), locale: config.locale, fixed: 0, lineOrigins: extracted.lineOrigins });
  };

  if (options.stdin) {
    const display = options.stdinFilename ?? '<stdin>';
    try {
      const bytes = await readStdin(io);
      const configPath = resolve(cwd, options.stdinFilename ?? 'stdin.txt');
      if (looksLikeWordContainer(bytes)) checkWord(display, bytes, configPath);
      else await checkBytes(display, undefined, bytes, configPath);
    } catch (error) {
      ioErrors++;
      fail(`không đọc được đầu vào chuẩn (${errorCode(error)})`, `cannot read standard input (${errorCode(error)})`);
    }
  } else {
    const { files, errors } = expandOperands(options.operands, cwd);
    for (const e of errors) {
      ioErrors++;
      fail(e.message.vi, e.message.en);
    }
    if (files.length >= MIN_FILES) expectManyAnalyses();
    if (!options.fix) batch = startBatch(files.filter((f) => !isWordFileName(f.path)).map((f) => f.path), { explicitConfig: options.config !== undefined ? resolve(cwd, options.config) : undefined, locale: options.locale }, env);
    for (const file of files) {
      try {
        let bytes: Uint8Array;
        try {
          bytes = isWordFileName(file.path) ? readFileSync(file.path) : readArticleBytes(file.path);
        } catch (error) {
          ioErrors++;
          fail(`${file.display}: không đọc được tệp (${errorCode(error)})`, `${file.display}: cannot read the file (${errorCode(error)})`);
          continue;
        }
        if (isWordFileName(file.path) || looksLikeWordContainer(bytes)) checkWord(file.display, bytes, file.path);
        else await checkBytes(file.display, file.path, bytes, file.path);
      } catch (error) {
        ioErrors++;
        fail(`${file.display}: lỗi nội bộ khi kiểm tra (${String(error)})`, `${file.display}: internal error while checking (${String(error)})`);
      }
    }
    batch?.close();
  }

  const locale: Locale = options.locale ?? tally.firstLocale ?? 'vi';
  let whole: string | undefined;
  if (options.format === 'json') whole = streamed ? (tally.files === 0 ? '[]\n' : ']\n') : `[${reports.map(jsonElement).join(',')}]\n`;
  else if (options.format === 'sarif') whole = formatSarif(reports, packageVersion(), locale);
  else if (options.format === 'html') whole = formatHtml(reports, packageVersion(), locale);
  else if (tally.files > 0 || ioErrors === 0) whole = (streamed ? '' : reports.map((r) => stylishBlock(r, color)).join('')) + stylishSummary(tally.counts, tally.files, tally.fixed, locale, color);
  if (whole !== undefined && outputPath !== undefined) {
    try {
      writeAtomically(outputPath, new TextEncoder().encode(whole));
      out(`${locale === 'vi' ? 'Đã ghi báo cáo' : 'Report written to'} ${options.output}: ${summary(tally.counts, tally.files, tally.fixed, locale)}\n`);
    } catch (error) {
      ioErrors++;
      fail(`không ghi được báo cáo ${options.output} (${errorCode(error)})`, `cannot write the report ${options.output} (${errorCode(error)})`);
    }
  } else if (whole !== undefined) {
    out(whole);
  }

  const counts = tally.counts;
  const tooManyWarnings = options.maxWarnings >= 0 && counts.warning > options.maxWarnings;
  if (tooManyWarnings) {
    fail(
      `quá nhiều cảnh báo: ${counts.warning} (tối đa --max-warnings ${options.maxWarnings})`,
      `too many warnings: ${counts.warning} (maximum --max-warnings ${options.maxWarnings})`,
    );
  }
  if (ioErrors > 0) return 2;
  return counts.error > 0 || tooManyWarnings ? 1 : 0;
}

/** Bytes of the file most articles fit in, reused from file to file (see readArticleBytes). */
const READ_BUFFER_BYTES = 1 << 16;
let readBuffer: Buffer | undefined;

/**
 * The bytes of the file at `path`, read into one buffer reused from file to file (a larger file gets
 * a buffer of its own): valid only until the next call. run() decodes them (or extracts a Word
 * draft from them) before it reads the next file and keeps nothing that views them. Against
 * readFileSync: no new buffer and no fstat per file (~6-10 ms of CPU per 1,000 articles). The same
 * system calls fail as for readFileSync (open: ENOENT, EACCES; read: EISDIR), with the same codes.
 */
function readArticleBytes(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    let buffer = (readBuffer ??= Buffer.allocUnsafeSlow(READ_BUFFER_BYTES));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        const bigger = Buffer.allocUnsafeSlow(buffer.length * 2);
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger; // not kept: one large file does not hold its memory for the rest of the run
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) return buffer.subarray(0, length);
      length += n;
    }
  } finally {
    closeSync(fd);
  }
}

/** Whether this process has analysed a file (then its code is worth caching: node/code-cache.ts). */
let analysed = false;

/** Entry point of the bundled bin: runs with process.argv and sets process.exitCode. */
export function main(): void {
  installLanguageModel(); // read on the first analysis
  run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr })
    .then((code) => {
      process.exitCode = code;
      if (analysed) announceWarm(); // the code cache, if missing, is written at exit with what the run compiled
      // Exit at once when all output is out: left to drain by itself, Node then tears the heap down
      // page by page (~1 % of a 1,000-file batch). Anything still queued (a slow pipe) drains first.
      if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
    })
    .catch((error: unknown) => {
      process.stderr.write(`tin-hoi-nghi: lỗi nội bộ / internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    });
}

if (require.main === module && !IN_BATCH_WORKER) main();
