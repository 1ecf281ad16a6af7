/**
 * What every feature module receives: the index of articles and the session's current settings.
 * Feature modules are pure functions of this context and their LSP params; they do no I/O.
 */
import type { Entity, EntityMention, MessageLocale } from '../core/index';
import type { ArticleIndex } from './articleIndex';
import type { Settings } from './settings';
import { mdLinkTarget, mdText } from '../core/report/escape';
import type { ReviewedStore } from './reviewed';

export interface FeatureContext {
  index: ArticleIndex;
  settings: Settings;
  locale: MessageLocale;
  reviewed: ReviewedStore;
  /** The workspace folder uri that holds `.communique/` (the first folder), when there is one. */
  knowledgeUri?: string;
  /** The client runs `command:` links in hovers (Communiqué's VS Code client says so at start-up). */
  commandLinks?: boolean;
  /** Every resolved entity of the workspace (cheap: the core caches it). */
  entities(): Map<string, Entity>;
  /** The workspace knowledge file's uri and current text, when it exists. */
  knowledgeSource(): { uri: string; text: string } | undefined;
}

/** A short display name for a document uri: its file name. */
export function displayName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

/** A Markdown link that opens `uri` at a zero-based line and character (VS Code's `#L` fragment). */
export function link(label: string, uri: string, line: number, character: number): string {
  return `[${escapeMarkdown(label)}](${mdLinkTarget(uri)}#L${line + 1},${character + 1})`;
}

/** Text in a hover: names, messages and article words never become Markdown (see core/report/escape.ts). */
export const escapeMarkdown = mdText;

/** The name part of a mention, without the title that introduces it (`Thủ tướng Phạm Minh Chính` → `Phạm Minh Chính`). */
export function mentionName(m: EntityMention): string {
  if (m.type === 'person' && m.title && m.text.startsWith(m.title)) {
    const rest = m.text.slice(m.title.length).replace(/^[\s,]+/, '');
    if (rest) return rest;
  }
  return m.text;
}
