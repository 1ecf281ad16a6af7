/** The finding codes the documentation names exist: a reader who looks one up finds it. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CHECKS } from '../../server/src/core/checks/index';
import { ROOT } from '../support/paths';

const DOCS = ['README.md', 'samples/README.md', 'ARCHITECTURE.md', 'docs/settings.md'];
const codes = new Set([...CHECKS.map((c) => c.code)]);

describe('finding codes in the documentation', () => {
  for (const doc of DOCS) {
    it(`${doc} names only codes that exist`, () => {
      const text = fs.readFileSync(path.join(ROOT, doc), 'utf8');
      const named = [...text.matchAll(/\b((?:figure|date|entity|change|claim)\.[a-z][a-z-]*)\b/g)].map((m) => m[1]).filter((c) => !/\.(ts|json|md|txt)$/.test(c));
      assert.deepStrictEqual([...new Set(named.filter((c) => !codes.has(c)))], []);
    });
  }
});
