// V8 settings for the language server and the CLI. Imported first by their entry points, so it runs
// before any other module of the bundle builds or runs a regular expression.
//
// --no-regexp-tier-up: V8 normally runs a regular expression's first match in its bytecode
// interpreter and compiles it to machine code on the next one. Our cue, name and number patterns
// use large Unicode classes ([\p{L}\p{N}] in look-arounds), so each was compiled twice and its first
// matches interpreted slowly: about 100 ms of CPU in the first analysis of a 2 KB article (of ~370),
// and ~2 MB of RSS in process. Compiling straight to machine code changes only speed, never
// what a pattern matches.
//
// VS Code starts the server with the flag on its command line (SERVER_EXEC_ARGV); then node:v8 is
// not loaded at all (loading it costs ~5 ms of CPU at start-up: it pulls in heap utilities and streams).

const REGEXP_FLAG = '--no-regexp-tier-up';

if (!process.execArgv.includes(REGEXP_FLAG)) {
  (require('node:v8') as typeof import('node:v8')).setFlagsFromString(REGEXP_FLAG);
}
