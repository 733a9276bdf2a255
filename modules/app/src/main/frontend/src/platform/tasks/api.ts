// The task list, one task and its form (/api/tasks), and the steps of a case's chronology.

import type { Checked } from '../../api/checked';
import { request } from '../http';
import type { PersonMention } from '../people/api';

export type TaskView = Checked<
  {
    id: string;
    name: string;
    // JSON-B leaves out null properties: every optional one may be missing.
    processName?: string | null;
    processDefinitionKey?: string | null;
    businessKey?: string | null;
    created?: string | null;
    due?: string | null;
    assignee?: string | null;
  },
  'TaskView'
>;

export type TaskPage = Checked<
  {
    items: TaskView[];
    page: number;
    size: number;
    hasMore: boolean;
  },
  'TaskPage'
>;

export type FormField = Checked<
  {
    id: string;
    label: string;
    type: string;
    required: boolean;
    readonly?: boolean;
    values: { id: string; label: string }[];
    defaultValue?: unknown;
    value?: unknown;
  },
  'FormFieldView'
>;

export type TaskDetail = Checked<
  {
    task: TaskView;
    candidateGroups: string[];
    description?: string | null;
    formKey?: string | null;
    form: FormField[];
    /** Names in the task's case still to be confirmed by a DSL (missing when there are none). */
    peopleToConfirm?: PersonMention[] | null;
  },
  'TaskDetail'
>;

export type ChronologyStep = Checked<
  {
    at: string | null;
    activityId: string;
    name: string | null;
    kind: string;
    actor: string | null;
    completed: boolean;
    values: { id: string; label: string; value: string | null }[];
  },
  'Step'
>;

export const taskApi = {
  tasks: (page: number, size: number) =>
    request<TaskPage>('GET', `/api/tasks?page=${page}&size=${size}`),
  task: (id: string) => request<TaskDetail>('GET', `/api/tasks/${encodeURIComponent(id)}`),
  claim: (id: string) => request<TaskView>('POST', `/api/tasks/${encodeURIComponent(id)}/claim`),
  unclaim: (id: string) =>
    request<TaskView>('POST', `/api/tasks/${encodeURIComponent(id)}/unclaim`),
  complete: (id: string, values: Record<string, unknown>) =>
    request<void>('POST', `/api/tasks/${encodeURIComponent(id)}/complete`, values),
};
