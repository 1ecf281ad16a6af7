import type { Language } from '../types';

/**
 * Detects the article's language from its letters: Vietnamese uses letters (ă â đ ê ô ơ ư) and tone
 * marks that English copy almost never has. Proper names with accents (`López`) stay far below the
 * threshold. Reads at most the first 20 000 characters.
 */
const VIETNAMESE_LETTERS =
  /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/g;

export function detectLanguage(lower: string): Language {
  const sample = lower.length > 20000 ? lower.slice(0, 20000) : lower;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 'vi';
  const vi = sample.match(VIETNAMESE_LETTERS)?.length ?? 0;
  return vi / letters > 0.03 ? 'vi' : 'en';
}
