/**
 * Finding messages may quote article text as Markdown code spans (`` `hơn 79%` ``) and stress a
 * word with `**…**`: right in a hover, wrong where the client shows plain text (the Problems panel,
 * a terminal, a CSV cell). `plainText` is that one conversion, made where plain text is written,
 * so the checks keep one wording: a code span becomes the quoted words (“hơn 79%”), emphasis marks
 * and backslash escapes go.
 */

const WORD = /[\p{L}\p{N}]/u;

/** Markdown of a message (code spans, `**`/`*` emphasis, backslash escapes) as plain text. */
export function plainText(md: string): string {
  if (!/[`*\\]/.test(md)) return md;
  let out = '';
  let i = 0;
  while (i < md.length) {
    const c = md[i];
    if (c === '\\' && i + 1 < md.length && /[!-/:-@[-`{-~]/.test(md[i + 1])) {
      out += md[i + 1];
      i += 2;
    } else if (c === '`') {
      let n = 0;
      while (md[i + n] === '`') n++;
      const close = md.indexOf('`'.repeat(n), i + n);
      if (close < 0) {
        out += md.slice(i, i + n);
        i += n;
      } else {
        out += `“${md.slice(i + n, close).trim()}”`;
        i = close + n;
      }
    } else if (c === '*' && md[i + 1] === '*') {
      i += 2; // Strong emphasis: the words stay, the marks go.
    } else if (c === '*' && WORD.test(md[i + 1] ?? '') !== WORD.test(md[i - 1] ?? '')) {
      i += 1; // An emphasis mark opens or closes at a word's edge (never `a*b` or `* `).
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** `plainText` on a finding's message and its related locations' messages (detail kept for hovers). */
export function plainFinding<F extends { message: string; related: { message: string }[] }>(f: F): F {
  return { ...f, message: plainText(f.message), related: f.related.map((r) => ({ ...r, message: plainText(r.message) })) };
}

/** An analysis whose findings read as plain text (for the CLI's outputs). */
export function plainAnalysis<D extends { findings: { message: string; related: { message: string }[] }[] }>(d: D): D {
  return { ...d, findings: d.findings.map(plainFinding) };
}

/**
 * A paragraph of Markdown that starts with a capital letter, even when the checks open it with a
 * name in lower case (`**kim ngạch thương mại hai chiều**, Việt Nam–Peru, …`).
 */
export function capitalizeFirst(md: string): string {
  return md.replace(/^((?:\*\*|\*|\s)*)(\p{Ll})/u, (_m, lead: string, c: string) => lead + c.toLocaleUpperCase());
}
