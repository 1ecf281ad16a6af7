/**
 * Normalized renderings of numbers, figures and periods for finding messages, in Vietnamese or
 * English. Messages never quote a figure only as written: they restate it in one convention so
 * that `1,24 tỷ USD` and `1.240 triệu USD` read the same (`1.24 billion USD`).
 */
import type { Figure, IsoPeriod, MessageLocale } from '../types';
import { parsePeriod } from '../claims/period';

/** A number with the locale's decimal mark and thousands separator, at most `digits` decimals. */
export function formatNumber(n: number, locale: MessageLocale, digits = 2): string {
  const neg = n < 0;
  const abs = Math.abs(n);
  let [int, frac = ''] = abs.toFixed(digits).split('.');
  frac = frac.replace(/0+$/, '');
  const sep = locale === 'vi' ? '.' : ',';
  const dec = locale === 'vi' ? ',' : '.';
  int = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return (neg ? '-' : '') + int + (frac ? dec + frac : '');
}

const SCALES: { at: number; vi: string; en: string }[] = [
  { at: 1e12, vi: 'nghìn tỷ', en: 'trillion' },
  { at: 1e9, vi: 'tỷ', en: 'billion' },
  { at: 1e6, vi: 'triệu', en: 'million' },
];

/** `600 triệu USD` / `600 million USD`, `2,5%` / `2.5%`, `gấp 3 lần` / `3 times`. */
export function formatAmount(value: number, unit: string | null, kind: Figure['kind'], locale: MessageLocale): string {
  if (kind === 'percent' || unit === '%') return `${formatNumber(value, locale, 2)}%`;
  if (unit === 'bp') return `${formatNumber(value, locale, 2)} ${locale === 'vi' ? 'điểm cơ bản' : 'basis points'}`;
  if (kind === 'percentagePoints' || unit === 'pp') {
    return `${formatNumber(value, locale, 2)} ${locale === 'vi' ? 'điểm phần trăm' : 'percentage points'}`;
  }
  if (kind === 'multiple') return locale === 'vi' ? `gấp ${formatNumber(value, locale)} lần` : `${formatNumber(value, locale)} times`;
  let scaled = formatNumber(value, locale, 2);
  const abs = Math.abs(value);
  for (const s of SCALES) {
    if (abs >= s.at) {
      scaled = `${formatNumber(value / s.at, locale, 2)} ${locale === 'vi' ? s.vi : s.en}`;
      break;
    }
  }
  return unit ? `${scaled} ${kind === 'count' && !sameLanguage(unit, locale) ? `\`${unit}\`` : unit}` : scaled;
}

/** Vietnamese letters beyond ASCII: a counted noun with one is the text's Vietnamese. */
const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/iu;
/**
 * Whether a counted noun as written reads in the message's language: a Vietnamese one (`lượt
 * khách`) in an English message is quoted as the text's word (`2.7 million \`lượt khách\``), never
 * left as if the message were written in two languages. (In a Vietnamese message every noun is
 * left as written: many Vietnamese nouns have no marks, `xe`, `con`.)
 */
function sameLanguage(unit: string, locale: MessageLocale): boolean {
  return locale === 'vi' || !VIETNAMESE_LETTER.test(unit);
}

/** A figure's value (a range as `a–b`) with its unit, normalized. */
export function formatFigure(f: Pick<Figure, 'value' | 'unit' | 'kind'>, locale: MessageLocale): string {
  if (Array.isArray(f.value)) {
    const a = formatAmount(f.value[0], f.unit, f.kind, locale);
    const b = formatAmount(f.value[1], f.unit, f.kind, locale);
    return `${a} – ${b}`;
  }
  return formatAmount(f.value, f.unit, f.kind, locale);
}

/** A signed percentage change: `+69,5%` / `-27.6%`. */
export function formatChange(pct: number, locale: MessageLocale): string {
  return `${pct >= 0 ? '+' : '−'}${formatNumber(Math.abs(pct), locale, 1)}%`;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * A period for people: `2023`; `Q1 2023` / `quý I/2023`; `H1 2023` / `6 tháng đầu năm 2023`;
 * `Jan–Sep 2024` / `9 tháng đầu năm 2024`; `2016–2022` / `giai đoạn 2016–2022`; `17 Apr 2023` /
 * `17/4/2023`. Unparseable values are returned as they are.
 */
export function formatPeriod(iso: IsoPeriod, locale: MessageLocale): string {
  const p = parsePeriod(iso);
  if (!p) return iso;
  const vi = locale === 'vi';
  const { from, to } = p;
  switch (p.kind) {
    case 'year':
      return `${from.y}`;
    case 'month':
      return vi ? `tháng ${from.m}/${from.y}` : `${MONTHS_EN[from.m - 1]} ${from.y}`;
    case 'day':
      return vi ? `${from.d}/${from.m}/${from.y}` : `${from.d} ${MONTHS_EN[from.m - 1]} ${from.y}`;
    case 'quarter': {
      const q = ROMAN[(from.m - 1) / 3];
      return vi ? `quý ${q}/${from.y}` : `Q${(from.m + 2) / 3} ${from.y}`;
    }
    case 'half':
      if (from.m === 1) return vi ? `6 tháng đầu năm ${from.y}` : `H1 ${from.y}`;
      return vi ? `6 tháng cuối năm ${from.y}` : `H2 ${from.y}`;
    case 'months':
      if (from.y === to.y && from.m === 1 && !p.days) {
        return vi ? `${to.m} tháng đầu năm ${from.y}` : `Jan–${MONTHS_EN[to.m - 1]} ${from.y}`;
      }
      if (from.y === to.y && !p.days) {
        return vi ? `tháng ${from.m}–${to.m}/${from.y}` : `${MONTHS_EN[from.m - 1]}–${MONTHS_EN[to.m - 1]} ${from.y}`;
      }
      break;
    case 'years':
      return vi ? `giai đoạn ${from.y}–${to.y}` : `${from.y}–${to.y}`;
    case 'days':
      if (from.y === to.y && from.m === to.m) {
        return vi ? `${from.d}–${to.d}/${from.m}/${from.y}` : `${from.d}–${to.d} ${MONTHS_EN[from.m - 1]} ${from.y}`;
      }
      break;
  }
  const [a, b] = iso.split('/');
  return b ? `${formatPeriod(a, locale)} – ${formatPeriod(b, locale)}` : iso;
}

/** `a, b và c` / `a, b and c`. */
export function joinList(items: string[], locale: MessageLocale): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(', ')} ${locale === 'vi' ? 'và' : 'and'} ${last}`;
}

/**
 * The other statements a finding compares with, short enough for the Problems panel however large
 * the corpus: grouped by value (`164,8 triệu USD trong a.txt, b.txt và 3 bài khác`), at most three
 * values, at most two files each. Every location stays in the finding's related locations.
 */
export function summarizeOthers(
  others: { phrase: string; uri: string }[],
  here: string,
  locale: MessageLocale,
): string {
  // (A set a phrase, in the order of first mention: a figure restated by thousands of articles stays linear.)
  const byPhrase = new Map<string, Set<string>>();
  for (const o of others) {
    let files = byPhrase.get(o.phrase);
    if (!files) byPhrase.set(o.phrase, (files = new Set()));
    files.add(o.uri === here ? (locale === 'vi' ? 'bài này' : 'this article') : baseName(o.uri));
  }
  const entries = [...byPhrase].map(([phrase, set]) => {
    const files = [...set];
    const shown = files.slice(0, 2);
    if (files.length > 2) shown.push(locale === 'vi' ? `${files.length - 2} bài khác` : `${files.length - 2} more`);
    return `${phrase} ${locale === 'vi' ? 'trong' : 'in'} ${joinList(shown, locale)}`;
  });
  if (entries.length > 3) {
    const rest = entries.length - 3;
    return `${entries.slice(0, 3).join('; ')}; ${locale === 'vi' ? `và ${rest} giá trị khác` : `and ${rest} other values`}`;
  }
  return entries.join('; ');
}

const baseNames = new Map<string, string>();

/** The last path segment of a uri or path, for short messages. */
export function baseName(uri: string): string {
  let name = baseNames.get(uri);
  if (name === undefined) {
    const cut = uri.replace(/[\\/]+$/, '');
    const i = Math.max(cut.lastIndexOf('/'), cut.lastIndexOf('\\'));
    name = decodeURIComponentSafe(i >= 0 ? cut.slice(i + 1) : cut);
    if (baseNames.size > 10_000) baseNames.clear();
    baseNames.set(uri, name);
  }
  return name;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
