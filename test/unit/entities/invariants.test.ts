import * as assert from 'assert';
import * as path from 'path';
import { analyzeDocument } from '../../../server/src/core/index';
import { SEEDS, readText } from '../../support/paths';

/**
 * Invariants of every answer, on texts built from pieces of the genre and of noise (a fixed
 * pseudo-random sequence, so a failure reproduces): no error, spans inside the text with `text`
 * equal to the slice, mentions sorted and never overlapping.
 */
const pieces = [
  'Tổng thống Peru Dina Boluarte', 'Đại sứ', ', ông ', 'Tập đoàn Dầu khí Quốc gia (PVN)', '(', ')', 'Việt Nam-Peru', ' ',
  '\n', '\r\n', 'ảnh 1', 'Chủ tịch nước', 'Lương Cường', 'Uỷ ban', 'APEC', 'the Ministry of Foreign Affairs', 'Mr.', ' and ',
  'President', 'Lopez', 'López', 'Ð', '\u0301', 'e\u0301', '😀', '2941/QĐ-BCT', 'US$', ',', '.', 'thành phố', 'tại', "'s ",
  'Bộ trưởng', 'Ngoại giao', 'Hà Nội', 'kiêm nhiệm', 'TP.HCM', 'Vietnam+', '-', 'Ánh', 'A', 'de', 'van',
];

function rand(seed: number) {
  let x = seed >>> 0;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

describe('entity mentions: invariants', () => {
  const texts: [string, string][] = [['empty', ''], ['spaces', '   \n\n  ']];
  const r = rand(20261122);
  for (let t = 0; t < 60; t++) {
    let s = '';
    const len = 5 + Math.floor(r() * 60);
    for (let i = 0; i < len; i++) s += pieces[Math.floor(r() * pieces.length)];
    texts.push([`random text ${t}`, s]);
  }
  for (const f of ['000_b6e7cd67a56bea3f.txt', '004_406ad0e0d527fce4.txt']) texts.push([f, readText(path.join(SEEDS, f))]);

  for (const [name, text] of texts) {
    it(`${name}: spans are slices of the text, sorted, never overlapping`, () => {
      for (const languageHint of ['vi', 'en'] as const) {
        const a = analyzeDocument({ uri: 'x.txt', text, languageHint });
        assert.deepStrictEqual(a.problems, []);
        const ms = a.entities.filter((m) => m.type !== 'date');
        let end = 0;
        for (const m of ms) {
          assert.ok(m.start >= end, `overlap at ${m.start}: ${JSON.stringify(m.text)}`);
          assert.ok(m.end > m.start && m.end <= a.text.length);
          assert.strictEqual(m.text, a.text.slice(m.start, m.end));
          assert.ok(m.entityId.includes(':') && m.canonical.length > 0, JSON.stringify(m));
          end = m.end;
        }
      }
    });
  }
});
