/**
 * The workspace is incremental: after each edit, deletion or addition it reuses what did not
 * change (per-mention resolution work, documents' drafts, the checks' per-document and per-group
 * results). Whatever it reuses, its answers must be exactly those of a workspace built afresh over
 * the same documents: findings, entities, figures, problems — everything `all()` and `entities()`
 * return.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createWorkspace, type AnalyzerOptions, type SourceDocument, type Workspace } from '../../server/src/core/index';
import { CHECKS } from '../../server/src/core/checks/index';
import { FIXTURES, SAMPLES, readText } from '../support/paths';

function corpus(): SourceDocument[] {
  const docs: SourceDocument[] = [];
  for (const f of fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort()) {
    docs.push({ uri: `samples/${f}`, text: readText(path.join(SAMPLES, f)) });
  }
  const cases = path.join(FIXTURES, 'checks', 'corpus');
  for (const c of fs.readdirSync(cases).sort()) {
    for (const f of fs.readdirSync(path.join(cases, c)).filter((f) => f.endsWith('.txt')).sort()) {
      docs.push({ uri: `corpus/${c}/${f}`, text: readText(path.join(cases, c, f)) });
    }
  }
  return docs;
}

/** A workspace built from nothing over the documents `ws` holds now. */
function fresh(docs: Map<string, SourceDocument>, options: AnalyzerOptions): Workspace {
  const ws = createWorkspace(options);
  for (const d of docs.values()) ws.set(d);
  return ws;
}

describe('incremental workspace', () => {
  it('answers after every change exactly as a workspace built afresh', function () {
    this.timeout(120_000);
    const all = corpus();
    assert.ok(all.length >= 20, 'the samples and the corpus fixtures');
    let options: AnalyzerOptions = { locale: 'en' };
    const ws = createWorkspace(options);
    const docs = new Map<string, SourceDocument>();
    const seen = new Set<string>();

    const step = (name: string) => {
      const want = fresh(docs, options);
      const got = ws.all();
      assert.deepStrictEqual(got, want.all(), `${name}: all()`);
      assert.deepStrictEqual(ws.entities(), want.entities(), `${name}: entities()`);
      for (const uri of docs.keys()) assert.deepStrictEqual(ws.analysis(uri), want.analysis(uri), `${name}: analysis(${uri})`);
      for (const d of got) for (const f of d.findings) seen.add(f.code);
    };
    const set = (d: SourceDocument) => {
      docs.set(d.uri, d);
      ws.set(d);
    };
    const del = (uri: string) => {
      docs.delete(uri);
      ws.delete(uri);
    };
    const edit = (uri: string, change: (text: string) => string) => {
      const d = docs.get(uri)!;
      const text = change(d.text);
      assert.notStrictEqual(text, d.text, `the edit of ${uri} changes it`);
      set({ ...d, text });
    };

    // Everything but the last few documents, which are added later.
    for (const d of all.slice(0, -3)) set(d);
    step('initial');
    ws.all();
    step('asked twice');

    const trade = 'samples/vi-thuong-mai-viet-nam-peru.txt';
    edit(trade, (t) => `${t}\nKim ngạch thương mại hai chiều Việt Nam - Peru năm 2023 đạt 999 triệu USD.`);
    step('a conflicting figure appended');

    edit(trade, (t) => `Tin mới.\n\n${t}`);
    step('text inserted before every figure (all offsets move)');

    // Edits that leave every name as it was (entity linking is reused) but move them.
    edit(trade, (t) => `${t}\nHai bên nhất trí tăng cường hợp tác.`);
    step('a sentence without names appended');
    edit(trade, (t) => t.replace('\n', '\n\n'));
    step('a blank line inserted near the top');

    // A title without a name is its holder at the article's date: the date alone changes it.
    set({ uri: 'extra/title.txt', text: '% communique: date=2023-06-01\nChủ tịch nước tiếp Đại sứ Peru tại Hà Nội.' });
    step('a title dated');
    edit('extra/title.txt', (t) => t.replace('2023-06-01', '2021-01-15'));
    step('the same title at another date');
    edit('extra/title.txt', (t) => t.replace('2021-01-15', '2019-03-01'));
    step('and another');

    const chile = 'corpus/conflicts-chile/a.txt';
    edit(chile, (t) => t.replace('25/3/1971', '25/3/1973'));
    step('a date conflict resolved');
    edit(chile, (t) => t.replace('25/3/1973', '25/3/1970'));
    step('a date conflict back, with another date');
    edit(chile, (t) => t.replace('1,8 tỷ USD', '1,9 tỷ USD'));
    step('a figure changed');

    // Names that resolve across documents: a short name in one article is the long one in another.
    set({ uri: 'extra/person-long.txt', text: 'Đại sứ Trần Minh Khôi làm việc với Bộ Ngoại giao Peru tại Lima.\n\nHai bên bàn về thương mại.' });
    step('a long name added');
    set({ uri: 'extra/person-short.txt', text: 'Tại buổi làm việc, ông Khôi cho biết năm 2023 thương mại hai chiều Việt Nam - Peru đạt 486 triệu USD.' });
    step('a short name that resolves to it');
    del('extra/person-long.txt');
    step('the long name deleted');

    // An acronym defined in one article names the organization in another.
    set({ uri: 'extra/acronym-def.txt', text: 'Tập đoàn Công nghệ Sao Khuê (SKTG) ký thỏa thuận hợp tác với đối tác Peru.' });
    set({ uri: 'extra/acronym-use.txt', text: 'SKTG cho biết doanh thu năm 2023 đạt 120 triệu USD.' });
    step('an acronym defined and used');
    edit('extra/acronym-def.txt', (t) => t.replace('Sao Khuê', 'Sao Khuê Việt'));
    step('the acronym redefined');

    // A group's findings name its subject: an organization whose name another article changes.
    set({ uri: 'extra/org-a.txt', text: 'Năm 2023, Tập đoàn Sao Khuê đạt doanh thu 120 triệu USD.' });
    set({ uri: 'extra/org-b.txt', text: 'Năm 2023, Tập đoàn Sao Khuê đạt doanh thu 150 triệu USD.' });
    step('two values for one organization');
    set({ uri: 'extra/org-c.txt', text: 'TẬP ĐOÀN SAO KHUÊ họp. TẬP ĐOÀN SAO KHUÊ ký. TẬP ĐOÀN SAO KHUÊ mở rộng.' });
    step("the organization's most frequent form changes");

    // A stated change measured against another article's figure: editing that article alone
    // changes the finding of the first.
    set({ uri: 'extra/change.txt', text: 'Năm 2023, thương mại hai chiều Việt Nam-Mông Cổ đạt 2,1 tỷ USD, giảm hơn 20% so với năm 2022.' });
    set({ uri: 'extra/base.txt', text: 'Thương mại hai chiều Việt Nam-Mông Cổ năm 2022 đạt 2,4 tỷ USD.' });
    step('a change against a base elsewhere');
    edit('extra/base.txt', (t) => t.replace('2,4 tỷ', '2,9 tỷ'));
    step('the base elsewhere edited');
    edit('extra/base.txt', (t) => t.replace('2,9 tỷ', '2,5 tỷ'));
    step('the base elsewhere edited again');

    set({ uri: 'extra/separator.txt', text: 'Tuyến cáp quang biển nối Việt Nam với Peru dài 30,000km.' });
    step('an ambiguous separator');

    // Spelling variants of one name (`hoà`/`hòa`) across documents.
    const lima = 'samples/vi-chu-tich-nuoc-tham-lima.txt';
    edit(lima, (t) => `${t}\nChủ tịch nước cũng thăm Uỷ ban Liên Chính phủ Việt Nam - Peru và Bộ Ngoại giao Cộng hoà Peru.`);
    step('a spelling variant added');

    for (const d of all.slice(-3)) set(d);
    step('documents added');
    del(all[0].uri);
    del(chile);
    step('documents deleted');
    set(all[0]);
    step('a deleted document added back');

    edit(trade, (t) => t.replace('Tin mới.\n\n', ''));
    step('an edit undone');
    const original = all.find((d) => d.uri === trade)!;
    set(original);
    step('a document back to its first text');

    options = { ...options, locale: 'vi', severities: { 'figure.undated': 'warning', 'entity.name-variant': 'off' } };
    ws.configure(options);
    step('configured: another locale and severities');
    edit(trade, (t) => `${t}\nNăm 2022, thương mại hai chiều Việt Nam - Peru đạt 640 triệu USD.`);
    step('edited after configuring');

    // Every check that keeps results between runs was exercised by some step.
    for (const code of CHECKS.map((c) => c.code)) assert.ok(seen.has(code), `no step produced ${code}`);
  });
});

describe('a workspace made for one computation (the CLI)', () => {
  it('answers as any workspace, then refuses changes', function () {
    this.timeout(120_000);
    const all = corpus();
    for (const locale of ['en', 'vi'] as const) {
      const once = createWorkspace({ locale }, { once: true });
      const want = createWorkspace({ locale });
      for (const d of all) {
        once.set(d);
        want.set(d);
      }
      // Some analysed ahead (what the language server does while indexing), some when asked.
      for (const d of all.slice(0, 5)) once.prepare(d.uri);
      assert.deepStrictEqual(once.all(), want.all(), `${locale}: all()`);
      assert.deepStrictEqual(once.entities(), want.entities(), `${locale}: entities()`);
      for (const d of all) assert.deepStrictEqual(once.analysis(d.uri), want.analysis(d.uri), `${locale}: analysis(${d.uri})`);
      assert.throws(() => once.set({ uri: 'new.txt', text: 'Hà Nội' }), /one computation/);
      assert.throws(() => once.delete(all[0].uri), /one computation/);
      assert.throws(() => once.configure({ locale: 'en' }), /one computation/);
    }
  });
});
