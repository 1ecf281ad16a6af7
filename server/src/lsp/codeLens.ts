/**
 * A code lens on the article's first line summarising it: how many entities, figures and
 * findings. Clicking it runs "Check consistency" for the workspace.
 */
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import type { FeatureContext } from './context';
import { messages } from './messages';
import { ClientCommands } from './protocol';

export function codeLenses(ctx: FeatureContext, params: CodeLensParams): CodeLens[] {
  const located = ctx.index.get(params.textDocument.uri);
  if (!located) return [];
  const { analysis, positions } = located;
  const entities = new Set(analysis.entities.filter((m) => m.type !== 'date').map((m) => m.entityId)).size;
  const findings = analysis.findings.filter((f) => !ctx.reviewed.hides(analysis.uri, analysis.text, f)).length;
  const title = messages(ctx.locale).summary(entities, analysis.figures.length, findings);
  const first = analysis.structure.blocks[0] ?? { start: 0, end: 0 };
  return [{ range: positions.range({ start: first.start, end: first.start }), command: { title, command: ClientCommands.checkConsistency } }];
}
