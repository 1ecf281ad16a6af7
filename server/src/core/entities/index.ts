import type { Entity, EntityMention, Finding } from '../types';
import type { ExtractContext } from '../context';

/** Built-in plus workspace knowledge, as the entity engine uses it. */
export interface KnowledgeBase {
  entities: Entity[];
  /** Matching keys of words that are never entities. */
  stopwords: Set<string>;
}

export function emptyKnowledge(): KnowledgeBase {
  return { entities: [], stopwords: new Set() };
}

/** Finds the entity mentions of one document (not dates). Offsets are norm offsets. */
export function extractMentions(_ctx: ExtractContext, _knowledge: KnowledgeBase): EntityMention[] {
  return [];
}

export interface ResolvableDocument {
  uri: string;
  text: string;
  /** Mentions in original offsets; `resolveEntities` may rewrite their `entityId` and `canonical`. */
  entities: EntityMention[];
}

export interface Resolution {
  entities: Map<string, Entity>;
  /** `entity.name-variant` hints, per document uri. */
  findings: Map<string, Finding[]>;
}

/** Links every mention of every document to one entity, across the workspace. */
export function resolveEntities(docs: ResolvableDocument[], _knowledge: KnowledgeBase): Resolution {
  const entities = new Map<string, Entity>();
  for (const d of docs) {
    for (const m of d.entities) {
      if (!entities.has(m.entityId)) {
        entities.set(m.entityId, { id: m.entityId, type: m.type, canonical: m.canonical, aliases: [], roles: [] });
      }
    }
  }
  return { entities, findings: new Map() };
}
