/**
 * The one module that turns the core's UTF-16 offsets into LSP positions and back.
 *
 * The core analyses the text with a leading BOM removed, so its offsets are one less than offsets
 * into a client text that still starts with U+FEFF (some clients send it; VS Code strips it when it
 * reads a file). A `Positions` is built from the text *as the client has it* and shifts by the BOM
 * when there is one. LSP lines end at `\n`, `\r\n` or `\r`; LSP characters are UTF-16 code units,
 * as are the core's offsets, so no re-encoding is needed.
 */
import type { Position, Range } from 'vscode-languageserver';
import type { Span } from '../core/index';

export class Positions {
  private readonly lineStarts: number[];
  /** 1 when the client text starts with a BOM the core does not see. */
  readonly shift: number;

  constructor(readonly clientText: string) {
    this.shift = clientText.charCodeAt(0) === 0xfeff ? 1 : 0;
    const starts = [0];
    for (let i = 0; i < clientText.length; i++) {
      const c = clientText.charCodeAt(i);
      if (c === 13 /* \r */) {
        if (clientText.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10) starts.push(i + 1);
    }
    this.lineStarts = starts;
  }

  /** The LSP position of a core offset. */
  position(coreOffset: number): Position {
    const offset = Math.max(0, Math.min(this.clientText.length, coreOffset + this.shift));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.lineStarts[lo] };
  }

  range(span: Span): Range {
    return { start: this.position(span.start), end: this.position(span.end) };
  }

  /** The core offset of an LSP position (clamped to the line and the text). */
  offset(position: Position): number {
    const line = Math.max(0, Math.min(position.line, this.lineStarts.length - 1));
    const lineStart = this.lineStarts[line];
    const nextStart = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.clientText.length;
    let lineEnd = nextStart;
    while (lineEnd > lineStart && (this.clientText[lineEnd - 1] === '\n' || this.clientText[lineEnd - 1] === '\r')) lineEnd--;
    const clientOffset = Math.min(lineStart + Math.max(0, position.character), lineEnd);
    return Math.max(0, clientOffset - this.shift);
  }

  /** The position just past the text: where an edit appends. */
  end(): Position {
    return this.position(this.clientText.length - this.shift);
  }
}

/** True when `offset` lies in `span` (inclusive of the end, so a cursor right after a word hits it). */
export function spanContains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}
