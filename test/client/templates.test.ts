import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../server/src/core/analyze';
import { ARTICLE_KINDS } from '../../server/src/core/types';
import {
  checkSaveTarget,
  defaultValues,
  describeTemplateError,
  expandDefault,
  KIND_LABELS,
  numericDate,
  parseTemplateHeader,
  renderArticle,
  renderTemplate,
  spelledDate,
  suggestedFileName,
  TEMPLATE_MESSAGES,
  validateFieldValue,
  vietnameseList,
  vietnameseNumber,
} from '../../server/src/templates/render';

const TEMPLATES_DIR = join(__dirname, '..', '..', 'templates');
const TODAY = new Date(2026, 10, 21); // 21/11/2026

/** Values a reporter would type: names, titles and figures for every field any template declares. */
const SAMPLE: Record<string, string> = {
  commune: 'Cao Sơn',
  congress: 'XXIII',
  director: 'Nguyễn Văn Hùng',
  directorTitle: 'Ủy viên Ban Thường vụ Tỉnh ủy',
  secretary: 'Lê Thị Mai',
  targetsMet: '18',
  targetsTotal: '31',
  author: 'Hà Diễn',
  leader: 'Triệu Văn Minh',
  leaderTitle: 'Phó Bí thư Tỉnh ủy',
  session: 'Hai',
  course: 'XXI',
  chair: 'Phạm Thị Lan',
  guest: 'Vũ Đức Thịnh',
  guestTitle: 'Phó Chủ tịch HĐND tỉnh',
  delegatesPresent: '23',
  delegatesTotal: '25',
  cell: 'thôn Đồng Mít',
  membersPresent: '34',
  membersTotal: '36',
  delegate: 'Hoàng Văn Tuấn',
  host: 'Nông Thị Hoa',
};

describe('template header', () => {
  it('reads title, kind, description and fields with labels and defaults', () => {
    const { header, problems } = parseTemplateHeader(
      '{{!--\ntitle: Mẫu thử\nkind: tong-ket-nam\ndescription: Mô tả\nfields:\n  commune (Tên xã)\n  unitType (xã/phường/thị trấn) = xã | date (Ngày họp) = {{today}}\n--}}\nXã {{commune}}',
    );
    assert.deepEqual(problems, []);
    assert.equal(header.title, 'Mẫu thử');
    assert.equal(header.kind, 'tong-ket-nam');
    assert.equal(header.description, 'Mô tả');
    assert.deepEqual(
      header.fields.map((f) => [f.name, f.label, f.defaultValue, f.line]),
      [
        ['commune', 'Tên xã', undefined, 6],
        ['unitType', 'xã/phường/thị trấn', 'xã', 7],
        ['date', 'Ngày họp', '{{today}}', 7],
      ],
    );
  });

  it('marks fields declared with "?" as optional and refuses an empty required one', () => {
    const { header } = parseTemplateHeader('{{!--\nfields:\n  figure? (Số liệu)\n  commune (Tên xã)\n--}}');
    assert.deepEqual(header.fields.map((f) => [f.name, f.optional]), [['figure', true], ['commune', false]]);
    assert.equal(validateFieldValue(header.fields[0], '', 'vi'), undefined);
    assert.equal(validateFieldValue(header.fields[1], '  ', 'vi'), 'Cần nhập "Tên xã" (hoặc bấm Esc để hủy).');
    assert.equal(validateFieldValue(header.fields[1], 'Cao Sơn', 'en'), undefined);
  });

  it('accepts fields on the "fields:" line itself', () => {
    const { header } = parseTemplateHeader('{{!-- fields: a (A) | b = 2 --}}{{a}}{{b}}');
    assert.deepEqual(header.fields.map((f) => f.name), ['a', 'b']);
    assert.equal(header.fields[0].label, 'A');
    assert.equal(header.fields[1].label, 'b');
  });

  it('reads headers written with Windows line ends', () => {
    const { header, problems } = parseTemplateHeader('\uFEFF{{!--\r\nkind: ky-hop-hdnd\r\nfields:\r\n  a (A) = 1\r\n  b? (B)\r\n--}}\r\n{{a}}{{b}}');
    assert.deepEqual(problems, []);
    assert.equal(header.kind, 'ky-hop-hdnd');
    assert.deepEqual(header.fields.map((f) => [f.name, f.label, f.defaultValue, f.optional, f.line]), [['a', 'A', '1', false, 4], ['b', 'B', undefined, true, 5]]);
    assert.deepEqual(renderTemplate('{{!-- fields: a --}}\r\nX {{a}}\r\nY\r\n', { a: '1' }), { ok: true, text: 'X 1\nY\n' });
  });

  it('reports a missing header', () => {
    assert.deepEqual(parseTemplateHeader('Xã {{commune}}').problems.map((p) => p.messageId), ['headerMissing']);
  });

  it('reports a bad field declaration with its line and keeps the good ones', () => {
    const { header, problems } = parseTemplateHeader('{{!--\nfields:\n  ok (Được)\n  1bad (Sai)\n  constructor\n--}}');
    assert.deepEqual(header.fields.map((f) => f.name), ['ok']);
    assert.deepEqual(problems.map((p) => [p.messageId, p.line]), [['badField', 4], ['badField', 5]]);
  });

  it('reports a duplicate field and an unknown kind', () => {
    const { problems } = parseTemplateHeader('{{!--\nkind: hop-bao\nfields: a | a\n--}}');
    assert.deepEqual(problems.map((p) => [p.messageId, p.line]), [['unknownKind', 2], ['duplicateField', 3]]);
  });

  it('expands date tokens in defaults', () => {
    assert.equal(expandDefault('{{today}}', new Date(2023, 4, 8)), '08/05/2023');
    assert.equal(expandDefault('năm {{year}}, {{lastYear}}, {{nextYear}}', new Date(2023, 0, 1)), 'năm 2023, 2022, 2024');
    assert.equal(expandDefault('{{unknown}}', TODAY), '{{unknown}}');
    assert.equal(expandDefault(undefined, TODAY), '');
  });

  it('derives terms, weekday and years from a date field entered earlier (today when it is empty)', () => {
    const on = (date: string, value: string): string => expandDefault(value, TODAY, { date });
    // Party terms change with the 2025 congresses (from 1 July 2025), council terms on election day 15/3/2026
    assert.equal(on('30/06/2025', '{{partyTerm date}}'), '2020 – 2025');
    assert.equal(on('01/07/2025', '{{partyTerm date}}'), '2025 – 2030');
    assert.equal(on('20/05/2030', '{{partyTerm date}}'), '2025 – 2030');
    assert.equal(on('14/03/2026', '{{councilTerm date}}'), '2021 – 2026');
    assert.equal(on('15/03/2026', '{{councilTerm date}}'), '2026 – 2031');
    assert.equal(on('15/03/2026', '{{weekday date}}'), 'Chủ nhật');
    assert.equal(on('16/03/2026', '{{weekday date}}, {{today date}}'), 'Thứ Hai, 16/03/2026');
    assert.equal(on('20/12/2025', '{{reviewYear date}}'), '2025');
    assert.equal(on('10/01/2026', '{{reviewYear date}} {{year date}} {{month date}} {{lastYear date}} {{nextYear date}}'), '2025 2026 1 2025 2027');
    // an empty or unreadable date, or an unknown field, falls back to today (21/11/2026)
    assert.equal(on('', '{{councilTerm date}}'), '2026 – 2031');
    assert.equal(on('hôm qua', '{{year date}}'), '2026');
    assert.equal(expandDefault('{{year other}}', TODAY, { date: '01/01/2020' }), '2026');
    assert.equal(expandDefault('{{unknown date}}', TODAY, { date: '01/01/2020' }), '{{unknown date}}');
  });
});

describe('template helpers', () => {
  it('spells dates the administrative way (leading zero for days < 10 and months 1–2)', () => {
    assert.equal(spelledDate('8/5/2023'), 'ngày 08 tháng 5 năm 2023');
    assert.equal(spelledDate('10/01/2023'), 'ngày 10 tháng 01 năm 2023');
    assert.equal(spelledDate('2023-04-18'), 'ngày 18 tháng 4 năm 2023');
  });

  it('writes numeric dates without leading zeros', () => {
    assert.equal(numericDate('08/05/2023'), '8/5/2023');
    assert.equal(numericDate('25-4-2023'), '25/4/2023');
  });

  it('passes impossible or unreadable dates through unchanged', () => {
    for (const value of ['31/4/2023', '29/2/2023', '27/32023', 'hôm nay', '']) {
      assert.equal(spelledDate(value), value);
      assert.equal(numericDate(value), value);
    }
    assert.equal(spelledDate('29/2/2024'), 'ngày 29 tháng 02 năm 2024');
  });

  it('formats numbers with dot thousands and comma decimals', () => {
    assert.equal(vietnameseNumber('6842'), '6.842');
    assert.equal(vietnameseNumber('1174.45'), '1.174,45');
    assert.equal(vietnameseNumber('1174,45'), '1.174,45');
    assert.equal(vietnameseNumber('-1234567'), '-1.234.567');
    assert.equal(vietnameseNumber('88,94'), '88,94');
    assert.equal(vietnameseNumber(32695), '32.695');
  });

  it('leaves numbers already in Vietnamese form and other text alone', () => {
    for (const value of ['32.695', '1.174,45', 'khoảng 300', '']) assert.equal(vietnameseNumber(value), value);
  });

  it('joins lists with "và"', () => {
    assert.equal(vietnameseList('Nông nghiệp; Công nghiệp; Dịch vụ'), 'Nông nghiệp, Công nghiệp và Dịch vụ');
    assert.equal(vietnameseList('A\nB'), 'A và B');
    assert.equal(vietnameseList('A'), 'A');
    assert.equal(vietnameseList(' ; '), '');
    assert.equal(vietnameseList(['X', 'Y', 'Z']), 'X, Y và Z');
  });
});

describe('renderTemplate', () => {
  it('renders plain text (no HTML escaping) with helpers', () => {
    const result = renderTemplate('{{!-- fields: a | d | n --}}\n{{a}}: {{ngay d}}, {{so n}} tấn', { a: 'A & B <C>', d: '8/5/2023', n: '32695' });
    assert.deepEqual(result, { ok: true, text: 'A & B <C>: ngày 08 tháng 5 năm 2023, 32.695 tấn\n' });
  });

  it('reports a field the values lack, with its line', () => {
    const result = renderTemplate('{{!-- fields: a --}}\nDòng hai {{a}}\nDòng ba {{b}}', { a: 'x' });
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.equal(result.error.messageId, 'missingField');
      assert.equal(result.error.line, 3);
      assert.equal(result.error.values.name, 'b');
    }
  });

  it('reports a syntax error with its line', () => {
    const result = renderTemplate('{{!-- fields: a --}}\nXã {{a}}\n{{#if a}}\nmở mà không đóng', { a: 'x' });
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.equal(result.error.messageId, 'syntax');
      assert.equal(typeof result.error.line, 'number');
      assert.ok(result.error.line! >= 3, `line ${result.error.line}`);
    }
    const unclosed = renderTemplate('a\nb\nc {{', {});
    assert.ok(!unclosed.ok && unclosed.error.messageId === 'syntax' && unclosed.error.line === 3);
  });

  it('refuses helpers that are not ours, with the line', () => {
    const result = renderTemplate('x\n{{shout a}}', { a: '1' });
    assert.ok(!result.ok && result.error.messageId === 'unknownHelper' && result.error.line === 2);
  });

  it('gives no access to prototype properties', () => {
    for (const source of ['{{constructor}}', '{{__proto__}}', '{{a.constructor}}', '{{toString}}']) {
      const result = renderTemplate(source, { a: 'x' });
      if (result.ok) assert.doesNotMatch(result.text, /function|\[native code\]|Object/, source);
    }
  });

  it('builds user-facing errors with file and line in both languages', () => {
    const error = { messageId: 'missingField' as const, line: 7, values: { name: 'xa' } };
    assert.equal(describeTemplateError(error, 'vi', 'mau.hbs'), 'mau.hbs, dòng 7: Mẫu dùng trường "xa" nhưng không khai báo và không có giá trị.');
    assert.match(describeTemplateError(error, 'en', 'mau.hbs'), /^mau\.hbs, line 7: .*"xa"/);
    for (const [id, text] of Object.entries(TEMPLATE_MESSAGES)) assert.ok(text.vi && text.en, id);
  });

  it('never throws on arbitrary sources and values', () => {
    fc.assert(
      fc.property(fc.string(), fc.dictionary(fc.string(), fc.string()), (source, values) => {
        const result = renderTemplate(source, values);
        assert.equal(typeof result.ok, 'boolean');
        renderArticle(source, values, TODAY);
        parseTemplateHeader(source);
      }),
      { numRuns: 300 },
    );
  });
});

describe('saving', () => {
  it('refuses an existing target and accepts a new one', () => {
    const existing = new Set(['/tmp/bai.tin.txt']);
    assert.deepEqual(checkSaveTarget('/tmp/bai.tin.txt', (p) => existing.has(p)), { ok: false, messageId: 'targetExists', values: { path: '/tmp/bai.tin.txt' } });
    assert.deepEqual(checkSaveTarget('/tmp/moi.tin.txt', (p) => existing.has(p)), { ok: true });
  });

  it('proposes a file name from the kind and the meeting date', () => {
    assert.equal(suggestedFileName('tong-ket-nam', '10/01/2023', TODAY), 'tong-ket-nam-2023-01-10.tin.txt');
    assert.equal(suggestedFileName(undefined, 'không rõ', TODAY), 'tin-hoi-nghi-2026-11-21.tin.txt');
  });

  it('labels every article kind in both languages', () => {
    for (const kind of ARTICLE_KINDS) assert.ok(KIND_LABELS[kind].vi && KIND_LABELS[kind].en, kind);
  });
});

describe('built-in templates', () => {
  const files = readdirSync(TEMPLATES_DIR).filter((f) => f.endsWith('.hbs'));

  it('exist for every article kind except "other"', () => {
    assert.deepEqual(files.map((f) => f.replace(/\.hbs$/, '')).sort(), ARTICLE_KINDS.filter((k) => k !== 'other').sort());
  });

  for (const file of files) {
    const kind = file.replace(/\.hbs$/, '');
    const source = readFileSync(join(TEMPLATES_DIR, file), 'utf8');

    describe(file, () => {
      it('declares its kind, a title and fields with labels', () => {
        const { header, problems } = parseTemplateHeader(source);
        assert.deepEqual(problems, []);
        assert.equal(header.kind, kind);
        assert.ok(header.title);
        assert.ok(header.fields.length > 0);
        for (const field of header.fields) assert.notEqual(field.label, field.name, `${field.name} has no label`);
      });

      it('renders with defaults and sample values, leaving no placeholder', () => {
        const result = renderArticle(source, SAMPLE, TODAY);
        assert.ok(result.ok, JSON.stringify(!result.ok && result.error));
        assert.doesNotMatch(result.text, /\{\{|\}\}|undefined|\[object/);
        assert.ok(result.text.includes('Cao Sơn'));
        assert.ok(result.text.trimEnd().split('\n').every((line) => line === line.trimEnd()));
      });

      it('renders when the optional figures are left empty', () => {
        const { header } = parseTemplateHeader(source);
        const values = { ...defaultValues(header, TODAY), ...SAMPLE };
        for (const name of ['targetsMet', 'targetsTotal', 'delegatesPresent', 'delegatesTotal', 'membersPresent', 'membersTotal']) values[name] = '';
        const result = renderTemplate(source, values);
        assert.ok(result.ok);
        assert.doesNotMatch(result.text, / \/ |\/ |^\/|\s\/\s/m);
      });

      it('is recognised by the checker as its kind with no missing section', () => {
        const result = renderArticle(source, SAMPLE, TODAY);
        assert.ok(result.ok);
        const analysis = analyze(result.text);
        assert.equal(analysis.kind, kind);
        const missing = analysis.findings.filter((f) => f.rule === 'missing-section');
        assert.deepEqual(missing.map((f) => f.section ?? f.messageId), []);
        assert.deepEqual(analysis.problems, []);
      });

      it('gives a clean draft with its defaults, before and after the reform: no warning or error from any rule', () => {
        const { header } = parseTemplateHeader(source);
        for (const today of [new Date(2024, 4, 20), new Date(2025, 8, 19), new Date(2026, 2, 15), TODAY]) {
          // only the names a reporter must type; every other field keeps its default for that date
          const names = Object.fromEntries(Object.entries(SAMPLE).filter(([name]) => /^(commune|cell|author|director|secretary|leader|chair|guest|delegate|host)$/.test(name)));
          const result = renderArticle(source, names, today);
          assert.ok(result.ok);
          const loud = analyze(result.text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
          assert.deepEqual(loud.map((f) => `${f.rule}: ${result.text.slice(f.start, f.end)}`), [], today.toISOString());
          // today's map: no district bodies, no thị trấn (only named in the field labels)
          assert.doesNotMatch(result.text, /thị trấn|huyện/i);
        }
        const date = header.fields.find((f) => f.name === 'date');
        assert.ok(date, 'every template asks for its date');
      });

      it('gives a clean draft: no warning or error from any rule', () => {
        const result = renderArticle(source, SAMPLE, TODAY);
        assert.ok(result.ok);
        const loud = analyze(result.text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
        assert.deepEqual(loud.map((f) => `${f.rule}: ${result.text.slice(f.start, f.end)}`), []);
      });
    });
  }
});

describe('templates for today’s map', () => {
  const read = (name: string): string => readFileSync(join(TEMPLATES_DIR, `${name}.hbs`), 'utf8');

  it('derive the terms from the meeting date entered', () => {
    const before = renderArticle(read('ky-hop-hdnd'), { ...SAMPLE, date: '20/12/2025' }, TODAY);
    const after = renderArticle(read('ky-hop-hdnd'), { ...SAMPLE, date: '20/04/2026' }, TODAY);
    assert.ok(before.ok && after.ok);
    assert.match(before.text, /nhiệm kỳ 2021 – 2026/);
    assert.match(after.text, /nhiệm kỳ 2026 – 2031/);
    const congress = renderArticle(read('dai-hoi-dang-bo'), { commune: 'Cao Sơn', date: '12/07/2025' }, TODAY);
    assert.ok(congress.ok);
    assert.match(congress.text, /ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ CAO SƠN LẦN THỨ I, NHIỆM KỲ 2025 – 2030/);
    const old = renderArticle(read('so-ket-giua-nhiem-ky'), { commune: 'Cao Sơn', date: '20/05/2023', congress: 'XXIII' }, TODAY);
    assert.ok(old.ok);
    assert.match(old.text, /lần thứ XXIII, nhiệm kỳ 2020 – 2025/);
  });

  it('write the first session of a new council and election day with the right weekday', () => {
    const session = renderArticle(read('ky-hop-hdnd'), { ...SAMPLE, session: 'nhất', course: 'I', date: '25/03/2026', elected: 'Phạm Thị Lan' }, TODAY);
    assert.ok(session.ok);
    assert.match(session.text, /KỲ HỌP THỨ NHẤT, KHÓA I/);
    assert.match(session.text, /bầu đồng chí Phạm Thị Lan giữ chức Chủ tịch HĐND xã khóa I, nhiệm kỳ 2026 – 2031/);
    const election = renderArticle(read('bau-cu'), { commune: 'Côn Đảo', unitType: 'đặc khu', leader: 'Lê Văn Hai', author: 'Hà Diễn' }, TODAY);
    assert.ok(election.ok);
    assert.match(election.text, /^Chủ nhật, ngày 15 tháng 3 năm 2026, .* cử tri đặc khu Côn Đảo/m);
    assert.deepEqual(analyze(election.text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning'), []);
  });

  it('offer thị trấn only for articles before 1 July 2025, and the checker accepts it there', () => {
    for (const file of readdirSync(TEMPLATES_DIR).filter((f) => f.endsWith('.hbs'))) {
      const unitType = parseTemplateHeader(readFileSync(join(TEMPLATES_DIR, file), 'utf8')).header.fields.find((f) => f.name === 'unitType');
      assert.ok(unitType, file);
      assert.equal(unitType.defaultValue, 'xã');
      assert.match(unitType.label, /xã, phường hoặc đặc khu; thị trấn chỉ cho bài trước 01\/7\/2025/, file);
    }
    const old = renderArticle(read('hoi-nghi-bch'), { ...SAMPLE, unitType: 'thị trấn', date: '20/05/2024' }, TODAY);
    const now = renderArticle(read('hoi-nghi-bch'), { ...SAMPLE, unitType: 'thị trấn', date: '20/05/2026' }, TODAY);
    assert.ok(old.ok && now.ok);
    assert.deepEqual(analyze(old.text).findings.filter((f) => f.rule === 'admin-timeline'), []);
    assert.ok(analyze(now.text).findings.some((f) => f.rule === 'admin-timeline'));
  });
});
