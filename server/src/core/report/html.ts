/**
 * The report as one HTML page: the editor's report panel (a webview) and the self-contained HTML
 * export are the same page. Pure: a function of the report model and a few options.
 *
 * Safety, because articles are text from the web: every string from the model is escaped
 * (`escapeXml`); the Content-Security-Policy allows no source but the page's own nonce (no remote
 * or inline script, no inline style attribute, no image but `data:`); links are `file:` URIs or
 * `#`, and in the panel a click on one is only a message to the extension, which opens the
 * location if it is one of the indexed articles. Theme: colours are VS Code's theme variables,
 * with light and dark fallbacks for a page opened in a browser.
 */
import type { MessageLocale, Severity } from '../types';
import type { ReportEntity, ReportIssue, ReportLocation, ReportModel } from './model';
import { escapeXml, locationHref } from './htmlEscape';
import { seriesChart } from './svg';
import { SEVERITY_ORDER, reportWords } from './words';

export interface HtmlOptions {
  /** A fresh random value per page: the one script and the one stylesheet carry it. */
  nonce: string;
  /** `panel`: the editor's webview (clicks become messages); `file`: a page that stands alone. */
  mode: 'panel' | 'file';
  /** The webview's own source for the CSP (`webview.cspSource`), panel only. */
  cspSource?: string;
}

const esc = escapeXml;

export function renderHtmlReport(model: ReportModel, opts: HtmlOptions): string {
  const w = reportWords(model.locale);
  const body: string[] = [];
  body.push(`<header><h1>${esc(w.title)}</h1>`);
  body.push(`<p class="lede">${esc(w.lede(model.summary.findings, model.summary.issues, model.summary.articles))}</p>`);
  body.push(summaryCards(model));
  body.push('</header>');
  body.push(`<nav class="toc"><a href="#findings">${esc(w.sectionFindings)}</a> · <a href="#series">${esc(w.sectionSeries)}</a> · <a href="#entities">${esc(w.sectionEntities)}</a></nav>`);
  body.push(findingsSection(model));
  body.push(seriesSection(model));
  body.push(entitiesSection(model));
  return page(model.locale, w.title, body.join('\n'), opts);
}

/** The page the panel shows while the workspace is indexed. */
export function renderProgressHtml(locale: MessageLocale, done: number, total: number, opts: HtmlOptions): string {
  const w = reportWords(locale);
  const pct = total ? Math.round((done / total) * 100) : 0;
  const body = `<header><h1>${esc(w.title)}</h1><p class="lede">${esc(w.indexing)}</p>
<progress max="100" value="${pct}"></progress><p class="muted">${esc(total ? w.indexingProgress(done, total) : '')}</p></header>`;
  return page(locale, w.title, body, opts);
}

function page(locale: MessageLocale, title: string, body: string, opts: HtmlOptions): string {
  const nonce = esc(opts.nonce);
  const src = opts.mode === 'panel' && opts.cspSource ? ` ${opts.cspSource}` : '';
  const script = opts.mode === 'panel' ? `script-src 'nonce-${nonce}';` : '';
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; ${script} img-src data:${src}; font-src${src || " 'none'"};`;
  return [
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(csp.replace(/\s+/g, ' ').trim())}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style nonce="${nonce}">${STYLE}</style>`,
    '</head>',
    `<body class="mode-${opts.mode}">`,
    body,
    opts.mode === 'panel' ? `<script nonce="${nonce}">${PANEL_SCRIPT}</script>` : '',
    '</body>',
    '</html>',
  ].join('\n');
}

function summaryCards(model: ReportModel): string {
  const w = reportWords(model.locale);
  const s = model.summary;
  const card = (cls: string, n: number, label: string, href?: string) =>
    `<${href ? `a href="${href}"` : 'div'} class="card ${cls}"><span class="n">${n}</span><span class="label">${esc(label)}</span></${href ? 'a' : 'div'}>`;
  const cards = [card('articles', s.articles, w.articles(s.articles))];
  for (const sev of SEVERITY_ORDER) if (s.bySeverity[sev]) cards.push(card(`sev-${sev}`, s.bySeverity[sev], w.severities[sev], '#findings'));
  if (!s.findings) cards.push(card('ok', 0, w.findings(0)));
  cards.push(card(s.conflicts ? 'sev-warning' : 'plain', s.conflicts, w.conflictingValues(s.conflicts), '#series'));
  cards.push(card('plain', s.series, w.series(s.series), '#series'));
  cards.push(card('plain', s.entities, w.entities(s.entities), '#entities'));
  return `<div class="cards">${cards.join('')}</div>`;
}

function locLink(at: ReportLocation, label?: string): string {
  return `<a class="loc" href="${esc(locationHref(at))}" data-uri="${esc(at.uri)}" data-line="${at.line}" data-column="${at.column}" data-end-line="${at.endLine}" data-end-column="${at.endColumn}">${esc(label ?? `${at.path}:${at.line}:${at.column}`)}</a>`;
}

function badge(sev: Severity, locale: MessageLocale): string {
  return `<span class="badge sev-${sev}">${esc(reportWords(locale).severity[sev])}</span>`;
}

function findingsSection(model: ReportModel): string {
  const w = reportWords(model.locale);
  const out = [`<section id="findings"><h2>${esc(w.sectionFindings)}</h2>`];
  if (!model.groups.length) out.push(`<p class="muted">${esc(w.noFindings)}</p>`);
  for (const g of model.groups) {
    out.push(`<details class="group" id="g-${esc(g.code)}" open><summary>${badge(g.severity, model.locale)} <span class="gtitle">${esc(g.title)}</span> <span class="count">${g.issues.length}</span> <code class="code">${esc(g.code)}</code></summary>`);
    for (const i of g.issues) out.push(issueHtml(i, model.locale));
    out.push('</details>');
  }
  out.push('</section>');
  return out.join('\n');
}

function issueHtml(i: ReportIssue, locale: MessageLocale): string {
  const w = reportWords(locale);
  const out = [`<article class="issue sev-${i.severity}">`];
  out.push(`<p class="msg">${locLink(i.at)} ${esc(i.message)}</p>`);
  out.push(`<blockquote class="excerpt">${markExcerpt(i.excerpt, i.text)}</blockquote>`);
  if (i.detail) out.push(`<div class="detail">${markdownToHtml(i.detail)}</div>`);
  if (i.related.length) {
    out.push(`<p class="rel-title">${esc(w.related)}</p><ul class="related">`);
    for (const r of i.related) out.push(`<li>${locLink(r.at)} — ${esc(r.message)}</li>`);
    out.push('</ul>');
  }
  if (i.findings > 1) out.push(`<p class="muted">${esc(w.reportedAt(i.findings))}</p>`);
  out.push('</article>');
  return out.join('\n');
}

/** The excerpt with the finding's words marked (both escaped). */
function markExcerpt(excerpt: string, text: string): string {
  const needle = text.replace(/\s+/g, ' ').trim();
  const at = needle ? excerpt.indexOf(needle) : -1;
  if (at < 0) return esc(excerpt);
  return `${esc(excerpt.slice(0, at))}<mark>${esc(needle)}</mark>${esc(excerpt.slice(at + needle.length))}`;
}

/**
 * The few Markdown forms the checks write in a finding's reasoning — paragraphs, `- ` lists,
 * code spans, `**strong**` — as HTML. The text is escaped first; only these tags are added.
 */
export function markdownToHtml(md: string): string {
  const inline = (s: string) =>
    esc(s)
      .replace(/`([^`]+)`/g, (_m, c: string) => `<code>${c}</code>`)
      .replace(/\*\*([^*]+)\*\*/g, (_m, c: string) => `<strong>${c}</strong>`)
      .replace(/\\([!-/:-@[-`{-~])/g, '$1');
  const out: string[] = [];
  let list: string[] | null = null;
  const flush = () => {
    if (list) out.push(`<ul>${list.map((x) => `<li>${x}</li>`).join('')}</ul>`);
    list = null;
  };
  for (const para of md.split(/\n{2,}/)) {
    for (const line of para.split('\n')) {
      const item = /^\s*[-*]\s+(.*)$/.exec(line);
      if (item) {
        (list ??= []).push(inline(item[1]));
        continue;
      }
      flush();
      if (line.trim()) out.push(`<p>${inline(line)}</p>`);
    }
    flush();
  }
  return out.join('');
}

function seriesSection(model: ReportModel): string {
  const w = reportWords(model.locale);
  const out = [`<section id="series"><h2>${esc(w.sectionSeries)}</h2>`];
  if (!model.series.length) out.push(`<p class="muted">${esc(w.noSeries)}</p>`);
  else {
    out.push(
      `<p class="legend"><span class="key conflict"></span>${esc(w.legendConflict)} <span class="key undated"></span>${esc(w.legendUndated)} <span class="key range"></span>${esc(w.legendRange)}</p>`,
    );
  }
  for (const s of model.series) {
    out.push(`<figure class="series" id="${esc(seriesAnchor(s.key))}"><figcaption><strong>${esc(s.title)}</strong> <span class="muted">${esc(w.values(s.points.length, s.conflicts))}</span></figcaption>`);
    out.push(seriesChart(s, model.locale));
    out.push('</figure>');
  }
  out.push('</section>');
  return out.join('\n');
}

/** The page anchor of a series (a hover links to it through the report command). */
export function seriesAnchor(key: string): string {
  return `s-${encodeURIComponent(key).replace(/%/g, '_')}`;
}

function entitiesSection(model: ReportModel): string {
  const w = reportWords(model.locale);
  const out = [`<section id="entities"><h2>${esc(w.sectionEntities)}</h2>`];
  for (const type of ['person', 'organization', 'country', 'place'] as const) {
    const list = model.entities[type];
    if (!list.length) continue;
    out.push(`<h3>${esc(w[type])} <span class="count">${list.length}</span></h3>`);
    out.push(`<table class="entities"><thead><tr><th>${esc(w.name)}</th>${type === 'person' ? `<th>${esc(w.roles)}</th>` : ''}<th class="num">${esc(w.mentions)}</th><th class="num">${esc(w.inArticles)}</th></tr></thead><tbody>`);
    for (const e of list) out.push(entityRow(e, type === 'person', model.locale));
    out.push('</tbody></table>');
  }
  out.push('</section>');
  return out.join('\n');
}

function entityRow(e: ReportEntity, roles: boolean, locale: MessageLocale): string {
  const w = reportWords(locale);
  const name = `${locLink(e.at, e.name)}${e.aka.length ? ` <span class="muted">(${esc(e.aka.join(', '))})</span>` : ''}`;
  const roleCell = roles
    ? `<td>${e.roles
        .map((r) => `${esc(r.label)}${r.from || r.to ? ` <span class="muted">${esc([r.from ? `${w.since} ${r.from}` : '', r.to ? `${w.until} ${r.to}` : ''].filter(Boolean).join(' '))}</span>` : ''}`)
        .join('<br>')}</td>`
    : '';
  return `<tr><td>${name}</td>${roleCell}<td class="num">${e.mentions}</td><td class="num">${e.articles}</td></tr>`;
}

/**
 * The panel's one script: a click on a location link is a message to the extension (which checks
 * it), the scroll position survives the panel being hidden.
 */
const PANEL_SCRIPT = `(function () {
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', function (e) {
    const a = e.target && e.target.closest ? e.target.closest('a.loc') : null;
    if (!a) return;
    e.preventDefault();
    const n = function (k) { return Number(a.getAttribute(k)); };
    vscode.postMessage({ type: 'open', uri: a.getAttribute('data-uri'), line: n('data-line'), column: n('data-column'), endLine: n('data-end-line'), endColumn: n('data-end-column') });
  });
  // The extension asks to show a part of the report (a hover's link to a series).
  window.addEventListener('message', function (e) {
    const m = e.data;
    if (!m || m.type !== 'reveal' || typeof m.id !== 'string') return;
    const el = document.getElementById(m.id);
    if (el) { el.scrollIntoView({ block: 'start' }); el.classList.add('revealed'); }
  });
  const state = vscode.getState();
  if (state && typeof state.scrollY === 'number') window.scrollTo(0, state.scrollY);
  let t;
  window.addEventListener('scroll', function () { clearTimeout(t); t = setTimeout(function () { vscode.setState({ scrollY: window.scrollY }); }, 100); });
})();`;

const STYLE = `
:root {
  --fg: var(--vscode-editor-foreground, #1f2328);
  --bg: var(--vscode-editor-background, #ffffff);
  --muted: var(--vscode-descriptionForeground, #59636e);
  --border: var(--vscode-panel-border, #d1d9e0);
  --link: var(--vscode-textLink-foreground, #0969da);
  --card: var(--vscode-editorWidget-background, #f6f8fa);
  --error: var(--vscode-editorError-foreground, #cf222e);
  --warning: var(--vscode-editorWarning-foreground, #9a6700);
  --info: var(--vscode-editorInfo-foreground, #0969da);
  --hint: var(--vscode-descriptionForeground, #59636e);
  --accent: var(--vscode-charts-blue, #0969da);
  --mark: var(--vscode-editor-findMatchHighlightBackground, #fff8c5);
  --font: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", sans-serif);
}
@media (prefers-color-scheme: dark) {
  body.mode-file {
    --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --border: #3d444d; --link: #4493f8; --card: #151b23;
    --error: #f85149; --warning: #d29922; --info: #4493f8; --hint: #9198a1; --accent: #4493f8; --mark: #bb800926;
  }
}
body { font-family: var(--font); color: var(--fg); background: var(--bg); margin: 0 auto; padding: 12px 24px 48px; max-width: 1100px; line-height: 1.45; }
h1 { font-size: 1.6em; margin: 0.4em 0 0.2em; font-weight: 600; }
h2 { font-size: 1.25em; margin: 1.6em 0 0.6em; padding-bottom: 0.3em; border-bottom: 1px solid var(--border); font-weight: 600; }
h3 { font-size: 1.05em; margin: 1.2em 0 0.4em; }
a { color: var(--link); text-decoration: none; }
a:hover, a:focus { text-decoration: underline; }
a:focus-visible { outline: 1px solid var(--vscode-focusBorder, var(--link)); outline-offset: 1px; }
.lede { font-size: 1.1em; margin: 0 0 0.8em; }
.muted { color: var(--muted); }
.cards { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0 4px; }
.card { display: flex; flex-direction: column; min-width: 104px; padding: 8px 12px; border: 1px solid var(--border); border-radius: 6px; background: var(--card); color: var(--fg); }
.card .n { font-size: 1.6em; font-weight: 600; line-height: 1.1; }
.card .label { color: var(--muted); font-size: 0.9em; }
.card.sev-error .n { color: var(--error); } .card.sev-warning .n { color: var(--warning); }
.card.sev-information .n { color: var(--info); } .card.sev-hint .n { color: var(--hint); }
.toc { margin: 12px 0; color: var(--muted); }
.badge { display: inline-block; font-size: 0.78em; padding: 0 6px; border-radius: 9px; border: 1px solid currentColor; vertical-align: 1px; }
.sev-error.badge { color: var(--error); } .sev-warning.badge { color: var(--warning); }
.sev-information.badge { color: var(--info); } .sev-hint.badge { color: var(--hint); }
details.group { border: 1px solid var(--border); border-radius: 6px; margin: 10px 0; padding: 0 12px; }
details.group > summary { cursor: pointer; padding: 8px 0; font-weight: 600; }
.count { display: inline-block; min-width: 1.4em; text-align: center; font-size: 0.8em; padding: 0 6px; border-radius: 9px; background: var(--vscode-badge-background, #e6eaef); color: var(--vscode-badge-foreground, var(--fg)); }
code, .code { font-family: var(--vscode-editor-font-family, ui-monospace, monospace); font-size: 0.9em; }
summary .code { color: var(--muted); font-weight: normal; }
.issue { border-top: 1px solid var(--border); padding: 8px 0 10px; }
.issue .msg { margin: 0 0 4px; font-weight: 600; }
.issue.sev-error { border-left: 3px solid var(--error); padding-left: 8px; }
.issue.sev-warning { border-left: 3px solid var(--warning); padding-left: 8px; }
.issue.sev-information { border-left: 3px solid var(--info); padding-left: 8px; }
.issue.sev-hint { border-left: 3px solid var(--hint); padding-left: 8px; }
blockquote.excerpt { margin: 4px 0; padding: 2px 10px; border-left: 3px solid var(--border); color: var(--muted); }
mark { background: var(--mark); color: inherit; padding: 0 1px; }
.detail p { margin: 4px 0; } .detail ul { margin: 4px 0; padding-left: 20px; }
.rel-title { margin: 6px 0 2px; color: var(--muted); font-size: 0.9em; }
ul.related { margin: 0; padding-left: 20px; }
figure.series { margin: 14px 0 22px; }
figcaption { margin-bottom: 4px; }
svg.chart { max-width: 100%; height: auto; overflow: visible; font-family: var(--font); }
svg .grid { stroke: var(--border); stroke-width: 1; }
svg .axis { stroke: var(--muted); stroke-width: 1; }
svg .tick, svg .period { fill: var(--muted); font-size: 11px; }
svg .period.undated { font-style: italic; }
svg .trend { fill: none; stroke: var(--accent); stroke-width: 1.5; stroke-dasharray: 4 3; opacity: 0.7; }
svg .pt { fill: var(--accent); stroke: var(--bg); stroke-width: 1.5; }
svg .pt.undated { fill: var(--bg); stroke: var(--muted); stroke-width: 2; }
svg .pt.conflict { fill: var(--error); }
svg .ring { fill: none; stroke: var(--error); stroke-width: 1.5; }
svg .range { stroke: var(--accent); stroke-width: 3; opacity: 0.35; stroke-linecap: round; }
svg a.loc { cursor: pointer; }
svg a.loc:hover .pt, svg a.loc:focus .pt { stroke: var(--fg); stroke-width: 2; }
.legend { color: var(--muted); font-size: 0.9em; }
figure.series.revealed figcaption { outline: 1px solid var(--vscode-focusBorder, var(--link)); outline-offset: 2px; }
.legend .key { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin: 0 4px 0 12px; vertical-align: -1px; }
.legend .key.conflict { background: var(--error); }
.legend .key.undated { border: 2px solid var(--muted); width: 7px; height: 7px; }
.legend .key.range { background: var(--accent); opacity: 0.35; border-radius: 2px; width: 4px; height: 12px; }
table.entities { border-collapse: collapse; width: 100%; margin-bottom: 8px; }
table.entities th, table.entities td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--border); vertical-align: top; }
table.entities th { color: var(--muted); font-weight: 600; font-size: 0.9em; }
.num { text-align: right !important; width: 6em; }
progress { width: 100%; max-width: 420px; }
body.vscode-high-contrast .card, body.vscode-high-contrast details.group { border-color: var(--vscode-contrastBorder, var(--border)); }
body.vscode-high-contrast svg .pt { stroke: var(--fg); }
`;
