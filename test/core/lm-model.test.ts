// The language model's loader and door on a tiny fixture model (built in memory by core/lm/build).
import { strict as assert } from 'node:assert';
import { analyze } from '../../server/src/core/analyze';
import { buildModel, widestShift, withCandidateTable } from '../../server/src/core/lm/build';
import { unmark } from '../../server/src/core/lm/candidates';
import { languageModel, languageModelError, setLanguageModelSource } from '../../server/src/core/lm';
import { findSlips, modelCandidates, unmarkedCandidates } from '../../server/src/core/lm/detect';
import { LanguageModel, LanguageModelError, lmKey } from '../../server/src/core/lm/model';
import { tokenTable } from '../../server/src/core/text/word-tokens';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installLanguageModel, languageModelPath } from '../../server/src/node/lm-file';

const FIXTURE = buildModel(
  {
    unigrams: [['và', 500], ['các', 400], ['đồng', 300], ['chí', 300], ['hòa', 50], ['hoà', 20], ['vả', 5], ['đại', 80], ['hội', 90], ['x1', 9], ['hiếm', 1]],
    bigrams: [['và', 'các', 120], ['các', 'đồng', 200], ['đồng', 'chí', 280], ['vả', 'các', 1], ['đại', 'hội', 70], ['hòa', 'bình', 9]],
    trigrams: [['và', 'các', 'đồng', 90], ['các', 'đồng', 'chí', 190], ['vả', 'các', 'đồng', 1]],
  },
  { bigramMin: 2, trigramMin: 2 },
);

describe('language model: loader', () => {
  const lm = new LanguageModel(FIXTURE);

  it('reads the header and the vocabulary (letters only, most frequent first)', () => {
    assert.equal(lm.info.vocabulary, 9); // 'x1' dropped; hòa and hoà merged
    assert.equal(lm.syllable(0), 'và');
    assert.equal(lm.id('các'), 1);
    assert.equal(lm.id('không'), -1);
    assert.equal(lm.id('x1'), -1);
  });

  it('maps both tone placements to one key and sums their counts', () => {
    assert.equal(lmKey('hoà'), 'hòa');
    assert.equal(lmKey('thuỷ'), 'thủy');
    assert.equal(lmKey('hóa'), 'hóa');
    assert.equal(lm.id('hoà'), lm.id('hòa'));
    assert.equal(lm.count(lm.id('hòa')), 70);
  });

  it('answers bigram and trigram counts within the quantisation step, 0 when absent or pruned', () => {
    const id = (w: string): number => lm.id(w);
    const near = (got: number, want: number): void => assert.ok(Math.abs(got - want) / want < 0.03, `${got} ≈ ${want}`);
    near(lm.bigram(id('đồng'), id('chí')), 280);
    near(lm.trigram(id('các'), id('đồng'), id('chí')), 190);
    assert.equal(lm.bigram(id('vả'), id('các')), 0, 'below bigramMin');
    assert.equal(lm.bigram(id('chí'), id('đồng')), 0);
    assert.equal(lm.trigram(id('vả'), id('các'), id('đồng')), 0);
    assert.equal(lm.bigram(-1, id('chí')), 0);
  });

  it('scores a seen trigram above a backed-off one', () => {
    const id = (w: string): number => lm.id(w);
    assert.ok(lm.score(id('và'), id('các'), id('đồng')) > lm.score(id('vả'), id('các'), id('đồng')));
    assert.ok(lm.score(-1, id('đồng'), id('chí')) > lm.score(-1, id('đồng'), id('hội')));
  });

  it('loads from bytes that do not start on a 4-byte boundary', () => {
    const shifted = new Uint8Array(FIXTURE.length + 1);
    shifted.set(FIXTURE, 1);
    const other = new LanguageModel(shifted.subarray(1));
    assert.equal(other.id('đồng'), lm.id('đồng'));
  });

  it('keeps offsets as 16-bit steps from a base per block of entries, the widest block that fits', () => {
    assert.equal(widestShift(Uint32Array.from({ length: 10_000 }, (_, k) => k * 3)), 12);
    // steps of 40 over 4,096 bigrams reach 163,840: blocks of 1,024 bigrams (40,960) fit
    assert.equal(widestShift(Uint32Array.from({ length: 10_000 }, (_, k) => k * 40)), 10);
    assert.equal(widestShift(Uint32Array.from([0, 70_000, 70_001])), 0);
    const header = new DataView(FIXTURE.buffer, FIXTURE.byteOffset);
    assert.deepEqual([12, 13, 14, 15].map((k) => header.getUint32(4 * k, true)), [12, 12, 12, 12], 'triShift, vocShift, biShift, candShift in the header');
  });

  it('answers trigrams in every block when a block of bigrams holds more than 65,535 trigrams', () => {
    // 400 bigrams (a, b) in the first 4,096, each followed by 200 syllables: 80,000 trigrams
    const word = (i: number): string => String.fromCharCode(98 + (i % 24)) + String.fromCharCode(98 + Math.floor(i / 24));
    const words = Array.from({ length: 400 }, (_, i) => word(i));
    const big = buildModel(
      {
        unigrams: words.map((w, i) => [w, 1000 - i] as const),
        bigrams: words.map((w) => [words[0], w, 50] as const),
        trigrams: words.flatMap((b) => words.slice(0, 200).map((c, j) => [words[0], b, c, 10 + (j % 7)] as const)),
      },
      { bigramMin: 2, trigramMin: 2, candidates: false },
    );
    const shift = new DataView(big.buffer, big.byteOffset).getUint32(48, true);
    assert.ok(shift < 12, `triShift ${shift}`);
    const m = new LanguageModel(big);
    const a = m.id(words[0]);
    for (const [b, c, j] of [[0, 0, 0], [255, 199, 199], [256, 3, 3], [399, 150, 150], [399, 199, 199]]) {
      const got = m.trigram(a, m.id(words[b]), m.id(words[c]));
      assert.ok(Math.abs(got - (10 + (j % 7))) < 1, `trigram ${b} ${c}: ${got}`);
    }
    assert.equal(m.trigram(a, m.id(words[399]), m.id(words[300])), 0);
  });

  it('rejects what is not a model with a clear error', () => {
    assert.throws(() => new LanguageModel(new Uint8Array(10)), LanguageModelError);
    const badMagic = FIXTURE.slice();
    badMagic[0] ^= 0xff;
    assert.throws(() => new LanguageModel(badMagic), /bad magic/);
    const badVersion = FIXTURE.slice();
    badVersion[4] = 99;
    assert.throws(() => new LanguageModel(badVersion), /version 99/);
    assert.throws(() => new LanguageModel(FIXTURE.slice(0, FIXTURE.length - 40)), /truncated/);
  });
});

describe('language model: the door (setLanguageModelSource / languageModel)', () => {
  afterEach(() => installLanguageModel(languageModelPath(), true));

  it('loads lazily, once, and reports broken bytes instead of throwing', () => {
    let reads = 0;
    setLanguageModelSource(() => {
      reads++;
      return FIXTURE;
    });
    assert.equal(reads, 0);
    const first = languageModel();
    assert.ok(first);
    assert.equal(languageModel(), first);
    assert.equal(reads, 1);
    setLanguageModelSource(() => new Uint8Array(100));
    assert.equal(languageModel(), null);
    assert.match(languageModelError() ?? '', /bad magic/);
  });

  it('the rules degrade gracefully without a model', () => {
    const text = 'Trân trọng cảm ơn vả các đồng chí đã tham dự.';
    const withModel = analyze(text).findings.filter((f) => f.rule === 'confusable-word');
    const without = analyze(text, {}, { lm: null }).findings.filter((f) => f.rule === 'confusable-word');
    assert.equal(withModel.length, 1);
    assert.equal(without.length, 0);
  });

  it('the shipped model file is found and loads', () => {
    const path = languageModelPath();
    assert.ok(path && path.endsWith('lm.bin'));
    const lm = languageModel();
    assert.ok(lm && lm.info.vocabulary > 30_000 && lm.info.trigrams > 100_000);
  });
});

describe('language model: the candidate table (gen-lm stores each syllable\'s candidates)', () => {
  const tableOf = (lm: LanguageModel, id: number): string => {
    const start = lm.candStart!;
    const ids = [...lm.candId.subarray(start.get(id), start.get(id + 1))];
    const codes = [...lm.candCode.subarray(start.get(id), start.get(id + 1))];
    return JSON.stringify([ids, codes]);
  };
  const generated = (lm: LanguageModel, word: string): string => {
    const list = modelCandidates(lm, word);
    return JSON.stringify([[...list.id], [...list.code]]);
  };

  it('the shipped table is what the generators give today (else: npm run gen:lm -- --candidates-only)', () => {
    const lm = languageModel()!;
    assert.ok(lm.candStart, 'the shipped model has a candidate table');
    let checked = 0;
    // a spread sample of the vocabulary (the whole of it takes seconds), in both tone styles
    for (let id = 0; id < lm.info.vocabulary; id += id < 3000 ? 3 : 37) {
      const word = lm.syllable(id);
      assert.equal(tableOf(lm, id), generated(lm, word), `stale candidate table at "${word}": run npm run gen:lm -- --candidates-only`);
      checked++;
    }
    for (const word of ['hoà', 'thuỷ', 'khoẻ', 'hoá', 'quý']) assert.equal(tableOf(lm, lm.id(word)), generated(lm, word), word);
    assert.ok(checked > 1500);
  });

  it('a fixture model carries a table; without one the candidates are generated and the slips are the same', () => {
    const withTable = new LanguageModel(FIXTURE);
    const without = new LanguageModel(buildModel(
      {
        unigrams: [['và', 500], ['các', 400], ['đồng', 300], ['chí', 300], ['hòa', 50], ['hoà', 20], ['vả', 5], ['đại', 80], ['hội', 90], ['x1', 9], ['hiếm', 1]],
        bigrams: [['và', 'các', 120], ['các', 'đồng', 200], ['đồng', 'chí', 280], ['vả', 'các', 1], ['đại', 'hội', 70], ['hòa', 'bình', 9]],
        trigrams: [['và', 'các', 'đồng', 90], ['các', 'đồng', 'chí', 190], ['vả', 'các', 'đồng', 1]],
      },
      { bigramMin: 2, trigramMin: 2, candidates: false },
    ));
    assert.ok(withTable.candStart && without.candStart === null);
    assert.equal(tableOf(withTable, withTable.id('vả')), generated(without, 'vả'));
    assert.ok(withTable.candId.length > 0);
    // recomputing the table of a model that has one gives the same bytes
    assert.deepEqual(withCandidateTable(FIXTURE), FIXTURE);
    const text = 'Trân trọng cảm ơn vả các đồng chí.';
    const slips = (lm: LanguageModel): string => JSON.stringify(findSlips(text, tokenTable(text), lm, { threshold: 0, style: 'old' }));
    assert.equal(slips(withTable), slips(without));
    assert.match(slips(withTable), /"best":"và"/);
  });

  it('unmarkedCandidates: the frequent marked syllables with that skeleton, most frequent first', () => {
    const lm = languageModel()!;
    const reference = (ascii: string): number[] => {
      const out: number[] = [];
      for (let id = 0; id < lm.info.vocabulary && lm.count(id) >= 10; id++) {
        const w = lm.syllable(id);
        if (w !== ascii && unmark(w) === ascii) out.push(id);
      }
      return out;
    };
    for (const ascii of ['nghien', 'cuu', 'dong', 'thao', 'a', 'o', 'uy', 'hoa', 'zzz']) assert.deepEqual([...unmarkedCandidates(lm, ascii).id], reference(ascii), ascii);
    assert.ok(unmarkedCandidates(lm, 'nghien').id.length >= 2);
    assert.equal(unmarkedCandidates(lm, 'nghiên').id.length, 0);
  });
});

describe('language model: the decision cache', () => {
  const fresh = (): LanguageModel => new LanguageModel(readFileSync(languageModelPath()!)); // a new model starts an empty cache
  const margins = (lm: LanguageModel, text: string): string => JSON.stringify(findSlips(text, tokenTable(text), lm, { threshold: -Infinity, style: 'old' }));

  it('a decision does not depend on what was judged before (the second word of a text has nothing two before it)', () => {
    // "Các ông" opens the text; "và các ông" has và (the model's id 0) two before ông
    const alone = margins(fresh(), 'Các ông: tham dự.');
    const lm = fresh();
    const withVa = margins(lm, 'Thưa bà và các ông.');
    assert.notEqual(JSON.parse(withVa).find((s: { typed: string }) => s.typed === 'ông').margin, JSON.parse(alone)[0].margin);
    assert.equal(margins(lm, 'Các ông: tham dự.'), alone);
  });

  it('answers the same after its table has grown (thousands of windows)', () => {
    const examples = readdirSync(join(__dirname, '..', '..', 'docs', 'examples')).filter((f) => f.endsWith('.txt')).sort();
    const words = examples.flatMap((f) => readFileSync(join(__dirname, '..', '..', 'docs', 'examples', f), 'utf8').toLowerCase().split(/[^\p{L}]+/u)).filter((w) => w.length > 0);
    // deterministic shuffles of the examples' words: many windows never seen together
    let seed = 7;
    const shuffled = (): string => words.map((w) => [w, (seed = (seed * 48271) % 2147483647)] as const).sort((x, y) => x[1] - y[1]).map(([w]) => w).join(' ');
    const texts = [0, 1, 2, 3].map(shuffled);
    const lm = fresh();
    const first = texts.map((text) => margins(lm, text));
    assert.equal(margins(lm, texts[0]), first[0]);
    assert.equal(margins(fresh(), texts[3]), first[3]);
    assert.ok(JSON.parse(first[0]).length > 50);
  });

  it('answers the same when asked again', () => {
    const lm = fresh();
    const text = 'Trân trọng cảm ơn vả các đồng chí đã tham dự hội nghi tổng kết.';
    const first = margins(lm, text);
    assert.deepEqual(JSON.parse(first).map((s: { best: string }) => s.best), ['và', 'nghị']);
    assert.equal(margins(lm, text), first);
  });
});
