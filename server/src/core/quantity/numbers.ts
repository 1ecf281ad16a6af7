/**
 * Reading a digit literal under the two separator conventions.
 *
 * Vietnamese writes `1.234.567,8` (thousands dot, decimal comma), English `1,234,567.8`. A literal
 * with one separator followed by exactly three digits (`4.743`, `30,000`) is valid under both and
 * must be decided from evidence (see `decide`). A literal valid under neither (`2.5.2023`) is not a
 * number.
 */

export type Convention = 'vi' | 'en';

export interface LiteralReadings {
  vi: number | null;
  en: number | null;
}

/** Reads `lit` under one convention: `group` is the thousands separator, `dec` the decimal one. */
function readAs(lit: string, group: string, dec: string): number | null {
  const d = lit.indexOf(dec);
  if (d >= 0 && lit.indexOf(dec, d + 1) >= 0) return null;
  const intPart = d >= 0 ? lit.slice(0, d) : lit;
  const frac = d >= 0 ? lit.slice(d + 1) : '';
  if (d >= 0 && frac.includes(group)) return null;
  const groups = intPart.split(group);
  if (groups.length > 1) {
    // (A first group of `0` is no thousands: `0.002` is two thousandths.)
    if (groups[0].length < 1 || groups[0].length > 3 || /^0/.test(groups[0])) return null;
    for (let k = 1; k < groups.length; k++) if (groups[k].length !== 3) return null;
  }
  const s = groups.join('') + (frac ? '.' + frac : '');
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

export function readLiteral(lit: string): LiteralReadings {
  if (!/[.,]/.test(lit)) {
    const v = Number(lit);
    return { vi: v, en: v };
  }
  return { vi: readAs(lit, '.', ','), en: readAs(lit, ',', '.') };
}

/** True when the literal's separator convention is unambiguous (evidence about the document). */
export function literalEvidence(lit: string): Convention | null {
  const r = readLiteral(lit);
  if (r.vi !== null && r.en === null) return 'vi';
  if (r.en !== null && r.vi === null) return 'en';
  return null;
}

/** Is this literal ambiguous (both readings valid and different)? */
export function isAmbiguous(r: LiteralReadings): boolean {
  return r.vi !== null && r.en !== null && r.vi !== r.en;
}
