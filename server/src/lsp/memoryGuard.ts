/**
 * The server's memory guard. A workspace larger than the memory the server has (thousands of
 * articles on one topic) used to grow the heap until V8 aborted the process, and the client
 * restarted it into the same crash. The guard watches the server's own memory (the V8 heap and
 * the resident set, `process.memoryUsage()`: cheap) between documents while indexing and on a
 * timer, and above the limit (`communique.memoryLimit`) the server sheds work: it stops indexing
 * articles that are not open and drops those it had, keeps answering for the open ones, and says
 * so once. Shedding lasts for the session (indexing again would only climb back to the limit);
 * reloading the window or raising the limit starts afresh.
 *
 * `guardDecision` is the decision, pure; `MemoryGuard` keeps its state and reads the process.
 */

export interface MemoryUse {
  heapUsed: number;
  rss: number;
}

export interface GuardDecision {
  /** Shed work: index only open articles. */
  shed: boolean;
  /** This sample is the one that crossed the limit: say so (once per session). */
  announce: boolean;
}

/** Megabytes (2^20 bytes), as the setting counts them. */
export const MB = 1024 * 1024;

/** What memory use the limit is compared with: the heap, or the whole process when it holds more (buffers). */
export function memoryInUse(use: MemoryUse): number {
  return Math.max(use.heapUsed, use.rss);
}

export function guardDecision(use: MemoryUse, limitBytes: number, shedding: boolean): GuardDecision {
  if (shedding) return { shed: true, announce: false };
  const over = memoryInUse(use) > limitBytes;
  return { shed: over, announce: over };
}

export class MemoryGuard {
  private shedding = false;
  /** The use that crossed the limit, for the message. */
  crossedAt: number | undefined;

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
    const d = guardDecision(use, this.limitBytes(), this.shedding);
    this.shedding = d.shed;
    if (d.announce) this.crossedAt = memoryInUse(use);
    return d.announce;
  }
}
