/**
 * `check --format json|sarif` writes its JSON in pieces (server/src/cli/streamJson.ts): the same
 * bytes as JSON.stringify(value, null, 2), handed out in chunks, never as one string.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createWorkspace } from '../../server/src/core/index';
import { renderJson, renderSarif } from '../../server/src/core/report/index';
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
});
