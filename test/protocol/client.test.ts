/**
 * The VS Code client's own logic, with a stand-in for the `vscode` module: which documents it gives
 * the article language. (The real editor is tested by the end-to-end tier.)
 */
import * as assert from 'assert';
import Module = require('module');

interface FakeDoc {
  uri: { scheme: string; fsPath: string; toString(): string };
  languageId: string;
  getText(): string;
}

const switched: string[] = [];
const openListeners: ((d: FakeDoc) => void)[] = [];
let settings: Record<string, unknown> = {};
const fakeVscode = {
  workspace: {
    textDocuments: [] as FakeDoc[],
    onDidOpenTextDocument: (l: (d: FakeDoc) => void) => {
      openListeners.push(l);
      return { dispose() {} };
    },
    getWorkspaceFolder: (uri: { fsPath: string }) => (uri.fsPath.startsWith('/ws/') ? { uri: { fsPath: '/ws' } } : undefined),
    getConfiguration: () => ({ get: (key: string) => settings[key] }),
    asRelativePath: (uri: { fsPath: string }) => uri.fsPath.replace(/^\/ws\//, ''),
  },
  languages: {
    setTextDocumentLanguage: async (doc: FakeDoc, language: string) => {
      switched.push(`${doc.uri.fsPath}:${language}`);
      return doc;
    },
  },
};

function doc(fsPath: string, text: string, languageId = 'plaintext', scheme = 'file'): FakeDoc {
  return { uri: { scheme, fsPath, toString: () => `${scheme}://${fsPath}` }, languageId, getText: () => text };
}

const ARTICLE = 'Việt Nam và Ghana ký kết hợp tác nông nghiệp\n\nNgày 12/3, hai bên đã ký kết bản ghi nhớ về hợp tác nông nghiệp và giáo dục trong giai đoạn tới.\n';
const LOG = '2024-03-12 10:00:01 INFO start\n2024-03-12 10:00:02 INFO loaded 12 files\n2024-03-12 10:00:03 WARN slow\n';

describe('VS Code client: which documents become articles', () => {
  let register: (context: { subscriptions: unknown[] }) => void;
  let atActivation: string[] = [];
  before(async () => {
    const M = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
    const load = M._load;
    M._load = function (request: string, ...rest: unknown[]) {
      return request === 'vscode' ? fakeVscode : load.call(this, request, ...rest);
    };
    try {
      register = require('../../client/src/articleLanguage').registerArticleLanguage;
    } finally {
      M._load = load;
    }
    fakeVscode.workspace.textDocuments = [doc('/ws/already-open.txt', ARTICLE)];
    register({ subscriptions: [] });
    await new Promise((resolve) => setImmediate(resolve));
    atActivation = [...switched];
  });
  beforeEach(() => {
    switched.length = 0;
    settings = {};
  });
  const open = async (d: FakeDoc) => {
    for (const l of openListeners) l(d);
    await new Promise((resolve) => setImmediate(resolve));
  };

  it('switches a plain-text article of the workspace, including one open before activation', async () => {
    assert.deepStrictEqual(atActivation, ['/ws/already-open.txt:communique-article']);
    await open(doc('/ws/news/bai.txt', ARTICLE));
    assert.deepStrictEqual(switched, ['/ws/news/bai.txt:communique-article']);
  });

  it('leaves logs, other languages, files outside the workspace and unsaved documents alone', async () => {
    await open(doc('/ws/logs/run.txt', LOG));
    await open(doc('/ws/notes.md', ARTICLE, 'markdown'));
    await open(doc('/elsewhere/bai.txt', ARTICLE));
    await open(doc('/ws/untitled.txt', ARTICLE, 'plaintext', 'untitled'));
    assert.deepStrictEqual(switched, []);
  });

  it('follows communique.articles.include and exclude', async () => {
    settings = { 'articles.include': ['news/**/*.txt'], 'articles.exclude': ['news/drafts/**'] };
    await open(doc('/ws/other/bai2.txt', ARTICLE));
    await open(doc('/ws/news/drafts/bai3.txt', ARTICLE));
    await open(doc('/ws/news/bai4.txt', ARTICLE));
    assert.deepStrictEqual(switched, ['/ws/news/bai4.txt:communique-article']);
  });

  it('does not switch again a document the user set back to plain text', async () => {
    await open(doc('/ws/news/bai.txt', ARTICLE));
    assert.deepStrictEqual(switched, []);
  });
});
