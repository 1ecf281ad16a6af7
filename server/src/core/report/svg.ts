/**
 * One chart per series: the values the corpus states for one metric and subject, over their
 * periods, as an inline SVG string. Pure and small: no library, no script, no style attribute (a
 * webview's Content-Security-Policy forbids inline styles; classes are styled by the report's own
 * stylesheet, so the chart follows the editor's theme). Every text from an article or a path is
 * escaped; each point is a link to the place the value is written.
 *
 * Layout: periods left to right in time order (a category each, whatever its length), the
 * values on a linear axis from zero; the middle value of each dated period joined by a line;
 * values with no period in a last column of their own; a range a figure allows as a bar.
 */
import type { MessageLocale } from '../types';
import { formatNumber } from '../messages/format';
import type { ReportSeries, SeriesPoint } from './model';
import { escapeXml, locationHref } from './htmlEscape';

const W = 640;
const H = 240;
const M = { top: 26, right: 16, bottom: 44, left: 58 };

const SCALES: { at: number; vi: string; en: string }[] = [
  { at: 1e12, vi: 'nghìn tỷ', en: 'trillion' },
  { at: 1e9, vi: 'tỷ', en: 'billion' },
  { at: 1e6, vi: 'triệu', en: 'million' },
  { at: 1e3, vi: 'nghìn', en: 'thousand' },
];

/** A step of 1, 2 or 5 × 10^k that divides `max` into about four intervals. */
function niceStep(max: number): number {
  const raw = max / 4;
  const p = Math.pow(10, Math.floor(Math.log10(raw)));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

export function seriesChart(s: ReportSeries, locale: MessageLocale): string {
  const pts = s.points;
  const categories: { label: string; period: string | null; points: SeriesPoint[] }[] = [];
  for (const p of pts) {
    const last = categories[categories.length - 1];
    if (last && last.period === p.period) last.points.push(p);
    else categories.push({ label: p.periodLabel, period: p.period, points: [p] });
  }
  const maxV = Math.max(...pts.map((p) => p.high), 0);
  const minV = Math.min(...pts.map((p) => p.low), 0);
  const step = niceStep(Math.max(maxV - minV, Math.abs(maxV), 1e-9));
  const top = Math.ceil(maxV / step) * step || step;
  const bottom = Math.floor(minV / step) * step;
  const scale = s.unit === '%' || s.kind === 'percent' ? undefined : SCALES.find((x) => Math.abs(top) >= x.at * 1.5);
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const y = (v: number) => M.top + plotH - ((v - bottom) / (top - bottom)) * plotH;
  const band = plotW / categories.length;
  const x = (i: number) => M.left + band * (i + 0.5);
  const out: string[] = [];
  const unitCaption = [scale ? scale[locale] : '', s.unit && s.unit !== '%' ? s.unit : s.unit === '%' ? '%' : ''].filter(Boolean).join(' ');
  out.push(
    `<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeXml(s.title)}" xmlns="http://www.w3.org/2000/svg">`,
  );
  // Grid and the value axis.
  for (let v = bottom; v <= top + step / 2; v += step) {
    const yy = y(v).toFixed(1);
    out.push(`<line class="grid" x1="${M.left}" x2="${W - M.right}" y1="${yy}" y2="${yy}"/>`);
    const label = formatNumber(scale ? v / scale.at : v, locale, 2);
    out.push(`<text class="tick" x="${M.left - 6}" y="${yy}" dy="0.32em" text-anchor="end">${escapeXml(label)}</text>`);
  }
  // The unit above the value axis, clear of its top label.
  if (unitCaption) out.push(`<text class="tick unit" x="2" y="10">${escapeXml(unitCaption)}</text>`);
  // Period labels on up to two lines of their band, shortened past that (the full label is in
  // each point's tooltip).
  const maxChars = Math.max(4, Math.floor(band / 6.2));
  categories.forEach((c, i) => {
    const lines = wrap(c.label, maxChars);
    const tspans = lines.map((l, k) => `<tspan x="${x(i).toFixed(1)}" dy="${k ? '1.2em' : '0'}">${escapeXml(l)}</tspan>`).join('');
    out.push(`<text class="period${c.period ? '' : ' undated'}" x="${x(i).toFixed(1)}" y="${H - M.bottom + 16}" text-anchor="middle">${tspans}</text>`);
  });
  // The line through each dated period's middle value.
  const line = categories
    .map((c, i) => (c.period ? `${x(i).toFixed(1)},${y(median(c.points.map((p) => p.value))).toFixed(1)}` : ''))
    .filter(Boolean);
  if (line.length > 1) out.push(`<polyline class="trend" points="${line.join(' ')}"/>`);
  // The points: a link each, with a tooltip; values of one period spread a little apart.
  categories.forEach((c, i) => {
    const n = c.points.length;
    const spread = Math.min(10, band / (n + 1));
    c.points.forEach((p, k) => {
      const px = x(i) + (k - (n - 1) / 2) * spread;
      const cls = ['pt', p.conflict ? 'conflict' : '', p.undated ? 'undated' : ''].filter(Boolean).join(' ');
      const tip = `${p.phrase} — ${p.periodLabel} — ${p.at.path}:${p.at.line}${p.conflict ? (locale === 'vi' ? ' — mâu thuẫn' : ' — conflicting') : ''}`;
      out.push(
        `<a class="loc" href="${escapeXml(locationHref(p.at))}" data-uri="${escapeXml(p.at.uri)}" data-line="${p.at.line}" data-column="${p.at.column}" data-end-line="${p.at.endLine}" data-end-column="${p.at.endColumn}" aria-label="${escapeXml(tip)}">`,
      );
      out.push(`<title>${escapeXml(tip)}</title>`);
      if (p.high > p.low) out.push(`<line class="range" x1="${px.toFixed(1)}" x2="${px.toFixed(1)}" y1="${y(p.low).toFixed(1)}" y2="${y(p.high).toFixed(1)}"/>`);
      if (p.conflict) out.push(`<circle class="ring" cx="${px.toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="8"/>`);
      out.push(`<circle class="${cls}" cx="${px.toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="4.5"/>`);
      out.push('</a>');
    });
  });
  out.push(`<line class="axis" x1="${M.left}" x2="${W - M.right}" y1="${y(bottom).toFixed(1)}" y2="${y(bottom).toFixed(1)}"/>`);
  out.push('</svg>');
  return out.join('');
}

/** Words in at most two lines of `max` characters; a longer rest is cut with an ellipsis. */
function wrap(label: string, max: number): string[] {
  const lines: string[] = [''];
  for (const word of label.split(' ')) {
    const line = lines[lines.length - 1];
    if (!line) lines[lines.length - 1] = word;
    else if (line.length + 1 + word.length <= max) lines[lines.length - 1] = `${line} ${word}`;
    else lines.push(word);
  }
  const shown = lines.slice(0, 2).map((l) => (l.length > max ? l.slice(0, max - 1) + '…' : l));
  if (lines.length > 2) shown[1] = shown[1].slice(0, Math.max(0, max - 1)).replace(/…?$/, '…');
  return shown;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
