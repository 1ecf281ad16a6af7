/**
 * The report renderers on findings of hand-built analyses: text lines with 1-based positions
 * computed from the text, the JSON shape, SARIF validated against the 2.1.0 schema, and the
 * Markdown report's counts and links.
 */
import * as assert from 'assert';
import * as path from 'path';
import * as fs from 'fs';
import Ajv from 'ajv';
import { FIXTURES, ROOT, offsetOf } from '../../support/paths';
import { loadCases, runCase } from './support';
import { renderJson, renderMarkdownReport, renderSarif, renderText } from '../../../server/src/core/report/index';
import { CHECKS } from '../../../server/src/core/checks/index';
import type { DocumentAnalysis } from '../../../server/src/core/types';

const cases = new Map(loadCases(path.join(FIXTURES, 'checks', 'unit')).map((c) => [c.name, c.data]));

/** Two cases merged into one workspace under /work/articles, with a CRLF text to test lines. */
function workspace(): DocumentAnalysis[] {
  const a = runCase(cases.get('mismatch-same-year')!).docs;
  const b = runCase(cases.get('undated')!).docs;
  const docs = [
    ...a.map((d) => ({ ...d, uri: `/work/articles/mismatch/${d.uri}` })),
    ...b.map((d) => ({ ...d, uri: `/work/articles/undated/${d.uri}` })),
  ];
  for (const d of docs) {
    const dir = d.uri.replace(/\/[^/]+$/, '/');
    d.findings = d.findings.map((f) => ({ ...f, related: f.related.map((r) => ({ ...r, uri: dir + r.uri })) }));
  }
  return docs;
}

/** 1-based line and column of a substring, counted independently of the renderer. */
function lineCol(text: string, needle: string): string {
  const at = offsetOf(text, needle);
  const before = text.slice(0, at).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

describe('report renderers', () => {
  const docs = workspace();
  const opts = { locale: 'en' as const, cwd: '/work/articles' };
  const mismatchA = docs.find((d) => d.uri.endsWith('mismatch/a.txt'))!;
  const undatedB = docs.find((d) => d.uri.endsWith('undated/b.txt'))!;

  it('text: path:line:col severity code message, related indented, a summary line', () => {
    const text = renderText(docs, opts);
    const lines = text.trimEnd().split('\n');
    assert.ok(
      lines.includes(`mismatch/a.txt:${lineCol(mismatchA.text, '2,1 tỷ USD')} warning figure.mismatch ${mismatchA.findings[0].message}`),
      text,
    );
    assert.ok(lines.includes(`    undated/b.txt:${lineCol(undatedB.text, '486 triệu USD')} 486 million USD — 2023`), text);
    assert.strictEqual(lines[lines.length - 1], '3 findings (2 warnings, 1 information) in 4 files.');
  });

  it('text: Vietnamese summary, and a clean workspace says so', () => {
    assert.ok(renderText(docs, { locale: 'vi', cwd: '/work/articles' }).endsWith('3 phát hiện (2 cảnh báo, 1 thông tin) trong 4 tệp.\n'));
    const clean = runCase(cases.get('lookalike-time-series')!).docs;
    assert.strictEqual(renderText(clean, opts), 'No findings in 2 files.\n');
  });

  it('json: findings with path, positions and related locations; a summary', () => {
    const json = renderJson(docs, opts) as any;
    assert.strictEqual(json.version, 1);
    const f = json.findings.find((x: any) => x.code === 'figure.undated');
    const [line, column] = lineCol(docs.find((d) => d.uri.endsWith('undated/a.txt'))!.text, '600 triệu USD').split(':').map(Number);
    assert.deepStrictEqual([f.path, f.line, f.column, f.severity], ['undated/a.txt', line, column, 'information']);
    assert.deepStrictEqual(f.related.map((r: any) => r.path), ['undated/b.txt', 'undated/b.txt']);
    assert.deepStrictEqual(json.summary.byCode, { 'figure.mismatch': 2, 'figure.undated': 1 });
    assert.strictEqual(json.summary.findings, 3);
  });

  it('sarif: valid against the SARIF 2.1.0 schema', function () {
    // Compiling the large schema takes about a second, more on a loaded machine.
    this.timeout(20_000);
    const schemaPath = path.join(ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');
    // The schema's language pattern is not valid under the `u` flag, hence unicodeRegExp: false.
    // The file declares draft-04 (`$schema`, `id`), whose keywords it uses are draft-07's too.
    const { $schema: _draft, id, ...schema } = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
    schema.$id = id;
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false });
    const validate = ajv.compile(schema);
    const sarif = renderSarif(docs, opts);
    assert.ok(validate(sarif), JSON.stringify(validate.errors, null, 2));
    // The schema rejects a wrong type; make sure the validator is not vacuous.
    assert.strictEqual(validate({ ...(sarif as object), version: 2 }), false);
  });

  it('sarif: rules from the registry, regions and related locations', () => {
    const sarif = renderSarif(docs, opts) as any;
    const run = sarif.runs[0];
    assert.deepStrictEqual(run.tool.driver.rules.map((r: any) => r.id), CHECKS.map((c) => c.code));
    const rule = run.tool.driver.rules.find((r: any) => r.id === 'figure.mismatch');
    assert.strictEqual(rule.shortDescription.text, CHECKS.find((c) => c.code === 'figure.mismatch')!.description.en);
    const res = run.results.find((r: any) => r.ruleId === 'figure.mismatch' && r.locations[0].physicalLocation.artifactLocation.uri === 'mismatch/a.txt');
    const region = res.locations[0].physicalLocation.region;
    const [line, column] = lineCol(mismatchA.text, '2,1 tỷ USD').split(':').map(Number);
    assert.deepStrictEqual(
      [region.startLine, region.startColumn, region.endColumn, region.charOffset, region.charLength],
      [line, column, column + '2,1 tỷ USD'.length, offsetOf(mismatchA.text, '2,1 tỷ USD'), '2,1 tỷ USD'.length],
    );
    assert.strictEqual(res.level, 'warning');
    assert.strictEqual(res.relatedLocations[0].physicalLocation.artifactLocation.uri, 'mismatch/b.txt');
    assert.strictEqual(run.results.find((r: any) => r.ruleId === 'figure.undated').level, 'note');
    // Relative paths resolve against the working directory.
    assert.strictEqual(res.locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.deepStrictEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: 'file:///work/articles/' } });
  });

  it('markdown: counts per code, each issue once with its reasoning and links', () => {
    const md = renderMarkdownReport(docs, opts);
    assert.ok(md.startsWith('# Consistency report\n'), md);
    // The mismatch is one issue carried by two articles.
    assert.ok(md.includes('| `figure.mismatch` | warning | 1 | 2 |'), md);
    assert.ok(md.includes('| `figure.undated` | information | 1 | 1 |'), md);
    assert.strictEqual(md.split('\n### ').length - 1, 2, md);
    assert.ok(md.includes('The same issue is reported at 2 locations.'), md);
    // Warnings come before information.
    assert.ok(md.indexOf('## `figure.mismatch`') < md.indexOf('## `figure.undated`'));
    const [line, column] = lineCol(undatedB.text, '486 triệu USD').split(':');
    assert.ok(md.includes(`- [undated/b.txt:${line}:${column}](/work/articles/undated/b.txt#L${line},${column}) — 486 million USD — 2023`), md);
    assert.ok(md.includes('It most likely refers to **2022**'), md);
  });

  it('positions count UTF-16 code units and CRLF line ends', () => {
    const d = runCase({
      description: 'crlf',
      documents: [
        { uri: 'x.txt', text: 'Tiêu đề\r\n\r\nDòng 😀 có số 30,000km.', figures: [{ at: '30,000km', value: 30000, unit: 'km', kind: 'measure', readings: [{ value: 30000, unit: 'km', explanation: 'thousands' }, { value: 30, unit: 'km', explanation: 'decimal' }] }] },
      ],
      expected: [],
    }).docs;
    const json = renderJson(d, { locale: 'en' }) as any;
    const col = 'Dòng 😀 có số '.length + 1;
    assert.deepStrictEqual([json.findings[0].line, json.findings[0].column], [3, col]);
  });
});
