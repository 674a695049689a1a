// Shared helpers of the CLI tests: a scratch directory and an in-memory run of the CLI.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run, type CliIo } from '../../server/src/cli/main';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(argv: string[], options: { cwd?: string; stdin?: CliIo['stdin']; tty?: boolean; env?: Record<string, string | undefined> } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => (stderr += s) },
    cwd: options.cwd,
    stdin: options.stdin,
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

export class Scratch {
  readonly dir: string;
  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'thn-cli-'));
  }
  write(rel: string, content: string | Uint8Array): string {
    const path = join(this.dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return path;
  }
  path(rel: string): string {
    return join(this.dir, rel);
  }
  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A sentence whose name is decomposed (NFD): unicode-normalization reports it, with a safe fix. */
export const NFD_NAME = 'Nguyễn'.normalize('NFD');
export const NFD_SENTENCE = `Đồng chí ${NFD_NAME} Văn An phát biểu.`;
