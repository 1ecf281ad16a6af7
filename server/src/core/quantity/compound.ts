/**
 * Compound quantities: two figures in a row that are one measure in a larger and a smaller unit
 * (`7 feet 10 inches`, `2 năm 3 tháng`, `2 years and 3 months`, `20 dollars and 50 cents`), and a
 * measure followed by `rưỡi` (`hai năm rưỡi`, `3 tiếng rưỡi`: and a half), and an amount written in two
 * scales (`2 triệu 500 nghìn đồng`, `3 tỷ 200 triệu đồng`). The pair becomes one
 * figure in the larger unit (7 ft 10 in = 7.8333 ft); one pass over the drafts, in order.
 */
import type { FigureDraft, FigureContext } from './figures';
import { SUBUNIT_HEADS } from './currencies';

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

function round(v: number): number {
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
      const b = drafts[k + 1];
      if (b && typeof b.figure.value === 'number' && b.figure.unit && !b.changeDirection && b.figure.bound === 'exact' && !b.figure.qualifier) {
        // Adjacent, or joined by `and`/`và` (`2 years and 3 months`).
        const gap = b.t0 - a.t1;
        const joined = gap === 0 || (gap === 1 && ['and', 'và'].includes(tokens[a.t1].text) && !tokens[a.t1].nl);
        const ua = fa.unit;
        const ub = b.figure.unit;
        const ratio = RATIOS[ua]?.[ub];
        const sameKind = fa.kind === b.figure.kind;
        // (Money only as dollars and cents: `20 dollars and 50 cents`, `2 đô 23 xu`, `20 rupees 43
        // cents`, never two amounts in a list; the cents are of the currency before them.)
        const cents = fa.kind === 'money' && b.figure.kind === 'money' && SUBUNIT_HEADS.has(tokens[b.t1 - 1]?.text ?? '');
        const money = fa.kind === 'money' && b.figure.value < 1 && !tokens[b.t0].nl && (ratio !== undefined || cents);
        if (joined && (ratio || money) && sameKind && !tokens[b.t0].nl && (fa.kind === 'measure' || money) && (money || b.figure.value < ratio!)) {
          fa.value = round(fa.value + (fa.kind === 'money' ? b.figure.value : b.figure.value / ratio));
          fa.end = b.figure.end;
          a.t1 = b.t1;
          if (b.figure.readings) delete fa.readings;
          out.push(a);
          k++;
          continue;
        }
      }
    }
    out.push(a);
  }
  return out;
}
