// The server's clock: milliseconds from an arbitrary origin, monotonic, for durations and for
// comparing when edits arrived. Not performance.now(): in Node 20 the first use of `performance`
// (global or from node:perf_hooks) loads the perf_hooks internals (histograms, timerify, event loop
// utilisation, resource timing), ~0.8 MB of RSS in a process that only wants a clock.

export function nowMs(): number {
  const [seconds, nanoseconds] = process.hrtime();
  return seconds * 1e3 + nanoseconds / 1e6;
}
