/**
 * Every setting of Communiqué, declared once. The server reads them through
 * `workspace/configuration`; the client imports this module for the settings it needs itself
 * (which files are articles); `package.json`'s `contributes.configuration` must describe exactly
 * these keys with the same defaults — a protocol test (settings.test.ts) fails when it drifts.
 *
 * To add a setting: declare it in SETTINGS, read it in `toSettings`, document it in
 * docs/settings.md, and add it to package.json (the test prints the expected entry).
 */
import type { MessageLocale, Severity } from '../core/index';

export interface SettingDeclaration {
  /** The key after `communique.`. */
  key: string;
  type: 'string' | 'boolean' | 'number' | 'array' | 'object';
  default: unknown;
  enum?: string[];
  description: string;
}

export const SECTION = 'communique';

export const SETTINGS: SettingDeclaration[] = [
  {
    key: 'articles.include',
    type: 'array',
    default: ['**/*.txt'],
    description:
      'Glob patterns (relative to a workspace folder) of files that may be articles. A matching file is treated as an article only when its content looks like a news article (prose lines, not a log or a table).',
  },
  {
    key: 'articles.exclude',
    type: 'array',
    default: ['**/node_modules/**', '**/.git/**', '**/.communique/**'],
    description: 'Glob patterns of files that are never articles, even when they match `communique.articles.include`.',
  },
  {
    key: 'languageHint',
    type: 'string',
    default: 'auto',
    enum: ['auto', 'vi', 'en'],
    description: 'The language of the articles: `auto` detects it per article.',
  },
  {
    key: 'referenceDate.fromFileName',
    type: 'boolean',
    default: false,
    description:
      'Take an article\'s reference date (against which `ngày 14/11` or `năm ngoái` is resolved) from a date in its file name, such as `2024-11-14-lima.txt` or `lima_20241114.txt`. A line `% communique: date=YYYY-MM-DD` in the article always wins; without either, the date is inferred from the text.',
  },
  {
    key: 'severity',
    type: 'object',
    default: {},
    description:
      'Severity per finding code, e.g. `{ "figure.mismatch": "error", "entity.name-variant": "off" }`. Values: `error`, `warning`, `information`, `hint`, `off`.',
  },
  {
    key: 'maxFileSize',
    type: 'number',
    default: 2000000,
    description: 'Articles longer than this many characters are not analysed (a diagnostic says so); larger files on disk are not indexed.',
  },
  {
    key: 'memoryLimit',
    type: 'number',
    default: 1536,
    description:
      'The language server\'s memory limit in megabytes. Above it the server stops indexing articles that are not open (the open ones are still analysed) and says so, rather than running out of memory.',
  },
  {
    key: 'inlayHints.enabled',
    type: 'boolean',
    default: true,
    description: 'Show the normalized value of each figure (and the ISO value of each date) as an inlay hint.',
  },
  {
    key: 'locale',
    type: 'string',
    default: 'auto',
    enum: ['auto', 'en', 'vi'],
    description: 'The language of messages (diagnostics, hovers, report). `auto` follows the editor\'s display language.',
  },
  {
    key: 'reviewed.show',
    type: 'string',
    default: 'hint',
    enum: ['hint', 'hidden'],
    description: 'What happens to findings marked as reviewed (kept in `.communique/reviewed.json`): shown as hints, or hidden.',
  },
  {
    key: 'trace.server',
    type: 'string',
    default: 'off',
    enum: ['off', 'messages', 'verbose'],
    description: 'Traces the communication between VS Code and the Communiqué language server (in the Communiqué output channel). Read by the client only.',
  },
];

export type SeverityOverride = Severity | 'off';

/** The settings as the server uses them. */
export interface Settings {
  include: string[];
  exclude: string[];
  languageHint: 'auto' | 'vi' | 'en';
  referenceDateFromFileName: boolean;
  severity: Record<string, SeverityOverride>;
  maxFileSize: number;
  /** Megabytes. */
  memoryLimit: number;
  inlayHints: boolean;
  locale: 'auto' | MessageLocale;
  reviewed: 'hint' | 'hidden';
}

export function defaultOf(key: string): unknown {
  const d = SETTINGS.find((s) => s.key === key);
  if (!d) throw new Error(`undeclared setting ${key}`);
  return d.default;
}

/**
 * Reads a raw `communique` section (as `workspace/configuration` returns it: nested objects, or
 * flat dotted keys from some clients) into Settings; anything missing or malformed takes the default.
 */
export function toSettings(raw: unknown): Settings {
  const get = (key: string): unknown => {
    const flat = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;
    if (flat !== undefined) return flat;
    let v: unknown = raw;
    for (const part of key.split('.')) {
      if (!v || typeof v !== 'object') return undefined;
      v = (v as Record<string, unknown>)[part];
    }
    return v;
  };
  const pick = <T>(key: string, ok: (v: unknown) => boolean): T => {
    const v = get(key);
    return (v !== undefined && v !== null && ok(v) ? v : defaultOf(key)) as T;
  };
  const decl = (key: string) => SETTINGS.find((s) => s.key === key)!;
  const inEnum = (key: string) => (v: unknown) => typeof v === 'string' && decl(key).enum!.includes(v);
  const stringArray = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
  const severities: Record<string, SeverityOverride> = {};
  const rawSeverity = get('severity');
  if (rawSeverity && typeof rawSeverity === 'object') {
    for (const [code, s] of Object.entries(rawSeverity as Record<string, unknown>)) {
      if (s === 'error' || s === 'warning' || s === 'information' || s === 'hint' || s === 'off') severities[code] = s;
    }
  }
  return {
    include: pick('articles.include', stringArray),
    exclude: pick('articles.exclude', stringArray),
    languageHint: pick('languageHint', inEnum('languageHint')),
    referenceDateFromFileName: pick('referenceDate.fromFileName', (v) => typeof v === 'boolean'),
    severity: severities,
    maxFileSize: pick('maxFileSize', (v) => typeof v === 'number' && v > 0),
    memoryLimit: pick('memoryLimit', (v) => typeof v === 'number' && v > 0),
    inlayHints: pick('inlayHints.enabled', (v) => typeof v === 'boolean'),
    locale: pick('locale', inEnum('locale')),
    reviewed: pick('reviewed.show', inEnum('reviewed.show')),
  };
}
