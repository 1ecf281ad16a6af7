/**
 * Counters of the work the engine does, read by tests that assert how that work grows with the
 * workspace or with one document (test/unit/workGrowth.test.ts) by counting, not timing. A counter is a
 * plain number that only goes up: it changes no answer, and no front end reads it.
 */
export const work = {
  /** Claims a check compared with another claim, or gathered as another's counterpart. */
  claimsCompared: 0,
  /** Characters of text turned into matching keys (`matchKey` on a cache miss): how much text the rules re-read. */
  keyChars: 0,
};
