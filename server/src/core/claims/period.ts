/**
 * ISO periods (`2023`, `2023-04`, `2023-04-17`, `2024-01/2024-09`, `2016/2022`) as day intervals,
 * with the kind of period they name. Checks compare periods by kind and length: a quarter is not
 * comparable with a year, and a visit of 13–16 November lies inside a trip of 12–18 November.
 */
import type { IsoPeriod } from '../types';

export type PeriodKind = 'day' | 'days' | 'month' | 'quarter' | 'half' | 'months' | 'year' | 'years';

export interface YMD {
  y: number;
  m: number;
  d: number;
}

export interface ParsedPeriod {
  kind: PeriodKind;
  from: YMD;
  to: YMD;
  /** Days since 1970-01-01 of the first and the last day (inclusive). */
  firstDay: number;
  lastDay: number;
  /** Length in whole months (0 for periods shorter than a month). */
  months: number;
  /** True when either end is given to the day. */
  days: boolean;
}

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function parsePoint(s: string): { y: number; m?: number; d?: number } | null {
  const m = POINT.exec(s.trim());
  if (!m) return null;
  return { y: +m[1], m: m[2] ? +m[2] : undefined, d: m[3] ? +m[3] : undefined };
}

function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

function lastOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const cache = new Map<string, ParsedPeriod | null>();

/** Parses an IsoPeriod; null when it is not one. */
export function parsePeriod(iso: IsoPeriod | null | undefined): ParsedPeriod | null {
  if (!iso) return null;
  if (cache.has(iso)) return cache.get(iso)!;
  const parts = iso.split('/');
  let result: ParsedPeriod | null = null;
  if (parts.length <= 2) {
    const a = parsePoint(parts[0]);
    const b = parsePoint(parts[1] ?? parts[0]);
    if (a && b) {
      const from: YMD = { y: a.y, m: a.m ?? 1, d: a.d ?? 1 };
      const bm = b.m ?? 12;
      const to: YMD = { y: b.y, m: bm, d: b.d ?? lastOfMonth(b.y, bm) };
      const firstDay = dayNumber(from.y, from.m, from.d);
      const lastDay = dayNumber(to.y, to.m, to.d);
      const days = a.d !== undefined || b.d !== undefined;
      const months = days ? 0 : (to.y - from.y) * 12 + (to.m - from.m) + 1;
      let kind: PeriodKind;
      if (parts.length === 1) kind = a.d !== undefined ? 'day' : a.m !== undefined ? 'month' : 'year';
      else if (days) kind = 'days';
      else if (a.m === undefined && b.m === undefined) kind = a.y === b.y ? 'year' : 'years';
      else if (months === 3 && (from.m - 1) % 3 === 0) kind = 'quarter';
      else if (months === 6 && (from.m === 1 || from.m === 7)) kind = 'half';
      else if (months === 12 && from.m === 1) kind = 'year';
      else if (months === 1) kind = 'month';
      else kind = 'months';
      if (lastDay >= firstDay) result = { kind, from, to, firstDay, lastDay, months, days };
    }
  }
  cache.set(iso, result);
  return result;
}

/** Whether two periods share at least one day. */
export function overlaps(a: ParsedPeriod, b: ParsedPeriod): boolean {
  return a.firstDay <= b.lastDay && b.firstDay <= a.lastDay;
}

/** Whether `outer` contains `inner`. */
export function contains(outer: ParsedPeriod, inner: ParsedPeriod): boolean {
  return outer.firstDay <= inner.firstDay && inner.lastDay <= outer.lastDay;
}

/** A canonical key: `2023` and `2023-01/2023-12` name the same period. */
export function periodKey(iso: IsoPeriod | null | undefined): string | null {
  const p = parsePeriod(iso);
  if (!p) return iso ?? null;
  return `${p.firstDay}:${p.lastDay}`;
}

/** Whole years between the ends of two periods (for yearly rates): 2016 → 2022 is 6. */
export function yearsBetween(base: ParsedPeriod, end: ParsedPeriod): number {
  return (end.lastDay - base.lastDay) / 365.25;
}
