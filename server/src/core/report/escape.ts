/**
 * Escaping for every output format that shows names it does not control (file names above all):
 * each writer calls these at the one place it writes a name, a message or a link.
 *
 * - `plainLine`: one line of terminal text. Control characters (a newline in a file name) become
 *   visible escapes (`\n`, `\x1b`), so a name never splits a line or moves the cursor.
 * - `mdText`: text inside Markdown: every character with a meaning is backslash-escaped, and
 *   control characters shown as in `plainLine`.
 * - `mdLinkTarget`: a link destination: percent-encoded so it cannot end early, and never a
 *   scheme other than file, http(s) or untitled (no `command:` link).
 * - `safeMarkdown`: Markdown written by the checks, which may quote file names: outside code spans
 *   `<`, `[` and `]` are escaped, so no HTML, link, image or autolink can come from a name, and a
 *   `#` that begins a line, so no heading either.
 */

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function plainLine(s: string): string {
  return s.replace(CONTROL, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function mdText(s: string): string {
  return plainLine(s).replace(/[\\`*_{}[\]()#|<>!~&]/g, '\\$&');
}

const SAFE_SCHEMES = new Set(['file', 'http', 'https', 'untitled']);

export function mdLinkTarget(uri: string): string {
  const encoded = uri.replace(/[^A-Za-z0-9\-._~:/?#%&=+,;@$']/gu, (c) => (c === '(' ? '%28' : c === ')' ? '%29' : encodeURIComponent(c)));
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(encoded)?.[1]?.toLowerCase();
  // A Windows drive letter (C:) is a path, not a scheme.
  if (scheme && scheme.length > 1 && !SAFE_SCHEMES.has(scheme)) return `./${encoded}`;
  return encoded;
}

export function safeMarkdown(md: string): string {
  let out = '';
  let i = 0;
  while (i < md.length) {
    const c = md[i];
    if (c === '\\' && i + 1 < md.length && /[!-/:-@[-`{-~]/.test(md[i + 1])) {
      out += md.slice(i, i + 2); // Already an escape: kept as it is.
      i += 2;
    } else if (c === '`') {
      let n = 0;
      while (md[i + n] === '`') n++;
      const fence = '`'.repeat(n);
      let close = md.indexOf(fence, i + n);
      while (close >= 0 && md[close + n] === '`') {
        let k = close;
        while (md[k] === '`') k++;
        close = md.indexOf(fence, k);
      }
      if (close < 0) {
        out += fence.replace(/`/g, '\\`'); // An unmatched run is literal.
        i += n;
      } else {
        out += md.slice(i, close + n); // A code span shows its content literally.
        i = close + n;
      }
    } else if (c === '#' && atLineStart(out)) {
      out += '\\#'; // A name after a newline cannot make a heading.
      i++;
    } else {
      out += c === '<' ? '&lt;' : c === '[' ? '\\[' : c === ']' ? '\\]' : c;
      i++;
    }
  }
  return out;
}

/** True when nothing but spaces or tabs follow the last line break of `out` (or its start). */
function atLineStart(out: string): boolean {
  let k = out.length - 1;
  while (k >= 0 && (out[k] === ' ' || out[k] === '\t')) k--;
  return k < 0 || out[k] === '\n';
}
