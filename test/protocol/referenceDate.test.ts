import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { buildServer } from './build';
import { TestClient } from './lspClient';

function markdown(h: Hover | null): string {
  return h ? (h.contents as MarkupContent).value : '';
}

describe('communique-ls over stdio: reference dates from file names', function () {
  this.timeout(20000);
  const rel = '2023-11-20-lima.txt';
  let client: TestClient;
  before(async () => {
    await buildServer();
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'communique-refdate-'));
    fs.writeFileSync(
      path.join(root, rel),
      'Chủ tịch nước thăm Lima\n\nNgày 14/11, Chủ tịch nước đã có cuộc gặp với Thị trưởng Lima tại tòa thị chính của thành phố.\n',
    );
    client = await TestClient.start({ root, settings: { referenceDate: { fromFileName: true } } });
    await client.waitForIndexed();
    await client.open(rel);
  });
  after(async () => {
    if (client) await client.shutdown();
  });

  const hoverDate = async () =>
    markdown(await client.request<Hover>('textDocument/hover', { textDocument: { uri: client.uri(rel) }, position: client.position(rel, '14/11', 1) }));

  it('resolves a year-less date against the date in the file name when the setting is on', async () => {
    const md = await hoverDate();
    assert.match(md, /2023-11-14/);
    assert.match(md, /file name/);
  });

  it('stops using the file name when the setting is turned off', async () => {
    await client.changeSettings({ referenceDate: { fromFileName: false } });
    const md = await client.waitForAsync(async () => {
      const h = await hoverDate();
      return h.includes('2023-11-14') ? undefined : h;
    });
    assert.doesNotMatch(md, /file name/);
  });
});
