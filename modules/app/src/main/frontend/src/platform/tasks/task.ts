import { html, nothing, type TemplateResult } from 'lit-html';
import { ApiError } from '../http';
import { peopleApi, type Person, type PersonMention } from '../people/api';
import { taskApi, type TaskDetail } from './api';
import { focusControl, focusSoon, type Context, type View } from '../../shell/app';
import { formatDateTime } from '../../shell/format';
import {
  controlId,
  initialValues,
  placeErrors,
  renderForm,
  toPayload,
  type RawValues,
} from '../../forms/taskForm';
import { loadCasePanel } from './casePanels';
import { formController } from '../../forms/formController';
import { renderPeopleToConfirm, toConfirm } from '../people/mentions';

/** One task: its form, generic from the model, beside the case it belongs to (as far as the user may see it). */
export function taskView(ctx: Context, taskId: string): View {
  let detail: TaskDetail | undefined;
  /** The case beside the task, drawn by the module that owns its process (see casePanels). */
  let casePanel: TemplateResult | undefined;
  let raw: RawValues = {};
  let loadProblem: string | undefined;
  let actionProblem: string | undefined;
  let disposed = false;
  let mentionBusy: number | undefined;
  let mentionProblem: string | undefined;

  async function load(): Promise<void> {
    try {
      detail = await taskApi.task(taskId);
      raw = initialValues(detail.form);
      void loadCasePanel(detail.task.processDefinitionKey, detail.task.businessKey).then(
        (panel) => {
          casePanel = panel;
          if (!disposed) ctx.update();
        },
      );
    } catch (e) {
      loadProblem =
        e instanceof ApiError && e.status === 404
          ? 'This task is not open any more: it was completed, or it is not for you.'
          : (e as Error).message;
    }
    if (!disposed) ctx.update();
  }

  const form = formController({
    update: () => ctx.update(),
    validate: () => (detail ? toPayload(detail.form, raw).errors : {}),
    place: (problems, message) => placeErrors(detail?.form ?? [], problems, message),
    controlId,
  });

  async function submit(): Promise<void> {
    const current = detail;
    if (!current) return;
    await form.submit(async () => {
      await taskApi.complete(taskId, toPayload(current.form, raw).values);
      ctx.flash(
        `Done: “${current.task.name}”${current.task.businessKey ? ` for ${current.task.businessKey}` : ''} is complete.`,
      );
      ctx.navigate('#/tasks');
    });
  }

  async function act(action: 'claim' | 'unclaim'): Promise<void> {
    if (!detail) return;
    try {
      detail = {
        ...detail,
        task: action === 'claim' ? await taskApi.claim(taskId) : await taskApi.unclaim(taskId),
      };
      actionProblem = undefined;
      ctx.announce(action === 'claim' ? 'You claimed this task.' : 'You handed this task back.');
    } catch (e) {
      actionProblem = (e as Error).message;
    }
    ctx.update();
  }

  /** Links a name to one person or rejects the match, then reloads the task (the form's answers stay). */
  async function decide(mention: PersonMention, person?: Person): Promise<void> {
    if (mentionBusy !== undefined) return;
    mentionBusy = mention.id;
    mentionProblem = undefined;
    ctx.update();
    try {
      if (person) await peopleApi.linkMention(mention.id, person.username);
      else await peopleApi.rejectMention(mention.id);
      ctx.announce(
        person
          ? `Confirmed: “${mention.asGiven}” is ${person.displayName}.`
          : `“${mention.asGiven}” is none of them.`,
      );
      detail = await taskApi.task(taskId);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return;
      mentionProblem = (e as Error).message;
    } finally {
      mentionBusy = undefined;
      if (!disposed) ctx.update();
    }
    focusSoon(
      detail && toConfirm(detail.peopleToConfirm).length > 0 ? '#people-to-confirm' : '#form-title',
    );
  }

  void load();

  return {
    title: () => detail?.task.name ?? 'Task',
    render: () => {
      if (loadProblem) {
        return html`<div class="error-summary" role="alert"><p>${loadProblem}</p></div>
          <p><a href="#/tasks">Back to the task list</a></p>`;
      }
      if (!detail) {
        return html`<p class="muted" role="status">Loading the task…</p>`;
      }
      const task = detail.task;
      const mine = task.assignee === ctx.session.username;
      return html`
        <p><a href="#/tasks">← Back to the task list</a></p>
        ${renderPeopleToConfirm(toConfirm(detail.peopleToConfirm), {
          link: (m, p) => void decide(m, p),
          reject: (m) => void decide(m),
          busy: mentionBusy,
          problem: mentionProblem,
        })}
        ${renderTaskFacts(task, mine, (action) => void act(action))}
        ${actionProblem ? html`<div class="error-summary" role="alert"><p>${actionProblem}</p></div>` : nothing}
        <div class="task-layout">
          <section class="task-main" aria-labelledby="form-title">
            <h2 id="form-title" tabindex="-1">Complete the task</h2>
            ${detail.description ? html`<p class="description prewrap">${detail.description}</p>` : nothing}
            ${renderForm(
              {
                fields: detail.form,
                raw,
                errors: form.errors,
                busy: form.busy,
                submitLabel: 'Complete task',
              },
              {
                change: (id, value) => {
                  raw = { ...raw, [id]: value };
                },
                submit: () => void submit(),
                focusField: (id) => focusControl(controlId(id)),
              },
            )}
          </section>
          ${casePanel ?? nothing}
        </div>
      `;
    },
    dispose: () => {
      disposed = true;
    },
  };
}

/** What the task is, whose it is, and the button to claim it or hand it back. */
function renderTaskFacts(
  task: TaskDetail['task'],
  mine: boolean,
  act: (action: 'claim' | 'unclaim') => void,
): TemplateResult {
  return html`
    <dl class="facts inline">
      <dt>Process</dt>
      <dd>${task.processName ?? task.processDefinitionKey}</dd>
      <dt>Reference</dt>
      <dd>${task.businessKey ?? 'none'}</dd>
      <dt>Created</dt>
      <dd>${formatDateTime(task.created)}</dd>
      <dt>Due</dt>
      <dd>
        ${task.due ? formatDateTime(task.due) : 'No due date'}${
          task.due && new Date(task.due) < new Date()
            ? html` <strong class="badge-text">(overdue)</strong>`
            : nothing
        }
      </dd>
      <dt>Assignee</dt>
      <dd>${task.assignee ? (mine ? 'You' : task.assignee) : 'Unclaimed'}</dd>
    </dl>
    <div class="toolbar">
      ${
        !task.assignee
          ? html`<button type="button" class="secondary" @click=${() => act('claim')}>
              Claim
            </button>`
          : mine
            ? html`<button type="button" class="secondary" @click=${() => act('unclaim')}>
                Unclaim
              </button>`
            : nothing
      }
    </div>
  `;
}
