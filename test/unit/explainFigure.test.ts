/**
 * explainFigure: what the checks make of one figure, for hovers — its claim in words, or the
 * reason it is left alone. Read on the fixture corpora as the façade returns them (no subjects).
 */
import * as assert from 'assert';
import * as path from 'path';
import { createWorkspace, explainFigure, metricName, claimSubjectName } from '../../server/src/core/index';
import { FIXTURES, readText } from '../support/paths';

function analysis(dir: string, file: string) {
  const ws = createWorkspace({ locale: 'en' });
  ws.set({ uri: file, text: readText(path.join(FIXTURES, 'checks', 'corpus', dir, file)) });
  return ws.analysis(file)!;
}

function explain(dir: string, file: string, at: string) {
  const a = analysis(dir, file);
  const f = a.figures.find((g) => g.text === at);
  assert.ok(f, `no figure "${at}" in ${file}`);
  return explainFigure(a, f);
}

describe('explainFigure', () => {
  it('a rice export figure is a claim on rice exports, Việt Nam with the world, 2023', () => {
    const e = explain('frame-products', 'a.txt', '4,78 tỷ USD');
    assert.ok(e.claim);
    assert.strictEqual(e.silence, null);
    assert.strictEqual(metricName(e.claim.metric, 'en'), 'rice exports');
    assert.strictEqual(claimSubjectName(e.claim.metric, e.claim.subject, 'en'), 'Vietnam');
    assert.strictEqual(e.claim.period, '2023');
  });

  it('money spent on importing goods is an import of those goods; money worth of exports is exports', () => {
    const coal = explain('english-spent-on-importing', 'a.txt', 'US$2.6 billion');
    assert.ok(coal.claim);
    assert.strictEqual(metricName(coal.claim.metric, 'en'), 'coal imports');
    assert.strictEqual(coal.claim.period, '2023-01/2023-07');
    assert.strictEqual(explain('english-spent-on-importing', 'e.txt', 'US$77.2 million').frame?.indicator.value, 'export');
  });

  it('imports are shown in the direction goods move', () => {
    const e = explain('frame-lists', 'b.txt', '53,1 tỷ USD');
    assert.ok(e.claim);
    assert.strictEqual(claimSubjectName(e.claim.metric, e.claim.subject, 'en'), 'South Korea → Vietnam');
  });

  it('a target is left alone, and says so', () => {
    assert.strictEqual(explain('frame-status', 'b.txt', '130 tỷ USD').silence, 'plan');
  });

  it('a difference is left alone, and says so', () => {
    assert.strictEqual(explain('frame-periods', 'a.txt', '500 triệu USD').silence, 'difference');
  });
});
