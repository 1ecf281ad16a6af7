/**
 * The quantity engine's tables, built once from lexicon.json and metrics.json (plus CLDR currency
 * names through Intl.DisplayNames). Phrase keys go through `matchKey`, so tone placement and
 * normalization form in the JSON do not matter.
 */
import lexicon from './lexicon.json';
import metricsData from './metrics.json';
import { PhraseTable } from './tokens';
import type { Bound } from '../types';

export const SCALES = new PhraseTable<number>(Object.entries(lexicon.scales));
export const GLUED_SCALES: Record<string, number> = lexicon.gluedScales;
export const PERCENT = new PhraseTable<string>(lexicon.percentWords.map((p) => [p, '%'] as [string, string]));
export const POINTS = new PhraseTable<string>(lexicon.pointWords.filter((p) => p !== 'điểm').map((p) => [p, 'pp'] as [string, string]));
export const MEASURES = new PhraseTable<string>(Object.entries(lexicon.measures));
export const DURATIONS: Record<string, string> = lexicon.durations;
export const QUALIFIERS = new PhraseTable<Bound>(Object.entries(lexicon.qualifiers) as [string, Bound][]);
export const POST_QUALIFIERS = new PhraseTable<Bound>(Object.entries(lexicon.postQualifiers) as [string, Bound][]);
export const CHANGE = new PhraseTable<'up' | 'down'>([
  ...lexicon.changeUp.map((p) => [p, 'up'] as [string, 'up']),
  ...lexicon.changeDown.map((p) => [p, 'down'] as [string, 'down']),
]);
export const NON_FIGURE_BEFORE = new PhraseTable<true>(lexicon.nonFigureBefore.map((p) => [p, true] as [string, true]));
export const STOP_AFTER = new Set(lexicon.stopAfter);
export const MONO_NOUNS = new Set(lexicon.monoNouns);
export const CLASSIFIERS = new Set(lexicon.classifiers);
export const COUNT_NOUNS = new PhraseTable<true>(lexicon.countNouns.map((p) => [p, true] as [string, true]));
export const WORD_NUMBERS: Record<string, number> = lexicon.wordNumbers;
export const FRACTIONS = new PhraseTable<number>(Object.entries(lexicon.fractionWords));
export const MULTIPLE_WORDS = new PhraseTable<number>(Object.entries(lexicon.multipleWords));
export const VAGUE = new PhraseTable<number>(Object.entries(lexicon.vagueCounts));
export const CURRENCY_PREFIXES = new PhraseTable<string>(Object.entries(lexicon.currencyPrefixes));
export const CURRENCY_SUFFIX_SYMBOLS: Record<string, string> = lexicon.currencySuffixSymbols;

/** ISO 4217 codes the runtime knows. */
export const CURRENCY_CODES: Set<string> = new Set(
  (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('currency') ?? [],
);

/** The same codes in lower case, as tokens are (`usd`, `thb`). */
export const CURRENCY_CODES_LOWER: Set<string> = new Set([...CURRENCY_CODES].map((c) => c.toLowerCase()));

/**
 * Currency names after a number: the hand-written aliases first, then CLDR's Vietnamese and English
 * display names of the common codes (`Đô la Mỹ`, `Yên Nhật`, `Won Hàn Quốc`, `Swiss Franc`).
 */
export const CURRENCY_WORDS: PhraseTable<string> = (() => {
  const t = new PhraseTable<string>(Object.entries(lexicon.currencyWords));
  const seen = new Set(Object.keys(lexicon.currencyWords));
  const common = ['USD', 'EUR', 'JPY', 'CNY', 'KRW', 'GBP', 'RUB', 'THB', 'INR', 'AUD', 'SGD', 'CAD', 'CHF', 'MYR', 'IDR', 'PHP', 'LAK', 'KHR', 'MMK', 'PEN', 'CLP', 'ARS', 'BRL', 'MXN', 'NZD', 'HKD', 'TWD', 'VND', 'CUP', 'ZAR', 'AED', 'SAR', 'TRY', 'UAH', 'PLN', 'CZK', 'HUF', 'SEK', 'NOK', 'DKK', 'ILS', 'EGP', 'KZT', 'BDT', 'PKR'];
  for (const loc of ['vi', 'en']) {
    let names: Intl.DisplayNames;
    try {
      names = new Intl.DisplayNames([loc], { type: 'currency' });
    } catch {
      continue;
    }
    for (const code of common) {
      const name = names.of(code);
      if (!name || name === code) continue;
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      t.add(key, code);
      if (loc === 'en' && !key.endsWith('s')) t.add(key + 's', code);
    }
  }
  return t;
})();

const DIGIT_WORDS: [string, string][] = [
  ['1', 'một'], ['2', 'hai'], ['3', 'ba'], ['4', 'bốn'], ['5', 'năm'], ['6', 'sáu'], ['7', 'bảy'], ['8', 'tám'], ['9', 'chín'], ['10', 'mười'],
];

/** Variants of a metric phrase with digits and number words swapped (`2 chiều` = `hai chiều`). */
function variants(phrase: string): string[] {
  const out = new Set([phrase]);
  const parts = phrase.split(' ');
  for (const [d, wd] of DIGIT_WORDS) {
    out.add(parts.map((p) => (p === d ? wd : p === wd ? d : p)).join(' '));
  }
  return [...out];
}

export const METRICS: PhraseTable<string> = (() => {
  const t = new PhraseTable<string>([]);
  const seen = new Set<string>();
  for (const [key, phrases] of Object.entries(metricsData.metrics)) {
    for (const p of phrases) {
      for (const v of variants(p)) {
        if (seen.has(v)) continue;
        seen.add(v);
        t.add(v, key);
      }
    }
  }
  return t;
})();

/**
 * Generic keys that the paragraph's latest specific key of the same family refines: a bare
 * `kim ngạch` after `kim ngạch thương mại hai chiều` is `trade.two-way`.
 */
export const GENERIC_METRICS = new Set(metricsData.generic);
