/**
 * Inlay hints: the normalized value after each figure (`≈1,200,000,000 USD`) and the ISO value
 * after each date whose text does not already say it. Off when `communique.inlayHints.enabled`
 * is false.
 */
import { InlayHintKind, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import type { FeatureContext } from './context';
import { formatFigure } from './format';

export function inlayHints(ctx: FeatureContext, params: InlayHintParams): InlayHint[] {
  if (!ctx.settings.inlayHints) return [];
  const located = ctx.index.get(params.textDocument.uri);
  if (!located) return [];
  const { analysis, positions } = located;
  const start = positions.offset(params.range.start);
  const end = positions.offset(params.range.end);
  const hints: InlayHint[] = [];
  for (const f of analysis.figures) {
    if (f.end < start || f.end > end) continue;
    hints.push({
      position: positions.position(f.end),
      label: ` = ${formatFigure(f, ctx.locale)}${f.period ? ` · ${f.period}` : ''}`,
      kind: InlayHintKind.Type,
      paddingLeft: false,
      tooltip: f.metric ? `${f.metric}` : undefined,
    });
  }
  for (const m of analysis.entities) {
    if (m.type !== 'date' || m.end < start || m.end > end) continue;
    const iso = m.value ?? m.canonical;
    if (!iso || m.text.includes(iso)) continue;
    hints.push({ position: positions.position(m.end), label: ` = ${iso}`, kind: InlayHintKind.Type, tooltip: m.resolvedFrom });
  }
  return hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}
