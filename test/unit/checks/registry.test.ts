/**
 * The registry: every check has a stable dotted code, a default severity, descriptions in both
 * languages and examples; and every example is true — run through the whole core, the check
 * reports the examples marked `reported` and stays quiet on the others.
 */
import * as assert from 'assert';
import { CHECKS } from '../../../server/src/core/checks/index';
import { createWorkspace } from '../../../server/src/core/index';

describe('check registry', () => {
  it('codes are dotted, unique and in alphabetical order', () => {
    const codes = CHECKS.map((c) => c.code);
    for (const c of codes) assert.match(c, /^[a-z]+\.[a-z-]+$/);
    assert.deepStrictEqual(codes, [...new Set(codes)].sort());
  });

  it('every check has a severity, descriptions in English and Vietnamese, and examples', () => {
    for (const c of CHECKS) {
      assert.ok(['error', 'warning', 'information', 'hint'].includes(c.defaultSeverity), c.code);
      assert.ok(c.description.en.length > 20 && c.description.vi.length > 20, c.code);
      assert.ok(c.examples.length > 0, c.code);
    }
  });

  for (const check of CHECKS) {
    check.examples.forEach((ex, n) => {
      it(`${check.code} example ${n + 1} is ${ex.reported ? 'reported' : 'not reported'}: ${ex.note.en}`, () => {
        const ws = createWorkspace({ locale: 'en' });
        ex.texts.forEach((text, i) => ws.set({ uri: `example-${i + 1}.txt`, text: `Ví dụ\n\n${text}` }));
        const found = ws.all().flatMap((d) => d.findings.filter((f) => f.code === check.code).map((f) => `${d.uri}: ${f.message}`));
        assert.strictEqual(found.length > 0, ex.reported, found.join('\n') || 'no finding');
      });
    });
  }
});
