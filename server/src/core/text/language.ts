import type { Language } from '../types';

/**
 * Detects the article's language from its letters: Vietnamese uses letters (ă â đ ê ô ơ ư) and tone
 * marks that English copy almost never has. Proper names with accents (`López`) stay far below the
 * threshold. Reads at most the first 20 000 characters.
 */
const VIETNAMESE_LETTERS = 'ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ';

/** Per BMP code unit: 0 not yet known, 1 a letter, 2 no letter, plus 4 when a Vietnamese letter. */
const bmpKind = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) bmpKind[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 2;
for (const ch of VIETNAMESE_LETTERS) bmpKind[ch.charCodeAt(0)] = 1 | 4;
const LETTER = /^\p{L}$/u;

/**
 * One pass over the code points, counting without copies: the letters (a letter outside the BMP
 * counts once), and the Vietnamese ones. A lone surrogate is no letter.
 */
export function detectLanguage(lower: string): Language {
  const end = lower.length > 20000 ? 20000 : lower.length;
  let letters = 0;
  let vi = 0;
  for (let i = 0; i < end; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const d = lower.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (LETTER.test(lower.slice(i, i + 2))) letters++;
        i++;
        continue;
      }
    }
    let k = bmpKind[c];
    if (k === 0) bmpKind[c] = k = c >= 0xd800 && c <= 0xdfff ? 2 : LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    if (k & 1) letters++;
    if (k & 4) vi++;
  }
  if (letters === 0) return 'vi';
  return vi / letters > 0.03 ? 'vi' : 'en';
}
