/**
 * Which files are articles. Shared by the client (which gives matching documents the
 * `communique-article` language) and the server (which indexes matching files on disk), so both
 * decide the same way: the path must match `communique.articles.include` and not
 * `communique.articles.exclude`, and the content must look like a news article.
 */

/** Converts a glob (`**`, `*`, `?`, `{a,b}`, `[...]`) to an anchored regular expression on `/` paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more folders; a trailing `**` matches everything.
        if (glob[i + 2] === '/') {
          re += '(?:.*/)?';
          i += 2;
        } else {
          re += '.*';
          i += 1;
        }
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += '(?:' + glob.slice(i + 1, close).split(',').map((alt) => globToRegExp(alt).source.slice(1, -1)).join('|') + ')';
        i = close;
      }
    } else if (c === '[') {
      const close = glob.indexOf(']', i);
      if (close < 0) re += '\\[';
      else {
        re += '[' + glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp('^' + re + '$');
}

/** True when `relativePath` (with `/` separators, relative to a workspace folder) is a candidate article path. */
export function matchesArticlePath(relativePath: string, include: string[], exclude: string[]): boolean {
  const p = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
  const hit = (globs: string[]) => globs.some((g) => globToRegExp(g.replace(/^\.\//, '')).test(p));
  return hit(include) && !hit(exclude);
}

/** Reasons a text is not an article; empty when it looks like one. Bounded work: reads the first 64 KiB. */
export function articleContentProblems(text: string): string[] {
  const sample = text.slice(0, 65536).replace(/^\uFEFF/, '');
  // A marker line is the user saying "this is an article".
  if (/^[ \t]*%\s*communique:/im.test(sample)) return [];
  const lines = sample.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l.length > 0).slice(0, 200);
  const problems: string[] = [];
  if (lines.length < 2) problems.push('fewer than two non-empty lines');
  if (/\u0000/.test(sample)) problems.push('binary content');
  const logLike = lines.filter((l) => /^(\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|\[?\d{2}:\d{2}:\d{2}|\[(?:INFO|WARN|ERROR|DEBUG|TRACE)\]|(?:INFO|WARN|ERROR|DEBUG|TRACE)\b)/i.test(l)).length;
  if (lines.length && logLike / lines.length > 0.3) problems.push('looks like a log');
  for (const sep of [',', ';', '\t', '|']) {
    const counts = lines.map((l) => l.split(sep).length - 1);
    const first = counts[0] ?? 0;
    const same = counts.filter((c) => c === first).length;
    if (first >= 2 && lines.length >= 3 && same / lines.length > 0.8 && !lines.some(isProse)) {
      problems.push('looks like a table');
      break;
    }
  }
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  const visible = (sample.match(/\S/gu) ?? []).length;
  if (visible && letters / visible < 0.6) problems.push('mostly not letters');
  if (!lines.some(isProse)) problems.push('no prose sentence');
  return problems;
}

/** A line of prose: eight words or more, mostly words of letters, with sentence punctuation. */
function isProse(line: string): boolean {
  const words = line.split(/\s+/);
  if (words.length < 8) return false;
  const wordy = words.filter((w) => /\p{L}/u.test(w)).length;
  return wordy / words.length > 0.6 && /[.!?…:;"”»)]\s*$|[.!?…]\s/u.test(line);
}

export function looksLikeArticle(text: string): boolean {
  return articleContentProblems(text).length === 0;
}
