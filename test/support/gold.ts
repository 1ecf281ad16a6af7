/**
 * Locating hand-written gold in held-out articles: a gold item names its span as the nth
 * whole-standing occurrence of a text (not glued to letters or digits, and not the tail of a
 * decimal such as `2 tỷ` inside `1,2 tỷ`).
 */
const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

/** The offset of the nth whole-standing occurrence of `needle` in `text`; throws when there is none. */
export function wholeOffset(text: string, needle: string, nth: number): number {
  let seen = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = text[at - 1];
    const after = text[at + needle.length];
    const gluedBefore = isWordChar(before) || ((before === ',' || before === '.') && isWordChar(text[at - 2]));
    if (!gluedBefore && !isWordChar(after)) {
      if (seen++ === nth) return at;
    }
  }
  throw new Error(`"${needle}" (occurrence ${nth}) not found`);
}
