import * as assert from 'assert';
import * as path from 'path';
import { analyzeDocument, createWorkspace } from '../../../server/src/core/index';
import { builtinKnowledge, mergeKnowledge, parseKnowledge } from '../../../server/src/core/entities/index';
import { FIXTURES, readText } from '../../support/paths';

const dir = path.join(FIXTURES, 'entities');

describe('knowledge: built-in', () => {
  const kb = builtinKnowledge();
  const byId = new Map(kb.entities.map((e) => [e.id, e]));
  const cases: [string, string, (string | undefined)[]][] = [
    // id, canonical, [role, from, to] of one role
    ['person:luong-cuong', 'Lương Cường', ['state-president:VN', '2024-10-21', undefined]],
    ['person:vo-van-thuong', 'Võ Văn Thưởng', ['state-president:VN', '2023-03-02', '2024-03-21']],
    ['person:dina-boluarte', 'Dina Boluarte', ['president:PE', '2022-12-07', '2025-10-10']],
  ];
  for (const [id, canonical, [role, from, to]] of cases) {
    it(`${id}: ${role} ${from}..${to ?? ''}`, () => {
      const e = byId.get(id)!;
      assert.strictEqual(e.canonical, canonical);
      const r = e.roles.find((x) => x.role === role)!;
      assert.ok(r, `no role ${role}`);
      assert.strictEqual(r.from, from);
      assert.strictEqual(r.to, to);
    });
  }
  it('has every CLDR country with Vietnamese and English names and no deprecated codes', () => {
    assert.strictEqual(byId.get('country:PE')!.canonical, 'Peru');
    assert.ok(byId.get('country:US')!.aliases.includes('United States'));
    assert.ok(byId.get('country:US')!.aliases.includes('Mỹ'));
    assert.ok(byId.get('country:PE')!.aliases.includes('Peruvian'));
    assert.ok(!byId.has('country:VD') && !byId.has('country:EU') && !byId.has('country:UN'));
    assert.ok(kb.entities.filter((e) => e.type === 'country').length > 240);
  });
  it('is computed once', () => assert.strictEqual(builtinKnowledge(), kb));
});

describe('knowledge: the workspace file', () => {
  it('parses entities, titles and notEntities', () => {
    const { knowledge, errors } = parseKnowledge(readText(path.join(dir, 'knowledge.yaml')));
    assert.deepStrictEqual(errors, []);
    assert.deepStrictEqual(
      knowledge.entities.map((e) => e.id),
      ['person:nguyen-van-demo', 'org:cong-ty-co-phan-mau-thu', 'place:thanh-pho-mau'],
    );
    assert.deepStrictEqual(knowledge.entities[0].roles[0], {
      role: 'ambassador:VN>CL',
      gloss: 'Ambassador of Vietnam to Chile',
      from: '2023-09',
      source: 'workspace',
    });
    assert.strictEqual(knowledge.entities[1].acronym, 'MTX');
    assert.strictEqual(knowledge.titles![0].key, 'special-envoy');
    assert.ok(knowledge.stopwords.has('bitel'));
  });

  it('reports each problem at its line and column and keeps the valid entries', () => {
    const { knowledge, errors } = parseKnowledge(readText(path.join(dir, 'knowledge-errors.yaml')));
    const brief = errors.map((e) => `${e.line}:${e.column} ${e.message.split(' ').slice(0, 2).join(' ')}`);
    assert.deepStrictEqual(brief, [
      '4:11 `type` must',
      '10:15 `from` must',
      '12:5 unknown entity',
      '13:1 unknown section',
    ]);
    assert.deepStrictEqual(knowledge.entities.map((e) => e.canonical), ['Ok Person']);
  });

  it('reports YAML syntax errors with their position', () => {
    const { errors } = parseKnowledge('entities:\n  - type: person\n    name: [unclosed\n');
    assert.ok(errors.length >= 1);
    assert.ok(errors[0].line >= 3, JSON.stringify(errors));
  });

  it('accepts an empty file', () => assert.deepStrictEqual(parseKnowledge('').errors, []));

  it('merged over the built-in knowledge, adds names, titles and non-entities to the analysis', () => {
    const { knowledge } = parseKnowledge(readText(path.join(dir, 'knowledge.yaml')));
    const kb = mergeKnowledge(builtinKnowledge(), knowledge);
    const text = 'Đặc phái viên Nguyễn Văn Demo gặp Công ty Cổ phần Mẫu Thử (MTX) và Bitel ở Thành phố Mẫu. Ông Văn Demo hài lòng.';
    const ms = analyzeDocument({ uri: 'k.txt', text }, { knowledge: kb }).entities.filter((m) => m.type !== 'date');
    assert.deepStrictEqual(
      ms.map((m) => `${m.type}|${m.text}|${m.entityId}`),
      [
        'person|Đặc phái viên Nguyễn Văn Demo|person:nguyen-van-demo',
        'organization|Công ty Cổ phần Mẫu Thử|org:cong-ty-co-phan-mau-thu',
        'organization|MTX|org:cong-ty-co-phan-mau-thu',
        'place|Thành phố Mẫu|place:thanh-pho-mau',
        'person|Văn Demo|person:nguyen-van-demo',
      ],
    );
    assert.strictEqual(ms[0].role, 'special-envoy:VN');
    const ws = createWorkspace({ knowledge: kb });
    ws.set({ uri: 'k.txt', text });
    assert.strictEqual(ws.entities().get('org:cong-ty-co-phan-mau-thu')!.parent, 'org:viettel');
  });

  it('merging unites aliases and roles of the same entity; the later file wins on scalars', () => {
    const a = parseKnowledge('entities:\n  - {id: "person:x", type: person, name: X One, aliases: [X1]}\n').knowledge;
    const b = parseKnowledge(
      'entities:\n  - {id: "person:x", type: person, name: X Two, aliases: [X2], roles: [{role: "mayor:PE", from: "2020"}]}\n',
    ).knowledge;
    const e = mergeKnowledge(a, b).entities[0];
    assert.strictEqual(e.canonical, 'X Two');
    assert.deepStrictEqual(e.aliases.sort(), ['X One', 'X1', 'X2']);
    assert.strictEqual(e.roles.length, 1);
  });
});
