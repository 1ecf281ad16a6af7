import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { SECTION, SETTINGS, toSettings } from '../../server/src/lsp/settings';
import { ARTICLE_LANGUAGE_ID, ClientCommands } from '../../server/src/lsp/protocol';
import { ROOT } from '../support/paths';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

describe('settings are declared once (server/src/lsp/settings.ts) and package.json agrees', () => {
  const properties = pkg.contributes.configuration.properties as Record<string, { type: string; default: unknown; enum?: string[] }>;

  it('package.json contributes exactly the declared settings', () => {
    assert.deepStrictEqual(Object.keys(properties).sort(), SETTINGS.map((s) => `${SECTION}.${s.key}`).sort());
  });

  for (const s of SETTINGS) {
    it(`${SECTION}.${s.key}: same type, default and values`, () => {
      const p = properties[`${SECTION}.${s.key}`];
      assert.ok(p, `package.json lacks ${SECTION}.${s.key}; expected ${JSON.stringify({ type: s.type, default: s.default, enum: s.enum })}`);
      assert.strictEqual(p.type, s.type);
      assert.deepStrictEqual(p.default, s.default);
      assert.deepStrictEqual(p.enum, s.enum);
    });
  }

  it('docs/settings.md documents every setting', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs', 'settings.md'), 'utf8');
    for (const s of SETTINGS) assert.ok(doc.includes(`${SECTION}.${s.key}`), `docs/settings.md lacks ${SECTION}.${s.key}`);
  });

  it('contributes the article language and the Check consistency command', () => {
    const language = pkg.contributes.languages.find((l: { id: string }) => l.id === ARTICLE_LANGUAGE_ID);
    assert.ok(language);
    // A file whose first line is a Communiqué marker is an article whatever its name.
    assert.ok(new RegExp(language.firstLine).test('% communique: date=2024-11-14'));
    assert.ok(!new RegExp(language.firstLine).test('Việt Nam và Peru'));
    assert.ok(pkg.contributes.commands.some((c: { command: string }) => c.command === ClientCommands.checkConsistency));
    assert.ok(pkg.activationEvents.includes(`onLanguage:${ARTICLE_LANGUAGE_ID}`));
  });

  it('reads nested and flat settings, and falls back to defaults on bad values', () => {
    const nested = toSettings({ articles: { include: ['news/**/*.txt'] }, inlayHints: { enabled: false }, severity: { 'figure.mismatch': 'error', x: 'loud' } });
    assert.deepStrictEqual(nested.include, ['news/**/*.txt']);
    assert.strictEqual(nested.inlayHints, false);
    assert.deepStrictEqual(nested.severity, { 'figure.mismatch': 'error' });
    const flat = toSettings({ 'articles.include': ['a/*.txt'], maxFileSize: -3, locale: 'fr' });
    assert.deepStrictEqual(flat.include, ['a/*.txt']);
    assert.strictEqual(flat.maxFileSize, 2000000);
    assert.strictEqual(flat.locale, 'auto');
  });
});
