/**
 * The claim frame: everything a figure must be known to be about before it can be compared with
 * another — indicator, flow, product, period (and whether it is a running total), status and
 * measure. Each field records the words it came from and whether the text states it (`sure`).
 *
 * A frame with a field that is missing or guessed is not comparable: checks say nothing about it.
 * That is the rule that keeps the checker quiet on real articles, where lists of indicators,
 * product sentences, plans and differences sit beside the figures that can really disagree.
 *
 * The vocabularies are data (`vocabulary.json`); this module only reads the figure's sentence.
 */
import type { DocumentAnalysis, Figure, IsoPeriod, Span } from '../types';
import { createTextModel, matchKey } from '../text/textModel';
import data from './vocabulary.json';
import { lowerBound, within } from './spans';
import { parsePeriod } from './period';
import { PhraseMatcher } from './phrases';
import subjectData from './subjects.json';
import { builtinKnowledge, slug } from '../entities/knowledge';
import metricsData from '../quantity/metrics.json';

export type Status = 'actual' | 'estimate' | 'target' | 'forecast';
export type Measure = 'value' | 'volume' | 'price' | 'rate' | 'count';

export interface FrameField<T> {
  value: T | null;
  /** The words of the text the value came from, as matched (lower case). */
  text?: string;
  /** True when the text states the value; false when it is inferred or unknown. */
  sure: boolean;
}

export interface ClaimFrame {
  indicator: FrameField<string>;
  /** `all` when the figure is about all goods (no product named in the article). */
  product: FrameField<string>;
  status: { value: Status; text?: string };
  measure: Measure;
  /** A difference (`tăng 500 triệu USD so với ...`), not a level: never a claim of its own. */
  difference: boolean;
  /** `tính đến hết tháng 9` makes a month the end of a year-to-date period. */
  yearToDate?: { period: IsoPeriod; text: string };
  /**
   * Whose statistics: `foreign` when the sentence attributes the figure to a partner's or an
   * international body (`theo Hải quan Trung Quốc`, `according to the World Bank`), whose series
   * is not Việt Nam's; `stated` when it names another source; absent when it names none.
   */
  source?: { kind: 'foreign' | 'stated'; text: string };
  /** The figure's clause names a province or city: the figure is probably that place's, not the country's. */
  local?: string;
  /** The entity id of the city `local` names, when it is one the vocabulary knows. */
  localPlace?: string;
  /**
   * The Vietnamese bodies the figure's sentence or the two before it name (`Tổng cục Hải quan`, `Bộ
   * Công Thương`, `VASEP`), by key (vocabulary.json `statisticsBodies`), sorted: two figures naming
   * different ones, none in common, are two counts, whose disagreement is a note.
   */
  bodies?: string[];
  /**
   * The sentence names a sector of firms before the figure (`khu vực có vốn đầu tư nước ngoài`,
   * `foreign-invested firms`, `doanh nghiệp trong nước`): the figure is that sector's part of the
   * flow, not the country's.
   */
  sector?: string;
  /** Investment and aid: the stage counted (registered, committed, disbursed), when the sentence names one. */
  stage?: { value: string; text: string };
  /** The sentence speaks of months (`6 tháng đầu năm`, `the past ten months`) but the period resolved is a whole year. */
  periodInDoubt?: string;
}

/**
 * One regular expression over a list of phrases, as whole words, longest first. Global (for
 * `matchAll`) only when asked: a global expression keeps state between `exec` calls.
 */
/** A text as a pattern that matches it literally. */
function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function phraseRegex(phrases: string[], anchor: '' | '$' = '', global = false, notBefore: string[] = []): RegExp {
  const alternatives = (list: string[]) =>
    [...new Set(list.map((p) => matchKey(p)))]
      .sort((a, b) => b.length - a.length)
      .map((k) => escapeRegExp(k).replace(/ /g, '\\s+'))
      .join('|');
  // (`notBefore`: words that, following the phrase, make it another thing: `cục thống kê Séc`.)
  const not = notBefore.length ? `(?!\\s+(?:${alternatives(notBefore)})(?![\\p{L}]))` : '';
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives(phrases)})(?![\\p{L}\\p{N}])${not}${anchor}`, global ? 'gu' : 'u');
}

/**
 * A sentence or paragraph opening on one of `phrases` (vocabulary.json `openings`), as a whole word,
 * or — `thenComma` — followed by an optional comma and a space.
 */
function openingRegex(phrases: string[], thenComma = false): RegExp {
  const keys = [...new Set(phrases.map((p) => matchKey(p)))].sort((a, b) => b.length - a.length);
  const alt = keys.map((k) => escapeRegExp(k).replace(/ /g, '\\s+')).join('|');
  return new RegExp(`^\\s*(?:${alt})${thenComma ? '\\s*,?\\s' : '(?![\\p{L}])'}`, 'u');
}
/** The openings vocabulary.json lists, by use. */
export const OPENINGS = {
  breakdownOfPair: openingRegex(data.openings.breakdownOfPair, true),
  partsOfTotal: openingRegex(data.openings.partsOfTotal),
  breakdownParagraph: openingRegex(data.openings.breakdownParagraph),
  breakdownOfPlace: openingRegex(data.openings.breakdownOfPlace),
};

const PRODUCT_OF = new Map<string, string>();
for (const [key, phrases] of Object.entries(data.products)) for (const p of phrases) PRODUCT_OF.set(matchKey(p), key);
const PRODUCTS = phraseRegex(Object.values(data.products).flat(), '', true);
/** PRODUCTS tried only at the words that open a product (phrases.ts). */
const PRODUCTS_AT_WORDS = new PhraseMatcher(PRODUCTS, Object.values(data.products).flat().map(matchKey));
const STATUS_OF = new Map<string, Status>();
for (const [key, phrases] of Object.entries(data.status)) for (const p of phrases) STATUS_OF.set(matchKey(p), key as Status);
const STATUS = phraseRegex(Object.values(data.status).flat(), '', true);
const STATUS_AT_WORDS = new PhraseMatcher(STATUS, Object.values(data.status).flat().map(matchKey));
/** A difference word right before the figure, a qualifier allowed between. */
const DIFFERENCE = new RegExp(
  `${phraseRegex(data.difference).source}\\s+(?:(?:khoảng|gần|hơn|trên|xấp xỉ|chừng|nearly|about|around|over|more than|almost|some)\\s+)?(?:us\\$|\\$)?\\s*$`,
  'u',
);
/** `đến` (by) opening a clause before a month. */
const BY_MONTH = /(?:^|[,;:(]\s*|^\s*)đến\s*$/u;
const YTD = new RegExp(`${phraseRegex(data.ytd).source}\\s*(?:ngày\\s+\\d{1,2}\\s*[/.-]\\s*)?$`, 'u');
const PARTNER_BEFORE = phraseRegex(data.partnerBefore, '$');
const SOURCE_LEAD = phraseRegex(data.sourceLead, '', true);
const FOREIGN_SOURCE = phraseRegex(data.foreignSources);
const STAGE_OF = new Map<string, string>();
for (const [key, phrases] of Object.entries(data.stages)) for (const p of phrases) STAGE_OF.set(matchKey(p), key);
const STAGES = phraseRegex(Object.values(data.stages).flat(), '', true);
const STAGES_AT_WORDS = new PhraseMatcher(STAGES, Object.values(data.stages).flat().map(matchKey));
/** Flows counted in stages (pledged or registered, then disbursed). */
export const STAGED_INDICATORS = /^(?:aid|investment)/;
/** The cities and provinces a figure may be about, by id: each province by its name with and without marks, and the cities' own phrases (also other names of a province). */
const PLACES: Record<string, string[]> = Object.fromEntries(
  data.provinces.map((name) => {
    const lower = matchKey(name);
    const bare = slug(name).replace(/-/g, ' ');
    return [`place:${slug(name)}`, bare === lower ? [lower] : [lower, bare]];
  }),
);
for (const [id, phrases] of Object.entries(data.cities)) PLACES[id] = [...(PLACES[id] ?? []), ...phrases];
const LOCAL_PLACE = phraseRegex([...data.localPlaces, ...Object.values(PLACES).flat()]);
const SECTOR = phraseRegex(data.sectors);
const CITY_OF = new Map<string, string>();
for (const [id, phrases] of Object.entries(PLACES)) for (const p of phrases) CITY_OF.set(matchKey(p), id);
const CITIES = phraseRegex(Object.values(PLACES).flat(), '', true);
/**
 * Names that hold a province's name and are no province: the Pacific (`xuyên Thái Bình Dương`, in
 * CPTPP's name), the battle of Điện Biên Phủ. Blanked before a text is read for places.
 */
const NOT_PLACES = /(?<![\p{L}])(?:châu á\s*-\s*)?thái bình dương|điện biên phủ(?![\p{L}])/gu;
function notPlaces(text: string): string {
  return text.replace(NOT_PLACES, (m) => ' '.repeat(m.length));
}
/** A city or province at the start of a text. */
const PLACE_AT = new RegExp(`^${phraseRegex(Object.values(PLACES).flat()).source}`, 'u');
const MONTHS_WITHIN = new RegExp(
  `${phraseRegex(data.monthsWithin).source}|(?<![\\p{L}\\p{N}])(?:\\d{1,2}|hai|ba|bốn|sáu|bảy|tám|chín|mười|mười một|two|three|four|five|six|seven|eight|nine|ten|eleven)\\s+(?:tháng|months)(?![\\p{L}\\p{N}])`,
  'u',
);
const ANAPHOR = /(?<![\p{L}\p{N}])(?:con số này|con số đó|số liệu này|giá trị này|kim ngạch này|this figure|the figure|that figure|the value|this value|that value|this represents|this marks|this reflects)(?![\p{L}\p{N}])(?!\s+of\s)/u;
/** Words that make a month's figure a part of it (`nửa đầu tháng 12`, `15 ngày đầu tháng`, `tính đến giữa tháng 6`: to mid-June), not the month. */
const PART_OF_MONTH = /nửa đầu tháng|nửa cuối tháng|giữa tháng|trung tuần tháng|thượng tuần tháng|hạ tuần tháng|(?<![\p{L}])mid-(?:january|february|march|april|may|june|july|august|september|october|november|december|month)|(?:the )?middle of (?:january|february|march|april|may|june|july|august|september|october|november|december|the month)|(?<![\p{L}])kỳ [12] tháng|(?<![\p{L}\p{N}])\d{1,2}\s*-\s*\d{1,2}\s*\/\s*\d{1,2}(?!\s*-)|(?<![\p{L}\p{N}])\d{1,2}\s+ngày\s+(?:đầu|cuối)|first half of (?:january|february|march|april|may|june|july|august|september|october|november|december|the month)|second half of (?:january|february|march|april|may|june|july|august|september|october|november|december|the month)|first \d{1,2} days|(?:từ|from)\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s+(?:đến|to|until)/u;
/** A dateline (`Hà Nội (TTXVN) -`) names where the agency writes from, not what the figure is about. */
const DATELINE = /^[^()]{0,40}\([^()]{2,30}\)\s*[-–—]\s*/;
/** A dateline with its date (`Hà Nội, ngày 15/2/2024 -`, `Hanoi, 15/2/2024 –`, `Hanoi, June 2, 2023 -`). */
const DATED_DATELINE = /^[^,()\d]{2,30},\s*(?:(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:\s*,\s*\d{4})?|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?)\s*[-–—]\s*/i;
/** A dateline in capitals: `HANOI:`, `HÀ NỘI –`, `TP HỒ CHÍ MINH (VNA) —`. */
const CAPS_DATELINE = /^\s*(?:date\s+)?(?:\d{4}-\d{2}(?:-\d{2})?\s+|\d{1,2}\/\d{1,2}\/\d{4}\s+)?\p{Lu}[\p{Lu} .,]{1,30}(?:\([^()]{2,30}\))?\s*[:–—-]\s+/u;

/** Indicators a product can narrow (a commodity's exports, a sector's FDI). Others are about no product. */
const PRODUCT_INDICATORS = /^(export|import|trade|price|investment|fdi|output)/;

export interface ProductMention {
  key: string;
  text: string;
  /** The product with what is made from it (`sắn và các sản phẩm từ sắn`). */
  group?: boolean;
  /** Offset in the matchKey of the text searched. */
  at: number;
  /**
   * A Vietnamese product word with a word after it that narrows it to a kind the vocabulary does
   * not know (`thịt heo`, `tôm sú`, `hạt điều nhân`): which goods, exactly, is not sure.
   */
  narrow?: boolean;
}

/**
 * The whole a share is of (`tôm chiếm 38% kim ngạch xuất khẩu thủy sản với …`, `accounting for 38% of
 * the seafood export turnover`): the product named there is not the one the figures are about.
 * (It ends at `là`: `chiếm tỷ trọng lớn nhất trong các sản phẩm xuất khẩu … là tôm chân trắng, với
 * kim ngạch …` names the part after it.)
 */
const SHARE_OF = /(?:chiếm(?: tỷ trọng| tỉ trọng)?|accounting for|accounts for|accounted for|account for|making up|makes up|made up)\s[^,;]*?(?=\s(?:với|with|và|and|đạt|reached|là)\s|[,;(]|$)/g;

/**
 * After a product, the words that make it a group with what is made from it: `sắn và các sản
 * phẩm từ sắn`, `cassava and cassava products`, `gỗ và sản phẩm gỗ` (the product repeated or not).
 */
const GROUP_TAIL = /^\s+(?:và|and)\s+(?:các\s+|its\s+|their\s+)?(?:(?:sản phẩm|chế phẩm)(?:\s+(?:từ|của|làm từ))?|(?:[\p{L}-]+\s+){0,2}(?:products|derivatives))(?![\p{L}])/u;
/** The vocabulary's products, matched at one place (sticky). */
const PRODUCT_AT = new RegExp(PRODUCTS.source, 'uy');
/** A product phrase of the vocabulary that already is such a group (`wood and wood products`). */
const GROUP_PHRASE = /\s(?:và|and)\s.*(?:sản phẩm|products)/;

const ASSOCIATION_BEFORE = /(?:hiệp hội|liên hiệp|tổng công ty|tập đoàn)(?:\s+(?:chế|biến|xuất|nhập|khẩu|sản|kinh|doanh|và|ngành|công|nghiệp|nông|lâm|thủy|hải|hàng|cây|gia|vị|thực|phẩm|việt|nam|quốc))*\s+(?:(?:và|,)\s+(?:[\p{L}]+\s+){0,2})?$/u;
// (`the Vietnam Association of Seafood Exporters and Producers`: an English body's name before its goods.)
const ASSOCIATION_OF = /(?:association|council|federation|chamber|confederation)\s+of\s+(?:the\s+)?(?:[\p{L}]+\s+)?$/u;
const ASSOCIATION_AFTER = /^(?:\s*(?:,|and|&)?\s+[\p{L}]+){0,3}?\s+(?:association|council|corporation|institute|federation)(?![\p{L}])/u;
/**
 * The products of a text, remembered for the texts read again (a sentence's text before each of its
 * figures, a title for each figure): the answer depends on the text alone. Callers only read it.
 * Bounded in entries and characters.
 */
const productsCache = new Map<string, ProductMention[]>();
let productsCacheChars = 0;
export function productsIn(lower: string): ProductMention[] {
  let hit = productsCache.get(lower);
  if (hit === undefined) {
    hit = readProducts(lower);
    if (productsCache.size >= 20_000 || productsCacheChars + lower.length > 4_000_000) {
      productsCache.clear();
      productsCacheChars = 0;
    }
    productsCache.set(lower, hit);
    productsCacheChars += lower.length;
  }
  return hit;
}

function readProducts(lower: string): ProductMention[] {
  const out: ProductMention[] = [];
  const wholes = [...lower.matchAll(SHARE_OF)].map((m) => [m.index!, m.index! + m[0].length]);
  let groupEnd = -1;
  for (const m of PRODUCTS_AT_WORDS.matches(lower)) {
    const key = PRODUCT_OF.get(m[0].replace(/\s+/g, ' '));
    if (!key || wholes.some(([a, b]) => m.index! >= a && m.index! < b)) continue;
    // (The product repeated inside its group, `… sản phẩm từ sắn`, is the group's.)
    if (m.index! < groupEnd) continue;
    const end = m.index! + m[0].length;
    // (A product in a body's name, `Hiệp hội Hồ tiêu và Cây gia vị`, `the Vietnam Pepper and Spice
    // Association`, names the body, not the goods.)
    if (ASSOCIATION_BEFORE.test(lower.slice(Math.max(0, m.index! - 40), m.index!)) || ASSOCIATION_OF.test(lower.slice(Math.max(0, m.index! - 40), m.index!)) || ASSOCIATION_AFTER.test(lower.slice(end, end + 40))) continue;
    const tail = GROUP_TAIL.exec(lower.slice(end, end + 60));
    if (tail) {
      let stop = end + tail[0].length;
      // The product named again after the tail belongs to the group.
      const again = PRODUCT_AT;
      again.lastIndex = stop + (/^\s/.test(lower.slice(stop)) ? 1 : 0);
      const rep = again.exec(lower);
      if (rep && PRODUCT_OF.get(rep[0].replace(/\s+/g, ' ')) === key) stop = again.lastIndex;
      groupEnd = stop;
      out.push({ key, text: lower.slice(m.index!, stop), at: m.index!, group: true });
      continue;
    }
    // (Goods made from a product are not the product: `sản phẩm từ cao su`, `products made from
    // rubber`. English `chicken products`, `textile and garment products` are the goods themselves.)
    const madeFrom = key !== 'all' && (MADE_FROM_BEFORE.test(lower.slice(Math.max(0, m.index! - 24), m.index!)) || productsBeside(lower, m[0], m.index!, end));
    out.push({ key, text: m[0], at: m.index!, ...(GROUP_PHRASE.test(m[0]) ? { group: true } : {}), ...(key !== 'all' && (madeFrom || narrowed(lower, m[0], m.index!, end)) ? { narrow: true } : {}) });
  }
  return out;
}

/**
 * Whether the word right after a Vietnamese product word, named as the goods of a flow or a measure
 * (`nhập khẩu thịt heo`, `lượng tôm sú`, `27.410 tấn thịt heo`, `1,83 triệu m3 gỗ tròn`), narrows it (see
 * ProductMention.narrow). (After anything else the next word is as likely a verb: `ngành da giày
 * đối mặt …`.)
 */
const GOODS_OF = /(?:xuất khẩu|nhập khẩu|xuất|nhập|lượng|kim ngạch|tấn|m3|m³|khối|mét khối|mặt hàng|sản phẩm|hàng)\s$/u;
function narrowed(lower: string, phrase: string, start: number, end: number): boolean {
  if (!GOODS_OF.test(lower.slice(Math.max(0, start - 14), start))) return false;
  // (Processing narrows any product to its processed goods: `sản phẩm chanh leo đã qua chế biến`;
  // so does `nguyên liệu`, the raw material: `gỗ nguyên liệu`.)
  // (So does value added, `sản phẩm cá tra GTGT`, `cá tra giá trị gia tăng`: the processed goods.)
  if (/^ (?:(?:đã qua |đã được )?chế biến|nguyên liệu|gtgt|giá trị gia tăng)(?![\p{L}])/u.test(lower.slice(end, end + 24))) return true;
  if (!/[^\x00-\x7f]/.test(phrase)) return false;
  const w = /^ ([\p{L}][\p{L}\d'’-]*)/u.exec(lower.slice(end, end + 30))?.[1];
  // (A grade or type code, `hạt điều W320`, `xăng RON95`, narrows the goods to that kind.)
  if (w && /^[a-z]{1,4}\d{2,4}$/.test(w)) return true;
  if (!w || NOT_GOODS.has(w) || /^[a-z]+$/.test(w)) return false;
  PRODUCT_AT.lastIndex = end + 1;
  const next = PRODUCT_AT.exec(lower);
  return !(next && next.index === end + 1);
}

/**
 * `$1.05 billion worth of rubber and $515 million worth of rubber products`: an English `X
 * products` beside a bare `X` in the same stretch of text are two goods, the second made from the
 * first.
 */
function productsBeside(lower: string, phrase: string, start: number, end: number): boolean {
  if (!/^\s+products(?![\p{L}])/u.test(lower.slice(end, end + 12))) return false;
  const window = lower.slice(Math.max(0, start - 150), Math.min(lower.length, end + 150));
  const p = escapeRegExp(phrase);
  return new RegExp(`(?<![\\p{L}])${p}(?![\\p{L}])(?!\\s+(?:products|and\\s+${p}))`, 'u').test(window);
}

/** `sản phẩm từ`, `sản phẩm làm từ`, `products made from` right before a product: goods made from it; `toàn ngành` (the whole sector): it and all made from it. */
const MADE_FROM_BEFORE = /(?:(?:sản phẩm|mặt hàng|hàng)(?:\s+làm)?\s+từ|products\s+made\s+(?:from|of)|toàn ngành)\s+$/u;

/** Words that set one product apart from its group: `Tính riêng mặt hàng sắn`, `riêng sắn lát`. */
const NARROW_BEFORE = /(?:^|\s)(?:tính riêng|riêng)\s+(?:(?:mặt hàng|nhóm hàng|sản phẩm|đối với)\s+)?$/;

const groupKeysCache = new WeakMap<DocumentAnalysis, Set<string>>();
/**
 * The products a document names as a group with their products (`sắn và các sản phẩm từ sắn`) and
 * also sets apart on their own (`Tính riêng mặt hàng sắn`). In such a document the product named
 * alone may be the narrower item or the group for short, and the text does not say which.
 */
function groupKeys(doc: DocumentAnalysis): Set<string> {
  let s = groupKeysCache.get(doc);
  if (!s) {
    // A group, and the product alone set apart from it (`Tính riêng mặt hàng sắn`): only then
    // may the product named alone be the narrower item (else it is the group for short).
    const lower = matchKey(doc.text);
    const mentions = productsIn(lower);
    const apart = new Set(mentions.filter((p) => !p.group && NARROW_BEFORE.test(lower.slice(Math.max(0, p.at - 30), p.at))).map((p) => p.key));
    s = new Set(mentions.filter((p) => p.group && apart.has(p.key)).map((p) => p.key));
    groupKeysCache.set(doc, s);
  }
  return s;
}

/**
 * Words of a group that also name one of its parts: `cua` is crab for short (`xuất khẩu cua sang
 * Trung Quốc`), but mud crab beside `ghẹ` (`xuất khẩu cua … đạt gần 93 triệu USD, xuất khẩu ghẹ …`),
 * in a document that names the sibling alone.
 */
const PART_WORDS = new Map(Object.entries(data.partWords as Record<string, string>).map(([w, sibling]) => [matchKey(w), matchKey(sibling)]));
const siblingsCache = new WeakMap<DocumentAnalysis, Set<string>>();
function namesSibling(doc: DocumentAnalysis, word: string): boolean {
  const sibling = PART_WORDS.get(word);
  if (!sibling) return false;
  let named = siblingsCache.get(doc);
  if (!named) {
    named = new Set(productsIn(matchKey(doc.text)).map((p) => p.text));
    siblingsCache.set(doc, named);
  }
  return named.has(sibling);
}

/** A product named alone in a document that names it as a group and sets it apart from it is not sure. */
function groupSure(doc: DocumentAnalysis, field: FrameField<string>, mention?: ProductMention): FrameField<string> {
  if (mention?.narrow && field.sure && field.value && field.value !== 'all') return { ...field, sure: false };
  if (mention && field.sure && namesSibling(doc, mention.text)) return { ...field, sure: false };
  if (!field.sure || !field.value || field.value === 'all' || mention?.group || !groupKeys(doc).has(field.value)) return field;
  return { ...field, sure: false };
}

const titleProducts = new WeakMap<DocumentAnalysis, Set<string>>();

/** The block that holds `offset` (blocks are sorted and do not overlap). */
function blockAt(doc: DocumentAnalysis, offset: number): Span | null {
  const blocks = doc.structure.blocks;
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < blocks.length && blocks[lo].start <= offset ? blocks[lo] : null;
}

/** Products named by the article's title, and by the figure's paragraph before the figure (not `all`). */
function productsOfContext(doc: DocumentAnalysis, f: Figure): Set<string> {
  let s = titleProducts.get(doc);
  if (!s) {
    s = new Set();
    const title = realTitle(doc);
    if (title) for (const p of productsIn(matchKey(doc.text.slice(title.start, title.end)))) if (p.key !== 'all') s.add(p.key);
    // (A page with no title, its text opening on a stamp and a caption, takes its topic from its
    // first sentence: `nhập khẩu dầu thô về Việt Nam trong tháng 11 đạt …` makes `Brunei … hơn 86
    // nghìn tấn` crude oil's.)
    const lead = s.size === 0 && !realTitle(doc) ? leadProduct(doc) : null;
    if (lead) s.add(lead);
    titleProducts.set(doc, s);
  }
  const out = new Set(s);
  const block = blockAt(doc, f.start);
  if (block) for (const p of blockProducts(doc, block)) if (p.at < f.start && p.key !== 'all') out.add(p.key);
  return out;
}

/** The products a paragraph names, with their offsets in the original text (read once per paragraph). */
const blockProductCache = new WeakMap<DocumentAnalysis, Map<number, { key: string; at: number }[]>>();
function blockProducts(doc: DocumentAnalysis, block: Span): { key: string; at: number }[] {
  let byBlock = blockProductCache.get(doc);
  if (!byBlock) blockProductCache.set(doc, (byBlock = new Map()));
  let list = byBlock.get(block.start);
  if (!list) {
    const model = createTextModel(doc.text.slice(block.start, block.end));
    // (A mention counts from its end: `… cà phê` before a figure names coffee only once it is whole.)
    list = productsIn(model.lower).map((p) => ({ key: p.key, at: block.start + model.toOriginal(p.at + p.text.length) }));
    byBlock.set(block.start, list);
  }
  return list;
}

/** The end of the clause that holds `offset` (a comma or semicolon before a space, or the sentence's end). */
function clauseEnd(lower: string): number {
  const m = /[,;](?=\s)|\s(?:trong khi|trong đó|while|whereas)\s/.exec(lower);
  return m ? m.index : lower.length;
}

/**
 * The product a figure is about: named in its clause before it, else in its sentence before it,
 * else right after it in its clause (`1,62 triệu tấn cà phê`, `4,7 tỷ USD từ xuất khẩu gạo`). A
 * sentence that names none is about all goods for two-way trade and balances, and for a flow whose
 * title and paragraph name no product; under a product's title or after a product's sentence the
 * product is a guess and the field is not sure.
 */
function productOf(doc: DocumentAnalysis, f: Figure, indicator: string | null, before: string, clauseBefore: string, after: string): FrameField<string> {
  const p = productOfAny(doc, f, indicator, before, clauseBefore, after);
  // A price per tonne is always some good's: `all goods` has none (`an average price of 314 USD per
  // tonne` in an article on fertiliser says nothing against cassava's 455.5).
  if (indicator === 'price' && p.value === 'all') return { value: null, sure: false };
  // (`Trung Quốc … chiếm 64,9% tổng kim ngạch xuất khẩu với 2,16 tỷ USD` in a paragraph on fruit
  // markets: the total a market's share is of is the whole of the goods the text is about, not all
  // goods. Read as all goods only from that total, the figure's goods are not known.)
  if (p.value === 'all' && SHARE_OF_TOTAL.test(before.slice(-160))) return { value: null, sure: false };
  // Nor do all goods weigh: a tonnage is some good's (`Ấn Độ … chiếm 42,6% đạt 38.038 tấn` in an
  // article on a spice the vocabulary does not know).
  if (p.value === 'all' && f.unit && WEIGHT_UNITS.test(f.unit)) return { value: null, sure: false };
  return p;
}

function productOfAny(doc: DocumentAnalysis, f: Figure, indicator: string | null, before: string, clauseBefore: string, after: string): FrameField<string> {
  if (!indicator || !PRODUCT_INDICATORS.test(indicator)) return { value: 'all', sure: true };
  // A stock of investment (`dự án còn hiệu lực`, `lũy kế`, `valid projects`) counts every kind of
  // capital: no new projects' or increases' share, whatever the title names.
  if (/^(?:investment|fdi)/.test(indicator) && INVESTMENT_STOCK.test(before)) return { value: 'all', sure: true };
  // A count's own noun names what is counted (`nhập khẩu 4.281 xe ôtô`).
  if (f.kind === 'count' && f.unit) {
    const own = productsIn(`${matchKey(f.unit)} ${after.slice(0, after.search(/[,;.(]|$/)).split(/\s+/).slice(0, 3).join(' ')}`).filter((p) => p.key !== 'all');
    if (own.length === 1) return { value: own[0].key, text: own[0].text, sure: true };
  }
  // A tonnage's own goods, right after it (`nhập khẩu 1,4 triệu tấn đậu tương`, `3.1 million tons of
  // rice`), whatever the words before say (`cả nước` says whose total, not which goods).
  if (f.unit && WEIGHT_UNITS.test(f.unit)) {
    const m = /^\s+(?:of\s+)?(?=\p{L})/u.exec(after);
    if (m) {
      const own = productsIn(after.slice(m[0].length, m[0].length + 60)).filter((p) => p.at === 0 && p.key !== 'all');
      if (own.length) return groupSure(doc, { value: own[0].key, text: own[0].text, sure: true }, own[0]);
      if (unknownGoods('', after)) return { value: null, sure: false };
    }
  }
  // (`$515 million worth of rubber products`: the goods right after `worth of` are the figure's,
  // whatever the sentence named before it.)
  const worth = /^\s+worth\s+of\s+(?=\p{L})/u.exec(after);
  if (worth) {
    // (Read with the sentence before it, so that `rubber products` beside a bare `rubber` is told apart.)
    const text = `${before} ${after.slice(0, worth[0].length + 150)}`;
    const at = before.length + 1 + worth[0].length;
    const own = productsIn(text).filter((p) => p.at === at && p.key !== 'all');
    if (own.length) return groupSure(doc, { value: own[0].key, text: own[0].text, sure: true }, own[0]);
  }
  // (`chi 2,8 tỷ USD để nhập khẩu dược phẩm`, `spent $4.3 million on importing coal`: the goods the
  // money was spent on are the figure's, whatever the words before say — `cả nước` says who spent.)
  const spent = /^\s+(?:on\s+importing|importing|để\s+nhập\s+khẩu)\s+(?=\p{L})/u.exec(after);
  if (spent) {
    // (The goods may follow their quantity: `on importing more than 29.56 million tonnes of coal`.)
    const named = productsIn(after.slice(spent[0].length, spent[0].length + 60).split(/[,;(]|\.(?!\d)/)[0]);
    const keys = new Set(named.map((p) => p.key));
    if (keys.size === 1) return named[0].key === 'all' ? { value: 'all', text: named[0].text, sure: true } : groupSure(doc, { value: named[0].key, text: named[0].text, sure: true }, named[0]);
    if (/^(?:goods|hàng hóa|hàng hoá|commodities)(?![\p{L}])/u.test(after.slice(spent[0].length))) return { value: 'all', sure: true };
    return { value: null, sure: false };
  }
  // `cả nước`, `tổng kim ngạch xuất khẩu` name all goods only on their own: beside a product
  // (`xuất khẩu rau quả của cả nước`) they say whose total it is, not which goods.
  const specific = (list: ProductMention[]) => (list.some((p) => p.key !== 'all') ? list.filter((p) => p.key !== 'all') : list);
  // (`seafood exports reached A, of which shrimp …, reaching B`: the products after the last
  // breakdown word are B's.)
  // (`this fruit`, `loại trái cây này` point back: their noun names no product of its own.)
  const own = before.replace(FRUIT_ANAPHOR, (m) => ' '.repeat(m.length));
  const bd = lastMatch(BREAKDOWN_ALL, own);
  const sliced = bd >= 0 && productsIn(own.slice(bd)).some((p) => p.key !== 'all');
  const inBefore = specific(productsIn(sliced ? own.slice(bd) : own));
  if (!inBefore.length && own !== before) return productPointedBack(doc, f, before);
  // (`chủng loại SVR 10 được xuất khẩu nhiều nhất … với 29,19 nghìn tấn`: a grade the vocabulary
  // does not know, named after the goods, is a part of them, not the goods.)
  const grade = lastMatch(GRADE_ALL, own);
  if (grade >= 0 && !productsIn(own.slice(grade).replace(GRADE, '').slice(0, 40)).some((p) => p.key !== 'all' && p.at <= 1)) return { value: null, sure: false };
  // (`xuất khẩu được 16.136 tấn hoa hồi, tổng kim ngạch xuất khẩu đạt 83 triệu USD`: a total after
  // goods the vocabulary does not know is theirs, not all goods'.)
  if (inBefore.length && inBefore.every((p) => p.key === 'all') && unknownGoods(before, '', true)) return { value: null, sure: false };
  // (`tổng kim ngạch xuất khẩu nhóm hàng này của cả nước`: `cả nước` says whose total, `nhóm hàng
  // này` which goods.)
  if (inBefore.length && inBefore.every((p) => p.key === 'all') && PRODUCT_ANAPHOR.test(before)) return productPointedBack(doc, f, before);
  if (inBefore.length) {
    const last = inBefore[inBefore.length - 1];
    // (`exports of computers … made a contribution to Vietnam's total export value in 2025, which
    // reached $475 billion`: home's total named after the goods, then the figure — whose it is the
    // sentence does not settle.)
    if (last.key !== 'all' && lastMatch(HOME_TOTAL, own) > last.at + (sliced ? bd : 0)) return { value: null, sure: false };
    // `xuất khẩu gạo và cà phê đạt …`: two products named together give no single one.
    // (A colon opens a list of its own: `các mặt hàng chủ lực đều tăng: xuất khẩu cá tra tăng 22%`.)
    let tail = before.slice(Math.max(0, before.length - clauseBefore.length));
    if (tail.lastIndexOf(': ') >= 0) tail = tail.slice(tail.lastIndexOf(': ') + 2);
    const inClause = specific(productsIn(tail));
    // (With none in its clause, the sentence's products before it: two different ones give none,
    // `Coffee is a highlight of agricultural products …, generating US$2 billion`.)
    const named = inClause.length ? inClause : inBefore;
    const keys = new Set(named.map((p) => p.key));
    // (One item of a list of goods the vocabulary mostly does not know, `including oilseed meal,
    // wheat, fish meal, …`, is not what the figure counts.)
    if (keys.size === 1 && amidUnknownGoods(before, last)) return { value: null, sure: false };
    if (keys.size === 1) return groupSure(doc, { value: last.key, text: last.text, sure: true }, last);
    return { value: null, sure: false };
  }
  // `…, bao gồm vốn đăng ký mới, …`: what follows a list word breaks the total down.
  // (Also in brackets: `144,5 triệu USD năm 2009 (trong đó mặt hàng gạo chiếm tới 95%)`.)
  const list = /[\s(](?:bao gồm|gồm|including|comprising|of which|trong đó)\s/.exec(after);
  const afterClause = after.slice(0, Math.min(clauseEnd(after), 80, list ? list.index : Infinity));
  const inAfter = specific(productsIn(afterClause));
  if (inAfter.length) return groupSure(doc, { value: inAfter[0].key, text: inAfter[0].text, sure: new Set(inAfter.map((p) => p.key)).size === 1 }, inAfter[0]);
  // `xuất khẩu mặt hàng này`, `this commodity`: the one product the sentence before names.
  if (PRODUCT_ANAPHOR.test(before)) return productPointedBack(doc, f, before);
  // Two-way trade and balances are about all goods unless their sentence names a product.
  if (/^trade\./.test(indicator)) return { value: 'all', sure: true };
  // Goods the vocabulary does not know (`nhập khẩu thức ăn chăn nuôi`, `1,2 triệu tấn khô dầu`)
  // are still goods: not all goods, and not the title's product.
  if (unknownGoods(before, f.unit && WEIGHT_UNITS.test(f.unit) ? after : '')) return { value: null, sure: false };
  // A flow whose title and paragraph name no product is about all goods. Under a title naming one
  // product, with no other product named in its paragraph before it, it is that product's (`Về
  // thị trường, Mỹ … đạt 304 triệu USD` in an article on cashew); after a sentence on another
  // product (`Tính chung 11 tháng, xuất khẩu đạt 3,54 tỷ USD` after one on coffee, under a title
  // on rice) it is a guess, so not sure.
  // (`Việt Nam's exports to the Chinese market reached US$17.7 billion`, `xuất khẩu của Việt Nam
  // sang …`: the country named as the exporter with no goods is its whole flow, or a guess, not the
  // title's product.)
  const context = productsOfContext(doc, f);
  if (context.size > 0 && HOME_FLOW.test(before)) return { value: null, sure: false };
  // (Not in an article whose opening is about goods the vocabulary does not know: `xuất khẩu thức
  // ăn chăn nuôi` in the lead makes `xuất khẩu sang Trung Quốc … đạt 192 triệu USD` theirs.)
  if (context.size === 0) return unknownTopic(doc) ? { value: null, sure: false } : { value: 'all', sure: true };
  if (context.size === 1) {
    const title = titleProduct(doc);
    if (title && context.has(title)) return groupSure(doc, { value: title, text: title, sure: true });
    // A unit price is some good's: with one product in its paragraph, named in the sentence right
    // before (`… nhập khẩu hơn 4,2 triệu tấn ngô. Giá nhập khẩu trung bình … đạt 350 USD/tấn`), it is that one's.
    const prev = indicator === 'price' && f.unit?.includes('/') ? previousSentence(doc, f.start) : null;
    const named = prev ? specific(productsIn(lowerOf(doc, prev))) : [];
    if (named.length && named.every((p) => context.has(p.key))) return groupSure(doc, { value: named[0].key, text: named[0].text, sure: true }, named[0]);
  }
  return { value: null, sure: false };
}

/**
 * `xuất khẩu mặt hàng này`, `this commodity`: the one product the sentence before names — in the
 * paragraph before when this sentence opens a paragraph (`Tính chung 3 tháng đầu năm 2024, xuất
 * khẩu các sản phẩm này đạt …`).
 */
function productPointedBack(doc: DocumentAnalysis, f: Figure, before: string): FrameField<string> {
  const prev = previousSentence(doc, f.start, true);
  const named = prev ? productsIn(lowerOf(doc, prev)) : [];
  const keys = new Set((named.some((p) => p.key !== 'all') ? named.filter((p) => p.key !== 'all') : named).map((p) => p.key));
  if (keys.size === 1 && !keys.has('all')) return { value: [...keys][0], text: PRODUCT_ANAPHOR.exec(before)![0], sure: true };
  return { value: null, sure: false };
}

const INVESTMENT_STOCK = /(?<![\p{L}])(?:còn hiệu lực|lũy kế|luỹ kế|valid projects|still valid|accumulated|cumulative)(?![\p{L}])/u;

/**
 * A flow that breaks down the two-way trade stated before it in its sentence (`Total trade … hit
 * $7.8 billion last year, including $5.15 billion from exports`, `thương mại hai chiều đạt 4,8 tỷ
 * USD, trong đó xuất khẩu đạt 3,9 tỷ USD`) is of all goods, as the whole is, whatever product the
 * title names — unless a product is named between them.
 */
const PART_OF_WHOLE = /(?<![\p{L}])(?:of which|in which|trong đó|trong số đó|including|bao gồm|gồm)(?![\p{L}])/u;
function partOfTrade(doc: DocumentAnalysis, f: Figure, indicator: string | null, levels: Figure[]): FrameField<string> | null {
  if (indicator !== 'export' && indicator !== 'import') return null;
  const whole = levels.filter((g) => g.end <= f.start && g.metric === 'trade.two-way').pop();
  if (!whole) return null;
  const between = lowerOf(doc, { start: whole.end, end: f.start });
  if (!PART_OF_WHOLE.test(between) || /[.;](?:\s|$)/.test(between) || productsIn(between).some((p) => p.key !== 'all')) return null;
  let sentenceStart = 0;
  for (const m of doc.text.slice(0, whole.start).matchAll(/[.!?\n](?=\s)/g)) sentenceStart = m.index + 1;
  if (productsIn(lowerOf(doc, { start: sentenceStart, end: whole.start })).some((p) => p.key !== 'all')) return null;
  return { value: 'all', sure: true };
}

/**
 * A sentence that gives both flows of a pair in money and names no goods (`Năm 2019, kim ngạch xuất
 * khẩu của Việt Nam sang Bờ Biển Ngà đạt 273 triệu USD, tăng 50% và nhập khẩu từ thị trường này đạt
 * 702 triệu USD`) is about all goods, whatever product the title or the paragraph named.
 */
function bothFlows(f: Figure, indicator: string | null, levels: Figure[], before: string, after: string): FrameField<string> | null {
  if ((indicator !== 'export' && indicator !== 'import') || (f.kind !== 'money' && f.kind !== 'percent')) return null;
  const other = indicator === 'export' ? 'import' : 'export';
  if (!levels.some((g) => g !== f && g.kind === 'money' && g.metric === other)) return null;
  if (productsIn(`${before} ${after}`).some((p) => p.key !== 'all') || unknownGoods(before, after)) return null;
  return { value: 'all', sure: true };
}

/**
 * Whether the words right after the last flow word before a figure (`nhập khẩu X`, `exports of X`),
 * after a tonnage (`1,47 triệu tấn X`, `tonnes of X`), or right after the figure itself when it is a
 * tonnage, name goods the vocabulary does not know: a word that is neither a product nor one of the
 * words that go on a flow without naming goods (`của`, `sang`, `đạt`, `hàng hóa`, `the`, …).
 */
const WEIGHT_UNITS = /^(?:t|kg|tấn|tonnes?|tons?|mt)$/i;
const FLOW_THEN = /(?<![\p{L}])(?:xuất khẩu|nhập khẩu|exports? of|imports? of|exported|imported|(?:tấn|tonnes?|tons?)(?:\s+of)?)\s+/gu;
const NOT_GOODS = new Set(
  (
    'của sang từ hàng bình lớn đạt cao mặt tăng trong chủ sản nhóm giữa chính về giảm vào trung gần việt nhiều hơn được khoảng ước các lại năm chỉ đứng đã và cũng tới có loại ở quan hai thứ là luôn đến tại trên nhập xuất sụt vượt với tổng tháng để hầu thấp ngành đi gấp nửa đơn đang thường số nước lên quý thị vẫn khối tính cho sẽ thu suy trực khác thế nhưng do bắt khá hỗn ghi châu trước tỷ triệu nghìn ngàn qua những chiếm chung cả toàn đều ra sau tiểu lô chuyển tạm tái kim trị giá lượng mức bằng ròng như này đó ấy hoặc hay thêm tiếp liên kể vừa mới nay gồm bao theo tương sơ hết đầu cuối riêng phần bộ'
    + ' goods to from into the a an of in at by for on was were is are has have had reached rose fell grew totalled totaled hit stood amounted increased decreased dropped surged jumped climbed declined last first this that these its their vietnam vietnamese vietnam\'s country\'s nation\'s about around nearly roughly over more than some almost approximately all various certain key main major many such mostly mainly worth valued products product items commodities merchandise increasingly combined total overall annual monthly or and which while with as accounting up down compared each per respectively year years month months against versus so but since during after before until through when where making bringing marking representing equal equivalent'
    + ' so tức mang đem đưa giúp khiến làm bởi vì nên mà thì khi còn trở kể hoặc thô nguyên chiếc thuận'
    // (Number words: `Xuất khẩu bảy tháng` counts months, not goods.)
    + ' một ba bốn sáu bảy tám chín mười mươi mấy two three four five six seven eight nine ten eleven twelve'
  )
    .split(' ')
    .map((w) => matchKey(w)),
);
function unknownGoods(before: string, afterTonnage: string, anyFlow = false): boolean {
  const named = (text: string, flow = ''): boolean => {
    // (`xuất khẩu sản phẩm ống đồng`: the goods are the words after `sản phẩm`, `mặt hàng`.)
    const rest = text.replace(/^(?:các\s+)?(?:sản phẩm|mặt hàng|nhóm hàng)\s+/u, '');
    const w = /^[\p{L}][\p{L}'’-]*/u.exec(rest)?.[0];
    // (`imports of Binh Duong province`: a place is whose flow it is, not the goods.)
    if (PLACE_AT.test(rest)) return false;
    // (`nhập khẩu than từ Úc`: after a Vietnamese flow word, `than` is coal, not English `than`.)
    if (w === 'than' && /khẩu\s+$/u.test(flow)) return true;
    if (!w || NOT_GOODS.has(w.replace(/’/g, "'"))) return false;
    return !productsIn(rest.slice(0, 60)).some((p) => p.at === 0);
  };
  let last = -1;
  let flow = '';
  for (const m of before.matchAll(FLOW_THEN)) {
    last = m.index + m[0].length;
    flow = m[0];
    if (anyFlow && named(before.slice(last), flow)) return true;
  }
  if (last >= 0 && named(before.slice(last), flow)) return true;
  if (afterTonnage) {
    const m = /^\s+(?:of\s+)?(?=\p{L})/u.exec(afterTonnage);
    if (m && named(afterTonnage.slice(m[0].length))) return true;
  }
  return false;
}

/** Whether the article's title or first sentence names goods the vocabulary does not know after a flow word (read once per document). */
const unknownTopicCache = new WeakMap<DocumentAnalysis, boolean>();
function unknownTopic(doc: DocumentAnalysis): boolean {
  let v = unknownTopicCache.get(doc);
  if (v === undefined) {
    const title = doc.structure.blocks.find((b) => b.kind === 'title');
    const opening = doc.structure.blocks.find((b) => b.kind === 'lead' || b.kind === 'body');
    const first = opening ? doc.structure.sentences.find((x) => x.start >= opening.start && x.end <= opening.end) : undefined;
    v = [title, first].some((span) => {
      if (!span) return false;
      const lower = lowerOf(doc, span);
      return !productsIn(lower).some((p) => p.key !== 'all') && unknownGoods(lower, '', true);
    });
    unknownTopicCache.set(doc, v);
  }
  return v;
}

/** Whether a product named in a comma list stands beside an item that is no product the vocabulary knows. */
function amidUnknownGoods(text: string, m: ProductMention): boolean {
  // (Only in a list the text opens as one: `including …`, `bao gồm …`, `such as …`.)
  if (!/(?<![\p{L}])(?:including|includes|bao gồm|gồm|such as)\s[^.;]*$/u.test(text.slice(Math.max(0, m.at - 80), m.at))) return false;
  const left = text.slice(Math.max(0, m.at - 40), m.at);
  const right = text.slice(m.at + m.text.length, m.at + m.text.length + 40);
  const item = (s: string) => s.trim().split(/\s+/).filter(Boolean);
  const known = (s: string) => productsIn(s.trim()).some((p) => p.at === 0);
  if (/,\s*$/.test(left)) {
    const prevItem = left.replace(/,\s*$/, '').split(/[,:;(]/).pop() ?? '';
    const words = item(prevItem).slice(-3).join(' ');
    if (words && !known(words.split(' ').slice(-1)[0]) && !NOT_GOODS.has(words.split(' ').slice(-1)[0]) && !known(words)) return true;
  }
  if (/^\s*,/.test(right)) {
    const nextItem = right.replace(/^\s*,\s*/, '').split(/[,;)]/)[0] ?? '';
    const words = item(nextItem).slice(0, 3).join(' ');
    if (words && !known(words) && !NOT_GOODS.has(words.split(' ')[0])) return true;
  }
  return false;
}

/** The one product the article's title names, if it names exactly one. */
/** The one product the first sentence of an article's opening names (none if it names goods the vocabulary does not know). */
function leadProduct(doc: DocumentAnalysis): string | null {
  const opening = doc.structure.blocks.find((b) => b.kind === 'lead' || b.kind === 'body');
  const first = opening ? doc.structure.sentences.find((x) => x.start >= opening.start && x.end <= opening.end) : undefined;
  if (!first) return null;
  const lower = lowerOf(doc, first);
  const keys = new Set(productsIn(lower).map((p) => p.key).filter((k) => k !== 'all'));
  return keys.size === 1 && !unknownGoods(lower, '', true) ? [...keys][0] : null;
}

/**
 * The title block, unless it is none: a page's stamp and a caption or a section's name (`date
 * 2026-01-06 Ảnh minh họa`, `date 2025-01-16 Politics & Law`), five words at most after the stamp.
 */
function realTitle(doc: DocumentAnalysis): Span | null {
  const title = doc.structure.blocks.find((b) => b.kind === 'title');
  if (!title) return null;
  const text = doc.text.slice(title.start, title.end);
  // (Nor a first paragraph of several sentences taken for one: `Từ vài năm trở lại đây, … tại châu
  // Phi. Kim ngạch xuất khẩu …`.)
  if (/[.!?]\s+\p{Lu}/u.test(text.trim()) && text.length > 160) return null;
  return /^\s*date \d{4}-\d{2}(?:-\d{2})?(?:\s+\S+){0,5}\s*$/.test(text) ? null : title;
}

const titleProductCache = new WeakMap<DocumentAnalysis, string | null>();
function titleProduct(doc: DocumentAnalysis): string | null {
  if (titleProductCache.has(doc)) return titleProductCache.get(doc)!;
  const title = realTitle(doc);
  let v: string | null;
  if (!title) v = leadProduct(doc);
  else {
    const keys = new Set(productsIn(matchKey(doc.text.slice(title.start, title.end))).map((p) => p.key).filter((k) => k !== 'all'));
    v = keys.size === 1 ? [...keys][0] : null;
  }
  titleProductCache.set(doc, v);
  return v;
}

/** `the figure`, `con số này`, `Đây là con số` opening a sentence, after its year at most. */
const OPENING_ANAPHOR = /^\s*(?:(?:in |during |trong |riêng )?(?:năm )?\d{4}\s*,\s*)?(?:con số này|đây là con số|đây là mức|this figure|the figure|this \(\p{L}+\) figure)(?![\p{L}\p{N}])/u;
const PRODUCT_ANAPHOR = /(?:mặt hàng|ngành hàng|sản phẩm|nhóm hàng|loại hàng|loại quả|loại trái cây|trái cây|loại nông sản)(?: (?:nông sản|chủ lực|chiến lược|xuất khẩu|thế mạnh|chủ đạo))? (?:này|trên|đó)|(?:this|the) (?:commodity|product|item|staple)\b|this (?:fruit|crop)\b/;
/**
 * A fruit or crop pointed back at (`this fruit`, `loại trái cây này`, `mặt hàng nông sản này`), whose
 * noun is no product of its own.
 */
const FRUIT_ANAPHOR = /(?:loại quả|loại trái cây|trái cây|loại nông sản|(?:mặt hàng|ngành hàng|nhóm hàng|sản phẩm) nông sản) (?:này|trên|đó)|this (?:fruit|crop)\b/g;

/** An article's title and lead (its first 300 characters) as matched, each line past its dateline (`Hanoi (VNA) –`, `HÀ NỘI –`). */
function leadText(doc: DocumentAnalysis): string {
  return notPlaces(
    doc.text
      .slice(0, 300)
      .split('\n')
      .map((line) => matchKey(line.normalize('NFC').replace(CAPS_DATELINE, '')).replace(DATELINE, '').replace(DATED_DATELINE, ''))
      .join('\n'),
  );
}

const leadPlaceCache = new WeakMap<DocumentAnalysis, string | null>();
/** The one province or city an article's title and lead (its first 300 characters, past a dateline) name, if only one. */
function leadPlace(doc: DocumentAnalysis): string | undefined {
  let place = leadPlaceCache.get(doc);
  if (place === undefined) {
    const opening = leadText(doc);
    const named = new Set([...opening.matchAll(CITIES)].map((m) => CITY_OF.get(m[0].replace(/\s+/g, ' '))));
    place = named.size === 1 ? [...named][0] ?? null : null;
    leadPlaceCache.set(doc, place);
  }
  return place ?? undefined;
}

const placeArticleCache = new WeakMap<DocumentAnalysis, boolean>();
/**
 * Whether a figure may be about a province or city the article is about though its sentence names
 * none: the article's title or lead (its first 300 characters, past a dateline), or its paragraph
 * before the figure, names one. A national index (IIP, retail sales) unnamed there is not sure to be
 * the country's.
 */
export function aboutPlace(doc: DocumentAnalysis, f: Figure): boolean {
  let lead = placeArticleCache.get(doc);
  if (lead === undefined) {
    lead = CITIES.test(leadText(doc));
    CITIES.lastIndex = 0;
    placeArticleCache.set(doc, lead);
  }
  if (lead) return true;
  const block = blockAt(doc, f.start);
  if (!block) return false;
  const found = CITIES.test(notPlaces(lowerOf(doc, { start: block.start, end: f.start }).replace(DATELINE, '').replace(DATED_DATELINE, '')));
  CITIES.lastIndex = 0;
  return found;
}

/**
 * Whether the article's reference date is known rather than guessed: the user's marker or setting,
 * or a complete date on the article's first line (a dateline, a page's stamp). A date read from the
 * body, or a year, may be off, and `năm nay` measured from it with it.
 */
const firmCache = new WeakMap<DocumentAnalysis, boolean>();
export function firmReference(doc: DocumentAnalysis): boolean {
  let firm = firmCache.get(doc);
  if (firm === undefined) firmCache.set(doc, (firm = isFirmReference(doc)));
  return firm;
}

function isFirmReference(doc: DocumentAnalysis): boolean {
  const r = doc.referenceDate;
  if (!r) return false;
  if (r.source === 'marker' || r.source === 'option') return true;
  if (!r.evidence) return false;
  const firstLine = doc.text.indexOf('\n', doc.text.search(/\S/));
  const onFirstLine = firstLine < 0 || r.evidence.end <= firstLine;
  // (A year-month stamp on the first line, `2023-11`, fixes the year as well, whatever else dates
  // the article within that year.)
  if (r.source === 'text-year') {
    // (`… on 6th April` in an article reporting on 2021: written in April 2022.)
    if (r.dayInText) return true;
    if (onFirstLine && /^\d{4}-\d{2}$/.test(doc.text.slice(r.evidence.start, r.evidence.end))) return true;
    const stamp = /(?<![\d-])((?:19|20)\d\d)-(?:0[1-9]|1[0-2])(?![\d-])/.exec(doc.text.slice(0, firstLine < 0 ? undefined : firstLine));
    return !!stamp && r.date.startsWith(stamp[1]);
  }
  if (r.source !== 'text-latest-date') return false;
  return onFirstLine || stampLine(doc.text, r.evidence);
}

/**
 * A page's stamp near its top, on a line of its own under the title: the date with nothing but a
 * time, a weekday, a byline or section of a few words and the words of stamps around it (`Thứ Hai,
 * ngày 21/06/2021 14:32 PM (GMT+7)`, `11:08 | 20/09/2019 Cooperation`, `Xuất bản: Chủ nhật,
 * 04/12/2022 06:02`, `Friday, November 22, 2024`). It dates the writing as firmly as a first line.
 */
const STAMP_WORDS =
  /(?<![\p{L}\p{N}])(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật|(?:mon|tues|wednes|thurs|fri|satur|sun)day|cập\s+nhật|ngày\s+đăng|đăng\s+lúc|xuất\s+bản|updated?|published|posted|gmt\s*[+-]\s*\d+|\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:am|pm|sa|ch))?)(?![\p{L}\p{N}])/giu;
const STAMP_LINES = 5;
function stampLine(text: string, evidence: Span): boolean {
  const start = text.lastIndexOf('\n', evidence.start - 1) + 1;
  let end = text.indexOf('\n', evidence.end);
  if (end < 0) end = text.length;
  if (end - start > 80) return false;
  const above = text.slice(0, start).split('\n').filter((l) => l.trim()).length;
  if (above === 0 || above > STAMP_LINES) return false;
  const line = matchKey(text.slice(start, evidence.start) + ' ' + text.slice(evidence.end, end));
  const marks = line.match(STAMP_WORDS)?.length ?? 0;
  const rest = line.replace(STAMP_WORDS, ' ').replace(/(?<![\p{L}])ngày(?![\p{L}])|[|,:;()\-–—/.]/gu, ' ').trim();
  // (What is left is a byline or a section, `Khánh Minh LDO`, `Cooperation`: a few words, no number.)
  const words = rest ? rest.split(/\s+/) : [];
  return (marks > 0 || words.length === 0) && words.length <= 3 && !/\d/.test(rest);
}

/** The figures inside a span, found by binary search over the figures in text order. */
const sortedFigures = new WeakMap<DocumentAnalysis, Figure[]>();
export function figuresWithin(doc: DocumentAnalysis, span: Span): Figure[] {
  let list = sortedFigures.get(doc);
  if (!list) sortedFigures.set(doc, (list = [...doc.figures].sort((a, b) => a.start - b.start)));
  return within(list, span);
}

/** The sentence before the one that holds `offset`, in the same paragraph. */
export function previousSentence(doc: DocumentAnalysis, offset: number, acrossParagraphs = false): Span | null {
  const list = doc.structure.sentences;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end < offset) lo = mid + 1;
    else hi = mid;
  }
  if (lo <= 0 || lo >= list.length || list[lo].start > offset) return null;
  const block = blockAt(doc, offset);
  const prev = list[lo - 1];
  if (acrossParagraphs && block && prev.start < block.start) {
    // (The paragraph before, when it is the one right before this one.)
    const before = blockAt(doc, prev.start);
    const blocks: Span[] = doc.structure.blocks;
    return before && blocks.indexOf(before) === blocks.indexOf(block) - 1 ? prev : null;
  }
  return block && prev.start >= block.start ? prev : null;
}

const CONCESSION = /(?:^|\s)(?:although|though|whereas|nhưng|tuy nhiên|mặc dù)\s/u;

/** The status from the words of the figure's clause before it (`ước đạt`, `mục tiêu`, `dự kiến`). */
function statusOf(f: Figure, clauseBefore: string): ClaimFrame['status'] {
  let found: ClaimFrame['status'] = { value: 'actual' };
  for (const m of STATUS_AT_WORDS.matches(clauseBefore)) {
    const s = STATUS_OF.get(m[0].replace(/\s+/g, ' '));
    // (`great potential … although two-way trade reached only 1.2 billion USD`: a concession opens a
    // predicate of its own.)
    if (s && CONCESSION.test(clauseBefore.slice(m.index! + m[0].length))) continue;
    if (s) found = { value: s, text: m[0] };
  }
  if (found.value === 'actual' && /^(ước|estimated|an estimated)/.test(matchKey(f.qualifier ?? ''))) found = { value: 'estimate', text: f.qualifier };
  return found;
}

/**
 * The status of a figure in its sentence: the words of its clause, else those of the level it goes
 * on from — a change right after its level (`ước đạt 5 tỷ USD, tăng 10%`) or the next item of a list
 * (`is estimated at US$8.3 billion in 2021; and US$9.15 billion in 2022, up 11.6 percent`).
 */
function statusInSentence(doc: DocumentAnalysis, f: Figure, sentence: Span, clauseBefore: string, levels: Figure[], depth: number): ClaimFrame['status'] {
  const own = statusOf(f, clauseBefore);
  if (own.value !== 'actual' || depth > 2) return own;
  // A sentence that opens on an estimate (`Ước tính từ đầu năm đến hết tháng 7, … ước đạt 98.000
  // chiếc, kim ngạch 2,1 tỉ USD, tăng …`), or on its source and then one (`Theo số liệu sơ bộ từ
  // Tổng cục Hải quan, ước tính năm 2024, …`), estimates every figure in it.
  const opening = ESTIMATE_OPENING.exec(lowerOf(doc, { start: sentence.start, end: Math.min(f.start, sentence.start + 160) }));
  if (opening) return { value: 'estimate', text: opening[0].trim() };
  // A target that opens a list (`Năm 2025, ngành lâm nghiệp đặt mục tiêu tỷ lệ che phủ rừng …;
  // tốc độ tăng … đạt 4,5-5%; … giá trị xuất khẩu gỗ … đạt 17,5-18 tỷ USD`) governs every item of it.
  const listed = TARGET_LIST.exec(lowerOf(doc, { start: sentence.start, end: f.start }));
  if (listed && !ACTUAL_AGAIN.test(lowerOf(doc, { start: sentence.start + listed.index, end: f.start }))) return { value: 'target', text: listed[1] };
  // A paragraph that breaks down the one before (`Trong đó …`) reports the same data: an estimate
  // that paragraph declares (`… cho biết, theo số liệu chưa đầy đủ, doanh thu toàn ngành …`) holds
  // for it too.
  const carried = estimateOfParagraphBefore(doc, sentence);
  if (carried) return carried;
  const change = !!f.change || f.kind === 'percent' || f.kind === 'multiple';
  // (A breakdown of the level before it, `striving for 15.2 billion USD …, of which 14.2 billion
  // USD …`, `… trong đó …`, has that level's status.)
  const goesOn = /^\s*(?:and|và|as well as|cùng|of which|in which|trong đó)\s/.test(clauseBefore);
  // (The value paired with a volume, `ước đạt 60 nghìn tấn, trị giá 328 triệu USD`, is its measure
  // in money: the same estimate.)
  const paired = !change && f.kind === 'money' && PAIRED_VALUE.test(clauseBefore);
  if (!change && !goesOn && !paired) return own;
  let prev: Figure | undefined;
  for (const g of levels) if (g !== f && g.end <= f.start && g.start >= sentence.start && !g.change && g.kind !== 'percent') prev = g;
  if (!prev || (change && !goesOn && lowerOf(doc, { start: prev.end, end: f.start }).length > 60)) return own;
  // (A volume counted in units pairs alike: `ước đạt 17.000 chiếc, kim ngạch 332 triệu USD`.)
  if (paired && !goesOn && ((prev.kind !== 'measure' && prev.kind !== 'count') || lowerOf(doc, { start: prev.end, end: f.start }).length > 30)) return own;
  const prevClause = clauseStartOf(doc, sentence, prev);
  return statusInSentence(doc, prev, sentence, lowerOf(doc, { start: prevClause, end: prev.start }), levels, depth + 1);
}

/** A clause that gives the money value of the volume before it. */
const PAIRED_VALUE = /^\s*(?:trị giá|giá trị|kim ngạch|tương đương|thu về|đem về|worth|valued at|with a value of)\s*(?:gần|hơn|khoảng|trên|nearly|about|over|more than|almost)?\s*(?:us\$|\$)?\s*$/u;

/**
 * A word that sets a target before a list of items separated by semicolons (`đặt mục tiêu …; …; …
 * đạt`); not `kế hoạch` alone, which a share of the plan names (`bằng 42% kế hoạch; …`).
 */
const TARGET_LIST = /(?<![\p{L}])(đặt mục tiêu|đặt ra mục tiêu|mục tiêu là|phấn đấu|đặt kế hoạch|kế hoạch là|sets? (?:a |the )?targets?|aims? to|targets? (?:is|are|of))(?![\p{L}])[^;]*;/u;
/** Words in a list that report what happened, not what is aimed at. */
const ACTUAL_AGAIN = /(?<![\p{L}])(?:thực tế|trong khi|nhưng|tuy nhiên|actual|while|but|however)(?![\p{L}])/u;
const INCOMPLETE_DATA = /(?<![\p{L}])(?:theo số liệu chưa đầy đủ|số liệu chưa đầy đủ|according to incomplete data|incomplete data)(?![\p{L}])/u;
function estimateOfParagraphBefore(doc: DocumentAnalysis, sentence: Span): ClaimFrame['status'] | null {
  const blocks = doc.structure.blocks;
  const i = lowerBound(blocks, sentence.start + 1) - 1;
  if (i <= 0 || blocks[i].end <= sentence.start) return null;
  const block = blocks[i];
  if (!OPENINGS.breakdownParagraph.test(lowerOf(doc, { start: block.start, end: Math.min(block.end, block.start + 40) }))) return null;
  const prev = blocks[i - 1];
  const m = INCOMPLETE_DATA.exec(lowerOf(doc, { start: prev.start, end: Math.min(prev.end, prev.start + 400) }));
  return m ? { value: 'estimate', text: m[0] } : null;
}
const ESTIMATE_OPENING = /^\s*(?:(?:theo|according to)\s[^,;]{0,80},\s*)?(?:theo\s+)?(?:ước tính|số ước tính|số liệu chưa đầy đủ|estimates?|estimated|preliminary estimates?|(?:according to\s+)?incomplete data)(?![\p{L}])/u;

/** Where the clause holding `f` starts (after the last comma or semicolon before it). */
function clauseStartOf(doc: DocumentAnalysis, sentence: Span, f: Span): number {
  const head = doc.text.slice(sentence.start, f.start);
  const m = /[,;](?=\s)(?![^,;]*[,;](?=\s))/.exec(head);
  return m ? sentence.start + m.index + 1 : sentence.start;
}

function measureOf(f: Figure): Measure {
  if (f.kind === 'money') return f.unit?.includes('/') ? 'price' : 'value';
  if (f.kind === 'percent' || f.kind === 'percentagePoints' || f.kind === 'multiple') return 'rate';
  if (f.kind === 'measure') return 'volume';
  return 'count';
}

/** The matchKey of a stretch of the document. */
function lowerOf(doc: DocumentAnalysis, span: Span): string {
  return matchKey(doc.text.slice(span.start, span.end));
}

/** Words that open a breakdown of the total before them (`of which`, `trong đó`). */
const BREAKDOWN = /(?<![\p{L}])(?:of which|in which|trong đó|trong số đó)(?![\p{L}])/u;

const BREAKDOWN_ALL = new RegExp(BREAKDOWN.source, 'gu');
/** A grade or kind of the goods: `chủng loại SVR 10`, `grade SVR 3L`. */
const GRADE = /(?<![\p{L}])(?:chủng loại|grade)\s+/u;
const GRADE_ALL = new RegExp(GRADE.source, 'gu');

/** Where the last match of a global pattern starts in `s`, or -1. */
function lastMatch(re: RegExp, s: string): number {
  let at = -1;
  for (const m of s.matchAll(re)) at = m.index!;
  return at;
}

/** A sentence's opening that is only its period and a verb: `Năm 2022 đạt`, `Riêng quý I là`, `In 2009, it stood at`. */
const PERIOD_VERB_OPENING =
  /^\s*(?:riêng\s+|còn\s+|trong\s+|tính riêng\s+|sang\s+)?(?:năm|quý|tháng|(?:\d{1,2}|sáu|chín|mười)\s+tháng|nửa đầu năm|in|during)(?![\p{L}])[^,;:()\p{L}]{0,12}(?:[\p{L}]+[^,;:()\p{L}]{0,8}){0,3}?,?\s*(?:đã\s+)?(?:đạt|là|ở mức|reached|stood at|hit|totalled|totaled|amounted to)\s*(?:(?:gần|hơn|khoảng|trên|xấp xỉ|nearly|about|over|more than|almost|around|roughly)\s+)?(?:us\$|\$)?\s*$/u;

/** Whether the sentence before the figure's (in its paragraph or the one before) states levels, all of the figure's indicator. */
function sentenceBeforeIsOf(doc: DocumentAnalysis, f: Figure, depth = 0): boolean {
  const prev = previousSentence(doc, f.start, true);
  if (!prev) return false;
  const levels = figuresWithin(doc, prev).filter((g) => !g.change && g.kind === f.kind);
  // (`Thương mại hai chiều … vẫn duy trì được mức tăng trưởng bền vững. Năm 2021 đạt …`: a sentence
  // with no figure that names the one indicator, and only that one.)
  if (levels.length === 0) return depth === 0 && !figuresWithin(doc, prev).length && namesOnly(lowerOf(doc, prev), f.metric);
  if (!levels.every((g) => g.metric === f.metric)) return false;
  if (levels.every((g) => !!g.metricText)) return true;
  // (A run of such sentences, `Năm 2022 đạt A. Năm 2023 đạt B.`, goes back to the one that names it.)
  const first = levels[0];
  return depth < 3 && !levels.some((g) => g.metricText) && PERIOD_VERB_OPENING.test(lowerOf(doc, { start: prev.start, end: first.start })) && sentenceBeforeIsOf(doc, first, depth + 1);
}

/** Whether a text names the indicator `metric` by one of its phrases and no other indicator. */
const METRIC_PHRASES = new Map<string, RegExp>(
  Object.entries((metricsData as { metrics: Record<string, string[]> }).metrics).map(([k, v]) => [k, phraseRegex(v)]),
);
function namesOnly(text: string, metric: string | null): boolean {
  if (!metric) return false;
  const own = METRIC_PHRASES.get(metric);
  if (!own || !own.test(text)) return false;
  for (const [k, re] of METRIC_PHRASES) {
    if (k === metric || k === 'trade' || metric.startsWith(`${k}.`) || k.startsWith(`${metric}.`)) continue;
    // (The phrases of one indicator may hold another's: `kim ngạch thương mại` holds `thương mại`.)
    const m = re.exec(text);
    if (m && !own.test(m[0]) && !phraseCovered(text, m.index, m[0].length, own)) return false;
  }
  return true;
}
function phraseCovered(text: string, at: number, length: number, re: RegExp): boolean {
  const g = new RegExp(re.source, 'gu');
  for (const m of text.matchAll(g)) if (m.index! <= at && m.index! + m[0].length >= at + length) return true;
  return false;
}

/** Verbs of one flow (`đã nhập`, `exported`), as whole words. */
const OTHER_FLOW = {
  import: /(?<![\p{L}])(?:nhập|nhập khẩu|mua|imported|bought)(?![\p{L}])/u,
  export: /(?<![\p{L}])(?:xuất|xuất khẩu|bán|exported|sold|shipped)(?![\p{L}])/u,
  any: /(?<![\p{L}])(?:nhập|nhập khẩu|mua|xuất|xuất khẩu|bán|imported|bought|exported|sold|shipped)(?![\p{L}])/u,
};

/**
 * Whether the indicator is stated for this figure: its phrase is in the figure's clause, or
 * earlier in its sentence with no other level of the same kind and period in between (`xuất khẩu
 * đạt A, nhập khẩu B, xuất siêu C`: C does not inherit `nhập khẩu` across B).
 */
function indicatorOf(doc: DocumentAnalysis, f: Figure, sentence: Span, clauseBefore: string, levels: Figure[]): FrameField<string> {
  // A bare `kim ngạch`, `turnover` or `trade` the paragraph did not refine names no indicator.
  if (!f.metric || f.metric === 'trade') return { value: f.metric, sure: false };
  // A count's noun is its indicator (`3,6 triệu lượt khách`); `con số này` (this figure) points
  // back at the indicator of the sentence before, which the quantity engine carried over.
  // A unit price (`2.418 USD/tấn`) is a price by its unit; its clause says which (`giá xuất khẩu
  // bình quân`, `average export price`).
  if (f.metric === 'price' && (f.unit?.includes('/') || f.change)) {
    // (A product may stand between: `giá chè xuất khẩu bình quân`, `giá ngô nhập khẩu`. The change of
    // a price, `…, tăng 1,7%`, names it earlier in its sentence.)
    const m = /(?:giá(?:\s+[\p{L}]+){0,2}?\s+(?:xuất|nhập) khẩu|giá bình quân|giá trung bình|(?:export|import) price|average price|average (?:export|import) price)/u.exec(f.change ? lowerOf(doc, { start: sentence.start, end: f.start }) : clauseBefore);
    return m ? { value: f.metric, text: m[0], sure: true } : { value: f.metric, sure: false };
  }
  if (!f.metricText) {
    // (`It fell, however, to $3.55 billion`: a sentence that opens on `it` goes on with the
    // indicator of the sentence before, which the quantity engine carried over.)
    const head = lowerOf(doc, { start: sentence.start, end: f.start });
    const opening = /^\s*(?:it|nó|tính chung|cộng chung|lũy kế|luỹ kế)\s/.exec(head);
    if (opening) return { value: f.metric, text: opening[0].trim(), sure: true };
    // (`Năm 2022 đạt 1,4 tỷ USD`: a sentence that opens on its period and a verb goes on with the
    // indicator of the sentence before, when every level there is of that indicator.)
    const periodOpening = PERIOD_VERB_OPENING.exec(head);
    if (periodOpening && sentenceBeforeIsOf(doc, f)) return { value: f.metric, text: periodOpening[0].trim(), sure: true };
    // (`In 2025, the figure reached nearly 587.32 million USD, up 16.42%`: the sentence's opening
    // `the figure` holds for its later figures too.)
    const anaphor = ANAPHOR.exec(clauseBefore) ?? OPENING_ANAPHOR.exec(head);
    return { value: f.metric, sure: f.kind === 'count' || !!anaphor, ...(anaphor ? { text: anaphor[0] } : {}) };
  }
  const phrase = matchKey(f.metricText);
  const before = lowerOf(doc, { start: sentence.start, end: f.start });
  const at = before.lastIndexOf(phrase);
  // (`thu xuất nhập khẩu ước đạt 3.530 tỷ đồng`, `thu từ hoạt động xuất nhập khẩu`: revenue the
  // budget collects on trade, not the trade.)
  if (at >= 0 && /^(?:trade|export|import)/.test(f.metric) && TRADE_REVENUE.test(before.slice(0, at))) return { value: f.metric, text: phrase, sure: false };
  // (A budget is compared as its revenue only, `tổng thu ngân sách`, `budget revenue`: spending,
  // `chi ngân sách`, and a deficit, `bội chi`, are other figures.)
  if (f.metric === 'budget' && !(phrase.includes('revenue') || (at >= 0 && BUDGET_REVENUE_BEFORE.test(before.slice(Math.max(0, at - 24), at))) || /^\s*revenues?(?![\p{L}])/u.test(before.slice(at + phrase.length))))
    return { value: f.metric, text: phrase, sure: false };
  // (A product's value at the prices of a base year, `GRDP … theo giá so sánh 2010 đạt 1,17 triệu tỷ
  // đồng`, `at constant 2010 prices`, is another measure than the one at current prices.)
  // (Nor is a product per head, `GRDP bình quân đầu người đạt 76,54 triệu đồng`, `GDP per capita`.)
  if (f.metric === 'gdp' && f.kind === 'money' && /đầu người|per capita|per head/.test(`${clauseBefore} ${lowerOf(doc, { start: f.end, end: Math.min(sentence.end, f.end + 40) })}`)) return { value: f.metric, text: phrase, sure: false };
  if (f.metric === 'gdp' && f.kind === 'money' && CONSTANT_PRICES.test(`${clauseBefore} ${lowerOf(doc, { start: f.end, end: Math.min(sentence.end, f.end + 40) })}`)) return { value: f.metric, text: phrase, sure: false };
  if (clauseBefore.includes(phrase)) return { value: f.metric, text: phrase, sure: true };
  if (at < 0) {
    // `$5 billion in exports`: the phrase right after the figure.
    const after = lowerOf(doc, { start: f.end, end: Math.min(sentence.end, f.end + 40) });
    return { value: f.metric, text: phrase, sure: after.includes(phrase) };
  }
  // `trong tổng kim ngạch 12,49 tỷ USD xuất nhập khẩu, Việt Nam đã nhập 8,79 tỷ USD`: a verb of
  // another flow between the indicator and the figure makes the figure that flow's, which the
  // frame does not read: not sure.
  const between = before.slice(at + phrase.length);
  const otherFlow = /^trade/.test(f.metric) ? OTHER_FLOW.any : /^export/.test(f.metric) ? OTHER_FLOW.import : /^import/.test(f.metric) ? OTHER_FLOW.export : null;
  if (otherFlow?.test(between)) return { value: f.metric, text: phrase, sure: false };
  // `xuất khẩu sang Mỹ đạt A; sang Trung Quốc đạt B`: a clause that opens on the next market goes on
  // with the flow of the clause before.
  const nextMarket = /^export/.test(f.metric) ? /^\s*(?:và\s+|and\s+)?(?:sang|to|tới)\s+\p{L}/u : /^import/.test(f.metric) ? /^\s*(?:và\s+|and\s+)?(?:từ|from)\s+\p{L}/u : null;
  if (nextMarket?.test(clauseBefore)) return { value: f.metric, text: phrase, sure: true };
  // `xuất khẩu tôm đạt gần 1,18 tỷ USD, cá tra đạt 707,3 triệu USD`: a clause that opens on the next
  // product with the same verb goes on with the flow of the clause before.
  if (/^(?:export|import)/.test(f.metric)) {
    const lead = /^\s*(?:và\s+|and\s+)?(.{2,30}?)\s+(?:đạt|reached|at|with|hit)\s*(?:gần|hơn|khoảng|trên|nearly|about|over|more than)?\s*(?:us\$|\$)?\s*$/u.exec(clauseBefore);
    const named = lead ? productsIn(lead[1]).filter((p) => p.key !== 'all') : [];
    if (named.length === 1 && productsIn(before.slice(0, before.length - clauseBefore.length)).some((p) => p.key !== 'all' && p.key !== named[0].key)) return { value: f.metric, text: phrase, sure: true };
  }
  // `seafood export value reached $1.5 billion, of which shrimp … reaching $550.4 million`: a
  // breakdown by product goes on with the indicator of the total.
  const breakdown = BREAKDOWN.exec(between);
  if (breakdown && productsIn(between.slice(breakdown.index)).some((p) => p.key !== 'all')) return { value: f.metric, text: phrase, sure: true };
  for (const g of levels) {
    if (g === f || g.start >= f.start || g.kind !== f.kind) continue;
    const gAt = lowerOf(doc, { start: sentence.start, end: g.start }).length;
    // (The start of a from–to pair ending at the figure, `rising from approximately US$30 million in
    // the early years to nearly US$120 million in 2022`, is the same indicator's earlier level.)
    if (fromToEnd(doc, g, f)) continue;
    if (gAt >= at && g.period === f.period) return { value: f.metric, text: phrase, sure: false };
  }
  return { value: f.metric, text: phrase, sure: true };
}

/** Whether `g` starts a from–to pair that `f` ends (`from A … to B`, `từ A … lên B`). */
export function fromToEnd(doc: DocumentAnalysis, g: Figure, f: Figure): boolean {
  if (!/(?:^|\s)(?:from|từ)\s+(?:(?:approximately|about|around|nearly|over|more than|khoảng|gần|hơn|trên|mức)\s+)?(?:us\$|\$)?\s*$/u.test(lowerOf(doc, { start: Math.max(0, g.start - 30), end: g.start }))) return false;
  return /^[^.;]{0,60}?\s(?:to|lên|đến|tới)\s+(?:(?:approximately|about|around|nearly|over|more than|khoảng|gần|hơn|trên|mức)\s+)?(?:us\$|\$)?\s*$/u.test(lowerOf(doc, { start: g.end, end: f.start }));
}

/** The home country named as the one whose flow it is, with no goods: `Việt Nam's exports`, `xuất khẩu của Việt Nam`. */
/** Home's total flow named in full: `Vietnam's total export value`, `tổng kim ngạch xuất khẩu của cả nước`. */
const HOME_TOTAL = /(?<![\p{L}])(?:(?:viet nam|vietnam|việt nam)(?:'s|’s)\s+total\s+(?:exports?|imports?)(?:\s+(?:value|turnover))?|the country's total (?:exports?|imports?)(?:\s+(?:value|turnover))?|tổng kim ngạch (?:xuất|nhập) khẩu(?: hàng hóa| hàng hoá)? của (?:cả nước|việt nam|nước ta))(?![\p{L}])/gu;
const HOME_FLOW = /(?<![\p{L}])(?:(?:viet nam|vietnam|việt nam)(?:'s|’s)\s+(?:total\s+)?(?:exports|imports)|(?:xuất khẩu|nhập khẩu)(?:\s+hàng hóa)?\s+của\s+(?:việt nam|nước ta))(?![\p{L}])/u;

const CONSTANT_PRICES = /giá so sánh|giá cố định|constant (?:\d{4} )?prices|(?:at|in) \d{4} prices/;

/** `thu`, `tổng thu`, `thu ngân sách nhà nước`: the budget's revenue, right before its name. */
const BUDGET_REVENUE_BEFORE = /(?<![\p{L}])(?:tổng thu|thu)(?:\s+nội địa)?\s*$/u;

/** Budget revenue collected on a flow, right before its name: `thu`, `thu ngân sách từ hoạt động`, `revenue from`. */
const TRADE_REVENUE = /(?:^|[\s,;(])(?:thu(?:\s+ngân sách)?(?:\s+nhà nước)?(?:\s+(?:từ|qua))?(?:\s+hoạt động)?|(?:revenue|revenues|duties|taxes)\s+(?:from|on))\s*$/u;

/**
 * `tính đến hết tháng 9/2023`, `lũy kế đến tháng 8`: a month that ends a year-to-date period.
 * Returns the period from January to that month, or null.
 */
function yearToDate(doc: DocumentAnalysis, f: Figure, sentence: Span): ClaimFrame['yearToDate'] {
  const m = /^(\d{4})-(\d{2})$/.exec(f.period ?? '');
  if (!m || !f.periodSpan || m[2] === '01') return undefined;
  // (A price is a month's, never a running total: `tháng 1/2024 giá … 4.003 USD/tấn, đến tháng 10 đã
  // vọt lên 6.501 USD/tấn, tăng 72,4%` is October's price and its change.)
  if (f.metric === 'price' || f.unit?.includes('/')) return undefined;
  // (The words before the period where it is written, in this sentence or the one it came from.)
  const from = f.periodSpan.start >= sentence.start ? sentence.start : 0;
  const lead = lowerOf(doc, { start: Math.max(from, f.periodSpan.start - 30), end: f.periodSpan.start });
  // (`Đến tháng 7/2023, TP HCM đã đạt … 23,6 tỷ USD`: `đến` opening its clause is `by`, not the
  // end of a range `từ tháng 5 đến tháng 7`.)
  const hit = YTD.exec(lead) ?? BY_MONTH.exec(lead);
  if (!hit) {
    // (`… 1.7 billion USD in December 2025 alone, bringing total export value for the year to 17.2
    // billion USD – an increase of nearly 6%`: a total the month brings the year to, between the
    // month and the figure in its sentence.)
    if (f.periodSpan.start < sentence.start || f.periodSpan.end > f.start) return undefined;
    const between = lowerOf(doc, { start: f.periodSpan.end, end: f.start });
    const brought = BRINGING_YEAR.exec(between);
    if (!brought) return undefined;
    return { period: m[2] === '12' ? m[1] : `${m[1]}-01/${m[1]}-${m[2]}`, text: brought[0].trim() };
  }
  return { period: `${m[1]}-01/${m[1]}-${m[2]}`, text: hit[0].trim() };
}
/** A running total a month brings the year to: `bringing total export value for the year to`, `nâng tổng kim ngạch cả năm lên`. */
export const BRINGING_YEAR = /(?<![\p{L}])(?:bringing|taking|pushing|lifting)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?(?:for the year|of the year|this year|for the whole year|for the full year|year-to-date|so far this year)\s+to(?![\p{L}])|(?<![\p{L}])(?:nâng|đưa)\s+tổng\s+(?:[\p{L}]+\s+){0,4}?(?:cả năm|năm nay|từ đầu năm)\s+(?:lên|đạt)(?![\p{L}])/u;

/** The frame of a level figure in its sentence. `levels` are the sentence's figures that are not changes. */
export function frameOf(doc: DocumentAnalysis, f: Figure, sentence: Span, clauseStart: number, levels: Figure[]): ClaimFrame {
  const before = lowerOf(doc, { start: sentence.start, end: f.start });
  const clauseBefore = lowerOf(doc, { start: clauseStart, end: f.start });
  const after = lowerOf(doc, { start: f.end, end: sentence.end });
  const indicator = indicatorOf(doc, f, sentence, clauseBefore, levels);
  const difference = (f.kind === 'money' || f.kind === 'count' || f.kind === 'measure') && (!!f.change || DIFFERENCE.test(before.slice(-40)) || DIFFERENCE_AFTER.test(after.slice(0, 60)));
  const frame: ClaimFrame = {
    indicator,
    product: partOfTrade(doc, f, indicator.value, levels) ?? bothFlows(f, indicator.value, levels, before, after) ?? productOf(doc, f, indicator.value, before, clauseBefore, after),
    status: statusInSentence(doc, f, sentence, clauseBefore, levels, 0),
    measure: measureOf(f),
    difference,
  };
  const ytd = yearToDate(doc, f, sentence);
  if (ytd) frame.yearToDate = ytd;
  if (indicator.value && STAGED_INDICATORS.test(indicator.value)) {
    // The stage named nearest before the figure in its clause, else anywhere in its clause after it.
    let stage: ClaimFrame['stage'];
    for (const m of STAGES_AT_WORDS.matches(clauseBefore)) stage = { value: STAGE_OF.get(m[0].replace(/\s+/g, ' '))!, text: m[0] };
    if (!stage) {
      const m = STAGES.exec(after.slice(0, clauseEnd(after)));
      STAGES.lastIndex = 0;
      if (m) stage = { value: STAGE_OF.get(m[0].replace(/\s+/g, ' '))!, text: m[0] };
    }
    if (stage) frame.stage = stage;
  }
  let source = sourceOf(before + ' ' + after);
  // `Theo số liệu của Bộ Công thương Séc`, `according to the Czech Statistical Office`: a source
  // the text ties to a foreign country is that country's count.
  if (!source || source.kind === 'stated') source = foreignNamedSource(doc, sentence) ?? foreignSpeaker(doc, f, sentence) ?? source;
  if (!source) {
    // `The statistics of the UAE show that … In 2020, … decreased to about US$5 billion`: a
    // partner's statistics named in the sentence before, in the same paragraph, go on.
    const prev = previousSentence(doc, sentence.start);
    const origin = prev ? FOREIGN_ORIGIN.exec(lowerOf(doc, prev)) : null;
    if (origin) source = { kind: 'foreign', text: origin[0] };
  }
  // `…, according to the Malaysian Ministry of Foreign Affairs.` opening an article that relays a
  // partner's release: its figures that name no source of their own are that partner's.
  if (!source) source = partnerBreakdown(doc, sentence) ?? relayedSource(doc);
  if (source) frame.source = source;
  const bodies = bodiesNear(doc, sentence);
  if (bodies) frame.bodies = bodies;
  // The statistics office's trade figures are its estimates, which Customs' count follows and
  // revises (`số liệu của Tổng cục Thống kê, xuất khẩu điện thoại … tháng 1/2024 đã mang về 5,8 tỷ
  // USD` against Customs' 5,58): an estimate, whatever verb it is written with.
  // So are the agriculture ministry's monthly figures (`Theo báo cáo của Bộ Nông nghiệp và Môi
  // trường, trong tháng 9/2025, Việt Nam xuất khẩu 600 nghìn tấn gạo` against the rice association's
  // later 466.800 tấn), and a sentence that names no source of its own goes on with the office the
  // sentence before it in the paragraph named (`Luỹ kế 9 tháng, … 3,55 tỷ USD`).
  if (frame.status.value === 'actual' && indicator.value && /^(?:export|import|trade)/.test(indicator.value)) {
    const office = estimatingOffice(before + ' ' + after.slice(0, 80)) ?? (source ? null : officeBefore(doc, sentence));
    if (office) frame.status = { value: 'estimate', text: office[0] };
    else if (earlyReport(doc, f)) frame.status = { value: 'estimate', text: doc.text.slice(doc.referenceDate!.evidence!.start, doc.referenceDate!.evidence!.end) };
  }
  const caps = CAPS_DATELINE.exec(doc.text.slice(sentence.start, f.start).normalize('NFC'));
  const scope = notPlaces((caps && before.startsWith(matchKey(caps[0])) ? before.slice(matchKey(caps[0]).length) : before).replace(DATELINE, '').replace(DATED_DATELINE, ''));
  // (A sentence that names no place and no country goes on with the province or city the sentence
  // before it in the paragraph was about: `Theo … Sở Công Thương tỉnh Bình Dương, … của tỉnh … Trong
  // đó, 6 mặt hàng chủ lực của tỉnh … Đặc biệt, xuất khẩu gỗ … đạt 6,5 tỷ USD`.)
  const sector = SECTOR.exec(scope);
  if (sector) frame.sector = sector[0];
  const local = LOCAL_PLACE.exec(scope);
  if (local) {
    frame.local = local[0];
    // The city named last before the figure, when the clause names one by name.
    let city: string | undefined;
    for (const m of scope.matchAll(CITIES)) city = CITY_OF.get(m[0].replace(/\s+/g, ' '));
    // `thành phố`, `the city` point back at the city the paragraph named last.
    if (!city && /^(?:thành phố|the city|city's)$/.test(local[0])) {
      const block = blockAt(doc, f.start);
      const lead = block ? notPlaces(lowerOf(doc, { start: block.start, end: sentence.start })) : '';
      for (const m of lead.matchAll(CITIES)) city = CITY_OF.get(m[0].replace(/\s+/g, ' '));
    }
    // (`thành phố`, `tỉnh`, `trên địa bàn`, `GRDP` with no place named in the paragraph: the one
    // province or city the article's title and lead name, when they name only one. Not `các tỉnh`,
    // the provinces.)
    if (!city && /^(?:thành phố|the city|city's|tỉnh|province|provincial|trên địa bàn|grdp)$/.test(local[0]) && !/(?:các|những|nhiều|\d)\s+$/.test(scope.slice(0, local.index))) city = leadPlace(doc);
    if (city) frame.localPlace = city;
  } else {
    // (A province or city named after the figure in its sentence, `Với GRDP 2024 đạt 520.205 tỷ
    // đồng, Bình Dương giữ lợi thế …`, makes the figure some place's, which the place the paragraph
    // was about before need not be: local, with no place the frame is sure of.)
    const rest = notPlaces(lowerOf(doc, { start: f.end, end: sentence.end }));
    const later = rest.match(CITIES);
    // (`… đạt 1,180 tỷ USD, chiếm tỷ trọng trên 28% trong tổng kim ngạch xuất khẩu của tỉnh`: the
    // province the article is about, when its title and lead name only one.)
    const ofProvince = !later && !HOME_NAMED.test(rest) ? PROVINCE_AFTER.exec(rest) : null;
    const lead = ofProvince ? leadPlace(doc) : undefined;
    const carried = later ? { text: later[0], place: undefined } : ofProvince ? { text: ofProvince[0], place: lead } : localBefore(doc, sentence, before);
    if (carried) {
      frame.local = carried.text;
      if (carried.place) frame.localPlace = carried.place;
    }
  }
  const yearly = /^\d{4}$/.test(f.period ?? '');
  const monthly = /^\d{4}-\d{2}$/.test(f.period ?? '');
  if ((yearly || monthly) && !ytd) {
    // The figure's own stretch of the sentence: from the level before it to the level after it.
    let from = sentence.start;
    let to = sentence.end;
    for (const g of levels) {
      if (g.end <= f.start && g.end > from) from = g.end;
      if (g.start >= f.end && g.start < to) to = g.start;
    }
    // After the figure, only up to the next clause or list item (`486 triệu USD và 9 tháng đầu
    // năm 2024 đạt …` gives the months to the next figure).
    const tail = doc.text.slice(f.end, to);
    const cut = /[,;]\s|\s(?:và|and|còn|while|trong khi)\s/u.exec(tail);
    if (cut) to = f.end + cut.index;
    // A year of which the sentence names months (`6 tháng đầu năm`); a month of which it names
    // days (`nửa đầu tháng 12`, `15 ngày đầu tháng`).
    // Also the words right around the period's own phrase (`nửa đầu tháng 12/2023, … đạt A,
    // trị giá B`: B's stretch starts after A, the period's words do not).
    const around = f.periodSpan ? lowerOf(doc, { start: Math.max(sentence.start, f.periodSpan.start - 24), end: f.periodSpan.end }) : '';
    const re = yearly ? MONTHS_WITHIN : PART_OF_MONTH;
    const doubt = re.exec(lowerOf(doc, { start: from, end: to })) ?? re.exec(around);
    if (doubt) frame.periodInDoubt = doubt[0];
    // (`During a 2023 survey, … the total import volume was 9.6 million tons`: a year after `a` that a
    // noun follows says which survey, report or plan, not when what the sentence counts happened.)
    if (!frame.periodInDoubt && yearly && f.periodSpan) {
      const attributive = /(?:^|\s)an?\s+$/.test(lowerOf(doc, { start: Math.max(0, f.periodSpan.start - 4), end: f.periodSpan.start })) && /^\s+\p{Ll}/u.test(doc.text.slice(f.periodSpan.end, f.periodSpan.end + 3));
      if (attributive) frame.periodInDoubt = doc.text.slice(f.periodSpan.start - 2, f.periodSpan.end);
    }
    // (A year the sentence says is not over, `… gần 1,3 tỷ USD chỉ trong nửa tháng còn lại của năm`,
    // `with the rest of the year to go`: some of it, not the whole.)
    if (!frame.periodInDoubt && yearly) {
      const rest = restOfYear(doc, sentence);
      if (rest) frame.periodInDoubt = rest;
    }
  }
  return frame;
}

const REST_OF_YEAR = /(?<![\p{L}])(?:còn lại (?:của|trong) năm|the rest of the year|remaining (?:days|weeks|month|months) of the year)(?![\p{L}])/u;
const restOfYearCache = new WeakMap<DocumentAnalysis, Map<number, string | null>>();
/** The words that say a sentence's year is not over, read once per sentence (a sentence of endless figures stays linear). */
function restOfYear(doc: DocumentAnalysis, sentence: Span): string | null {
  let bySentence = restOfYearCache.get(doc);
  if (!bySentence) restOfYearCache.set(doc, (bySentence = new Map()));
  let v = bySentence.get(sentence.start);
  if (v === undefined) bySentence.set(sentence.start, (v = REST_OF_YEAR.exec(lowerOf(doc, sentence))?.[0] ?? null));
  return v;
}

/** Partners named in English after `statistics of` (`The statistics of the UAE show …`). */
const PARTNER_NAMES_EN = 'uae|united arab emirates|russia|china|japan|korea|south korea|the republic of korea|india|thailand|malaysia|indonesia|singapore|the philippines|philippines|germany|france|the us|the united states|the uk|the united kingdom|australia|canada|brazil|mexico|taiwan|the eu|the european union|partner|other side|host country';
const PARTNER_NAMES = 'nga|liên bang nga|trung quốc|hàn quốc|nhật bản|mỹ|hoa kỳ|ấn độ|lào|campuchia|thái lan|đức|australia|úc|singapore|malaysia|indonesia|philippines|eu|liên minh châu âu|nước bạn|nước này|bạn|sở tại';
const PARTNER_ADJECTIVES = 'russian|chinese|korean|japanese|american|u\\.s\\.|us|indian|german|lao|laotian|cambodian|thai|australian|singaporean|malaysian|indonesian|european|eu';
const FOREIGN_ORIGIN = new RegExp(
  `(?<![\\p{L}])(?:(?:phía|cơ quan thống kê|tổng cục thống kê|cục thống kê|hải quan|tổng cục hải quan|bộ thương mại|số liệu thống kê|số liệu|dữ liệu|thống kê)\\s+(?:của\\s+)?(?:phía\\s+)?(?:${PARTNER_NAMES})|(?:the\\s+)?(?:${PARTNER_ADJECTIVES})\\s+(?:side|customs|statistics|statistical office|statistical service|data|authorities|figures)|(?:statistics|data|figures)\\s+(?:of|from)\\s+(?:the\\s+)?(?:${PARTNER_NAMES_EN})(?:'s)?(?:\\s+side)?|rosstat|destatis|federal statistical office)(?![\\p{L}])`,
  'u',
);

/**
 * A source lead (`theo số liệu của`, `according to`) with a foreign country named in the next few
 * words (its ministry, its statistics office, its customs): the partner's statistics.
 */
const namedSourceCache: SentenceCache<ClaimFrame['source']> = new WeakMap();
function foreignNamedSource(doc: DocumentAnalysis, sentence: Span): ClaimFrame['source'] {
  return oncePerSentence(namedSourceCache, doc, sentence, computeForeignNamedSource);
}
/** What a rule reads of a whole sentence, by document and sentence. */
type SentenceCache<T> = WeakMap<DocumentAnalysis, Map<string, T | null>>;
/** A sentence's answer read once (a sentence of thousands of figures asks for each of them). */
function oncePerSentence<T>(cache: SentenceCache<T>, doc: DocumentAnalysis, sentence: Span, compute: (doc: DocumentAnalysis, sentence: Span) => T | undefined): T | undefined {
  let bySentence = cache.get(doc);
  if (!bySentence) cache.set(doc, (bySentence = new Map()));
  const key = `${sentence.start}:${sentence.end}`;
  let v = bySentence.get(key);
  if (v === undefined) bySentence.set(key, (v = compute(doc, sentence) ?? null));
  return v ?? undefined;
}
function computeForeignNamedSource(doc: DocumentAnalysis, sentence: Span): ClaimFrame['source'] {
  const key = lowerOf(doc, sentence);
  // `Bộ Ngoại giao Malaysia cho biết …`, `Cơ quan Thống kê Séc công bố …`, `Malaysia's Foreign
  // Ministry said …`: a partner's institution speaking opens the clause (not `Đại sứ quán Việt Nam
  // tại Malaysia cho biết`, whose country is only where it sits).
  for (const m of key.matchAll(INSTITUTION_SPEAKS)) {
    const code = foreignCountryIn(m[1].replace(/['’]s(?![\p{L}])/gu, ''));
    if (code && !/(?<![\p{L}])(?:việt nam|vietnam|viet nam)(?![\p{L}])/u.test(m[1])) return { kind: 'foreign', text: m[1] };
  }
  // `cited Qatar's statistics showing that …`, `theo thống kê của Qatar`: a country's own statistics.
  for (const m of key.matchAll(POSSESSIVE_STATISTICS)) {
    const code = foreignCountryIn(`${m[1]} statistics`);
    if (code) return { kind: 'foreign', text: m[0] };
  }
  // (Matched on the key, so NFD text reads the same; shown from the text where the key keeps its offsets.)
  const aligned = key.length === sentence.end - sentence.start;
  for (const m of key.matchAll(SOURCE_LEAD_NFC)) {
    const from = m.index! + m[0].length;
    const code = foreignCountryIn(key.slice(from, from + 50));
    if (code) return { kind: 'foreign', text: (aligned ? doc.text.slice(sentence.start + m.index!, Math.min(sentence.end, sentence.start + from + 50)) : key.slice(m.index!, from + 50)).trim() };
  }
  return undefined;
}
/**
 * The partner's institution an article's opening says it relays (`…, according to the Malaysian
 * Ministry of Foreign Affairs`, `- cơ quan báo chí Chính phủ Nga đưa tin`), read from the sentences
 * of its first three paragraphs (title, lead, the first of the body, as a page's opening may have
 * no title of its own). Once per article.
 */
const relayedCache = new WeakMap<DocumentAnalysis, ClaimFrame['source'] | null>();
function relayedSource(doc: DocumentAnalysis): ClaimFrame['source'] {
  let v = relayedCache.get(doc);
  if (v === undefined) {
    v = null;
    const blocks = doc.structure.blocks.filter((b) => b.kind === 'title' || b.kind === 'lead' || b.kind === 'body').slice(0, 3);
    const end = Math.min(blocks.length ? blocks[blocks.length - 1].end : 0, RELAYED_WITHIN);
    for (const sentence of doc.structure.sentences) {
      if (sentence.start >= end) break;
      const found = foreignNamedSource(doc, sentence);
      if (found) {
        v = found;
        break;
      }
    }
    relayedCache.set(doc, v);
  }
  return v ?? undefined;
}
/** How far into an article its opening may name the partner's institution it relays. */
const RELAYED_WITHIN = 1200;
/** `Qatar's statistics`, `Hungary's official data`: a country's own count, by the possessive. */
const POSSESSIVE_STATISTICS = /(?<![\p{L}])([\p{L}]+(?:\s[\p{L}]+)?)['’]s\s+(?:own\s+|official\s+)?(?:statistics|data|figures|customs data|statistical data)(?![\p{L}])/gu;
/** A clause that opens on an institution and goes straight on to a verb of saying. */
const INSTITUTION_SPEAKS =
  /(?:^|[,;:(]\s*(?:[-–—]\s*)?|(?<![\p{L}])(?:và|and)\s+)((?:(?:bộ|tổng cục|cục|cơ quan|văn phòng|ngân hàng trung ương|chính phủ|phía)\s[^,;:.()]{2,50}?|[\p{L}]+(?:\s[\p{L}]+)?'s\s(?:[\p{L}]+\s){0,4}?(?:ministry|office|bureau|customs|department|government|statistics|authorities|agency)))\s+(?:(?:đã|vừa|mới)\s+)?(?:cho biết|thông báo|công bố|đưa tin|said|says|reported|reports|announced|stated)(?![\p{L}])/gu;

/**
 * A figure a partner country's official gives (`Czech Minister … Jozef Sikela` earlier, then
 * `Sikela cited that two-way trade … reached 2.3 billion USD`): the person speaking before the
 * figure holds a role of a foreign country, as any mention of them in the article says.
 */
const SPEECH = /^\s*(?:\S+\s+){0,2}?(?:said|says|cited|noted|stated|told|added|stressed|highlighted|revealed|informed|cho biết|nói|nêu|khẳng định|nhấn mạnh|thông tin|chia sẻ)(?![\p{L}])/u;
function foreignSpeaker(doc: DocumentAnalysis, f: Figure, sentence: Span): ClaimFrame['source'] {
  const { persons, foreign } = peopleOf(doc);
  // (Persons in text order: from the first that starts in the sentence.)
  for (let i = lowerBound(persons, sentence.start); i < persons.length && persons[i].end <= f.start; i++) {
    const e = persons[i];
    if (foreign.has(e.entityId) && SPEECH.test(doc.text.slice(e.end, Math.min(f.start, e.end + 40)))) return { kind: 'foreign', text: doc.text.slice(e.start, e.end) };
  }
  return undefined;
}

/** A document's person mentions in text order, and the persons any mention gives a foreign role. */
const peopleCache = new WeakMap<DocumentAnalysis, { persons: DocumentAnalysis['entities']; foreign: Set<string> }>();
function peopleOf(doc: DocumentAnalysis): { persons: DocumentAnalysis['entities']; foreign: Set<string> } {
  let v = peopleCache.get(doc);
  if (!v) {
    const persons = doc.entities.filter((e) => e.type === 'person').sort((a, b) => a.start - b.start);
    const foreign = new Set<string>();
    for (const e of doc.entities) {
      const code = e.role ? /:([A-Z]{2})$/.exec(e.role)?.[1] : undefined;
      if (!code || code === HOME_CODE) continue;
      if (e.type === 'person') foreign.add(e.entityId);
      else if (e.person) foreign.add(e.person);
    }
    peopleCache.set(doc, (v = { persons, foreign }));
  }
  return v;
}

/** Country names and adjectives CLDR and the knowledge base give (`séc`, `czech`, `czechia`), lower-case, by code. */
let countryNames: Map<string, string> | null = null;
function foreignCountryIn(window: string): string | null {
  if (!countryNames) {
    countryNames = new Map();
    for (const e of builtinKnowledge().entities) {
      if (e.type !== 'country' || !e.countryCode || e.countryCode === HOME_CODE) continue;
      for (const n of [e.canonical, ...e.aliases]) if (n.length >= 3) countryNames.set(n.normalize('NFC').toLowerCase(), e.countryCode);
    }
  }
  const words = window.split(/[^\p{L}\p{M}'’.-]+/u).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    for (let n = 3; n >= 1; n--) {
      const code = countryNames.get(words.slice(i, i + n).join(' '));
      // (An institution of that country, `Bộ Công thương Séc`, `the Czech Statistical Office`; not a
      // place, `phóng viên TTXVN tại Lào`.)
      if (code && !PLACE_BEFORE.has(words[i - 1] ?? '') && INSTITUTION.test(words.slice(Math.max(0, i - 4), i + n + 3).join(' '))) return code;
    }
  }
  return null;
}
/**
 * `Trade between the two nations tallied $19.5 billion last year … Of the total, Thai exports to
 * Vietnam accounted for $12.5 billion`: a total its sentence, or the next one in its paragraph,
 * breaks down as the partner's exports to home (`xuất khẩu của Thái Lan sang Việt Nam`) is counted
 * from the partner's side: that partner's statistics.
 */
const partnerBreakdownCache: SentenceCache<ClaimFrame['source']> = new WeakMap();
function partnerBreakdown(doc: DocumentAnalysis, sentence: Span): ClaimFrame['source'] {
  return oncePerSentence(partnerBreakdownCache, doc, sentence, computePartnerBreakdown);
}
function computePartnerBreakdown(doc: DocumentAnalysis, sentence: Span): ClaimFrame['source'] {
  const next = nextSentence(doc, sentence);
  for (const span of next ? [sentence, next] : [sentence]) {
    const text = lowerOf(doc, span);
    const m = PARTNER_EXPORTS_HOME.exec(text);
    if (!m) continue;
    const who = (m[1] ?? m[2] ?? m[3]).trim().split(/\s+/);
    // (The partner's name or adjective right before the flow: `Thai exports`, `Thailand's exports`.)
    for (let n = Math.min(3, who.length); n >= 1; n--) {
      const name = who.slice(who.length - n).join(' ').replace(/['’]s$/, '');
      if (countryCodeOf(name)) return { kind: 'foreign', text: m[0].trim() };
    }
  }
  return undefined;
}
const PARTNER_EXPORTS_HOME = /(?:^|[\s,(])((?:[\p{L}'’-]+\s+){1,3}?)(?:exports?|shipments)\s+to\s+(?:vietnam|viet nam)(?![\p{L}])|xuất khẩu của\s+((?:[\p{L}-]+\s+){1,3}?)sang\s+việt nam|(?:^|[\s,(])((?:[\p{L}-]+\s+){1,3}?)xuất khẩu sang\s+việt nam/u;
/** A foreign country's code from its name or adjective alone (`thai`, `thailand`, `thái lan`). */
function countryCodeOf(name: string): string | null {
  if (!countryNames) foreignCountryIn('');
  return countryNames!.get(name.normalize('NFC').toLowerCase()) ?? null;
}
/** The sentence after `sentence` in its paragraph, or null. */
function nextSentence(doc: DocumentAnalysis, sentence: Span): Span | null {
  const list = doc.structure.sentences;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < sentence.end) lo = mid + 1;
    else hi = mid;
  }
  const next = list[lo];
  const block = blockAt(doc, sentence.start);
  return next && block && next.end <= block.end ? next : null;
}
const PLACE_BEFORE = new Set(['tại', 'ở', 'in', 'at', 'from', 'từ', 'sang', 'to', 'với', 'with']);
const INSTITUTION = /(?<![\p{L}])(?:bộ|tổng cục|cục|cơ quan|hải quan|thống kê|chính phủ|phía|hiệp hội|ministry|minister|office|bureau|customs|department|statistics|statistical|government|authorities|side|association)(?![\p{L}])/u;
const HOME_CODE: string = subjectData.home;
const SOURCE_LEAD_NFC = new RegExp(`(?<![\\p{L}])(?:${[...new Set(data.sourceLead.map((w: string) => w.normalize('NFC')))].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}])`, 'gu');

/** The source a sentence attributes its figures to (`theo Tổng cục Hải quan`, `according to the World Bank`). */
function sourceOf(sentence: string): ClaimFrame['source'] {
  // A partner's own statistics (`cơ quan thống kê của Nga`, `data from the Russian side`).
  const origin = FOREIGN_ORIGIN.exec(sentence);
  if (origin) return { kind: 'foreign', text: origin[0] };
  for (const m of sentence.matchAll(SOURCE_LEAD)) {
    // (The source's whole name, to its comma: `theo số liệu khảo sát thị trường mỹ phẩm của Trung tâm
    // thương mại quốc tế ITC và World Bank, …`; else its first 60 characters.)
    const long = sentence.slice(m.index! + m[0].length, m.index! + m[0].length + 120);
    const comma = long.search(/[,;:]/);
    const window = comma >= 0 ? long.slice(0, comma) : long.slice(0, 60);
    const foreign = FOREIGN_SOURCE.exec(window);
    if (foreign) return { kind: 'foreign', text: foreign[0] };
    const words = window.trim().split(/\s+/).slice(0, 4).join(' ');
    if (words) return { kind: 'stated', text: words };
  }
  // (Named anywhere else, a body is a source only by a name of its own, or an acronym followed by
  // its data: `UN sanctions` cite no UN statistics.)
  for (const m of sentence.matchAll(FOREIGN_SOURCE_ALL)) {
    if (m[0].replace(/\s+/g, '').length > 3 || DATA_AFTER.test(sentence.slice(m.index! + m[0].length, m.index! + m[0].length + 20))) return { kind: 'foreign', text: m[0] };
  }
  return undefined;
}
const STATISTICS_BODIES = data.statisticsBodies as Record<string, string[]>;
/**
 * Offices whose trade figures are early estimates that Customs' count revises, by the names and
 * acronyms of the bodies vocabulary.json calls estimating (`estimatingBodies`): Việt Nam's statistics
 * office (not a partner's: `cục thống kê Séc` is foreign) and the agriculture ministry (its monthly
 * reports on farm, forest and fishery exports).
 */
const ESTIMATING_OFFICE_ALL = phraseRegex(
  (data.estimatingBodies as string[]).flatMap((k) => STATISTICS_BODIES[k]),
  '',
  true,
  data.foreignStatisticsAfter,
);

/**
 * The estimating office a text names, but not as the parent of a department whose data it is
 * (`Theo Cục Chăn nuôi (Bộ NN-PTNT), 9 tháng năm 2019 …`, `the ministry's department of …`: the
 * department's count, not the ministry's monthly estimate).
 */
function estimatingOffice(text: string): RegExpExecArray | null {
  for (const m of text.matchAll(ESTIMATING_OFFICE_ALL)) {
    const end = m.index! + m[0].length;
    if (/\(\s*$/.test(text.slice(Math.max(0, m.index! - 3), m.index)) || /^(?:'s|’s)\s+(?:department|agency|directorate)/.test(text.slice(end, end + 20))) continue;
    return m as RegExpExecArray;
  }
  return null;
}

/** The province or city a figure is part of, named after it: `của tỉnh`, `toàn tỉnh`, `the province's`. */
const PROVINCE_AFTER = /(?<![\p{L}])(?:(?:của|toàn) (?:tỉnh|thành phố)(?! (?:khác|bạn|lân cận))|(?:of|in) the (?:province|city)|the province's|the city's)(?![\p{L}])/u;

/** A share of a total right before the figure: `chiếm 64,9% tổng kim ngạch xuất khẩu với`, `accounting for 35% of total exports at`. */
const SHARE_OF_TOTAL = /(?:chiếm|chiếm tỷ trọng|chiếm tỉ trọng)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?[\d.,]+\s*%\s+(?:trong\s+)?tổng\s+(?:kim ngạch|giá trị|trị giá)[^,;]{0,40}$|(?:accounting for|accounted for|making up)\s+(?:about\s+|nearly\s+|over\s+)?[\d.,]+\s*(?:%|per cent|percent)\s+of\s+(?:the\s+)?(?:country's\s+)?total[^,;]{0,40}$/u;

/** A difference said after the amount: `US$110 million more than the same period last year`. */
const DIFFERENCE_AFTER = /^\s*(?:more|less|higher|lower|fewer|up|down)\s+(?:than|from|on|over|against)\s+(?:(?:the|a|that of|those of)\s+)?(?:same period|year|last year|previous|prior|corresponding|\d{4})/u;


/** Home named as the figure's country: the figure is no province's. */
const HOME_NAMED = /(?<![\p{L}])(?:việt nam|viet nam|vietnam|cả nước|nước ta|toàn quốc|the country|nationwide)(?![\p{L}])/u;

/**
 * The province or city the nearest sentence before (in the same paragraph) that names a place or a
 * country is about, for a sentence that names no place and no country of its own, with its id when that sentence names it (none when it
 * says only `tỉnh`, `thành phố`: the figure is then some place's the engine cannot name).
 */
function localBefore(doc: DocumentAnalysis, sentence: Span, before: string): { text: string; place?: string } | null {
  const namesCountry = (span: Span) => within(doc.entities, span).some((e) => e.type === 'country');
  if (HOME_NAMED.test(before) || namesCountry(sentence)) return null;
  // (The nearest sentence before it in the paragraph that names a place or a country decides.)
  let at = sentence.start;
  // (A sentence that opens on a breakdown, `Trong đó, cà phê …`, goes on with the paragraph before.
  // Any first sentence of a paragraph was tried: it lost more right findings than it saved.)
  const breakdown = OPENINGS.breakdownOfPlace.test(lowerOf(doc, { start: sentence.start, end: Math.min(sentence.end, sentence.start + 30) }));
  for (let k = 0; k < 6; k++) {
    const prev = previousSentence(doc, at, k === 0 && breakdown);
    if (!prev) return null;
    at = prev.start;
    const text = notPlaces(lowerOf(doc, prev).replace(DATELINE, '').replace(DATED_DATELINE, ''));
    const m = LOCAL_PLACE.exec(text);
    if (!m) {
      if (HOME_NAMED.test(text) || namesCountry(prev)) return null;
      continue;
    }
    if (HOME_NAMED.test(text.slice(0, m.index))) return null;
    let place: string | undefined;
    for (const c of text.matchAll(CITIES)) place = CITY_OF.get(c[0].replace(/\s+/g, ' '));
    return { text: m[0], place };
  }
  return null;
}

/**
 * A flow reported within ten days of its period's end, by an article whose day is firm (`Seafood
 * export value reaches $4.355 billion in first half of year (03-07-2024)`), is an early estimate:
 * the customs count of a month comes later than that.
 */
function earlyReport(doc: DocumentAnalysis, f: Figure): boolean {
  const r = doc.referenceDate;
  if (!r || !r.evidence || !f.period || !(r.source === 'marker' || r.source === 'option' || r.source === 'text-latest-date') || !firmReference(doc)) return false;
  const p = parsePeriod(f.period);
  if (!p || p.days) return false;
  const end = Date.UTC(p.to.y, p.to.m, 0);
  const days = (Date.parse(r.date) - end) / 86_400_000;
  return days >= 0 && days <= 10;
}

/** The estimating office the sentence before (in the same paragraph) names as its source. */
function officeBefore(doc: DocumentAnalysis, sentence: Span): RegExpExecArray | null {
  const prev = previousSentence(doc, sentence.start);
  if (!prev) return null;
  const text = lowerOf(doc, prev);
  const office = estimatingOffice(text);
  return office && /(?<![\p{L}])(?:theo|according to|cho biết|said|reported|báo cáo)(?![\p{L}])/u.test(text) ? office : null;
}

const FOREIGN_SOURCE_ALL = new RegExp(FOREIGN_SOURCE.source, 'gu');
const DATA_AFTER = /^\s*(?:'s\s+)?(?:data|statistics|figures|report|estimates?|số liệu|thống kê|báo cáo|ước tính|dữ liệu)(?![\p{L}])/u;

/** Indicators whose level is itself a rate (a percentage is their value, not a share or a change). */
const RATE_INDICATORS = /growth|inflation|unemployment|rate|share|poverty/;

/**
 * Whether every field the checks compare is stated by the text: the indicator (or a change frame
 * gives it), the product, a level rather than a difference, an actual or estimated value, a
 * period not in doubt, and a percentage only for an indicator that is a rate (`70%` beside
 * arrivals is a share or a ratio to another year, not the arrivals).
 */
export function isComparable(frame: ClaimFrame, indicatorFromFrame = false): boolean {
  if (!frame.indicator.sure && !indicatorFromFrame) return false;
  if (frame.measure === 'rate' && !RATE_INDICATORS.test(frame.indicator.value ?? '')) return false;
  if (frame.periodInDoubt) return false;
  return frame.product.sure && !frame.difference && (frame.status.value === 'actual' || frame.status.value === 'estimate');
}

const BODY_OF = new Map<string, string>();
for (const [key, phrases] of Object.entries(STATISTICS_BODIES)) for (const p of phrases) BODY_OF.set(matchKey(p), key);
const BODIES = phraseRegex(Object.values(STATISTICS_BODIES).flat(), '', true, data.foreignStatisticsAfter);
const bodiesCache = new WeakMap<DocumentAnalysis, Map<number, string[] | null>>();
/** The statistics bodies a sentence and the two before it name (see ClaimFrame.bodies), once per sentence. */
function bodiesNear(doc: DocumentAnalysis, sentence: Span): string[] | undefined {
  let bySentence = bodiesCache.get(doc);
  if (!bySentence) bodiesCache.set(doc, (bySentence = new Map()));
  let v = bySentence.get(sentence.start);
  if (v === undefined) {
    const found = new Set<string>();
    let span: Span | null = sentence;
    for (let k = 0; span && k < 3; k++) {
      // (A sentence's first 600 characters: a long text stays linear.)
      for (const m of lowerOf(doc, { start: span.start, end: Math.min(span.end, span.start + 600) }).matchAll(BODIES)) {
        const body = BODY_OF.get(m[0].replace(/\s+/g, ' '));
        if (body) found.add(body);
      }
      span = previousSentence(doc, span.start, true);
    }
    bySentence.set(sentence.start, (v = found.size ? [...found].sort() : null));
  }
  return v ?? undefined;
}

/** Two figures each naming Vietnamese bodies, none in common: two counts (a note at most). */
export function otherBodies(a: ClaimFrame, b: ClaimFrame): boolean {
  return !!a.bodies && !!b.bodies && !a.bodies.some((k) => b.bodies!.includes(k));
}

/** Whether two claims' sources can be compared: a partner's or an international body's series is compared only with itself. */
export function sameSeries(a: ClaimFrame, b: ClaimFrame): boolean {
  const fa = a.source?.kind === 'foreign' ? a.source.text : null;
  const fb = b.source?.kind === 'foreign' ? b.source.text : null;
  return fa === fb;
}

/**
 * The partner of a one-way flow named by a single foreign country: `sang Hàn Quốc`, `to Korea`,
 * `từ Trung Quốc`. A country named as the subject of the sentence (`Thái Lan xuất khẩu gạo`) is the
 * reporter, not the partner, and the flow is not Việt Nam's.
 */
const MARKET_AFTER =
  /^\s*(?:(?:vẫn|tiếp tục|hiện|tiếp tục là|đã|cũng)\s+)*(?:là|trở thành|đứng(?:\s+đầu)?|dẫn đầu|(?:duy trì|giữ|giữ vững)\s+vị trí)\s+(?:(?:các\s+)?(?:thị trường|nhà nhập khẩu|khách hàng|bạn hàng|nhà cung cấp|nguồn cung)\b)|^\s*(?:(?:was|is|remained|remains|became|has been|ranked|continued to be)\s+)+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(?:export market|market|importer|buyer|destination|supplier|source)\b/u;

export function namedAsPartner(doc: DocumentAnalysis, mention: Span): boolean {
  // (`to the US`: an article between the word and the name.)
  const lead = lowerOf(doc, { start: Math.max(0, mention.start - 16), end: mention.start }).replace(/\s+$/, '').replace(/\s+the$/, '');
  if (PARTNER_BEFORE.test(lead)) return true;
  // `Mỹ vẫn là thị trường xuất khẩu lớn nhất`, `the U.S. was the biggest importer of …`: a market.
  if (MARKET_AFTER.test(lowerOf(doc, { start: mention.end, end: Math.min(doc.text.length, mention.end + 50) }))) return true;
  // `Việt Nam - Hàn Quốc`, `Vietnam–Korea`: the pair written with a dash (a name before it; not a
  // dateline's, `HANOI, February 2, 2024 - Ecuador exported …`).
  return /\p{L}\s*[-–]\s*$/u.test(lead);
}

