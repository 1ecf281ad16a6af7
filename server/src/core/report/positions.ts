/**
 * Offsets to 1-based line and column for reports. Columns count UTF-16 code units, as every span
 * of the core does (SARIF's `utf16CodeUnits` column kind); `\r\n`, `\n` and `\r` end lines.
 */
export interface LineIndex {
  /** 1-based line and column of a UTF-16 offset. */
  at(offset: number): { line: number; column: number };
}

export function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return {
    at(offset) {
      const o = Math.max(0, Math.min(offset, text.length));
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= o) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: o - starts[lo] + 1 };
    },
  };
}

/** A file path for a document uri: `file://` URIs decoded, relative to `cwd` when inside it. */
export function displayPath(uri: string, cwd?: string): string {
  let p = uri;
  if (/^file:\/\//i.test(p)) {
    try {
      p = decodeURIComponent(p.replace(/^file:\/\//i, ''));
      if (/^\/[A-Za-z]:/.test(p)) p = p.slice(1);
    } catch {
      /* keep the uri as it is */
    }
  }
  if (cwd) {
    const norm = (s: string) => s.replace(/\\/g, '/').replace(/\/+$/, '');
    const base = norm(cwd) + '/';
    const q = norm(p);
    if (q.startsWith(base)) return q.slice(base.length);
  }
  return p;
}

/** A URI reference for SARIF: a relative path (to `%SRCROOT%`) or an absolute `file://` URI. */
export function sarifUri(uri: string, cwd?: string): { uri: string; uriBaseId?: string } {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(uri) && !/^file:/i.test(uri)) return { uri };
  const p = displayPath(uri, cwd).replace(/\\/g, '/');
  const encoded = p.split('/').map(encodeURIComponent).join('/');
  if (/^([A-Za-z]:)?\//.test(p) || /^[A-Za-z]:/.test(p)) {
    return { uri: 'file://' + (p.startsWith('/') ? '' : '/') + encoded.replace(/^([A-Za-z])%3A/, '$1:') };
  }
  return cwd ? { uri: encoded, uriBaseId: '%SRCROOT%' } : { uri: encoded };
}
