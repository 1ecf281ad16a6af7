import * as assert from 'assert';
import { createTextModel, matchKey, looseKey } from '../../server/src/core/text/textModel';

describe('text model', () => {
  const pairs: [string, string][] = [
    ['Cộng hoà', 'Cộng hòa'],
    ['Uỷ ban', 'Ủy ban'],
    ['thuý', 'thúy'],
    ['khoẻ', 'khỏe'],
    ['ÐẠI SỨ', 'đại sứ'],
    ['Thuỷ sản', 'thủy sản'],
    ['HOÀ BÌNH', 'hòa bình'],
    ['Khoẻ', 'khỏe'.normalize('NFD')],
    ['Việt Nam'.normalize('NFD'), 'việt nam'],
  ];
  for (const [a, b] of pairs) {
    it(`matches "${a}" with "${b}"`, () => assert.strictEqual(matchKey(a), matchKey(b)));
  }

  it('keeps standard spelling in the matching view', () => {
    assert.strictEqual(matchKey('người quý QUÝ hoàng toán ngoài quả khuya'), 'người quý quý hoàng toán ngoài quả khuya');
  });

  it('maps normalized offsets back into NFD text', () => {
    const text = 'Tổng thống Peru Dina Boluarte'.normalize('NFD');
    const m = createTextModel(text);
    const at = m.norm.indexOf('Peru');
    assert.strictEqual(text.slice(m.toOriginal(at), m.toOriginal(at + 4)), 'Peru');
    assert.strictEqual(m.toOriginal(m.norm.length), text.length);
    assert.strictEqual(m.toNorm(m.toOriginal(at)), at);
  });

  it('drops a BOM and stray combining marks from the matching view only', () => {
    const m = createTextModel('\uFEFF\u0301Hà Nội');
    assert.strictEqual(m.text, '\u0301Hà Nội');
    assert.strictEqual(m.norm, 'Hà Nội');
  });

  it('has a loose key without diacritics', () => {
    assert.strictEqual(looseKey('López'), looseKey('Lopez'));
    assert.strictEqual(looseKey('Đà Nẵng'), 'da nang');
  });
});
