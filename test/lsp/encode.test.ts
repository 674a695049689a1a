// The server's JSON-RPC message bytes (server/src/lsp/encode.ts): the same as vscode-jsonrpc's own
// encoder, Buffer.from(JSON.stringify(msg), 'utf-8'), for any message and one after another.

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { encodeMessage } from '../../server/src/lsp/encode';

const expected = (msg: unknown): Buffer => Buffer.from(JSON.stringify(msg), 'utf-8');

/** Scalars, with what JSON.stringify leaves out or turns into null. */
const scalar = fc.oneof(fc.string({ unit: 'binary' }), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.constant(() => 1), fc.date({ noInvalidDate: true }));
/** JSON-like values with long arrays (of scalars and small objects) a few levels down. */
const value = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small', maxDepth: 4 }, scalar, tie('array'), tie('long'), tie('object')),
  array: fc.array(tie('any'), { maxLength: 4 }),
  long: fc.array(fc.oneof(scalar, fc.dictionary(fc.string(), scalar, { maxKeys: 3 }), fc.array(scalar, { minLength: 64, maxLength: 70 })), { minLength: 60, maxLength: 150 }),
  object: fc.dictionary(fc.string(), tie('any'), { maxKeys: 4 }),
}));

describe('JSON-RPC message encoding', () => {
  it('gives the bytes of JSON.stringify, message after message', () => {
    fc.assert(
      fc.property(fc.array(value.any, { minLength: 1, maxLength: 3 }), (msgs) => {
        for (const msg of msgs) {
          if (JSON.stringify(msg) === undefined) assert.throws(() => encodeMessage(msg));
          else assert.deepEqual(encodeMessage(msg), expected(msg));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('writes a big diagnostics report as JSON.stringify does', () => {
    const items = Array.from({ length: 1500 }, (_, i) => ({
      range: { start: { line: i, character: 0 }, end: { line: i, character: 5 } },
      severity: 3,
      code: 'section-order',
      message: `Đoạn “tồn tại, hạn chế” đặt sai chỗ ${i} 😀`,
      data: { rule: 'section-order', version: 7, fixes: [], skipped: undefined },
    }));
    const msg = { jsonrpc: '2.0', id: 12, result: { kind: 'full', resultId: '0:7', items } };
    assert.deepEqual(encodeMessage(msg), expected(msg));
    const push = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a', version: 7, diagnostics: items } };
    assert.deepEqual(encodeMessage(push), expected(push));
    assert.deepEqual(encodeMessage({ jsonrpc: '2.0', id: 1, result: null }), expected({ jsonrpc: '2.0', id: 1, result: null }));
  });
});
