// Shapes the anonymised statistics of GET /api/governance/statistics into what the dashboard's
// charts draw. A suppressed number ("fewer than 5", "withheld") has no value: it is drawn as its
// words, never as a bar of a guessed length.

import type { Cell, ModuleFigures, Statistics } from './api';

/** A school term as whole calendar months (governors may only ask for whole months). */
export interface Term {
  name: string;
  /** first day, YYYY-MM-DD */
  from: string;
  /** last day, YYYY-MM-DD (included) */
  to: string;
}

export interface Point {
  /** null when the server did not show the number */
  value: number | null;
  /** what to write: the number, or the server's words for a suppressed one */
  shown: string;
}

export interface Series {
  name: string;
  points: Point[];
}

export interface ChartData {
  categories: string[];
  series: Series[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * The term a month falls in, as whole months: autumn September to December, spring January to
 * March, summer April to August (the summer holiday goes with the summer term).
 */
export function termOf(year: number, month: number): Term {
  if (month >= 9) return { name: `Autumn ${year}`, from: iso(year, 9, 1), to: iso(year, 12, 31) };
  if (month <= 3) return { name: `Spring ${year}`, from: iso(year, 1, 1), to: iso(year, 3, 31) };
  return { name: `Summer ${year}`, from: iso(year, 4, 1), to: iso(year, 8, lastDay(year, 8)) };
}

/** The term of `today` and the `count - 1` before it, oldest first. */
export function recentTerms(today: Date, count: number): Term[] {
  const terms: Term[] = [];
  let year = today.getFullYear();
  let month = today.getMonth() + 1;
  for (let i = 0; i < count; i++) {
    const term = termOf(year, month);
    terms.unshift(term);
    // step to the month before this term starts
    const start = Number(term.from.slice(5, 7));
    year = start === 1 ? year - 1 : year;
    month = start === 1 ? 12 : start - 1;
  }
  return terms;
}

/** The first day of the month and the last day of another, for a period of whole months. */
export function monthPeriod(fromMonth: string, toMonth: string): { from: string; to: string } {
  const [ty, tm] = toMonth.split('-').map(Number);
  return { from: `${fromMonth}-01`, to: iso(ty, tm, lastDay(ty, tm)) };
}

export function point(cell: Cell | null | undefined): Point {
  if (!cell) return { value: null, shown: 'not reported' };
  const value = cell.value ?? null;
  return {
    value: cell.suppressed ? null : value,
    shown: cell.shown ?? (value === null ? 'withheld' : String(value)),
  };
}

export const WITHHELD: Point = { value: null, shown: 'withheld' };
const NONE: Point = { value: 0, shown: '0' };

function moduleOf(stats: Statistics, module: string): ModuleFigures | undefined {
  return stats.figures.modules.find((m) => m.module === module);
}

/**
 * One count breakdown (e.g. incidents by type) across periods: the categories any period shows,
 * alphabetically (as the server lists them), one series per period. A category a period does not
 * list had no cases then (0), unless that period's breakdown is withheld as a whole.
 */
export function countsAcross(
  periods: { name: string; stats: Statistics }[],
  module: string,
  measure: string,
): ChartData {
  const categories = new Set<string>();
  for (const { stats } of periods) {
    const group = moduleOf(stats, module)?.counts.find((g) => g.measure === measure);
    group?.cells.forEach((c) => categories.add(c.category));
  }
  const sorted = [...categories].sort((a, b) => a.localeCompare(b, 'en'));
  return {
    categories: sorted,
    series: periods.map(({ name, stats }) => {
      const group = moduleOf(stats, module)?.counts.find((g) => g.measure === measure);
      return {
        name,
        points: sorted.map((category) => {
          if (group?.withheld) return WITHHELD;
          const cell = group?.cells.find((c) => c.category === category);
          return cell ? point(cell) : NONE;
        }),
      };
    }),
  };
}

/** Median and 90th percentile of a step's time, in hours, per period; withheld under 5 cases. */
export function timingsAcross(
  periods: { name: string; stats: Statistics }[],
  module: string,
  measure: string,
): ChartData {
  const rows = periods.map(({ stats }) =>
    moduleOf(stats, module)?.timings.find((t) => t.measure === measure),
  );
  const hours = (t: (typeof rows)[number], h: 'medianHours' | 'p90Hours'): Point => {
    if (!t || t.withheld) return WITHHELD;
    if (t.cases?.value === 0) return { value: null, shown: 'no cases' };
    const v = t[h];
    return v === null || v === undefined ? WITHHELD : { value: v, shown: formatHours(v) };
  };
  return {
    categories: periods.map((p) => p.name),
    series: [
      { name: 'Median', points: rows.map((t) => hours(t, 'medianHours')) },
      { name: '90th percentile', points: rows.map((t) => hours(t, 'p90Hours')) },
    ],
  };
}

/** A deadline's met, missed and still open counts per period. */
export function deadlinesAcross(
  periods: { name: string; stats: Statistics }[],
  module: string,
  name: string,
): ChartData {
  const rows = periods.map(({ stats }) =>
    moduleOf(stats, module)?.deadlines.find((d) => d.name === name),
  );
  const part = (key: 'met' | 'missed' | 'open') =>
    rows.map((d) => (!d || d.withheld ? WITHHELD : point(d[key])));
  return {
    categories: periods.map((p) => p.name),
    series: [
      { name: 'Met', points: part('met') },
      { name: 'Missed', points: part('missed') },
      { name: 'Open', points: part('open') },
    ],
  };
}

/** A single period's breakdown as one series. */
export function countsOf(
  stats: Statistics,
  module: string,
  measure: string,
  name = 'Cases',
): ChartData {
  return countsAcross([{ name, stats }], module, measure);
}

/** Hours as people read them: "3.5 hours", "2.1 days" from 48 hours on. */
export function formatHours(hours: number): string {
  if (hours >= 48) return `${round1(hours / 24)} days`;
  const h = round1(hours);
  return `${h} ${h === '1' ? 'hour' : 'hours'}`;
}

const round1 = (n: number) => (Math.round(n * 10) / 10).toLocaleString('en-GB');

/** An axis maximum and its ticks: 1, 2 or 5 times a power of ten, at least 4 for tiny data. */
export function niceScale(max: number, tickCount = 4): { max: number; ticks: number[] } {
  const top = Math.max(max, 4);
  const rough = top / tickCount;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const niceMax = Math.ceil(top / step) * step;
  const ticks: number[] = [];
  for (let t = 0; t <= niceMax + step / 2; t += step) ticks.push(Number(t.toPrecision(12)));
  return { max: niceMax, ticks };
}

/** Whether anything in the chart has a number to draw. */
export function hasNumbers(data: ChartData): boolean {
  return data.series.some((s) => s.points.some((p) => p.value !== null && p.value > 0));
}

/** Splits a label into lines of at most `max` characters at spaces (a longer word stands alone). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * How a category reads: ids such as "in_progress" or "none" in words; labels the server already
 * wrote for people (incident types from the school's matrices) as they are.
 */
export function categoryLabel(category: string): string {
  if (category === 'none') return 'Not recorded';
  if (/\s/.test(category) || !/^[A-Za-z0-9_-]+$/.test(category)) return category;
  const words = category
    .replace(/[-_]/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
