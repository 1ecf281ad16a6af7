/**
 * Escaping for the HTML report and its charts. Everything the report shows that an article or a
 * file name can influence goes through `escapeXml` (text and attribute values alike); links go
 * through `locationHref`, which only ever gives a `file:` URI or `#`, never `command:`,
 * `javascript:` or any other scheme.
 */
import type { ReportLocation } from './model';

const XML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(s: string): string {
  // Control characters other than tab and newline are not allowed in HTML text.
  return s.replace(/[&<>"']/g, (c) => XML[c]).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\uFFFD');
}

/** A link to a location for a page opened outside the editor: the article's file URI and a line. */
export function locationHref(at: Pick<ReportLocation, 'uri' | 'line' | 'column'>): string {
  const uri = at.uri.startsWith('/') ? `file://${at.uri}` : at.uri;
  if (!/^file:\/\//i.test(uri)) return '#';
  const target = uri.replace(/[^A-Za-z0-9\-._~:/%@!$&'()*+,;=]/g, (c) => encodeURIComponent(c));
  return `${target}#L${at.line},${at.column}`;
}
