// The projects resolve modules the classic "node" way, which ignores package "exports"; this points
// TypeScript at the file esbuild and Node actually load for the client. Runtime is unaffected.
declare module 'vscode-languageclient/node' {
  export * from 'vscode-languageclient/lib/node/main';
}
declare module 'vscode-languageserver-protocol' {
  export * from 'vscode-languageserver-protocol/lib/common/api';
}
declare module 'vscode-jsonrpc' {
  export * from 'vscode-jsonrpc/lib/common/api';
}
