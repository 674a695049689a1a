// The new-article command, run against a small fake of the VS Code API: templates are listed
// (workspace ones only when trusted), fields are asked, the article opens untitled or is saved to
// a new file, an existing file is never overwritten, and template errors name their line.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { promises as fsp } from 'node:fs';
import Module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

class FakeUri {
  readonly scheme = 'file';
  constructor(readonly fsPath: string) {}
  get path(): string {
    return this.fsPath;
  }
  toString(): string {
    return `file://${this.fsPath}`;
  }
  static file(path: string): FakeUri {
    return new FakeUri(path);
  }
  static joinPath(base: FakeUri, ...parts: string[]): FakeUri {
    return new FakeUri(join(base.fsPath, ...parts));
  }
}

interface Script {
  trusted: boolean;
  pickTemplate: (labels: string[]) => string | undefined;
  inputs: Record<string, string>;
  target: 'untitled' | 'save';
  saveTo?: string;
}

interface Recorded {
  errors: string[];
  warnings: string[];
  opened: { language?: string; content?: string; path?: string }[];
  templateLabels: string[];
  prompts: string[];
  rejected: string[];
}

function fakeVscode(script: Script, workspaceDir: string, recorded: Recorded): unknown {
  const FileType = { File: 1, Directory: 2 };
  return {
    Uri: FakeUri,
    FileType,
    Position: class {
      constructor(readonly line: number, readonly character: number) {}
    },
    Range: class {
      constructor(readonly start: unknown, readonly end: unknown) {}
    },
    env: { language: 'vi' },
    workspace: {
      get isTrusted() {
        return script.trusted;
      },
      workspaceFolders: [{ uri: FakeUri.file(workspaceDir), name: 'ws', index: 0 }],
      getConfiguration: () => ({ get: <T>(_key: string, fallback: T) => fallback }),
      fs: {
        readDirectory: async (uri: FakeUri) => (await fsp.readdir(uri.fsPath, { withFileTypes: true })).map((d) => [d.name, d.isDirectory() ? FileType.Directory : FileType.File]),
        readFile: async (uri: FakeUri) => new Uint8Array(await fsp.readFile(uri.fsPath)),
        stat: async (uri: FakeUri) => fsp.stat(uri.fsPath),
        writeFile: async (uri: FakeUri, data: Uint8Array) => fsp.writeFile(uri.fsPath, data),
      },
      openTextDocument: async (arg: FakeUri | { language: string; content: string }) => {
        if (arg instanceof FakeUri) return { uri: arg, languageId: arg.fsPath.endsWith('.tin.txt') ? 'tin-hoi-nghi' : 'plaintext', path: arg.fsPath };
        recorded.opened.push({ language: arg.language, content: arg.content });
        return { languageId: arg.language };
      },
    },
    window: {
      showQuickPick: async (items: { label: string; save?: boolean }[]) => {
        if (items.some((i) => 'template' in i)) {
          recorded.templateLabels = items.map((i) => i.label);
          const wanted = script.pickTemplate(recorded.templateLabels);
          return items.find((i) => i.label === wanted);
        }
        return items.find((i) => i.save === (script.target === 'save'));
      },
      // Like VS Code: a value the validator rejects cannot be accepted; the "user" then types one.
      showInputBox: async (options: { prompt: string; value: string; validateInput: (v: string) => string | undefined }) => {
        recorded.prompts.push(options.prompt);
        const key = Object.keys(script.inputs).find((k) => options.prompt.startsWith(k));
        const value = key !== undefined ? script.inputs[key] : options.value;
        const rejection = options.validateInput(value);
        if (rejection) recorded.rejected.push(rejection);
        return rejection ? 'Giá trị thử' : value;
      },
      showSaveDialog: async () => (script.saveTo ? FakeUri.file(script.saveTo) : undefined),
      showErrorMessage: async (message: string) => {
        recorded.errors.push(message);
        return undefined;
      },
      showWarningMessage: async (message: string) => {
        recorded.warnings.push(message);
        return undefined;
      },
      showTextDocument: async (doc: { path?: string }) => {
        if (doc && doc.path) recorded.opened.push({ path: doc.path });
      },
    },
    languages: { setTextDocumentLanguage: async (doc: unknown) => doc },
  };
}

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;

describe('new-article command (fake VS Code)', () => {
  let workspaceDir: string;
  let fake: unknown;
  const moduleWithLoad = Module as unknown as { _load: Loader };
  const originalLoad = moduleWithLoad._load;

  before(() => {
    moduleWithLoad._load = function (request, parent, isMain) {
      if (request === 'vscode') return fake;
      return originalLoad.call(this, request, parent, isMain);
    };
  });
  after(() => {
    moduleWithLoad._load = originalLoad;
  });
  beforeEach(() => {
    workspaceDir = mkdtempSync(join(tmpdir(), 'thn-ws-'));
    mkdirSync(join(workspaceDir, '.tin-hoi-nghi', 'templates'), { recursive: true });
    writeFileSync(
      join(workspaceDir, '.tin-hoi-nghi', 'templates', 'giao-ban.hbs'),
      '{{!--\ntitle: Giao ban của xã\nkind: hoi-nghi-bch\nfields: commune (Tên xã)\n--}}\nXã {{commune}} giao ban.\n{{#if commune}}\nchưa đóng\n',
    );
  });
  afterEach(() => rmSync(workspaceDir, { recursive: true, force: true }));

  async function run(script: Script): Promise<Recorded> {
    const recorded: Recorded = { errors: [], warnings: [], opened: [], templateLabels: [], prompts: [], rejected: [] };
    fake = fakeVscode(script, workspaceDir, recorded);
    // A computed path keeps the client module out of the test project's type-check (it needs vscode types).
    const modulePath = join(ROOT, 'client', 'src', 'newArticle');
    // Fresh client modules each run, so they bind this run's fake.
    for (const key of Object.keys(require.cache)) if (key.includes(join(ROOT, 'client', 'src'))) delete require.cache[key];
    const { newArticle } = require(modulePath) as { newArticle: (context: unknown) => Promise<void> };
    await newArticle({ extensionUri: FakeUri.file(ROOT) });
    return recorded;
  }

  const builtIn = readdirSync(join(ROOT, 'templates')).filter((f) => f.endsWith('.hbs')).length;
  const soKet = (labels: string[]): string | undefined => labels.find((l) => l.includes('sơ kết giữa nhiệm kỳ'));
  const inputs = { 'Tên xã': 'Cao Sơn', 'Người dự và chỉ đạo': 'Nguyễn Văn Hùng' };

  it('lists built-in and (trusted) workspace templates, asks the fields and opens an untitled article', async () => {
    const recorded = await run({ trusted: true, pickTemplate: soKet, inputs, target: 'untitled' });
    assert.equal(recorded.templateLabels.length, builtIn + 1);
    assert.ok(recorded.templateLabels.includes('Giao ban của xã'));
    assert.ok(recorded.prompts.length >= 5);
    assert.deepEqual(recorded.errors, []);
    assert.equal(recorded.opened.length, 1);
    assert.equal(recorded.opened[0].language, 'tin-hoi-nghi');
    assert.match(recorded.opened[0].content!, /Ban Chấp hành Đảng bộ xã Cao Sơn tổ chức hội nghị sơ kết giữa nhiệm kỳ/);
    assert.match(recorded.opened[0].content!, /đồng chí Nguyễn Văn Hùng/);
    // required fields left empty are refused (congress, directorTitle, secretary, author); optional figures are not
    assert.ok(recorded.rejected.some((m) => m.startsWith('Cần nhập "Tác giả')), recorded.rejected.join('\n'));
    assert.ok(!recorded.rejected.some((m) => m.includes('để trống nếu chưa có')));
    assert.match(recorded.opened[0].content!, /Nhiều chỉ tiêu chủ yếu đạt và vượt/);
  });

  it('offers only built-in templates in an untrusted workspace', async () => {
    const recorded = await run({ trusted: false, pickTemplate: () => undefined, inputs, target: 'untitled' });
    assert.equal(recorded.templateLabels.length, builtIn);
    assert.ok(!recorded.templateLabels.includes('Giao ban của xã'));
  });

  it('saves to a new file', async () => {
    const target = join(workspaceDir, 'bai-moi.tin.txt');
    const recorded = await run({ trusted: true, pickTemplate: soKet, inputs, target: 'save', saveTo: target });
    assert.deepEqual(recorded.errors, []);
    assert.match(readFileSync(target, 'utf8'), /xã Cao Sơn/);
    assert.deepEqual(recorded.opened, [{ path: target }]);
  });

  it('never overwrites an existing file', async () => {
    const target = join(workspaceDir, 'da-co.tin.txt');
    writeFileSync(target, 'bài cũ');
    const recorded = await run({ trusted: true, pickTemplate: soKet, inputs, target: 'save', saveTo: target });
    assert.equal(readFileSync(target, 'utf8'), 'bài cũ');
    assert.equal(recorded.errors.length, 1);
    assert.match(recorded.errors[0], /đã tồn tại; không ghi đè/);
    assert.deepEqual(recorded.opened, []);
  });

  it('reports a template syntax error with the file and line', async () => {
    const recorded = await run({ trusted: true, pickTemplate: (labels) => labels.find((l) => l === 'Giao ban của xã'), inputs, target: 'untitled' });
    assert.equal(recorded.errors.length, 1);
    assert.match(recorded.errors[0], /^giao-ban\.hbs, dòng \d+: Lỗi cú pháp/);
    assert.deepEqual(recorded.opened, []);
    assert.ok(!existsSync(join(workspaceDir, 'bai-moi.tin.txt')));
  });

  it('stops quietly when the user cancels the template choice', async () => {
    const recorded = await run({ trusted: true, pickTemplate: () => undefined, inputs, target: 'untitled' });
    assert.deepEqual([recorded.errors, recorded.opened, recorded.prompts], [[], [], []]);
  });
});
