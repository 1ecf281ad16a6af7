#!/usr/bin/env node
// Browser tier: the packaged extension (.vsix) installed into code-server, driven as a person would in
// headless Chromium: open an article through Quick Open, check the language mode, move the mouse over an
// entity and read the hover card, look for the finding in the Problems panel and squiggles, list the
// outline with Go to Symbol, open the report panel from the status bar, read its summary and chart,
// click a location in it, and check that an article written to attack the page (HTML, script,
// `command:` links, a file name that is markup) runs nothing and renders no markup in the real
// webview. The workspace is a copy of the samples plus that article. Screenshots go to artifacts/:
// browser-hover.png, browser-squiggle.png, browser-problems.png, browser-outline.png,
// browser-report.png, browser-report-chart.png (browser-failure.png when the session breaks).
import * as fs from 'fs';
import * as path from 'path';
import { createRequire } from 'module';
import {
  ROOT, elapsed, installCleanup, killAll, requireInstalled, tempDir, startCodeServer, installVsix,
  launchBrowser, writeStats, writeUserSettings,
} from './lib/harness.mjs';
import { packageExtension } from '../../scripts/package.mjs';

const require = createRequire(import.meta.url);
const { current } = require('./expectations.cjs');
const e = current();
const ARTIFACTS = path.join(ROOT, 'artifacts');
const LANGUAGE_NAME = 'News article (Communiqué)';
const TOTAL_TIMEOUT_MS = Number(process.env.COMMUNIQUE_BROWSER_TIMEOUT_MS || 180000);
const t0 = Date.now();
const nbsp = (s) => s.replace(/\u00a0/g, ' ');
const HOSTILE_NAME = 'tin-<img src=x onerror=alert(1)>.txt';

const results = [];
async function step(name, fn) {
  const t = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ok     ${name} (${elapsed(t)})`);
  } catch (err) {
    // Playwright's messages carry ANSI colours and a long call log: keep the first lines, plain.
    const message = String(err.message).replace(/\x1b\[[0-9;]*m/g, '').split('\n').slice(0, 4).join('\n         ');
    results.push({ name, ok: false, error: message });
    console.log(`  FAILED ${name} (${elapsed(t)})\n         ${message}`);
  }
}

async function waitFor(probe, ms, what, every = 250) {
  const deadline = Date.now() + ms;
  let last;
  while (Date.now() < deadline) {
    last = await probe();
    if (last) return last;
    await new Promise((r) => setTimeout(r, every));
  }
  throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`);
}

/**
 * The screen rectangle of the first character of `needle` (its first occurrence after `after`) in the
 * editor's visible lines. Word wrap may split a name over two view lines, so the view lines are read
 * in screen order and searched as one text.
 */
function locateText(page, needle, after) {
  return page.evaluate(([needle, after]) => {
    const editor = document.querySelector('.editor-instance .monaco-editor') || document.querySelector('.monaco-editor');
    if (!editor) return null;
    const lines = [...editor.querySelectorAll('.view-lines .view-line')]
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    const nodes = [];
    let text = '';
    for (const line of lines) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push({ n, start: text.length }); text += n.data.replace(/\u00a0/g, ' '); }
    }
    const from = after ? text.indexOf(after) : 0;
    if (from < 0) return null;
    const at = text.indexOf(needle, from);
    if (at < 0) return null;
    const k = nodes.findLast((x) => x.start <= at);
    const range = document.createRange();
    range.setStart(k.n, at - k.start);
    range.setEnd(k.n, Math.min(at - k.start + 1, k.n.data.length));
    const r = range.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }, [needle, after || '']);
}

async function hoverText(page) {
  const el = page.locator('.monaco-hover:not(.hidden)').first();
  if (!(await el.count())) return '';
  return nbsp((await el.innerText().catch(() => '')) || '');
}

async function main() {
  requireInstalled();
  installCleanup();
  console.log(`browser: ${path.relative(ROOT, e.path)}`);
  // COMMUNIQUE_VSIX: test an already packaged extension instead of packaging the working tree.
  const vsix = process.env.COMMUNIQUE_VSIX ? path.resolve(process.env.COMMUNIQUE_VSIX) : packageExtension({ quiet: true });
  const state = tempDir('communique-browser-');
  const userDataDir = path.join(state, 'user-data');
  const extensionsDir = path.join(state, 'extensions');
  writeUserSettings(userDataDir, { 'editor.minimap.enabled': false, 'editor.hover.delay': 200 });
  installVsix(vsix, { userDataDir, extensionsDir, stateDir: state });
  console.log(`browser: installed ${path.relative(ROOT, vsix)} (${elapsed(t0)})`);
  const cs = await startCodeServer({ userDataDir, extensionsDir, stateDir: state, echo: !!process.env.COMMUNIQUE_DEBUG });
  console.log(`browser: code-server on ${cs.url} (${elapsed(t0)})`);
  // The samples and the hostile article, in a folder of this run (the article's name is markup).
  const folder = path.join(state, 'workspace');
  fs.cpSync(e.folder, folder, { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'test', 'fixtures', 'report', 'hostile', 'hostile.txt'), path.join(folder, HOSTILE_NAME));
  const { browser, page } = await launchBrowser({ viewport: { width: 1500, height: 950 } });
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss().catch(() => {}); });
  page.on('pageerror', (err) => { if (process.env.COMMUNIQUE_DEBUG) console.error(`[page error] ${err.message}`); });
  fs.mkdirSync(ARTIFACTS, { recursive: true });

  try {
    await page.goto(`${cs.url}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded', timeout: 60000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60000 });
    console.log(`browser: workbench ready (${elapsed(t0)})`);

    await step(`opens ${e.file} with the ${LANGUAGE_NAME} language mode`, async () => {
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ timeout: 15000 });
      await input.fill(e.file);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: e.file }).first().waitFor({ timeout: 15000 });
      await page.keyboard.press('Enter');
      await waitFor(async () => (await locateText(page, e.title.slice(0, 20))) !== null, 20000, 'the article text in the editor');
      const mode = page.locator('[id="status.editor.mode"]');
      await waitFor(async () => nbsp(await mode.innerText().catch(() => '')).includes(LANGUAGE_NAME), 20000,
        `status bar language "${LANGUAGE_NAME}" (shows "${nbsp(await mode.innerText().catch(() => '?'))}")`);
    });

    await step(`hovering "${e.hover.text}" shows its card`, async () => {
      let shown = '';
      await waitFor(async () => {
        const box = await locateText(page, e.hover.text, e.hover.after);
        if (!box) throw new Error(`"${e.hover.text}" is not visible in the editor`);
        // Move away, then back over the word in small steps, as a hand would.
        await page.mouse.move(box.x + box.width / 2, box.y + box.height * 6, { steps: 2 });
        await page.keyboard.press('Escape');
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 10 });
        const deadline = Date.now() + 3000;
        while (Date.now() < deadline) {
          shown = await hoverText(page);
          if (shown && e.hoverExpect.every((x) => shown.includes(x)) && !/Loading/.test(shown)) return true;
          await new Promise((r) => setTimeout(r, 200));
        }
        return false;
      }, 30000, `a hover card containing ${e.hoverExpect.map((x) => `"${x}"`).join(', ')}; last hover text: "${shown}"`, 0);
      await page.waitForTimeout(500); // let the hover's fade-in finish before the picture
      await page.screenshot({ path: path.join(ARTIFACTS, 'browser-hover.png') });
      console.log(`         hover: ${shown.replace(/\s+/g, ' ').slice(0, 160)}`);
    });

    await step(`the finding${e.diagnosticCodes.length ? `s ${e.diagnosticCodes.join(', ')}` : ''} show as squiggles and in Problems`, async () => {
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      const squiggle = page.locator('.monaco-editor .view-overlays [class*="squiggly-"]');
      const squiggles = await waitFor(async () => squiggle.count(), 20000, 'a squiggle in the editor');
      // Hover the squiggles of this article until every expected code has shown in a hover.
      const seen = new Set();
      for (let i = 0; i < Math.min(squiggles, 8) && !e.diagnosticCodes.every((c) => seen.has(c)); i++) {
        const box = await squiggle.nth(i).boundingBox();
        if (!box) continue;
        await page.mouse.move(box.x + box.width / 2, box.y - box.height * 4, { steps: 2 });
        await page.keyboard.press('Escape');
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 10 });
        const deadline = Date.now() + 3000;
        while (Date.now() < deadline) {
          const t = await hoverText(page);
          for (const c of e.diagnosticCodes) if (t.includes(c)) seen.add(c);
          if (e.diagnosticCodes.every((c) => seen.has(c)) && t) break;
          await new Promise((r) => setTimeout(r, 200));
        }
        if (seen.size) {
          await page.waitForTimeout(500); // let the hover's fade-in finish before the picture
          await page.screenshot({ path: path.join(ARTIFACTS, 'browser-squiggle.png') });
        }
      }
      const unseen = e.diagnosticCodes.filter((c) => !seen.has(c));
      if (unseen.length) throw new Error(`no squiggle of ${e.file} shows ${unseen.join(', ')} in its hover`);
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Shift+M');
      const panel = page.locator('.markers-panel');
      await panel.waitFor({ timeout: 15000 });
      const rows = await waitFor(async () => page.locator('.markers-panel .monaco-list-row').count(), 15000, 'rows in the Problems panel');
      const text = nbsp(await panel.innerText());
      if (!text.includes(e.file)) throw new Error(`Problems panel does not list ${e.file}:\n${text.slice(0, 800)}`);
      for (const code of e.diagnosticCodes) if (!text.includes(code)) throw new Error(`Problems panel lacks ${code}:\n${text.slice(0, 800)}`);
      console.log(`         ${squiggles} squiggle(s), ${rows} row(s) in Problems`);
      await page.screenshot({ path: path.join(ARTIFACTS, 'browser-problems.png') });
    });

    await step('Go to Symbol lists the article title', async () => {
      // Focus the editor by clicking into the title's text (the code lens above it takes clicks).
      const title = await locateText(page, e.title.slice(0, 20));
      if (!title) throw new Error('the title is not visible in the editor');
      await page.mouse.click(title.x + title.width / 2, title.y + title.height / 2);
      await page.keyboard.press('Control+Shift+O');
      const list = page.locator('.quick-input-widget .quick-input-list');
      await list.waitFor({ timeout: 15000 });
      const want = e.title.slice(0, 30);
      await waitFor(async () => nbsp(await list.innerText().catch(() => '')).includes(want), 20000, `"${want}…" among the symbols`);
      await page.screenshot({ path: path.join(ARTIFACTS, 'browser-outline.png') });
      await page.keyboard.press('Escape');
    });

    await step('the status bar item opens the report panel: summary, a chart, a link that opens its line', async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+J'); // The Problems panel closes: the report gets the height.
      const item = page.locator('.statusbar-item', { has: page.locator('[aria-label^="Communiqué:"]') }).or(page.locator('.statusbar-item[aria-label^="Communiqué:"]')).first();
      await item.waitFor({ timeout: 20000 });
      const label = nbsp((await item.getAttribute('aria-label').catch(() => null)) || (await item.innerText()));
      await item.click();
      const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      await frame.locator('.cards').waitFor({ timeout: 30000 });
      const summary = nbsp(await frame.locator('.cards').innerText());
      const charts = await frame.locator('svg.chart').count();
      if (!charts) throw new Error('no chart in the report');
      const points = await frame.locator('svg.chart a.loc').count();
      console.log(`         status bar: ${label.slice(0, 100)}; summary: ${summary.replace(/\s+/g, ' ')}; ${charts} chart(s), ${points} point(s)`);
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(ARTIFACTS, 'browser-report.png') });
      await frame.locator('svg.chart').first().scrollIntoViewIfNeeded();
      await page.waitForTimeout(200);
      await page.screenshot({ path: path.join(ARTIFACTS, 'browser-report-chart.png') });
      // A location link of the article under test: the editor opens it at that line and column.
      const link = frame.locator(`a.loc[data-uri$="${encodeURIComponent(e.file).replace(/"/g, '')}"]`).first();
      await link.waitFor({ timeout: 10000 });
      const line = await link.getAttribute('data-line');
      const column = await link.getAttribute('data-column');
      await link.click();
      const where = page.locator('[id="status.editor.selection"]');
      await waitFor(async () => nbsp(await where.innerText().catch(() => '')).startsWith(`Ln ${line}, Col ${column}`), 15000,
        `the cursor at Ln ${line}, Col ${column} (shows "${nbsp(await where.innerText().catch(() => '?'))}")`);
      const tab = nbsp(await page.locator('.tabs-container .tab.active').first().innerText().catch(() => ''));
      if (!tab.includes(e.file)) throw new Error(`the active tab is "${tab}", not ${e.file}`);
    });

    await step('an article full of HTML, script and command: links runs nothing and renders no markup in the report', async () => {
      const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      await frame.locator('.cards').waitFor({ timeout: 20000 });
      const probe = await frame.locator('body').evaluate((body) => {
        const doc = body.ownerDocument;
        return {
          pwned: typeof doc.defaultView.__pwned !== 'undefined',
          // VS Code adds its own script to the frame; ours is the one with a nonce. None may be the article's.
          scripts: [...doc.querySelectorAll('script')].filter((x) => x.src || /alert|__pwned/.test(x.textContent)).length,
          nonced: doc.querySelectorAll('script[nonce]').length,
          markup: doc.querySelectorAll('img, iframe, object, embed, form, input, b, body style, svg:not(.chart)').length,
          handlers: [...doc.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
          badLinks: [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((h) => !/^(#|file:)/.test(h)),
          text: body.innerText,
          display: doc.defaultView.getComputedStyle(body).display,
        };
      });
      const problems = [];
      if (probe.pwned) problems.push('a script of the article ran');
      if (dialogs.length) problems.push(`dialogs opened: ${dialogs.join(' | ')}`);
      if (probe.scripts) problems.push(`${probe.scripts} scripts of the article in the page`);
      if (probe.nonced !== 1) problems.push(`${probe.nonced} scripts with a nonce`);
      if (probe.markup) problems.push(`${probe.markup} elements of the article's markup rendered`);
      if (probe.handlers) problems.push(`${probe.handlers} elements with event handlers`);
      if (probe.badLinks.length) problems.push(`links: ${probe.badLinks.join(', ')}`);
      if (probe.display === 'none') problems.push("the article's stylesheet applied");
      for (const literal of ['<script>alert(1)</script>', 'command:workbench.action.terminal.new', '<img src=x onerror=alert(1)>']) {
        if (!nbsp(probe.text).includes(literal)) problems.push(`"${literal}" is not shown as text`);
      }
      if (problems.length) throw new Error(problems.join('; '));
    });
  } catch (err) {
    results.push({ name: 'browser session', ok: false, error: err.message });
    console.log(`  FAILED browser session: ${err.message}`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'browser-failure.png') }).catch(() => {});
  } finally {
    await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 3000))]);
  }
}

const guard = setTimeout(() => {
  console.error(`browser: timed out after ${TOTAL_TIMEOUT_MS / 1000} s`);
  results.push({ name: 'browser run within its time limit', ok: false });
  finish();
}, TOTAL_TIMEOUT_MS);

function finish() {
  clearTimeout(guard);
  killAll();
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed || (results.length ? 0 : 1);
  writeStats(passed, failed);
  console.log(`browser: ${passed} passed, ${failed} failed in ${elapsed(t0)}; screenshots in artifacts/`);
  process.exit(failed ? 1 : 0);
}

main().then(finish, (err) => {
  console.error(`browser: ${err && err.stack || err}`);
  results.push({ name: 'browser set-up', ok: false, error: String(err) });
  finish();
});
