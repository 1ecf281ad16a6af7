/**
 * The client's words: every string the extension passes to `l10n.t` has its Vietnamese in
 * l10n/bundle.l10n.vi.json (and no stale entry stays), and every `%key%` of package.json has its
 * English and Vietnamese in package.nls.json and package.nls.vi.json.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../support/paths';

const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');

describe('client localization', () => {
  const sources = fs.readdirSync(path.join(ROOT, 'client', 'src')).map((f) => read(`client/src/${f}`)).join('\n');
  const used = new Set<string>();
  for (const m of sources.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(m[1].replace(/\\'/g, "'"));
  const bundle = JSON.parse(read('l10n/bundle.l10n.vi.json')) as Record<string, string>;

  it('finds the strings the client shows', () => assert.ok(used.size >= 5, `only ${used.size} l10n.t strings found`));
  for (const s of used) {
    it(`has Vietnamese for "${s.slice(0, 60)}"`, () => {
      assert.ok(bundle[s], `l10n/bundle.l10n.vi.json lacks "${s}"`);
      const args = (x: string) => [...x.matchAll(/\{\d+\}/g)].map((a) => a[0]).sort().join();
      assert.strictEqual(args(bundle[s]), args(s), `the placeholders of "${s}" differ in Vietnamese`);
    });
  }
  it('keeps no entry the client does not use', () => {
    assert.deepStrictEqual(Object.keys(bundle).filter((k) => !used.has(k)), []);
  });

  const pkg = read('package.json');
  const en = JSON.parse(read('package.nls.json')) as Record<string, string>;
  const vi = JSON.parse(read('package.nls.vi.json')) as Record<string, string>;
  const keys = new Set([...pkg.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
  it('package.json is localized through package.nls*.json', () => {
    assert.ok(keys.size >= 10, `only ${keys.size} %keys% in package.json`);
    for (const k of keys) {
      assert.ok(en[k], `package.nls.json lacks ${k}`);
      assert.ok(vi[k], `package.nls.vi.json lacks ${k}`);
    }
    assert.deepStrictEqual(Object.keys(en).sort(), [...keys].sort(), 'package.nls.json has keys package.json does not use');
    assert.deepStrictEqual(Object.keys(vi).sort(), [...keys].sort(), 'package.nls.vi.json has keys package.json does not use');
  });
});
