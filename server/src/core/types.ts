/**
 * The analysis core's public types. Every front end (language server, CLI, tests) sees the core
 * only through these types and the façade in `index.ts`.
 *
 * Invariant: every `start`/`end` in a value returned by the façade is a UTF-16 offset into the
 * document's original text (after a leading BOM is removed), and `text` is exactly that slice.
 * Extractors work on the normalized view of a `TextModel` (see text/textModel.ts) and the façade
 * converts their offsets back in one place.
 */

export type Language = 'vi' | 'en';

/** A half-open range of UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/** A document handed to the core. The core never reads files; front ends do. */
export interface SourceDocument {
  /** A stable identifier: a file path in the CLI, a URI in the language server. */
  uri: string;
  text: string;
  /** A language the user asserts; otherwise the core detects it. */
  languageHint?: Language;
  /**
   * A reference date (`YYYY-MM-DD`) the front end knows from outside the text (for instance from
   * the file name, see `dateFromFileName`). A marker line in the text still wins over it.
   */
  referenceDate?: string;
  /** Where `referenceDate` came from, for hovers: `file name 2024-11-14-lima.txt`. */
  referenceDateSource?: string;
}

// ---------------------------------------------------------------------------------------------
// Structure

export type BlockKind =
  | 'dateline' // a line before the title that only dates the article ("14/05/2024 10:30", a marker line)
  | 'title' // the article's first line
  | 'lead' // the first paragraph after the title
  | 'body'
  | 'caption' // an image caption (often glued: "ảnh 1Đại sứ ...")
  | 'credit' // a photo credit "(Ảnh: TTXVN phát)"
  | 'related' // a related-article line "[...]"
  | 'source' // "(TTXVN/Vietnam+)"
  | 'trailer'; // trailing site text: "Tin cùng chuyên mục"

/** A block is one line/paragraph of the article (or a caption carved out of one). */
export interface Block extends Span {
  kind: BlockKind;
}

export interface Structure {
  blocks: Block[];
  /** Sentences of content blocks (title, lead, body), in order. */
  sentences: Span[];
}

// ---------------------------------------------------------------------------------------------
// Dates and periods

/**
 * How precise a date or period is. `day` 2023-04-17; `month` 2023-04; `quarter`; `half`;
 * `year` 2023; `interval` covers arbitrary spans (2016/2022, 2024-01/2024-09).
 */
export type Precision = 'day' | 'month' | 'quarter' | 'half' | 'year' | 'interval';

/**
 * A period in ISO 8601 form: `2023`, `2023-04`, `2023-04-17`, or an interval `A/B` of those
 * (`2024-01/2024-09`, `2016/2022`, `2023-04-17/2023-04-21`). Quarters are intervals of months.
 */
export type IsoPeriod = string;

export interface ReferenceDate {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Where it came from: a marker line the user wrote, the latest complete date in the text, ... */
  source: 'marker' | 'text-latest-date' | 'text-year' | 'option';
  /** The span of the evidence in the original text, when there is one. */
  evidence?: Span;
  /** A human-readable explanation ("latest complete date in the text: 14/11/1994"). */
  explanation: string;
  /**
   * The text gives the day or month of writing (`6th April`, `tháng 5`) and the year is the one
   * after the latest period it reports on: a date `năm ngoái` and `this year` can be read from.
   */
  dayInText?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Entities

export type EntityType = 'person' | 'country' | 'organization' | 'place' | 'date' | 'title';

export interface EntityMention extends Span {
  type: EntityType;
  text: string;
  /** The canonical name of the entity this mention refers to (ISO value for dates). */
  canonical: string;
  /** Identifier of the resolved entity, stable across the workspace: `person:dina-boluarte`. */
  entityId: string;
  /** Persons: the name part of the mention, without title or honorific (`Dina Boluarte`). */
  name?: string;
  /** Persons: the title phrase that introduces them, as written (`Tổng thống Peru`). */
  title?: string;
  /** Persons and titles: the role key and an English gloss (`President of Peru`). */
  role?: string;
  roleGloss?: string;
  /** Title mentions: the entityId of the person the title belongs to, when known. */
  person?: string;
  /** Countries: ISO 3166 alpha-2 code. */
  countryCode?: string;
  /** Organizations: the acronym given in parentheses or known. */
  acronym?: string;
  /** Dates: ISO value (see IsoPeriod) and precision. */
  value?: IsoPeriod;
  precision?: Precision;
  /** Dates: how the value was resolved when the text omits something (year from the reference date). */
  resolvedFrom?: string;
}

/** An entity resolved across the workspace. */
export interface Entity {
  id: string;
  type: EntityType;
  canonical: string;
  aliases: string[];
  roles: { role: string; gloss?: string; from?: string; to?: string; source?: string }[];
  /** Organizations: the parent (a brand's group). */
  parent?: string;
  acronym?: string;
  countryCode?: string;
}

// ---------------------------------------------------------------------------------------------
// Figures

export type FigureKind =
  | 'money'
  | 'percent'
  | 'percentagePoints'
  | 'count' // a number with a counted noun: 4.743 trường học
  | 'measure' // SI or other measure unit: 30,000km
  | 'multiple' // gấp 3 lần, tripled
  | 'number'; // a bare quantity with no unit

export type Bound = 'exact' | 'approx' | 'lower' | 'upper';

export interface FigureReading {
  value: number | [number, number];
  unit: string | null;
  explanation: string;
}

export interface Figure extends Span {
  text: string;
  value: number | [number, number];
  /** ISO 4217 for money, `%`, `pp`, the counted noun (as written, lower-cased), or an SI unit. */
  unit: string | null;
  kind: FigureKind;
  bound: Bound;
  /** The qualifier word as written (`gần`, `hơn`, `about`). */
  qualifier?: string;
  /** The normalized metric key (`trade.two-way`, `export`, `investment.capital`, `subscribers`). */
  metric: string | null;
  /** The metric phrase as written, when found. */
  metricText?: string;
  /** The governing period, an IsoPeriod, or null. */
  period: IsoPeriod | null;
  /** Where the period came from (`sentence: "năm 2023"`, `reference date`, `clause`). */
  periodSource?: string;
  periodSpan?: Span;
  /** The subject: a country pair `PE-VN` (sorted ISO codes) or an entity id. Filled by the claims layer. */
  subject?: string | null;
  /**
   * Changes: `tăng 2,5% so với năm 2022` is a `percent` figure with `change` set;
   * `gấp 3 lần` is a `multiple`. `direction` is the sign of the change.
   */
  change?: { direction: 'up' | 'down' | 'none'; base?: IsoPeriod | null; baseSpan?: Span };
  /** When the separator reading is a guess, every plausible reading (the first is `value`). */
  readings?: FigureReading[];
  /**
   * Claims only: a rise written as a multiple (`gấp 2,8 lần`, `2.8 times`) read as the rate it
   * states (+180%): the multiple as written, which messages show beside the rate.
   */
  asMultiple?: string;
}

// ---------------------------------------------------------------------------------------------
// Findings

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedLocation extends Span {
  uri: string;
  message: string;
}

export interface Finding extends Span {
  /** A stable dotted code: `figure.mismatch`. */
  code: string;
  severity: Severity;
  /** Short, for the Problems panel. */
  message: string;
  /** The full reasoning, for the hover (Markdown allowed). */
  detail?: string;
  related: RelatedLocation[];
  /** Machine-readable facts for code actions and tests. */
  data?: Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------
// Results

export interface DocumentAnalysis {
  uri: string;
  /** The analysed text (BOM removed): every span indexes into it. */
  text: string;
  language: Language;
  referenceDate: ReferenceDate | null;
  structure: Structure;
  /** All entity mentions including `date` mentions, sorted by start. */
  entities: EntityMention[];
  /**
   * Countries and regions written as adjectives (`Vietnamese`, `Chilean`, `Latin American`): no
   * entity mentions, but the claims read them (`Vietnamese exports`, `the Chinese market`).
   */
  demonyms?: EntityMention[];
  figures: Figure[];
  /** Findings that concern this document (document-local and cross-document). */
  findings: Finding[];
  /** Problems of the analysis itself (too large, not an article); never thrown. */
  problems: string[];
}

/** The locale messages are written in. */
export type MessageLocale = 'vi' | 'en';
