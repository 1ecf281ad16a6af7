// What the end-to-end tiers expect of the article they open: one table, shared by the extension-host
// suite, the browser run and the Neovim/Emacs smoke tests, so a change in the samples is one edit here.
// Positions are found by substring, never by counted columns.
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');

/** Our own small article, used until samples/ exists (and by the Neovim/Emacs tests' own folder). */
const FIXTURE = {
  folder: path.join(ROOT, 'test', 'e2e', 'workspace'),
  file: 'viet-nam-peru-hop-tac.txt',
  title: 'Việt Nam và Peru bàn cách mở rộng hợp tác nông nghiệp',
  // Hover over this text (its first occurrence after `after`, when given) ...
  hover: { text: 'Nguyễn Hoàng Lân', after: '\n\nĐại sứ ' },
  // ... and expect all of these in the hover card.
  hoverExpect: ['Nguyễn Hoàng Lân', 'person'],
  // Diagnostic codes expected on this article: `tăng 50%` from 400 to 450 million USD is +12.5%.
  diagnosticCodes: ['figure.arithmetic'],
};

/** The team's samples, once they exist. */
const SAMPLES = {
  folder: path.join(ROOT, 'samples'),
  file: 'vi-chu-tich-nuoc-tham-lima.txt',
  title: 'Thủ đô Lima trao chìa khóa thành phố cho Chủ tịch nước Lương Cường',
  hover: { text: 'Lương Cường', after: 'đã đón Chủ tịch nước ' },
  // The card names the person and knows the English edition's spelling (cross-document resolution).
  hoverExpect: ['Lương Cường', 'Luong Cuong'],
  // samples/README.md: `tăng hơn 79%, từ gần 354 triệu USD lên 600 triệu USD` disagrees with its endpoints.
  diagnosticCodes: ['figure.arithmetic'],
};

/** The English edition of the same visit: its card must name the person in Vietnamese too. */
const ENGLISH = {
  folder: SAMPLES.folder,
  file: 'en-president-visits-lima.txt',
  title: 'Lima presents city key to President Luong Cuong',
  hover: { text: 'Luong Cuong', after: 'to Vietnamese President ' },
  hoverExpect: ['Lương Cường'],
  diagnosticCodes: ['figure.arithmetic'],
};

function hasSamples() {
  return fs.existsSync(SAMPLES.folder) && SAMPLES.file && fs.existsSync(path.join(SAMPLES.folder, SAMPLES.file));
}

/** The expectation in force: samples/ when it holds the article named above, else the fixture. */
function current() {
  const e = hasSamples() ? SAMPLES : FIXTURE;
  return { ...e, path: path.join(e.folder, e.file) };
}

/** The UTF-16 offset where the hover target starts in `text`. */
function hoverOffset(e, text) {
  const from = e.hover.after ? text.indexOf(e.hover.after) : 0;
  if (from < 0) throw new Error(`"${e.hover.after}" not found in ${e.file}`);
  const at = text.indexOf(e.hover.text, from);
  if (at < 0) throw new Error(`"${e.hover.text}" not found in ${e.file}`);
  return at;
}

/** 0-based {line, character} (UTF-16) of an offset. */
function positionAt(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** More articles to check where a tier can afford it (the English edition, when samples/ has it). */
function extra() {
  return hasSamples() && fs.existsSync(path.join(ENGLISH.folder, ENGLISH.file)) ? [{ ...ENGLISH, path: path.join(ENGLISH.folder, ENGLISH.file) }] : [];
}

module.exports = { FIXTURE, SAMPLES, ENGLISH, current, extra, hoverOffset, positionAt, ROOT };
