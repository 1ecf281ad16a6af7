/**
 * The quantity engine's tables, built once from lexicon.json and metrics.json (plus CLDR currency
 * names through Intl.DisplayNames). Phrase keys go through `matchKey`, so tone placement and
 * normalization form in the JSON do not matter.
 */
import lexicon from './lexicon.json';
import metricsData from './metrics.json';
import { PhraseTable, splitPhrase } from './tokens';
import { unitForms } from './units';
import { currencyNames, currencySymbols, SUBUNITS, type CurrencySense, type CurrencySymbol } from './currencies';
import type { Bound } from '../types';

export const SCALES = new PhraseTable<number>(Object.entries(lexicon.scales));
export const GLUED_SCALES: Record<string, number> = lexicon.gluedScales;
export const PERCENT = new PhraseTable<string>(lexicon.percentWords.map((p) => [p, '%'] as [string, string]));
/** Percentage points (`pp`) and basis points (`bp`, hundredths of a point, kept as written). */
export const POINTS = new PhraseTable<string>([
  ...lexicon.pointWords.filter((p) => p !== 'điểm').map((p) => [p, 'pp'] as [string, string]),
  ...lexicon.basisPointWords.map((p) => [p, 'bp'] as [string, string]),
]);
/** Measure units: lexicon.json's, then CLDR's and the typed extras of units.ts. */
export const MEASURES = new PhraseTable<string>(Object.entries(lexicon.measures));
/** Factors to the canonical unit by phrase (`tạ` → 100 kg), for the units that have one. */
export const MEASURE_FACTORS = new Map<string, number>();
for (const [form, u] of unitForms(lexicon.measures)) {
  MEASURES.add(form, u.unit);
  if (u.factor) MEASURE_FACTORS.set(form, u.factor);
}
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
export const CURRENCY_SUFFIX_SYMBOLS: Record<string, string> = { ...lexicon.currencySuffixSymbols };

/** ISO 4217 codes the runtime knows. */
export const CURRENCY_CODES: Set<string> = new Set(
  (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('currency') ?? [],
);

/** The same codes in lower case, as tokens are (`usd`, `thb`). */
export const CURRENCY_CODES_LOWER: Set<string> = new Set([...CURRENCY_CODES].map((c) => c.toLowerCase()));

/**
 * Currency names after a number: the hand-written aliases first, then every name, plural and head
 * word CLDR gives in Vietnamese and English (`Đô la Mỹ`, `Yên Nhật`, `Swiss francs`, `rupees`;
 * see currencies.ts).
 */
export const CURRENCY_WORDS: PhraseTable<string> = (() => {
  const t = new PhraseTable<string>(Object.entries(lexicon.currencyWords));
  const seen = new Set(Object.keys(lexicon.currencyWords).map((k) => splitPhrase(k).join(' ')));
  for (const [k, code] of currencyNames()) {
    const key = splitPhrase(k).join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    t.add(k, code);
  }
  return t;
})();

/** Subunits after a number (`cents`, `pence`, `¢`): a hundredth of the currency. */
export const SUBUNIT_WORDS = new PhraseTable<CurrencySense>(Object.entries(SUBUNITS));

/**
 * CLDR's currency symbols (currencies.ts) by the phrase they are added under: a symbol with letters
 * must be written in its own case (`RM42`, not `rm42`).
 */
export const CURRENCY_SYMBOLS = new Map<string, CurrencySymbol>();
for (const s of currencySymbols()) {
  const key = splitPhrase(s.symbol).join(' ');
  if (Object.prototype.hasOwnProperty.call(lexicon.currencyPrefixes, key)) continue;
  CURRENCY_SYMBOLS.set(s.symbol, s);
  CURRENCY_PREFIXES.add(s.symbol, s.code);
  // A symbol of one token without letters (`€`, `₩`, `₹`) also stands after the amount.
  if (!s.letters && splitPhrase(s.symbol).length === 1 && !CURRENCY_SUFFIX_SYMBOLS[key]) CURRENCY_SUFFIX_SYMBOLS[key] = s.code;
}
CURRENCY_SUFFIX_SYMBOLS['元'] = 'CNY';

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
