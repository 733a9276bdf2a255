import { describe, expect, it } from 'vitest';
import type { Statistics } from './api';
import {
  categoryLabel,
  countsAcross,
  deadlinesAcross,
  formatHours,
  hasNumbers,
  monthPeriod,
  niceScale,
  wrapWords,
  recentTerms,
  termOf,
  timingsAcross,
} from './chartData';

function stats(module: Partial<Statistics['figures']['modules'][number]>): Statistics {
  return {
    from: '',
    to: '',
    firstDay: '',
    lastDay: '',
    figures: {
      rule: '',
      modules: [
        {
          module: 'incidents',
          label: 'E-safety incidents',
          total: null,
          counts: [],
          timings: [],
          deadlines: [],
          ...module,
        },
      ],
    },
  };
}

describe('terms as whole months', () => {
  it('puts each month in its term', () => {
    expect(termOf(2026, 11)).toEqual({ name: 'Autumn 2026', from: '2026-09-01', to: '2026-12-31' });
    expect(termOf(2027, 2)).toEqual({ name: 'Spring 2027', from: '2027-01-01', to: '2027-03-31' });
    expect(termOf(2027, 7)).toEqual({ name: 'Summer 2027', from: '2027-04-01', to: '2027-08-31' });
  });

  it('lists the current term and those before it, oldest first, across a new year', () => {
    expect(recentTerms(new Date(2027, 1, 10), 3).map((t) => t.name)).toEqual([
      'Summer 2026',
      'Autumn 2026',
      'Spring 2027',
    ]);
  });

  it('makes a period of whole months, leap years included', () => {
    expect(monthPeriod('2028-01', '2028-02')).toEqual({ from: '2028-01-01', to: '2028-02-29' });
  });
});

describe('counts across periods', () => {
  const autumn = stats({
    counts: [
      {
        measure: 'byType',
        label: 'By type',
        withheld: false,
        cells: [
          { category: 'Cyberbullying', value: 7, shown: '7' },
          { category: 'other', shown: 'fewer than 5', suppressed: 'small' },
        ],
      },
    ],
  });
  const spring = stats({
    counts: [
      {
        measure: 'byType',
        label: 'By type',
        withheld: false,
        cells: [{ category: 'Adult material', value: 5, shown: '5' }],
      },
    ],
  });
  const summer = stats({
    counts: [{ measure: 'byType', label: 'By type', withheld: true, cells: [] }],
  });

  const data = countsAcross(
    [
      { name: 'Autumn', stats: autumn },
      { name: 'Spring', stats: spring },
      { name: 'Summer', stats: summer },
    ],
    'incidents',
    'byType',
  );

  it('uses every category any period shows, alphabetically', () => {
    expect(data.categories).toEqual(['Adult material', 'Cyberbullying', 'other']);
  });

  it('never turns a suppressed count into a number', () => {
    expect(data.series[0].points).toEqual([
      { value: 0, shown: '0' },
      { value: 7, shown: '7' },
      { value: null, shown: 'fewer than 5' },
    ]);
  });

  it('writes a whole withheld breakdown as withheld for every category', () => {
    expect(data.series[2].points.every((p) => p.value === null && p.shown === 'withheld')).toBe(
      true,
    );
  });

  it('knows when there is nothing to draw', () => {
    expect(hasNumbers(data)).toBe(true);
    expect(
      hasNumbers(countsAcross([{ name: 'Summer', stats: summer }], 'incidents', 'byType')),
    ).toBe(false);
  });
});

describe('times and deadlines', () => {
  const s = stats({
    timings: [
      {
        measure: 'timeToFirstTriage',
        label: 'Time to first triage',
        cases: { category: 'all', value: 9, shown: '9' },
        medianHours: 3.25,
        p90Hours: 50,
        withheld: false,
      },
    ],
    deadlines: [
      {
        name: 'triageWithinOneDay',
        label: 'Triaged within one day',
        met: { category: 'met', value: 8, shown: '8' },
        missed: { category: 'missed', shown: 'fewer than 5', suppressed: 'small' },
        open: { category: 'open', value: 0, shown: '0' },
        withheld: false,
      },
    ],
  });
  const few = stats({
    timings: [
      {
        measure: 'timeToFirstTriage',
        label: 'x',
        cases: { category: 'all', shown: 'fewer than 5', suppressed: 'small' },
        withheld: true,
      },
    ],
  });

  it('draws median and 90th percentile per period, withheld under five cases', () => {
    const data = timingsAcross(
      [
        { name: 'A', stats: s },
        { name: 'B', stats: few },
      ],
      'incidents',
      'timeToFirstTriage',
    );
    expect(data.categories).toEqual(['A', 'B']);
    expect(data.series.map((x) => x.name)).toEqual(['Median', '90th percentile']);
    expect(data.series[0].points[0]).toEqual({ value: 3.25, shown: '3.3 hours' });
    expect(data.series[1].points[0]).toEqual({ value: 50, shown: '2.1 days' });
    expect(data.series[0].points[1]).toEqual({ value: null, shown: 'withheld' });
  });

  it('splits a deadline into met, missed and open', () => {
    const data = deadlinesAcross([{ name: 'A', stats: s }], 'incidents', 'triageWithinOneDay');
    expect(data.series.map((x) => [x.name, x.points[0].shown])).toEqual([
      ['Met', '8'],
      ['Missed', 'fewer than 5'],
      ['Open', '0'],
    ]);
    expect(data.series[1].points[0].value).toBeNull();
  });

  it('reads hours as hours or days', () => {
    expect(formatHours(1)).toBe('1 hour');
    expect(formatHours(72)).toBe('3 days');
  });
});

describe('axis', () => {
  it('steps by 1, 2 or 5 times a power of ten, up past the largest value', () => {
    expect(niceScale(7)).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8] });
    expect(niceScale(0).max).toBe(4);
    expect(niceScale(130)).toEqual({ max: 150, ticks: [0, 50, 100, 150] });
  });
});

describe('labels', () => {
  it('wraps long incident types at spaces to fit the chart', () => {
    expect(
      wrapWords('Unauthorised use of mobile phone / digital camera / other handheld device', 30),
    ).toEqual(['Unauthorised use of mobile', 'phone / digital camera / other', 'handheld device']);
    expect(wrapWords('short', 30)).toEqual(['short']);
    expect(wrapWords('', 30)).toEqual(['']);
  });
});

describe('category labels', () => {
  it("puts ids in words and leaves the school's own labels as written", () => {
    expect(categoryLabel('in_progress')).toBe('In progress');
    expect(categoryLabel('strategyDiscussion')).toBe('Strategy discussion');
    expect(categoryLabel('none')).toBe('Not recorded');
    expect(categoryLabel('Using ICT to bully (e.g. via SMS)')).toBe(
      'Using ICT to bully (e.g. via SMS)',
    );
  });
});
