// The server process's malloc settings (server/src/lsp/constants.ts): added by the client unless the
// user's environment sets them, and seen by the started server.

import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { SERVER_EXEC_ARGV, SERVER_MALLOC_ENV, serverEnv } from '../../server/src/lsp/constants';
import { TestClient } from './client';

describe('server environment', () => {
  it('adds a 64 KB malloc trim threshold', () => {
    assert.deepEqual(serverEnv({}), { MALLOC_TRIM_THRESHOLD_: '65536' });
  });

  it("leaves a variable the user's environment sets", () => {
    assert.deepEqual(serverEnv({ MALLOC_TRIM_THRESHOLD_: '131072', PATH: '/bin' }), {});
    assert.deepEqual(serverEnv({ PATH: '/bin' }), { MALLOC_TRIM_THRESHOLD_: '65536' });
    assert.deepEqual(serverEnv({ ...SERVER_MALLOC_ENV }), {});
  });

  (process.platform === 'linux' ? it : it.skip)('reaches the started server', async function () {
    this.timeout(20_000);
    const client = await TestClient.start({ pull: true, execArgv: SERVER_EXEC_ARGV, env: serverEnv({}) });
    try {
      const environ = readFileSync(`/proc/${client.child.pid}/environ`, 'utf8').split('\0');
      assert.ok(environ.includes('MALLOC_TRIM_THRESHOLD_=65536'));
    } finally {
      await client.stop();
    }
  });
});
