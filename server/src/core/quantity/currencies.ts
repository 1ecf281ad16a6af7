/**
 * The currency lexicon, derived from CLDR through `Intl` (the runtime's ICU data), so that every
 * currency the runtime knows is read in Vietnamese and English without a typed list:
 *
 * - **names** after a number: `Intl.DisplayNames` (`type: 'currency'`, `vi` and `en`) and the
 *   singular and plural unit names `Intl.NumberFormat` writes (`currencyDisplay: 'name'`: `US dollars`,
 *   `Swiss francs`, `rupee Ấn Độ`);
 * - **head words** of those names (`francs`, `rupees`, `pesos`; Vietnamese `rupee`, `peso`, `franc`,
 *   the name without its country, which `Intl.DisplayNames` `type: 'region'` names): a head shared
 *   by several currencies goes to the first of {@link PREFERRED} among them, or stays a currency of
 *   unknown code (unit = the head word, `peso`);
 * - **symbols** before or after a number: `Intl.NumberFormat` `formatToParts` with
 *   `currencyDisplay: 'symbol'` (`en`, `vi`) and `'narrowSymbol'`, and the symbol of the currency's
 *   own region (`en-MY` writes `RM`, `en-PK` `Rs`). A symbol several currencies share goes to the one
 *   whose `en`/`vi` symbol it is (`$` → USD, `¥` → JPY, `£` → GBP), else to {@link NEWS_SYMBOLS}, else
 *   it is left out (`kr`, `K`). A code followed by `$` is that dollar (`MXN$`, `CAD$`).
 *
 * What CLDR does not say is typed here and documented as the news's usage: {@link NEWS_SYMBOLS}
 * (`C$` is the Canadian dollar in the press, though CLDR gives it to the córdoba), {@link SUBUNITS}
 * (`cents`, `pence`, `¢`) and {@link PREFERRED}.
 */

/** A currency read from a word or symbol: its ISO code (or a head word when no code is certain). */
export interface CurrencySense {
  unit: string;
  /** The amount is this fraction of the unit (`cents`: 0.01). */
  factor?: number;
}

/** Currencies an ambiguous head word or symbol means in the news, in order of preference. */
export const PREFERRED = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'KRW', 'CHF', 'INR', 'RUB', 'SAR', 'AED', 'SEK', 'NOK', 'TRY'];

/**
 * Symbols as the press writes them where CLDR gives another currency or none: `C$` (Canadian,
 * CLDR: Nicaraguan córdoba), `S$` (Singapore), `Rs` (Indian rupee; CLDR: its neighbours'), `元` and
 * `RMB` (the yuan), `NT$`/`NZ$`/`HK$` also as CLDR has them.
 */
export const NEWS_SYMBOLS: Record<string, string> = {
  $: 'USD', 'US$': 'USD', 'C$': 'CAD', 'S$': 'SGD', 'A$': 'AUD', 'Rs': 'INR', 'Rs.': 'INR', 'RMB': 'CNY', '元': 'CNY',
  '¥': 'JPY', '£': 'GBP', '€': 'EUR', '₩': 'KRW', '₫': 'VND', 'Mex$': 'MXN', 'VN$': 'VND',
};

/** Subunits: a hundredth of a currency (`12 cents`, `470 pence`, `10¢`). */
export const SUBUNITS: Record<string, CurrencySense> = {
  cent: { unit: 'USD', factor: 0.01 }, cents: { unit: 'USD', factor: 0.01 }, '¢': { unit: 'USD', factor: 0.01 },
  'us cent': { unit: 'USD', factor: 0.01 }, 'us cents': { unit: 'USD', factor: 0.01 }, 'euro cents': { unit: 'EUR', factor: 0.01 },
  'euro cent': { unit: 'EUR', factor: 0.01 }, pence: { unit: 'GBP', factor: 0.01 }, penny: { unit: 'GBP', factor: 0.01 },
  pennies: { unit: 'GBP', factor: 0.01 }, 'xu mỹ': { unit: 'USD', factor: 0.01 }, 'cent mỹ': { unit: 'USD', factor: 0.01 },
  // Vietnamese `xu` and `xen` (cent): of the currency before them in `2 đô 23 xu` (compound.ts).
  xu: { unit: 'USD', factor: 0.01 }, xen: { unit: 'USD', factor: 0.01 }, sen: { unit: 'MYR', factor: 0.01 }, sens: { unit: 'MYR', factor: 0.01 },
};

/** Subunit words that follow an amount of any currency (`20 rupees 43 cents`, `2 đô 23 xu`). */
export const SUBUNIT_HEADS = new Set(['cent', 'cents', 'xu', 'xen', 'pence', 'penny', 'pennies', 'sen', 'sens']);

/**
 * Head words that are ordinary words after a number, or no currency (`5 marks` on a test, `special
 * drawing rights`): never read as a currency alone. Vietnamese `bảng` is a table.
 */
const HEAD_STOP = new Set(['marks', 'mark', 'rights', 'gold', 'sucres', 'real', 'bảng', 'som', 'soms', 'sum', 'tala', 'kina', 'pula', 'pulas', 'lek', 'lekë', 'dram', 'drams', 'vatu', 'vatus', 'lei', 'leu', 'lev', 'leva', 'cedi', 'kip', 'kips', 'lari', 'laris', 'loti', 'lotis', 'sol', 'manat', 'manats']);

const CODES: string[] = (() => {
  try {
    // (Units of account and metals, `XDR`, `XSU`, `XAU`, are no money a figure is counted in.)
    const all = (Intl as unknown as { supportedValuesOf?: (k: string) => string[] }).supportedValuesOf?.('currency') ?? [];
    return all.filter((c) => c[0] !== 'X' || ['XAF', 'XOF', 'XPF', 'XCD'].includes(c));
  } catch {
    return [];
  }
})();

const partMemo = new Map<string, string | null>();
function part(loc: string, code: string, display: string, n: number): string | null {
  const key = `${loc}|${code}|${display}|${n}`;
  let v = partMemo.get(key);
  if (v === undefined) partMemo.set(key, (v = formatPart(loc, code, display, n)));
  return v;
}

function formatPart(loc: string, code: string, display: string, n: number): string | null {
  try {
    const f = new Intl.NumberFormat(loc, { style: 'currency', currency: code, currencyDisplay: display as 'symbol', minimumFractionDigits: 0, maximumFractionDigits: 0 });
    return f.formatToParts(n).find((p) => p.type === 'currency')?.value ?? null;
  } catch {
    return null;
  }
}

function displayNames(loc: string, type: 'currency' | 'region'): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([loc], { type });
  } catch {
    return null;
  }
}

/** First preferred code among `codes`, or null. */
function prefer(codes: Set<string>): string | null {
  if (codes.size === 1) return [...codes][0];
  for (const c of PREFERRED) if (codes.has(c)) return c;
  return null;
}

/**
 * Currency names and head words after a number, lower-case, tokens as the tokenizer splits them
 * (`đô la singapore`, `swiss francs`, `francs`). The caller adds its own aliases first; a name
 * already present keeps its first sense.
 */
export function currencyNames(): [string, string][] {
  const out: [string, string][] = [];
  const seen = new Set<string>();
  const add = (k: string, v: string) => {
    k = k.toLowerCase().trim();
    if (!k || seen.has(k) || /[()]/.test(k) || k === v.toLowerCase()) return;
    seen.add(k);
    out.push([k, v]);
  };
  const heads = new Map<string, Set<string>>();
  const head = (k: string, code: string) => {
    k = k.toLowerCase();
    if (!k || HEAD_STOP.has(k) || /[()]/.test(k)) return;
    let s = heads.get(k);
    if (!s) heads.set(k, (s = new Set()));
    s.add(code);
  };
  const viRegion = displayNames('vi', 'region');
  // The common currencies first, so that a name two currencies share goes to the common one.
  const ordered = [...PREFERRED.filter((c) => CODES.includes(c)), ...CODES.filter((c) => !PREFERRED.includes(c))];
  for (const loc of ['vi', 'en']) {
    const dn = displayNames(loc, 'currency');
    for (const code of ordered) {
      const names = [dn?.of(code), part(loc, code, 'name', 1), part(loc, code, 'name', 2)];
      for (const name of names) {
        if (!name || name === code) continue;
        add(name, code);
        if (loc === 'en') {
          const w = name.toLowerCase().split(' ');
          head(w[w.length - 1], code);
        } else {
          // The Vietnamese name without its country: `rupee Ấn Độ` → `rupee`.
          const region = viRegion?.of(code.slice(0, 2))?.toLowerCase();
          const l = name.toLowerCase();
          if (region && l.endsWith(' ' + region)) {
            const h = l.slice(0, -region.length - 1);
            if (!h.includes(' ') || h === 'đô la') head(h, code);
          }
        }
      }
    }
  }
  for (const [k, codes] of heads) {
    const code = prefer(codes);
    add(k, code ?? (k.endsWith('s') && k.length > 3 ? k.slice(0, -1) : k));
  }
  return out;
}

/** A symbol that stands before or after an amount, with the case it must be written in. */
export interface CurrencySymbol {
  symbol: string;
  code: string;
  /** Letters in the symbol (`RM`, `HK$`): matched case-sensitively, never inside a word. */
  letters: boolean;
}

/** Every currency symbol CLDR gives that resolves to one currency (see the module comment). */
export function currencySymbols(): CurrencySymbol[] {
  const strong = new Map<string, Set<string>>();
  const weak = new Map<string, Set<string>>();
  const put = (m: Map<string, Set<string>>, s: string | null, code: string) => {
    if (!s || s === code || /\s/.test(s) || /^[\d.,]+$/.test(s)) return;
    let set = m.get(s);
    if (!set) m.set(s, (set = new Set()));
    set.add(code);
  };
  for (const code of CODES) {
    put(strong, part('en', code, 'symbol', 1), code);
    put(strong, part('vi', code, 'symbol', 1), code);
    put(weak, part('en', code, 'narrowSymbol', 1), code);
    put(weak, part(`en-${code.slice(0, 2)}`, code, 'symbol', 1), code);
  }
  const out = new Map<string, string>();
  for (const [s, code] of Object.entries(NEWS_SYMBOLS)) out.set(s, code);
  for (const [s, codes] of strong) if (!out.has(s) && codes.size === 1) out.set(s, [...codes][0]);
  for (const [s, codes] of weak) {
    if (out.has(s)) continue;
    const st = strong.get(s);
    if (st && st.size === 1) out.set(s, [...st][0]);
    else if (codes.size === 1 && !(st && st.size > 1)) out.set(s, [...codes][0]);
  }
  // `MXN$`, `CAD$`: a code and the dollar sign, for every currency CLDR writes with `$`.
  for (const code of CODES) if ((part('en', code, 'narrowSymbol', 1) ?? '').includes('$') && !out.has(`${code}$`)) out.set(`${code}$`, code);
  return [...out].map(([symbol, code]) => ({ symbol, code, letters: /\p{L}/u.test(symbol) }));
}
