/**
 * The server's view of the corpus: the core workspace plus, for every article, the text as the
 * client has it (open documents) or as it is on disk (closed files), so that positions are always
 * computed against the text the editor shows.
 *
 * Invariant: every uri in the core workspace has an entry in `texts`, and vice versa.
 */
import { createWorkspace, dateFromFileName, type AnalyzerOptions, type DocumentAnalysis, type SourceDocument, type Workspace } from '../core/index';
import { Positions } from './convert';

export interface Located {
  analysis: DocumentAnalysis;
  positions: Positions;
}

export class ArticleIndex {
  readonly core: Workspace;
  private readonly texts = new Map<string, string>();
  private readonly positionCache = new Map<string, Positions>();
  private languageHint: 'vi' | 'en' | undefined;
  /** Whether a date in a file's name (`2024-11-14-lima.txt`) is its reference date. */
  private datedFileNames = false;

  constructor(options: AnalyzerOptions = {}) {
    this.core = createWorkspace(options);
  }

  /** Adds or replaces an article. `text` is the client's text (a disk file's text without its BOM). */
  set(uri: string, text: string): void {
    if (this.texts.get(uri) === text) return;
    this.texts.set(uri, text);
    this.positionCache.delete(uri);
    this.core.set(this.source(uri, text));
  }

  /** Analyses one article now (see `Workspace.prepare`). */
  prepare(uri: string): void {
    this.core.prepare(uri);
  }

  private source(uri: string, text: string): SourceDocument {
    const referenceDate = this.datedFileNames ? dateFromFileName(uri) : undefined;
    return referenceDate
      ? { uri, text, languageHint: this.languageHint, referenceDate, referenceDateSource: 'the date in the file name' }
      : { uri, text, languageHint: this.languageHint };
  }

  delete(uri: string): boolean {
    this.positionCache.delete(uri);
    const had = this.texts.delete(uri);
    this.core.delete(uri);
    return had;
  }

  has(uri: string): boolean {
    return this.texts.has(uri);
  }

  uris(): string[] {
    return [...this.texts.keys()].sort();
  }

  text(uri: string): string | undefined {
    return this.texts.get(uri);
  }

  positions(uri: string): Positions | undefined {
    let p = this.positionCache.get(uri);
    if (!p) {
      const text = this.texts.get(uri);
      if (text === undefined) return undefined;
      p = new Positions(text);
      this.positionCache.set(uri, p);
    }
    return p;
  }

  /** The analysis of one article with its position converter, or undefined when it is not indexed. */
  get(uri: string): Located | undefined {
    const positions = this.positions(uri);
    const analysis = positions && this.core.analysis(uri);
    return analysis && positions ? { analysis, positions } : undefined;
  }

  all(): Located[] {
    const out: Located[] = [];
    for (const analysis of this.core.all()) {
      const positions = this.positions(analysis.uri);
      if (positions) out.push({ analysis, positions });
    }
    return out;
  }

  /** Changes only the options given: `configure({ knowledge })` keeps the language hint. */
  configure(options: AnalyzerOptions & { languageHint?: 'vi' | 'en'; datedFileNames?: boolean }): void {
    const { languageHint, datedFileNames, ...rest } = options;
    const hint = 'languageHint' in options ? languageHint : this.languageHint;
    const dated = datedFileNames ?? this.datedFileNames;
    if (hint !== this.languageHint || dated !== this.datedFileNames) {
      this.languageHint = hint;
      this.datedFileNames = dated;
      for (const [uri, text] of this.texts) this.core.set(this.source(uri, text));
    }
    this.core.configure(rest);
  }
}
