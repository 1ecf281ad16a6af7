/**
 * The stdio transport's guard against a malformed message header. vscode-jsonrpc's reader stops at
 * a header it cannot parse and never reads again, which leaves the server deaf to everything after
 * it. `HeaderResync` sits between stdin and that reader: it passes every well-formed message
 * (header and body) through unchanged and, at a header it cannot parse, says so on stderr and skips
 * to the next `Content-Length:` it sees, so the next valid message is answered.
 *
 * A header is well formed when every line is `Name: value`, and `Content-Length` is a decimal
 * number no larger than `MAX_CONTENT_LENGTH`. A header that has not ended after `MAX_HEADER`
 * bytes is garbage too. A well-formed header whose length is larger than what follows is waited
 * for, as the protocol says; the client sees no answer to it and may restart the server.
 */
import { Transform, type TransformCallback } from 'stream';

const MAX_HEADER = 8 * 1024;
export const MAX_CONTENT_LENGTH = 256 * 1024 * 1024;
const HEADER_START = 'content-length:';
const END = Buffer.from('\r\n\r\n');

/** The content length of a header, or why it is not well formed. */
export function parseHeader(header: string): number | string {
  let length: number | undefined;
  for (const line of header.split('\r\n')) {
    const m = /^([^:\s][^:]*):[ \t]*(.*)$/.exec(line);
    if (!m) return `"${printable(line)}" is not "Name: value"`;
    if (m[1].trim().toLowerCase() !== 'content-length') continue;
    if (!/^\d{1,10}$/.test(m[2].trim())) return `Content-Length "${printable(m[2])}" is not a number`;
    length = Number(m[2].trim());
    if (length > MAX_CONTENT_LENGTH) return `Content-Length ${length} is more than ${MAX_CONTENT_LENGTH}`;
  }
  return length ?? 'no Content-Length';
}

function printable(s: string): string {
  const cut = s.length > 40 ? `${s.slice(0, 40)}…` : s;
  return cut.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** The offset of the next `Content-Length:` (any case) at or after `from`, or -1. */
function nextHeader(buffer: Buffer, from: number): number {
  const lower = buffer.toString('latin1').toLowerCase();
  return lower.indexOf(HEADER_START, from);
}

/** How many bytes at the end of `buffer` may begin a `Content-Length:` still to come. */
function partialHeaderAtEnd(buffer: Buffer): number {
  const tail = buffer.subarray(Math.max(0, buffer.length - HEADER_START.length + 1)).toString('latin1').toLowerCase();
  for (let k = tail.length; k > 0; k--) if (HEADER_START.startsWith(tail.slice(tail.length - k))) return k;
  return 0;
}

export class HeaderResync extends Transform {
  private buffer: Buffer = Buffer.alloc(0);

  constructor(private readonly report: (message: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    this.drain();
    done();
  }

  private drain(): void {
    for (;;) {
      const end = this.buffer.indexOf(END);
      if (end < 0 || end > MAX_HEADER) {
        if (end < 0 && this.buffer.length <= MAX_HEADER) return;
        this.skip(`no end of header within ${MAX_HEADER} bytes`);
        continue;
      }
      const length = parseHeader(this.buffer.subarray(0, end).toString('latin1'));
      if (typeof length === 'string') {
        this.skip(length);
        continue;
      }
      const total = end + END.length + length;
      if (this.buffer.length < total) return;
      this.push(this.buffer.subarray(0, total));
      this.buffer = this.buffer.subarray(total);
    }
  }

  /** Drops bytes up to the next header (or all but a possible start of one); always makes progress. */
  private skip(why: string): void {
    const next = nextHeader(this.buffer, 1);
    const drop = next >= 0 ? next : this.buffer.length - partialHeaderAtEnd(this.buffer);
    this.report(`communique-ls: malformed message header (${why}); skipped ${drop} bytes to the next header`);
    this.buffer = this.buffer.subarray(Math.max(1, drop));
  }
}
