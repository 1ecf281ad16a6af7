/**
 * The server's view of the corpus: the core workspace plus, for every article, the text as the
 * client has it (open documents) or as it is on disk (closed files), so that positions are always
 * computed against the text the editor shows.
 *
 * Invariant: every uri in the core workspace has an entry in `texts`, and vice versa.
 *
 * With an analysis cache (`useCache`: a folder in the extension's storage, given by the client),
 * the articles read from disk while indexing (`load`) take their own analysis from the cache when
 * their text, the knowledge and the engine are those it was made with, and put it there when not:
 * the warm start (see `cli/cache.ts`). Edited documents are analysed as before.
 */
import { analyzeDocument, createWorkspace, dateFromFileName, type AnalyzerOptions, type DocumentAnalysis, type SourceDocument, type Workspace } from '../core/index';
import { AnalysisCache } from '../cli/cache';
import { ENGINE_VERSION } from '../cli/claims';
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
  /** The options the core analyses with (knowledge, analysis limit), for the analyses made here for the cache. */
  private analyzer: AnalyzerOptions;
  /**
   * The texts of the knowledge files merged over the built-in knowledge (part of the cache key);
   * null when knowledge was given without them, and then the cache is not used.
   */
  private knowledgeTexts: readonly string[] | null = [];
  private cacheFolder: { dir: string; note: (line: string) => void; engine: string } | null = null;
  /** The cache for the current knowledge and limit (made again when they change). */
  private cache: AnalysisCache | null = null;
  /** Whether an analysis was put in the core from the cache or made here (`load`). */
  private putIn = false;

  constructor(options: AnalyzerOptions = {}) {
    this.core = createWorkspace(options);
    this.analyzer = options;
    if (options.knowledge) this.knowledgeTexts = null;
  }

  /**
   * Keeps the analyses of articles read from disk in `dir` (see `load`); notes (a damaged entry, a
   * folder that cannot be written) go to `note`. `engine` is for tests: by default the engine
   * version the build stamped; an unbuilt engine has none, and then no cache is used.
   */
  useCache(dir: string, note: (line: string) => void, engine = ENGINE_VERSION): void {
    this.cacheFolder = engine === 'unbuilt' ? null : { dir, note, engine };
    this.cache = null;
  }

  /** The cache for the options in use, or null. */
  private currentCache(): AnalysisCache | null {
    if (!this.cacheFolder || !this.knowledgeTexts) return null;
    if (!this.cache) {
      const { dir, note, engine } = this.cacheFolder;
      const knowledge = this.knowledgeTexts.map((text) => ({ path: '', text }));
      this.cache = AnalysisCache.open(dir, { engine, knowledge, maxLength: this.analyzer.maxLength, note });
      // A folder that cannot be used is said once, not at every article.
      if (!this.cache) this.cacheFolder = null;
    }
    return this.cache;
  }

  /**
   * Adds or replaces an article read from disk and analyses it now (as `set` and `prepare`),
   * through the cache when there is one.
   */
  load(uri: string, text: string): void {
    const cache = this.currentCache();
    if (!cache || this.texts.get(uri) === text) {
      this.set(uri, text);
      this.prepare(uri);
      return;
    }
    this.texts.set(uri, text);
    this.positionCache.delete(uri);
    const source = this.source(uri, text);
    const key = cache.key(source);
    let analysis = cache.get(key, source);
    if (!analysis) {
      // With the options the core would analyse it with.
      analysis = analyzeDocument(source, this.analyzer);
      cache.put(key, analysis, source);
    }
    // The core keeps only the text of an analysis put in; `configure` gives it the article's
    // options again before it analyses anything anew.
    this.core.setAnalyzed(analysis);
    this.putIn = true;
  }

  /** Indexing is over: the cache is brought under its size limit when entries were written. */
  indexed(): void {
    this.cache?.close();
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

  /**
   * Changes only the options given: `configure({ knowledge })` keeps the language hint. With the
   * knowledge come the texts of its files (`knowledgeTexts`, for the cache's key); knowledge
   * without them turns the cache off.
   */
  configure(options: AnalyzerOptions & { languageHint?: 'vi' | 'en'; datedFileNames?: boolean; knowledgeTexts?: readonly string[] }): void {
    const { languageHint, datedFileNames, knowledgeTexts, ...rest } = options;
    if ('knowledge' in rest) this.knowledgeTexts = knowledgeTexts ?? null;
    if ('knowledge' in rest || 'maxLength' in rest) this.cache = null;
    this.analyzer = { ...this.analyzer, ...rest };
    const hint = 'languageHint' in options ? languageHint : this.languageHint;
    const dated = datedFileNames ?? this.datedFileNames;
    if (hint !== this.languageHint || dated !== this.datedFileNames) {
      this.languageHint = hint;
      this.datedFileNames = dated;
      for (const [uri, text] of this.texts) this.core.set(this.source(uri, text));
    }
    this.core.configure(rest);
    // An article whose analysis came from the cache is known to the core by its text alone; it is
    // analysed again with its options.
    if (this.putIn) for (const [uri, text] of this.texts) this.core.set(this.source(uri, text));
  }
}
