/**
 * Issue #15, defect 7: the work of an edit → diagnostics update may grow at most linearly with the
 * workspace. Counted, not timed: the claims the checks compare after one edit (core/work.ts), in a
 * workspace of N and of 4N articles on one topic — the worst case, where every article states the
 * same figure and one in seven contradicts it. Pairwise comparison inside a group of claims makes
 * the count sixteen times larger at 4N; indexing by what the comparison reads keeps it at four.
 */
import * as assert from 'assert';
import { createWorkspace, type Workspace } from '../../server/src/core/index';
import { work } from '../../server/src/core/work';

function article(i: number, extra = ''): string {
  const value = i % 7 === 0 ? '3,6' : i % 3 === 0 ? 'gần 4,7' : '4,7';
  const day = String(1 + (i % 28)).padStart(2, '0');
  return (
    `% communique: date=2024-01-${day}\nXuất khẩu gạo năm 2023\n\n` +
    `Năm 2023, xuất khẩu gạo của Việt Nam đạt ${value} tỷ USD, tăng 12% so với năm 2022. ` +
    `Xuất khẩu gạo sang Philippines đạt ${i % 5 === 0 ? '2,9' : '2,1'} tỷ USD. ` +
    `Bộ trưởng Nguyễn Hồng Diên cho biết ngày 12/1/2024 tại Hà Nội.\n${extra}`
  );
}

/** The claims compared to bring every document's findings up to date after one edit. */
function workOfOneEdit(n: number): { compared: number; findings: number } {
  const ws: Workspace = createWorkspace({ locale: 'en' });
  for (let i = 0; i < n; i++) ws.set({ uri: `file:///w/a${String(i).padStart(5, '0')}.txt`, text: article(i) });
  ws.all();
  ws.set({ uri: 'file:///w/a00003.txt', text: article(3, 'Năm 2023, xuất khẩu gạo của Việt Nam đạt 6,2 tỷ USD.\n') });
  const before = work.claimsCompared;
  const findings = ws.all().reduce((a, d) => a + d.findings.length, 0);
  return { compared: work.claimsCompared - before, findings };
}

describe('work after an edit grows at most linearly with the workspace (#15, defect 7)', () => {
  it('compares at most about four times the claims in four times the articles', function () {
    this.timeout(120_000);
    const N = 100;
    const small = workOfOneEdit(N);
    const large = workOfOneEdit(4 * N);
    assert.ok(small.findings > 0 && large.findings > small.findings, `the corpus has conflicts (${small.findings}, ${large.findings})`);
    assert.ok(small.compared >= N, `the edit compares claims (${small.compared})`);
    // Linear with slack: at most 6× for 4× the articles (quadratic would be 16×).
    assert.ok(large.compared <= 6 * small.compared, `claims compared: ${small.compared} at ${N} articles, ${large.compared} at ${4 * N} (×${(large.compared / small.compared).toFixed(1)})`);
  });
});

/** The characters of text the rules re-read as keys while one document of `n` amounts, all in one paragraph, is analysed and checked. */
function keyCharsOfDenseDocument(n: number): number {
  const unit = 'xuất khẩu 1.000 tấn, trị giá 1,288 triệu USD, giảm 329 triệu USD, tăng 5% về lượng và 6% về trị giá, giá xuất khẩu bình quân 100 USD/tấn, tăng 1%, ';
  const ws: Workspace = createWorkspace({ locale: 'en' });
  const before = work.keyChars;
  ws.set({ uri: 'file:///w/dense.txt', text: `Xơ sợi\n\n${unit.repeat(n)}.` });
  ws.all();
  return work.keyChars - before;
}

describe('one paragraph of endless figures is re-read a bounded number of times (#15, defect 2)', () => {
  it('turns at most about four times the text into keys for four times the figures', function () {
    this.timeout(120_000);
    const N = 300;
    const small = keyCharsOfDenseDocument(N);
    const large = keyCharsOfDenseDocument(4 * N);
    assert.ok(small > 0, 'the rules read the text');
    // Linear with slack: at most 6× for 4× the text (a paragraph re-read from its start for each
    // figure would be about 16×).
    assert.ok(large <= 6 * small, `key characters: ${small} at ${N} amounts, ${large} at ${4 * N} (×${(large / small).toFixed(1)})`);
  });
});
