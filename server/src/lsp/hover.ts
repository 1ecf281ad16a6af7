/**
 * Hover: a card that reads at a glance for what is under the cursor — a figure (what it claims
 * in words, whether it is compared, its agreements and conflicts a line each), an entity (who or
 * what, the role held on the article's date, where else it is named) or a date (its value and the
 * reference date it was completed from). A finding's message is already in the editor's
 * diagnostic hover: the card adds only the reasoning. The full picture is the report, linked from
 * the card when the client runs commands from hovers.
 *
 * Language: the card is in the message locale throughout. Words from an article are quoted
 * (“…”); entity names are names; internal keys never show.
 */
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import type { DocumentAnalysis, Entity, EntityMention, Figure, Finding, MessageLocale, Span } from '../core/index';
import { claimSubjectName, explainFigure, metricName, periodPhrase } from '../core/index';
import { formatPeriod } from '../core/messages/format';
import { figurePhrase } from '../core/messages/describe';
import { spanContains } from './convert';
import { displayName, escapeMarkdown, link, type FeatureContext } from './context';
import { safeMarkdown } from '../core/report/escape';
import { formatFigure, weekday } from './format';
import { messages } from './messages';
import { ClientCommands } from './protocol';
import { seriesAnchor } from '../core/report/html';
import { capitalizeFirst } from '../core/report/plain';

/** How many agreeing or conflicting statements a figure's card lists before “and N more”. */
const MAX_LINES = 3;
/** How many documents an entity's card links to. */
const MAX_DOCUMENTS = 5;
/** A line break inside a paragraph (Markdown's two trailing spaces): a card stays compact. */
const BR = '  \n';

export function hover(ctx: FeatureContext, params: HoverParams): Hover | null {
  const located = ctx.index.get(params.textDocument.uri);
  if (!located) return null;
  const { analysis, positions } = located;
  const offset = positions.offset(params.position);
  const parts: string[] = [];
  let range: Span | undefined;
  const findings = analysis.findings.filter((f) => spanContains(f, offset) && !ctx.reviewed.hides(analysis.uri, analysis.text, f));
  const figure = innermost(analysis.figures.filter((f) => spanContains(f, offset)));
  const mention = innermost(analysis.entities.filter((m) => spanContains(m, offset)));
  if (figure && (!mention || figure.end - figure.start >= mention.end - mention.start)) {
    parts.push(figureCard(ctx, analysis, figure));
    range = figure;
  } else if (mention) {
    parts.push(mention.type === 'date' ? dateCard(ctx, analysis, mention) : entityCard(ctx, analysis, mention));
    range = mention;
  }
  // The thing itself first, then the reasoning of the findings on it.
  for (const f of findings) {
    const card = findingCard(f);
    if (card) parts.push(card);
  }
  if (!range && findings.length) range = findings[0];
  if (!parts.length || !range) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
    range: positions.range(range),
  };
}

/** The shortest span among those under the cursor: the most specific thing. */
function innermost<T extends Span>(spans: T[]): T | undefined {
  return spans.sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}

/** Article words, quoted. */
function quote(s: string): string {
  return `“${escapeMarkdown(s.replace(/\s+/g, ' ').trim())}”`;
}

function capitalize(s: string): string {
  return s ? s[0].toLocaleUpperCase() + s.slice(1) : s;
}

/** A finding's reasoning (its message is the diagnostic's, shown by the editor above the card). */
function findingCard(f: Finding): string | undefined {
  if (!f.detail) return undefined;
  // The checks' Markdown, made safe: no HTML, link or image a quoted file name could bring.
  const detail = safeMarkdown(capitalizeFirst(f.detail))
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n');
  return `\`${f.code}\`\n\n${detail}`;
}

/** A link that opens the report, at a series when one is named (its chart and every value). */
function reportLink(ctx: FeatureContext, L: MessageLocale, seriesKey?: string): string | undefined {
  if (!ctx.commandLinks) return undefined;
  const args = seriesKey ? `?${encodeURIComponent(JSON.stringify([{ reveal: seriesAnchor(seriesKey) }]))}` : '';
  return `[${messages(L).openReport}](command:${ClientCommands.checkConsistency}${args})`;
}

// ---------------------------------------------------------------------------------------------
// Figures

function figureCard(ctx: FeatureContext, analysis: DocumentAnalysis, f: Figure): string {
  const L = ctx.locale;
  const t = messages(L);
  const lines = [`**${quote(f.text)}** → ${escapeMarkdown(formatFigure(f, L))}`];
  const ex = explainFigure(analysis, f);
  const c = ex.claim;
  if (c) {
    // The claim's frame in words: metric · subject · period (· estimate · its role in a change).
    const frame = [capitalize(metricName(c.metric, L)), claimSubjectName(c.metric, c.subject, L, ctx.entities()), c.period && c.periodStated ? periodPhrase(c.period, L) : t.noPeriod];
    if (c.frame.status.value === 'estimate') frame.push(t.estimateWord);
    if (t.roles[c.role]) frame.push(t.roles[c.role]);
    lines.push(escapeMarkdown(frame.join(' · ')));
    lines.push(ex.silence ? `${t.notCompared}: ${t.silence[ex.silence]}` : capitalize(t.compared));
    const { agree, conflict } = comparisons(ctx, analysis, f, c.metric, c.subject, c.periodStated ? c.period : null);
    lines.push(...statementLines(conflict, `✗ ${t.conflicts}`, L), ...statementLines(agree, `✓ ${t.agrees}`, L));
  } else {
    if (f.metric) lines.push(`${t.metric}: ${metricWords(f, L)}`);
    if (f.metric && ex.silence) lines.push(`${t.notCompared}: ${t.silence[ex.silence]}`);
    const source = /"([^"]+)"/.exec(f.periodSource ?? '')?.[1];
    lines.push(`${t.period}: ${f.period ? escapeMarkdown(periodPhrase(f.period, L)) : t.noPeriod}${source ? ` (${t.periodFrom(quote(source))})` : ''}`);
  }
  if (f.change && f.change.direction !== 'none' && f.kind !== 'multiple') {
    lines.push(`${t.change}: ${t.directions[f.change.direction]}${f.change.base ? ` ${t.versus(escapeMarkdown(periodPhrase(f.change.base, L)))}` : ''}`);
  }
  if (f.readings && f.readings.length > 1) {
    lines.push(`${t.readings}: ${f.readings.slice(1).map((r) => escapeMarkdown(formatFigure({ ...f, value: r.value, unit: r.unit, bound: 'exact' }, L))).join('; ')}`);
  }
  // The report's series key is the claim's metric, subject and the figure's unit (core/report/model.ts).
  const more = reportLink(ctx, L, c ? `${c.metric}|${c.subject}|${f.unit ?? ''}` : undefined);
  if (more && c) lines.push(more);
  return lines.join(BR);
}

/** The metric in words; a metric the engine has no name for is shown as the article writes it. */
function metricWords(f: Figure, L: MessageLocale): string {
  const name = metricName(f.metric!, L);
  if (name !== f.metric) return escapeMarkdown(capitalize(name));
  return f.metricText ? quote(f.metricText) : escapeMarkdown(f.metric!);
}

interface Statement {
  phrase: string;
  uri: string;
  line: number;
  character: number;
}

/**
 * An article's figures that state a claim a card compares, by claim (the figure's metric, the
 * claim's metric, subject and period). Kept with the figures array it was read from: the core's
 * analysis of an article is a new object whenever its findings change (one edit in a workspace on
 * one topic changes them in every article), but its figures — copies with subjects attached, made
 * with the draft the checks read — stay the same object until the article or what its entities
 * resolve to changes, and a claim reads nothing else. Without it a card read every claim of
 * every article (2 s at 5,000 articles) on every hover.
 */
const claimedCache = new WeakMap<Figure[], Map<string, Figure[]>>();

const claimKey = (figureMetric: string | null | undefined, metric: string, subject: string, period: string) => `${figureMetric ?? ''}\u0000${metric}\u0000${subject}\u0000${period}`;

function claimedFigures(analysis: DocumentAnalysis): Map<string, Figure[]> {
  let byClaim = claimedCache.get(analysis.figures);
  if (!byClaim) {
    byClaim = new Map();
    for (const g of analysis.figures) {
      const c = explainFigure(analysis, g).claim;
      if (!c || !c.periodStated || !c.period || c.role === 'change') continue;
      const k = claimKey(g.metric, c.metric, c.subject, c.period);
      const list = byClaim.get(k);
      if (list) list.push(g);
      else byClaim.set(k, [g]);
    }
    claimedCache.set(analysis.figures, byClaim);
  }
  return byClaim;
}

/**
 * The other articles' statements of the same claim (metric, subject, period): those a
 * `figure.mismatch` finding on this figure points at conflict, the others agree.
 */
function comparisons(ctx: FeatureContext, analysis: DocumentAnalysis, f: Figure, metric: string, subject: string, period: string | null): { agree: Statement[]; conflict: Statement[] } {
  const conflicting = new Set<string>();
  for (const x of analysis.findings) {
    if (x.code !== 'figure.mismatch' || x.start !== f.start || x.end !== f.end) continue;
    for (const r of x.related) conflicting.add(`${r.uri}|${r.start}`);
  }
  const agree: Statement[] = [];
  const conflict: Statement[] = [];
  if (!period) return { agree, conflict };
  const key = claimKey(f.metric, metric, subject, period);
  for (const { analysis: other, positions } of ctx.index.all()) {
    if (other.uri === analysis.uri) continue;
    for (const g of claimedFigures(other).get(key) ?? []) {
      const p = positions.position(g.start);
      const s = { phrase: figurePhrase(g, ctx.locale), uri: other.uri, line: p.line, character: p.character };
      (conflicting.has(`${other.uri}|${g.start}`) ? conflict : agree).push(s);
    }
  }
  // A conflict found by the checks but outside this frame (a range implied by a change) still shows.
  for (const x of analysis.findings) {
    if (x.code !== 'figure.mismatch' || x.start !== f.start || x.end !== f.end) continue;
    for (const r of x.related) {
      if (conflict.some((s) => s.uri === r.uri && ctx.index.positions(r.uri)?.offset({ line: s.line, character: s.character }) === r.start)) continue;
      const p = ctx.index.positions(r.uri)?.position(r.start);
      const g = ctx.index.get(r.uri)?.analysis.figures.find((y) => y.start === r.start);
      if (p && g) conflict.push({ phrase: figurePhrase(g, ctx.locale), uri: r.uri, line: p.line, character: p.character });
    }
  }
  return { agree, conflict };
}

function statementLines(list: Statement[], label: string, L: MessageLocale): string[] {
  const out = list.slice(0, MAX_LINES).map((s) => `${label}: ${escapeMarkdown(s.phrase)} — ${link(`${displayName(s.uri)}:${s.line + 1}`, s.uri, s.line, s.character)}`);
  if (list.length > MAX_LINES) out.push(`${label}: ${messages(L).more(list.length - MAX_LINES)}`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Entities

type Role = Entity['roles'][number];

function entityCard(ctx: FeatureContext, analysis: DocumentAnalysis, m: EntityMention): string {
  const L = ctx.locale;
  const t = messages(L);
  const entity: Entity | undefined = ctx.entities().get(m.entityId);
  const typeName = (t as unknown as Record<string, string>)[m.type] ?? m.type;
  const lines =
    m.type === 'title' ? [`**${quote(m.text)}** — ${typeName}`] : [`**${escapeMarkdown(entity?.canonical ?? m.canonical)}** — ${typeName}`];
  const date = analysis.referenceDate?.date;
  const known = entity?.roles ?? [];
  const held = date ? known.filter((r) => (r.from || r.to) && heldOn(r, date)) : [];
  const dated = held.find((r) => m.role && r.role === m.role) ?? held[0];
  if (dated && date) {
    const label = roleLabel(ctx, dated.role, dated.gloss, L);
    if (label) lines.push(`${t.roleOn(formatPeriod(date, L))}: **${escapeMarkdown(label)}**${roleDates(dated, L)}`);
  }
  // As written here, with the English gloss of the title in English (never in Vietnamese).
  if (m.title && m.type !== 'title') lines.push(`${t.asWritten}: ${quote(m.title)}${L === 'en' && m.roleGloss ? ` — *${escapeMarkdown(m.roleGloss)}*` : ''}`);
  else if (m.type === 'title' && m.role && (!dated || dated.role !== m.role)) {
    const label = roleLabel(ctx, m.role, m.roleGloss, L);
    if (label && label !== m.text) lines.push(`${t.role}: ${escapeMarkdown(label)}`);
  }
  if (m.type === 'title' && m.person) {
    const person = ctx.entities().get(m.person);
    if (person) lines.push(`→ **${escapeMarkdown(person.canonical)}**`);
  }
  const aliases = (entity?.aliases ?? []).filter((a) => a !== (entity?.canonical ?? m.canonical));
  if (aliases.length) lines.push(`${t.aliases}: ${aliases.slice(0, 6).map(escapeMarkdown).join(', ')}${aliases.length > 6 ? ', …' : ''}`);
  const acronym = entity?.acronym ?? m.acronym;
  if (acronym && !aliases.includes(acronym)) lines.push(`${t.acronym}: ${escapeMarkdown(acronym)}`);
  if (entity?.parent) lines.push(`${t.parent}: ${escapeMarkdown(ctx.entities().get(entity.parent)?.canonical ?? entity.parent)}`);
  // Where else the entity is named: one link per document (to its first mention there).
  const perDocument: { uri: string; count: number; first: EntityMention }[] = [];
  for (const { analysis: other } of ctx.index.all()) {
    let count = 0;
    let first: EntityMention | undefined;
    for (const x of other.entities) {
      if (x.entityId !== m.entityId) continue;
      count++;
      first ??= x;
    }
    if (first) perDocument.push({ uri: other.uri, count, first });
  }
  perDocument.sort((a, b) => b.count - a.count);
  const total = perDocument.reduce((n, d) => n + d.count, 0);
  const docs = perDocument.slice(0, MAX_DOCUMENTS).map((d) => {
    const p = ctx.index.positions(d.uri)!.position(d.first.start);
    return `${link(displayName(d.uri), d.uri, p.line, p.character)} (${d.count})`;
  });
  if (perDocument.length > MAX_DOCUMENTS) docs.push(t.more(perDocument.length - MAX_DOCUMENTS));
  lines.push(`${t.mentions(total, perDocument.length)}: ${docs.join(' · ')}`);
  return lines.join(BR);
}

/** True when `date` (YYYY-MM-DD) lies in a role's period; `from`/`to` may be years or months. */
function heldOn(r: Role, date: string): boolean {
  return (!r.from || date.slice(0, r.from.length) >= r.from) && (!r.to || date.slice(0, r.to.length) <= r.to);
}

function roleDates(r: Role, L: MessageLocale): string {
  const t = messages(L);
  const parts = [r.from ? t.since(formatPeriod(r.from, L)) : '', r.to ? t.until(formatPeriod(r.to, L)) : ''].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/**
 * A role in the message language: its English gloss in English; in Vietnamese, the title as a
 * Vietnamese article of the workspace writes it (the engine keeps no Vietnamese gloss), or none.
 */
function roleLabel(ctx: FeatureContext, role: string, gloss: string | undefined, L: MessageLocale): string | undefined {
  if (L === 'en') return gloss;
  for (const { analysis } of ctx.index.all()) {
    if (analysis.language !== 'vi') continue;
    for (const x of analysis.entities) if (x.role === role && (x.type === 'title' ? x.text : x.title)) return x.type === 'title' ? x.text : x.title;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Dates

function dateCard(ctx: FeatureContext, analysis: DocumentAnalysis, m: EntityMention): string {
  const L = ctx.locale;
  const t = messages(L);
  const iso = m.value ?? m.canonical;
  const day = weekday(iso, L);
  const lines = [`**${quote(m.text)}** → ${escapeMarkdown(formatPeriod(iso, L))} \`${iso}\`${day ? ` · ${day}` : ''}`];
  if (m.precision) lines.push(`${t.precision}: ${t.precisions[m.precision] ?? m.precision}`);
  const from = /reference date (\d{4}-\d{2}-\d{2})/.exec(m.resolvedFrom ?? '')?.[1];
  if (from) lines.push(capitalize(t.resolvedFromReference(formatPeriod(from, L))));
  const ref = analysis.referenceDate;
  if (ref) {
    const source = ref.source === 'option' && /file name/.test(ref.explanation) ? t.referenceFrom.fileName : t.referenceFrom[ref.source];
    const evidence = ref.evidence && ref.source !== 'option' ? ` ${t.evidence(quote(analysis.text.slice(ref.evidence.start, ref.evidence.end)))}` : '';
    lines.push(`${t.referenceDate}: ${escapeMarkdown(formatPeriod(ref.date, L))} \`${ref.date}\` — ${source}${evidence}`);
  } else lines.push(`${t.referenceDate}: ${t.noReferenceDate}`);
  return lines.join(BR);
}
