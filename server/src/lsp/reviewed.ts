/**
 * Findings an analyst marked as reviewed. They are kept in `.communique/reviewed.json` in the first
 * workspace folder — a file the extension owns — never in the article. A finding is identified by
 * its article's path relative to that folder, its code and the text it covers, so it stays
 * reviewed when the article is edited elsewhere.
 *
 *   { "version": 1, "reviewed": [ { "file": "a/b.txt", "code": "figure.mismatch", "text": "290 triệu USD", "message": "..." } ] }
 *
 * The file is the user's as much as ours (they may edit it by hand): when it does not parse, the
 * store remembers where, and nothing is written to it until it parses again.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding } from '../core/index';
import { SOURCE } from './diagnostics';

export interface ReviewedEntry {
  file: string;
  code: string;
  text: string;
  message?: string;
}

/** Why the file cannot be used: a syntax error (1-based line and column) or a failed read. */
export interface ReviewedProblem {
  message: string;
  line: number;
  column: number;
}

export class ReviewedStore {
  private entries: ReviewedEntry[] = [];
  private keys = new Set<string>();
  /** Set while the file as last read does not parse: the list in use is the last good one, and no write may replace the file. */
  problem: ReviewedProblem | undefined;
  /** Counts the lists loaded: what was derived from an earlier list is stale. */
  generation = 0;
  /** `hint`: reviewed findings are shown as hints; `hidden`: they are not shown. */
  mode: 'hint' | 'hidden' = 'hint';

  constructor(private readonly root: () => string | undefined) {}

  /** Loads the file's content; returns the problem when it does not parse (the list is then left as it was). */
  load(json: string | undefined): ReviewedProblem | undefined {
    this.problem = undefined;
    if (json === undefined || json.trim() === '') {
      this.set([]);
      return undefined;
    }
    try {
      const data = JSON.parse(json) as { reviewed?: unknown } | null;
      if (!data || typeof data !== 'object' || Array.isArray(data)) {
        this.problem = { message: 'expected an object with a "reviewed" list', ...lineColumn(json, json.search(/\S/)) };
        return this.problem;
      }
      const list = Array.isArray(data.reviewed) ? data.reviewed : [];
      this.set(
        list.filter(
          (e): e is ReviewedEntry =>
            !!e && typeof e === 'object' && typeof (e as ReviewedEntry).file === 'string' && typeof (e as ReviewedEntry).code === 'string' && typeof (e as ReviewedEntry).text === 'string',
        ),
      );
      return undefined;
    } catch (e) {
      const at = jsonErrorOffset(json) ?? json.length;
      const message = (e instanceof Error ? e.message : String(e)).replace(/, ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '');
      this.problem = { message, ...lineColumn(json, at) };
      return this.problem;
    }
  }

  private set(entries: ReviewedEntry[]): void {
    this.generation++;
    this.entries = entries;
    this.keys = new Set(entries.map((e) => key(e.file, e.code, e.text)));
  }

  /** The path of a document relative to the root folder, with `/`; the uri itself when outside it. */
  relative(uri: string): string {
    const root = this.root();
    if (root && uri.startsWith(root.replace(/\/?$/, '/'))) return decodeURIComponent(uri.slice(root.replace(/\/?$/, '/').length));
    return uri;
  }

  isReviewed(uri: string, text: string, f: Finding): boolean {
    return this.keys.has(key(this.relative(uri), f.code, text.slice(f.start, f.end)));
  }

  hides(uri: string, text: string, f: Finding): boolean {
    return this.mode === 'hidden' && this.isReviewed(uri, text, f);
  }

  /** The file's new content with one more entry (unchanged when it is already there). */
  withEntry(entry: ReviewedEntry): string {
    const entries = this.keys.has(key(entry.file, entry.code, entry.text)) ? this.entries : [...this.entries, entry];
    return JSON.stringify({ version: 1, reviewed: entries }, null, 2) + '\n';
  }
}

/** The problem as a diagnostic on the file, at the character where it stops parsing. */
export function reviewedDiagnostic(problem: ReviewedProblem): Diagnostic {
  const start = { line: problem.line - 1, character: problem.column - 1 };
  return {
    range: { start, end: { line: start.line, character: start.character + 1 } },
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    code: 'reviewed.invalid',
    message: `${problem.message}; the file is left as it is and nothing is added to it until it parses`,
  };
}

/** 1-based line and column (UTF-16 code units) of an offset; `\r\n`, `\n` and `\r` end lines. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: Math.max(0, offset - start) + 1 };
}

/**
 * Where a text stops being JSON (the offset of the first character that cannot continue it), or
 * undefined when it is JSON. `JSON.parse` names a position only for some errors; this scanner names
 * one for all, iteratively (a deep nesting cannot overflow the stack).
 */
export function jsonErrorOffset(text: string): number | undefined {
  const stack: string[] = [];
  let i = 0;
  let expect: 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'commaOrClose' | 'end' = 'value';
  const afterValue = () => (stack.length ? 'commaOrClose' : 'end');
  const string = (): boolean => {
    i++;
    for (;;) {
      const c = text.charCodeAt(i);
      if (i >= text.length || c < 0x20) return false;
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else i++;
    }
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  for (;;) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
    if (i >= text.length) return expect === 'end' ? undefined : i;
    const c = text[i];
    switch (expect) {
      case 'end':
        return i;
      case 'colon':
        if (c !== ':') return i;
        i++;
        expect = 'value';
        continue;
      case 'commaOrClose': {
        const top = stack[stack.length - 1];
        if (c === ',') {
          i++;
          expect = top === '{' ? 'key' : 'value';
        } else if (c === (top === '{' ? '}' : ']')) {
          i++;
          stack.pop();
          expect = afterValue();
        } else return i;
        continue;
      }
      case 'keyOrClose':
      case 'key':
        if (expect === 'keyOrClose' && c === '}') {
          i++;
          stack.pop();
          expect = afterValue();
          continue;
        }
        if (c !== '"' || !string()) return i;
        expect = 'colon';
        continue;
      default:
        if (expect === 'valueOrClose' && c === ']') {
          i++;
          stack.pop();
          expect = afterValue();
          continue;
        }
        if (c === '{' || c === '[') {
          stack.push(c);
          i++;
          expect = c === '{' ? 'keyOrClose' : 'valueOrClose';
          continue;
        }
        if (c === '"') {
          if (!string()) return i;
        } else if (text.startsWith('true', i)) i += 4;
        else if (text.startsWith('false', i)) i += 5;
        else if (text.startsWith('null', i)) i += 4;
        else {
          NUMBER.lastIndex = i;
          const m = NUMBER.exec(text);
          if (!m || !m[0] || m[0] === '-') return i;
          i += m[0].length;
        }
        expect = afterValue();
    }
  }
}

function key(file: string, code: string, text: string): string {
  return `${file}\u0000${code}\u0000${text}`;
}
