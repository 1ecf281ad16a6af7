/**
 * The client's decision to restart a server that stopped (client/src/restartPolicy.ts): restarts
 * until the fifth stop within an hour, whether the stops come seconds apart (a crash at start) or
 * minutes apart (running out of memory while indexing a large workspace, issue #15), and then says
 * how many stops over how long.
 */
import * as assert from 'assert';
import { RESTART_POLICY, afterStop, type RestartDecision } from '../../client/src/restartPolicy';

const MIN = 60_000;

/** The decisions after stops at these times (ms), in order. */
function decisions(times: number[]): RestartDecision[] {
  let stops: number[] = [];
  return times.map((t) => {
    const next = afterStop(stops, t);
    stops = next.stops;
    return next.decision;
  });
}

describe('client: restarting a server that stops', () => {
  it('restarts the first four stops and gives up at the fifth within three minutes', () => {
    const d = decisions([0, 20_000, 40_000, 60_000, 170_000]);
    assert.deepStrictEqual(d.slice(0, 4), [{ restart: true }, { restart: true }, { restart: true }, { restart: true }]);
    assert.deepStrictEqual(d[4], { restart: false, stops: 5, minutes: 3 });
  });

  it('gives up on a server that runs out of memory every six minutes (slower than a three-minute window)', () => {
    const d = decisions([6, 12, 18, 24, 30].map((m) => m * MIN));
    assert.deepStrictEqual(d[4], { restart: false, stops: 5, minutes: 24 });
  });

  it('says "a minute" for stops within one', () => {
    assert.deepStrictEqual(decisions([0, 1, 2, 3, 4]).at(-1), { restart: false, stops: 5, minutes: 1 });
  });

  it('keeps restarting a server that stops now and then', () => {
    const d = decisions([0, 1, 2, 3, 4, 5, 6, 7].map((h) => h * 61 * MIN));
    assert.ok(d.every((x) => x.restart));
  });

  it('forgets stops older than the window, and keeps no more times than it counts', () => {
    let stops: number[] = [];
    for (let i = 0; i < 100; i++) {
      const next = afterStop(stops, i * 20 * MIN);
      stops = next.stops;
      assert.ok(next.decision.restart, `stop ${i}`);
      assert.ok(stops.length < RESTART_POLICY.stops, `kept ${stops.length}`);
    }
  });
});
