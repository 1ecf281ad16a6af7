/**
 * What one finding carries stays bounded however widely a figure is reported (issue #15): one
 * figure restated by many articles and contradicted by one gives the contradicting article one
 * finding that lists a few statements and a count, and a capped list of related locations.
 */
import * as assert from 'assert';
import { createWorkspace, MAX_RELATED } from '../../../server/src/core/index';

describe('findings stay bounded', () => {
  it('a figure stated by 300 articles and contradicted by one: a short detail, capped related locations', () => {
    const ws = createWorkspace({ locale: 'en' });
    for (let i = 0; i < 300; i++) {
      ws.set({ uri: `file:///w/a${i}.txt`, text: `% communique: date=2024-01-1${i % 10}\nXuất khẩu gạo\nNăm 2023, xuất khẩu gạo của Việt Nam đạt 4,7 tỷ USD.\n` });
    }
    ws.set({ uri: 'file:///w/odd.txt', text: '% communique: date=2024-01-20\nGạo\nNăm 2023, xuất khẩu gạo của Việt Nam đạt 3,6 tỷ USD.\n' });
    const odd = ws.all().find((d) => d.uri === 'file:///w/odd.txt')!;
    const f = odd.findings.find((x) => x.code === 'figure.mismatch');
    assert.ok(f, 'the contradicting figure is reported');
    assert.ok(f.related.length <= MAX_RELATED, `related ${f.related.length}`);
    assert.ok((f.detail ?? '').split('\n').filter((l) => l.startsWith('- ')).length <= 10, 'the detail lists a few statements');
    assert.match(f.detail ?? '', /and \d+ more/);
    assert.ok(f.message.length < 300, f.message);
  });

  it('date.mismatch, one date restated by 119 articles: eight lines in the detail, fifty entries in the data, then the count', () => {
    const ws = createWorkspace({ locale: 'en' });
    for (let k = 0; k < 120; k++) {
      const year = k === 0 ? '1995' : '1994';
      ws.set({ uri: `file:///w/d${k}.txt`, text: `% communique: date=2024-11-${String(1 + (k % 28)).padStart(2, '0')}\nTies with Peru\n\nVietnam and Peru established diplomatic relations on 14 November ${year}.\n` });
    }
    const f = ws.all().find((d) => d.uri === 'file:///w/d0.txt')!.findings.find((x) => x.code === 'date.mismatch');
    assert.ok(f, 'the odd date is reported');
    const data = f.data as { others: unknown[]; othersCount: number };
    assert.strictEqual(data.othersCount, 119);
    assert.ok(data.others.length <= 50, `${data.others.length} entries`);
    assert.ok((f.detail ?? '').split('\n').filter((l) => l.startsWith('- ')).length <= 9, 'the detail lists a few dates');
    assert.match(f.detail ?? '', /and 111 more/);
  });
});
