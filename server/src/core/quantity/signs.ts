/**
 * Signs: a negative figure written with a minus sign glued to the number (`-504`, `−5 °C`,
 * `-3,5%`) or a word (`âm 1.200.000 đồng`, `tăng trưởng âm 2%`, `minus 3 million dollars`). The
 * sign is part of the figure's span and its value is negative; a dash between two numbers (`5-7`)
 * or after a word (`COVID-19`) is no sign.
 */
import type { FigureContext, FigureDraft } from './figures';
import { startsWordNumber } from './numberWords';
import { CHANGE } from './tables';

export const SIGN_WORDS = new Set(['-', '−', 'âm', 'minus']);

/** The token the signed number starts at, or -1 when the token at i is no sign. */
export function signedAt(fc: FigureContext, i: number): number {
  const { tokens } = fc;
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!next || next.nl || fc.consumed[i + 1]) return -1;
  if (t.type === 'punct') {
    // Glued to the number, apart from what comes before (`-504`, `(-5)`, `: -3,5%`).
    if (next.type !== 'num' || next.space) return -1;
    const prev = tokens[i - 1];
    if (prev && !t.space && !(prev.type === 'punct' && '([:'.includes(prev.text))) return -1;
    if (prev && prev.type === 'num') return -1;
    // A bullet at the start of a line (`-5 dự án`) is written with a space; glued it is a sign.
    return i + 1;
  }
  // `âm 1.200.000`, `minus 3`, `minus three degrees`.
  if (!next.space) return -1;
  if (next.type === 'num') return i + 1;
  if (t.text === 'minus' && next.type === 'word' && startsWordNumber(next.text)) return i + 1;
  return -1;
}

/** The figure read after a sign, negated and widened to take the sign in. */
export function negate(fc: FigureContext, d: FigureDraft, i: number): FigureDraft {
  const f = d.figure;
  // A dash before a count at the start of a line is no sign: `-5 dự án` is a list's bullet (`minus 3
  // points`, `fell to -504 points` are signed).
  if ((f.kind === 'count' || f.kind === 'multiple') && fc.tokens[i].type === 'punct' && (i === 0 || fc.tokens[i].nl || fc.tokens[i - 1].type === 'punct')) return d;
  // `giảm -14,3%`, `fell -3%`: the sign repeats the verb; the change is down by the magnitude.
  // (`tăng trưởng âm 2%` is growth of minus two per cent.)
  const ch = i > 0 ? CHANGE.matchEndingAt(fc.tokens, i - 1) : null;
  if (ch && !d.changeDirection) {
    d.changeDirection = ch.value;
    d.c0 = ch.start;
  }
  f.start = fc.tokens[i].start;
  d.t0 = i;
  d.c0 = Math.min(d.c0, i);
  if (d.changeDirection === 'down') return d;
  if (typeof f.value === 'number') f.value = -f.value;
  // (`-5 đến 10 độ C`: the sign is the low end's.)
  else f.value = [-f.value[0], f.value[1]];
  if (f.readings) {
    for (const r of f.readings) {
      if (typeof r.value === 'number') r.value = -r.value;
      else r.value = [-r.value[0], r.value[1]];
    }
  }
  return d;
}
