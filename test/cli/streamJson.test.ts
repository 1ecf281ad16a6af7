/**
 * `check --format json|sarif` writes its JSON in pieces (server/src/cli/streamJson.ts): the same
 * bytes as JSON.stringify(value, null, 2), handed out in chunks, never as one string.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createWorkspace } from '../../server/src/core/index';
import { renderJson, renderJsonLazy, renderSarif, renderSarifLazy, renderText, writeText } from '../../server/src/core/report/index';
import { LazyList } from '../../server/src/core/report/lazy';
import { plainAnalysis } from '../../server/src/core/report/plain';
import { writeJson } from '../../server/src/cli/streamJson';
import { SAMPLES } from '../support/paths';

function written(value: unknown, depth?: number): { text: string; chunks: string[] } {
  const chunks: string[] = [];
  writeJson(value, (s) => chunks.push(s), depth);
  return { text: chunks.join(''), chunks };
}

describe('CLI: JSON written in pieces', () => {
  it('writes what JSON.stringify(value, null, 2) writes, at every depth, for every kind of value', () => {
    const values: unknown[] = [
      1, 'a "quoted"\nline', null, true, undefined, [], {}, [undefined, () => 1, Symbol('s'), 1],
      { a: undefined, f: () => 1, b: [{}, [], { c: 'x\ny', d: [1, [2, [3, { e: [] }]]] }] },
      { date: new Date(0), custom: { toJSON: () => ({ z: [1, 2] }) }, nested: [[[['deep']]]] },
      { 'key with "quotes"': { '': 0 }, 'tiếng Việt': 'Việt Nam – Peru' },
    ];
    for (const v of values) {
      for (const depth of [0, 1, 2, 3, 8]) assert.strictEqual(written(v, depth).text, JSON.stringify(v, null, 2) ?? '', `${JSON.stringify(v)} at depth ${depth}`);
    }
  });

  it('writes the samples\' check JSON and SARIF byte for byte, in chunks of about 64 KB', () => {
    const ws = createWorkspace({ locale: 'en' });
    const files = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt'));
    // Eight copies: output enough to need several chunks.
    for (let k = 0; k < 8; k++) for (const f of files) ws.set({ uri: path.join(SAMPLES, `copy-${k}`, f), text: fs.readFileSync(path.join(SAMPLES, f), 'utf8') });
    const docs = ws.all().map(plainAnalysis);
    for (const value of [renderJson(docs, { locale: 'en', cwd: SAMPLES }), renderSarif(docs, { locale: 'vi', cwd: SAMPLES })]) {
      const expected = JSON.stringify(value, null, 2);
      const { text, chunks } = written(value);
      assert.strictEqual(text, expected);
      assert.ok(chunks.length > 2, `${chunks.length} chunks for ${expected.length} characters`);
      // A chunk is handed out once it passes 64 KB: at most that and one piece (a finding) more.
      assert.ok(chunks.every((c) => c.length < 64 * 1024 + 32 * 1024), `largest chunk ${Math.max(...chunks.map((c) => c.length))}`);
    }
  });

  it('writes a lazy list as the array of its elements, made only as they are written', () => {
    for (const items of [[], [1], [{ a: [1, 2] }, 'x', null, undefined]]) {
      let made = 0;
      const lazy = new LazyList(items.length, function* () {
        for (const x of items) {
          made++;
          yield x;
        }
      });
      // Within the depth walked, made one at a time; deeper (and by JSON.stringify), made whole.
      for (const depth of [0, 1, 3]) assert.strictEqual(written({ list: lazy }, depth).text, JSON.stringify({ list: items }, null, 2));
      assert.strictEqual(JSON.stringify(lazy), JSON.stringify(items));
      assert.strictEqual(made, items.length * 4);
    }
  });

  it('writes the lazy check JSON and SARIF, and the text in pieces, as the whole ones', () => {
    const ws = createWorkspace({ locale: 'en' });
    const files = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt'));
    for (let k = 0; k < 3; k++) for (const f of files) ws.set({ uri: path.join(SAMPLES, `copy-${k}`, f), text: fs.readFileSync(path.join(SAMPLES, f), 'utf8') });
    const docs = ws.all().map(plainAnalysis);
    for (const locale of ['en', 'vi'] as const) {
      for (const cwd of [SAMPLES, undefined]) {
        const opts = { locale, cwd };
        assert.strictEqual(written(renderJsonLazy(docs, opts)).text, JSON.stringify(renderJson(docs, opts), null, 2));
        assert.strictEqual(written(renderSarifLazy(docs, opts)).text, JSON.stringify(renderSarif(docs, opts), null, 2));
        const pieces: string[] = [];
        writeText(docs, opts, (s) => pieces.push(s));
        assert.strictEqual(pieces.join(''), renderText(docs, opts));
      }
      // No findings at all.
      const quiet = docs.map((d) => ({ ...d, findings: [] }));
      assert.strictEqual(written(renderJsonLazy(quiet, { locale })).text, JSON.stringify(renderJson(quiet, { locale }), null, 2));
      assert.strictEqual(written(renderSarifLazy(quiet, { locale })).text, JSON.stringify(renderSarif(quiet, { locale }), null, 2));
    }
  });
});
