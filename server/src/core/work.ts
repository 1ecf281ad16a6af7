/**
 * Counters of the work the cross-document step does, read by a test that asserts how that work
 * grows with the workspace (test/unit/workGrowth.test.ts) by counting, not timing. A counter is a
 * plain number that only goes up: it changes no answer, and no front end reads it.
 */
export const work = {
  /** Claims a check compared with another claim, or gathered as another's counterpart. */
  claimsCompared: 0,
};
