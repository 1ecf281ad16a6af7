// Runs inside the extension host with the full vscode API: the extension under development is loaded
// from the project root (dist/client.js), its language server from dist/server.js.
const assert = require('assert');
const path = require('path');
const vscode = require('vscode');
const { current, hoverOffset, positionAt } = require('../expectations.cjs');

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
  });

  it('communique.checkConsistency runs and produces a report', async function () {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('communique.checkConsistency'), 'command communique.checkConsistency is not registered');
    const before = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    const result = await vscode.commands.executeCommand('communique.checkConsistency');
    const report = await eventually(() => {
      if (result) return typeof result === 'string' ? result : JSON.stringify(result);
      const opened = vscode.workspace.textDocuments.find((d) => !before.has(d.uri.toString()) && d.getText().length > 0);
      return opened && opened.getText();
    }, 15000);
    assert.ok(report && report.length > 0, 'checkConsistency produced no report (no return value, no new document)');
  });
});
