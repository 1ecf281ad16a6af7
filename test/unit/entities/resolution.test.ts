import * as assert from 'assert';
import { createWorkspace, type DocumentAnalysis, type Finding } from '../../../server/src/core/index';
import { emptyKnowledge, type KnowledgeBase } from '../../../server/src/core/entities/index';
import { offsetOf } from '../../support/paths';

/**
 * Resolution across documents, one row per case: a small workspace (sentences written for these
 * tests) and, for chosen mentions (found by substring, `uri:text` or `uri:text#n` for the n-th
 * occurrence), the entity they must resolve to. `same` lists mentions that must share one entity.
 */
interface Row {
  name: string;
  knowledge?: 'builtin' | 'empty';
  docs: Record<string, string>;
  ids?: Record<string, string>;
  same?: string[][];
  canonical?: Record<string, string>;
}

const rows: Row[] = [
  {
    name: 'a short foreign name is the full name known from the corpus',
    knowledge: 'empty',
    docs: {
      'a.txt': 'Thị trưởng thành phố Lima Rafael Lopez Aliaga tiếp đoàn.',
      'b.txt': 'Thị trưởng Lopez Aliaga cho biết thành phố sẽ hợp tác.',
    },
    same: [['a.txt:Rafael Lopez Aliaga', 'b.txt:Thị trưởng Lopez Aliaga']],
    canonical: { 'b.txt:Thị trưởng Lopez Aliaga': 'Rafael Lopez Aliaga' },
  },
  {
    name: 'a foreign name in full and in short form (built-in knowledge)',
    docs: {
      'a.txt': 'Chủ tịch nước đáp lời mời của Tổng thống Dina Ercilia Boluarte Zegarra.',
      'b.txt': 'Tổng thống Peru Dina Boluarte tiếp Đại sứ.',
    },
    ids: { 'a.txt:Dina Ercilia Boluarte Zegarra': 'person:dina-boluarte', 'b.txt:Dina Boluarte': 'person:dina-boluarte' },
  },
  {
    name: 'given names with a title are the person of the full name, in another document',
    knowledge: 'empty',
    docs: {
      'a.txt': 'Đại sứ Nguyễn Thị Minh Nguyệt làm việc với Bộ Ngoại giao.',
      'b.txt': 'Đại sứ Minh Nguyệt đã tới chào Tổng thống.',
    },
    same: [['a.txt:Nguyễn Thị Minh Nguyệt', 'b.txt:Đại sứ Minh Nguyệt']],
  },
  {
    name: 'Kim Hoa = Phạm Thị Kim Hoa',
    docs: { 'a.txt': 'Đại sứ Phạm Thị Kim Hoa đến Lima.', 'b.txt': 'Đại sứ Kim Hoa phát biểu.' },
    ids: { 'a.txt:Phạm Thị Kim Hoa': 'person:pham-thi-kim-hoa', 'b.txt:Kim Hoa': 'person:pham-thi-kim-hoa' },
  },
  {
    name: 'the last syllable with an honorific is the person named before',
    knowledge: 'empty',
    docs: { 'a.txt': 'Chủ tịch nước Lương Cường thăm Peru. Ông Cường nhận huân chương.' },
    same: [['a.txt:Lương Cường', 'a.txt:Cường#1']],
  },
  {
    name: 'an acronym defined in one document names the organization in another',
    knowledge: 'empty',
    docs: {
      'a.txt': 'Dự án của Tập đoàn Dầu khí Quốc gia (PVN) tại Peru.',
      'b.txt': 'Đại diện PVN cho biết dự án tiến triển.',
    },
    same: [['a.txt:Tập đoàn Dầu khí Quốc gia', 'a.txt:PVN', 'b.txt:PVN']],
    canonical: { 'b.txt:PVN': 'Tập đoàn Dầu khí Quốc gia' },
  },
  {
    name: 'a bare name is the body named by a head noun and that name',
    knowledge: 'empty',
    docs: {
      'a.txt': 'Tập đoàn Sông Đà ký hợp đồng với Hội đồng Liên Chính phủ.',
      'b.txt': 'Đại diện SONGDA và Ủy ban Liên Chính phủ dự lễ. Tập đoàn SONGDA cho biết như vậy.',
    },
    same: [['b.txt:SONGDA', 'b.txt:Tập đoàn SONGDA']],
    canonical: { 'b.txt:SONGDA': 'Tập đoàn SONGDA' },
  },
  {
    name: 'PVN = Tập đoàn Dầu khí Quốc gia Việt Nam = Petro Vietnam',
    docs: {
      'a.txt': 'Tập đoàn Dầu khí Quốc gia (PVN) và Viettel đầu tư.',
      'b.txt': 'Hai dự án tại Peru thuộc về Tập đoàn Viettel và Tập đoàn Dầu khí Quốc gia Việt Nam.',
      'c.txt': 'Hai tập đoàn lớn là Petro Vietnam và Viettel.',
    },
    ids: {
      'a.txt:Tập đoàn Dầu khí Quốc gia': 'org:pvn',
      'a.txt:PVN': 'org:pvn',
      'b.txt:Tập đoàn Dầu khí Quốc gia Việt Nam': 'org:pvn',
      'c.txt:Petro Vietnam': 'org:pvn',
    },
  },
  {
    name: 'Viettel under its several names; Bitel is its brand',
    docs: {
      'a.txt': 'Dự án của Tập đoàn Công nghiệp-Viễn thông Quân đội (Viettel) tại Peru.',
      'b.txt': 'Tập đoàn Viễn thông Quân đội Viettel mở rộng đầu tư thông qua Bitel.',
      'c.txt': 'Viettel cung cấp dịch vụ với thương hiệu Bitel.',
    },
    ids: {
      'a.txt:Tập đoàn Công nghiệp-Viễn thông Quân đội': 'org:viettel',
      'a.txt:Viettel': 'org:viettel',
      'b.txt:Tập đoàn Viễn thông Quân đội Viettel': 'org:viettel',
      'c.txt:Viettel': 'org:viettel',
      'c.txt:Bitel': 'org:bitel',
    },
  },
  {
    name: 'matching ignores NFC/NFD, tone placement and case',
    docs: {
      'a.txt': 'Tổng thống nước Cộng hòa Peru Dina Boluarte tiếp Đại sứ.',
      'b.txt': 'Tổng thống nước Cộng hoà Peru Dina Boluarte tiếp Đại sứ.'.normalize('NFD'),
    },
    same: [['a.txt:Tổng thống nước Cộng hòa Peru Dina Boluarte', 'b.txt:Tổng thống']],
  },
];

function kb(row: Row): KnowledgeBase | undefined {
  return row.knowledge === 'empty' ? emptyKnowledge() : undefined;
}

/** The mention that starts at the given substring (`uri:text#n`). */
function find(analyses: Map<string, DocumentAnalysis>, ref: string) {
  const [uri, rest] = [ref.slice(0, ref.indexOf(':')), ref.slice(ref.indexOf(':') + 1)];
  const [needle, nth] = rest.includes('#') ? [rest.slice(0, rest.lastIndexOf('#')), Number(rest.slice(rest.lastIndexOf('#') + 1))] : [rest, 0];
  const a = analyses.get(uri)!;
  const at = offsetOf(a.text, needle.normalize(a.text.normalize('NFC') === a.text ? 'NFC' : 'NFD'), nth);
  const m = a.entities.find((x) => x.type !== 'date' && x.start <= at && x.end >= at + 1 && x.end <= at + a.text.length);
  assert.ok(m, `no mention at ${ref}`);
  return m;
}

function workspace(row: Row, locale?: 'en' | 'vi') {
  const ws = createWorkspace({ knowledge: kb(row), locale });
  for (const [uri, text] of Object.entries(row.docs)) ws.set({ uri, text, languageHint: 'vi' });
  return { ws, analyses: new Map(ws.all().map((a) => [a.uri, a])) };
}

describe('entity resolution across documents', () => {
  for (const row of rows) {
    it(row.name, () => {
      const { ws, analyses } = workspace(row);
      for (const [ref, id] of Object.entries(row.ids ?? {})) assert.strictEqual(find(analyses, ref).entityId, id, ref);
      for (const group of row.same ?? []) {
        const ids = group.map((r) => find(analyses, r).entityId);
        assert.strictEqual(new Set(ids).size, 1, `${group.join(' = ')}: ${ids.join(', ')}`);
        assert.ok(ws.entities().has(ids[0]));
      }
      for (const [ref, c] of Object.entries(row.canonical ?? {})) assert.strictEqual(find(analyses, ref).canonical, c, ref);
    });
  }

  it('an entity record has its canonical name, aliases seen in the corpus and roles', () => {
    const { ws } = workspace(rows.find((r) => r.name.startsWith('a foreign name in full'))!);
    const e = ws.entities().get('person:dina-boluarte')!;
    assert.strictEqual(e.canonical, 'Dina Boluarte');
    assert.ok(e.aliases.includes('Dina Ercilia Boluarte Zegarra'));
    assert.ok(e.roles.some((r) => r.role === 'president:PE' && r.from === '2022-12-07'));
  });

  it("an unknown person's country is the one of the post the text gives them", () => {
    const { ws } = workspace({ name: '', docs: { 'a.txt': 'Đại sứ Chile tại Việt Nam Andrés González tiếp đoàn.' } });
    assert.strictEqual(ws.entities().get('person:andres-gonzalez')!.countryCode, 'CL');
  });

  it('a brand records its group as parent', () => {
    const { ws } = workspace(rows.find((r) => r.name.startsWith('Viettel'))!);
    assert.strictEqual(ws.entities().get('org:bitel')!.parent, 'org:viettel');
  });

  it('a title without a name links to the person holding it in the document', () => {
    const { analyses } = workspace({
      name: '',
      docs: { 'a.txt': 'Chủ tịch nước Lương Cường thăm Lima. Chủ tịch nước khẳng định quan hệ tốt đẹp.' },
    });
    const t = find(analyses, 'a.txt:Chủ tịch nước#1');
    assert.strictEqual(t.type, 'title');
    assert.strictEqual(t.person, 'person:luong-cuong');
  });
});

describe('titles without a name', () => {
  const rows: [string, string, string | undefined][] = [
    ['Ngày 12/5/2023, Chủ tịch nước gửi điện mừng.', 'Chủ tịch nước', 'person:vo-van-thuong'],
    ['Ngày 14/11/2024, Chủ tịch nước gửi điện mừng.', 'Chủ tịch nước', 'person:luong-cuong'],
    ['Ngày 2/2/2023, Tổng thống Peru phát biểu.', 'Tổng thống Peru', 'person:dina-boluarte'],
    ['Ngày 12/5/1990, Tổng thống Peru phát biểu.', 'Tổng thống Peru', undefined],
  ];
  for (const [text, title, person] of rows) {
    it(`${text} → ${person ?? 'nobody'} (the holder at the article's date)`, () => {
      const { analyses } = workspace({ name: '', docs: { 'a.txt': text } });
      const a = analyses.get('a.txt')!;
      assert.ok(a.referenceDate, 'the quantity engine gives a reference date');
      const t = find(analyses, `a.txt:${title}`);
      assert.strictEqual(t.type, 'title');
      assert.strictEqual(t.person, person);
    });
  }
});

describe('entity.name-variant hints', () => {
  const cases: { name: string; docs: Record<string, string>; at: string; other: string; none?: boolean }[] = [
    {
      name: 'tone placement: Cộng hoà / Cộng hòa',
      docs: {
        'a.txt': 'Tổng thống nước Cộng hòa Peru tiếp đoàn. Tổng thống nước Cộng hòa Peru phát biểu.',
        'b.txt': 'Tổng thống nước Cộng hoà Peru Dina Boluarte tiếp Đại sứ.',
      },
      at: 'b.txt:hoà',
      other: 'hòa',
    },
    {
      name: 'diacritics inside one name: López / Lopez',
      docs: {
        'a.txt': 'Thị trưởng Rafael Lopez Aliaga tiếp đoàn. Thị trưởng Lopez Aliaga phát biểu.',
        'b.txt': 'Thị trưởng Rafael López Aliaga cho biết như vậy.',
      },
      at: 'b.txt:López',
      other: 'Lopez',
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { analyses } = workspace({ name: c.name, docs: c.docs });
      const uri = c.at.slice(0, c.at.indexOf(':'));
      const word = c.at.slice(c.at.indexOf(':') + 1);
      const a = analyses.get(uri)!;
      const hints = a.findings.filter((f: Finding) => f.code === 'entity.name-variant');
      assert.strictEqual(hints.length, 1, JSON.stringify(hints));
      const h = hints[0];
      assert.strictEqual(h.severity, 'hint');
      assert.strictEqual(a.text.slice(h.start, h.end), word);
      assert.ok(/spelled two ways/.test(h.message), h.message);
      const vi = workspace({ name: c.name, docs: c.docs }, 'vi').analyses.get(uri)!;
      const hv = vi.findings.filter((f: Finding) => f.code === 'entity.name-variant');
      assert.ok(/viết hai cách/.test(hv[0].message), hv[0].message);
      assert.ok(h.related.length >= 1);
      const r = h.related[0];
      assert.strictEqual(analyses.get(r.uri)!.text.slice(r.start, r.end), c.other);
    });
  }

  it('NFC and NFD of the same spelling are not variants, nor are two words that differ in tones', () => {
    const { analyses } = workspace({
      name: '',
      docs: {
        'a.txt': 'Đại sứ Phạm Thị Kim Hoa làm việc tại Peru với Tổng thống nước Cộng hòa Peru.',
        'b.txt': 'Đại sứ Phạm Thị Kim Hoa làm việc tại Peru.'.normalize('NFD'),
      },
    });
    for (const a of analyses.values()) assert.deepStrictEqual(a.findings.filter((f) => f.code === 'entity.name-variant'), []);
  });
});
