import { html, render } from 'lit-html';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TaskDetail } from './api';
import type { Context } from '../../shell/app';
import { casePanelFor, loadCasePanel, registerCasePanel } from './casePanels';
import { taskView } from './task';
import '../../incidents/casePanel';
import '../../allegations/casePanel';
import '../../filtering/casePanel';

const text = (e: Element | null) => e?.textContent?.replace(/\s+/g, ' ').trim();

describe('the case panel registry', () => {
  it('finds a panel by process definition key, for every key it was registered under', async () => {
    const panel = vi.fn(async (reference: string) => html`<p>${reference}</p>`);
    registerCasePanel(['TestProcessA', 'TestProcessB'], panel);
    expect(casePanelFor('TestProcessA')).toBe(panel);
    expect(casePanelFor('TestProcessB')).toBe(panel);
    expect(casePanelFor('TestProcessC')).toBeUndefined();
    expect(casePanelFor(undefined)).toBeUndefined();
    await loadCasePanel('TestProcessB', 'REF-1');
    expect(panel).toHaveBeenCalledWith('REF-1');
  });

  it('refuses a second panel for the same process', () => {
    registerCasePanel('TestProcessOnce', async () => undefined);
    expect(() => registerCasePanel('TestProcessOnce', async () => undefined)).toThrow(
      /TestProcessOnce/,
    );
  });

  it('shows nothing without a reference, or when the case is refused', async () => {
    const refused = vi.fn(() => Promise.reject(new Error('403')));
    registerCasePanel('TestProcessRefused', refused);
    expect(await loadCasePanel('TestProcessRefused', 'REF-2')).toBeUndefined();
    expect(await loadCasePanel('TestProcessRefused', null)).toBeUndefined();
    expect(refused).toHaveBeenCalledTimes(1);
  });

  it('has the business modules registered under their process definitions', () => {
    for (const key of [
      'IncidentResponseProcess',
      'StaffAllegationProcess',
      'FilteringReportProcess',
    ])
      expect(casePanelFor(key), key).toBeDefined();
  });
});

describe('the task page beside its case', () => {
  let container: HTMLElement;
  beforeEach(() => {
    document.body.innerHTML = '';
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => vi.unstubAllGlobals());

  const json = (body: unknown, status = 200) =>
    Promise.resolve(
      new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
  const task = (processDefinitionKey: string, businessKey: string): TaskDetail => ({
    task: { id: 't1', name: 'Classify the incident', businessKey, processDefinitionKey },
    candidateGroups: ['dsl'],
    form: [],
  });
  const incident = { reference: 'INC-2026-0042', status: 'open', view: 'full', chronology: [] };

  async function open(detail: TaskDetail) {
    const fetch = vi.fn((path: string) => {
      if (path === '/api/tasks/t1') return json(detail);
      if (path.startsWith('/api/incidents/')) return json(incident);
      return json({ status: 404, error: 'Not Found', message: 'none' }, 404);
    });
    vi.stubGlobal('fetch', fetch);
    const ctx: Context = {
      session: { username: 'dsl', roles: ['dsl'] },
      update: () => render(view.render(), container),
      navigate: vi.fn(),
      announce: vi.fn(),
      flash: vi.fn(),
      takeFlash: () => undefined,
    };
    const view = taskView(ctx, 't1');
    await vi.waitFor(() => expect(container.querySelector('#form-title')).not.toBeNull());
    return fetch;
  }

  it('draws the panel the task’s process registered, whatever its reference looks like', async () => {
    const fetch = await open(task('IncidentResponseProcess', 'INC-2026-0042'));
    await vi.waitFor(() =>
      expect(text(container.querySelector('#case-title'))).toBe('Case INC-2026-0042'),
    );
    expect(fetch).toHaveBeenCalledWith('/api/incidents/INC-2026-0042', expect.anything());
  });

  it('asks no module for a case when the process has no panel, even for an incident-like reference', async () => {
    const fetch = await open(task('PolicyReviewProcess', 'INC-2026-0042'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container.querySelector('.case-context')).toBeNull();
    expect(fetch.mock.calls.map(([path]) => path)).toEqual(['/api/tasks/t1']);
  });
});
