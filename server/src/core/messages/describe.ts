/**
 * Names of the things findings talk about — metrics, subjects, periods, documents — in the
 * message locale.
 */
import type { Entity, Figure, IsoPeriod, MessageLocale } from '../types';
import { formatFigure, formatPeriod, baseName } from './format';
import { parsePeriod } from '../claims/period';
import metricNames from './metrics.json';
import productNames from './products.json';
import claimVocabulary from '../claims/vocabulary.json';
import { slug } from '../entities/knowledge';

/** Việt Nam's provinces by the id the claims give them (`place:binh-duong`), for a subject no entity of the text names. */
const PROVINCE_NAMES = new Map<string, string>(claimVocabulary.provinces.map((n): [string, string] => [`place:${slug(n)}`, n]));

/** Picks the message of the locale. */
export function t(locale: MessageLocale, m: { en: string; vi: string }): string {
  return locale === 'vi' ? m.vi : m.en;
}

/**
 * The name of a claim's metric: `two-way trade`; with a product (`export:coffee`), `coffee
 * exports` / `kim ngạch xuất khẩu cà phê`.
 */
export function metricName(metric: string, locale: MessageLocale, written?: string): string {
  // A stated change: `export:shrimp~value.yoy`.
  const tilde = metric.indexOf('~');
  if (tilde > 0) {
    const base = metricName(metric.slice(0, tilde), locale, written);
    const volume = metric.slice(tilde + 1).startsWith('volume');
    // `~value.mom`: against the month before.
    if (metric.endsWith('.mom')) {
      return t(locale, {
        en: `month-on-month change in ${base}${volume ? ' (volume)' : ''}`,
        vi: `mức thay đổi so với tháng trước của ${base}${volume ? ' (về lượng)' : ''}`,
      });
    }
    return t(locale, {
      en: `year-on-year change in ${base}${volume ? ' (volume)' : ''}`,
      vi: `mức thay đổi so với cùng kỳ của ${base}${volume ? ' (về lượng)' : ''}`,
    });
  }
  // A stage of investment or aid: `aid.oda#committed`.
  const hash = metric.indexOf('#');
  if (hash > 0) {
    const stage = metric.slice(hash + 1);
    const words: Record<string, { en: string; vi: string }> = {
      committed: { en: 'committed', vi: 'cam kết' },
      disbursed: { en: 'disbursed', vi: 'giải ngân' },
      registered: { en: 'registered', vi: 'đăng ký' },
    };
    const w = words[stage];
    const base = metricName(metric.slice(0, hash), locale, written);
    return w ? (locale === 'vi' ? `${base} ${w.vi}` : `${w.en} ${base}`) : base;
  }
  const colon = metric.indexOf(':');
  if (colon > 0) {
    const base = metricName(metric.slice(0, colon), locale, written);
    const product = (productNames as Record<string, { en: string; vi: string } | string>)[metric.slice(colon + 1)];
    if (!product || typeof product !== 'object') return base;
    return locale === 'vi' ? `${base} ${product.vi}` : `${product.en} ${base}`;
  }
  const known = (metricNames as Record<string, { en: string; vi: string } | string>)[metric];
  if (known && typeof known === 'object') return t(locale, known);
  return written ?? metric;
}

const regionNames: Partial<Record<MessageLocale, Intl.DisplayNames>> = {};
function regionName(code: string, locale: MessageLocale): string {
  try {
    regionNames[locale] ??= new Intl.DisplayNames([locale], { type: 'region' });
    return regionNames[locale]!.of(code) ?? code;
  } catch {
    return code;
  }
}

/** `Việt Nam–Peru` for `PE-VN` (home country first), an organization's name for its id. */
export function subjectName(subject: string, locale: MessageLocale, entities?: Map<string, Entity>, home = 'VN'): string {
  const flow = /^([A-Z]{2})>([A-Z]{2})$/.exec(subject);
  if (flow) return `${regionName(flow[1], locale)} → ${regionName(flow[2], locale)}`;
  // A province's or city's figure (`place:khanh-hoa@KR`): the place, then the subject.
  const scoped = /^(place:[^@]+)@(.+)$/.exec(subject);
  if (scoped) return `${entities?.get(scoped[1])?.canonical ?? PROVINCE_NAMES.get(scoped[1]) ?? scoped[1].slice(6)} (${subjectName(scoped[2], locale, entities, home)})`;
  // A bloc as partner (`VN-org:eu`, `VN>org:eu`): its acronym reads the same in both languages.
  const bloc = /^([A-Z]{2}|org:\w+)([->])([A-Z]{2}|org:\w+)$/.exec(subject);
  if (bloc) {
    const name = (c: string) => (/^[A-Z]{2}$/.test(c) ? regionName(c, locale) : entities?.get(c)?.acronym ?? entities?.get(c)?.canonical ?? c);
    const [a, b] = bloc[2] === '-' && bloc[3] === home ? [bloc[3], bloc[1]] : [bloc[1], bloc[3]];
    return `${name(a)}${bloc[2] === '>' ? ' → ' : '–'}${name(b)}`;
  }
  if (/^[A-Z]{2}(-[A-Z]{2})?$/.test(subject)) {
    const codes = subject.split('-').sort((a, b) => (a === home ? -1 : b === home ? 1 : a.localeCompare(b)));
    return codes.map((c) => regionName(c, locale)).join('–');
  }
  // (A parent company's own accounts: `Viettel (parent company)`.)
  const parent = /^(.+)\/parent$/.exec(subject);
  if (parent) return `${subjectName(parent[1], locale, entities, home)} (${locale === 'vi' ? 'công ty mẹ' : 'parent company'})`;
  return entities?.get(subject)?.canonical ?? subject;
}

/**
 * The subject of a claim of `metric`: a one-way flow is keyed reporter first (`VN>PE` is Việt
 * Nam's exports to Peru, or its imports from Peru), and is shown in the direction goods move.
 */
export function claimSubjectName(metric: string, subject: string, locale: MessageLocale, entities?: Map<string, Entity>): string {
  const flow = /^([^>@]+)>([^>@]+)$/.exec(subject);
  if (flow && /^import/.test(metric)) return subjectName(`${flow[2]}>${flow[1]}`, locale, entities);
  return subjectName(subject, locale, entities);
}

/** `năm 2023` / `2023`; other periods as formatPeriod gives them. */
export function periodPhrase(iso: IsoPeriod, locale: MessageLocale): string {
  const p = parsePeriod(iso);
  if (locale === 'vi' && p && p.kind === 'year') return `năm ${p.from.y}`;
  return formatPeriod(iso, locale);
}

/** A figure as normalized text, with its qualifier: `gần 290 triệu USD` / `nearly 290 million USD`. */
const phrases: Record<MessageLocale, WeakMap<Figure, string>> = { en: new WeakMap(), vi: new WeakMap() };

export function figurePhrase(f: Figure, locale: MessageLocale): string {
  // Checks restate the same figure for every claim it is compared with: compute it once.
  let p = phrases[locale].get(f);
  if (p === undefined) {
    p = computeFigurePhrase(f, locale);
    phrases[locale].set(f, p);
  }
  return p;
}

function computeFigurePhrase(f: Figure, locale: MessageLocale): string {
  const v = formatFigure(asWritten(f), locale);
  if (f.bound === 'exact') return v;
  const words: Record<string, { en: string; vi: string }> = {
    approx: { en: 'about', vi: 'khoảng' },
    lower: { en: 'more than', vi: 'hơn' },
    upper: { en: /^(gần|nearly|almost)/i.test(f.qualifier ?? '') ? 'nearly' : 'under', vi: /^(gần|nearly|almost)/i.test(f.qualifier ?? '') ? 'gần' : 'dưới' },
  };
  return `${t(locale, words[f.bound])} ${v}`;
}

/**
 * A count's noun in the case the text writes it (`512,000 US visitors`, not `us visitors`): the
 * figure keeps it lower-cased for matching.
 */
function asWritten(f: Figure): Figure {
  if (f.kind !== 'count' || !f.unit || !f.text) return f;
  const lower = f.text.toLowerCase();
  const at = lower.lastIndexOf(f.unit);
  if (at < 0 || lower.length !== f.text.length) return f;
  const unit = f.text.slice(at, at + f.unit.length);
  return unit === f.unit ? f : { ...f, unit };
}

/** `in 004.txt` / `trong 004.txt`, or `here` / `tại đây` for the same document. */
export function where(uri: string, here: string, locale: MessageLocale): string {
  if (uri === here) return t(locale, { en: 'in this article', vi: 'trong bài này' });
  return t(locale, { en: `in ${baseName(uri)}`, vi: `trong ${baseName(uri)}` });
}

/** A change with its direction: `tăng 2,5%` / `up 2.5%`, `giảm hơn 20%` / `down more than 20%`. */
export function changePhrase(f: Figure, locale: MessageLocale): string {
  const v = figurePhrase(f, locale);
  if (f.kind === 'multiple' || !f.change || f.change.direction === 'none') return v;
  const up = f.change.direction === 'up';
  // (A rise written as a multiple says so: `up 180% (2.8 times)`.)
  const multiple = f.asMultiple ? ` (\`${f.asMultiple}\`)` : '';
  return `${t(locale, up ? { en: 'up', vi: 'tăng' } : { en: 'down', vi: 'giảm' })} ${v}${multiple}`;
}
