/**
 * The hover cards of every figure and entity of a set of analysed articles, as plain text, for the
 * one-language test: the language server's hover module over an index of the same articles.
 */
import type { DocumentAnalysis, Entity, MessageLocale } from '../../server/src/core/index';
import { hover } from '../../server/src/lsp/hover';
import { featureContext } from '../support/featureContext';

/**
 * Markdown as the words a reader sees: links (names, places), code spans and the checks'
 * reasoning (a block quote, written by the checks and tested with them) left out.
 */
function markdownWords(md: string): string {
  return md
    .replace(/^>.*$/gm, ' ')
    .replace(/\[((?:\\.|[^\]\\])*)\]\([^)]*\)/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\*\*|[|#]/g, ' ');
}

export function hoverTexts(docs: DocumentAnalysis[], _entities: Map<string, Entity>, locale: MessageLocale): { where: string; text: string }[] {
  const ctx = featureContext(docs, locale, true);
  const index = ctx.index;
  const out: { where: string; text: string }[] = [];
  for (const { analysis, positions } of index.all()) {
    const name = analysis.uri.slice(analysis.uri.lastIndexOf('/') + 1);
    for (const s of [...analysis.figures, ...analysis.entities]) {
      const h = hover(ctx, { textDocument: { uri: analysis.uri }, position: positions.position(s.start) });
      const value = h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
      if (value) out.push({ where: `${name} “${analysis.text.slice(s.start, s.end)}”`, text: markdownWords(value) });
    }
  }
  return out;
}
