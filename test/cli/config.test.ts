import { strict as assert } from 'node:assert';
import { parseConfig, parseWordList, defaultConfig } from '../../server/src/core/config';
import { loadConfigFor, findUpward, formatConfigProblem } from '../../server/src/node/config-loader';
import { Scratch } from './helpers';

describe('parseConfig (pure)', () => {
  it('reads every documented key', () => {
    const { config, problems } = parseConfig(
      JSON.stringify({
        $schema: './docs/tin-hoi-nghi.schema.json',
        locale: 'en',
        toneStyle: 'new',
        rules: { spelling: 'off', 'tone-style': 'hint' },
        sections: { 'tong-ket-nam': { required: ['opening'], recommended: ['byline', 'directives'] } },
        knownTotals: { 'Tiêu chí nông thôn mới': 20 },
        words: ['Khuổi Mìn'],
        referenceDate: '2024-05-20',
      }),
      'c.json',
    );
    assert.deepEqual(problems, []);
    assert.equal(config.locale, 'en');
    assert.equal(config.toneStyle, 'new');
    assert.deepEqual(config.rules, { spelling: 'off', 'tone-style': 'hint' });
    assert.deepEqual(config.sections, { 'tong-ket-nam': { required: ['opening'], recommended: ['byline', 'directives'] } });
    assert.deepEqual(config.knownTotals, { 'tiêu chí nông thôn mới': 20 });
    assert.deepEqual(config.words, ['Khuổi Mìn']);
    assert.equal(config.referenceDate, '2024-05-20');
  });

  it('reads referenceDate as yyyy-mm-dd or dd/mm/yyyy and refuses impossible dates', () => {
    assert.equal(parseConfig('{ "referenceDate": "20/5/2024" }', 'c.json').config.referenceDate, '2024-05-20');
    for (const bad of ['"2025-02-29"', '"hôm nay"', '20240520', '""']) {
      const { config, problems } = parseConfig(`{ "referenceDate": ${bad} }`, 'c.json');
      assert.equal(config.referenceDate, undefined, bad);
      assert.equal(problems.length, 1, bad);
      assert.match(problems[0].message, /referenceDate/);
    }
  });

  it('reports a syntax error with 1-based line and column', () => {
    const { config, problems } = parseConfig('{\n  "locale": "vi"\n  "toneStyle": "old"\n}', 'c.json');
    assert.deepEqual(config, {});
    assert.equal(problems.length, 1);
    assert.deepEqual([problems[0].line, problems[0].column], [3, 3]);
    assert.match(problems[0].message, /JSON/);
  });

  it('tolerates comments, trailing commas and a BOM', () => {
    const { config, problems } = parseConfig('\uFEFF{\n  // tỉnh có 20 tiêu chí\n  "knownTotals": { "tiêu chí nông thôn mới": 20, },\n  /* kiểu cũ */ "toneStyle": "old",\n}', 'c.json');
    assert.deepEqual(problems, []);
    assert.equal(config.toneStyle, 'old');
  });

  it('names bad keys and values; valid parts still apply', () => {
    const text = '{ "rules": { "nope": "off", "spelling": "loud", "whitespace": "off" }, "locale": "fr", "colour": 1, "words": ["a", 2] }';
    const { config, problems } = parseConfig(text, 'c.json');
    assert.deepEqual(config.rules, { whitespace: 'off' });
    assert.deepEqual(config.words, ['a']);
    assert.equal(config.locale, undefined);
    const messages = problems.map((p) => p.message).join('\n');
    for (const part of ['rules.nope', 'rules.spelling', '"locale"', '"colour"', '"words"']) assert.ok(messages.includes(part), part);
    const nope = problems.find((p) => p.message.includes('rules.nope'));
    assert.deepEqual([nope?.line, nope?.column], [1, text.indexOf('"nope"') + 1]);
  });

  it('rejects unknown kinds and section names, non-positive totals', () => {
    const { problems, config } = parseConfig('{ "sections": { "hop-lop": {}, "ky-hop-hdnd": { "required": ["opening", "foo"] } }, "knownTotals": { "x": 0 } }', 'c.json');
    assert.equal(problems.length, 3);
    assert.deepEqual(config.sections, { 'ky-hop-hdnd': { required: ['opening'] } });
    assert.deepEqual(config.knownTotals, {});
  });

  it('is total: never throws', () => {
    for (const t of ['', ' ', 'null', '[]', '"x"', '{', '{"a":', '{"a" 1}', '{"rules": []}', '{"words": {}}', '/* open', '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[', '{"__proto__": {"x": 1}}', '{"rules": {"__proto__": "off"}}']) {
      const r = parseConfig(t, 'c.json');
      assert.ok(Array.isArray(r.problems));
      for (const p of r.problems) assert.ok(p.line >= 1 && p.column >= 1);
    }
    assert.equal(({} as Record<string, unknown>).x, undefined, 'no prototype pollution');
  });
});

describe('parseWordList', () => {
  it('one word per line, # comments, NFC', () => {
    assert.deepEqual(parseWordList('# danh sách\nKhuổi Mìn\r\n\n  Pác Bó  # địa danh\n' + 'Nguyễn'.normalize('NFD')), ['Khuổi Mìn', 'Pác Bó', 'Nguyễn']);
  });
});

describe('loadConfigFor (Node)', () => {
  let s: Scratch;
  beforeEach(() => (s = new Scratch()));
  afterEach(() => s.dispose());

  it('defaults when there is no file', () => {
    const r = loadConfigFor(s.path('a.txt'));
    assert.deepEqual(r.problems, []);
    assert.equal(r.config.locale, defaultConfig().locale);
  });

  it('finds the nearest .tin-hoi-nghi.json and word list upward', () => {
    s.write('.tin-hoi-nghi.json', '{ "locale": "en", "knownTotals": { "tiêu chí nông thôn mới": 20 } }');
    s.write('.tin-hoi-nghi-words.txt', 'Khuổi Mìn\n');
    s.write('a/b/x.txt', '');
    const r = loadConfigFor(s.path('a/b/x.txt'));
    assert.equal(r.file, s.path('.tin-hoi-nghi.json'));
    assert.equal(r.config.locale, 'en');
    assert.equal(r.config.knownTotals['tiêu chí nông thôn mới'], 20);
    assert.deepEqual(r.config.words, ['Khuổi Mìn']);
    s.write('a/.tin-hoi-nghi.json', '{ "toneStyle": "old" }');
    const nearer = loadConfigFor(s.path('a/b/x.txt'));
    assert.equal(nearer.file, s.path('a/.tin-hoi-nghi.json'));
    assert.equal(nearer.config.locale, 'vi', 'the nearest file wins, no cascading');
    assert.equal(findUpward(s.path('a/b'), '.tin-hoi-nghi-words.txt'), s.path('.tin-hoi-nghi-words.txt'));
  });

  it('an explicit file wins; a missing one is a problem', () => {
    s.write('.tin-hoi-nghi.json', '{ "locale": "en" }');
    s.write('other.json', '{ "toneStyle": "new" }');
    const r = loadConfigFor(s.path('x.txt'), { explicitFile: s.path('other.json') });
    assert.equal(r.config.toneStyle, 'new');
    assert.equal(r.config.locale, 'vi');
    const missing = loadConfigFor(s.path('x.txt'), { explicitFile: s.path('nope.json') });
    assert.equal(missing.problems.length, 1);
    assert.match(formatConfigProblem(missing.problems[0]), /nope\.json: /);
  });

  it('broken file: problems name file:line:column, defaults apply', () => {
    s.write('.tin-hoi-nghi.json', '{\n  "rules": { "spelling": "off" ]\n}');
    const r = loadConfigFor(s.path('x.txt'));
    assert.equal(r.problems.length, 1);
    assert.match(formatConfigProblem(r.problems[0]), /\.tin-hoi-nghi\.json:2:32: /);
    assert.deepEqual(r.config.rules, {});
  });

  it('untrusted: reads nothing', () => {
    s.write('.tin-hoi-nghi.json', '{ "locale": "en" }');
    assert.equal(loadConfigFor(s.path('x.txt'), { trusted: false }).config.locale, 'vi');
  });
});
