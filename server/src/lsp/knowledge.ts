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

export function knowledgeDiagnostics(errors: KnowledgeError[]): Diagnostic[] {
  return errors.map((e) => {
    const pos = { line: Math.max(0, e.line - 1), character: Math.max(0, e.column - 1) };
    return {
      range: { start: pos, end: { line: pos.line, character: pos.character + 1 } },
      severity: DiagnosticSeverity.Error,
      source: SOURCE,
      code: 'knowledge.invalid',
      message: e.message,
    };
  });
}
