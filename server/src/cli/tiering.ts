// V8 tiering for a CLI run, imported by main.ts right after node/v8-flags (before any other module
// runs). A check runs for seconds at most, each file once: V8's default interrupt budget sends
// hundreds of functions to the optimising compiler (TurboFan) within the first articles, and
// compiling them cost more CPU than the optimised code saved. With an 8× budget only the
// really hot functions are optimised: over 1,000 articles −25–30 % CPU, and no loss on one 10 MB
// file (docs/benchmarks.md, "Rules and pipeline cost"). Speed only; results are the same. The
// language server, which runs for hours, keeps V8's default.

import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--interrupt-budget=540672'); // 8 × V8's default (67,584)
