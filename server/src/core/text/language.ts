import type { Language } from '../types';

/**
 * Detects the article's language from its letters: Vietnamese uses letters (ă â đ ê ô ơ ư) and tone
 * marks that English copy almost never has. Proper names with accents (`López`) stay far below the
 * threshold. Reads at most the first 20 000 characters.
 */
const VIETNAMESE_LETTERS =
  /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/g;

const NOT_LETTER = /\P{L}/gu;
/** A letter outside the BMP is two code units, the first a high surrogate. */
const HIGH_SURROGATE = /[\uD800-\uDBFF]/g;

export function detectLanguage(lower: string): Language {
  const sample = lower.length > 20000 ? lower.slice(0, 20000) : lower;
  // Counted without an array of matches: the letters (code points), and the Vietnamese ones.
  const letters = sample.replace(NOT_LETTER, '').replace(HIGH_SURROGATE, '').length;
  if (letters === 0) return 'vi';
  const vi = sample.length - sample.replace(VIETNAMESE_LETTERS, '').length;
  return vi / letters > 0.03 ? 'vi' : 'en';
}
