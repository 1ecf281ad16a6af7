import * as assert from 'assert';
import * as fs from 'fs';
import type {
  CodeAction,
  Diagnostic,
  DocumentDiagnosticReport,
  Hover,
  MarkupContent,
  WorkspaceDiagnosticReport,
} from 'vscode-languageserver-protocol';
import { buildServer } from './build';
import { TestClient, copyFixture } from './lspClient';

const CABLE = 'bai/cap-quang.txt';
const TRADE = 'bai/thuong-mai.txt';
const FORUM = 'bai/dien-dan.txt';
const AMBIGUOUS = 'figure.ambiguous-separator';

const codes = (d: Diagnostic[]) => d.map((x) => x.code);
const hasCode = (code: string) => (d: Diagnostic[]) => d.some((x) => x.code === code);
const lacksCode = (code: string) => (d: Diagnostic[]) => !d.some((x) => x.code === code);

async function hoverText(client: TestClient, rel: string, needle: string): Promise<string> {
  const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: client.uri(rel) }, position: client.position(rel, needle, 1) });
  assert.ok(h, `a hover on ${needle}`);
  return (h.contents as MarkupContent).value;
}

describe('communique-ls over stdio: the workspace stays right (push diagnostics)', function () {
  this.timeout(20000);
  let client: TestClient;
  before(async () => {
    await buildServer();
    client = await TestClient.start({ root: copyFixture('workspace') });
  });
  after(async () => {
    if (client) await client.shutdown();
  });

  it('indexes the workspace at start-up with work-done progress', async () => {
    await client.waitForIndexed();
    const kinds = client.progress.map((p) => (p as { kind: string }).kind);
    assert.strictEqual(kinds[0], 'begin');
    assert.ok(kinds.includes('report'));
    const uris = await client.request<string[]>('communique/indexedArticles', null);
    assert.deepStrictEqual(uris, [client.uri(CABLE), client.uri(FORUM), client.uri(TRADE)]);
  });

  it('publishes the findings of articles that are not open', async () => {
    const d = await client.waitForDiagnostics(client.uri(CABLE), hasCode(AMBIGUOUS));
    const finding = d.find((x) => x.code === AMBIGUOUS)!;
    assert.deepStrictEqual(finding.range.start, client.position(CABLE, '30,000km'));
    assert.strictEqual(finding.source, 'communique');
  });

  it('updates a document\'s findings after an edit', async () => {
    await client.open(CABLE);
    await client.change(CABLE, client.text(CABLE).replace('30,000km', '30.000 km'));
    const d = await client.waitForDiagnostics(client.uri(CABLE), lacksCode(AMBIGUOUS));
    assert.deepStrictEqual(codes(d).filter((c) => c === AMBIGUOUS), []);
  });

  it('an edit in one article changes what another article shows (same metric, other values)', async () => {
    await client.open(TRADE);
    assert.match(await hoverText(client, FORUM, '1,2 tỷ USD'), /1\.5 billion USD/);
    await client.change(TRADE, client.text(TRADE).replace('1,5 tỷ USD', '1,7 tỷ USD'));
    const md = await client.waitForAsync(async () => {
      const m = await hoverText(client, FORUM, '1,2 tỷ USD');
      return /1\.7 billion USD/.test(m) ? m : undefined;
    });
    assert.doesNotMatch(md, /1\.5 billion USD/);
  });

  it('a closed article falls back to its text on disk', async () => {
    await client.close(CABLE);
    await client.waitForDiagnostics(client.uri(CABLE), hasCode(AMBIGUOUS));
  });

  it('indexes an article created on disk and drops it when deleted', async () => {
    const rel = 'bai/moi.txt';
    await client.writeFile(rel, 'Hai nước thảo luận tuyến đường sắt mới\n\nTheo kế hoạch, tuyến đường sắt dài 45,000km sẽ được khảo sát trong năm tới với sự tham gia của hai bên.\n');
    const d = await client.waitForDiagnostics(client.uri(rel), hasCode(AMBIGUOUS));
    assert.deepStrictEqual(d.find((x) => x.code === AMBIGUOUS)!.range.start, client.position(rel, '45,000km'));
    await client.deleteFile(rel);
    assert.deepStrictEqual(await client.waitForDiagnostics(client.uri(rel), (x) => x.length === 0), []);
    assert.ok(!(await client.request<string[]>('communique/indexedArticles', null)).includes(client.uri(rel)));
  });

  it('a change on disk to a closed article reaches the other articles', async () => {
    await client.close(TRADE);
    await client.writeFile(TRADE, fs.readFileSync(client.file(TRADE), 'utf8').replace('1,5 tỷ USD', '1,9 tỷ USD'));
    await client.waitForAsync(async () => ((/1\.9 billion USD/.test(await hoverText(client, FORUM, '1,2 tỷ USD'))) ? true : undefined));
  });

  it('treats two spellings of one file uri as one article, the editor\'s text winning', async () => {
    const rel = 'bai/tin@mới.txt';
    const disk = 'Tin mới về hợp tác Việt Nam - Ghana\n\nTheo Bộ Công Thương, kim ngạch thương mại hai chiều giữa Việt Nam và Ghana năm 2022 đạt 1,1 tỷ USD, tăng so với năm trước.\n';
    await client.writeFile(rel, disk);
    await client.waitForDiagnostics(client.uri(rel));
    // VS Code escapes `@` in file uris; Node's pathToFileURL does not.
    const editorUri = client.uri(rel).replace('@', '%40');
    assert.notStrictEqual(editorUri, client.uri(rel));
    const edited = disk.replace('1,1 tỷ USD', '1,3 tỷ USD');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: editorUri, languageId: 'communique-article', version: 1, text: edited } });
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri(rel), type: 2 }] });
    const at = { line: 2, character: edited.split('\n')[2].indexOf('1,3 tỷ USD') + 1 };
    const md = await client.waitForAsync(async () => {
      const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: editorUri }, position: at });
      return h && /1,300,000,000 USD/.test((h.contents as MarkupContent).value) ? (h.contents as MarkupContent).value : undefined;
    });
    assert.ok(md);
    const uris = await client.request<string[]>('communique/indexedArticles', null);
    assert.strictEqual(uris.filter((u) => u.includes('tin')).length, 1);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: editorUri } });
    await client.deleteFile(rel);
    // Its diagnostics may have been empty all along: wait for the index itself to drop the file.
    await client.waitForAsync(async () => {
      const left = await client.request<string[]>('communique/indexedArticles', null);
      return left.some((u) => u.includes('tin')) ? undefined : true;
    });
  });

  it('a file that is not an article stays out even when it changes', async () => {
    await client.writeFile('bai/log.txt', '2024-06-05 10:00:00 INFO start\n2024-06-05 10:00:01 INFO 30,000km\n2024-06-05 10:00:02 WARN done\n');
    await client.writeFile('bai/cap-quang.txt', fs.readFileSync(client.file(CABLE), 'utf8') + '\nMột đoạn mới với độ dài 7,000km được bổ sung vào kế hoạch của dự án.\n');
    await client.waitForDiagnostics(client.uri(CABLE), (d) => d.filter((x) => x.code === AMBIGUOUS).length === 2);
    assert.strictEqual(client.diagnostics.has(client.uri('bai/log.txt')), false);
  });

  it('marks a finding as reviewed in .communique/reviewed.json, never in the article', async () => {
    const before = fs.readFileSync(client.file(CABLE), 'utf8');
    const d = (await client.waitForDiagnostics(client.uri(CABLE), hasCode(AMBIGUOUS))).find((x) => x.code === AMBIGUOUS)!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: client.uri(CABLE) },
      range: d.range,
      context: { diagnostics: [d] },
    });
    const mark = actions.find((a) => a.command?.command === 'communique.markReviewed');
    assert.ok(mark, `a mark-reviewed action among ${actions.map((a) => a.title).join(', ')}`);
    assert.strictEqual(await client.request('workspace/executeCommand', mark.command), true);
    const reviewed = JSON.parse(fs.readFileSync(client.file('.communique/reviewed.json'), 'utf8'));
    assert.deepStrictEqual(reviewed.reviewed.map((e: { file: string; code: string; text: string }) => [e.file, e.code, e.text]), [[CABLE, AMBIGUOUS, '30,000km']]);
    const after = await client.waitForDiagnostics(client.uri(CABLE), (x) => x.some((y) => y.code === AMBIGUOUS && y.severity === 4));
    assert.strictEqual(after.find((y) => y.code === AMBIGUOUS && y.severity === 4)!.range.start.line, d.range.start.line);
    assert.strictEqual(fs.readFileSync(client.file(CABLE), 'utf8'), before, 'the article is unchanged');
    // Hidden when the setting says so; the other (unreviewed) finding stays.
    await client.changeSettings({ reviewed: { show: 'hidden' } });
    const hidden = await client.waitForDiagnostics(client.uri(CABLE), (x) => x.filter((y) => y.code === AMBIGUOUS).length === 1);
    assert.notStrictEqual(hidden.find((y) => y.code === AMBIGUOUS)!.range.start.line, d.range.start.line);
  });

  it('returns the workspace consistency report in Markdown', async () => {
    const report = await client.request<{ markdown: string; documents: number; findings: number }>('communique/consistencyReport', {});
    const indexed = await client.request<string[]>('communique/indexedArticles', null);
    assert.strictEqual(report.documents, 3, `documents in the report; indexed: ${indexed.join(', ')}`);
    assert.match(report.markdown, /^# Consistency report/);
    assert.match(report.markdown, /figure\.ambiguous-separator/);
    assert.match(report.markdown, /cap-quang\.txt/);
    const vi = await client.request<{ markdown: string }>('communique/consistencyReport', { locale: 'vi' });
    assert.match(vi.markdown, /^# Báo cáo nhất quán/);
  });
});

describe('communique-ls over stdio: pull diagnostics', function () {
  this.timeout(20000);
  let client: TestClient;
  before(async () => {
    await buildServer();
    client = await TestClient.start({ root: copyFixture('workspace'), pull: true });
  });
  after(async () => {
    if (client) await client.shutdown();
  });

  it('declares a diagnostic provider with workspace diagnostics and pushes nothing', async () => {
    assert.deepStrictEqual(client.initializeResult.capabilities.diagnosticProvider, { identifier: 'communique', interFileDependencies: true, workspaceDiagnostics: true });
    const report = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    assert.strictEqual(client.diagnostics.size, 0);
    const cable = report.items.find((i) => i.uri === client.uri(CABLE));
    assert.ok(cable && cable.kind === 'full' && cable.items.some((d) => d.code === AMBIGUOUS));
    assert.strictEqual(report.items.length, 3);
  });

  it('answers a document pull, then "unchanged" for the same result id', async () => {
    const first = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: client.uri(CABLE) } });
    assert.strictEqual(first.kind, 'full');
    assert.ok(first.kind === 'full' && first.items.some((d) => d.code === AMBIGUOUS));
    const again = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: client.uri(CABLE) }, previousResultId: first.resultId });
    assert.strictEqual(again.kind, 'unchanged');
  });

  it('asks the client to pull again after an edit', async () => {
    const before = client.refreshes;
    await client.open(CABLE);
    await client.change(CABLE, client.text(CABLE).replace('30,000km', '30.000 km'));
    await client.waitFor('a diagnostic refresh', () => (client.refreshes > before ? true : undefined));
    const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: client.uri(CABLE) } });
    assert.ok(report.kind === 'full' && !report.items.some((d) => d.code === AMBIGUOUS));
  });
});

describe('communique-ls over stdio: cross-document findings follow edits and disk changes', function () {
  this.timeout(20000);
  let client: TestClient;
  const MISMATCH = 'figure.mismatch';
  before(async () => {
    await buildServer();
    client = await TestClient.start({ root: copyFixture('workspace') });
    await client.waitForIndexed();
  });
  after(async () => {
    if (client) await client.shutdown();
  });

  it('reports a figure that disagrees with another article, pointing at it', async () => {
    const d = await client.waitForDiagnostics(client.uri(FORUM), hasCode(MISMATCH));
    const mismatch = d.find((x) => x.code === MISMATCH)!;
    assert.deepStrictEqual(mismatch.range.start, client.position(FORUM, '1,2 tỷ USD'));
    assert.strictEqual(mismatch.relatedInformation![0].location.uri, client.uri(TRADE));
    assert.deepStrictEqual(mismatch.relatedInformation![0].location.range.start, client.position(TRADE, '1,5 tỷ USD'));
  });

  it('shows the figure card with the conflict in one line, then the finding\'s reasoning', async () => {
    const md = await hoverText(client, FORUM, '1,2 tỷ USD');
    assert.match(md, /✗ Conflicts: 1\.5 billion USD — \[/);
    assert.match(md, /figure\.mismatch/);
    assert.ok(md.indexOf('1,200,000,000 USD') < md.indexOf('figure.mismatch'), md);
    assert.ok(md.includes(`(${client.uri(TRADE)}#L3,`), 'a link to the other article');
  });

  it('an edit in one article clears the finding of another, closed article', async () => {
    await client.open(TRADE);
    await client.change(TRADE, client.text(TRADE).replace('1,5 tỷ USD', '1,2 tỷ USD'));
    await client.waitForDiagnostics(client.uri(FORUM), lacksCode(MISMATCH));
    await client.waitForDiagnostics(client.uri(TRADE), lacksCode(MISMATCH));
  });

  it('closing the edited article brings back what its file says', async () => {
    await client.close(TRADE);
    await client.waitForDiagnostics(client.uri(FORUM), hasCode(MISMATCH));
  });

  it('a change on disk clears it again, and deleting the other article too', async () => {
    await client.writeFile(TRADE, fs.readFileSync(client.file(TRADE), 'utf8').replace('1,5 tỷ USD', '1,2 tỷ USD'));
    await client.waitForDiagnostics(client.uri(FORUM), lacksCode(MISMATCH));
    await client.writeFile(TRADE, fs.readFileSync(client.file(TRADE), 'utf8').replace('1,2 tỷ USD', '1,6 tỷ USD'));
    await client.waitForDiagnostics(client.uri(FORUM), hasCode(MISMATCH));
    await client.deleteFile(TRADE);
    await client.waitForDiagnostics(client.uri(FORUM), lacksCode(MISMATCH));
    assert.deepStrictEqual(await client.waitForDiagnostics(client.uri(TRADE), (x) => x.length === 0), []);
  });

  it('takes a severity per code from the settings, and `off` silences it', async () => {
    await client.writeFile(TRADE, 'Kim ngạch thương mại Việt Nam - Ghana\n\nTheo Bộ Công Thương, kim ngạch thương mại hai chiều giữa Việt Nam và Ghana năm 2023 đạt 1,5 tỷ USD, tăng so với năm trước.\n');
    const warned = await client.waitForDiagnostics(client.uri(FORUM), hasCode(MISMATCH));
    assert.strictEqual(warned.find((x) => x.code === MISMATCH)!.severity, 2);
    await client.changeSettings({ severity: { [MISMATCH]: 'error' } });
    await client.waitForDiagnostics(client.uri(FORUM), (d) => d.some((x) => x.code === MISMATCH && x.severity === 1));
    await client.changeSettings({ severity: { [MISMATCH]: 'off' } });
    await client.waitForDiagnostics(client.uri(FORUM), lacksCode(MISMATCH));
  });

  it('writes messages in Vietnamese when the locale setting says so', async () => {
    await client.changeSettings({ locale: 'vi' });
    const d = await client.waitForDiagnostics(client.uri(FORUM), (x) => x.some((y) => y.code === MISMATCH && /[ạảấầẩậắằẳặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/.test(String(y.message))));
    assert.ok(d.length > 0);
  });
});
