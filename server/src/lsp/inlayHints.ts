/**
 * Inlay hints: what the text leaves for the reader to work out, written after it — the value of
 * a figure written in words (`gấp đôi` = ×2, `hai dự án` = 2), the reading chosen for an ambiguous
 * separator (`30,000km` = 30.000 km), and the full date of a date the text gives without its year
 * or as a relative phrase (`ngày 13/11` = 13/11/2024, `năm ngoái` = 2023). A figure written in
 * digits needs no hint, and VS Code shows at most 43 characters of hints per line (a paragraph is
 * one line): hints where they add nothing would crowd out and cut those that do. A hint sits in
 * the article's text, so it is written in the article's convention (`4.743` in a Vietnamese
 * article, where `4,743` reads as a decimal); the metric and period are in its tooltip, in the
 * message language. Off when `communique.inlayHints.enabled` is false.
 */
import { InlayHintKind, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import type { EntityMention, Figure } from '../core/index';
import { metricName, periodPhrase } from '../core/index';
import { formatPeriod } from '../core/messages/format';
import type { FeatureContext } from './context';
import { formatFigure } from './format';

/** A figure whose value the reader has to work out: no digit in it, or digits read one of two ways. */
export function figureNeedsHint(f: Figure): boolean {
  return !/[0-9]/.test(f.text) || (f.readings?.length ?? 0) > 1;
}

/** A date the text gives incompletely: completed from the reference date, or with no year written. */
export function dateNeedsHint(m: EntityMention): boolean {
  const iso = m.value ?? m.canonical;
  return !!iso && /^\d{4}/.test(iso) && (!!m.resolvedFrom || !/\d{4}/.test(m.text));
}

export function inlayHints(ctx: FeatureContext, params: InlayHintParams): InlayHint[] {
  if (!ctx.settings.inlayHints) return [];
  const located = ctx.index.get(params.textDocument.uri);
  if (!located) return [];
  const { analysis, positions } = located;
  const start = positions.offset(params.range.start);
  const end = positions.offset(params.range.end);
  const hints: InlayHint[] = [];
  for (const f of analysis.figures) {
    if (f.end < start || f.end > end || !figureNeedsHint(f)) continue;
    const tooltip = [f.metric ? metricName(f.metric, ctx.locale) : '', f.period ? periodPhrase(f.period, ctx.locale) : ''].filter(Boolean).join(' · ');
    hints.push({
      position: positions.position(f.end),
      label: ` = ${formatFigure(f, analysis.language)}`,
      kind: InlayHintKind.Type,
      paddingLeft: false,
      tooltip: tooltip || undefined,
    });
  }
  for (const m of analysis.entities) {
    if (m.type !== 'date' || m.end < start || m.end > end || !dateNeedsHint(m)) continue;
    const iso = m.value ?? m.canonical;
    hints.push({ position: positions.position(m.end), label: ` = ${formatPeriod(iso, analysis.language)}`, kind: InlayHintKind.Type, tooltip: iso });
  }
  return hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}
