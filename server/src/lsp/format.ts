/** Display forms of figures and dates, shared by hover, inlay hints and symbols. */
import type { Figure } from '../core/index';

const NUMBER = {
  en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 }),
  // Vietnamese: thousands dot, decimal comma (1.200.000.000; 2,5).
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 }),
};

export function formatNumber(v: number | [number, number], locale: 'en' | 'vi' = 'en'): string {
  const n = NUMBER[locale];
  return Array.isArray(v) ? `${n.format(v[0])}–${n.format(v[1])}` : n.format(v);
}

const BOUND_SIGN: Record<Figure['bound'], string> = { exact: '', approx: '≈', lower: '≥', upper: '≤' };

/** Durations read with CLDR's unit names: `8 years` / `8 năm`. */
const DURATIONS = new Set(['year', 'month', 'week', 'day', 'hour']);
const durationFormats = new Map<string, Intl.NumberFormat>();
function durationFormat(unit: string, locale: 'en' | 'vi'): Intl.NumberFormat {
  const key = `${locale}:${unit}`;
  let f = durationFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 6 });
    durationFormats.set(key, f);
  }
  return f;
}

/** `≈146,800,000 USD`, `2.5%`, `4,743 trường học`, `8 years` (in English; Vietnamese swaps the marks). */
export function formatFigure(f: Pick<Figure, 'value' | 'unit' | 'bound' | 'kind'>, locale: 'en' | 'vi' = 'en'): string {
  if (f.unit && DURATIONS.has(f.unit)) {
    const d = durationFormat(f.unit, locale);
    const text = Array.isArray(f.value) ? d.formatRange(f.value[0], f.value[1]) : d.format(f.value);
    return `${BOUND_SIGN[f.bound] ?? ''}${text}`;
  }
  const unit = f.unit ? (f.unit === '%' ? '%' : ` ${f.unit}`) : f.kind === 'multiple' ? '×' : '';
  return `${BOUND_SIGN[f.bound] ?? ''}${formatNumber(f.value, locale)}${unit}`;
}

const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAYS_VI = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];

/** The weekday of a `YYYY-MM-DD` date, or undefined for anything less precise. */
export function weekday(iso: string, locale: 'en' | 'vi'): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (Number.isNaN(d.getTime())) return undefined;
  return (locale === 'vi' ? WEEKDAYS_VI : WEEKDAYS_EN)[d.getUTCDay()];
}
