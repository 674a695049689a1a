import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { format } from '../../server/src/core/messages';
import type { LocalText, MessageValues } from '../../server/src/core/types';

/** The definition format() keeps (it splits each pattern once instead of replacing at every call). */
function reference(template: LocalText, locale: 'vi' | 'en', values: MessageValues): string {
  const pattern = template[locale] ?? template.vi;
  return pattern.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

describe('messages: format', () => {
  it('fills each {name} with its value and leaves unknown or malformed placeholders as written', () => {
    const template = { vi: 'Có {count} {noun}, {count} lần; {missing} {} {a-b} {x', en: '{count}' };
    assert.equal(format(template, 'vi', { count: 3, noun: 'chỉ tiêu' }), 'Có 3 chỉ tiêu, 3 lần; {missing} {} {a-b} {x');
    assert.equal(format(template, 'en', { count: 0 }), '0');
    // a value is inserted as is (no replacement patterns such as $&)
    assert.equal(format({ vi: '[{v}]', en: '' }, 'vi', { v: '$&$1' }), '[$&$1]');
  });

  it('gives what a replace over the pattern gives, for any pattern and values, called again and again', () => {
    const piece = fc.constantFrom('{', '}', 'a', 'b', '_', '1', '-', ' ', 'ệ', '$', '&', '{a}', '{b}', '{toString}', '{1}');
    const pattern = fc.array(piece, { maxLength: 12 }).map((xs) => xs.join(''));
    const values = fc.dictionary(fc.constantFrom('a', 'b', '1', '_'), fc.oneof(fc.string({ maxLength: 4 }), fc.integer()), { maxKeys: 3 });
    fc.assert(
      fc.property(pattern, pattern, values, (vi, en, vals) => {
        const template = { vi, en };
        for (const locale of ['vi', 'en'] as const) {
          assert.equal(format(template, locale, vals), reference(template, locale, vals));
          assert.equal(format(template, locale, vals), reference(template, locale, vals), 'second call (cached pattern)');
        }
      }),
      { numRuns: 300, seed: 20261202 },
    );
  });
});
