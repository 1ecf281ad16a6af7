/**
 * Semantic tokens: entity mentions by type and figures. Standard token types are used so that
 * every theme colours them: persons as `class`, organizations `struct`, countries `namespace`,
 * places `enum`, dates `event`, titles `decorator`, figures `number`. The first mention of an
 * entity in a document carries the `declaration` modifier; approximate and bounded figures carry
 * `approximate`.
 */
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend, type SemanticTokensParams, type SemanticTokensRangeParams } from 'vscode-languageserver';
import type { EntityType } from '../core/index';
import type { FeatureContext } from './context';

const TYPES = ['class', 'struct', 'namespace', 'enum', 'event', 'decorator', 'number'] as const;
const MODIFIERS = ['declaration', 'approximate'] as const;

export const SEMANTIC_LEGEND: SemanticTokensLegend = { tokenTypes: [...TYPES], tokenModifiers: [...MODIFIERS] };

const ENTITY_TOKEN: Record<EntityType, (typeof TYPES)[number]> = {
  person: 'class',
  organization: 'struct',
  country: 'namespace',
  place: 'enum',
  date: 'event',
  title: 'decorator',
};

interface Token {
  start: number;
  end: number;
  type: number;
  modifiers: number;
}

export function semanticTokens(ctx: FeatureContext, params: SemanticTokensParams | SemanticTokensRangeParams): SemanticTokens {
  const located = ctx.index.get(params.textDocument.uri);
  const builder = new SemanticTokensBuilder();
  if (!located) return builder.build();
  const { analysis, positions } = located;
  const tokens: Token[] = [];
  const seen = new Set<string>();
  for (const m of analysis.entities) {
    const first = !seen.has(m.entityId);
    seen.add(m.entityId);
    tokens.push({ start: m.start, end: m.end, type: TYPES.indexOf(ENTITY_TOKEN[m.type] ?? 'class'), modifiers: first ? 1 : 0 });
  }
  for (const f of analysis.figures) {
    tokens.push({ start: f.start, end: f.end, type: TYPES.indexOf('number'), modifiers: f.bound !== 'exact' ? 2 : 0 });
  }
  // Tokens may not overlap: the earlier wins, and at equal starts the longer one.
  tokens.sort((a, b) => a.start - b.start || b.end - a.end);
  let lastEnd = -1;
  const range = 'range' in params ? { start: positions.offset(params.range.start), end: positions.offset(params.range.end) } : undefined;
  for (const t of tokens) {
    if (t.start < lastEnd || t.end <= t.start) continue;
    lastEnd = t.end;
    if (range && (t.end < range.start || t.start > range.end)) continue;
    // A token lies on one line: split it at line breaks.
    const text = analysis.text.slice(t.start, t.end);
    let at = t.start;
    for (const piece of text.split(/(\r\n|\r|\n)/)) {
      if (piece && !/^[\r\n]+$/.test(piece)) {
        const p = positions.position(at);
        builder.push(p.line, p.character, piece.length, t.type, t.modifiers);
      }
      at += piece.length;
    }
  }
  return builder.build();
}
