import { describe, expect, it } from 'vitest';
import type { TaskView } from './api';
import { dueGroup, groupTasks, mergePages, newTaskCount } from './grouping';

const now = new Date(2026, 10, 20, 10, 0); // 20 Nov 2026, 10:00 local
const at = (day: number, hour: number) => new Date(2026, 10, day, hour, 0).toISOString();
const task = (id: string, due: string | null): TaskView => ({
  id,
  name: id,
  processName: 'P',
  processDefinitionKey: 'P',
  businessKey: null,
  created: at(19, 9),
  due,
  assignee: null,
});

describe('due groups', () => {
  it('past due is overdue, even earlier today', () => {
    expect(dueGroup(at(20, 9), now)).toBe('overdue');
    expect(dueGroup(at(1, 9), now)).toBe('overdue');
  });
  it('due later today is due today', () => {
    expect(dueGroup(at(20, 23), now)).toBe('today');
  });
  it('due tomorrow or later, or with no due date, is later', () => {
    expect(dueGroup(at(21, 0), now)).toBe('later');
    expect(dueGroup(null, now)).toBe('later');
  });
  it('keeps the server order inside each group', () => {
    const groups = groupTasks(
      [task('a', null), task('b', at(20, 8)), task('c', at(20, 12)), task('d', at(19, 8))],
      now,
    );
    expect(groups.overdue.map((t) => t.id)).toEqual(['b', 'd']);
    expect(groups.today.map((t) => t.id)).toEqual(['c']);
    expect(groups.later.map((t) => t.id)).toEqual(['a']);
  });
});

describe('refresh bookkeeping', () => {
  it('merges pages without duplicates and counts arrivals', () => {
    const merged = mergePages([
      [task('a', null), task('b', null)],
      [task('b', null), task('c', null)],
    ]);
    expect(merged.map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(newTaskCount([task('a', null)], merged)).toBe(2);
  });
});
