/**
 * The workspace knowledge file, `.communique/knowledge.yaml`: read at start-up and on change,
 * handed to the core through `configure({ knowledge })`. When it has errors they are published on
 * the file with line-precise positions and the last good knowledge stays in use.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { parseDocument } from 'yaml';
import type { KnowledgeBase } from '../core/index';
import { SOURCE } from './diagnostics';

export const KNOWLEDGE_PATH = '.communique/knowledge.yaml';
export const REVIEWED_PATH = '.communique/reviewed.json';

export interface KnowledgeError {
  /** 1-based line and column, as the parser reports them. */
  line: number;
  column: number;
  message: string;
}

export interface ParsedKnowledge {
  knowledge: KnowledgeBase;
  errors: KnowledgeError[];
}

/**
 * Parses the knowledge file. The entity engine's `parseKnowledge` is not in this checkout yet, so
 * for now this checks the YAML and its top-level shape only and contributes no entities.
 */
export function parseKnowledgeFile(text: string): ParsedKnowledge {
  const doc = parseDocument(text, { prettyErrors: false });
  const errors: KnowledgeError[] = doc.errors.map((e) => ({
    line: e.linePos?.[0]?.line ?? 1,
    column: e.linePos?.[0]?.col ?? 1,
    message: e.message.split('\n')[0],
  }));
  const value = errors.length ? undefined : doc.toJS();
  if (!errors.length && value !== null && value !== undefined && (typeof value !== 'object' || Array.isArray(value))) {
    errors.push({ line: 1, column: 1, message: 'the knowledge file must be a mapping (entities:, stopwords:)' });
  }
  return { knowledge: { entities: [], stopwords: new Set() }, errors };
}

/** The built-in knowledge merged with the workspace's. */
export function workspaceKnowledge(parsed: ParsedKnowledge): KnowledgeBase {
  return parsed.knowledge;
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
