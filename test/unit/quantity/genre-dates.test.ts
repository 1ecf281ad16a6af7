/**
 * Dates and periods on held-out articles: `test/fixtures/genre-figures/<name>.dates.json`, written by
 * colleagues who never ran the engine. A gold date is `{text, nth?, value, precision}` (its span is
 * the nth whole-standing occurrence of `text`) and the file gives the article's `reference` date as a
 * reader infers it.
 *
 * Spans are matched by overlap (where a date expression starts is a convention: `năm 2023` or
 * `2023`); over matched dates the resolved value must be right. Floors: recall and precision ≥ 0.9,
 * value ≥ 0.85. `GENRE_REPORT=1` prints every miss, extra and wrong value; `GENRE_ONLY=r4-` scores one
 * round.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeDocument } from '../../../server/src/core/index';
import { FIXTURES, readText } from '../../support/paths';
import { wholeOffset } from '../../support/gold';

interface GoldDate {
  text: string;
  nth?: number;
  value: string | null;
  precision?: string;
}

const DIR = path.join(FIXTURES, 'genre-figures');

interface Score {
  gold: number;
  found: number;
  matched: number;
  foundMatched: number;
  right: number;
  refGold: number;
  refRight: number;
  notes: string[];
}

function scoreFile(file: string, s: Score): void {
  const name = file.replace(/\.dates\.json$/, '');
  const text = readText(path.join(DIR, name + '.txt'));
  const gold = JSON.parse(readText(path.join(DIR, file))) as { reference: string | null; dates: GoldDate[] };
  const analysis = analyzeDocument({ uri: name + '.txt', text });
  const found = analysis.entities.filter((e) => e.type === 'date');
  const notes: string[] = [];
  const spans = gold.dates.map((g) => {
    const start = wholeOffset(text, g.text, g.nth ?? 0);
    return { g, start, end: start + g.text.length };
  });
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
  for (const { g, start, end } of spans) {
    s.gold++;
    const hits = found.filter((f) => overlaps(f, { start, end }));
    if (!hits.length) {
      notes.push(`  miss  "${g.text}" (${g.value})`);
      continue;
    }
    s.matched++;
    if (hits.some((h) => (h.value ?? null) === g.value)) s.right++;
    else notes.push(`  wrong "${g.text}": ${hits.map((h) => `"${h.text}" = ${h.value}`).join(', ')} (gold ${g.value})`);
  }
  for (const f of found) {
    s.found++;
    if (spans.some((x) => overlaps(f, x))) s.foundMatched++;
    else notes.push(`  extra "${f.text}" = ${f.value}`);
  }
  if (gold.reference) {
    s.refGold++;
    const ref = analysis.referenceDate?.date ?? null;
    // The reference is right within a month of the reader's (the engine dates an article the day
    // after the period it reports on; a reader often names the period's last day).
    if (ref && Math.abs(Date.parse(ref) - Date.parse(gold.reference)) <= 31 * 86_400_000) s.refRight++;
    else notes.push(`  reference ${ref} (gold ${gold.reference})`);
  }
  if (notes.length) s.notes.push(`${name}:`, ...notes);
}

describe('quantity: dates on held-out articles', () => {
  const only = process.env.GENRE_ONLY;
  const files = fs.existsSync(DIR) ? fs.readdirSync(DIR).filter((f) => f.endsWith('.dates.json') && (!only || f.startsWith(only))).sort() : [];
  const s: Score = { gold: 0, found: 0, matched: 0, foundMatched: 0, right: 0, refGold: 0, refRight: 0, notes: [] };
  for (const f of files) scoreFile(f, s);

  it('has date gold files', () => {
    assert.ok(files.length >= (only ? 1 : 30), `only ${files.length} date gold files`);
  });

  it('finds the dates (recall, precision ≥ 0.9) and resolves them (value ≥ 0.85)', () => {
    const r = s.gold ? s.matched / s.gold : 1;
    const p = s.found ? s.foundMatched / s.found : 1;
    const v = s.matched ? s.right / s.matched : 1;
    const lines = [
      `genre dates: gold ${s.gold}, found ${s.found}; recall ${r.toFixed(3)}, precision ${p.toFixed(3)}, value ${s.right}/${s.matched} = ${v.toFixed(3)}; reference within a month ${s.refRight}/${s.refGold}`,
    ];
    if (process.env.GENRE_REPORT || r < 0.9 || p < 0.9 || v < 0.85) lines.push(...s.notes);
    console.log(lines.join('\n'));
    assert.ok(r >= 0.9, `date recall ${r.toFixed(3)} < 0.9`);
    assert.ok(p >= 0.9, `date precision ${p.toFixed(3)} < 0.9`);
    assert.ok(v >= 0.85, `date value accuracy ${v.toFixed(3)} < 0.85`);
  });
});
