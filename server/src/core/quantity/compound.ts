/**
 * Compound quantities: two figures in a row that are one measure in a larger and a smaller unit
 * (`7 feet 10 inches`, `2 năm 3 tháng`, `2 years and 3 months`, `20 dollars and 50 cents`), and a
 * measure followed by `rưỡi` (`hai năm rưỡi`, `3 tiếng rưỡi`: and a half), and an amount written in two
 * scales (`2 triệu 500 nghìn đồng`, `3 tỷ 200 triệu đồng`). The pair becomes one
 * figure in the larger unit (7 ft 10 in = 7.8333 ft); one pass over the drafts, in order.
 */
import type { FigureDraft, FigureContext } from './figures';
import type { Token } from './tokens';
import { SUBUNIT_HEADS } from './currencies';
import { readNumberWords } from './numberWords';

/** How many of the smaller unit make one of the larger. */
const RATIOS: Record<string, Record<string, number>> = {
  ft: { in: 12 },
  yd: { ft: 3, in: 36 },
  mi: { yd: 1760, ft: 5280 },
  lb: { oz: 16 },
  km: { m: 1000 },
  m: { cm: 100, mm: 1000 },
  cm: { mm: 10 },
  t: { kg: 1000 },
  kg: { g: 1000 },
  year: { month: 12, week: 52, day: 365 },
  week: { day: 7 },
  day: { hour: 24 },
  hour: { minute: 60 },
  minute: { second: 60 },
  USD: { USD: 1 },
  GBP: { GBP: 1 },
  EUR: { EUR: 1 },
};

/** Sizes in one base unit per dimension (metre, kilogram, second), for pairs RATIOS does not list. */
const BASE: Record<string, number> = {
  km: 1000, m: 1, cm: 0.01, mm: 0.001, mi: 1609.344, yd: 0.9144, ft: 0.3048, in: 0.0254,
  t: 1000, kg: 1, g: 0.001, mg: 1e-6, lb: 0.45359237, oz: 0.028349523125,
  year: 31536000, month: 2592000, week: 604800, day: 86400, hour: 3600, minute: 60, second: 1,
};
const DIMENSION: Record<string, string> = {
  km: 'length', m: 'length', cm: 'length', mm: 'length', mi: 'length', yd: 'length', ft: 'length', in: 'length',
  t: 'mass', kg: 'mass', g: 'mass', mg: 'mass', lb: 'mass', oz: 'mass',
  year: 'time', month: 'time', week: 'time', day: 'time', hour: 'time', minute: 'time', second: 'time',
};

/** Imperial measures whose parts a comma may join (`7 feet, 10 inches`). */
const COMMA_UNITS = new Set(['mi', 'yd', 'ft', 'lb']);

/** How many of `small` make one `large`, when both measure one dimension and `small` is smaller. */
function ratioOf(large: string, small: string): number | undefined {
  const r = RATIOS[large]?.[small];
  if (r !== undefined) return r;
  if (!DIMENSION[large] || DIMENSION[large] !== DIMENSION[small] || !BASE[large] || !BASE[small]) return undefined;
  const q = BASE[large] / BASE[small];
  return q > 1 ? q : undefined;
}

function round(v: number): number {
  // (A whole number of at most twelve digits is its own rounding; zero of either sign rounds to 0.)
  if (Number.isInteger(v) && v < 1e12 && v > -1e12) return v === 0 ? 0 : v;
  return Number(v.toPrecision(12));
}

/** Merges compound pairs in place (the drafts stay in text order). */
export function mergeCompounds(fc: FigureContext, drafts: FigureDraft[]): FigureDraft[] {
  const { tokens } = fc;
  const out: FigureDraft[] = [];
  for (let k = 0; k < drafts.length; k++) {
    const a = drafts[k];
    const fa = a.figure;
    // `2 triệu 500 nghìn đồng`, `3 tỷ 200 triệu đồng`, `2 million 500 thousand dollars`: a scaled number
    // with no unit, then the rest below its scale with the unit.
    const nb = drafts[k + 1];
    if (nb && fa.kind === 'number' && fa.unit === null && typeof fa.value === 'number' && fa.value >= 1000 && nb.t0 === a.t1 && !tokens[nb.t0].nl && typeof nb.figure.value === 'number' && nb.figure.unit && !nb.figure.qualifier && !nb.changeDirection) {
      const scale = Math.pow(1000, Math.floor(Math.log10(fa.value) / 3));
      if (fa.value % scale === 0 && nb.figure.value < scale && nb.figure.value > 0) {
        fa.value = round(fa.value + nb.figure.value);
        fa.unit = nb.figure.unit;
        fa.kind = nb.figure.kind;
        fa.end = nb.figure.end;
        a.t1 = nb.t1;
        delete fa.readings;
        out.push(a);
        k++;
        continue;
      }
    }
    if (typeof fa.value === 'number' && (fa.kind === 'measure' || fa.kind === 'money') && fa.unit && !a.changeDirection) {
      // `hai năm rưỡi`, `3 tiếng rưỡi`: and a half.
      const r = tokens[a.t1];
      if (fa.kind === 'measure' && r && r.type === 'word' && r.text === 'rưỡi' && r.space && !r.nl && !fc.consumed[a.t1]) {
        fa.value = round(fa.value + 0.5);
        fa.end = r.end;
        a.t1++;
      }
      // Then the smaller units that follow (`7 feet 10 inches`, `2 yards, 7 feet and 10 inches`,
      // `1 year 2 days 3 hours`), each smaller than the one before and below one of it.
      let last = fa.unit;
      let merged = false;
      for (;;) {
        const b = drafts[k + 1];
        if (!b || typeof b.figure.value !== 'number' || typeof fa.value !== 'number' || !b.figure.unit || b.changeDirection || b.figure.bound !== 'exact' || b.figure.qualifier || tokens[b.t0].nl) break;
        // Adjacent, or joined by `and`/`và` or a comma (`2 years and 3 months`, `7 feet, 10 inches`).
        const gap = b.t0 - a.t1;
        const sep = tokens[a.t1];
        const joiner = (x: Token | undefined) => !!x && !x.nl && ['and', 'và'].includes(x.text);
        // (A comma joins feet and inches or a duration's parts only: `5 tấn, 300 kg` may be a list.)
        const comma = !!sep && sep.text === ',' && !sep.nl && (COMMA_UNITS.has(fa.unit) || DIMENSION[fa.unit] === 'time');
        const joined = gap === 0 || (gap === 1 && (joiner(sep) || comma)) || (gap === 2 && comma && joiner(tokens[a.t1 + 1]));
        const ub = b.figure.unit;
        const sameKind = fa.kind === b.figure.kind;
        if (!joined || !sameKind) break;
        if (fa.kind === 'money') {
          // Money only as dollars and cents: `20 dollars and 50 cents`, `2 đô 23 xu`, `20 rupees 43
          // cents`, never two amounts in a list (no comma); the cents are of the currency before them.
          const cents = b.figure.kind === 'money' && SUBUNIT_HEADS.has(tokens[b.t1 - 1]?.text ?? '');
          if (merged || comma || !(b.figure.value < 1) || !(RATIOS[fa.unit]?.[ub] !== undefined || cents)) break;
          fa.value = round(fa.value + b.figure.value);
        } else {
          const step = ratioOf(last, ub);
          const whole = ratioOf(fa.unit, ub);
          if (fa.kind !== 'measure' || !step || !whole || !(b.figure.value < step)) break;
          fa.value = round(fa.value + b.figure.value / whole);
          last = ub;
        }
        fa.end = b.figure.end;
        a.t1 = b.t1;
        if (b.figure.readings) delete fa.readings;
        merged = true;
        k++;
      }
      // `$20 43`, `20 ringgit and 43c`, `hai đô 23`: a small amount of a currency and the cents after
      // it, a bare number below a hundred that ends the phrase.
      if (!merged && fa.kind === 'money' && typeof fa.value === 'number' && Number.isInteger(fa.value) && fa.value < 10000 && /^[A-Z]{3}$/.test(fa.unit) && !fa.qualifier) {
        let j = a.t1;
        if (tokens[j] && !tokens[j].nl && ['and', 'và'].includes(tokens[j].text)) j++;
        const x = tokens[j];
        const next = drafts[k + 1];
        let cents: { value: number; end: number } | null = null;
        if (x && x.space && !x.nl && !(next && next.t0 <= j)) {
          if (x.type === 'num' && /^\d{1,2}$/.test(x.text)) cents = { value: Number(x.text), end: j + 1 };
          else if (x.type === 'word') {
            const wn = readNumberWords(tokens, j);
            if (wn && wn.value < 100 && Number.isInteger(wn.value) && x.text !== 'a' && x.text !== 'an') cents = { value: wn.value, end: wn.end };
          }
          // (`43c`: glued cents.)
          if (cents && tokens[cents.end]?.text === 'c' && !tokens[cents.end].space) cents.end++;
        }
        const after = cents ? tokens[cents.end] : undefined;
        if (cents && cents.value > 0 && (!after || after.nl || (after.type === 'punct' && /^[.,;)]$/.test(after.text)))) {
          fa.value = round(fa.value + cents.value / 100);
          fa.end = tokens[cents.end - 1].end;
          a.t1 = cents.end;
        }
      }
    }
    out.push(a);
  }
  return out;
}
