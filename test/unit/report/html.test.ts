/**
 * The report page (panel and HTML export) over an article written to attack it: HTML, script,
 * event handlers, `command:` and `javascript:` links in its text, its names and its file name.
 * Every tag and attribute of the page must be one the renderer writes itself, every link a
 * `file:` URI or an anchor, the one script and the one stylesheet must carry the nonce, and the
 * Content-Security-Policy must allow nothing else. (test/e2e runs the same article in a real
 * webview and checks that nothing of it runs.)
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createWorkspace } from '../../../server/src/core/index';
import { buildReportModel } from '../../../server/src/core/report/model';
import { renderHtmlReport, renderProgressHtml } from '../../../server/src/core/report/html';
import { FIXTURES } from '../../support/paths';

const HOSTILE_DIR = path.join(FIXTURES, 'report', 'hostile');
/** The file name itself is markup: the uri encodes it, the page shows it decoded. */
const HOSTILE_NAME = 'tin-<img src=x onerror=alert(1)>.txt';

function corpus() {
  const ws = createWorkspace({ locale: 'vi' });
  const docs = fs.readdirSync(HOSTILE_DIR).filter((f) => f.endsWith('.txt'));
  for (const f of docs) {
    const name = f === 'hostile.txt' ? HOSTILE_NAME : f;
    ws.set({ uri: `file:///ws/${encodeURIComponent(name)}`, text: fs.readFileSync(path.join(HOSTILE_DIR, f), 'utf8') });
  }
  return ws;
}

const TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'h2', 'h3', 'p', 'div', 'span', 'a', 'nav', 'section', 'details', 'summary', 'code', 'article', 'blockquote', 'mark', 'ul', 'li', 'strong', 'figure', 'figcaption', 'svg', 'line', 'text', 'tspan', 'polyline', 'circle', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'br', 'script', 'progress']);
const ATTRIBUTES = new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'nonce', 'class', 'id', 'href', 'open', 'data-uri', 'data-line', 'data-column', 'data-end-line', 'data-end-column', 'aria-label', 'viewbox', 'width', 'height', 'role', 'xmlns', 'x1', 'x2', 'y1', 'y2', 'x', 'y', 'dy', 'text-anchor', 'points', 'cx', 'cy', 'r', 'max', 'value']);

interface Tag {
  name: string;
  attrs: [string, string][];
}

/** Every start tag of the page, with its attributes; throws on anything that does not parse. */
function tags(html: string): Tag[] {
  const out: Tag[] = [];
  for (const m of html.matchAll(/<(?!\/|!DOCTYPE)([^\s>]+)([^>]*)>/g)) {
    const attrs: [string, string][] = [];
    const rest = m[2].replace(/\/$/, '').replace(/\s([^\s="]+)(?:="([^"]*)")?/g, (_x, k: string, v: string | undefined) => {
      attrs.push([k.toLowerCase(), v ?? '']);
      return '';
    });
    assert.strictEqual(rest.trim(), '', `unparsed attribute text in <${m[1]}${m[2]}>`);
    out.push({ name: m[1].toLowerCase(), attrs });
  }
  return out;
}

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

describe('report page safety', () => {
  const ws = corpus();
  const model = buildReportModel(ws.all(), { locale: 'vi', entities: ws.entities() });
  const nonce = 'Tm9uY2VGb3JUZXN0cw==';
  const pages = {
    panel: renderHtmlReport(model, { nonce, mode: 'panel', cspSource: 'https://webview.example' }),
    file: renderHtmlReport(model, { nonce, mode: 'file' }),
    progress: renderProgressHtml('vi', 3, 7, { nonce, mode: 'panel', cspSource: 'https://webview.example' }),
  };

  it('the hostile corpus reaches the page (findings, a chart and names quote it)', () => {
    assert.ok(model.summary.findings > 0, 'no finding on the hostile corpus');
    assert.ok(model.series.length > 0, 'no series on the hostile corpus');
    assert.ok(model.articles.some((a) => a.path.includes('<img')), 'the file name is not in the model');
    assert.ok(pages.panel.includes('&lt;script&gt;'), 'the article text with <script> is not shown (escaped)');
    assert.ok(pages.panel.includes('command:workbench'), 'the command: link text is not shown as text');
  });

  for (const [mode, html] of Object.entries(pages)) {
    describe(`${mode} page`, () => {
      const all = tags(html);
      it('has only the tags and attributes the renderer writes', () => {
        for (const t of all) {
          assert.ok(TAGS.has(t.name), `unexpected tag <${t.name}>`);
          for (const [k] of t.attrs) assert.ok(ATTRIBUTES.has(k), `unexpected attribute ${k} on <${t.name}>`);
        }
      });
      it('links only to file: URIs and anchors', () => {
        for (const t of all) {
          for (const [k, v] of t.attrs) {
            if (k !== 'href') continue;
            const target = decode(v);
            assert.ok(/^(#[\w.%-]*|file:\/\/\/[^\s"'<>]*)$/.test(target), `link to ${target}`);
          }
        }
      });
      it('runs one script and one stylesheet, both with the nonce, under a strict CSP', () => {
        const scripts = all.filter((t) => t.name === 'script');
        const styles = all.filter((t) => t.name === 'style');
        assert.strictEqual(scripts.length, mode === 'file' ? 0 : 1, 'script count');
        for (const s of [...scripts, ...styles]) assert.deepStrictEqual(s.attrs, [['nonce', nonce]]);
        assert.strictEqual(styles.length, 1);
        const csp = all.find((t) => t.name === 'meta' && t.attrs.some(([k, v]) => k === 'http-equiv' && v === 'Content-Security-Policy'));
        assert.ok(csp, 'no CSP');
        const policy = decode(csp.attrs.find(([k]) => k === 'content')![1]);
        assert.match(policy, /default-src 'none'/);
        assert.match(policy, new RegExp(`style-src 'nonce-${nonce.replace(/[+/=]/g, '\\$&')}'`));
        if (mode !== 'file') assert.match(policy, new RegExp(`script-src 'nonce-${nonce.replace(/[+/=]/g, '\\$&')}'`));
        else assert.doesNotMatch(policy, /script-src/);
        assert.doesNotMatch(policy, /unsafe|\*|http:|https:(?!\/\/webview\.example)/);
      });
      it('no article text survives as markup', () => {
        // Outside the page's own script, no raw `<` of the article's markup (handlers and links
        // could only come as attributes, which the test above allows only from the renderer).
        const text = html.replace(/<script nonce="[^"]*">[\s\S]*?<\/script>/, '');
        assert.doesNotMatch(text, /<(img|iframe|object|embed|form|input|b |svg onload|script>|style>body)/i);
        assert.doesNotMatch(text, /<a [^>]*href="(command|javascript|data|vscode):/i);
      });
    });
  }
});
