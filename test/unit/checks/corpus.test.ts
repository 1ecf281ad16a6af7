/**
 * Corpus-level tests: fixture articles (test/fixtures/checks/corpus/<case>/*.txt) go through the
 * whole core — quantity and entity engines, subjects, claims, checks — and the findings of the
 * listed codes must be exactly those in the case's expected.json. Then the two seed articles
 * together, read at run time.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createWorkspace } from '../../../server/src/core/index';
import type { DocumentAnalysis, MessageLocale } from '../../../server/src/core/types';
import { FIXTURES, SEEDS, offsetOf, readText } from '../../support/paths';

interface Expected {
  file: string;
  code: string;
  at: string;
  nth?: number;
  severity: string;
  related?: { file: string; at: string; nth?: number }[];
  message?: string[];
}

interface CorpusCase {
  description: string;
  locale?: MessageLocale;
  codes: string[];
  expected: Expected[];
}

const DIR = path.join(FIXTURES, 'checks', 'corpus');

function analyse(dir: string, files: string[], locale: MessageLocale): DocumentAnalysis[] {
  const ws = createWorkspace({ locale });
  for (const f of files) ws.set({ uri: f, text: readText(path.join(dir, f)) });
  return ws.all();
}

function checkCase(name: string, docs: DocumentAnalysis[], c: CorpusCase) {
  const textOf = (uri: string) => docs.find((d) => d.uri === uri)!.text;
  const actual = docs.flatMap((d) => d.findings.filter((f) => c.codes.includes(f.code)).map((f) => ({ uri: d.uri, f })));

  it(`${name}: exactly the expected findings`, () => {
    const got = actual.map(({ uri, f }) => `${uri} ${f.code} "${textOf(uri).slice(f.start, f.end)}" ${f.severity}`).sort();
    const want = c.expected.map((e) => `${e.file} ${e.code} "${e.at}" ${e.severity}`).sort();
    assert.deepStrictEqual(got, want, actual.map(({ f }) => f.message).join('\n'));
  });

  for (const e of c.expected) {
    if (!e.related && !e.message) continue;
    it(`${name}: ${e.file} ${e.code} at "${e.at}": related locations and message`, () => {
      const start = offsetOf(textOf(e.file), e.at, e.nth);
      const hit = actual.find(({ uri, f }) => uri === e.file && f.code === e.code && f.start === start);
      assert.ok(hit, `no ${e.code} at "${e.at}"`);
      if (e.related) {
        const got = hit.f.related.map((r) => `${r.uri}:${textOf(r.uri).slice(r.start, r.end)}`).sort();
        assert.deepStrictEqual(got, e.related.map((r) => `${r.file}:${r.at}`).sort());
      }
      for (const m of e.message ?? []) assert.ok(hit.f.message.includes(m), `message "${hit.f.message}" lacks "${m}"`);
    });
  }
}

describe('checks on fixture corpora (whole core)', () => {
  for (const name of fs.readdirSync(DIR).sort()) {
    const dir = path.join(DIR, name);
    const c = JSON.parse(readText(path.join(dir, 'expected.json'))) as CorpusCase;
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    describe(`${name}: ${c.description}`, () => {
      checkCase(name, analyse(dir, files, c.locale ?? 'en'), c);
    });
  }
});

describe('checks on the two seed articles together', () => {
  const files = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  const [s000, s004] = files;
  const docs = analyse(SEEDS, files, 'en');
  checkCase('seeds', docs, {
    description: 'seeds',
    codes: ['figure.mismatch', 'figure.undated', 'figure.arithmetic', 'figure.comparison-base', 'figure.ambiguous-separator', 'date.mismatch'],
    expected: [
      { file: s000, code: 'figure.undated', at: '600 triệu USD', severity: 'information', message: ['600 million USD here has no year; elsewhere 600 million USD is 2022 and 486 million USD is 2023'] },
      { file: s000, code: 'figure.comparison-base', at: '2,5%', severity: 'information', message: ['compares Q1 2023 with 2022'] },
      { file: s000, code: 'figure.ambiguous-separator', at: '30,000km', severity: 'hint' },
      // `hơn 79%` from `gần 354` to 600: only a generous reading of the bounds reconciles them.
      { file: s004, code: 'figure.arithmetic', at: '79%', severity: 'information', message: ['+69.5%'] },
    ],
  });

  it('in Vietnamese, the undated note names the years the way the articles do', () => {
    const vi = analyse(SEEDS, files, 'vi');
    const f = vi.find((d) => d.uri === s000)!.findings.find((x) => x.code === 'figure.undated')!;
    assert.strictEqual(f.message, '600 triệu USD ở đây không ghi năm; ở bài khác 600 triệu USD là năm 2022 và 486 triệu USD là năm 2023');
  });

  it('the undated 600 triệu USD of seed 000 points at the 486 triệu USD (2023) of seed 004', () => {
    const d000 = docs.find((d) => d.uri === s000)!;
    const d004 = docs.find((d) => d.uri === s004)!;
    const f = d000.findings.find((x) => x.code === 'figure.undated')!;
    assert.strictEqual(f.start, offsetOf(d000.text, '600 triệu USD'));
    const at486 = offsetOf(d004.text, '486 triệu USD');
    assert.ok(f.related.some((r) => r.uri === s004 && r.start === at486), JSON.stringify(f.related));
    assert.match(f.detail ?? '', /most likely refers to \*\*2022\*\*/);
  });
});
