// Runs inside the extension host with the full vscode API: the extension under development is loaded
// from the project root (dist/client.js), its language server from dist/server.js.
const assert = require('assert');
const path = require('path');
const vscode = require('vscode');
const { current, extra, hoverOffset, positionAt } = require('../expectations.cjs');

const EXTENSION_ID = 'communique.communique';
const LANGUAGE_ID = 'communique-article';
const e = current();
const uri = vscode.Uri.file(e.path);

/** Polls `probe` until it returns a truthy value or `ms` pass; returns the last value. */
async function eventually(probe, ms = 20000, every = 250) {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    try { last = await probe(); } catch (err) { last = undefined; if (Date.now() >= deadline) throw err; }
    if (last || Date.now() >= deadline) return last;
    await new Promise((r) => setTimeout(r, every));
  }
}

function hoverText(hovers) {
  return (hovers || []).flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

function codeOf(d) {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

function symbolNames(symbols) {
  const out = [];
  const walk = (list) => { for (const s of list || []) { out.push(s.name); walk(s.children); } };
  walk(symbols);
  return out;
}

function openDocument() {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
}

describe(`Communiqué in a real VS Code extension host (${path.basename(e.folder)}/${e.file})`, function () {
  let text;

  before(async function () {
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    text = doc.getText();
  });

  it('the extension is installed from the development path and activates', async function () {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
    await eventually(() => ext.isActive, 20000);
    assert.ok(ext.isActive, 'extension did not activate after opening an article');
  });

  it(`an article .txt opens with language ${LANGUAGE_ID}`, async function () {
    const lang = await eventually(() => (openDocument() || {}).languageId === LANGUAGE_ID && LANGUAGE_ID, 15000);
    assert.strictEqual(lang, LANGUAGE_ID, `language is ${(openDocument() || {}).languageId}`);
  });

  it(`hover over "${e.hover.text}" shows its card`, async function () {
    const pos = positionAt(text, hoverOffset(e, text) + 1);
    const position = new vscode.Position(pos.line, pos.character);
    const shown = await eventually(async () => {
      const t = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, position));
      return e.hoverExpect.every((x) => t.includes(x)) ? t : undefined;
    }, 20000);
    const got = shown || hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, position));
    for (const x of e.hoverExpect) assert.ok(got.includes(x), `hover lacks "${x}"; got:\n${got}`);
  });

  it('the outline contains the article title', async function () {
    const names = await eventually(async () => {
      const n = symbolNames(await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri));
      return n.some((s) => s.includes(e.title)) ? n : undefined;
    }, 20000);
    assert.ok(names, `no symbol with the title "${e.title}"; got: ${JSON.stringify(symbolNames(await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri)))}`);
  });

  it(`diagnostics are published${e.diagnosticCodes.length ? ` with ${e.diagnosticCodes.join(', ')}` : ''}`, async function () {
    const want = e.diagnosticCodes;
    const got = await eventually(() => {
      const codes = vscode.languages.getDiagnostics(uri).map(codeOf);
      return want.length ? (want.every((c) => codes.includes(c)) ? codes : undefined) : (codes.length ? codes : undefined);
    }, 20000);
    const codes = vscode.languages.getDiagnostics(uri).map(codeOf);
    assert.ok(got, `expected diagnostics ${want.length ? want.join(', ') : '(any)'}; got: ${JSON.stringify(codes)}`);
    // Related locations point at the places compared, and the Problems text is plain (no Markdown).
    for (const d of vscode.languages.getDiagnostics(uri).filter((x) => want.includes(codeOf(x)))) {
      assert.ok(d.relatedInformation && d.relatedInformation.length, `${codeOf(d)} has no related locations`);
      assert.ok(!/`/.test(d.message), `Markdown in Problems: ${d.message}`);
    }
  });

  it('the outline: paragraphs holding people, organizations and places once each, and figures; no dates', async function () {
    const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', uri);
    const title = symbols[0];
    const all = [];
    const walk = (s) => { all.push(s); (s.children || []).forEach(walk); };
    walk(title);
    assert.ok(!all.some((s) => s.kind === vscode.SymbolKind.Event), 'a date in the outline');
    assert.ok(all.some((s) => s.kind === vscode.SymbolKind.Number), 'no figure in the outline');
    // A person's detail is the canonical name (or the word "person" when the mention is it).
    const people = all.filter((s) => s.kind === vscode.SymbolKind.Object).map((s) => { const d = s.detail.replace(/ ×\d+$/, ''); return d === 'person' ? s.name : d; });
    assert.ok(people.length > 0, 'no person in the outline');
    assert.strictEqual(new Set(people).size, people.length, `a person outlined twice: ${people.join(', ')}`);
  });

  it('communique.checkConsistency opens one report panel for every article, reused, and no document', async function () {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('communique.checkConsistency'), 'command communique.checkConsistency is not registered');
    const articles = (await vscode.workspace.findFiles('**/*.txt')).length;
    const documentsBefore = vscode.workspace.textDocuments.filter((d) => d.isUntitled).length;
    const report = await vscode.commands.executeCommand('communique.checkConsistency');
    assert.ok(report && report.model, `no report model: ${JSON.stringify(report).slice(0, 300)}`);
    assert.strictEqual(report.model.summary.articles, articles, `the report covers ${report.model.summary.articles} of the folder's ${articles} articles`);
    if (e.diagnosticCodes.length) {
      const codes = report.model.groups.map((g) => g.code);
      for (const c of e.diagnosticCodes) assert.ok(codes.includes(c), `the report has no ${c} group: ${codes.join(', ')}`);
    }
    await vscode.commands.executeCommand('communique.checkConsistency');
    const panels = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('communique.report'));
    await eventually(() => panels().length === 1, 10000);
    assert.strictEqual(panels().length, 1, `expected one report panel, found ${panels().length}`);
    assert.strictEqual(vscode.workspace.textDocuments.filter((d) => d.isUntitled).length, documentsBefore, 'the report opened an untitled document');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.languageId === 'markdown' && d.isUntitled), 'a Markdown report document was opened');
  });

  it('the open report follows an edit (in memory, never saved) and comes back when it is undone', async function () {
    const target = vscode.Uri.file(path.join(e.folder, 'vi-thuong-mai-viet-nam-peru.txt'));
    const api = vscode.extensions.getExtension(EXTENSION_ID).exports;
    await vscode.commands.executeCommand('communique.checkConsistency');
    const before = api.shownReport();
    assert.ok(before && before.summary.conflicts > 0, 'the samples have conflicting values');
    const doc = await vscode.workspace.openTextDocument(target);
    const editor = await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.One });
    const at = doc.getText().indexOf('164,8 triệu USD');
    assert.ok(at >= 0);
    const range = new vscode.Range(doc.positionAt(at), doc.positionAt(at + 5));
    try {
      await editor.edit((b) => b.replace(range, '146,8'));
      const after = await eventually(() => { const m = api.shownReport(); return m && m.summary.conflicts < before.summary.conflicts ? m : undefined; }, 20000);
      assert.ok(after, `the panel still shows ${api.shownReport().summary.conflicts} conflicting values`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    const back = await eventually(() => { const m = api.shownReport(); return m && m.summary.conflicts === before.summary.conflicts ? m : undefined; }, 20000);
    assert.ok(back, 'the panel did not come back to the file as saved');
    assert.ok(!doc.isDirty, 'the article was left edited');
  });

  it('exports CSV, JSON, HTML and brat files without touching an article', async function () {
    const os = require('os');
    const fs = require('fs');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-export-'));
    const before = fs.readFileSync(e.path, 'utf8');
    try {
      await vscode.commands.executeCommand('communique.exportCsv', vscode.Uri.file(path.join(dir, 'a.csv')));
      const csv = fs.readFileSync(path.join(dir, 'a.csv'), 'utf8');
      assert.match(csv, /^path,kind,type,text,start,end,line,column,/);
      assert.ok(csv.includes(e.file), 'the CSV does not list the article');
      await vscode.commands.executeCommand('communique.exportJson', vscode.Uri.file(path.join(dir, 'a.json')));
      assert.strictEqual(JSON.parse(fs.readFileSync(path.join(dir, 'a.json'), 'utf8')).version, 1);
      await vscode.commands.executeCommand('communique.exportHtml', vscode.Uri.file(path.join(dir, 'a.html')));
      assert.match(fs.readFileSync(path.join(dir, 'a.html'), 'utf8'), /Content-Security-Policy/);
      const brat = path.join(dir, 'brat');
      fs.mkdirSync(brat);
      await vscode.commands.executeCommand('communique.exportBrat', vscode.Uri.file(brat));
      const base = e.file.replace(/\.txt$/, '');
      assert.ok(fs.existsSync(path.join(brat, 'annotation.conf')), 'no annotation.conf');
      assert.strictEqual(fs.readFileSync(path.join(brat, `${base}.txt`), 'utf8'), text.replace(/^\uFEFF/, ''));
      assert.match(fs.readFileSync(path.join(brat, `${base}.ann`), 'utf8'), /^T1\t\w+ \d+ \d+\t/);
      assert.strictEqual(fs.readFileSync(e.path, 'utf8'), before, 'the article changed');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

for (const x of extra()) {
  describe(`the same in ${x.file}`, function () {
    const xuri = vscode.Uri.file(x.path);
    let text;
    before(async function () {
      const doc = await vscode.workspace.openTextDocument(xuri);
      await vscode.window.showTextDocument(doc);
      text = doc.getText();
    });

    it(`opens with language ${LANGUAGE_ID}`, async function () {
      const find = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === xuri.toString()) || {};
      const lang = await eventually(() => find().languageId === LANGUAGE_ID && LANGUAGE_ID, 15000);
      assert.strictEqual(lang, LANGUAGE_ID, `language is ${find().languageId}`);
    });

    it(`hover over "${x.hover.text}" shows ${x.hoverExpect.join(', ')}`, async function () {
      const pos = positionAt(text, hoverOffset(x, text) + 1);
      const position = new vscode.Position(pos.line, pos.character);
      let got = '';
      await eventually(async () => {
        got = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', xuri, position));
        return x.hoverExpect.every((w) => got.includes(w));
      }, 20000);
      for (const w of x.hoverExpect) assert.ok(got.includes(w), `hover lacks "${w}"; got:\n${got}`);
    });

    it(`diagnostics include ${x.diagnosticCodes.join(', ')}`, async function () {
      const codes = () => vscode.languages.getDiagnostics(xuri).map(codeOf);
      await eventually(() => x.diagnosticCodes.every((c) => codes().includes(c)), 20000);
      for (const c of x.diagnosticCodes) assert.ok(codes().includes(c), `no ${c}; got: ${JSON.stringify(codes())}`);
    });
  });
}

describe('the Vietnamese UI (communique.locale = vi): one language everywhere', function () {
  const config = () => vscode.workspace.getConfiguration('communique');
  before(async function () {
    await config().update('locale', 'vi', vscode.ConfigurationTarget.Global);
  });
  after(async function () {
    await config().update('locale', undefined, vscode.ConfigurationTarget.Global);
  });

  it('diagnostics, hovers and the report panel speak Vietnamese, with no Markdown in Problems', async function () {
    const got = await eventually(() => {
      const ds = vscode.languages.getDiagnostics(uri);
      return ds.length && ds.every((d) => /không khớp|nhưng|bài này|ở đây|trong/.test(d.message)) ? ds : undefined;
    }, 20000);
    assert.ok(got, `messages not in Vietnamese: ${vscode.languages.getDiagnostics(uri).map((d) => d.message).join(' | ')}`);
    for (const d of got) assert.ok(!/`/.test(d.message), `Markdown in Problems: ${d.message}`);
    const doc = await vscode.workspace.openTextDocument(uri);
    const text = doc.getText();
    const pos = positionAt(text, hoverOffset(e, text) + 1);
    const hover = await eventually(async () => {
      const t = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, new vscode.Position(pos.line, pos.character)));
      return /lần nhắc trong/.test(t) ? t : undefined;
    }, 20000);
    assert.ok(hover, 'the hover is not in Vietnamese');
    const report = await vscode.commands.executeCommand('communique.checkConsistency');
    assert.strictEqual(report.model.locale, 'vi');
    assert.ok(report.model.groups.every((g) => !/\b(the|is|are|of)\b/.test(g.title)), `English group titles: ${report.model.groups.map((g) => g.title).join(' | ')}`);
  });
});
