/**
 * Document symbols: the article's outline. The title is the root; the lead, body paragraphs and
 * image captions are its children; each holds, grouped in this order, the people, organizations,
 * countries and places first named in it (once per article, with how often the article names
 * them) and the figures written in it. Dates and titles are left to hovers, and credits, source
 * lines, related-article lines and trailing site text are furniture and left out. Details are in
 * the message language, never internal keys. Clients without hierarchical support get a flat list.
 *
 * The outline is built in one pass over blocks and spans sorted by start (linear after the sort,
 * whatever the number of lines), and shows at most `OUTLINE_LIMIT` symbols: past that, one last
 * symbol says how many were left out.
 */
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams, type SymbolInformation } from 'vscode-languageserver';
import type { Block, EntityType, Span } from '../core/index';
import type { FeatureContext } from './context';
import { metricName, periodPhrase } from '../core/index';
import { formatFigure } from './format';
import { OUTLINE_LIMIT, messages } from './messages';

export const ENTITY_SYMBOL_KIND: Record<EntityType, SymbolKind> = {
  person: SymbolKind.Object,
  organization: SymbolKind.Class,
  country: SymbolKind.Module,
  place: SymbolKind.Package,
  date: SymbolKind.Event,
  title: SymbolKind.Property,
};

const CONTENT = new Set<Block['kind']>(['title', 'lead', 'body', 'caption']);

/** The entities the outline shows, in the order its groups come in a paragraph. */
const OUTLINED: EntityType[] = ['person', 'organization', 'country', 'place'];

const byStart = (a: Span, b: Span) => a.start - b.start || a.end - b.end;

/**
 * The spans of `sorted` that lie in `block`, advancing `cursor` past every span that starts before
 * it. Blocks are visited in order of start and do not overlap, so every span is looked at a bounded
 * number of times over the whole outline.
 */
function within<T extends Span>(sorted: T[], cursor: { at: number }, block: Span): T[] {
  while (cursor.at < sorted.length && sorted[cursor.at].start < block.start) cursor.at++;
  const out: T[] = [];
  for (let i = cursor.at; i < sorted.length && sorted[i].start < block.end; i++) {
    if (sorted[i].end <= block.end) out.push(sorted[i]);
  }
  return out;
}

export function documentSymbols(ctx: FeatureContext, params: DocumentSymbolParams, hierarchical: boolean): DocumentSymbol[] | SymbolInformation[] {
  const located = ctx.index.get(params.textDocument.uri);
  if (!located) return [];
  const { analysis, positions } = located;
  const blocks = analysis.structure.blocks.filter((b) => CONTENT.has(b.kind)).sort(byStart);
  const entities = analysis.entities.filter((m) => OUTLINED.includes(m.type)).sort(byStart);
  // How often the article names each entity, and where first: an entity is outlined once.
  const total = new Map<string, number>();
  for (const m of entities) total.set(m.entityId, (total.get(m.entityId) ?? 0) + 1);
  const outlined = new Set<string>();
  const t = messages(ctx.locale);
  const figures = [...analysis.figures].sort(byStart);
  const entityCursor = { at: 0 };
  const figureCursor = { at: 0 };
  let budget = OUTLINE_LIMIT;
  let cut = 0;
  let cutFrom: number | undefined;
  const nodes: DocumentSymbol[] = [];
  for (const block of blocks) {
    const inBlock = within(entities, entityCursor, block);
    const figuresInBlock = within(figures, figureCursor, block);
    if (budget <= 0) {
      cutFrom ??= block.start;
      cut += 1 + new Set(inBlock.map((m) => m.entityId)).size + figuresInBlock.length;
      continue;
    }
    budget--;
    const named: { type: EntityType; symbol: DocumentSymbol }[] = [];
    for (const m of inBlock) {
      if (outlined.has(m.entityId)) continue;
      outlined.add(m.entityId);
      const n = total.get(m.entityId)!;
      const typeName = (t as unknown as Record<string, string>)[m.type] ?? m.type;
      named.push({
        type: m.type,
        symbol: {
          name: m.text,
          detail: `${m.canonical !== m.text ? m.canonical : typeName}${n > 1 ? ` ×${n}` : ''}`,
          kind: ENTITY_SYMBOL_KIND[m.type] ?? SymbolKind.Variable,
          range: positions.range(m),
          selectionRange: positions.range(m),
        },
      });
    }
    // Grouped by kind (people, organizations, countries, places), each group in text order.
    const children: DocumentSymbol[] = named.sort((a, b) => OUTLINED.indexOf(a.type) - OUTLINED.indexOf(b.type)).map((x) => x.symbol);
    for (const f of figuresInBlock) {
      const about = [f.metric ? metricName(f.metric, ctx.locale) : '', f.period ? periodPhrase(f.period, ctx.locale) : ''].filter(Boolean);
      children.push({
        name: f.text,
        detail: [formatFigure(f, ctx.locale), ...about].join(' · '),
        kind: SymbolKind.Number,
        range: positions.range(f),
        selectionRange: positions.range(f),
      });
    }
    if (children.length > budget) {
      cut += children.length - budget;
      children.length = Math.max(0, budget);
    }
    budget -= children.length;
    const text = analysis.text.slice(block.start, block.end).trim();
    nodes.push({
      name: block.kind === 'title' ? oneLine(text) : excerpt(text),
      detail: block.kind === 'body' ? t.paragraph : block.kind === 'caption' ? t.caption : block.kind === 'lead' ? t.lead : undefined,
      kind: block.kind === 'title' ? SymbolKind.File : block.kind === 'caption' ? SymbolKind.Key : SymbolKind.String,
      range: positions.range(block),
      selectionRange: positions.range(block),
      children,
    });
  }
  if (cut > 0) {
    const from = cutFrom ?? blocks[blocks.length - 1].end;
    const at = positions.range({ start: from, end: Math.max(from, blocks[blocks.length - 1].end) });
    nodes.push({ name: messages(ctx.locale).outlineCut(cut), kind: SymbolKind.Null, range: at, selectionRange: at, children: [] });
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

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function excerpt(text: string): string {
  const words = oneLine(text).split(' ');
  return words.length > 10 ? words.slice(0, 10).join(' ') + '…' : words.join(' ');
}
