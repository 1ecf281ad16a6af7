/**
 * When the client stops restarting a server that keeps stopping. vscode-languageclient's default
 * gives up after five crashes within three minutes, but a server that runs out of memory while it
 * indexes a large workspace takes longer than that to crash each time, so it was restarted into
 * the same crash for ever. Here every stop within a longer window counts: the fifth stop within an
 * hour ends the restarts, and the user is told how many and over how long.
 *
 * Pure (no `vscode`): `languageClient.ts` keeps the times and turns the decision into a
 * `CloseAction` and a message; a unit test drives it with made-up times.
 */

export interface RestartPolicy {
  /** This many stops within `withinMs` end the restarts. */
  stops: number;
  withinMs: number;
}

export const RESTART_POLICY: RestartPolicy = { stops: 5, withinMs: 60 * 60 * 1000 };

export type RestartDecision =
  | { restart: true }
  /** `minutes`: from the first to the last of the counted stops, rounded up, at least 1. */
  | { restart: false; stops: number; minutes: number };

/**
 * The stop times to keep after a stop at `now`, and whether to restart. `previous` are the times
 * of earlier stops (as returned here the last time), oldest first.
 */
export function afterStop(previous: readonly number[], now: number, policy: RestartPolicy = RESTART_POLICY): { stops: number[]; decision: RestartDecision } {
  const stops = [...previous.filter((t) => now - t < policy.withinMs && t <= now), now];
  if (stops.length < policy.stops) return { stops, decision: { restart: true } };
  const minutes = Math.max(1, Math.ceil((now - stops[0]) / 60_000));
  return { stops, decision: { restart: false, stops: stops.length, minutes } };
}
