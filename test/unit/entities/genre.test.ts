import * as assert from 'assert';
import * as path from 'path';
import { FIXTURES } from '../../support/paths';
import { scoreCorpus, tally } from './genre-scoring';

/**
 * A quality floor on held-out articles of the genre (`test/fixtures/genre/`, gold written by hand
 * before the engine was run on them; see `genre-scoring.ts` for the format and the matching).
 * The targets are those the engine is measured against on unseen articles: overlap F1 ≥ 0.93
 * and exact-span F1 ≥ 0.85 over persons, countries, organizations, places and titles.
 * `node scripts/score.mjs` prints the per-type scores and every miss and false positive.
 */
describe('entity quality on the genre corpus', () => {
  const docs = scoreCorpus(path.join(FIXTURES, 'genre'));

  it('has articles, and every gold mention is found in its text', () => {
    assert.ok(docs.length >= 10, `only ${docs.length} articles with gold`);
    const errors = docs.flatMap((d) => d.goldErrors.map((e) => `${d.name}: ${e}`));
    assert.deepStrictEqual(errors, []);
  });

  it('overlap F1 ≥ 0.93 over all entity types', () => {
    const all = tally(docs, 'overlap').all;
    assert.ok(all.f1 >= 0.93, `overlap F1 ${all.f1.toFixed(3)} (P ${all.p.toFixed(3)}, R ${all.r.toFixed(3)})`);
  });

  it('exact-span F1 ≥ 0.85 over all entity types', () => {
    const all = tally(docs, 'exact').all;
    assert.ok(all.f1 >= 0.85, `exact F1 ${all.f1.toFixed(3)} (P ${all.p.toFixed(3)}, R ${all.r.toFixed(3)})`);
  });
});
