/**
 * Navigation over the corpus's entities: workspace symbols (one per entity), go to definition
 * (the entity's first mention in the workspace), find references (every mention in every
 * document) and document highlights (its mentions in this document).
 */
import {
  DocumentHighlightKind,
  type DefinitionParams,
  type DocumentHighlight,
  type DocumentHighlightParams,
  type Location,
  type ReferenceParams,
  type SymbolInformation,
  type WorkspaceSymbolParams,
} from 'vscode-languageserver';
import type { EntityMention } from '../core/index';
import { spanContains } from './convert';
import type { FeatureContext } from './context';
import { ENTITY_SYMBOL_KIND } from './symbols';

/** The entity mention under the cursor (dates are values, not entities to navigate). */
function mentionAt(ctx: FeatureContext, uri: string, position: { line: number; character: number }): EntityMention | undefined {
  const located = ctx.index.get(uri);
  if (!located) return undefined;
  const offset = located.positions.offset(position);
  return located.analysis.entities
    .filter((m) => m.type !== 'date' && spanContains(m, offset))
    .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}

/** Every mention of an entity in the workspace, in document then text order. */
function mentionsOf(ctx: FeatureContext, entityId: string): Location[] {
  const out: Location[] = [];
  for (const { analysis, positions } of ctx.index.all()) {
    for (const m of analysis.entities) if (m.entityId === entityId) out.push({ uri: analysis.uri, range: positions.range(m) });
  }
  return out;
}

export function references(ctx: FeatureContext, params: ReferenceParams): Location[] {
  const m = mentionAt(ctx, params.textDocument.uri, params.position);
  return m ? mentionsOf(ctx, m.entityId) : [];
}

/**
 * The definition of an entity: its entry in the workspace knowledge file when it has one, and
 * where the corpus first names it (the first document in uri order).
 */
export function definition(ctx: FeatureContext, params: DefinitionParams): Location[] {
  const m = mentionAt(ctx, params.textDocument.uri, params.position);
  if (!m) return [];
  const out: Location[] = [];
  const entry = knowledgeEntry(ctx, m.entityId, ctx.entities().get(m.entityId)?.canonical ?? m.canonical);
  if (entry) out.push(entry);
  const all = mentionsOf(ctx, m.entityId);
  if (all.length) out.push(all[0]);
  return out;
}

/** The line of the knowledge file that declares an entity (`id: …`, else `name: …`). */
function knowledgeEntry(ctx: FeatureContext, id: string, canonical: string): Location | undefined {
  const source = ctx.knowledgeSource();
  if (!source) return undefined;
  const lines = source.text.split(/\r\n|\r|\n/);
  const value = (line: string, key: string) => new RegExp(`^\\s*(?:-\\s+)?${key}:\\s*["']?(.*?)["']?\\s*(#.*)?$`).exec(line)?.[1];
  for (const key of ['id', 'name'] as const) {
    const wanted = key === 'id' ? id : canonical;
    const line = lines.findIndex((l) => value(l, key) === wanted);
    if (line >= 0) {
      const character = lines[line].indexOf(wanted);
      return { uri: source.uri, range: { start: { line, character }, end: { line, character: character + wanted.length } } };
    }
  }
  return undefined;
}

export function documentHighlights(ctx: FeatureContext, params: DocumentHighlightParams): DocumentHighlight[] {
  const m = mentionAt(ctx, params.textDocument.uri, params.position);
  const located = ctx.index.get(params.textDocument.uri);
  if (!m || !located) return [];
  return located.analysis.entities
    .filter((x) => x.entityId === m.entityId)
    .map((x) => ({ range: located.positions.range(x), kind: DocumentHighlightKind.Text }));
}

/** One symbol per entity of the corpus (not dates), located at its first mention; filtered by the query. */
export function workspaceSymbols(ctx: FeatureContext, params: WorkspaceSymbolParams): SymbolInformation[] {
  const query = fold(params.query);
  const first = new Map<string, Location>();
  for (const { analysis, positions } of ctx.index.all()) {
    for (const m of analysis.entities) {
      if (m.type !== 'date' && !first.has(m.entityId)) first.set(m.entityId, { uri: analysis.uri, range: positions.range(m) });
    }
  }
  const out: SymbolInformation[] = [];
  for (const [id, location] of first) {
    const entity = ctx.entities().get(id);
    const name = entity?.canonical ?? id;
    const names = [name, ...(entity?.aliases ?? []), entity?.acronym ?? ''];
    if (query && !names.some((n) => fold(n).includes(query))) continue;
    out.push({ name, kind: ENTITY_SYMBOL_KIND[entity?.type ?? 'person'], location, containerName: entity?.type });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name)).slice(0, 500);
}

/** Case and diacritics folded, so `pham minh chinh` finds `Phạm Minh Chính`. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().trim();
}
