import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createWorkspace, type DocumentAnalysis } from '../../server/src/core/index';
import { FIXTURES, SAMPLES } from '../support/paths';

/**
 * Golden annotations of the sample articles, analysed together as a workspace: one line per entity,
 * figure and finding, so that a change reads as a line in `git diff`. `UPDATE_GOLDEN=1` rewrites
 * them; review every changed line before committing.
 */
const GOLDEN = path.join(FIXTURES, 'samples');

function value(v: number | [number, number]): string {
  return Array.isArray(v) ? `${v[0]}..${v[1]}` : String(v);
}

function golden(d: DocumentAnalysis): object {
  return {
    language: d.language,
    referenceDate: d.referenceDate ? `${d.referenceDate.date} (${d.referenceDate.source})` : null,
    entities: d.entities.map((e) =>
      e.type === 'date' ? `date | ${e.text} | ${e.value}` : `${e.type} | ${e.text} | ${e.canonical}${e.role ? ` | ${e.role}` : ''}`,
    ),
    figures: d.figures.map(
      (f) => `${f.text} | ${value(f.value)} ${f.unit ?? ''} | ${f.bound} | ${f.metric ?? '-'} | ${f.period ?? '-'}${f.subject ? ` | ${f.subject}` : ''}`,
    ),
    findings: d.findings.map(
      (f) => `${f.code} ${f.severity} | ${d.text.slice(f.start, f.end)} | ${f.related.map((r) => path.basename(r.uri)).join(', ')}`,
    ),
  };
}

describe('sample articles (golden)', () => {
  const names = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();
  const ws = createWorkspace({ locale: 'en' });
  for (const n of names) ws.set({ uri: path.join(SAMPLES, n), text: fs.readFileSync(path.join(SAMPLES, n), 'utf8') });

  it('has the samples the README promises', () => assert.ok(names.length >= 5, names.join(', ')));

  for (const n of names) {
    it(n, () => {
      const actual = golden(ws.analysis(path.join(SAMPLES, n))!);
      const file = path.join(GOLDEN, n.replace(/\.txt$/, '.json'));
      if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
      assert.deepStrictEqual(actual, JSON.parse(fs.readFileSync(file, 'utf8')));
    });
  }
});
