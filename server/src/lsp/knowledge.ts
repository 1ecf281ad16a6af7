/**
 * The workspace knowledge file, `.communique/knowledge.yaml`: read at start-up and on change,
 * handed to the core through `configure({ knowledge })`. When it has errors they are published on
 * the file with line-precise positions and the last good knowledge stays in use.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { KnowledgeBase } from '../core/index';
import { builtinKnowledge, mergeKnowledge, parseKnowledge, type KnowledgeError } from '../core/entities/index';
import { SOURCE } from './diagnostics';

export const KNOWLEDGE_PATH = '.communique/knowledge.yaml';
export const REVIEWED_PATH = '.communique/reviewed.json';

export interface ParsedKnowledge {
  knowledge: KnowledgeBase;
  /** 1-based lines and columns. */
  errors: KnowledgeError[];
}

/** Parses the knowledge file with the entity engine's parser (never throws). */
export function parseKnowledgeFile(text: string): ParsedKnowledge {
  return parseKnowledge(text);
}

/** The built-in knowledge merged with the workspace's (the workspace wins). */
export function workspaceKnowledge(parsed: ParsedKnowledge | undefined): KnowledgeBase {
  return parsed ? mergeKnowledge(builtinKnowledge(), parsed.knowledge) : builtinKnowledge();
}

/** The errors as diagnostics on the file, each covering the word (or the rest of the line) where it starts. */
export function knowledgeDiagnostics(errors: KnowledgeError[], text = ''): Diagnostic[] {
  const lines = text.split(/\r\n|\r|\n/);
  return errors.map((e) => {
    const line = Math.max(0, e.line - 1);
    const character = Math.max(0, e.column - 1);
    const rest = (lines[line] ?? '').slice(character);
    const word = (/^[^\s,\]}]+/.exec(rest)?.[0] ?? rest).replace(/:$/, '');
    return {
      range: { start: { line, character }, end: { line, character: character + Math.max(1, word.length) } },
      severity: DiagnosticSeverity.Error,
      source: SOURCE,
      code: 'knowledge.invalid',
      message: e.message,
    };
  });
}
