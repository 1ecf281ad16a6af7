/**
 * Hover: the cards for what is under the cursor — findings first (their full reasoning), then
 * the figure or entity (with dates as their own kind of entity).
 */
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import type { DocumentAnalysis, Entity, EntityMention, Figure, Finding, Span } from '../core/index';
import { claimSubjectName, explainFigure, metricName, periodPhrase } from '../core/index';
import { spanContains } from './convert';
import { displayName, escapeMarkdown, link, type FeatureContext } from './context';
import { safeMarkdown } from '../core/report/escape';
import { formatFigure, weekday } from './format';
import { messages } from './messages';

export function hover(ctx: FeatureContext, params: HoverParams): Hover | null {
  const located = ctx.index.get(params.textDocument.uri);
  if (!located) return null;
  const { analysis, positions } = located;
  const offset = positions.offset(params.position);
  const parts: string[] = [];
  let range: Span | undefined;
  const findings = analysis.findings.filter((f) => spanContains(f, offset) && !ctx.reviewed.hides(analysis.uri, analysis.text, f));
  for (const f of findings) parts.push(findingCard(ctx, f));
  const figure = innermost(analysis.figures.filter((f) => spanContains(f, offset)));
  const mention = innermost(analysis.entities.filter((m) => spanContains(m, offset)));
  if (figure && (!mention || figure.end - figure.start >= mention.end - mention.start)) {
    parts.push(figureCard(ctx, analysis, figure));
    range = figure;
  } else if (mention) {
    parts.push(mention.type === 'date' ? dateCard(ctx, analysis, mention) : entityCard(ctx, analysis, mention));
    range = mention;
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

function findingCard(ctx: FeatureContext, f: Finding): string {
  const lines = [`**${escapeMarkdown(f.message)}** \`${f.code}\``];
  if (f.detail) lines.push('', safeMarkdown(f.detail));
  if (f.related.length) lines.push('');
  for (const r of f.related) {
    const p = ctx.index.positions(r.uri);
    if (p) {
      const pos = p.position(r.start);
      lines.push(`- ${link(`${displayName(r.uri)}:${pos.line + 1}`, r.uri, pos.line, pos.character)} — ${escapeMarkdown(r.message)}`);
    }
  }
  return lines.join('\n');
}

function entityCard(ctx: FeatureContext, analysis: DocumentAnalysis, m: EntityMention): string {
  const t = messages(ctx.locale);
  const entity: Entity | undefined = ctx.entities().get(m.entityId);
  const typeName = (t as unknown as Record<string, string>)[m.type] ?? m.type;
  const lines = [`**${escapeMarkdown(entity?.canonical ?? m.canonical)}** — ${typeName}`];
  const { dated, stated, other } = roles(entity, m, analysis);
  const gloss = (r: Role) => escapeMarkdown(r.gloss ?? r.role);
  if (dated) {
    const label = t.roleAt(analysis.referenceDate!.date);
    lines.push('', `${label}: **${gloss(dated)}** (${dated.from ?? '…'} – ${dated.to ?? '…'})`);
  }
  if (stated && (!dated || dated.role !== m.role)) {
    const written = m.title ? `“${escapeMarkdown(m.title)}”` : '';
    lines.push('', `${t.asWritten}: ${[written, stated.gloss ? `*${escapeMarkdown(stated.gloss)}*` : ''].filter(Boolean).join(' — ')}`);
  } else if (!dated && other) lines.push('', `${t.role}: **${gloss(other)}**`);
  if (m.type === 'title' && m.person) {
    const person = ctx.entities().get(m.person);
    if (person) lines.push('', `→ ${escapeMarkdown(person.canonical)}`);
  }
  const aliases = (entity?.aliases ?? []).filter((a) => a !== (entity?.canonical ?? m.canonical));
  if (aliases.length) lines.push('', `${t.aliases}: ${aliases.map(escapeMarkdown).join(', ')}`);
  const acronym = entity?.acronym ?? m.acronym;
  if (acronym) lines.push('', `${t.acronym}: ${escapeMarkdown(acronym)}`);
  if (entity?.parent) lines.push('', `${t.parent}: ${escapeMarkdown(ctx.entities().get(entity.parent)?.canonical ?? entity.parent)}`);
  // Where else the entity is mentioned, one link per document (to its first mention there).
  const perDocument: { uri: string; count: number; first: EntityMention }[] = [];
  for (const { analysis: other } of ctx.index.all()) {
    const ms = other.entities.filter((x) => x.entityId === m.entityId);
    if (ms.length) perDocument.push({ uri: other.uri, count: ms.length, first: ms[0] });
  }
  const total = perDocument.reduce((n, d) => n + d.count, 0);
  lines.push('', `${t.mentions(total, perDocument.length)}:`);
  for (const d of perDocument.slice(0, 20)) {
    const p = ctx.index.positions(d.uri)!.position(d.first.start);
    lines.push(`- ${link(displayName(d.uri), d.uri, p.line, p.character)} (${d.count})`);
  }
  return lines.join('\n');
}

type Role = Entity['roles'][number];

/** True when `date` (YYYY-MM-DD) lies in a role's period; `from`/`to` may be years or months. */
function heldOn(r: Role, date: string): boolean {
  return (!r.from || date.slice(0, r.from.length) >= r.from) && (!r.to || date.slice(0, r.to.length) <= r.to);
}

/**
 * What the hover says about roles: the role the entity held on the article's reference date by its
 * dated roles (built-in knowledge or the knowledge file), the role this mention states (its title
 * as written, with the English gloss), or else any role the corpus gives it.
 */
function roles(entity: Entity | undefined, m: EntityMention, analysis: DocumentAnalysis): { dated?: Role; stated?: Role; other?: Role } {
  const date = analysis.referenceDate?.date;
  const known = entity?.roles ?? [];
  const held = date ? known.filter((r) => (r.from || r.to) && heldOn(r, date)) : [];
  const dated = held.find((r) => m.role && r.role === m.role) ?? held[0];
  const stated = m.title || m.roleGloss ? { role: m.role ?? m.title ?? '', gloss: m.roleGloss } : undefined;
  const other = known.find((r) => r.source === analysis.uri) ?? known.find((r) => !r.from && !r.to);
  return { dated, stated, other };
}

function figureCard(ctx: FeatureContext, analysis: DocumentAnalysis, f: Figure): string {
  const t = messages(ctx.locale);
  const lines = [`**${t.figure}:** ${escapeMarkdown(f.text)} → \`${formatFigure(f, ctx.locale)}\``, ''];
  lines.push(`- ${t.value}: ${formatFigure({ ...f, bound: 'exact' }, ctx.locale)} (${f.kind})`);
  lines.push(`- ${t.bound}: ${t.bounds[f.bound] ?? f.bound}${f.qualifier ? ` (“${escapeMarkdown(f.qualifier)}”)` : ''}`);
  const L = ctx.locale;
  if (f.metric) lines.push(`- ${t.metric}: ${escapeMarkdown(metricName(f.metric, L, f.metricText))}${f.metricText ? ` (“${escapeMarkdown(f.metricText)}”)` : ''}`);
  // The claim the checks compare, in words, or why the figure is left alone.
  const ex = explainFigure(analysis, f);
  if (ex.claim) {
    const c = ex.claim;
    const status = c.frame.status.value === 'estimate' ? ` · ${t.estimateWord}` : '';
    const period = c.period ? periodPhrase(c.period, L) : t.noPeriod;
    const verdict = ex.silence ? `${t.notCompared.toLowerCase()}: ${t.silence[ex.silence]}` : t.compared;
    lines.push(`- ${t.claim}: ${escapeMarkdown(metricName(c.metric, L, f.metricText))} · ${escapeMarkdown(claimSubjectName(c.metric, c.subject, L, ctx.entities()))} · ${period}${status} — ${verdict}`);
  } else if (f.metric && ex.silence) {
    lines.push(`- ${t.notCompared}: ${t.silence[ex.silence]}`);
  }
  lines.push(`- ${t.period}: ${f.period ? `\`${f.period}\`` : t.noPeriod}${f.periodSource ? ` — ${t.periodFrom} ${escapeMarkdown(f.periodSource)}` : ''}`);
  if (f.change) lines.push(`- ${t.change}: ${f.change.direction}${f.change.base ? ` (vs \`${f.change.base}\`)` : ''}`);
  if (f.readings && f.readings.length > 1) {
    lines.push(`- ${t.readings}: ${f.readings.map((r) => `${formatFigure({ ...f, value: r.value, unit: r.unit, bound: 'exact' }, ctx.locale)} (${escapeMarkdown(r.explanation)})`).join('; ')}`);
  }
  if (f.metric) {
    const rows: string[] = [];
    for (const { analysis: other, positions } of ctx.index.all()) {
      for (const g of other.figures) {
        if (g.metric !== f.metric || (other.uri === analysis.uri && g.start === f.start)) continue;
        if (f.subject && g.subject && f.subject !== g.subject) continue;
        const p = positions.position(g.start);
        rows.push(`| ${escapeMarkdown(g.text)} | ${formatFigure(g, ctx.locale)} | ${g.period ?? '—'} | ${link(`${displayName(other.uri)}:${p.line + 1}`, other.uri, p.line, p.character)} |`);
      }
    }
    if (rows.length) {
      lines.push('', `${t.sameMetric}:`, '', `| | ${t.value} | ${t.period} | ${t.document} |`, '|---|---|---|---|', ...rows.slice(0, 15));
    }
  }
  return lines.join('\n');
}

function dateCard(ctx: FeatureContext, analysis: DocumentAnalysis, m: EntityMention): string {
  const t = messages(ctx.locale);
  const iso = m.value ?? m.canonical;
  const lines = [`**${t.date}:** ${escapeMarkdown(m.text)} → \`${iso}\``, ''];
  const day = weekday(iso, ctx.locale);
  if (day) lines.push(`- ${t.weekday}: ${day}`);
  if (m.precision) lines.push(`- ${t.precision}: ${m.precision}`);
  if (m.resolvedFrom) lines.push(`- ${t.resolvedFrom}: ${escapeMarkdown(m.resolvedFrom)}`);
  const ref = analysis.referenceDate;
  lines.push(`- ${t.referenceDate}: ${ref ? `\`${ref.date}\` — ${escapeMarkdown(ref.explanation)}` : t.noReferenceDate}`);
  return lines.join('\n');
}
