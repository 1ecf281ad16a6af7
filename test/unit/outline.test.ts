/**
 * The outline of each sample: the title over its paragraphs; in each paragraph the people,
 * organizations, countries and places first named there (each entity once in the article) then
 * its figures; no dates; details in the user's language without internal keys.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { DocumentSymbol } from 'vscode-languageserver';
import { SymbolKind } from 'vscode-languageserver';
import { documentSymbols } from '../../server/src/lsp/symbols';
import { ENTITY_SYMBOL_KIND } from '../../server/src/lsp/symbols';
import { SAMPLES } from '../support/paths';
import { featureContext } from '../support/featureContext';

const articles = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).map((f) => ({ uri: `file://${path.join(SAMPLES, f)}`, text: fs.readFileSync(path.join(SAMPLES, f), 'utf8') }));
const ORDER = [ENTITY_SYMBOL_KIND.person, ENTITY_SYMBOL_KIND.organization, ENTITY_SYMBOL_KIND.country, ENTITY_SYMBOL_KIND.place, SymbolKind.Number];

describe('outline', () => {
  for (const locale of ['vi', 'en'] as const) {
    const ctx = featureContext(articles, locale);
    for (const a of articles) {
      it(`${path.basename(a.uri)} (${locale}): grouped, each entity once, no dates, no keys`, () => {
        const [title] = documentSymbols(ctx, { textDocument: { uri: a.uri } }, true) as DocumentSymbol[];
        assert.strictEqual(title.kind, SymbolKind.File);
        const analysis = ctx.index.get(a.uri)!.analysis;
        // Entities named in the article's text (not only in its furniture: credits, source lines).
        const content = analysis.structure.blocks.filter((b) => ['title', 'lead', 'body', 'caption'].includes(b.kind));
        const inContent = (m: { start: number; end: number }) => content.some((b) => m.start >= b.start && m.end <= b.end);
        const distinct = new Set(analysis.entities.filter((m) => ['person', 'organization', 'country', 'place'].includes(m.type) && inContent(m)).map((m) => m.entityId));
        let entities = 0;
        let count = 0;
        // The title's own names and figures come first among its children, then its paragraphs.
        const own = (title.children ?? []).filter((c) => ORDER.includes(c.kind));
        const blocks = [{ name: title.name, children: own }, ...(title.children ?? []).filter((c) => !ORDER.includes(c.kind))];
        for (const block of blocks) {
          count++;
          const kinds = (block.children ?? []).map((c) => c.kind);
          const ranks = kinds.map((k) => ORDER.indexOf(k));
          assert.ok(!ranks.includes(-1), `${block.name}: a symbol of another kind: ${kinds}`);
          assert.deepStrictEqual(ranks, [...ranks].sort((x, y) => x - y), `${block.name}: not grouped`);
          for (const c of block.children ?? []) {
            count++;
            if (c.kind !== SymbolKind.Number) entities++;
            assert.doesNotMatch(c.detail ?? '', /\b[a-z]+\.[a-z-]+\b|[A-Z]{2}-[A-Z]{2}/, `an internal key in ${c.detail}`);
            if (locale === 'vi') assert.doesNotMatch(c.detail ?? '', /\b(person|organization|country|place|paragraph|lead|caption)\b/, `English in ${c.detail}`);
          }
        }
        assert.strictEqual(entities, distinct.size, 'each entity is outlined exactly once');
        // Paragraphs, each entity once and the figures: nothing else (no dates, no repeats).
        const figures = analysis.figures.filter(inContent).length;
        assert.strictEqual(count, blocks.length + distinct.size + figures);
      });
    }
  }
});
