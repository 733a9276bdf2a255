import type { TaskView } from './api';

export type DueGroup = 'overdue' | 'today' | 'later';

export const GROUP_TITLES: Record<DueGroup, string> = {
  overdue: 'Overdue',
  today: 'Due today',
  later: 'Later',
};

/** Past its due time: overdue; due before midnight: today; a later due date, or none: later. */
export function dueGroup(due: string | null | undefined, now: Date): DueGroup {
  if (!due) {
    return 'later';
  }
  const at = new Date(due);
  if (Number.isNaN(at.getTime())) {
    return 'later';
  }
  if (at.getTime() < now.getTime()) {
    return 'overdue';
  }
  const endOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return at.getTime() < endOfToday.getTime() ? 'today' : 'later';
}

/** The tasks in their groups, each in the server's order (oldest first). */
export function groupTasks(tasks: TaskView[], now: Date): Record<DueGroup, TaskView[]> {
  const groups: Record<DueGroup, TaskView[]> = { overdue: [], today: [], later: [] };
  for (const task of tasks) {
    groups[dueGroup(task.due, now)].push(task);
  }
  return groups;
}

/** Merges a refreshed page list into what is shown: ids stay unique, order is the server's. */
export function mergePages(pages: TaskView[][]): TaskView[] {
  const seen = new Set<string>();
  const merged: TaskView[] = [];
  for (const page of pages) {
    for (const task of page) {
      if (!seen.has(task.id)) {
        seen.add(task.id);
        merged.push(task);
      }
    }
  }
  return merged;
}

/** How many tasks arrived since the last look, for the screen-reader announcement. */
export function newTaskCount(before: TaskView[], after: TaskView[]): number {
  const known = new Set(before.map((t) => t.id));
  return after.filter((t) => !known.has(t.id)).length;
}
