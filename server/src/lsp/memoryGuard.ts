/**
 * The server's memory guard. A workspace larger than the memory the server has (thousands of
 * articles on one topic) used to grow the heap until V8 aborted the process, and the client
 * restarted it into the same crash. The guard watches the server's own memory (the V8 heap and
 * the resident set, `process.memoryUsage()`: cheap) between documents while indexing and on a
 * timer, and above the limit (`communique.memoryLimit`) the server sheds work: it stops indexing
 * articles that are not open and drops those it had, keeps answering for the open ones, and says
 * so once.
 *
 * Shedding ends, and the whole workspace is indexed again, when
 * - the limit is raised (a configuration change) above the one that was crossed, and what the
 *   server uses now is under the new limit (still over it: it keeps shedding and says so with the
 *   new limit);
 * - or memory falls well under the limit (`RESUME_FRACTION` of it: a crossing may be a passing
 *   peak — garbage not yet collected, a large report). Once per limit: a workspace that does not
 *   fit climbs back over the limit as it is indexed again, and it would do so for ever; after one
 *   such retry only raising the limit resumes.
 *
 * `guardDecision` and `resumeDecision` are the decisions, pure; `MemoryGuard` keeps the state and
 * reads the process.
 */

export interface MemoryUse {
  heapUsed: number;
  rss: number;
}

export interface GuardDecision {
  /** Shed work: index only open articles. */
  shed: boolean;
  /** This sample is the one that crossed the limit: say so (once per time it sheds). */
  announce: boolean;
}

/** Megabytes (2^20 bytes), as the setting counts them. */
export const MB = 1024 * 1024;

/** Shedding ends by itself when memory falls under this share of the limit. */
export const RESUME_FRACTION = 0.75;

/** What memory use the limit is compared with: the heap, or the whole process when it holds more (buffers). */
export function memoryInUse(use: MemoryUse): number {
  return Math.max(use.heapUsed, use.rss);
}

export function guardDecision(use: MemoryUse, limitBytes: number, shedding: boolean): GuardDecision {
  if (shedding) return { shed: true, announce: false };
  const over = memoryInUse(use) > limitBytes;
  return { shed: over, announce: over };
}

/**
 * While shedding, whether to index again:
 * - `limit`: the limit was raised above the one crossed and memory is under it now;
 * - `still-over`: the limit was raised, but memory is still over the new one (keep shedding, say so);
 * - `memory`: memory fell under `RESUME_FRACTION` of the limit, and it has not resumed so since
 *   the limit last changed;
 * - undefined: keep shedding.
 */
export type Resume = 'limit' | 'still-over' | 'memory' | undefined;

export interface ShedState {
  /** The limit in force when the server began to shed (or last said it was still over). */
  shedLimit: number;
  /** It resumed once because memory fell, under this limit. */
  resumedByMemory: boolean;
}

export function resumeDecision(use: MemoryUse, limitBytes: number, state: ShedState): Resume {
  const inUse = memoryInUse(use);
  if (limitBytes > state.shedLimit) return inUse <= limitBytes ? 'limit' : 'still-over';
  if (!state.resumedByMemory && inUse <= limitBytes * RESUME_FRACTION) return 'memory';
  return undefined;
}

export class MemoryGuard {
  private shedding = false;
  /** The use that crossed the limit, for the message. */
  crossedAt: number | undefined;
  /** The last use sampled, for the messages. */
  lastUse: number | undefined;
  private state: ShedState = { shedLimit: 0, resumedByMemory: false };

  constructor(
    private limitBytes: () => number,
    private readonly sample: () => MemoryUse = () => process.memoryUsage(),
  ) {}

  get shed(): boolean {
    return this.shedding;
  }

  /** Samples memory; returns true when this sample crossed the limit (the caller says so and sheds). */
  check(): boolean {
    if (this.shedding) return false;
    const use = this.sample();
    const limit = this.limitBytes();
    const d = guardDecision(use, limit, this.shedding);
    this.shedding = d.shed;
    this.lastUse = memoryInUse(use);
    if (d.announce) {
      this.crossedAt = memoryInUse(use);
      // A retry after memory fell is allowed once per limit: a new limit allows one again.
      if (limit !== this.state.shedLimit) this.state = { shedLimit: limit, resumedByMemory: false };
    }
    return d.announce;
  }

  /**
   * While shedding, samples memory and decides whether to stop (see `resumeDecision`); the caller
   * indexes the workspace again on `limit` and `memory`, and says so. Nothing while not shedding.
   */
  resume(): Resume {
    if (!this.shedding) return undefined;
    const use = this.sample();
    const limit = this.limitBytes();
    const r = resumeDecision(use, limit, this.state);
    this.lastUse = memoryInUse(use);
    if (r === 'still-over') {
      this.crossedAt = memoryInUse(use);
      this.state = { shedLimit: limit, resumedByMemory: false };
    } else if (r === 'limit') {
      this.shedding = false;
      this.state = { shedLimit: limit, resumedByMemory: false };
    } else if (r === 'memory') {
      this.shedding = false;
      this.state = { ...this.state, resumedByMemory: true };
    }
    return r;
  }
}
