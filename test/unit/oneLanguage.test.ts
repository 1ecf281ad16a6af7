/**
 * One language at a time: what a user reads in Vietnamese holds no English word of the message
 * tables, and the reverse. The vocabulary of each language is taken from the tables themselves
 * (the server's words, the report's words, the metric and product names, the checks'
 * descriptions): a word that only the English tables use is English. The surfaces checked are
 * every finding message and related-location message (the Problems panel, the CLI), the CLI's
 * text output, the report page, and the hover cards, over the samples and the check fixtures, in
 * both languages. Text quoted from an article (“…”, "…", code spans), file names and entity names
 * (links) are the article's own words and are left out.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createWorkspace, type DocumentAnalysis, type MessageLocale } from '../../server/src/core/index';
import { CHECKS } from '../../server/src/core/checks/index';
import { buildReportModel } from '../../server/src/core/report/model';
import { renderHtmlReport } from '../../server/src/core/report/html';
import { renderText } from '../../server/src/core/report/index';
import { plainAnalysis, plainText } from '../../server/src/core/report/plain';
import { REPORT_WORD_TABLES } from '../../server/src/core/report/words';
import { messages } from '../../server/src/lsp/messages';
import metricNames from '../../server/src/core/messages/metrics.json';
import productNames from '../../server/src/core/messages/products.json';
import { FIXTURES, SAMPLES } from '../support/paths';
import { hoverTexts } from './oneLanguageHovers';

/** Every string a table holds; functions are called with sample arguments. */
function strings(x: unknown, out: string[] = []): string[] {
  if (typeof x === 'string') out.push(x);
  else if (typeof x === 'function') {
    for (const args of [[1, 1, 1, 1], [2, 3, 4, 5]]) {
      try {
        strings((x as (...a: unknown[]) => unknown)(...args.map((a, i) => (x.length > i ? a : undefined))), out);
      } catch {
        /* a function that wants other arguments adds nothing */
      }
    }
  } else if (Array.isArray(x)) for (const v of x) strings(v, out);
  else if (x && typeof x === 'object') for (const v of Object.values(x)) strings(v, out);
  return out;
}

function table(locale: MessageLocale): string[] {
  const pick = (o: unknown) => Object.values(o as Record<string, unknown>).map((v) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[locale] : undefined));
  return [
    ...strings(messages(locale)),
    ...strings(REPORT_WORD_TABLES[locale]),
    ...strings(pick(metricNames)),
    ...strings(pick(productNames)),
    ...CHECKS.map((c) => c.description[locale]),
  ];
}

const words = (s: string) => (s.toLocaleLowerCase('vi').match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 2);

/** Words both languages write: names, units, codes. */
const NEUTRAL = new Set(['usd', 'iso', 'communiqué', 'communique', 'peru', 'asean', 'apec', 'eu', 'fdi', 'oda', 'knowledge', 'yaml', 'json', 'reviewed', 'maxfilesize', 'txt', 'vs', 'so']);

const vocabulary = (() => {
  const en = new Set(table('en').flatMap(words));
  const vi = new Set(table('vi').flatMap(words));
  const only = (a: Set<string>, b: Set<string>) => new Set([...a].filter((w) => !b.has(w) && !NEUTRAL.has(w)));
  return { en: only(en, vi), vi: only(vi, en) };
})();

/**
 * What is the article's, not ours: quotations, code spans, file names, finding codes, the names of
 * the entities the articles mention and the counted nouns their figures use (`lượt khách`).
 */
function ours(s: string, own: RegExp | null): string {
  // File names and codes first: a name inside a file name (`…-peru.txt`) must not split it.
  const t = s
    .replace(/\S+\.txt\b/g, ' ')
    .replace(/\b[a-z]+(?:\.[a-z-]+)+\b/g, ' ')
    .replace(/\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/“[^”]*”/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/`[^`]*`/g, ' ');
  return own ? t.replace(own, ' ') : t;
}

/** One pattern of every name (canonical and aliases) and every counted noun of a corpus, longest first. */
function ownWords(docs: DocumentAnalysis[], entities: Map<string, { canonical: string; aliases: string[] }>): RegExp | null {
  const names = new Set<string>();
  for (const e of entities.values()) for (const n of [e.canonical, ...e.aliases]) if (n.length > 1) names.add(n);
  for (const d of docs) {
    for (const f of d.figures) if (f.unit && /\p{L}{2}/u.test(f.unit)) names.add(f.unit);
    for (const m of d.entities) if (m.type !== 'date') names.add(m.text);
  }
  if (!names.size) return null;
  const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp([...names].sort((a, b) => b.length - a.length).map(esc).join('|'), 'giu');
}

/** The report page's text without the article's words (excerpts, links to places and names). */
function pageText(html: string): string {
  return html
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<blockquote[^>]*>[\s\S]*?<\/blockquote>/g, ' ')
    .replace(/<div class="detail">[\s\S]*?<\/div>/g, ' ')
    .replace(/<a class="loc"[^>]*>[\s\S]*?<\/a>/g, ' ')
    .replace(/<code[^>]*>[\s\S]*?<\/code>/g, ' ')
    .replace(/<title>[\s\S]*?<\/title>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/g, ' ');
}

function corpora(): { name: string; dir: string }[] {
  const out = [{ name: 'samples', dir: SAMPLES }];
  const checks = path.join(FIXTURES, 'checks', 'corpus');
  if (fs.existsSync(checks)) for (const d of fs.readdirSync(checks).sort()) out.push({ name: `checks/${d}`, dir: path.join(checks, d) });
  return out;
}

function analyse(dir: string, locale: MessageLocale) {
  const ws = createWorkspace({ locale });
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) ws.set({ uri: `file://${path.join(dir, f)}`, text: fs.readFileSync(path.join(dir, f), 'utf8') });
  return ws;
}

function leaks(text: string, foreign: Set<string>, own: RegExp | null): string[] {
  return [...new Set(words(ours(text, own)).filter((w) => foreign.has(w)))];
}

describe('one language at a time', () => {
  it('the tables give each language words of its own', () => {
    assert.ok(vocabulary.en.size > 100 && vocabulary.vi.size > 100, `${vocabulary.en.size} English and ${vocabulary.vi.size} Vietnamese words`);
    for (const w of ['warning', 'finding', 'period']) assert.ok(vocabulary.en.has(w), `"${w}" is not in the English vocabulary`);
    for (const w of ['cảnh', 'báo', 'kỳ']) assert.ok(vocabulary.vi.has(w), `"${w}" is not in the Vietnamese vocabulary`);
  });

  for (const locale of ['vi', 'en'] as const) {
    const foreign = locale === 'vi' ? vocabulary.en : vocabulary.vi;
    describe(`in ${locale === 'vi' ? 'Vietnamese' : 'English'}`, () => {
      for (const { name, dir } of corpora()) {
        it(`${name}: findings, the CLI, the report and the hovers`, () => {
          const ws = analyse(dir, locale);
          const docs: DocumentAnalysis[] = ws.all();
          const problems: string[] = [];
          const own = ownWords(docs, ws.entities());
          const check = (where: string, text: string) => {
            const found = leaks(text, foreign, own);
            if (found.length) problems.push(`${where}: ${found.join(', ')} in: ${text.replace(/\s+/g, ' ').slice(0, 300)}`);
          };
          for (const d of docs) {
            for (const f of d.findings) {
              check(`${path.basename(d.uri)} ${f.code} message`, plainText(f.message));
              if (f.detail) check(`${path.basename(d.uri)} ${f.code} detail`, plainText(f.detail));
              for (const r of f.related) check(`${path.basename(d.uri)} ${f.code} related`, plainText(r.message));
            }
          }
          check('CLI text', renderText(docs.map(plainAnalysis), { locale }));
          const model = buildReportModel(docs, { locale, entities: ws.entities() });
          check('report page', pageText(renderHtmlReport(model, { nonce: 'n', mode: 'file' })));
          for (const h of hoverTexts(docs, ws.entities(), locale)) check(`hover ${h.where}`, h.text);
          assert.deepStrictEqual(problems, []);
        });
      }
    });
  }
});
