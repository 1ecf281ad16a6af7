/**
 * Findings an analyst marked as reviewed. They are kept in `.communique/reviewed.json` in the first
 * workspace folder — a file the extension owns — never in the article. A finding is identified by
 * its article's path relative to that folder, its code and the text it covers, so it stays
 * reviewed when the article is edited elsewhere.
 *
 *   { "version": 1, "reviewed": [ { "file": "a/b.txt", "code": "figure.mismatch", "text": "290 triệu USD", "message": "..." } ] }
 */
import type { Finding } from '../core/index';

export interface ReviewedEntry {
  file: string;
  code: string;
  text: string;
  message?: string;
}

export class ReviewedStore {
  private entries: ReviewedEntry[] = [];
  private keys = new Set<string>();
  /** `hint`: reviewed findings are shown as hints; `hidden`: they are not shown. */
  mode: 'hint' | 'hidden' = 'hint';

  constructor(private readonly root: () => string | undefined) {}

  /** Loads the file's content; returns an error message when it is not valid (the store is then left as it was). */
  load(json: string | undefined): string | undefined {
    if (json === undefined || json.trim() === '') {
      this.set([]);
      return undefined;
    }
    try {
      const data = JSON.parse(json) as { reviewed?: unknown };
      const list = Array.isArray(data.reviewed) ? data.reviewed : [];
      this.set(
        list.filter(
          (e): e is ReviewedEntry =>
            !!e && typeof e === 'object' && typeof (e as ReviewedEntry).file === 'string' && typeof (e as ReviewedEntry).code === 'string' && typeof (e as ReviewedEntry).text === 'string',
        ),
      );
      return undefined;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }

  private set(entries: ReviewedEntry[]): void {
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

function key(file: string, code: string, text: string): string {
  return `${file}\u0000${code}\u0000${text}`;
}
