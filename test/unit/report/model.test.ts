/**
 * The report model and its chart over the samples: the two-way trade series holds every value the
 * articles state in time order (354 → 600 → 146,8/164,8 → 486 → 290, then the undated ones), the
 * two quarter values that disagree are marked conflicting, the value with no year is undated, and
 * the SVG draws one linked point per value with those marks.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createWorkspace } from '../../../server/src/core/index';
import { buildReportModel } from '../../../server/src/core/report/model';
import { seriesChart } from '../../../server/src/core/report/svg';
import { renderHtmlReport, seriesAnchor } from '../../../server/src/core/report/html';
import { SAMPLES } from '../../support/paths';

const ws = createWorkspace({ locale: 'en' });
for (const f of fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt'))) ws.set({ uri: `file://${path.join(SAMPLES, f)}`, text: fs.readFileSync(path.join(SAMPLES, f), 'utf8') });
const model = buildReportModel(ws.all(), { locale: 'en', cwd: SAMPLES, entities: ws.entities() });

describe('report model over the samples', () => {
  const trade = model.series.find((s) => s.metric === 'trade.two-way' && s.subject === 'PE-VN')!;

  it('summarizes: articles, findings by severity, issues once per conflict', () => {
    assert.strictEqual(model.summary.articles, 5);
    assert.strictEqual(model.summary.findings, ws.all().reduce((n, d) => n + d.findings.length, 0));
    const mismatch = model.groups.find((g) => g.code === 'figure.mismatch')!;
    assert.strictEqual(mismatch.issues.length, 1, 'a conflict between two articles is one issue');
    assert.strictEqual(mismatch.issues[0].findings, 2);
    assert.match(mismatch.issues[0].message, /146\.8 million USD|164\.8 million USD/);
    assert.doesNotMatch(mismatch.issues[0].message, /`/);
  });

  it('the trade series: every value in time order, conflicting and undated marked', () => {
    assert.ok(trade, `no trade series: ${model.series.map((s) => s.key).join(', ')}`);
    const dated = trade.points.filter((p) => p.period).map((p) => `${p.period}:${p.value / 1e6}`);
    const order = [...new Set(dated.map((d) => d.split(':')[0]))];
    assert.deepStrictEqual(order, ['2016', '2022', '2023-01/2023-03', '2023', '2024-01/2024-09']);
    assert.deepStrictEqual(trade.points.filter((p) => p.conflict).map((p) => p.value / 1e6).sort(), [146.8, 164.8]);
    assert.ok(trade.points.some((p) => p.undated && p.value === 600e6 && p.at.path === 'vi-dai-su-chao-tu-biet-peru.txt'), 'the 600 with no year is undated');
  });

  it('the chart: one linked point per value, marks as classes, labels escaped', () => {
    const svg = seriesChart(trade, 'en');
    assert.strictEqual((svg.match(/<a class="loc"/g) ?? []).length, trade.points.length);
    assert.strictEqual((svg.match(/class="pt conflict"/g) ?? []).length, 2);
    assert.strictEqual((svg.match(/class="pt undated"/g) ?? []).length, trade.points.filter((p) => p.undated && !p.conflict).length);
    assert.match(svg, /Q1 2023/);
    assert.doesNotMatch(svg, /style=/, 'no inline style (the CSP forbids it)');
  });

  it('each series has the anchor a hover links to', () => {
    const page = renderHtmlReport(model, { nonce: 'n', mode: 'file' });
    assert.strictEqual(seriesAnchor(trade.key), 's-trade.two-way_7CPE-VN_7CUSD');
    for (const s of model.series) assert.ok(page.includes(`id="${seriesAnchor(s.key)}"`), s.key);
  });

  it('the entity index: people with roles and counts', () => {
    const luong = model.entities.person.find((e) => e.name === 'Lương Cường')!;
    assert.ok(luong.mentions > 5 && luong.articles >= 3);
    assert.ok(luong.roles.some((r) => r.label === 'President of Vietnam' && r.from === '2024-10-21'));
  });
});
