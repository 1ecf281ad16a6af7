/**
 * Data-driven tests of the checks on hand-built analyses (test/fixtures/checks/unit/*.json): each
 * case lists documents with their figures and entities, and every finding the checks must give.
 * A case with an empty `expected` is a look-alike that must stay quiet.
 */
import * as assert from 'assert';
import * as path from 'path';
import { FIXTURES, offsetOf } from '../../support/paths';
import { describeFinding, loadCases, runCase } from './support';

const DIR = path.join(FIXTURES, 'checks', 'unit');

describe('checks on hand-built analyses', () => {
  for (const { name, data } of loadCases(DIR)) {
    describe(`${name}: ${data.description}`, () => {
      const { docs, findings } = runCase(data);
      const textOf = (uri: string) => docs.find((d) => d.uri === uri)!.text;
      const actual = docs.flatMap((d) =>
        (findings.get(d.uri) ?? []).filter((f) => !data.codes || data.codes.includes(f.code)).map((f) => ({ uri: d.uri, f })),
      );

      it('gives exactly the expected findings', () => {
        const got = actual.map(({ uri, f }) => describeFinding(uri, textOf(uri), f)).sort();
        const want = data.expected.map((e) => `${e.uri} ${e.code} "${e.at}" ${e.severity}`).sort();
        assert.deepStrictEqual(got, want);
      });

      for (const e of data.expected) {
        const label = `${e.uri} ${e.code} at "${e.at}"`;
        const find = () => {
          const start = offsetOf(textOf(e.uri), e.at, e.nth);
          const hit = actual.find(({ uri, f }) => uri === e.uri && f.code === e.code && f.start === start);
          assert.ok(hit, `no ${label}`);
          return hit.f;
        };
        if (e.related) {
          it(`${label}: related locations`, () => {
            const got = find().related.map((r) => `${r.uri}:${textOf(r.uri).slice(r.start, r.end)}`).sort();
            const want = e.related!.map((r) => `${r.uri}:${r.at}`).sort();
            assert.deepStrictEqual(got, want);
          });
        }
        if (e.message) {
          it(`${label}: message says ${e.message.map((m) => JSON.stringify(m)).join(', ')}`, () => {
            const f = find();
            for (const m of e.message!) assert.ok(f.message.includes(m), `message "${f.message}" lacks "${m}"`);
          });
        }
        if (e.detail) {
          it(`${label}: detail explains`, () => {
            const f = find();
            for (const m of e.detail!) assert.ok((f.detail ?? '').includes(m), `detail "${f.detail}" lacks "${m}"`);
          });
        }
        if (e.data) {
          it(`${label}: data`, () => {
            const f = find();
            for (const [k, v] of Object.entries(e.data!)) {
              const got = f.data?.[k];
              if (typeof v === 'number' && typeof got === 'number') assert.ok(Math.abs(got - v) < 0.05, `${k}: ${got} ≠ ${v}`);
              else assert.deepStrictEqual(got, v, k);
            }
          });
        }
      }

      if (data.subjects) {
        it('attaches the expected subjects', () => {
          const got = data.subjects!.map((s) => {
            const d = docs.find((x) => x.uri === s.uri)!;
            const start = offsetOf(d.text, s.at, s.nth);
            const f = d.figures.find((x) => x.start === start);
            return `${s.uri} "${s.at}" ${f ? f.subject : 'no figure'}`;
          });
          assert.deepStrictEqual(got, data.subjects!.map((s) => `${s.uri} "${s.at}" ${s.subject}`));
        });
      }
    });
  }
});
