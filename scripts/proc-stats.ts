// Process figures from /proc for the benchmarks (NaN where there is no /proc).
import { readFileSync } from 'node:fs';

/** Peak RSS (VmHWM, MB) of a process so far; this process when pid is undefined. */
export function peakMb(pid: number | undefined): number {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid ?? 'self'}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}
