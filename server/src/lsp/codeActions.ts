/**
 * Code actions. None of them changes an article except the name-variant fix, which replaces one
 * mention with the spelling that is clearly right (the entity's canonical name when the two differ
 * only by diacritics placement, case, Unicode form or look-alike letters).
 * - Add an alias or an entity to the workspace knowledge file (.communique/knowledge.yaml): a
 *   WorkspaceEdit that creates the file or adds an entry to its `entities:` list.
 * - Mark a finding as reviewed: a server command that records it in .communique/reviewed.json.
 */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { matchKey } from '../core/index';
import { Positions } from './convert';
import { mentionName, type FeatureContext } from './context';
import { SOURCE, type DiagnosticData } from './diagnostics';
import { messages } from './messages';
import { ServerCommands } from './protocol';

/** What the code actions need to know about the knowledge file. */
export interface KnowledgeFileState {
  uri: string;
  /** Its current text (the editor's when open), or undefined when it does not exist. */
  text: string | undefined;
  /** The editor's version when it is open. */
  version: number | null;
  /** Whether the client can create files in a workspace edit. */
  canCreate: boolean;
  /** Whether the client takes `documentChanges`. */
  documentChanges: boolean;
}

export function codeActions(ctx: FeatureContext, params: CodeActionParams, knowledge: KnowledgeFileState | undefined): CodeAction[] {
  const uri = params.textDocument.uri;
  const located = ctx.index.get(uri);
  if (!located) return [];
  const { analysis, positions } = located;
  const t = messages(ctx.locale);
  const actions: CodeAction[] = [];
  const start = positions.offset(params.range.start);
  const end = positions.offset(params.range.end);

  // Name variants with a clearly right spelling.
  const mentions = analysis.entities.filter((m) => m.type !== 'date' && m.start <= end && start <= m.end);
  const fixed: number[] = [];
  for (const d of params.context.diagnostics) {
    const data = d.data as DiagnosticData | undefined;
    const right = data?.code === 'entity.name-variant' ? clearlyRightSpelling(data.text, data.finding?.other) : undefined;
    if (!right) continue;
    fixed.push(positions.offset(d.range.start));
    actions.push({ title: t.replaceWith(right), kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit: { changes: { [uri]: [{ range: d.range, newText: right }] } } });
  }
  for (const m of mentions) {
    const entity = ctx.entities().get(m.entityId);
    const name = mentionName(m);
    const right = clearlyRightSpelling(name, entity?.canonical ?? m.canonical);
    const range = positions.range({ start: m.end - name.length, end: m.end });
    if (!right || fixed.some((at) => m.start <= at && at < m.end)) continue; // The finding's fix covers it.
    actions.push({ title: t.replaceWith(right), kind: CodeActionKind.QuickFix, edit: { changes: { [uri]: [{ range, newText: right }] } } });
  }

  // Knowledge: an alias for a mention written differently from its entity's name, or the entity itself.
  if (knowledge) {
    for (const m of mentions) {
      if (m.type === 'title') continue;
      const entity = ctx.entities().get(m.entityId);
      const canonical = entity?.canonical ?? m.canonical;
      const name = mentionName(m);
      // An alias the knowledge file does not state yet (the engine may have inferred it).
      if (name !== canonical && !knowledge.text?.includes(name)) {
        const entry = entityEntry({ id: m.entityId, type: m.type, name: canonical, aliases: [name] });
        actions.push({ title: t.addAlias(name, canonical), kind: CodeActionKind.QuickFix, edit: knowledgeEdit(knowledge, entry) });
      } else if (!knowledge.text?.includes(`id: ${m.entityId}`)) {
        const entry = entityEntry({ id: m.entityId, type: m.type, name: canonical, aliases: entity?.aliases.slice(0, 5) ?? [] });
        actions.push({ title: t.addEntity(canonical, (t as unknown as Record<string, string>)[m.type] ?? m.type), kind: CodeActionKind.Refactor, edit: knowledgeEdit(knowledge, entry) });
      }
    }
    // A selection the analysis does not know as an entity: offer it as a person or an organization.
    const selected = analysis.text.slice(start, end).trim();
    if (selected && !/[\r\n]/.test(selected) && selected.length <= 120 && !mentions.length) {
      for (const type of ['person', 'organization'] as const) {
        const entry = entityEntry({ type, name: selected, aliases: [] });
        actions.push({ title: t.addEntity(selected, (t as unknown as Record<string, string>)[type]), kind: CodeActionKind.Refactor, edit: knowledgeEdit(knowledge, entry) });
      }
    }
  }

  // Mark a finding as reviewed.
  for (const d of params.context.diagnostics) {
    const data = d.data as DiagnosticData | undefined;
    if (d.source !== SOURCE || !data?.code || data.reviewed) continue;
    actions.push({
      title: t.markReviewed(data.code),
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      command: { title: t.markReviewed(data.code), command: ServerCommands.markReviewed, arguments: [{ uri, code: data.code, text: data.text, message: d.message }] },
    });
  }
  return actions;
}

/**
 * The spelling that is clearly right for `written`, if `other` is one: they differ only in ways a
 * reader cannot see or that are plainly slips — tone-mark placement, Unicode form, look-alike
 * letters, case (the core's matching key is the same) — and not in letters or diacritics themselves.
 */
function clearlyRightSpelling(written: string, other: unknown): string | undefined {
  if (typeof other !== 'string' || !other || other === written) return undefined;
  return matchKey(other) === matchKey(written) ? other : undefined;
}

function yamlString(s: string): string {
  return /^[\p{L}\p{N} .\-'’():]+$/u.test(s) && !/^[-?:,\[\]{}#&*!|>'"%@`\s]/.test(s) && !/:\s|\s#/.test(s) ? s : JSON.stringify(s);
}

/** One entry of the knowledge file's `entities:` list, as lines without the list indentation. */
function entityEntry(e: { id?: string; type: string; name: string; aliases: string[] }): string[] {
  const lines: string[] = [];
  if (e.id) lines.push(`id: ${yamlString(e.id)}`);
  lines.push(`type: ${e.type}`, `name: ${yamlString(e.name)}`);
  if (e.aliases.length) lines.push(`aliases: [${e.aliases.map(yamlString).join(', ')}]`);
  return lines;
}

/**
 * An edit adding an entry to the knowledge file's `entities:` list: creating the file when it does
 * not exist, adding the list when it has none, matching the list's indentation when it has one.
 */
export function knowledgeEdit(k: KnowledgeFileState, entry: string[]): WorkspaceEdit {
  const item = (indent: string) => entry.map((line, i) => `${indent}${i ? '  ' : '- '}${line}\n`).join('');
  if (k.text === undefined) {
    const text = `# Communiqué workspace knowledge: entities, aliases and roles (see docs/knowledge.md).\nentities:\n${item('  ')}`;
    return {
      documentChanges: [
        { kind: 'create', uri: k.uri, options: { ignoreIfExists: true } },
        { textDocument: { uri: k.uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
      ],
    };
  }
  const positions = new Positions(k.text);
  const lines = k.text.split(/\r\n|\r|\n/);
  const listLine = lines.findIndex((l) => /^entities:\s*(#.*)?$/.test(l));
  let edit: TextEdit;
  if (listLine < 0) {
    const sep = k.text === '' || /[\r\n]$/.test(k.text) ? '' : '\n';
    edit = { range: { start: positions.end(), end: positions.end() }, newText: `${sep}entities:\n${item('  ')}` };
  } else {
    // Insert right after `entities:`, with the indentation of its first item (YAML needs one per list).
    const first = lines.slice(listLine + 1).find((l) => /^\s*-\s/.test(l));
    const indent = first ? /^(\s*)/.exec(first)![1] : '  ';
    const at = { line: listLine + 1, character: 0 };
    edit = listLine + 1 < lines.length ? { range: { start: at, end: at }, newText: item(indent) } : { range: { start: positions.end(), end: positions.end() }, newText: `\n${item(indent)}` };
  }
  if (k.documentChanges) return { documentChanges: [{ textDocument: { uri: k.uri, version: k.version }, edits: [edit] }] };
  return { changes: { [k.uri]: [edit] } };
}
