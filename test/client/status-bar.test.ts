// The status bar item against a fake VS Code API: kind label and problem counts of the active
// editor, only our diagnostics counted, hidden for other languages and for non-articles.
import { strict as assert } from 'node:assert';
import Module from 'node:module';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

type Listener = (e: unknown) => void;

interface FakeState {
  editor?: { document: { languageId: string; uri: { toString(): string }; getText(): string } };
  diagnostics: { source: string; severity: number }[];
  locale: string;
  item: { text: string; tooltip: string; command?: string; visible: boolean };
  listeners: Record<string, Listener[]>;
}

function fakeVscode(state: FakeState): unknown {
  const on = (name: string) => (listener: Listener) => {
    (state.listeners[name] ??= []).push(listener);
    return { dispose() {} };
  };
  return {
    StatusBarAlignment: { Left: 1, Right: 2 },
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
    env: {
      get language() {
        return state.locale;
      },
    },
    workspace: {
      getConfiguration: () => ({ get: <T>(_key: string, fallback: T) => fallback }),
      onDidChangeTextDocument: on('text'),
      onDidChangeConfiguration: on('config'),
    },
    window: {
      get activeTextEditor() {
        return state.editor;
      },
      onDidChangeActiveTextEditor: on('editor'),
      createStatusBarItem: () => {
        const item = state.item as FakeState['item'] & { show(): void; hide(): void; dispose(): void; name?: string };
        item.show = () => (item.visible = true);
        item.hide = () => (item.visible = false);
        item.dispose = () => undefined;
        return item;
      },
    },
    languages: {
      getDiagnostics: () => state.diagnostics,
      onDidChangeDiagnostics: on('diagnostics'),
    },
  };
}

const ARTICLE = [
  'Sáng ngày 18/4/2023, Ban Chấp hành Đảng bộ xã Phúc Sơn tổ chức hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ XXIII, nhiệm kỳ 2020 – 2025. Tới dự và chỉ đạo có đồng chí Hoàng Văn Khải, Ủy viên Ban Thường vụ Tỉnh ủy.',
  '',
  'Báo cáo sơ kết nêu rõ, đến nay có 18/31 chỉ tiêu đạt và vượt so với mục tiêu cả nhiệm kỳ.',
  '',
  'Lý Thu Trang – Văn phòng Đảng ủy xã Phúc Sơn',
].join('\n');

const doc = (languageId: string, text: string) => ({ languageId, uri: { toString: () => `file:///x.${languageId}` }, getText: () => text });
const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 10));

describe('status bar item (fake VS Code)', () => {
  const moduleWithLoad = Module as unknown as { _load: (request: string, parent: unknown, isMain: boolean) => unknown };
  const originalLoad = moduleWithLoad._load;
  let fake: unknown;

  before(() => {
    moduleWithLoad._load = function (request, parent, isMain) {
      if (request === 'vscode') return fake;
      return originalLoad.call(this, request, parent, isMain);
    };
  });
  after(() => {
    moduleWithLoad._load = originalLoad;
  });

  async function start(state: FakeState): Promise<{ dispose(): void }> {
    fake = fakeVscode(state);
    for (const key of Object.keys(require.cache)) if (key.includes(join(ROOT, 'client', 'src'))) delete require.cache[key];
    const modulePath = join(ROOT, 'client', 'src', 'statusBar');
    const { ArticleStatus } = require(modulePath) as { ArticleStatus: new () => { dispose(): void } };
    const status = new ArticleStatus();
    await tick();
    return status;
  }

  const newState = (document: ReturnType<typeof doc>, diagnostics: FakeState['diagnostics'] = [], locale = 'vi'): FakeState => ({
    editor: { document },
    diagnostics,
    locale,
    item: { text: '', tooltip: '', visible: false },
    listeners: {},
  });

  it('shows the kind and counts only our diagnostics; a click opens the Problems view', async () => {
    const state = newState(doc('tin-hoi-nghi', ARTICLE), [
      { source: 'tin-hoi-nghi', severity: 0 },
      { source: 'tin-hoi-nghi', severity: 1 },
      { source: 'tin-hoi-nghi', severity: 1 },
      { source: 'tin-hoi-nghi', severity: 3 },
      { source: 'cSpell', severity: 1 },
    ]);
    const status = await start(state);
    assert.equal(state.item.visible, true);
    assert.equal(state.item.text, '$(note) Sơ kết giữa nhiệm kỳ  $(error) 1  $(warning) 2  $(info) 1');
    assert.equal(state.item.command, 'workbench.actions.view.problems');
    assert.match(state.item.tooltip, /1 lỗi, 2 cảnh báo, 1 gợi ý/);
    status.dispose();
  });

  it('follows the display language for the label', async () => {
    const state = newState(doc('tin-hoi-nghi', ARTICLE), [], 'en');
    const status = await start(state);
    assert.match(state.item.text, /Mid-term review/);
    status.dispose();
  });

  it('updates when diagnostics of the active document change', async () => {
    const state = newState(doc('tin-hoi-nghi', ARTICLE));
    const status = await start(state);
    assert.match(state.item.text, /\$\(error\) 0/);
    state.diagnostics = [{ source: 'tin-hoi-nghi', severity: 0 }];
    for (const listener of state.listeners.diagnostics) listener({ uris: [state.editor!.document.uri] });
    assert.match(state.item.text, /\$\(error\) 1/);
    status.dispose();
  });

  it('hides for other languages and for plain text that is not an article', async () => {
    const other = newState(doc('typescript', ARTICLE));
    (await start(other)).dispose();
    assert.equal(other.item.visible, false);
    const readme = newState(doc('markdown', '# README\n\nInstall with npm.'));
    (await start(readme)).dispose();
    assert.equal(readme.item.visible, false);
    const article = newState(doc('plaintext', ARTICLE));
    (await start(article)).dispose();
    assert.equal(article.item.visible, true);
  });
});
