/**
 * The entity engine: persons and their titles, countries, organizations and places, found in each
 * document (`extractMentions`) and resolved across the workspace (`resolveEntities`).
 *
 * - `extract.ts`: the per-document recognizers (norm offsets).
 * - `resolve.ts`: cross-document linking, entity records and `entity.name-variant` hints.
 * - `knowledge.ts`: built-in knowledge, the workspace knowledge file (docs/knowledge.md), merging.
 * - `lexicon.ts`: tokens and the compiled, cached lexicon index of a KnowledgeBase.
 */
import type { EntityMention, MessageLocale } from '../types';
import type { ExtractContext } from '../context';
import type { KnowledgeBase } from './knowledge';
import { extractMentionsImpl } from './extract';
import { dropCapitalHeadlineNames } from './headlines';
import {
  resolveEntitiesDetached as detached,
  resolveEntitiesImpl,
  type DetachedResolution,
  type Resolution,
  type ResolutionMemo,
  type ResolvableDocument,
} from './resolve';

export {
  builtinKnowledge,
  emptyKnowledge,
  isDemonym,
  mergeKnowledge,
  parseKnowledge,
  type KnowledgeBase,
  type KnowledgeError,
  type TitleDef,
} from './knowledge';
export type { DetachedResolution, Resolution, ResolutionMemo, ResolvableDocument, ResolvedMention } from './resolve';

/** Finds the entity mentions of one document (not dates). Offsets are norm offsets. */
export function extractMentions(ctx: ExtractContext, knowledge: KnowledgeBase): EntityMention[] {
  return dropCapitalHeadlineNames(ctx, knowledge, extractMentionsImpl(ctx, knowledge));
}

/**
 * Links every mention of every document to one entity, across the workspace. Hint messages are
 * in English and Vietnamese unless a locale is given.
 */
export function resolveEntities(docs: ResolvableDocument[], knowledge: KnowledgeBase, locale?: MessageLocale): Resolution {
  return resolveEntitiesImpl(docs, knowledge, locale);
}

/**
 * The same resolution, leaving the mentions untouched: what each mention becomes is returned
 * beside them. The mentions must not change between calls (per-mention work is cached on them);
 * a workspace passes one `memo` to every call, so that linking is reused while no document
 * changes what it reads.
 */
export function resolveEntitiesDetached(docs: ResolvableDocument[], knowledge: KnowledgeBase, locale?: MessageLocale, memo?: ResolutionMemo): DetachedResolution {
  return detached(docs, knowledge, locale, memo);
}
