/**
 * Vietnamese text comes as NFC or NFD: the checks say the same of both. Every written corpus is
 * checked twice, once as written (NFC) and once decomposed (NFD); the findings must be the same
 * codes, severities and messages, and each finding's span must hold the same text once composed.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createWorkspace } from '../../../server/src/core/index';
import { FIXTURES } from '../../support/paths';

const ROOT = path.join(FIXTURES, 'checks', 'corpus');

function findings(dir: string, form: 'NFC' | 'NFD'): string[] {
  const ws = createWorkspace({ locale: 'en' });
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
    ws.set({ uri: f, text: fs.readFileSync(path.join(dir, f), 'utf8').replace(/^\uFEFF/, '').normalize(form) });
  }
  return ws
    .all()
    .flatMap((d) => d.findings.map((x) => `${d.uri} ${x.code} ${x.severity} [${d.text.slice(x.start, x.end).normalize('NFC')}] ${x.message.normalize('NFC')}`))
    .sort();
}

describe('checks read NFC and NFD alike', () => {
  for (const name of fs.readdirSync(ROOT).filter((x) => fs.statSync(path.join(ROOT, x)).isDirectory())) {
    it(name, () => {
      const dir = path.join(ROOT, name);
      assert.deepStrictEqual(findings(dir, 'NFD'), findings(dir, 'NFC'));
    });
  }
});
