import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { batchStats, MIN_BYTES, MIN_THREADS, workerCount } from '../../server/src/cli/batch';
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
      const before = { ...batchStats };
      const parallel = await cli(argv, { cwd: scratch.dir, env: { TIN_HOI_NGHI_WORKERS: '2' } });
      const fromWorkers = batchStats.fromWorkers - before.fromWorkers;
      const ahead = batchStats.ahead - before.ahead;
      assert.ok(fromWorkers >= 1, `workers answered ${fromWorkers} of 24 files`);
      assert.ok(fromWorkers + ahead >= 20, `${fromWorkers} from workers, ${ahead} made ahead by the main thread, of 24 files`);
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
    const before = { ...batchStats };
    const parallel = await cli(argv, { cwd: scratch.dir, env: { TIN_HOI_NGHI_WORKERS: '3' } });
    assert.ok(batchStats.fromWorkers - before.fromWorkers >= 1);
    assert.ok(batchStats.fromWorkers - before.fromWorkers + batchStats.ahead - before.ahead >= 20);
    assert.equal(parallel.stdout, single.stdout);
    assert.match(single.stdout, /"severity":"error"/);
  });

  it('one worker and the main thread share 96 files: every file answered once, output unchanged', async () => {
    const many = new Scratch();
    try {
      const text = readFileSync(join(EXAMPLES, readdirSync(EXAMPLES).filter((f) => f.endsWith('.txt')).sort()[0]), 'utf8');
      for (let i = 0; i < 96; i++) many.write(`d/${String(i).padStart(3, '0')}.txt`, text.replace(/\d+/g, (d) => String((Number(d) + i) % 97)));
      const argv = ['check', '--format', 'json', 'd'];
      const single = await cli(argv, { cwd: many.dir, env: { TIN_HOI_NGHI_WORKERS: '0' } });
      const before = { ...batchStats };
      const shared = await cli(argv, { cwd: many.dir, env: { TIN_HOI_NGHI_WORKERS: '1' } });
      assert.equal(shared.stdout, single.stdout);
      const fromWorkers = batchStats.fromWorkers - before.fromWorkers;
      const ahead = batchStats.ahead - before.ahead;
      const local = batchStats.local - before.local;
      assert.equal(fromWorkers + ahead + local, 96);
      assert.ok(fromWorkers > 0 && ahead > 0, `${fromWorkers} from the worker, ${ahead} made ahead by the main thread`);
    } finally {
      many.dispose();
    }
  });

  it('uses workers only for many files and much text, unless told', () => {
    assert.equal(workerCount(5, () => 100 * MIN_BYTES, {}), 0);
    assert.equal(workerCount(1000, () => MIN_BYTES - 1, {}), 0);
    const auto = workerCount(1000, () => 100 * MIN_BYTES, {});
    assert.ok(auto <= availableParallelism() - 1, 'the main thread takes a CPU');
    assert.ok(auto === 0 || auto >= MIN_THREADS - 1, 'never one worker beside the main thread by itself');
    if (availableParallelism() < MIN_THREADS) assert.equal(auto, 0);
    assert.equal(workerCount(100, () => 0, { TIN_HOI_NGHI_WORKERS: '0' }), 0);
    assert.equal(workerCount(100, () => 0, { TIN_HOI_NGHI_WORKERS: '3' }), 3);
    assert.equal(workerCount(2, () => 0, { TIN_HOI_NGHI_WORKERS: '3' }), 2);
  });
});
