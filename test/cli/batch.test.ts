import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { batchStats, workerCount } from '../../server/src/cli/batch';
import { cli, NFD_SENTENCE, Scratch } from './helpers';

const EXAMPLES = join(__dirname, '..', '..', 'docs', 'examples');

/** 24 articles varied from the examples (numbers, names, an NFD sentence), one binary file, one config. */
function folder(scratch: Scratch): void {
  const examples = readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(EXAMPLES, f), 'utf8'));
  for (let i = 0; i < 24; i++) {
    let text = examples[i % examples.length].replace(/\d+/g, (d) => String((Number(d) + i) % 100));
    if (i % 3 === 0) text = text.replace(/\n\n/, `\n\n${NFD_SENTENCE} Có ${i} đại biểu sảy ra tham dự.\n\n`);
    scratch.write(`${i < 12 ? 'a' : 'b/c'}/bai-${String(i).padStart(2, '0')}.txt`, text);
  }
  scratch.write('a/hong.txt', new Uint8Array([0, 1, 2, 0, 255]));
  scratch.write('b/.tin-hoi-nghi.json', JSON.stringify({ rules: { 'unicode-normalization': 'error', whitespace: 'off' } }));
}

describe('cli: batch (worker threads)', function () {
  this.timeout(60000);
  const scratch = new Scratch();
  before(() => folder(scratch));
  after(() => scratch.dispose());

  for (const format of ['json', 'sarif', 'stylish']) {
    it(`gives byte-identical ${format} output, stderr and exit code with and without workers`, async () => {
      const argv = ['check', '--format', format, 'a', 'b'];
      const single = await cli(argv, { cwd: scratch.dir, env: { TIN_HOI_NGHI_WORKERS: '0' } });
      const before = batchStats.fromWorkers;
      const parallel = await cli(argv, { cwd: scratch.dir, env: { TIN_HOI_NGHI_WORKERS: '2' } });
      assert.ok(batchStats.fromWorkers - before >= 20, `workers answered ${batchStats.fromWorkers - before} of 24 files`);
      assert.ok(single.stdout.length > 1000);
      assert.equal(parallel.stdout, single.stdout);
      assert.equal(parallel.stderr, single.stderr);
      assert.equal(parallel.code, single.code);
      assert.match(single.stderr, /hong\.txt/);
    });
  }

  it('keeps --locale and --config in the workers', async () => {
    scratch.write('strict.json', JSON.stringify({ rules: { 'confusable-word': 'error' } }));
    const argv = ['check', '--format', 'json', '--locale', 'en', '--config', 'strict.json', 'a', 'b'];
    const single = await cli(argv, { cwd: scratch.dir, env: { TIN_HOI_NGHI_WORKERS: '0' } });
    const before = batchStats.fromWorkers;
    const parallel = await cli(argv, { cwd: scratch.dir, env: { TIN_HOI_NGHI_WORKERS: '3' } });
    assert.ok(batchStats.fromWorkers - before >= 20);
    assert.equal(parallel.stdout, single.stdout);
    assert.match(single.stdout, /"severity":"error"/);
  });

  it('uses workers only for many files', () => {
    assert.equal(workerCount(5, {}), 0);
    assert.equal(workerCount(100, { TIN_HOI_NGHI_WORKERS: '0' }), 0);
    assert.equal(workerCount(100, { TIN_HOI_NGHI_WORKERS: '3' }), 3);
    assert.equal(workerCount(2, { TIN_HOI_NGHI_WORKERS: '3' }), 2);
  });
});
