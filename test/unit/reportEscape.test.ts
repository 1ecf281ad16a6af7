/**
 * File names are not trusted (issue #15): a name with HTML, Markdown links, a `command:` link or a
 * newline must reach every output format as text, escaped at the one place that writes it.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createWorkspace, type DocumentAnalysis } from '../../server/src/core/index';
import { renderMarkdownReport, renderSarif, renderText } from '../../server/src/core/report/index';
import { mdLinkTarget, mdText, plainLine, safeMarkdown } from '../../server/src/core/report/escape';
import { SAMPLES } from '../support/paths';

const HOSTILE = '<img src=x onerror=alert(1)>[click](command:workbench.action.terminal.new)\n# heading';

/** The samples (which disagree on purpose), each under a hostile name. */
function hostileCorpus(): DocumentAnalysis[] {
  const ws = createWorkspace({ locale: 'en' });
  const files = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt'));
  const uris = files.map((f, i) => `/tmp/x/${HOSTILE} ${i} ${f}`);
  files.forEach((f, i) => ws.set({ uri: uris[i], text: fs.readFileSync(path.join(SAMPLES, f), 'utf8') }));
  return uris.map((u) => ws.analysis(u)!);
}

/** No raw HTML, no link to a command, no line begun by the part of a name after its newline. */
function assertInert(markdown: string, where: string) {
  assert.doesNotMatch(markdown, /(?<!\\)<img/, `${where}: raw HTML`);
  assert.doesNotMatch(markdown, /(?<!\\)\]\(command:/, `${where}: a command link`);
  assert.doesNotMatch(markdown, /^# heading/m, `${where}: a name split a line`);
}

describe('report: file names are escaped in every format', () => {
  const docs = hostileCorpus();
  const withDetail = docs.flatMap((d) => d.findings).filter((f) => f.detail && f.detail.includes('onerror'));

  it('the corpus has findings whose detail quotes a hostile name', () => {
    assert.ok(withDetail.length > 0);
  });

  it('text: one line per finding, the newline in a name shown as \\n', () => {
    const text = renderText(docs, { locale: 'en' });
    assert.doesNotMatch(text, /^# heading/m);
    assert.match(text, /\\n# heading/);
  });

  it('Markdown report: names, details and links stay text', () => {
    assertInert(renderMarkdownReport(docs, { locale: 'en' }), 'report');
  });

  it('SARIF: the Markdown message stays text and every location is a valid URI reference', () => {
    const sarif = renderSarif(docs, { locale: 'en', cwd: '/tmp' }) as { runs: { results: { message: { markdown?: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const results = sarif.runs[0].results;
    assert.ok(results.some((r) => r.message.markdown?.includes('onerror')));
    for (const r of results) {
      if (r.message.markdown) assertInert(r.message.markdown, 'sarif');
      for (const l of r.locations) assert.match(l.physicalLocation.artifactLocation.uri, /^[A-Za-z0-9\-._~:/?#%&=+,;@!$'*()]+$/);
    }
  });

  const ESCAPES: [string, (s: string) => string, string, string][] = [
    ['plainLine', plainLine, 'a\nb\r\tc\u001b[31m', 'a\\nb\\r\\tc\\u001b[31m'],
    ['mdText', mdText, '[x](command:y) <b>', '\\[x\\]\\(command:y\\) \\<b\\>'],
    ['mdLinkTarget', mdLinkTarget, 'file:///a/b (1)[x].txt', 'file:///a/b%20%281%29%5Bx%5D.txt'],
    ['mdLinkTarget', mdLinkTarget, 'command:evil', './command:evil'],
    ['safeMarkdown', safeMarkdown, '- 1 (`<b>`) — a<b>[c](command:d).txt', '- 1 (`<b>`) — a&lt;b>\\[c\\](command:d).txt'],
    ['safeMarkdown', safeMarkdown, 'kept \\[escape\\] and ``code ` span`` and `open', 'kept \\[escape\\] and ``code ` span`` and \\`open'],
  ];
  for (const [name, f, input, expected] of ESCAPES) {
    it(`${name}(${JSON.stringify(input)})`, () => assert.strictEqual(f(input), expected));
  }
});
