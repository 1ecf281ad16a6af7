/**
 * The memory guard's decision (server/src/lsp/memoryGuard.ts): under the limit nothing happens;
 * the first sample above it sheds work and is announced; shedding then lasts, announced no more.
 * (When it resumes — a raised limit, or memory well under it once per limit — is `resumeDecision`'s,
 * tested in test/protocol/memoryGuard.test.ts.)
 */
import * as assert from 'assert';
import { MB, MemoryGuard, guardDecision, memoryInUse } from '../../server/src/lsp/memoryGuard';

describe('server: the memory guard', () => {
  const limit = 1536 * MB;

  it('does nothing under the limit', () => {
    assert.deepStrictEqual(guardDecision({ heapUsed: 1200 * MB, rss: 1400 * MB }, limit, false), { shed: false, announce: false });
  });

  it('sheds and announces when the heap or the resident set passes the limit', () => {
    assert.deepStrictEqual(guardDecision({ heapUsed: 1600 * MB, rss: 1400 * MB }, limit, false), { shed: true, announce: true });
    assert.deepStrictEqual(guardDecision({ heapUsed: 900 * MB, rss: 1700 * MB }, limit, false), { shed: true, announce: true });
    assert.strictEqual(memoryInUse({ heapUsed: 900 * MB, rss: 1700 * MB }), 1700 * MB);
  });

  it('keeps shedding without saying it again', () => {
    assert.deepStrictEqual(guardDecision({ heapUsed: 1600 * MB, rss: 1700 * MB }, limit, true), { shed: true, announce: false });
    assert.deepStrictEqual(guardDecision({ heapUsed: 100 * MB, rss: 200 * MB }, limit, true), { shed: true, announce: false });
  });

  it('MemoryGuard announces exactly once over a run of samples, and reads the limit as it is now', () => {
    const samples = [500, 900, 1700, 1800, 400, 2000].map((m) => ({ heapUsed: m * MB, rss: m * MB }));
    let limitMb = 1000;
    let i = 0;
    const guard = new MemoryGuard(() => limitMb * MB, () => samples[i++]);
    const announced = samples.map(() => guard.check());
    assert.deepStrictEqual(announced, [false, false, true, false, false, false]);
    assert.strictEqual(guard.shed, true);
    assert.strictEqual(guard.crossedAt, 1700 * MB);
    limitMb = 1;
    assert.strictEqual(new MemoryGuard(() => limitMb * MB, () => ({ heapUsed: 2 * MB, rss: 2 * MB })).check(), true);
  });
});
