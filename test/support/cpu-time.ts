// Guards against quadratic slow-downs in unit tests measure CPU time, not wall time: a test run shares
// the machine (CI, parallel builds), and waiting for a CPU stretches wall time several-fold while the
// CPU time of the work itself barely moves. The limits stay far above a linear run's cost, far below
// a quadratic one's; speed targets themselves are the benchmarks' job (npm run bench*).

/** CPU time (user + system, ms) this process spends while `fn` runs, and fn's result. */
export function cpuTimeOf<T>(fn: () => T): { ms: number; result: T } {
  const before = process.cpuUsage();
  const result = fn();
  const used = process.cpuUsage(before);
  return { ms: (used.user + used.system) / 1000, result };
}
