import type { Block, BlockKind, Span, Structure } from '../types';

/**
 * The article's structure, computed on the normalized view (offsets are norm offsets; the façade
 * converts them). One linear pass over the lines.
 *
 * Agency articles are plain lines: a title, a lead, body paragraphs, and furniture — image captions
 * glued to the repeated title (`…Việt Nam-Peru ảnh 1Đại sứ …`), photo credits `(Ảnh: TTXVN phát)`,
 * related-article lines in brackets, a source line `(TTXVN/Vietnam+)` and trailing site text.
 */

const TRAILER = /^(tin cùng chuyên mục|tin liên quan|xem thêm|tin khác|bài liên quan|related news|related articles|read more|see also)\b/;
const SOURCE_LINE = /^\(?\s*(?:theo\s+)?(?:ttxvn|vna|vietnam\+|vnanet|vns|báo quốc tế|baoquocte|vov|vtv|vnexpress|tuổi trẻ|thanh niên|nhân dân|tg&vn|qđnd|[\p{L}.+&]+(?:\/[\p{L}.+& ]+)+)\s*\)?\s*$/u;
const CREDIT = /\((?:ảnh|photo|nguồn|source|video|clip)\s*:[^()\n]{0,80}\)/g;
const GLUED_CAPTION = / ảnh \d+(?=\S)/;
const CAPTION_START = /^(?:ảnh|photo|hình)\s*(?:\d+)?\s*:/;
/** Two sentences' boundary, and a capital letter (made once, not at every call). */
const SENTENCE_BREAK = /[.!?]\s+\p{Lu}/gu;
const UPPER_LETTER = /\p{Lu}/u;
/** A glued sentence break: the next sentence's capitalised first word (`The`, `Vietnam`), and what may end the last (`2016`, `Dung`, `DCCI`, `)`). */
const GLUED_NEXT = /^\p{Lu}\p{Ll}/u;
const GLUED_BEFORE = /(?:\p{Ll}{2}|\d{2}|\p{Lu}{2}|[)”"])$/u;

/** Abbreviations after which a period does not end a sentence. */
const ABBREVIATIONS = new Set([
  'tp', 'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'no', 'vs', 'prof', 'gen', 'col', 'lt', 'gov',
  'sen', 'rep', 'inc', 'ltd', 'co', 'corp', 'u.s', 'u.n', 'e.g', 'i.e', 'ts', 'ths', 'pgs', 'gs', 'th.s',
  'ks', 'bs', 'ls',
]);

export function buildStructure(norm: string, lower: string): Structure {
  const blocks: Block[] = [];
  const lines: Span[] = [];
  // Lines end at `\n`, `\r\n` or a `\r` alone (old Mac files), as LSP positions do. The next of
  // each break is looked up again only once passed, so the pass stays linear.
  let pos = 0;
  let nextLf = norm.indexOf('\n');
  let nextCr = norm.indexOf('\r');
  while (pos <= norm.length) {
    if (nextLf >= 0 && nextLf < pos) nextLf = norm.indexOf('\n', pos);
    if (nextCr >= 0 && nextCr < pos) nextCr = norm.indexOf('\r', pos);
    const nl = Math.min(nextLf < 0 ? norm.length : nextLf, nextCr < 0 ? norm.length : nextCr);
    let end = nl;
    while (end > pos && /\s/.test(norm[end - 1])) end--;
    let start = pos;
    while (start < end && /\s/.test(norm[start])) start++;
    if (end > start) lines.push({ start, end });
    pos = norm[nl] === '\r' && norm[nl + 1] === '\n' ? nl + 2 : nl + 1;
  }

  let seenTitle = false;
  let seenLead = false;
  let inTrailer = false;
  for (const line of lines) {
    const l = lower.slice(line.start, line.end);
    const push = (kind: BlockKind, start = line.start, end = line.end) => blocks.push({ kind, start, end });
    // `Related news: Vietnam seeks …` on one line is a link inside the article, not the start of
    // the trailing site text.
    if (!inTrailer && TRAILER.test(l) && /^[^:]{0,30}:\s*\S/.test(l)) {
      push('related');
      continue;
    }
    // A long paragraph of several sentences after the trailing heading is the article going on.
    if (inTrailer && l.length > 250 && (norm.slice(line.start, line.end).match(SENTENCE_BREAK) ?? []).length >= 2) inTrailer = false;
    else if (inTrailer || TRAILER.test(l)) {
      inTrailer = true;
      push('trailer');
      continue;
    }
    // A run of linked headlines a page sets before or after its article, ending on a bar and holding
    // no sentence's end (`Xuất khẩu cao su thu về hơn 724 triệu USD Giá cao su tăng cao … so với cùng
    // kỳ |`): links, whose figures and dates run into each other.
    if (/\s\|$/.test(l) && !/[.!?…](?:\s|$)/.test(l)) {
      push('related');
      continue;
    }
    if (!seenTitle && isDateline(l)) {
      push('dateline');
      continue;
    }
    if (!seenTitle) {
      seenTitle = true;
      push('title');
      continue;
    }
    if (/^\[[^\]]*\]$/.test(l)) {
      push('related');
      continue;
    }
    if (l.length <= 60 && /^\(.*\)$/.test(l) && SOURCE_LINE.test(l)) {
      push('source');
      continue;
    }
    if (GLUED_CAPTION.test(l) || CAPTION_START.test(l)) {
      push('caption');
      continue;
    }
    if (/^\((?:ảnh|photo)\s*:/.test(l) && l.endsWith(')')) {
      push('credit');
      continue;
    }
    // A content paragraph, possibly ending with a photo credit or a source in parentheses.
    const kind: BlockKind = seenLead ? 'body' : 'lead';
    seenLead = true;
    let cursor = line.start;
    CREDIT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CREDIT.exec(l))) {
      const cs = line.start + m.index;
      if (cs > cursor) push(kind, cursor, trimEnd(norm, cursor, cs));
      push('credit', cs, cs + m[0].length);
      cursor = cs + m[0].length;
    }
    if (cursor < line.end) {
      const s = trimStart(norm, cursor, line.end);
      if (s < line.end) push(kind, s, line.end);
    }
  }

  const sentences: Span[] = [];
  for (const b of blocks) {
    if (b.kind === 'dateline' || b.kind === 'title' || b.kind === 'lead' || b.kind === 'body') splitSentences(norm, b, sentences);
  }
  return { blocks, sentences };
}

/** Words a date stamp may hold beside its numbers: weekdays, `cập nhật`, `GMT`, `date`. */
const STAMP_WORDS = new Set([
  'thứ', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'chủ', 'nhật', 'cn', 'ngày', 'tháng', 'cập', 'đăng', 'lúc', 'giờ', 'date',
  'gmt', 'utc', 'ict', 'am', 'pm', 'updated', 'published', 'posted', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 't',
]);
/**
 * A line that only dates the article (`14/05/2024 10:30`, `Thứ Ba, 14/5/2024 - 08:00 GMT+7`,
 * `2024-05-14`) or is the user's marker line (`% communique: date=…`): not the title.
 */
function isDateline(lower: string): boolean {
  if (/^\s*%\s*communique:/.test(lower)) return true;
  if (lower.length > 60 || !/\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}/.test(lower)) return false;
  const words = lower.match(/\p{L}+/gu) ?? [];
  return words.every((w) => STAMP_WORDS.has(w));
}

function trimEnd(s: string, start: number, end: number): number {
  while (end > start && /\s/.test(s[end - 1])) end--;
  return end;
}
function trimStart(s: string, start: number, end: number): number {
  while (start < end && /\s/.test(s[start])) start++;
  return start;
}

/**
 * Splits a block into sentences at `.`, `!`, `?`, `…` (and the agency end mark `./.`) followed by
 * white space and an upper-case letter, digit or opening quote. A period after a known abbreviation
 * or a single capital initial does not end a sentence; neither does a period inside a number.
 */
export function splitSentences(norm: string, block: Span, out: Span[]): void {
  let start = block.start;
  let i = block.start;
  while (i < block.end) {
    const c = norm[i];
    // A headline run into the first sentence of the body with no stop between (`… export growth
    // to China in 2020 According to statistics published by …`): a sentence opening of the genre,
    // capitalised after a lower-case word or a number, begins a sentence.
    if (c === ' ' && i > start + 20 && /[\p{Ll}\d]/u.test(norm[i - 1] ?? '') && HEADLINE_RUN_ON.test(norm.slice(i + 1, i + 16))) {
      out.push({ start, end: i });
      start = i + 1;
      i = i + 1;
      continue;
    }
    if (c === '.' || c === '!' || c === '?' || c === '…' || c === ';' && false) {
      let j = i + 1;
      while (j < block.end && /[.!?…\/"”’»)\]]/.test(norm[j])) j++;
      if (j >= block.end) break;
      // A line break lost in copying glues two sentences (`… with the DCCI.The Vietnamese
      // diplomat …`, `… in 2016.Vietnam will host …`): a period between a word or number and a
      // capitalised word, with no space, ends a sentence too — never after an abbreviation or an
      // initial (`TP.Hồ Chí Minh`, `J.Smith`), nor in a name that carries dots (`Vietnamplus.Vn`
      // has a lower-case word before and after only).
      if (c === '.' && j === i + 1 && GLUED_NEXT.test(norm.slice(j, j + 2)) && GLUED_BEFORE.test(norm.slice(Math.max(start, i - 3), i)) && !isAbbreviation(norm, start, i)) {
        out.push({ start, end: j });
        start = j;
        i = j;
        continue;
      }
      if (/\s/.test(norm[j])) {
        let k = j;
        while (k < block.end && /\s/.test(norm[k])) k++;
        const next = norm[k] ?? '';
        const opens = /[\p{Lu}\d"“‘«(\[]/u.test(next);
        if (opens && !(c === '.' && isAbbreviation(norm, start, i))) {
          out.push({ start, end: j });
          start = k;
          i = k;
          continue;
        }
      }
      i = j;
      continue;
    }
    i++;
  }
  if (block.end > start) out.push({ start, end: block.end });
}

/** Openings of a body's first sentence that never stand inside one capitalised: `According to`, `Theo số liệu`. */
const HEADLINE_RUN_ON = /^(?:According to |Theo (?:số liệu|thống kê|báo cáo|Tổng cục|Cục|Bộ|Hiệp hội))/u;

function isAbbreviation(norm: string, sentenceStart: number, dot: number): boolean {
  let w = dot;
  while (w > sentenceStart && /[\p{L}.]/u.test(norm[w - 1])) w--;
  const word = norm.slice(w, dot);
  if (word.length === 1 && UPPER_LETTER.test(word)) return true; // an initial: "J. Smith"
  return ABBREVIATIONS.has(word.toLowerCase());
}
