/**
 * Inlay hints: the normalized value after each figure (`≈1,200,000,000 USD`) and the ISO value
 * after each date whose text does not already say it. Off when `communique.inlayHints.enabled`
 * is false. A hint sits inside the article's text, so its number is written in the article's
 * convention (`4.743` in a Vietnamese article, where `4,743` would read as a decimal), and it is
 * kept short enough that the editor does not cut it; the metric and period are in its tooltip.
 */
import { InlayHintKind, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import { metricName, periodPhrase } from '../core/index';
import type { FeatureContext } from './context';
import { formatFigure } from './format';

/** VS Code cuts inlay hints longer than this (`editor.inlayHints.maximumLength`, 43 by default). */
const MAX_LABEL = 40;

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
    const value = ` = ${formatFigure(f, analysis.language)}`;
    const period = f.period ? ` · ${f.period}` : '';
    const tooltip = [f.metric ? metricName(f.metric, ctx.locale) : '', f.period ? periodPhrase(f.period, ctx.locale) : ''].filter(Boolean).join(' · ');
    hints.push({
      position: positions.position(f.end),
      label: value.length + period.length <= MAX_LABEL ? value + period : value,
      kind: InlayHintKind.Type,
      paddingLeft: false,
      tooltip: tooltip || undefined,
    });
  }
  for (const m of analysis.entities) {
    if (m.type !== 'date' || m.end < start || m.end > end) continue;
    const iso = m.value ?? m.canonical;
    if (!iso || m.text.includes(iso)) continue;
    hints.push({ position: positions.position(m.end), label: ` = ${iso}`, kind: InlayHintKind.Type });
  }
  return hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}
