import * as assert from 'assert';
import * as fs from 'fs';
import type {
  CodeAction,
  CreateFile,
  Diagnostic,
  DocumentHighlight,
  DocumentSymbol,
  Hover,
  Location,
  MarkupContent,
  SemanticTokens,
  SymbolInformation,
  TextDocumentEdit,
  TextEdit,
} from 'vscode-languageserver-protocol';
import { parse } from 'yaml';
import { buildServer } from './build';
import { TestClient, copyFixture } from './lspClient';

const VISIT = 'vi/tham-nam-phi.txt';
const PM = 'Phạm Minh Chính';

describe('communique-ls over stdio: entities across the corpus', function () {
  this.timeout(20000);
  let client: TestClient;
  const at = (needle: string, delta = 1, nth = 0) => ({ textDocument: { uri: client.uri(VISIT) }, position: client.position(VISIT, needle, delta, nth) });
  before(async () => {
    await buildServer();
    client = await TestClient.start({ root: copyFixture('corpus') });
    await client.waitForIndexed();
    await client.open(VISIT);
  });
  after(async () => {
    if (client) await client.shutdown();
  });

  it('hovers a person: canonical name, role with its English gloss, mentions per document with links', async () => {
    const h = await client.request<Hover>('textDocument/hover', at(PM));
    const md = (h.contents as MarkupContent).value;
    assert.match(md, /\*\*Phạm Minh Chính\*\* — person/);
    assert.match(md, /Role on 12 Mar 2024: \*\*Prime Minister of Vietnam\*\* \(since 5 Apr 2021\)/);
    assert.match(md, /4 mentions in 3 documents/);
    assert.ok(md.includes(`(${client.uri('ghana-visit-en.txt')}#L3,`), 'a link to the English article');
    assert.match(md, /Pham Minh Chinh/, 'the English spelling is listed among the aliases');
  });

  it('finds every mention of an entity in every document', async () => {
    const refs = await client.request<Location[]>('textDocument/references', { ...at(PM), context: { includeDeclaration: true } });
    const perDoc = new Map<string, number>();
    for (const r of refs) perDoc.set(r.uri, (perDoc.get(r.uri) ?? 0) + 1);
    assert.deepStrictEqual(
      [...perDoc].sort(),
      [
        [client.uri('ghana-visit-en.txt'), 1],
        [client.uri('vi/hop-tac-ghana.txt'), 1],
        [client.uri(VISIT), 2],
      ].sort(),
    );
  });

  it('goes to the first mention in the corpus', async () => {
    const [def] = await client.request<Location[]>('textDocument/definition', at(PM));
    assert.strictEqual(def.uri, client.uri('ghana-visit-en.txt'));
    assert.strictEqual(def.range.start.line, client.position('ghana-visit-en.txt', 'Prime Minister Pham Minh Chinh').line);
  });

  it('highlights the entity\'s mentions in the document', async () => {
    const hl = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', at(PM));
    assert.deepStrictEqual(
      hl.map((h) => h.range.start.line),
      [client.position(VISIT, PM).line, client.position(VISIT, PM, 0, 1).line],
    );
  });

  it('lists the corpus\'s entities as workspace symbols, matched without diacritics', async () => {
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'pham minh' });
    assert.deepStrictEqual(symbols.map((s) => s.name), ['Phạm Minh Chính']);
    const all = await client.request<SymbolInformation[]>('workspace/symbol', { query: '' });
    assert.ok(all.some((s) => s.name === 'Ghana'));
    assert.ok(all.some((s) => s.name === 'Shirley Ayorkor Botchwey'));
  });

  it('puts persons under their paragraph in the outline', async () => {
    const [title] = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri(VISIT) } });
    const lead = title.children!.find((c) => c.detail === 'lead')!;
    const person = lead.children!.find((c) => c.detail?.startsWith(PM));
    assert.ok(person, `the lead holds ${PM}: ${JSON.stringify(lead.children!.map((c) => [c.name, c.detail]))}`);
  });

  it('colours persons with semantic tokens, the first mention as a declaration', async () => {
    const legend = client.initializeResult.capabilities.semanticTokensProvider!.legend;
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: client.uri(VISIT) } });
    let line = 0;
    let ch = 0;
    const found: { line: number; ch: number; type: string; mods: number }[] = [];
    for (let i = 0; i < tokens.data.length; i += 5) {
      line += tokens.data[i];
      ch = tokens.data[i] ? tokens.data[i + 1] : ch + tokens.data[i + 1];
      found.push({ line, ch, type: legend.tokenTypes[tokens.data[i + 3]], mods: tokens.data[i + 4] });
    }
    const persons = found.filter((t) => t.type === 'class');
    assert.ok(persons.length >= 3);
    assert.strictEqual(persons[0].mods & 1, 1);
  });

  it('offers to add an entity to the knowledge file, creating it', async () => {
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: client.uri(VISIT) },
      range: { start: client.position(VISIT, 'Shirley'), end: client.position(VISIT, 'Shirley', 3) },
      context: { diagnostics: [] },
    });
    const add = actions.find((a) => a.title.includes('Shirley Ayorkor Botchwey') && a.title.includes('knowledge.yaml'));
    assert.ok(add, `among: ${actions.map((a) => a.title).join(' | ')}`);
    const [create, edit] = add.edit!.documentChanges! as [CreateFile, TextDocumentEdit];
    assert.strictEqual(create.kind, 'create');
    assert.strictEqual(create.uri, client.uri('.communique/knowledge.yaml'));
    const text = (edit.edits[0] as TextEdit).newText;
    assert.match(text, /^entities:\n {2}- id: person:shirley-ayorkor-botchwey\n {4}type: person\n {4}name: Shirley Ayorkor Botchwey\n/m);
  });
});

describe('communique-ls over stdio: the knowledge file and name variants', function () {
  this.timeout(20000);
  let client: TestClient;
  const KNOWLEDGE = '.communique/knowledge.yaml';
  before(async () => {
    await buildServer();
    client = await TestClient.start({ root: copyFixture('names') });
    await client.waitForIndexed();
  });
  after(async () => {
    if (client) await client.shutdown();
  });

  const hover = async (rel: string, needle: string) => {
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: client.uri(rel) }, position: client.position(rel, needle, 1) });
    return h ? (h.contents as MarkupContent).value : '';
  };

  it('reads aliases from the knowledge file when it appears on disk', async () => {
    await client.writeFile(KNOWLEDGE, 'entities:\n  - id: person:le-van-hoa\n    type: person\n    name: Lê Văn Hòa\n    aliases: [Le Van Hoa, Thứ trưởng Hòa]\n');
    const md = await client.waitForAsync(async () => {
      const m = await hover('tiep-dai-su.txt', 'Lê Văn Hòa');
      return m.includes('Thứ trưởng Hòa') ? m : undefined;
    });
    assert.match(md, /Also written: .*Le Van Hoa/);
  });

  it('shows the role held on the article\'s date, from the knowledge file\'s dated roles', async () => {
    await client.writeFile(
      KNOWLEDGE,
      [
        'entities:',
        '  - id: person:le-van-hoa',
        '    type: person',
        '    name: Lê Văn Hòa',
        '    aliases: [Le Van Hoa, Thứ trưởng Hòa]',
        '    roles:',
        "      - { role: ambassador:VN>GH, gloss: Ambassador of Viet Nam to Ghana, from: '2025-01' }",
        "      - { role: spokesperson:VN, gloss: Spokesperson of the Ministry, from: '2019', to: '2024' }",
        '',
      ].join('\n'),
    );
    const md = await client.waitForAsync(async () => {
      const m = await hover('tiep-dai-su.txt', 'Lê Văn Hòa');
      return m.includes('Spokesperson') ? m : undefined;
    });
    assert.match(md, /Role on 3 Apr 2024: \*\*Spokesperson of the Ministry\*\* \(since 2019, until 2024\)/);
    assert.doesNotMatch(md, /Ambassador of Viet Nam to Ghana/, 'a role from 2025 is not held in 2024');
    assert.match(md, /As written here: “Thứ trưởng Ngoại giao” — \*Deputy Minister of Foreign Affairs of Vietnam\*/);
  });

  it('goes to the entity\'s entry in the knowledge file, then to its first mention', async () => {
    const defs = await client.request<Location[]>('textDocument/definition', {
      textDocument: { uri: client.uri('hop-tac.txt') },
      position: client.position('hop-tac.txt', 'Lê Văn Hoà', 1),
    });
    assert.strictEqual(defs.length, 2);
    assert.deepStrictEqual(defs[0], {
      uri: client.uri(KNOWLEDGE),
      range: { start: { line: 1, character: 8 }, end: { line: 1, character: 8 + 'person:le-van-hoa'.length } },
    });
    assert.strictEqual(defs[1].uri, client.uri('hop-tac.txt'), 'the first document in uri order');
  });

  it('reports errors in the knowledge file at their line and keeps the last good version', async () => {
    await client.writeFile(KNOWLEDGE, 'entities:\n  - id: person:le-van-hoa\n    type: person\n    name: [Lê Văn Hòa\n');
    const d = await client.waitForDiagnostics(client.uri(KNOWLEDGE), (x) => x.length > 0);
    assert.ok(d.every((x) => x.severity === 1 && x.source === 'communique'));
    assert.ok(d.some((x) => x.range.start.line >= 3), `an error on line 4 or later: ${JSON.stringify(d.map((x) => [x.range.start.line, x.message]))}`);
    assert.match(await hover('tiep-dai-su.txt', 'Lê Văn Hòa'), /Thứ trưởng Hòa/, 'the last good knowledge stays in use');
    await client.writeFile(KNOWLEDGE, 'entities:\n  - id: person:le-van-hoa\n    type: person\n    name: Lê Văn Hòa\n');
    await client.waitForDiagnostics(client.uri(KNOWLEDGE), (x) => x.length === 0);
  });

  it('reports an entry with a wrong field precisely', async () => {
    await client.writeFile(KNOWLEDGE, 'entities:\n  - type: person\n    name: Lê Văn Hòa\n    nickname: Hòa\n');
    const d = await client.waitForDiagnostics(client.uri(KNOWLEDGE), (x) => x.length > 0);
    assert.deepStrictEqual(d[0].range, { start: { line: 3, character: 4 }, end: { line: 3, character: 12 } }, 'the field name');
    assert.match(String(d[0].message), /nickname/);
  });

  it('fixes a name written with old tone-mark placement to the corpus\'s spelling', async () => {
    const rel = 'hop-tac.txt';
    const d = await client.waitForDiagnostics(client.uri(rel), (x) => x.some((y) => y.code === 'entity.name-variant'));
    const variant = d.find((y) => y.code === 'entity.name-variant')!;
    assert.deepStrictEqual(variant.range.start, client.position(rel, 'Hoà'));
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: client.uri(rel) }, range: variant.range, context: { diagnostics: [variant] } });
    const fix = actions.find((a) => a.title === 'Replace with “Hòa”');
    assert.ok(fix, `among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.deepStrictEqual(fix.edit!.changes![client.uri(rel)], [{ range: variant.range, newText: 'Hòa' }]);
    assert.ok(actions.some((a) => a.command?.command === 'communique.markReviewed'));
  });

  it('offers no spelling fix where the right spelling is not clear, but offers the alias', async () => {
    const rel = 'hop-tac.txt';
    await client.writeFile(KNOWLEDGE, 'entities:\n- id: person:le-van-hoa\n  type: person\n  name: Lê Văn Hòa\nnotEntities: [Tin cùng chuyên mục]\n');
    await client.waitForDiagnostics(client.uri(KNOWLEDGE), (x) => x.length === 0);
    await client.open(rel);
    const actions = await client.waitForAsync(async () => {
      const list = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: client.uri(rel) },
        range: { start: client.position(rel, 'Minh Chinh'), end: client.position(rel, 'Minh Chinh') },
        context: { diagnostics: [] as Diagnostic[] },
      });
      return list.some((a) => a.title.startsWith('Add “Phạm Minh Chinh”')) ? list : undefined;
    });
    assert.ok(!actions.some((a) => a.title.startsWith('Replace')), actions.map((a) => a.title).join(' | '));
    const alias = actions.find((a) => a.title === 'Add “Phạm Minh Chinh” as an alias of “Phạm Minh Chính” in .communique/knowledge.yaml')!;
    assert.ok(alias, actions.map((a) => a.title).join(' | '));
    // The file exists: the entry goes into its `entities:` list, with that list's indentation.
    const edit = alias.edit!.documentChanges![0] as TextDocumentEdit;
    assert.strictEqual(edit.textDocument.uri, client.uri(KNOWLEDGE));
    const { range, newText } = edit.edits[0] as TextEdit;
    assert.deepStrictEqual(range.start, { line: 1, character: 0 });
    const lines = fs.readFileSync(client.file(KNOWLEDGE), 'utf8').split('\n');
    lines.splice(1, 0, newText.replace(/\n$/, ''));
    const knowledge = parse(lines.join('\n'));
    assert.deepStrictEqual(knowledge.entities[0], { id: 'person:pham-minh-chinh', type: 'person', name: 'Phạm Minh Chính', aliases: ['Phạm Minh Chinh'] });
    assert.strictEqual(knowledge.entities.length, 2);
    assert.deepStrictEqual(knowledge.notEntities, ['Tin cùng chuyên mục']);
  });
});
