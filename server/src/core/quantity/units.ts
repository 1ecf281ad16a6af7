/**
 * Measure units beyond lexicon.json's, Vietnamese and English.
 *
 * - From CLDR through `Intl.NumberFormat` with `style: 'unit'` (`formatToParts`, `unitDisplay`
 *   `long` for one and for two — `foot`/`feet`, `inch`/`inches` — and `short` — `ft`, `lb`, `gal`),
 *   in `en` and `vi`, for the length, area, volume, mass, temperature, speed and data units ECMA-402
 *   sanctions ({@link CLDR_UNITS}). A unit's canonical symbol is the one lexicon.json already gives
 *   any of its forms (`kilometres` → `km`), else CLDR's English short form, lower-cased for litres
 *   (`ft`, `lb`, `ml`). Forms that are ordinary words or punctuation (`in`, `st`, `mẫu`, `′`)
 *   are left out ({@link SKIP_FORMS}).
 * - Typed in {@link EXTRA_UNITS}, because `Intl` has no such unit: metric tons, energy and power
 *   (`gigawatt-hours`, `kilowatts`), square and cubic imperial units, and the Vietnamese market units
 *   (`tạ` = 100 kg, `yến` = 10 kg, `lạng` = 100 g, `cân` = 1 kg, `sào`). A factor converts the
 *   amount to the canonical unit (`3 tạ` is 300 kg).
 */

/** The ECMA-402 sanctioned units read as measures (durations have their own table). */
export const CLDR_UNITS = [
  'acre', 'centimeter', 'celsius', 'fahrenheit', 'fluid-ounce', 'foot', 'gallon', 'gram', 'hectare', 'inch', 'kilogram', 'kilometer',
  'liter', 'meter', 'mile', 'milliliter', 'millimeter', 'ounce', 'pound', 'yard', 'kilometer-per-hour', 'mile-per-hour',
  'meter-per-second', 'gigabyte', 'megabyte', 'terabyte', 'petabyte', 'gigabit', 'megabit', 'terabit',
];

/** CLDR forms that are ordinary words or marks after a number. */
const SKIP_FORMS = new Set(['in', 'st', 'mẫu', '′', '″', "'", '"', '#', '°', 'deg', 'pound', 'pounds', 'mb', 'tb', 'pb']);

/** Units Intl does not format, with their canonical symbol and a factor to it. */
export const EXTRA_UNITS: Record<string, { unit: string; factor?: number }> = {
  'metric tons': { unit: 't' }, 'metric ton': { unit: 't' }, 'metric tonnes': { unit: 't' }, 'metric tonne': { unit: 't' },
  // (`14 million mt`, `2.71 million MT`: the trade press's metric tons; `mmt` is a million of them.)
  'mt': { unit: 't' }, 'mts': { unit: 't' }, 'mmt': { unit: 't', factor: 1e6 },
  'kilotonnes': { unit: 't', factor: 1000 }, 'kilotons': { unit: 't', factor: 1000 }, 'kilotonne': { unit: 't', factor: 1000 },
  'million tonnes': { unit: 't', factor: 1e6 },
  'lbs': { unit: 'lb' }, 'lb': { unit: 'lb' }, 'inch': { unit: 'in' }, 'inches': { unit: 'in' },
  'square miles': { unit: 'mi2' }, 'square mile': { unit: 'mi2' }, 'sq mi': { unit: 'mi2' },
  'square feet': { unit: 'ft2' }, 'square foot': { unit: 'ft2' }, 'sq ft': { unit: 'ft2' }, 'cubic feet': { unit: 'ft3' },
  'kilowatts': { unit: 'kW' }, 'kilowatt': { unit: 'kW' }, 'gigawatts': { unit: 'GW' }, 'gigawatt': { unit: 'GW' }, 'megawatt': { unit: 'MW' },
  'kilowatt - hours': { unit: 'kWh' }, 'kilowatt hours': { unit: 'kWh' }, 'kilowatt - hour': { unit: 'kWh' },
  'megawatt - hours': { unit: 'MWh' }, 'megawatt hours': { unit: 'MWh' }, 'gigawatt - hours': { unit: 'GWh' }, 'gigawatt hours': { unit: 'GWh' },
  'terawatt - hours': { unit: 'TWh' }, 'terawatt hours': { unit: 'TWh' },
  'degrees': { unit: '°' }, 'degree': { unit: '°' }, 'degrees celsius': { unit: '°C' }, 'degrees fahrenheit': { unit: '°F' }, 'độ f': { unit: '°F' }, '°c': { unit: '°C' }, '°f': { unit: '°F' },
  'mph': { unit: 'mph' }, 'kph': { unit: 'km/h' }, 'km / h': { unit: 'km/h' },
  'tạ': { unit: 'kg', factor: 100 }, 'yến': { unit: 'kg', factor: 10 }, 'lạng': { unit: 'g', factor: 100 }, 'cân': { unit: 'kg' },
  'sào': { unit: 'sào' }, 'kilôgam': { unit: 'kg' }, 'ki lô': { unit: 'kg' }, 'ký': { unit: 'kg' }, 'kí': { unit: 'kg' }, 'kilo': { unit: 'kg' }, 'kilos': { unit: 'kg' },
  'mililít': { unit: 'ml' }, 'ml': { unit: 'ml' }, 'xentimét': { unit: 'cm' }, 'centimét': { unit: 'cm' }, 'milimét': { unit: 'mm' },
  'centimeters': { unit: 'cm' }, 'centimetres': { unit: 'cm' }, 'millimetres': { unit: 'mm' }, 'millilitres': { unit: 'ml' },
  'gallons': { unit: 'gal' }, 'ounces': { unit: 'oz' }, 'yards': { unit: 'yd' }, 'feet': { unit: 'ft' }, 'foot': { unit: 'ft' }, 'ft': { unit: 'ft' },
  'acres': { unit: 'ac' }, 'acre': { unit: 'ac' },
  // Vietnamese spellings of the metric units, hyphenated by syllable.
  'xăng-ti-mét': { unit: 'cm' }, 'xen-ti-mét': { unit: 'cm' }, 'xentimet': { unit: 'cm' }, 'mi-li-mét': { unit: 'mm' }, 'mi-li-lít': { unit: 'ml' },
  'ki-lô': { unit: 'kg' }, 'kí-lô': { unit: 'kg' }, 'độ': { unit: '°' },
  // British spellings and plural abbreviations CLDR's American English does not give.
  'metre': { unit: 'm' }, 'centimetre': { unit: 'cm' }, 'millimetre': { unit: 'mm' }, 'litre': { unit: 'l' }, 'litres': { unit: 'l' },
  'millilitre': { unit: 'ml' }, 'kilogramme': { unit: 'kg' }, 'kilogrammes': { unit: 'kg' }, 'gramme': { unit: 'g' }, 'grammes': { unit: 'g' },
  'kms': { unit: 'km' }, 'yds': { unit: 'yd' }, 'mls': { unit: 'ml' }, 'gals': { unit: 'gal' },
  'celsius': { unit: '°C' }, 'fahrenheit': { unit: '°F' }, 'degrees c': { unit: '°C' }, 'degrees f': { unit: '°F' }, '° c': { unit: '°C' }, '° f': { unit: '°F' },
  '° celsius': { unit: '°C' }, '° fahrenheit': { unit: '°F' }, 'độ celsius': { unit: '°C' }, 'cup': { unit: 'cup' }, 'cups': { unit: 'cup' },
};

function unitPart(loc: string, unit: string, display: 'long' | 'short', n: number): string | null {
  try {
    const parts = new Intl.NumberFormat(loc, { style: 'unit', unit, unitDisplay: display }).formatToParts(n);
    const u = parts.filter((p) => p.type === 'unit').map((p) => p.value).join('').trim();
    return u || null;
  } catch {
    return null;
  }
}

/**
 * Every unit form read after a number, `[form, { unit, factor }]`, forms lower-cased; `known` gives
 * the canonical symbols lexicon.json already uses for its forms.
 */
export function unitForms(known: Record<string, string>): [string, { unit: string; factor?: number }][] {
  const out: [string, { unit: string; factor?: number }][] = [];
  const seen = new Set<string>();
  const add = (form: string, v: { unit: string; factor?: number }) => {
    const k = form.toLowerCase();
    if (!k || seen.has(k) || SKIP_FORMS.has(k) || known[k] !== undefined) return;
    seen.add(k);
    out.push([k, v]);
  };
  for (const [k, v] of Object.entries(EXTRA_UNITS)) add(k, v);
  for (const unit of CLDR_UNITS) {
    const forms: string[] = [];
    for (const loc of ['en', 'vi']) {
      for (const n of [1, 2]) {
        const l = unitPart(loc, unit, 'long', n);
        if (l) forms.push(l);
      }
      const s = unitPart(loc, unit, 'short', 2);
      if (s) forms.push(s);
    }
    // A speed written `kilômét/giờ` is read through the per-unit rule; keep single forms only.
    const usable = forms.filter((f) => !f.includes('/'));
    const canonical = usable.map((f) => known[f.toLowerCase()]).find((x) => x !== undefined) ?? canonicalOf(unit);
    if (!canonical) continue;
    for (const f of usable) add(f, { unit: canonical });
  }
  return out;
}

function canonicalOf(unit: string): string | null {
  if (unit.includes('-per-')) return unit === 'mile-per-hour' ? 'mph' : null;
  const s = unitPart('en', unit, 'short', 2);
  if (!s || s.includes('/')) return null;
  return s === 'L' || s === 'mL' ? s.toLowerCase() : s;
}
