// Whole-article regression: the labelled dev corpus (shared/corpus/dev, beside the checkout) must
// stay fully found with nothing extra, and the held-out set (test/corpus/holdout, written without
// looking at the rules' tuning) must stay at or above the recall and precision measured when it
// was added (0.96 / 0.93). See `npm run eval -- --verbose` for the per-finding detail.

import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scoreArticle, type LabelledArticle } from '../support/corpus';

function score(dir: string): { tp: number; fp: number; fn: number; problems: string[] } {
  const labels: LabelledArticle[] = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const problems: string[] = [];
  for (const article of labels) {
    const s = scoreArticle(readFileSync(join(dir, article.file), 'utf8'), article);
    tp += s.matched.length;
    fn += s.missed.length;
    fp += s.extra.length;
    for (const l of s.missed) problems.push(`missed ${article.file}:${l.line} ${l.rule} ${l.text ?? l.section}`);
    for (const e of s.extra) problems.push(`extra ${article.file}:${e.line} ${e.finding.rule}`);
    if (!s.kindRight) problems.push(`kind ${article.file}: ${s.kind}, labelled ${article.kind}`);
  }
  return { tp, fp, fn, problems };
}

describe('labelled corpora', function () {
  this.timeout(60_000);
  const dev = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'dev');

  (existsSync(join(dev, 'labels.json')) ? it : it.skip)('dev corpus: every label found, nothing else, every kind right', () => {
    const { problems } = score(dev);
    assert.deepEqual(problems, []);
  });

  it('held-out corpus: recall and precision stay at or above 0.95 and 0.9', () => {
    const { tp, fp, fn, problems } = score(join(__dirname, 'holdout', 'dev'));
    const recall = tp / (tp + fn);
    const precision = tp / (tp + fp);
    assert.ok(recall >= 0.95 && precision >= 0.9, `recall ${recall.toFixed(2)}, precision ${precision.toFixed(2)}:\n${problems.join('\n')}`);
  });
});
