/**
 * Entity mentions of one document: persons with the title that introduces them, standalone
 * titles, countries, organizations and places. Dates are the quantity engine's.
 *
 * How: one left-to-right pass over the tokens of `norm`. At each token every recognizer proposes
 * a candidate (a title phrase with or without a name, a known name, an organization head noun with
 * its name, an English organization phrase, an honorific with a name, a Vietnamese family name with
 * its given names, a place after `tỉnh`/`thành phố`, an acronym); the longest wins, ties going to
 * the earlier recognizer in that list. A second pass finds the short forms of the persons found
 * (`Boluarte`, `Lopez Aliaga`) and the acronyms defined in parentheses. Mentions never overlap:
 * a country inside a title or an organization name (`Tổng thống Peru`, `Bộ Ngoại giao Peru`) is
 * carried by the role or the organization, not emitted on its own.
 *
 * Spans are norm offsets; the façade maps them to the original text.
 */
import type { EntityMention } from '../types';
import type { ExtractContext } from '../context';
import type { KnowledgeBase, TitleDef } from './knowledge';
import { slug } from './knowledge';
import {
  gapOf,
  indexOf,
  isJoin,
  JOIN_HYPHEN,
  JOIN_SPACE,
  matchEntity,
  matchHead,
  matchTitle,
  tokenize,
  type Index,
  type LexEntry,
  type Token,
} from './lexicon';

interface Candidate {
  end: number;
  mentions: EntityMention[];
}

const NAME_PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'do', 'dos', 'das', 'van', 'von', 'der', 'la', 'le', 'bin', 'al', 'y']);
const PLACE_WORDS_1 = new Set(['tỉnh', 'huyện', 'quận', 'xã', 'bang', 'vùng', 'đảo', 'sông', 'thủ', 'đặc', 'cảng', 'cầu']);
const PLACE_WORDS_2 = new Set(['thành phố', 'thủ đô', 'thị xã', 'thị trấn', 'quần đảo', 'khu vực']);
/** First words of a sector of the economy after `khu vực` (which is a region and a sector). */
const SECTOR_WORDS = new Set(['dịch', 'công', 'nông', 'lâm', 'thủy', 'thuỷ', 'xây', 'kinh', 'tư', 'nhà', 'fdi', 'doanh', 'sản', 'thương', 'tài', 'ngân', 'khai', 'chế']);
/** Lower-case words of administrative units inside a name: `Ủy ban nhân dân tỉnh Quảng Ninh`. */
/** Posts of a city or province, which may be followed directly by its name. */
const LOCAL_POSTS = new Set(['mayor', 'governor']);
const ADMIN_WORDS = new Set(['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'tp']);
/** Heads of bodies that may be followed by `tại X`: `Đại sứ quán Việt Nam tại Peru`. */
const POSTED_HEADS = new Set(['phái đoàn', 'phái đoàn thường trực', 'đại sứ quán', 'tổng lãnh sự quán', 'lãnh sự quán', 'cơ quan đại diện', 'văn phòng', 'thương vụ', 'tòa đại sứ']);
/** Between a title and its holder: `, `; `Đại sứ … năm 2019 là ông …`; `… is …`. */
const APPOSITION = /^(?:, |,? (?:năm \d{4} |in \d{4} )?(?:là|is|was)(?: (?:ông|bà|ngài|mr\.?|ms\.?|mrs\.?))? )$/i;
/**
 * Lower-case words that continue a name after its capitalized part, as agencies often write them
 * (`Cục Xúc tiến thương mại`, `Ủy ban Hỗn hợp về Hợp tác kinh tế`). Only nouns that are rarely a
 * verb: `phát triển`, `hợp tác` would swallow the predicate.
 */
const LOWER_NAME_WORDS = new Set([
  'thương mại', 'kinh tế', 'công nghiệp', 'du lịch', 'văn hóa', 'giáo dục', 'quốc tế', 'quốc gia', 'nhân dân', 'xã hội',
  'khoa học', 'công nghệ', 'tài chính', 'ngân hàng', 'nông nghiệp', 'y tế', 'môi trường', 'năng lượng', 'an ninh',
  'quốc phòng', 'thể thao', 'viễn thông', 'dầu khí', 'hàng không', 'hàng hải', 'thủy sản', 'đối ngoại', 'ngoại giao',
  'hữu nghị', 'cổ phần',
]);
/** `Masan Group` is `Masan`. */
const CORPORATE_SUFFIX = new Set(['group', 'corporation', 'corp', 'company', 'jsc', 'inc', 'ltd', 'holdings', 'co']);
const LINK_WORDS = new Set(['và', 'với', 'của', 'cùng', 'tại', 'cho', 'do', 'bởi', 'and', 'with', 'of', 'by']);
/** English words of a ministry's field (`Agriculture`, `Foreign Affairs`), lower-case. */
const EN_FIELD_WORDS = new Set(
  ('foreign affairs trade industry agriculture livestock fisheries finance economy economic planning investment defence defense ' +
    'health education training culture sports sport tourism transport transportation justice labour labor invalids social ' +
    'environment energy mines mining communications information science technology interior home security public development ' +
    'rural natural resources state commerce production construction relations external welfare women youth family housing ' +
    'water digital innovation telecommunications natural agri-food food fishery forestry ethnic religious affairs national ' +
    'industries exports imports customs post').split(' '),
);
/** Capitalized English words that are not parts of personal names (`Comprehensive Strategic Partnership`). */
const EN_COMMON = new Set(
  ('strategic comprehensive partnership partners partner day year week month summit forum conference meeting session festival ' +
    'expo fair award prize medal order cup games plan strategy vision initiative agenda declaration statement resolution law ' +
    'decree act report index survey census exhibition road street avenue bridge airport port bay river sea island islands ' +
    'mountain lake park hall palace square hotel tower building temple pagoda museum north south east west central northern ' +
    'southern eastern western national international global pacific atlantic new old great grand first second third fourth ' +
    'general state prime free trade economic economy business investment development cooperation friendship year-end spring ' +
    'autumn summer winter lunar tet new-year christmas covid-19 covid pandemic green digital smart blue zone industrial high-tech ' +
    'special administrative region province city district town village commune ward press media online news daily times post ' +
    'herald journal review magazine tv radio television channel').split(' '),
);
const EN_WORD_ENDING = /(?:ive|ic|ship|tion|sion|ment|ity|ing|ous|ary|ism|ist|ance|ence|ness|ful|less|ure|wide)$/;
const COMPANY_WORDS = new Set(['hãng', 'tập đoàn', 'công ty', 'tổng công ty', 'ngân hàng', 'nhà mạng', 'thương hiệu', 'tờ', 'báo', 'kênh', 'hãng tin', 'hãng thông tấn', 'quỹ', 'mỏ']);
const DEPUTY = new Set(['phó', 'deputy', 'vice']);
/**
 * Lower-case words that never continue a name: verbs and function words. A lower-case syllable
 * after a capitalized one continues the name only when none of these is in the way.
 */
const FUNCTION_WORDS = new Set(
  ('cho biết là có đã sẽ được đang và với của tại ở để khi này đó các những một cũng vừa sang đến từ trong ngoài nói nêu ' +
    'tiếp gặp ký thăm làm về theo do bị thì mà nhưng hay hoặc rằng nhằm vào ra lên xuống năm ngày tháng hôm nay mời').split(' '),
);
/** `Bộ Quy tắc ứng xử`, `Bộ luật`: `Bộ` as a set of rules or a code, not a ministry. */
const NOT_MINISTRY = new Set(['quy tắc', 'luật', 'tiêu chí', 'nguyên tắc', 'tiêu chuẩn', 'chỉ số', 'sưu tập', 'tài liệu', 'hồ sơ', 'sách', 'phim', 'quy chuẩn', 'công cụ']);
/** `châu Phi`, `châu Á`, `châu Âu`: continents after the lower-case `châu`. */
const CONTINENTS = new Set(['phi', 'á', 'âu', 'mỹ', 'úc', 'đại']);
/** Venue heads that also name the body working there: a place only after `tại`/`ở`. */
const VENUE_OR_BODY = new Set(['nhà hát', 'bảo tàng', 'khách sạn']);
/** Local bodies that may be named by their level alone: `Sở Ngoại vụ tỉnh`, `Công an thành phố`. */
const LOCAL_HEADS = new Set(['sở', 'ủy ban nhân dân', 'hội đồng nhân dân', 'công an', 'bộ chỉ huy quân sự', 'bộ đội biên phòng', 'ban']);
/** Lower-case qualifiers of a post: `Chủ tịch điều hành`, `Bí thư thứ nhất`, `Chủ tịch luân phiên`. */
const TITLE_QUALIFIERS = new Set(['thứ nhất', 'thứ hai', 'điều hành', 'danh dự', 'luân phiên']);
/** Plural nouns of places before a list: `provinces such as Phongsaly`, `các tỉnh như`. */
const PLACE_PLURAL = new Set(['provinces', 'cities', 'localities', 'ports', 'regions', 'tỉnh', 'thành phố', 'địa phương', 'cảng']);
/** Heads of treaties, whose names may go on with `về` (`Công ước Liên hợp quốc về Luật Biển`). */
const TREATY_HEADS = new Set(['công ước', 'hiệp định', 'hiệp ước', 'tuyên bố', 'nghị định thư', 'ủy ban']);
/** Associations that may be of one country's people in another (`Hội người Việt Nam tại Pháp`). */
const ASSOCIATION_HEADS = new Set(['hội', 'hiệp hội', 'liên hiệp', 'cộng đồng', 'câu lạc bộ', 'phòng thương mại', 'liên đoàn']);
/** Before a title, a plural (`các Đại sứ`, `hai Bộ trưởng`): no one post is meant. */
const PLURAL_WORDS = new Set(['các', 'những', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'nhiều', 'mấy', 'quý', 'vị', 'các vị']);
/** Before a title, the name of a meeting (`Hội nghị Bộ trưởng Ngoại giao ASEAN`): no person is meant. */
const MEETING_WORDS = new Set(['hội nghị', 'cuộc họp', 'phiên họp', 'đối thoại', 'hội nghị hẹp']);
/** English buildings and venues: `Parliament House`, `Government House`, `Malacañang Palace`. */
const EN_VENUE_WORDS = new Set(['house', 'palace', 'hall', 'stadium', 'airbase', 'airport', 'square', 'building', 'mausoleum', 'temple', 'museum', 'pagoda', 'cathedral', 'memorial', 'bridge', 'tower', 'park', 'zone', 'canal', 'cemetery']);
/** English corporate words that make a foreign name in Vietnamese text a company: `Hyundai Motor`. */
const FOREIGN_CORPORATE = new Set(['group', 'corporation', 'corp', 'company', 'holdings', 'inc', 'ltd', 'motor', 'motors', 'electronics', 'airlines', 'airways', 'bank', 'energy', 'power', 'steel', 'chemical', 'pharma', 'telecom', 'technologies', 'systems', 'capital', 'logistics', 'enerbility', 'industries', 'engineering']);
/** `Mekong Delta`, `Red River`: a known place and a geographic noun after it. */
const EN_PLACE_SUFFIX = new Set(['delta', 'river', 'basin', 'region', 'province', 'islands', 'island', 'peninsula', 'strait', 'bay']);
/** Plural nouns of companies before a list: `businesses such as Boeing, Apple`, `các tập đoàn như Samsung`. */
const COMPANY_PLURAL = new Set(['businesses', 'companies', 'firms', 'corporations', 'groups', 'brands', 'carriers', 'airlines', 'tập đoàn', 'doanh nghiệp', 'công ty', 'hãng', 'nhà đầu tư', 'investors', 'banks', 'ngân hàng']);
const STREET_WORDS = new Set(['đường', 'phố', 'quảng trường', 'đại lộ', 'cầu', 'sân bay', 'lăng']);
const EN_CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', 'de', 'in']);
const ACRONYM_STOP = new Set([
  'GDP', 'FDI', 'ODA', 'CEO', 'USD', 'VND', 'VNĐ', 'EUR', 'COVID', 'GMT', 'UTC', 'ICT', 'IT', 'AI', 'TP', 'HCM', 'PGS', 'GS',
  'TS', 'THS', 'CNTT', 'KH', 'CN', 'PV', 'BTV', 'MW', 'KW', 'KM', 'TEU', 'GRDP', 'CPI', 'PCI', 'PAPI', 'VAT', 'OK', 'TV',
  'PR', 'SMS', 'GPS', 'LNG', 'GW', 'KWH', 'MWH', 'ATM', 'QR', 'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII',
  'XIII', 'XIV', 'XV', 'XVI', 'XX', 'XXI', 'NXB', 'MOU', 'MOUS', 'ĐT', 'THPT', 'THCS', 'ĐH', 'CĐ', 'BHXH', 'UBND', 'HĐND', 'US', 'USA', 'UK',
]);
const VN_SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnpt])?$/;
/** A lower-case letter (made once: a regular expression with a property escape in a function body is rebuilt at every call once bundled). */
const LOWER_LETTER = /\p{Ll}/u;

let currencies: Set<string> | null = null;
function isCurrency(s: string): boolean {
  if (!currencies) {
    try {
      currencies = new Set(Intl.supportedValuesOf('currency'));
    } catch {
      currencies = new Set();
    }
  }
  return currencies.has(s);
}

/** A ticker in brackets after a company's name: `(HoSE: VJC)`, `(mã HVN)`, `(Vinamilk – mã VNM)`, `(mã cổ phiếu VJC - sàn HoSE)`. */
const TICKER_AFTER = /^\s*\([^()]{0,40}?(?:mã(?:\s+(?:cổ phiếu|chứng khoán|ck))?|hose|hnx|upcom|hsx|nasdaq|nyse|stock code|ticker)\s*:?\s*([A-Za-z]{3,4})(?![\p{L}\d])/iu;

export function extractMentionsImpl(ctx: ExtractContext, kb: KnowledgeBase): EntityMention[] {
  const ix = indexOf(kb);
  const norm = ctx.model.norm;
  const toks = tokenize(norm, ctx.model.lower);
  const en = ctx.language === 'en';
  const n = toks.length;
  const sentenceStart = sentenceStarts(ctx, toks);
  const out: EntityMention[] = [];
  /** Acronyms defined in this document: `(PVN)` after an organization name. */
  const defined = new Map<string, { id: string; canonical: string }>();

  const titleCase = titleCaseTokens(ctx, toks);
  // Trailing site text (`Tin cùng chuyên mục` and other articles' headlines) is not the article.
  const trailerStart = ctx.structure.blocks.find((b) => b.kind === 'trailer')?.start ?? Infinity;
  const gap = (a: number) => (a > 0 && a < n ? gapOf(norm, toks[a - 1], toks[a]) : '');
  const joined = (a: number) => a > 0 && a < n && (toks[a].g === JOIN_SPACE || toks[a].g === JOIN_HYPHEN);
  const spaced = (a: number) => a > 0 && a < n && toks[a].g === JOIN_SPACE;
  const text = (a: number, b: number) => norm.slice(toks[a].s, toks[b - 1].e);
  const isStop = (a: number) => ix.stop.has(toks[a].k);

  // Lookups are memoized per token: recognizers ask about the same tokens many times.
  const entityMemo: (ReturnType<typeof matchEntity> | undefined)[] = new Array(n);
  const titleMemo: (ReturnType<typeof matchTitle> | undefined)[] = new Array(n);
  const headMemo = new Int32Array(n).fill(-2);
  const entityMatch = (a: number) => (entityMemo[a] === undefined ? (entityMemo[a] = matchEntity(ix, toks, a, norm)) : entityMemo[a]);
  const titleMatch = (a: number) => (titleMemo[a] === undefined ? (titleMemo[a] = matchTitle(ix, toks, a, norm)) : titleMemo[a]);
  const headMatch = (a: number) => (headMemo[a] === -2 ? (headMemo[a] = matchHead(ix, toks, a, norm)) : headMemo[a]);

  function entityAt(a: number, types?: string[]): { end: number; e: LexEntry } | null {
    if (a >= n) return null;
    const m = entityMatch(a);
    if (!m) return null;
    let e: LexEntry | undefined = types ? undefined : m.items[0];
    if (types) {
      for (let q = 0; q < m.items.length && !e; q++) if (types.includes(m.items[q].type)) e = m.items[q];
    }
    return e ? { end: m.end, e } : null;
  }

  /** A run of portfolio words (`Ngoại giao`, `Ngoại thương-Du lịch`, `Công Thương`). */
  function compoundRun(a: number): { end: number; glosses: string[] } | null {
    let k = a;
    const glosses: string[] = [];
    while (k < n) {
      // `Bộ trưởng Phát triển, Công nghiệp, Thương mại và Dịch vụ`: a list of fields.
      const listed = k > a && gap(k) === ', ' && toks[k].cap && compoundAt(k) && fieldListAhead(k);
      if (k > a && !joined(k) && !listed) break;
      if (!toks[k].cap) {
        // `Kế hoạch và Đầu tư`: a conjunction between two portfolio words.
        if (k > a && toks[k].k === 'và' && k + 1 < n && toks[k + 1].cap) {
          const nx = compoundAt(k + 1);
          if (nx) {
            k = k + 1;
            continue;
          }
        }
        break;
      }
      const c = compoundAt(k);
      if (!c) break;
      if (c.gloss) glosses.push(c.gloss);
      k = c.end;
    }
    return k > a ? { end: k, glosses } : null;
  }

  function compoundAt(a: number): { end: number; gloss: string | null } | null {
    for (let len = 3; len >= 1; len--) {
      if (a + len > n) continue;
      let ok = true;
      for (let q = a + 1; q < a + len; q++) if (!joined(q)) ok = false;
      if (!ok) continue;
      const key = toks
        .slice(a, a + len)
        .map((t) => t.k)
        .join(' ');
      if (ix.compounds.has(key)) return { end: a + len, gloss: ix.compounds.get(key) ?? null };
    }
    return null;
  }

  function familyStart(a: number): boolean {
    if (a + 1 >= n || !toks[a].cap || !spaced(a + 1) || !toks[a + 1].cap) return false;
    const fam = ix.family.has(toks[a].k) || (en && ix.familyLoose.has(toks[a].k));
    return fam && VN_SYLLABLE.test(toks[a + 1].lk) && !ix.compounds.has(`${toks[a].k} ${toks[a + 1].k}`);
  }

  /** The name of an organization after its head noun (`Tập đoàn` + `Dầu khí Quốc gia`). */
  function orgAt(a: number, inTitle = false): { end: number; acronymAt: number } | null {
    const hEnd = headMatch(a);
    if (hEnd < 0) return null;
    if (hEnd === a + 1 && toks[a].k === 'bộ' && hEnd < n && (NOT_MINISTRY.has(toks[hEnd].k) || NOT_MINISTRY.has(`${toks[hEnd].k} ${toks[hEnd + 1]?.k}`))) return null;
    // `Lăng Chủ tịch Hồ Chí Minh`: a venue named after a person, title and all.
    if (ix.placeHeads.has(headKey(a, hEnd)) && hEnd < n && spaced(hEnd) && titleMatch(hEnd)) {
      const te = titleMatch(hEnd)!.end;
      const ne = te < n && spaced(te) ? nameAt(te) : -1;
      if (ne > te) return { end: ne, acronymAt: -1 };
    }
    // An acronym in parentheses names what precedes it: `Tập đoàn Dầu khí Quốc gia (PVN)`.
    let anyCap = false;
    for (let k = hEnd; k < n && k - hEnd <= 14; k++) {
      const g = gap(k);
      if ((g === ' (' || g === '(') && k > hEnd && acronymInParens(k)) {
        // `tỉnh Savannakhet (Lào)`: a country or a place in parentheses says where, it is no acronym.
        if ((anyCap || toks[k].acr) && !entityAt(k, ['country', 'place'])) return { end: k, acronymAt: k };
        break;
      }
      if (!isJoin(g) || toks[k].digit) break;
      // `… và Phòng Thương mại Santiago (CCS)`: the acronym belongs to the next name.
      if (k > hEnd && LINK_WORDS.has(toks[k].k) && k + 1 < n && headMatch(k + 1) >= 0) break;
      if (toks[k].cap) anyCap = true;
    }
    let k = hEnd;
    while (k < n) {
      // `Bộ Văn hóa, Thể thao và Du lịch`, `Bộ Lao động, Thương binh và Xã hội`: a list of fields.
      if (k > hEnd && gap(k) === ', ' && toks[k].cap && compoundAt(k) && fieldListAhead(k)) {
        k = compoundAt(k)!.end;
        continue;
      }
      if (!joined(k)) break;
      const t = toks[k];
      if (t.cap && !t.digit) {
        const known = entityAt(k, ['country', 'place', 'organization']);
        if (known) {
          k = known.end;
          // A country or a place ends the name (`Bộ Ngoại giao Peru` + a person's name), unless
          // an embassy's posting follows.
          // `Liên minh Nghị sỹ hữu nghị Nhật - Việt`: a pair of countries inside the name.
          if (known.e.type !== 'organization' && k < n && toks[k].g === JOIN_HYPHEN && toks[k].cap && (toks[k].k === 'việt' || entityAt(k, ['country', 'place']))) {
            k = entityAt(k, ['country', 'place'])?.end ?? k + 1;
            break;
          }
          // `… Moskva mang tên Lomonosov`: the name goes on.
          if (known.e.type !== 'organization' && toks[k]?.k === 'mang' && toks[k + 1]?.k === 'tên') continue;
          // `Hãng hàng không Qatar Airways`: a country's name inside a company's.
          if (known.e.type === 'country' && k < n && spaced(k) && toks[k].cap && (FOREIGN_CORPORATE.has(toks[k].k) || ix.enOrgWords.has(toks[k].k))) {
            k++;
            break;
          }
          // `Hội Doanh nhân Việt Nam tại Pháp`: an association of one country's people in another.
          const abroad = known.e.type === 'country' && toks[k]?.k === 'tại' && k + 1 < n && entityAt(k + 1, ['country']) && ASSOCIATION_HEADS.has(headKey(a, hEnd));
          if (abroad) {
            k = entityAt(k + 1, ['country'])!.end;
            break;
          }
          if (known.e.type !== 'organization' && !(toks[k]?.k === 'tại' && POSTED_HEADS.has(headKey(a, hEnd)))) break;
          continue;
        }
        if (familyStart(k)) break;
        // `Văn phòng Chủ tịch nước`, `Văn phòng Tổng thống`: a post right after the head names the body.
        // In a title (`Chủ nhiệm Văn phòng Chủ tịch nước Lê Khánh Hải`) the name after it is the holder's.
        const tt = k === hEnd ? titleMatch(k) : null;
        if (tt && (inTitle || !(tt.end < n && spaced(tt.end) && toks[tt.end].cap && !entityAt(tt.end, ['country'])))) {
          k = tt.end;
          continue;
        }
        // A stopword ends the name (`Nhân dịp`), unless it starts a lower-case word of the name (`Nhân quyền`).
        const stopHere = isStop(k) && !(k + 1 < n && spaced(k + 1) && !toks[k + 1].cap && VN_SYLLABLE.test(toks[k + 1].lk) &&
          !FUNCTION_WORDS.has(toks[k + 1].k) && !ix.stop.has(`${toks[k].k} ${toks[k + 1].k}`));
        if (titleMatch(k) || stopHere) break;
        // `Chủ tịch Tập đoàn Central Group Tos Chirathivat`: after a corporate word, the holder's name.
        if (inTitle && k > hEnd && FOREIGN_CORPORATE.has(toks[k - 1].k) && !compoundAt(k)) break;
        // `Chủ tịch Đại hội đồng Philemon Yang`: after a body that needs no name, in a title, an
        // unknown name is the holder's.
        if (inTitle && k === hEnd && ix.standaloneHeads.has(headKey(a, hEnd)) && !compoundAt(k)) break;
        // A body inside a body: `Hội đồng Quản trị Tập đoàn Viettel`.
        const h2 = headMatch(k);
        if (h2 > k + 1) {
          k = h2;
          continue;
        }
        k++;
      } else if (k > hEnd && ix.compounds.has(`${toks[k - 1].k} ${t.k}`)) k++;
      else if (k > hEnd && ix.compounds.has(`${toks[k - 2]?.k} ${toks[k - 1].k} ${t.k}`)) k++;
      else if (t.k === 'châu' && k + 1 < n && toks[k + 1].cap && joined(k + 1)) k++;
      else if ((k > hEnd || hEnd - a > 1) && (t.k === 'và' || t.k === 'về') && k + 1 < n && toks[k + 1].cap && compoundAt(k + 1)) k++;
      // `Đại học Tổng hợp Quốc gia Moskva mang tên Lomonosov`: named after someone.
      else if (k > hEnd && t.k === 'mang' && toks[k + 1]?.k === 'tên' && k + 2 < n && spaced(k + 2) && toks[k + 2].cap) {
        k += 2;
        while (k < n && (spaced(k) || toks[k].g === JOIN_HYPHEN) && toks[k].cap && !toks[k].digit) k++;
        break;
      }
      // `Tổng công ty Lương thực miền Nam`: a region of the country.
      else if (k > hEnd && t.k === 'miền' && k + 1 < n && spaced(k + 1) && ['bắc', 'nam', 'trung', 'tây', 'đông'].includes(toks[k + 1].k) && toks[k + 1].cap) k += 2;
      // `Ủy ban liên Chính phủ`: `liên` (inter-) before a body.
      else if (k === hEnd && t.k === 'liên' && k + 1 < n && spaced(k + 1) && toks[k + 1].cap) k++;
      // `Ủy ban Đối ngoại của Quốc hội`: a body of a body.
      else if (k > hEnd && t.k === 'của' && k + 1 < n && joined(k + 1) && (ix.standaloneHeads.has(toks[k + 1].k + (toks[k + 2] ? ' ' + toks[k + 2].k : '')) || ix.standaloneHeads.has(toks[k + 1].k) || entityAt(k + 1, ['organization']))) k++;
      else if (k > hEnd && toks[k - 1].cap && lowerTail(k) > k) k = lowerTail(k);
      else if ((k > hEnd || (k + 2 < n && joined(k + 2) && toks[k + 2].cap)) && k + 1 < n && joined(k + 1) && LOWER_NAME_WORDS.has(`${t.k} ${toks[k + 1].k}`)) k += 2;
      // `Phát triển nông thôn Việt Nam`: a lower-case field word with more of the name after it.
      else if (k > hEnd && k + 2 < n && joined(k + 1) && spaced(k + 2) && toks[k + 2].cap && ix.compounds.has(`${t.k} ${toks[k + 1].k}`)) k += 2;
      else if (ADMIN_WORDS.has(t.k) && k + 1 < n && toks[k + 1].cap && joined(k + 1)) k++;
      // `Ủy ban nhân dân thành phố`, `Sở Ngoại vụ tỉnh`: a local body named by its level alone.
      else if ((k === hEnd ? /nhân dân$/.test(headKey(a, hEnd)) : LOCAL_HEADS.has(headKey(a, hEnd))) && (ADMIN_WORDS.has(t.k) || ADMIN_WORDS.has(`${t.k} ${toks[k + 1]?.k}`)) &&
        !toks[k + (ADMIN_WORDS.has(t.k) ? 1 : 2)]?.cap) {
        k += ADMIN_WORDS.has(t.k) ? 1 : 2;
        break;
      }
      // `Công ước Liên hợp quốc về Luật Biển`: a treaty about a capitalized subject.
      else if (k > hEnd && t.k === 'về' && TREATY_HEADS.has(headKey(a, hEnd)) && k + 1 < n && spaced(k + 1) && toks[k + 1].cap && !entityAt(k + 1, ['country', 'place', 'person']) && !familyStart(k + 1)) k++;
      else if (ADMIN_WORDS.has(`${t.k} ${toks[k + 1]?.k}`) && k + 2 < n && toks[k + 2].cap && joined(k + 2)) k += 2;
      else if (k > hEnd && t.k === 'tại' && POSTED_HEADS.has(headKey(a, hEnd)) && k + 1 < n && entityAt(k + 1, ['country', 'place'])) {
        // `Đại sứ quán Việt Nam tại Peru`.
        k = entityAt(k + 1, ['country', 'place'])!.end;
      } else break;
    }
    if (k > hEnd) return { end: k, acronymAt: -1 };
    return ix.standaloneHeads.has(headKey(a, hEnd)) ? { end: hEnd, acronymAt: -1 } : null;
  }

  /**
   * `Cục Gìn giữ hòa bình Việt Nam`: agencies capitalize only the first syllable of a word inside
   * a name. Lower-case syllables after a capitalized one continue the name when a country or a
   * portfolio word follows them; returns the index of that capitalized token, or -1.
   */
  function lowerTail(k: number): number {
    let q = k;
    while (q < n && q - k < 3 && joined(q) && !toks[q].cap && !toks[q].digit && VN_SYLLABLE.test(toks[q].lk) && !FUNCTION_WORDS.has(toks[q].k)) q++;
    if (q === k || q >= n || !spaced(q) || !toks[q].cap || toks[q].digit) return -1;
    // `Hội đồng Nhân quyền Liên hợp quốc`: a country, a portfolio word or a known body follows.
    return entityAt(q, ['country', 'organization', 'place']) || compoundAt(q) ? q : -1;
  }

  /** After `, `: more fields, then `và` and a last field (`, Thể thao và Du lịch`). */
  function fieldListAhead(k: number): boolean {
    let q = k;
    for (let guard = 0; guard < 4 && q < n; guard++) {
      const c = compoundAt(q);
      if (!c) return false;
      q = c.end;
      if (q < n && toks[q].k === 'và' && spaced(q) && q + 1 < n && toks[q + 1].cap && compoundAt(q + 1)) return true;
      if (q < n && gap(q) === ', ' && toks[q].cap) continue;
      return false;
    }
    return false;
  }

  function headKey(a: number, b: number): string {
    let key = toks[a].k;
    for (let q = a + 1; q < b; q++) key += ' ' + toks[q].k;
    return key;
  }

  function acronymInParens(k: number): boolean {
    const t = toks[k];
    if (!t.cap || t.t.length > 12) return false;
    const after = k + 1 < n ? gapOf(norm, t, toks[k + 1]) : norm.slice(t.e, t.e + 1);
    return after.startsWith(')');
  }

  function orgMention(a: number, b: number, acronymAt: number): EntityMention[] {
    const name = text(a, b);
    let known = fullEntity(a, b, ['organization']);
    const acr = acronymAt >= 0 ? toks[acronymAt].t : undefined;
    if (!known && acr) {
      const ka = entityAt(acronymAt, ['organization']);
      if (ka && ka.end === acronymAt + 1) known = ka.e;
    }
    if (!known) {
      // `Tập đoàn Viettel`: the name without its head noun may be a known organization.
      const hEnd = headMatch(a);
      if (hEnd > a && hEnd < b) known = fullEntity(hEnd, b, ['organization']);
    }
    if (!known && b - a >= 2 && CORPORATE_SUFFIX.has(toks[b - 1].k)) known = fullEntity(a, b - 1, ['organization']);
    const id = known?.id ?? `org:${slug(name)}`;
    const canonical = known?.canonical ?? name;
    const hEnd0 = headMatch(a);
    const venue = !known && hEnd0 > a && ix.placeHeads.has(headKey(a, hEnd0));
    // `Nhà hát Ca múa nhạc Việt Nam` is a troupe; `tại Nhà hát Bolshoi` is where something happens.
    const where = a > 0 && spaced(a) && (toks[a - 1].k === 'tại' || toks[a - 1].k === 'ở');
    if (venue && (!VENUE_OR_BODY.has(headKey(a, hEnd0)) || where)) return [mention('place', a, b, name, `place:${slug(name)}`)];
    const m: EntityMention = mention('organization', a, b, canonical, id);
    const acronym = acr ?? known?.acronym;
    if (acronym) m.acronym = acronym;
    const res = [m];
    if (acronymAt >= 0 && acr) {
      defined.set(acr, { id, canonical });
      res.push({ ...mention('organization', acronymAt, acronymAt + 1, canonical, id), acronym: acr });
    }
    return res;
  }

  function fullEntity(a: number, b: number, types: string[]): LexEntry | undefined {
    const m = entityAt(a, types);
    return m && m.end === b ? m.e : undefined;
  }

  function mention(type: EntityMention['type'], a: number, b: number, canonical: string, entityId: string): EntityMention {
    const m: EntityMention = { type, start: toks[a].s, end: toks[b - 1].e, text: text(a, b), canonical, entityId };
    return m;
  }

  /** A person's name starting at token a: capitalized tokens, with `de`/`van` particles inside. */
  function nameAt(a: number, b0 = 6): number {
    let k = a;
    const vietnameseName = ix.family.has(toks[a].k) || (en && ix.familyLoose.has(toks[a].k));
    while (k < n && k - a < b0) {
      // `J. Smith`: an initial and its dot inside a name.
      const initial = k > a && gap(k) === '. ' && toks[k - 1].t.length === 1 && toks[k - 1].cap;
      if (k > a && !(gap(k) === ' ' || gap(k) === '-' || initial)) break;
      const t = toks[k];
      if (t.cap && !t.digit) {
        if (t.acr && t.t.length > 1 && !LOWER_LETTER.test(t.t)) break;
        // A stopword starts no name, unless more name follows (`Do Hung Viet`).
        if (k === a && isStop(k) && !(k + 1 < n && spaced(k + 1) && toks[k + 1].cap)) return -1;
        const known = entityAt(k, ['country', 'organization', 'place']);
        // Vietnamese given names are often words that name a country (`Tào Đức Thắng`, `Nguyễn Thị Mỹ`).
        const syllable = known && k > a && known.end === k + 1 && vietnameseName;
        // … or a province (`Nguyễn Hòa Bình`, `Nguyễn Thị Thanh Hòa`): two syllables ending the name.
        if (known && !syllable && vietnameseName && k > a && known.e.type === 'place' && known.end === k + 2 && known.end - a <= 4 &&
          VN_SYLLABLE.test(toks[k].lk) && VN_SYLLABLE.test(toks[k + 1].lk) && spaced(k + 1) && !(known.end < n && spaced(known.end) && toks[known.end].cap)) {
          k = known.end;
          break;
        }
        if (known && !syllable && !entityAt(k, ['person'])) {
          if (k === a) return -1;
          break;
        }
        // Inside a name, one-syllable heads are syllables (`Phạm Trường Giang`, `Lê Văn Hội`).
        const h = headMatch(k);
        if (titleMatch(k) || (h >= 0 && (k === a || h - k > 1))) {
          if (k === a) return -1;
          break;
        }
        k++;
      } else if (k > a && NAME_PARTICLES.has(t.k) && k + 1 < n && toks[k + 1].cap && gap(k + 1) === ' ') k++;
      // `Choi Young-sam`, `Kim Jong-un`: the lower-case second syllable of a Korean given name.
      else if (k > a && gap(k) === '-' && toks[k - 1].cap && !t.digit && t.t.length <= 6) k++;
      else break;
    }
    return k > a ? k : -1;
  }

  interface TitlePhrase {
    start: number;
    end: number;
    def: TitleDef;
    cap: boolean;
    country?: string;
    posted: string[];
    portfolio: string[];
    portfolioText?: string;
    place?: string;
    /** `Chủ tịch Hội Doanh nghiệp Hàn Quốc tại Việt Nam (KoCham) Ko Tae-yeon`: the body's acronym, then the holder. */
    acronym?: { at: number; bodyStart: number };
  }

  function titleAt(a: number): TitlePhrase | null {
    let j = a;
    let cap = false;
    let country: string | undefined;
    if (ix.modifiers.has(toks[j].k) && j + 1 < n && joined(j + 1)) {
      cap = toks[j].cap;
      j++;
    }
    // English: `Peruvian President`, `Vietnamese Ambassador`, `Lima Mayor`.
    let place: string | undefined;
    let orgPrefix: string | undefined;
    if (toks[j].cap) {
      const pre = entityAt(j, ['country', 'place']);
      // `CCS President María Teresa Vial`, `Viettel CEO …`: an organization before the title.
      const org0 = en && !pre ? entityAt(j, ['organization']) : null;
      const def0 = en && !pre && !org0 && toks[j].acr ? defined.get(toks[j].t) : undefined;
      const orgEnd = org0 ? org0.end : def0 ? j + 1 : -1;
      if (orgEnd > 0 && orgEnd < n && spaced(orgEnd) && titleMatch(orgEnd)) {
        orgPrefix = org0 ? org0.e.canonical : def0!.canonical;
        cap = true;
        j = orgEnd;
      }
      // `Peru's President`: the possessive between the country and the title.
      const poss = pre && pre.end + 1 < n && toks[pre.end].k === 's' && /^['’]$/.test(gap(pre.end)) && spaced(pre.end + 1);
      if (poss && titleMatch(pre!.end + 1)) {
        country = pre!.e.type === 'country' ? pre!.e.countryCode : undefined;
        if (pre!.e.type !== 'country') place = pre!.e.canonical;
        cap = true;
        j = pre!.end + 1;
      } else if (!orgPrefix && pre && pre.end < n && spaced(pre.end) && (titleMatch(pre.end) || (DEPUTY.has(toks[pre.end].k) && pre.end + 1 < n && spaced(pre.end + 1) && titleMatch(pre.end + 1)))) {
        // `Vietnamese Deputy Foreign Minister`: a deputy too.
        if (pre.e.type === 'country') country = pre.e.countryCode;
        else place = pre.e.canonical;
        cap = true;
        j = pre.end;
      }
    }
    let t = titleMatch(j);
    let fieldBefore: string | undefined;
    if (en && !t && toks[j].cap && EN_FIELD_WORDS.has(toks[j].k) && j + 1 < n && spaced(j + 1)) {
      // `Trade Minister Don Farrell`, `Defence Minister`: the field before the title.
      const t1 = titleMatch(j + 1);
      if (t1 && t1.items[0].portfolio) {
        fieldBefore = toks[j].t;
        cap = true;
        j++;
        t = t1;
      }
    }
    let deputy = false;
    // `Phó Đại sứ`, `Deputy Foreign Minister`: a deputy of any title the lexicon knows.
    if (DEPUTY.has(toks[j].k) && j + 1 < n && joined(j + 1)) {
      const t2 = titleMatch(j + 1);
      if (t2 && (!t || t2.end > t.end)) {
        t = t2;
        deputy = true;
      }
    }
    if (!t) return null;
    cap = cap || toks[j].cap;
    const def0 = t.items[0];
    const def = deputy ? { ...def0, key: `deputy-${def0.key}`, gloss: `Deputy ${def0.gloss}` } : def0;
    const p: TitlePhrase = { start: a, end: t.end, def, cap, country, posted: [], portfolio: orgPrefix ? [orgPrefix] : fieldBefore ? [fieldBefore] : [], place };
    let k = t.end;
    for (let guard = 0; guard < 8 && k < n && joined(k); guard++) {
      const tk = toks[k];
      const c = tk.cap ? entityAt(k, ['country']) : null;
      if (c && !p.country) {
        p.country = c.e.countryCode;
        k = c.end;
        continue;
      }
      // (and `Vương quốc Thái Lan`, `Liên bang Nga`: a kingdom, a federation.)
      if ((tk.k === 'nước' || (tk.k === 'cộng' && toks[k + 1]?.k === 'hòa') || (tk.k === 'vương' && toks[k + 1]?.k === 'quốc') || (tk.k === 'liên' && toks[k + 1]?.k === 'bang')) && !p.country) {
        // `nước Cộng hòa Peru`, `nước Cộng hòa Xã hội Chủ nghĩa Việt Nam`.
        let q = k + (tk.k === 'nước' ? 1 : 0);
        for (let s = 0; s < 6 && q < n && joined(q); s++) {
          const cc = toks[q].cap ? entityAt(q, ['country']) : null;
          if (cc) {
            p.country = cc.e.countryCode;
            k = cc.end;
            break;
          }
          q++;
        }
        if (p.country) continue;
        break;
      }
      // `Phó Chủ tịch thứ nhất Hội đồng Nhà nước`, `Bí thư thứ nhất Đảng Cộng sản Cuba`: the first of several.
      // `Chủ tịch điều hành WEF`, `Chủ tịch luân phiên ASEAN`: a qualifier of the post.
      if (k === t.end && k + 2 < n && TITLE_QUALIFIERS.has(`${tk.k} ${toks[k + 1].k}`) && spaced(k + 2) && toks[k + 2].cap) {
        k += 2;
        continue;
      }
      // `Quốc vụ khanh phụ trách Phát triển, Pháp ngữ và Đối tác quốc tế Chrysoula Zacharopoulou`:
      // the fields in charge, Vietnamese words up to a foreign or Vietnamese full name.
      if (k === t.end && tk.k === 'phụ' && toks[k + 1]?.k === 'trách' && k + 2 < n && spaced(k + 2) && toks[k + 2].cap) {
        let q = k + 2;
        while (q < n && q - k < 12 && !familyStart(q) && !(toks[q].cap && !VN_SYLLABLE.test(toks[q].lk))) {
          const gq = gap(q);
          if (!(gq === ' ' || (gq === ', ' && toks[q].cap))) break;
          if (!toks[q].cap && !VN_SYLLABLE.test(toks[q].lk)) break;
          q++;
        }
        if (q < n && q > k + 2 && spaced(q) && toks[q].cap) {
          p.portfolio.push(text(k + 2, q));
          k = q;
          break;
        }
      }
      // `Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp quốc`.
      if (def.posted && tk.k === 'thường' && toks[k + 1]?.k === 'trực') {
        k += 2;
        continue;
      }
      if (def.posted && (tk.k === 'tại' || tk.k === 'to' || tk.k === 'in') && k + 1 < n && joined(k + 1)) {
        // `Ambassador to the Philippines`.
        const the = toks[k + 1].k === 'the' && k + 2 < n && spaced(k + 2) && entityAt(k + 2, ['country']) ? 1 : 0;
        const c2 = entityAt(k + 1 + the, ['country', 'place', 'organization']);
        if (c2 && the) k++;
        if (c2) {
          // A posting in a capital is a posting in its country: `Đại sứ Ghana tại Hà Nội`.
          p.posted.push(c2.e.type === 'organization' ? (c2.e.acronym ?? c2.e.canonical) : (c2.e.countryCode ?? c2.e.canonical));
          k = c2.end;
          continue;
        }
        const run = toks[k + 1].cap && !familyStart(k + 1) ? placeRun(k + 1) : k + 1;
        if (run > k + 1) {
          p.posted.push(text(k + 1, run));
          k = run;
          continue;
        }
      }
      if (p.posted.length && tk.k === 'kiêm' && toks[k + 1]?.k === 'nhiệm' && k + 2 < n && joined(k + 2)) {
        const c3 = entityAt(k + 2, ['country']);
        if (c3) {
          p.posted.push(c3.e.countryCode!);
          k = c3.end;
          continue;
        }
      }
      if (p.posted.length && (tk.k === 'và' || tk.k === 'and') && k + 1 < n) {
        const c4 = entityAt(k + 1, ['country']);
        if (c4) {
          p.posted.push(c4.e.countryCode!);
          k = c4.end;
          continue;
        }
      }
      // `Vụ trưởng Vụ châu Mỹ thuộc Bộ Ngoại giao Chile Carlos Olguín`, `… trực thuộc …`: the body's
      // parent body, however long, belongs to the title; the name after it is the holder's.
      if (p.portfolio.length && (tk.k === 'thuộc' || (tk.k === 'trực' && toks[k + 1]?.k === 'thuộc'))) {
        const at = tk.k === 'trực' ? k + 2 : k + 1;
        const parent = at < n && joined(at) && toks[at].cap ? orgAt(at, true) : null;
        if (parent && parent.acronymAt < 0) {
          // (The parent's country is the post's: `Vụ châu Mỹ thuộc Bộ Ngoại giao Chile` is Chile's.)
          for (let q = at + 1; q < parent.end; q++) {
            const c7 = toks[q].cap ? entityAt(q, ['country']) : null;
            if (c7 && c7.end === parent.end) p.country = c7.e.countryCode;
          }
          k = parent.end;
          continue;
        }
      }
      // `Bí thư Thành ủy Hà Nội`: a known place after the title or its portfolio.
      const pl0 = tk.cap && !p.place ? entityAt(k, ['place']) : null;
      // `Thị trưởng Lima Rafael Lopez Aliaga`: a local post names its city right after the title.
      if (pl0 && (p.portfolio.length || p.country || (k === t.end && LOCAL_POSTS.has(def0.key)))) {
        p.place = pl0.e.canonical;
        k = pl0.end;
        continue;
      }
      const two = k + 1 < n ? `${tk.k} ${toks[k + 1].k}` : '';
      if ((PLACE_WORDS_2.has(two) || tk.k === 'tỉnh') && !p.place) {
        const at = PLACE_WORDS_2.has(two) ? k + 2 : k + 1;
        if (at < n && joined(at)) {
          const pl = entityAt(at, ['place']);
          // An unknown place followed by more capitals leaves them to the name (`Lima Rafael Lopez`).
          const run = pl ? pl.end : placeRun(at);
          const end = !pl && run - at >= 3 ? at + 1 : run;
          if (end > at) {
            p.place = pl ? pl.e.canonical : text(at, end);
            if (pl?.e.countryCode && !p.country) p.country = pl.e.countryCode;
            k = end;
            continue;
          }
        }
      }
      // `Minister of Foreign Affairs`, `Minister for Trade and Industry`.
      if (def.of && (tk.k === 'of' || (tk.k === 'for' && def.portfolio)) && k + 1 < n) {
        let q = k + 1;
        if (toks[q].k === 'the' && q + 1 < n) q++;
        const c5 = entityAt(q, ['country', 'place']);
        if (c5) {
          if (c5.e.type === 'country') p.country = c5.e.countryCode;
          else {
            p.place = c5.e.canonical;
            if (c5.e.countryCode && !p.country) p.country = c5.e.countryCode;
          }
          k = c5.end;
          continue;
        }
        // `Minister of Foreign Affairs`, `Secretary of Agriculture, Livestock and Fisheries`: the
        // words of a field, so that the name after them stays a name (`… Fisheries Sergio Iraeta`).
        let r = q;
        const listComma = (x: number) => gap(x) === ', ' && toks[x].cap && toks.slice(x, x + 3).some((y) => y.k === 'and');
        if (EN_FIELD_WORDS.has(toks[q].k)) {
          while (r < n && r - q < 10) {
            if (r > q && !(joined(r) || listComma(r))) break;
            if (EN_FIELD_WORDS.has(toks[r].k)) r++;
            else if (r > q && (toks[r].k === 'and' || toks[r].k === 'of') && EN_FIELD_WORDS.has(toks[r + 1]?.k ?? '')) r++;
            else break;
          }
        } else {
          while (r < n && (toks[r].cap || (EN_CONNECTORS.has(toks[r].k) && toks[r].k !== 'in' && toks[r + 1]?.cap)) && (r === q || joined(r)) && r - q < 6) {
            if (r > q && familyStart(r)) break;
            r++;
          }
        }
        if (r > q && def.portfolio !== false) {
          p.portfolio.push(text(q, r));
          k = r;
          continue;
        }
      }
      // `Đặc phái viên Chủ tịch ASEAN`, `Special Envoy of the President`: the envoy of a post.
      if (def.key === 'special-envoy' && !p.portfolio.length && tk.cap && titleMatch(k)) {
        const inner = titleAt(k);
        if (inner) {
          p.portfolio.push(text(k, inner.end));
          k = inner.end;
          continue;
        }
      }
      // `Đại sứ EU tại Việt Nam`: the body an ambassador represents.
      if (def.posted && tk.cap && !p.country && !p.portfolio.length) {
        const ko = entityAt(k, ['organization']);
        if (ko) {
          p.portfolio.push(ko.e.acronym ?? ko.e.canonical);
          k = ko.end;
          continue;
        }
      }
      if (def.portfolio && tk.cap && !p.portfolio.length) {
        // A known body longer than what its head noun finds: `Ủy ban Nhà nước về người Việt Nam ở nước ngoài`.
        const org0 = orgAt(k, true);
        const kb = entityAt(k, ['organization']);
        const org = kb && org0 && kb.end > org0.end ? { end: kb.end, acronymAt: -1 } : org0;
        const ac = org ? org.acronymAt : -1;
        if (org && ac >= 0 && ac + 1 < n && gapOf(norm, toks[ac], toks[ac + 1]) === ') ' && nameAt(ac + 1) > ac + 1) {
          p.portfolioText = text(k, org.end);
          p.portfolio.push(p.portfolioText);
          p.acronym = { at: ac, bodyStart: k };
          k = org.end;
          break;
        }
        if (org && org.acronymAt < 0) {
          p.portfolioText = text(k, org.end);
          // `Bộ trưởng Bộ Ngoại giao Peru`: the ministry's country is the minister's.
          for (let q = k + 1; q < org.end && !p.country; q++) {
            const c6 = toks[q].cap ? entityAt(q, ['country']) : null;
            if (c6 && c6.end === org.end) p.country = c6.e.countryCode;
          }
          const run = compoundRun(headMatch(k));
          p.portfolio.push(...(run?.glosses.length ? run.glosses : [p.portfolioText]));
          k = org.end;
          continue;
        }
        // `Chủ tịch CCS María Teresa Vial`: an acronym defined in the document, or any acronym.
        if (tk.acr && !entityAt(k, ['country']) && !ACRONYM_STOP.has(tk.t)) {
          const d = defined.get(tk.t);
          p.portfolioText = tk.t;
          p.portfolio.push(d ? d.canonical : tk.t);
          k++;
          continue;
        }
        const ko = entityAt(k, ['organization']);
        if (ko) {
          p.portfolioText = ko.e.canonical;
          p.portfolio.push(ko.e.canonical);
          k = ko.end;
          continue;
        }
        const run = compoundRun(k);
        if (run && !familyStart(k)) {
          p.portfolioText = text(k, run.end);
          p.portfolio.push(...(run.glosses.length ? run.glosses : [p.portfolioText]));
          k = run.end;
          continue;
        }
      }
      break;
    }
    p.end = k;
    if (!p.country && def.country) p.country = def.country;
    return p;
  }

  function placeRun(a: number): number {
    let k = a;
    while (k < n && k - a < 4 && (k === a || spaced(k))) {
      // `Pinar del Río`, `Rio de Janeiro`: a particle between capitalized words.
      if (k > a && NAME_PARTICLES.has(toks[k].k) && k + 1 < n && spaced(k + 1) && toks[k + 1].cap) {
        k++;
        continue;
      }
      if (!toks[k].cap || /\d/.test(toks[k].t) || isStop(k)) break;
      // `tại San Francisco Trần Trọng Khánh`: a person or a title ends the place.
      if (k > a && (familyStart(k) || titleMatch(k))) break;
      k++;
    }
    while (k > a && !toks[k - 1].cap) k--;
    return k;
  }

  function roleOf(p: TitlePhrase): { role: string; gloss: string } {
    // `Chủ tịch Trung Quốc`: a chairman of a country, with no body named, is its head of state.
    const def = p.def.key === 'chairman' && p.country && !p.portfolio.length && !p.place ? { ...p.def, key: 'president', gloss: 'President' } : p.def;
    // Vietnam's `President` is the State President (`Chủ tịch nước`), one post under two names.
    let role = p.country === 'VN' && (def.key === 'president' || def.key === 'vice-president') ? def.key.replace('president', 'state-president') : def.key;
    let gloss = def.gloss;
    if (p.portfolio.length) {
      role += '/' + slug(p.portfolio.join(' '));
      gloss += ' of ' + p.portfolio.join(' and ');
    }
    if (p.place) {
      role += '@' + slug(p.place);
      gloss += ' of ' + p.place;
    }
    if (p.country) {
      role += ':' + p.country;
      if (!p.place) gloss += ' of ' + countryGloss(p.country);
    }
    if (p.posted.length) {
      role += '>' + p.posted.map((c) => (/^[A-Z]{2}$/.test(c) ? c : slug(c))).join('+');
      gloss += ' to ' + p.posted.map((c) => (/^[A-Z]{2}$/.test(c) ? countryGloss(c) : c)).join(' and ');
    }
    return { role, gloss };
  }

  /** `the United States`, `the Philippines`, `Peru`. */
  function countryGloss(code: string): string {
    const name = ix.countryEn.get(code) ?? code;
    return /^(United |Philippines|Netherlands|Czech Republic|Dominican Republic|Central African|Bahamas|Gambia|Maldives|Marshall|Solomon|Comoros)/.test(name) ? `the ${name}` : name;
  }

  function personMention(a: number, b: number, nameStart: number, phrase: TitlePhrase | null): EntityMention {
    const name = text(nameStart, b);
    const known = fullEntity(nameStart, b, ['person']);
    const m = mention('person', a, b, known?.canonical ?? name, known?.id ?? `person:${slug(name)}`);
    m.name = name;
    if (phrase) {
      m.title = norm.slice(toks[phrase.start].s, toks[phrase.end - 1].e);
      const r = roleOf(phrase);
      m.role = r.role;
      m.roleGloss = r.gloss;
      if (known) refineRole(m, phrase.def.key);
    }
    return m;
  }

  /** A role stated without a country takes the known person's role of the same kind. */
  function refineRole(m: EntityMention, key: string) {
    if (!m.role || m.role.includes(':')) return;
    const e = ix.byId.get(m.entityId);
    const r = e?.roles.find((x) => roleBase(x.role) === key);
    if (r) {
      m.role = r.role;
      if (r.gloss) m.roleGloss = r.gloss;
    }
  }

  function titleCandidate(a: number): Candidate | null {
    const p = titleAt(a);
    if (!p) return null;
    const k = p.end;
    if (p.acronym) {
      // Title, the body's acronym in parentheses, then the holder's name: three mentions.
      const at = p.acronym.at;
      const e = nameAt(at + 1);
      const acr = orgMention(p.acronym.bodyStart, at, at).slice(1);
      const person = personMention(at + 1, e, at + 1, null);
      const r = roleOf(p);
      person.role = r.role;
      person.roleGloss = r.gloss;
      person.title = text(p.start, p.end);
      const t = titleMention(p);
      t.person = person.entityId;
      return { end: e, mentions: [t, ...acr, person] };
    }
    // `Tổng thống Peru Dina Boluarte`: the name right after the title.
    if (k < n && spaced(k)) {
      const e = nameAt(k);
      if (e > k) {
        vietnameseDefault(p, k);
        return { end: e, mentions: [personMention(a, e, k, p)] };
      }
    }
    // `Đại sứ Việt Nam tại Argentina kiêm nhiệm Uruguay, ông Trần Văn Minh`.
    if (k < n && gap(k) === ', ') {
      let q = k;
      const hon = ix.honorifics.has(toks[q].k) && q + 1 < n && spaced(q + 1);
      if (hon) q++;
      const e = nameAt(q);
      // Without an honorific, what follows the comma must look like a name, not another title.
      const looksLikeName = familyStart(q) || !VN_SYLLABLE.test(toks[q].lk);
      if (e > q && (hon || (e - q >= 2 && looksLikeName))) {
        vietnameseDefault(p, q);
        const person = personMention(q, e, q, null);
        const r = roleOf(p);
        person.role = r.role;
        person.roleGloss = r.gloss;
        person.title = norm.slice(toks[p.start].s, toks[p.end - 1].e);
        refineRole(person, p.def.key);
        const t = titleMention(p);
        t.person = person.entityId;
        return { end: e, mentions: [t, person] };
      }
    }
    // `Deputy Prime Minister and Foreign Minister Bui Thanh Son`: two titles of one person.
    if (en && k + 1 < n && toks[k].k === 'and' && spaced(k) && spaced(k + 1)) {
      const c2 = titleCandidate(k + 1);
      const pm = c2 && c2.mentions.length === 1 && c2.mentions[0].type === 'person' ? c2.mentions[0] : null;
      if (pm && pm.title) {
        pm.start = toks[a].s;
        pm.text = norm.slice(pm.start, pm.end);
        pm.title = norm.slice(pm.start, pm.end - pm.name!.length).trimEnd();
        return { end: c2!.end, mentions: [pm] };
      }
    }
    if (!p.cap) return null;
    // `các Đại sứ`, `Hội nghị Bộ trưởng Ngoại giao ASEAN`: no one person's post.
    if (a > 0 && spaced(a)) {
      const w1 = toks[a - 1].k;
      const w2 = a >= 2 && spaced(a - 1) ? `${toks[a - 2].k} ${w1}` : '';
      if (PLURAL_WORDS.has(w1) || MEETING_WORDS.has(w1) || MEETING_WORDS.has(w2)) return null;
    }
    // `President` alone in English is too often a common noun in the middle of other words.
    return { end: k, mentions: [titleMention(p)] };
  }

  /** A title with no country before a Vietnamese name is a Vietnamese post (`Phó Thủ tướng Trần Hồng Hà`). */
  function vietnameseDefault(p: TitlePhrase, nameStart: number) {
    if (p.country || p.posted.length) return;
    const t = toks[nameStart];
    if (ix.family.has(t.k) || (en && ix.familyLoose.has(t.k) && familyStart(nameStart))) p.country = 'VN';
  }

  function titleMention(p: TitlePhrase): EntityMention {
    const r = roleOf(p);
    const m = mention('title', p.start, p.end, norm.slice(toks[p.start].s, toks[p.end - 1].e), `title:${r.role}`);
    m.role = r.role;
    m.roleGloss = r.gloss;
    return m;
  }

  function lexiconCandidate(a: number): Candidate | null {
    const pm0 = entityMatch(a);
    if (pm0 && pm0.items.every((x) => x.type === 'person')) {
      const asPlace = namedPlace(a, pm0.end);
      if (asPlace) return asPlace;
    }
    if (norm[toks[a].e] === '+' && ix.plus.has(toks[a].k)) {
      const pe = ix.plus.get(toks[a].k)!;
      const pm = mention(pe.type, a, a + 1, pe.canonical, pe.id);
      pm.end += 1;
      pm.text += '+';
      return { end: a + 1, mentions: [pm] };
    }
    const m = entityMatch(a);
    if (!m) return null;
    // `US$23.3 billion`: a currency, not a country.
    if (norm[toks[m.end - 1].e] === '$') return null;
    const e = pickEntry(m.items);
    // `Anh Trần Văn Tuấn`: `Anh` (brother) before a Vietnamese full name is a form of address.
    if (e.type === 'country' && m.end === a + 1 && toks[a].k === 'anh' && familyStart(m.end)) return null;
    // `Lao Bảo`, `Mỹ Tho`: a one-word country name that starts a longer Vietnamese name is not the country.
    if (e.type === 'country' && m.end === a + 1 && m.end < n && spaced(m.end) && toks[m.end].cap && VN_SYLLABLE.test(toks[m.end].lk) &&
      !isStop(m.end) && !entityAt(m.end) && !titleMatch(m.end) && headMatch(m.end) < 0 && !familyStart(m.end) && !sentenceStart.has(m.end)) return null;
    // `Mekong Delta`, `Guangxi Zhuang Autonomous Region`: a known place and the geographic noun after it.
    if (e.type === 'place' && en && m.end < n && spaced(m.end) && toks[m.end].cap) {
      let q = m.end;
      while (q < n && q - m.end < 3 && spaced(q) && toks[q].cap && !EN_PLACE_SUFFIX.has(toks[q].k) && !entityAt(q)) q++;
      if (q < n && spaced(q) && toks[q].cap && EN_PLACE_SUFFIX.has(toks[q].k)) {
        const pm = mention('place', a, q + 1, e.canonical, e.id);
        return { end: q + 1, mentions: [pm] };
      }
    }
    // `Toyota Tsusho`, `Samsung Electronics`: a known one-word company and more of its name.
    if (e.type === 'organization' && m.end === a + 1 && !toks[a].acr && m.end < n && spaced(m.end) && toks[m.end].cap && !toks[m.end].acr &&
      !FOREIGN_CORPORATE.has(toks[m.end].k) && !ix.enOrgWords.has(toks[m.end].k) &&
      !isStop(m.end) && !entityAt(m.end) && !titleMatch(m.end) && !familyStart(m.end) && !VN_SYLLABLE.test(toks[m.end].lk)) {
      let k = m.end + 1;
      while (k < n && k - a < 4 && spaced(k) && toks[k].cap && !toks[k].acr && !entityAt(k) && !titleMatch(k) && !VN_SYLLABLE.test(toks[k].lk)) k++;
      const name = text(a, k);
      return { end: k, mentions: [mention('organization', a, k, name, `org:${slug(name)}`)] };
    }
    // A sentence-initial capital is no evidence for a one-word name that is also a word (`Anh`).
    const mm = mention(e.type, a, m.end, e.canonical, e.id);
    if (e.countryCode && e.type === 'country') mm.countryCode = e.countryCode;
    if (e.acronym && e.type === 'organization') mm.acronym = e.acronym;
    if (e.type === 'person') {
      mm.name = text(a, m.end);
    }
    return { end: m.end, mentions: [mm] };
  }

  function orgCandidate(a: number): Candidate | null {
    const o = orgAt(a);
    if (!o) return null;
    const ms = orgMention(a, o.end, o.acronymAt);
    return { end: o.acronymAt >= 0 ? o.acronymAt + 1 : o.end, mentions: ms };
  }

  function enOrgCandidate(a: number): Candidate | null {
    if (!en || !toks[a].cap || isStop(a) || titleCase[a]) return null;
    let k = a;
    let hasOrgWord = false;
    let lastCap = a;
    while (k < n && k - a < 10) {
      // `People's Action Party`, but not `Vietnam's Ministry`.
      // (`Ho Chi Minh City People's Committee` is one name: the possessive is not right after the place.)
      if (k > a && toks[k].k === 's' && /^['’]$/.test(gap(k)) && k + 1 < n && toks[k + 1].cap && entityAt(a, ['country', 'place'])?.end !== k) {
        k++;
        continue;
      }
      if (k > a && !joined(k)) break;
      const t = toks[k];
      if (t.cap) {
        if (k > a && titleMatch(k) && !ix.enOrgWords.has(t.k)) break;
        if (ix.enOrgWords.has(t.k)) hasOrgWord = true;
        lastCap = k;
        k++;
      } else if (k > a && EN_CONNECTORS.has(t.k) && k + 1 < n && connects(k) && (t.k !== 'in' || !entityAt(k + 1, ['place']))) k++;
      else break;
    }
    if (!hasOrgWord) return enVenue(a, k);

    /** `of the`, `for`, `and` inside a name; `X and the Ministry` joins two names. */
    function connects(c: number): boolean {
      const nx = toks[c + 1];
      // `Convention on the Law of the Sea`.
      if (nx.k === 'the') return toks[c].k === 'of' || toks[c].k === 'for' || (toks[c].k === 'on' && hasOrgWord);
      if (!nx.cap) return false;
      if (toks[c].k === 'and' && hasOrgWord && ix.enOrgWords.has(nx.k)) return false;
      // `PetroVietnam and Viettel Group` are two names.
      if (toks[c].k === 'and' && (entityAt(c + 1) || entityAt(a)?.end === c || ix.enOrgWords.has(toks[c - 1].k))) return false;
      // `BHP and Macquarie Group`, `Keppel and Temasek Holdings`: one word alone before `and`,
      // not a field (`Food and Agriculture Organization`), is a name of its own.
      if (toks[c].k === 'and' && c === a + 1 && !EN_FIELD_WORDS.has(toks[a].k)) return false;
      return true;
    }
    // `Parliament House in Canberra`, `Government House`, `National Convention Centre`: a building is a place, and ends there.
    for (let q = a + 1; q <= lastCap; q++) {
      const hall = (toks[q].k === 'centre' || toks[q].k === 'center') && ['convention', 'conference', 'exhibition', 'congress'].includes(toks[q - 1].k);
      if ((EN_VENUE_WORDS.has(toks[q].k) || hall) && (q === lastCap || !toks[q + 1].cap)) {
        const name = text(a, q + 1);
        const known = fullEntity(a, q + 1, ['place']);
        return { end: q + 1, mentions: [mention('place', a, q + 1, known?.canonical ?? name, known?.id ?? `place:${slug(name)}`)] };
      }
    }
    const end = lastCap + 1;
    let acronymAt = -1;
    if (end < n && (gap(end) === ' (' || gap(end) === '(') && acronymInParens(end)) acronymAt = end;
    const ms = orgMention(a, end, acronymAt);
    return { end: acronymAt >= 0 ? acronymAt + 1 : end, mentions: ms };
  }

  /** `Temple of Literature`, `Vietnam Military History Museum`: a capitalized run naming a building. */
  function enVenue(a: number, k: number): Candidate | null {
    let last = -1;
    for (let q = a; q < k; q++) if (toks[q].cap && EN_VENUE_WORDS.has(toks[q].k)) last = q;
    if (last < 0) return null;
    // The building ends with its noun, or with an `of` complement (`Temple of Literature`).
    let end = last + 1;
    const the = toks[end + 1]?.k === 'the' ? 1 : 0;
    if (end + 1 + the < k && toks[end].k === 'of' && toks[end + 1 + the].cap) {
      end += 1 + the;
      while (end < k && toks[end].cap) end++;
    }
    if (end - a < 2) return null;
    const name = text(a, end);
    const known = fullEntity(a, end, ['place']);
    return { end, mentions: [mention('place', a, end, known?.canonical ?? name, known?.id ?? `place:${slug(name)}`)] };
  }

  /**
   * English: a capitalized run defined by an acronym of its initials (`Electricite de France
   * (EDF)`) is an organization, organization word or not.
   */
  function enInitialsCandidate(a: number): Candidate | null {
    if (!en || !toks[a].cap || isStop(a) || toks[a].acr) return null;
    let k = a;
    const initials: string[] = [];
    while (k < n && k - a < 8 && (k === a || joined(k))) {
      if (toks[k].cap && !toks[k].digit) initials.push(toks[k].t[0]);
      else if (!(EN_CONNECTORS.has(toks[k].k) || NAME_PARTICLES.has(toks[k].k)) || !toks[k + 1]?.cap) break;
      else initials.push(toks[k].t[0].toUpperCase());
      k++;
    }
    if (k - a < 2 || k >= n || !/^ ?\($/.test(gap(k)) || !toks[k].acr || !acronymInParens(k)) return null;
    const acr = toks[k].t.replace(/[^\p{Lu}]/gu, '');
    const caps = initials.join('');
    if (!(acr === caps || (acr[0] === caps[0] && acr[acr.length - 1] === caps[caps.length - 1] && Math.abs(acr.length - caps.length) <= 1))) return null;
    const ms = orgMention(a, k, k);
    return { end: k + 1, mentions: ms };
  }

  /** `(Ảnh: Anh Nguyên/Vietnam+)`, `(Photo: Lam Khanh/VNA)`: the photographer of a credit. */
  function creditCandidate(a: number): Candidate | null {
    if (a === 0 || !toks[a].cap || !/^: ?$/.test(gap(a)) || !['ảnh', 'photo', 'nguồn'].includes(toks[a - 1].k)) return null;
    let k = a;
    while (k < n && k - a < 4 && (k === a || spaced(k)) && toks[k].cap && !toks[k].acr && !toks[k].digit) k++;
    if (k - a < 2 || k >= n || gap(k) !== '/') return null;
    return { end: k, mentions: [personMention(a, k, a, null)] };
  }

  /** Vietnamese text: a foreign company by its English corporate word (`Hyundai Motor`, `Doosan Enerbility`). */
  function foreignCompanyCandidate(a: number): Candidate | null {
    if (en || !toks[a].cap || toks[a].acr || isStop(a) || familyStart(a) || entityAt(a, ['country', 'place', 'person'])) return null;
    let k = a;
    while (k < n && k - a < 4 && (k === a || spaced(k)) && toks[k].cap && !toks[k].digit) k++;
    if (k - a < 2 || !FOREIGN_CORPORATE.has(toks[k - 1].k)) return null;
    if (!toks.slice(a, k).some((t) => !VN_SYLLABLE.test(t.lk))) return null;
    const name = text(a, k);
    const known = fullEntity(a, k, ['organization']) ?? fullEntity(a, k - 1, ['organization']);
    return { end: k, mentions: [mention('organization', a, k, known?.canonical ?? name, known?.id ?? `org:${slug(name)}`)] };
  }

  function honorificCandidate(a: number): Candidate | null {
    if (!ix.honorifics.has(toks[a].k) || a + 1 >= n) return null;
    const g = gap(a + 1);
    if (g !== ' ' && g !== '. ') return null;
    const e = nameAt(a + 1, 5);
    if (e < 0) return null;
    return { end: e, mentions: [personMention(a + 1, e, a + 1, null)] };
  }

  function familyCandidate(a: number): Candidate | null {
    if (!familyStart(a) || entityAt(a, ['place', 'country', 'organization'])) return null;
    let k = a + 1;
    while (k < n && k - a < 4 && spaced(k) && toks[k].cap && VN_SYLLABLE.test(toks[k].lk)) {
      // `Nguyen Thanh Hai,`: a stopword (`Hai`) may be the last given name, never a middle one.
      if (isStop(k) && (k === a + 1 || (k + 1 < n && spaced(k + 1) && toks[k + 1].cap) || (k + 1 < n && spaced(k + 1)))) break;
      const known = k > a ? entityAt(k, ['country', 'place', 'organization']) : null;
      if (known && known.end > k + 1) {
        // `Nguyễn Hòa Bình`: a two-syllable province ending the name is its given names.
        if (known.e.type === 'place' && known.end === k + 2 && known.end - a <= 4 && VN_SYLLABLE.test(toks[k + 1].lk) && !(known.end < n && spaced(known.end) && toks[known.end].cap)) {
          k = known.end;
          break;
        }
        if (k > a + 1) break;
      }
      if (k > a + 1 && titleMatch(k)) break;
      k++;
    }
    if (k - a < 2) return null;
    const asPlace = namedPlace(a, k);
    if (asPlace) return asPlace;
    return { end: k, mentions: [personMention(a, k, a, null)] };
  }

  /**
   * A person's name after `thành phố`, `TP`, `đường`, `phố`, `quảng trường` names a place
   * (`thành phố Hồ Chí Minh`, `đường Lê Duẩn`).
   */
  function namedPlace(a: number, b: number): Candidate | null {
    if (a === 0 || !spaced(a)) return null;
    const w1 = toks[a - 1].k;
    const w2 = a >= 2 && spaced(a - 1) ? `${toks[a - 2].k} ${w1}` : '';
    const city = w2 === 'thành phố' || w1 === 'tp';
    // `số 11 Lê Hồng Phong`: a street in an address.
    const address = a >= 2 && toks[a - 1].digit && toks[a - 2].k === 'số';
    if (!city && !address && !STREET_WORDS.has(w1) && !STREET_WORDS.has(w2)) return null;
    const name = text(a, b);
    if (city) {
      const probe = `TP ${name}`;
      const pt = tokenize(probe, probe.toLowerCase());
      const known = matchEntity(ix, pt, 0, probe);
      const e = known && known.end === pt.length ? known.items.find((x) => x.type === 'place') : undefined;
      if (e) return { end: b, mentions: [mention('place', a, b, e.canonical, e.id)] };
    }
    return { end: b, mentions: [mention('place', a, b, name, `place:${slug(name)}`)] };
  }

  /** `châu Phi`, `châu Á`: continents, written in lower case. */
  function continentCandidate(a: number): Candidate | null {
    if (toks[a].k !== 'châu' || toks[a].cap || a + 1 >= n || !spaced(a + 1) || !CONTINENTS.has(toks[a + 1].k) || !toks[a + 1].cap) return null;
    // `tại châu Phi`, `Trung Đông và châu Phi`: a place; `đối tác châu Âu` (a European partner) is no mention.
    if (a === 0 || !['tại', 'ở', 'sang', 'tới', 'đến', 'và', 'vào', 'khắp', 'toàn', 'với', 'từ', 'khu', 'vực'].includes(toks[a - 1].k)) return null;
    let e = a + 2;
    if (toks[a + 1].k === 'đại' && e < n && toks[e].k === 'dương') e++;
    const name = text(a, e);
    return { end: e, mentions: [mention('place', a, e, name, `place:${slug(name)}`)] };
  }

  function placeCandidate(a: number): Candidate | null {
    if (!toks[a].cap || a === 0 || !spaced(a)) return null;
    const w1 = toks[a - 1].k;
    const w2 = a >= 2 && spaced(a - 1) ? `${toks[a - 2].k} ${w1}` : '';
    if (w1 === 'tại' || w1 === 'ở' || (en && (w1 === 'in' || w1 === 'at'))) {
      // `tại San Francisco`: an unknown name after a preposition of place, when it looks foreign.
      const e = placeRun(a);
      if (e <= a || isStop(a) || familyStart(a) || headMatch(a) >= 0 || titleMatch(a)) return null;
      // (An unknown acronym alone, `in FDI`, `in ODA`, `at CSIL`, is an indicator or a body; the
      // places written so, `HCMC`, `UAE`, the gazetteer knows.)
      if (e === a + 1 && toks[a].acr) return null;
      if (e < n && spaced(e) && !toks[e].cap && ix.compounds.has(`${toks[e - 1].k} ${toks[e].k}`)) return null;
      for (let q = a; q < e; q++) if (ix.enOrgWords.has(toks[q].k) || entityAt(q)) return null;
      const foreign = toks.slice(a, e).some((t) => !VN_SYLLABLE.test(t.lk));
      if (!foreign && e - a < 2) return null;
      const name = text(a, e);
      return { end: e, mentions: [mention('place', a, e, name, `place:${slug(name)}`)] };
    }
    // `cửa khẩu Lao Bảo`, `cửa khẩu quốc tế Lao Bảo`: a border gate.
    const gate = w2 === 'cửa khẩu' || (w2 === 'quốc tế' && a >= 4 && `${toks[a - 4].k} ${toks[a - 3].k}` === 'cửa khẩu');
    if (!gate && !PLACE_WORDS_2.has(w2) && !(PLACE_WORDS_1.has(w1) && w1 !== 'thủ' && w1 !== 'đặc') && !listBefore(a, PLACE_PLURAL)) return null;
    // (`khu vực Dịch vụ`, `khu vực Công nghiệp và Xây dựng`, `khu vực Nông, Lâm nghiệp`: a sector
    // of the economy, not a region.)
    if (w2 === 'khu vực' && SECTOR_WORDS.has(toks[a].k)) return null;
    const e = placeRun(a);
    if (e <= a || isStop(a)) return null;
    const name = text(a, e);
    return { end: e, mentions: [mention('place', a, e, name, `place:${slug(name)}`)] };
  }

  function acronymCandidate(a: number): Candidate | null {
    const t = toks[a];
    if (!t.acr || t.t.length < 3 || t.t.length > 8 || LOWER_LETTER.test(t.t)) return null;
    // `2941/QĐ-BCT`, `31/2021/NĐ-CP`: the code of a legal document, not an organization.
    if (a > 0 && /^[-/]$/.test(gap(a)) && (toks[a - 1].acr || toks[a - 1].digit)) return null;
    const d = defined.get(t.t);
    if (d) return { end: a + 1, mentions: [{ ...mention('organization', a, a + 1, d.canonical, d.id), acronym: t.t }] };
    // `737 MAX`: a model after its number.
    if (a > 0 && toks[a - 1].digit && gap(a) === ' ') return null;
    // `Bộ Quy tắc ứng xử ở Biển Đông (COC)`: the acronym of a phrase ending in a place is no organization's.
    if (prev && prev.type === 'place' && prev.end === a && /^ ?\($/.test(gap(a))) return null;
    if (ACRONYM_STOP.has(t.t) || isCurrency(t.t) || ix.stop.has(t.k)) return null;
    // A heading in capitals is not a run of acronyms.
    const heading = (q: number, g: string) => toks[q].acr && toks[q].t.length > 2 && g === ' ';
    if ((a > 0 && heading(a - 1, gap(a))) || (a + 1 < n && heading(a + 1, gap(a + 1)))) return null;
    return { end: a + 1, mentions: [{ ...mention('organization', a, a + 1, t.t, `org:${slug(t.t)}`), acronym: t.t }] };
  }

  function stopPhrase(a: number): number {
    if (!toks[a].cap) return -1;
    let key = toks[a].k;
    let end = -1;
    // (A phrase that starts no stopword phrase of several words cannot grow into one.)
    if (!ix.stopPrefixes.has(key)) return -1;
    for (let q = a + 1; q < n && q - a < 4 && joined(q); q++) {
      key += ' ' + toks[q].k;
      if (ix.stop.has(key)) end = q + 1;
      if (!ix.stopPrefixes.has(key)) break;
    }
    return end;
  }

  /**
   * English: an unknown run of two or three capitalized words inside a sentence (`Wang Yi`) is a
   * person's name, when no word of it is a stopword, an organization word or a known name.
   */
  function enNameCandidate(a: number): Candidate | null {
    if (!en || sentenceStart.has(a) || titleCase[a] || !toks[a].cap || toks[a].acr || isStop(a)) return null;
    if (a > 0 && (gap(a) === '-' || toks[a - 1].cap && joined(a))) return null;
    let k = a;
    while (k < n && k - a < 3 && (k === a || spaced(k)) && toks[k].cap && !toks[k].acr && !toks[k].digit) {
      if (isStop(k) || ix.enOrgWords.has(toks[k].k) || entityAt(k) || titleMatch(k)) return null;
      if (EN_COMMON.has(toks[k].k) || (toks[k].t.length > 5 && EN_WORD_ENDING.test(toks[k].k))) return null;
      k++;
    }
    if (k - a < 2) return null;
    if (k < n && joined(k) && toks[k].cap) return null;
    // `Kim Yong-hyun`: the lower-case second syllable of a Korean given name.
    if (k < n && gap(k) === '-' && !toks[k].cap && !toks[k].digit && toks[k].t.length <= 6) k++;
    const name = text(a, k);
    const m = mention('person', a, k, name, `person:${slug(name)}`);
    m.name = name;
    return { end: k, mentions: [m] };
  }

  /** `hãng Boeing`, `công ty Codelco`: a foreign-looking name after a common noun for a company. */
  function companyCandidate(a: number): Candidate | null {
    // `tập đoàn SK`, `hãng LG`: a short acronym after a company noun is the company.
    if (!toks[a].cap || (toks[a].acr && (ACRONYM_STOP.has(toks[a].t) || isCurrency(toks[a].t))) || a === 0 || !spaced(a) || isStop(a)) return null;
    const w1 = toks[a - 1].k;
    const w2 = a >= 2 && spaced(a - 1) ? `${toks[a - 2].k} ${w1}` : '';
    if (toks[a - 1].cap || (!COMPANY_WORDS.has(w1) && !COMPANY_WORDS.has(w2) && !companyListBefore(a))) return null;
    let k = a;
    while (k < n && k - a < 4 && (k === a || spaced(k)) && toks[k].cap && !/\d/.test(toks[k].t) && !isStop(k)) k++;
    if (!en && !toks.slice(a, k).some((t) => !VN_SYLLABLE.test(t.lk))) return null;
    const name = text(a, k);
    return { end: k, mentions: [mention('organization', a, k, name, `org:${slug(name)}`)] };
  }

  /** `businesses such as Boeing`, `các tập đoàn lớn như Samsung`: a list of companies begins. */
  function companyListBefore(a: number): boolean {
    return listBefore(a, COMPANY_PLURAL);
  }

  /** `<plural noun> such as|including|như|gồm` right before token a. */
  function listBefore(a: number, nouns: Set<string>): boolean {
    let q = a - 1;
    if (toks[q].k === 'như' || toks[q].k === 'including' || toks[q].k === 'gồm') q--;
    else if (toks[q].k === 'as' && q > 0 && toks[q - 1].k === 'such') q -= 2;
    else return false;
    for (let r = q; r >= 0 && r > q - 5; r--) {
      if (nouns.has(toks[r].k) || (r > 0 && nouns.has(`${toks[r - 1].k} ${toks[r].k}`))) return true;
    }
    return false;
  }

  /**
   * The next member of a list of organizations or places (`Samsung, LG và Hyundai`, `Boeing,
   * Apple, Intel and Nvidia`, `Lao Bảo - Densavanh`), or an alias in parentheses after one
   * (`Hoang Sa (Paracel)`, `Ngân hàng Trung ương Indonesia (Bank Indonesia)`): an unknown
   * foreign-looking name takes the type of the mention before it.
   */
  function listCandidate(a: number): Candidate | null {
    if (!prev || !toks[a].cap || toks[a].digit || isStop(a) || (prev.type !== 'organization' && prev.type !== 'place')) return null;
    const g = gap(a);
    const conj = a >= 1 && prev.end === a - 1 && (toks[a - 1].k === 'và' || toks[a - 1].k === 'and') && g === ' ' && gap(a - 1) === ' ';
    const paren = prev.end === a && (g === ' (' || g === '(');
    const pair = prev.end === a && prev.type === 'place' && (g === ' - ' || g === '-');
    const comma = prev.end === a && (g === ', ' || pair);
    if (!conj && !paren && !comma) return null;
    let k = a;
    while (k < n && k - a < 4 && (k === a || spaced(k)) && (toks[k].cap || NAME_PARTICLES.has(toks[k].k)) && !toks[k].digit) {
      // `Concha y Toro`: a particle between the words of a name.
      if (k > a && NAME_PARTICLES.has(toks[k].k) && k + 1 < n && spaced(k + 1) && toks[k + 1].cap) {
        k++;
        continue;
      }
      // `(Bank Indonesia)`: inside parentheses a known name may end the alias.
      const inner = paren && k > a ? entityAt(k) : null;
      if (inner) {
        k = inner.end;
        continue;
      }
      if (isStop(k) || entityAt(k) || titleMatch(k) || headMatch(k) >= 0 || familyStart(k)) return null;
      k++;
    }
    if (paren ? !(k < n ? gap(k) : norm.slice(toks[k - 1].e, toks[k - 1].e + 1)).startsWith(')') : k < n && spaced(k) && toks[k].cap) return null;
    if (paren && toks[a].acr) return null;
    // After a comma, a member of the list is followed by more of the list or the end of the
    // sentence; `…, Hang said` is the subject of a new clause.
    if (comma && g === ', ' && k < n) {
      const after = gap(k);
      if (!(after === ', ' || after.startsWith('.') || after.startsWith(')') || after === ' ' && (toks[k].k === 'và' || toks[k].k === 'and'))) return null;
    }
    // (A pair of places, `Móng Cái - Đông Hưng`, needs no foreign look.)
    if (!en && !pair && !toks.slice(a, k).some((t) => t.acr || !VN_SYLLABLE.test(t.lk))) return null;
    // `Illegal, Unreported and Unregulated`: English adjectives are no names.
    if (en && k === a + 1 && /(?:ed|ive|al|ous|ic|ing|able)$/.test(toks[a].k)) return null;
    const name = text(a, k);
    const slugPrefix = prev.type === 'place' ? 'place' : 'org';
    return { end: k, mentions: [mention(prev.type, a, k, name, `${slugPrefix}:${slug(name)}`)] };
  }

  /** `Sergio Iraeta, Bộ trưởng Nông nghiệp Argentina, cho biết`: a foreign name before a title. */
  function appositionCandidate(a: number): Candidate | null {
    if (!toks[a].cap || toks[a].acr || isStop(a) || entityAt(a)) return null;
    let k = a;
    while (k < n && k - a < 4 && (k === a || spaced(k) || gap(k) === '-') && toks[k].cap && !toks[k].acr && !/\d/.test(toks[k].t)) {
      if (k > a && (entityAt(k) || titleMatch(k))) return null;
      k++;
    }
    if (k - a < 2 || k >= n || gap(k) !== ', ' || !titleMatch(k)) return null;
    if (!toks.slice(a, k).some((t) => !VN_SYLLABLE.test(t.lk))) return null;
    const name = text(a, k);
    const m = mention('person', a, k, name, `person:${slug(name)}`);
    m.name = name;
    return { end: k, mentions: [m] };
  }

  const recognizers = [
    titleCandidate,
    lexiconCandidate,
    orgCandidate,
    enOrgCandidate,
    honorificCandidate,
    familyCandidate,
    placeCandidate,
    acronymCandidate,
    enNameCandidate,
    appositionCandidate,
    companyCandidate,
    listCandidate,
    continentCandidate,
    enInitialsCandidate,
    creditCandidate,
    foreignCompanyCandidate,
  ];
  // Recognizers whose first test is a capital (`!toks[a].cap` → null): skipped at lower-case
  // tokens, most of a text. A recognizer not listed here runs at every token.
  const needsCapital = new Set<(a: number) => Candidate | null>([
    orgCandidate,
    enOrgCandidate,
    familyCandidate,
    placeCandidate,
    acronymCandidate,
    enNameCandidate,
    appositionCandidate,
    companyCandidate,
    listCandidate,
    enInitialsCandidate,
    creditCandidate,
    foreignCompanyCandidate,
  ]);
  const lowerRecognizers = recognizers.filter((r) => !needsCapital.has(r));
  /** The last mention found by the first pass, with token offsets: lists continue it. */
  let prev: { type: string; end: number } | null = null;

  const covered = new Uint8Array(n);
  let i = 0;
  while (i < n && toks[i].s < trailerStart) {
    // `Chủ nhật`, `Anh hùng`, `Hai bên`: phrases that are never entities, skipped whole.
    const stopEnd = stopPhrase(i);
    if (stopEnd > i) {
      i = stopEnd;
      continue;
    }
    // `châu Mỹ` that names no place (`Vụ Thị trường châu Âu-châu Mỹ`, `đối tác châu Âu`): never the
    // country its second word alone would be (`Mỹ`, `Úc`).
    if (toks[i].k === 'châu' && !toks[i].cap && i + 1 < n && spaced(i + 1) && CONTINENTS.has(toks[i + 1].k) && toks[i + 1].cap && !continentCandidate(i)) {
      i += 2;
      continue;
    }
    let best: Candidate | null = null;
    const rs = toks[i].cap ? recognizers : lowerRecognizers;
    for (let q = 0; q < rs.length; q++) {
      const c = rs[q](i);
      if (c && c.mentions.length && (!best || c.end > best.end)) best = c;
    }
    if (best) {
      out.push(...best.mentions);
      // `Vietjet (HoSE: VJC)`, `CTCP Sữa Việt Nam (Vinamilk – mã VNM)`: a listed company's ticker in
      // brackets after its name is its acronym, in this document and for the resolver.
      const last = best.mentions[best.mentions.length - 1];
      if (last.type === 'organization' && !last.acronym) {
        const ticker = TICKER_AFTER.exec(norm.slice(last.end, last.end + 60))?.[1];
        if (ticker && /^[A-Z]{3,4}$/.test(ticker) && !defined.has(ticker)) {
          last.acronym = ticker;
          defined.set(ticker, { id: last.entityId, canonical: last.canonical });
        }
      }
      prev = { type: best.mentions[best.mentions.length - 1].type, end: best.end };
      for (let q = i; q < best.end; q++) covered[q] = 1;
      i = best.end;
    } else i++;
  }

  secondPass();
  linkShortNames(out);
  for (const m of out) if (m.type === 'person' && m.role) refineRole(m, roleBase(m.role));
  shareRoles(out);
  linkAppositions(out);
  linkTitles(out);
  return out.sort((a, b) => a.start - b.start || a.end - b.end);

  /** Short forms of the persons found (`Boluarte`, `Lopez Aliaga`) and defined acronyms. */
  function secondPass() {
    const forms = new Map<string, { id: string; canonical: string; name: string }>();
    for (const m of out) {
      if (m.type !== 'person' || !m.name) continue;
      const ts = tokenize(m.name, m.name.toLowerCase());
      if (ts.length < 2) continue;
      const vietnamese = ix.family.has(ts[0].k) || (en && ix.familyLoose.has(ts[0].lk));
      for (let a = 0; a < ts.length; a++) {
        for (let b = a + 1; b <= ts.length; b++) {
          if (b - a === ts.length) continue;
          // One word of a name alone: a foreign surname (`Boluarte`), or in English the given name
          // by which Vietnamese officials are called (`Son said`).
          const single = b - a === 1;
          if (single && ix.stop.has(ts[a].k)) continue;
          if (single && vietnamese && !(en && b === ts.length && ts[a].t.length >= 3)) continue;
          // East Asian names put the family name first (`Xi Jinping` → `Xi`, `Lee Jae-myung` → `Lee`).
          if (single && !vietnamese && ts[a].t.length < 4 && !(a === 0 && ts[a].t.length >= 2 && ts.length >= 2 && !ts[a].acr)) continue;
          if (vietnamese && a === 0) continue; // `Phạm Thị` is not a name
          const key = ts
            .slice(a, b)
            .map((t) => t.lk)
            .join(' ');
          if (!forms.has(key)) forms.set(key, { id: m.entityId, canonical: m.canonical, name: m.name });
        }
      }
    }
    if (!forms.size && !defined.size) return;
    for (let a = 0; a < n && toks[a].s < trailerStart; a++) {
      if (covered[a] || !toks[a].cap) continue;
      // `(Ảnh: …)`: a stopword is never a short name, wherever it stands.
      if (isStop(a)) continue;
      let bestEnd = -1;
      let hit: { id: string; canonical: string } | undefined;
      let key = '';
      for (let b = a; b < n && b - a < 4 && !covered[b]; b++) {
        if (b > a && !spaced(b)) break;
        if (!toks[b].cap) break;
        key = b === a ? toks[b].lk : `${key} ${toks[b].lk}`;
        const f = forms.get(key);
        if (f) {
          bestEnd = b + 1;
          hit = f;
        }
      }
      if (hit && bestEnd > a) {
        // A short form followed by more capitalized words is someone else (`Dina Smith`).
        if (bestEnd < n && spaced(bestEnd) && toks[bestEnd].cap && !covered[bestEnd] && !entityAt(bestEnd)) continue;
        const m = mention('person', a, bestEnd, hit.canonical, hit.id);
        m.name = text(a, bestEnd);
        out.push(m);
        for (let q = a; q < bestEnd; q++) covered[q] = 1;
        a = bestEnd - 1;
      } else if (toks[a].acr) {
        const d = defined.get(toks[a].t);
        if (d) {
          out.push({ ...mention('organization', a, a + 1, d.canonical, d.id), acronym: toks[a].t });
          covered[a] = 1;
        }
      }
    }
  }

  /**
   * In one document a short name (`Kim Hoa`, `Cường`, `Lopez Aliaga`) is the person whose full
   * name contains it, when exactly one does.
   */
  function linkShortNames(ms: EntityMention[]) {
    const persons = ms.filter((m) => m.type === 'person' && m.name);
    const full = new Map<string, { toks: string[]; id: string; canonical: string }>();
    for (const m of persons) {
      const ts = looseTokens(m.name!);
      const prev = full.get(m.entityId);
      if (!prev || ts.length > prev.toks.length) full.set(m.entityId, { toks: ts, id: m.entityId, canonical: m.canonical });
    }
    for (const m of persons) {
      if (ix.byId.has(m.entityId) && ix.byId.get(m.entityId)!.type === 'person') continue;
      const ts = looseTokens(m.name!);
      const cands = new Set<string>();
      for (const f of full.values()) {
        if (f.id === m.entityId || f.toks.length <= ts.length) continue;
        if (containsRun(f.toks, ts)) cands.add(f.id);
      }
      if (cands.size === 1) {
        const id = [...cands][0];
        m.entityId = id;
        m.canonical = full.get(id)!.canonical;
      }
    }
  }

  /**
   * `Thủ tướng Wong` after `Thủ tướng Singapore Lawrence Wong`, `Bộ trưởng Nguyễn Hồng Diên` after
   * `Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên`: a shorter title of the same person takes the full
   * role stated elsewhere in the document.
   */
  function shareRoles(ms: EntityMention[]) {
    const full = new Map<string, EntityMention>();
    for (const m of ms) {
      if (m.type !== 'person' || !m.role) continue;
      const key = `${m.entityId} ${roleBase(m.role)}`;
      const f = full.get(key);
      if (!f || m.role.length > f.role!.length) full.set(key, m);
    }
    for (const m of ms) {
      if (m.type !== 'person' || !m.role || /[/@>]/.test(m.role)) continue;
      const f = full.get(`${m.entityId} ${roleBase(m.role)}`);
      if (f && f !== m && sameRole(f.role!, m.role)) {
        m.role = f.role;
        m.roleGloss = f.roleGloss;
      }
    }
  }

  /**
   * `Tổng Bí thư, Chủ tịch nước Tô Lâm` and `bà X, Phó Giám đốc Sở …,`: a title next to a person,
   * separated by a comma only, is that person's.
   */
  function linkAppositions(ms: EntityMention[]) {
    const sorted = [...ms].sort((a, b) => a.start - b.start);
    for (let q = 0; q < sorted.length; q++) {
      const t = sorted[q];
      if (t.type !== 'title' || t.person) continue;
      const next = sorted[q + 1];
      const prev = sorted[q - 1];
      if (next && next.type === 'person' && APPOSITION.test(norm.slice(t.end, next.start))) t.person = next.entityId;
      else if (next && next.type === 'title' && norm.slice(t.end, next.start) === ', ') {
        // A chain of titles before one name: `Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội X`.
        let r = q + 1;
        while (r < sorted.length && sorted[r].type === 'title' && norm.slice(sorted[r - 1].end, sorted[r].start) === ', ') r++;
        if (r < sorted.length && sorted[r].type === 'person' && /^(, |\s)$/.test(norm.slice(sorted[r - 1].end, sorted[r].start))) {
          t.person = sorted[r].entityId;
        }
      } else if (prev && prev.type === 'person' && norm.slice(prev.end, t.start) === ', ') t.person = prev.entityId;
    }
  }

  /**
   * A title without a name refers to the person of the document who holds that title: the last
   * one named before it, else the first one named after it. One pass each way.
   */
  function linkTitles(ms: EntityMention[]) {
    const sorted = [...ms].sort((a, b) => a.start - b.start);
    const lastBefore = new Map<string, EntityMention[]>();
    const pick = (t: EntityMention, seen: Map<string, EntityMention[]>) => {
      const list = seen.get(roleBase(t.role!));
      if (!list) return undefined;
      for (let q = list.length - 1; q >= 0; q--) if (!t.role!.includes(':') || sameRole(list[q].role!, t.role!)) return list[q];
      return undefined;
    };
    const remember = (p: EntityMention, seen: Map<string, EntityMention[]>) => {
      const b = roleBase(p.role!);
      const list = seen.get(b);
      if (!list) seen.set(b, [p]);
      else if (list.length < 8) list.push(p);
      else list[list.length - 1] = p;
    };
    for (const m of sorted) {
      if (m.type === 'person' && m.role) remember(m, lastBefore);
      else if (m.type === 'title' && m.role && !m.person) {
        const p = pick(m, lastBefore);
        if (p) m.person = p.entityId;
      }
    }
    const firstAfter = new Map<string, EntityMention[]>();
    for (let q = sorted.length - 1; q >= 0; q--) {
      const m = sorted[q];
      if (m.type === 'person' && m.role) remember(m, firstAfter);
      else if (m.type === 'title' && m.role && !m.person) {
        const p = pick(m, firstAfter);
        if (p) m.person = p.entityId;
      }
    }
  }
}

export function roleBase(role: string): string {
  const m = /^[^:/@>]+/.exec(role);
  return m ? m[0] : role;
}

/** Two roles are the same post when kind and country agree (portfolio and posting may be omitted). */
function sameRole(a: string, b: string): boolean {
  if (roleBase(a) !== roleBase(b)) return false;
  const ca = /:([A-Z]{2})/.exec(a)?.[1];
  const cb = /:([A-Z]{2})/.exec(b)?.[1];
  return !ca || !cb || ca === cb;
}

export function looseTokens(s: string): string[] {
  return tokenize(s, s.toLowerCase()).map((t) => t.lk);
}

/** Whether `needle` occurs in `hay` as a contiguous run, or as an in-order subsequence of 2+. */
export function containsRun(hay: string[], needle: string[]): boolean {
  if (!needle.length) return false;
  for (let i = 0; i + needle.length <= hay.length; i++) {
    let ok = true;
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) ok = false;
    if (ok) return true;
  }
  if (needle.length >= 2) {
    let j = 0;
    for (const h of hay) if (h === needle[j]) j++;
    return j === needle.length && needle[0] === hay[0];
  }
  return false;
}

function pickEntry(items: LexEntry[]): LexEntry {
  const order = ['person', 'organization', 'country', 'place'];
  return [...items].sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type))[0];
}

/**
 * Tokens of blocks written in Title Case (`Vietnam, Peru Boost Telecom Cooperation`), where
 * capitals say nothing about names.
 */
function titleCaseTokens(ctx: ExtractContext, toks: Token[]): Uint8Array {
  const out = new Uint8Array(toks.length);
  let t = 0;
  for (const b of ctx.structure.blocks) {
    while (t < toks.length && toks[t].s < b.start) t++;
    let q = t;
    let words = 0;
    let caps = 0;
    while (q < toks.length && toks[q].e <= b.end) {
      if (toks[q].t.length > 3) {
        words++;
        if (toks[q].cap) caps++;
      }
      q++;
    }
    // Headlines only: a paragraph full of names is not a heading.
    // A short paragraph full of names that ends with a full stop is a sentence, not a headline.
    const sentence = b.kind !== 'title' && /[.!?]["”’)]?\s*$/.test(ctx.model.norm.slice(b.start, b.end));
    if ((b.kind === 'title' || words <= 12) && !sentence && words >= 3 && caps / words >= 0.75) for (let r = t; r < q; r++) out[r] = 1;
    t = q;
  }
  return out;
}

/** Token indexes that start a sentence or a block. */
function sentenceStarts(ctx: ExtractContext, toks: Token[]): Set<number> {
  const starts = new Set<number>();
  const points = [...ctx.structure.sentences.map((s) => s.start), ...ctx.structure.blocks.map((b) => b.start)].sort((a, b) => a - b);
  let p = 0;
  for (let i = 0; i < toks.length && p < points.length; i++) {
    while (p < points.length && points[p] < toks[i].s) p++;
    if (p < points.length && points[p] <= toks[i].s) starts.add(i);
  }
  starts.add(0);
  return starts;
}
