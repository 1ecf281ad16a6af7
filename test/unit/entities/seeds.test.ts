import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeDocument, matchKey, type EntityMention } from '../../../server/src/core/index';
import { FIXTURES, SEEDS, readText } from '../../support/paths';

/**
 * Golden mentions of the seed articles (read at run time; the repository keeps only the
 * expected mentions). Review changes with `git diff test/fixtures/entities/`; regenerate with
 * `UPDATE_GOLDEN=1 npx mocha ...` after checking that every change is an improvement.
 */
const GOLDEN = path.join(FIXTURES, 'entities');
const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

function golden(m: EntityMention) {
  // Long names are abbreviated (`start` pins the mention) so the golden does not carry whole
  // stretches of the seed article.
  const text = m.text.length > 48 ? `${m.text.slice(0, 24)}…${m.text.slice(-16)}` : m.text;
  const g: Record<string, unknown> = { start: m.start, type: m.type, text, entityId: m.entityId, canonical: m.canonical };
  for (const k of ['role', 'roleGloss', 'person', 'acronym', 'countryCode'] as const) if (m[k]) g[k] = m[k];
  return g;
}

function mentionsOf(text: string) {
  return analyzeDocument({ uri: 'seed.txt', text }).entities.filter((m) => m.type !== 'date');
}

/** Old tone placement (`hòa` → `hoà`), the other spelling agencies use. */
function oldTones(s: string): string {
  return s.normalize('NFC').replace(/([òóỏõọ])a/g, (_, o: string) => 'o' + 'a'.concat(o.normalize('NFD').slice(1)).normalize('NFC'))
    .replace(/ủy/g, 'uỷ').replace(/Ủy/g, 'Uỷ').replace(/úy/g, 'uý').replace(/ụy/g, 'uỵ');
}

describe('entity mentions: seed articles (golden)', () => {
  it('has seed articles to read', () => assert.ok(seeds.length >= 2, `no seeds in ${SEEDS}`));
  for (const f of seeds) {
    const text = readText(path.join(SEEDS, f));
    const file = path.join(GOLDEN, f.replace(/\.txt$/, '.mentions.json'));
    it(`${f}: mentions match the golden file`, () => {
      const got = mentionsOf(text).map(golden);
      if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, JSON.stringify(got, null, 1) + '\n');
      const want = JSON.parse(fs.readFileSync(file, 'utf8'));
      assert.deepStrictEqual(got, want);
    });

    const variants: [string, (s: string) => string][] = [
      ['NFD', (s) => s.normalize('NFD')],
      ['old tone placement', oldTones],
      ['CRLF line ends', (s) => s.replace(/\r?\n/g, '\r\n')],
    ];
    const key = (m: EntityMention) => `${m.type}|${m.entityId}|${m.canonical}|${matchKey(m.text)}|${m.role ?? ''}|${m.person ?? ''}`;
    const base = mentionsOf(text).map(key);
    for (const [name, change] of variants) {
      it(`${f}: ${name} gives the same entities, with spans into the changed text`, () => {
        const changed = change(text);
        assert.notStrictEqual(changed, text, `${name} changed nothing`);
        const ms = mentionsOf(changed);
        for (const m of ms) assert.strictEqual(m.text, changed.slice(m.start, m.end));
        assert.deepStrictEqual(ms.map(key), base);
      });
    }
  }
});
