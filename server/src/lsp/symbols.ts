/**
 * Document symbols: the article's outline. The title is the root; the lead, body paragraphs and
 * image captions are its children; each holds the entities (first mention per entity) and figures
 * written in it. Credits, source lines, related-article lines and trailing site text are
 * furniture and left out. Clients without hierarchical support get a flat list.
 */
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams, type SymbolInformation } from 'vscode-languageserver';
import type { Block, EntityType } from '../core/index';
import type { FeatureContext } from './context';
import { formatFigure } from './format';

export const ENTITY_SYMBOL_KIND: Record<EntityType, SymbolKind> = {
  person: SymbolKind.Object,
  organization: SymbolKind.Class,
  country: SymbolKind.Module,
  place: SymbolKind.Package,
  date: SymbolKind.Event,
  title: SymbolKind.Property,
};

const CONTENT: Block['kind'][] = ['title', 'lead', 'body', 'caption'];

export function documentSymbols(ctx: FeatureContext, params: DocumentSymbolParams, hierarchical: boolean): DocumentSymbol[] | SymbolInformation[] {
  const located = ctx.index.get(params.textDocument.uri);
  if (!located) return [];
  const { analysis, positions } = located;
  const blocks = analysis.structure.blocks.filter((b) => CONTENT.includes(b.kind));
  const nodes: DocumentSymbol[] = [];
  for (const block of blocks) {
    const children: DocumentSymbol[] = [];
    const seen = new Map<string, DocumentSymbol>();
    const counts = new Map<string, number>();
    for (const m of analysis.entities) {
      if (m.start < block.start || m.end > block.end) continue;
      counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
      if (seen.has(m.entityId)) continue;
      const s: DocumentSymbol = {
        name: m.text,
        detail: m.canonical !== m.text ? m.canonical : m.type,
        kind: ENTITY_SYMBOL_KIND[m.type] ?? SymbolKind.Variable,
        range: positions.range(m),
        selectionRange: positions.range(m),
      };
      seen.set(m.entityId, s);
      children.push(s);
    }
    for (const [id, s] of seen) {
      const n = counts.get(id)!;
      if (n > 1) s.detail = `${s.detail} ×${n}`;
    }
    for (const f of analysis.figures) {
      if (f.start < block.start || f.end > block.end) continue;
      children.push({
        name: f.text,
        detail: `${formatFigure(f, ctx.locale)}${f.metric ? ` · ${f.metric}` : ''}${f.period ? ` · ${f.period}` : ''}`,
        kind: SymbolKind.Number,
        range: positions.range(f),
        selectionRange: positions.range(f),
      });
    }
    children.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    const text = analysis.text.slice(block.start, block.end).trim();
    nodes.push({
      name: block.kind === 'title' ? text : excerpt(text),
      detail: block.kind === 'body' ? 'paragraph' : block.kind === 'caption' ? 'caption (furniture)' : block.kind,
      kind: block.kind === 'title' ? SymbolKind.File : block.kind === 'caption' ? SymbolKind.Key : SymbolKind.String,
      range: positions.range(block),
      selectionRange: positions.range(block),
      children,
    });
  }
  let roots: DocumentSymbol[] = nodes;
  if (nodes.length && blocks[0].kind === 'title') {
    const [title, ...rest] = nodes;
    const last = analysis.structure.blocks[analysis.structure.blocks.length - 1];
    title.range = positions.range({ start: blocks[0].start, end: Math.max(blocks[0].end, last.end) });
    title.children = [...(title.children ?? []), ...rest];
    roots = [title];
  }
  if (hierarchical) return roots;
  const flat: SymbolInformation[] = [];
  const walk = (s: DocumentSymbol, container?: string) => {
    flat.push({ name: s.name, kind: s.kind, location: { uri: analysis.uri, range: s.selectionRange }, containerName: container });
    for (const c of s.children ?? []) walk(c, s.name);
  };
  roots.forEach((r) => walk(r));
  return flat;
}

function excerpt(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  const words = oneLine.split(' ');
  return words.length > 10 ? words.slice(0, 10).join(' ') + '…' : oneLine;
}
