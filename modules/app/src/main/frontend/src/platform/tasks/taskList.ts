import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { ApiError } from '../http';
import { taskApi, type TaskView } from './api';
import type { Context, View } from '../../shell/app';
import { formatDateTime, formatTime } from '../../shell/format';
import { taskListLabel } from '../../shell/roles';
import { GROUP_TITLES, groupTasks, mergePages, newTaskCount, type DueGroup } from './grouping';

export const PAGE_SIZE = 50;
export const REFRESH_MS = 15_000;

/** What the list showed when it was left, so coming back from a task finds it as it was. */
interface Remembered {
  username: string;
  items: TaskView[];
  pages: number;
  hasMore: boolean;
  loaded: boolean;
  selectedId?: string;
  scrollY: number;
}
let remembered: Remembered | undefined;

/** Signing out on purpose forgets the list it showed. */
export function forgetTaskList(): void {
  remembered = undefined;
}

/** The first `count` pages of the list, merged. */
async function fetchPages(count: number): Promise<{ items: TaskView[]; hasMore: boolean }> {
  const fetched: TaskView[][] = [];
  let more = false;
  for (let page = 0; page < count; page++) {
    const result = await taskApi.tasks(page, PAGE_SIZE);
    fetched.push(result.items);
    more = result.hasMore;
    if (!result.hasMore) {
      break;
    }
  }
  return { items: mergePages(fetched), hasMore: more };
}

/** What a row needs from the list: who is signed in, which row is chosen or busy, and the actions. */
interface RowState {
  me: string;
  selectedId?: string;
  busyTask?: string;
  select: (id: string) => void;
  act: (task: TaskView, action: 'claim' | 'unclaim') => void;
}

/** Claim an unclaimed task, hand back one's own, nothing for someone else's. */
function rowAction(task: TaskView, s: RowState): TemplateResult | typeof nothing {
  const busy = s.busyTask === task.id;
  if (!task.assignee) {
    return html`<button
      type="button"
      class="row-action"
      ?disabled=${busy}
      @click=${() => s.act(task, 'claim')}
    >
      Claim<span class="visually-hidden"> “${task.name}” ${task.businessKey ?? ''}</span>
    </button>`;
  }
  if (task.assignee === s.me) {
    return html`<button
      type="button"
      class="row-action secondary"
      ?disabled=${busy}
      @click=${() => s.act(task, 'unclaim')}
    >
      Unclaim<span class="visually-hidden"> “${task.name}” ${task.businessKey ?? ''}</span>
    </button>`;
  }
  return nothing;
}

function taskRow(task: TaskView, s: RowState): TemplateResult {
  const mine = task.assignee === s.me;
  return html`<tr
    data-task=${task.id}
    class=${task.id === s.selectedId ? 'selected' : ''}
    @focusin=${() => s.select(task.id)}
  >
    <td>${task.processName ?? task.processDefinitionKey ?? ''}</td>
    <td class="nowrap">${task.businessKey ?? html`<span class="muted">none</span>`}</td>
    <th scope="row"><a href=${`#/tasks/${encodeURIComponent(task.id)}`}>${task.name}</a></th>
    <td>${formatDateTime(task.created)}</td>
    <td>${task.due ? formatDateTime(task.due) : html`<span class="muted">no due date</span>`}</td>
    <td>
      ${task.assignee ? (mine ? 'You' : task.assignee) : html`<span class="muted">unclaimed</span>`}
    </td>
    <td>${rowAction(task, s)}</td>
  </tr>`;
}

function taskGroup(key: DueGroup, tasks: TaskView[], s: RowState): TemplateResult {
  return html`
    <section class="task-group group-${key}" aria-labelledby=${`group-${key}`}>
      <h2 id=${`group-${key}`}>
        ${key === 'overdue' ? html`<span class="badge badge-overdue" aria-hidden="true">!</span> ` : nothing}${GROUP_TITLES[key]}
        <span class="count">(${tasks.length})</span>
      </h2>
      ${
        tasks.length === 0
          ? html`<p class="muted">
              No tasks
              ${key === 'overdue' ? 'overdue' : key === 'today' ? 'due today' : 'due later'}.
            </p>`
          : html`<div class="table-scroll">
              <table class="tasks">
                <caption class="visually-hidden">
                  ${GROUP_TITLES[key]}: ${tasks.length} task${tasks.length === 1 ? '' : 's'}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Process</th>
                    <th scope="col">Reference</th>
                    <th scope="col">Task</th>
                    <th scope="col">Created</th>
                    <th scope="col">Due</th>
                    <th scope="col">Assignee</th>
                    <th scope="col"><span class="visually-hidden">Actions</span></th>
                  </tr>
                </thead>
                <tbody>
                  ${repeat(
                    tasks,
                    (t) => t.id,
                    (t) => taskRow(t, s),
                  )}
                </tbody>
              </table>
            </div>`
      }
    </section>
  `;
}

/** When the list was last fetched, and a button to fetch it now. */
function refreshBar(
  updatedAt: Date | undefined,
  loaded: boolean,
  loading: boolean,
  onRefresh: () => void,
): TemplateResult {
  return html`
    <div class="toolbar">
      <p class="muted" id="updated">
        ${updatedAt ? `Updated ${formatTime(updatedAt)}; refreshes every 15 seconds.` : loaded ? '' : 'Loading tasks…'}
      </p>
      <button type="button" class="secondary" ?disabled=${loading} @click=${onRefresh}>
        Refresh now
      </button>
    </div>
  `;
}

function loadMoreButton(loading: boolean, onLoad: () => void): TemplateResult {
  return html`<div class="actions">
    <button type="button" class="secondary" ?disabled=${loading} @click=${onLoad}>Load more</button>
  </div>`;
}

/** Refreshes every REFRESH_MS while the page is visible, and when it is shown again; returns the stop. */
function keepFresh(refresh: () => void): () => void {
  const whenVisible = () => {
    if (!document.hidden) {
      refresh();
    }
  };
  const timer = window.setInterval(whenVisible, REFRESH_MS);
  document.addEventListener('visibilitychange', whenVisible);
  return () => {
    window.clearInterval(timer);
    document.removeEventListener('visibilitychange', whenVisible);
  };
}

export function taskListView(ctx: Context): View {
  const me = ctx.session.username;
  const kept = remembered?.username === me ? remembered : undefined;
  let items: TaskView[] = kept?.items ?? [];
  let pages = kept?.pages ?? 1;
  let hasMore = kept?.hasMore ?? false;
  let selectedId = kept?.selectedId;
  let loaded = kept?.loaded ?? false;
  let loading = false;
  let busyTask: string | undefined;
  let problem: string | undefined;
  let updatedAt: Date | undefined;
  const flash = ctx.takeFlash();
  let disposed = false;

  async function refresh(announceChanges: boolean): Promise<void> {
    if (loading || disposed) {
      return;
    }
    loading = true;
    try {
      const result = await fetchPages(pages);
      if (disposed) {
        return;
      }
      const arrived = newTaskCount(items, result.items);
      const changed =
        result.items.length !== items.length ||
        arrived > 0 ||
        result.items.some((t, i) => t.assignee !== items[i]?.assignee);
      items = result.items;
      hasMore = result.hasMore;
      problem = undefined;
      updatedAt = new Date();
      if (announceChanges && loaded && changed) {
        ctx.announce(
          arrived > 0
            ? `Task list updated: ${arrived} new task${arrived === 1 ? '' : 's'}.`
            : 'Task list updated.',
        );
      }
      loaded = true;
    } catch (e) {
      if (!disposed && !(e instanceof ApiError && e.status === 401)) {
        problem = `The task list could not be refreshed: ${(e as Error).message}`;
      }
    } finally {
      loading = false;
      if (!disposed) {
        ctx.update();
      }
    }
  }

  async function loadMore(): Promise<void> {
    loading = true;
    ctx.update();
    try {
      const result = await taskApi.tasks(pages, PAGE_SIZE);
      pages += 1;
      items = mergePages([items, result.items]);
      hasMore = result.hasMore;
      ctx.announce(
        `${result.items.length} more task${result.items.length === 1 ? '' : 's'} loaded.`,
      );
    } catch (e) {
      problem = `More tasks could not be loaded: ${(e as Error).message}`;
    } finally {
      loading = false;
      ctx.update();
    }
  }

  async function act(task: TaskView, action: 'claim' | 'unclaim'): Promise<void> {
    busyTask = task.id;
    selectedId = task.id;
    ctx.update();
    try {
      const updated =
        action === 'claim' ? await taskApi.claim(task.id) : await taskApi.unclaim(task.id);
      items = items.map((t) => (t.id === updated.id ? updated : t));
      problem = undefined;
      ctx.announce(
        action === 'claim' ? `You claimed “${task.name}”.` : `You handed back “${task.name}”.`,
      );
    } catch (e) {
      problem = (e as Error).message;
      void refresh(false);
    } finally {
      busyTask = undefined;
      ctx.update();
      // The button pressed was replaced by its opposite; keep the keyboard in the same row.
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`[data-task="${task.id}"] .row-action`)?.focus(),
      );
    }
  }

  const stopRefreshing = keepFresh(() => void refresh(true));
  void refresh(false);
  if (kept) {
    requestAnimationFrame(() => window.scrollTo(0, kept.scrollY));
  }

  const rowState = (): RowState => ({
    me,
    selectedId,
    busyTask,
    select: (id) => {
      if (selectedId !== id) {
        selectedId = id;
        ctx.update();
      }
    },
    act: (task, action) => void act(task, action),
  });
  const group = (key: DueGroup, tasks: TaskView[]) => taskGroup(key, tasks, rowState());

  return {
    title: () => taskListLabel(ctx.session.roles),
    render: () => {
      const groups = groupTasks(items, new Date());
      return html`
        ${flash ? html`<div class="notice success" role="status">${flash}</div>` : nothing}
        ${refreshBar(updatedAt, loaded, loading, () => void refresh(true))}
        ${problem ? html`<div class="error-summary" role="alert"><p>${problem}</p></div>` : nothing}
        ${loaded && items.length === 0 ? html`<p class="empty">There are no tasks for you right now.</p>` : nothing}
        ${
          loaded && items.length > 0
            ? html`${group('overdue', groups.overdue)} ${group('today', groups.today)}
              ${group('later', groups.later)}`
            : nothing
        }
        ${hasMore ? loadMoreButton(loading, () => void loadMore()) : nothing}
      `;
    },
    dispose: () => {
      disposed = true;
      stopRefreshing();
      remembered = {
        username: me,
        items,
        pages,
        hasMore,
        loaded,
        selectedId,
        scrollY: window.scrollY,
      };
    },
  };
}
