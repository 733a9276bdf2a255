import { render } from 'lit-html';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PersonMention } from './api';
import type { TaskDetail } from '../tasks/api';
import type { Context } from '../../shell/app';
import { taskView } from '../tasks/task';
import { renderPeopleToConfirm, toConfirm } from './mentions';

const dana = { username: 'dsl', displayName: 'Dana Lead', roles: ['dsl'] };
const danny = { username: 'dwright', displayName: 'Danny Wright', roles: ['staff', 'it'] };

const mention = (over: Partial<PersonMention> = {}): PersonMention => ({
  id: 7,
  caseReference: 'ALG-2026-K7Q2MX',
  part: 'subject',
  asGiven: 'Dan',
  match: 'ambiguous',
  status: 'to-review',
  people: [dana, danny],
  ...over,
});

const text = (e: Element | null) => e?.textContent?.replace(/\s+/g, ' ').trim();

let container: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '';
  container = document.createElement('div');
  document.body.append(container);
});

describe('names to confirm', () => {
  it('only lists the names still to review', () => {
    expect(
      toConfirm([
        mention(),
        mention({ id: 8, status: 'linked' }),
        mention({ id: 9, status: 'rejected' }),
      ]).map((m) => m.id),
    ).toEqual([7]);
    expect(toConfirm(undefined)).toEqual([]);
  });

  it('shows each name with its candidates, roles beside names, and says why it matters', () => {
    render(renderPeopleToConfirm([mention()], { link: vi.fn(), reject: vi.fn() }), container);
    expect(text(container.querySelector('h2'))).toBe('Names to confirm');
    expect(text(container)).toContain('everyone it may mean is kept away from this case');
    expect(text(container.querySelector('.mention p'))).toContain('“Dan”');
    expect([...container.querySelectorAll('.candidates li > span')].map(text)).toEqual([
      'Dana Lead — dsl',
      'Danny Wright — staff, it',
    ]);
    expect([...container.querySelectorAll('button')].map(text)).toEqual([
      'This is them: Dana Lead is “Dan”',
      'This is them: Danny Wright is “Dan”',
      'None of these is “Dan”',
    ]);
  });

  it('says nothing when there is nothing to confirm', () => {
    render(renderPeopleToConfirm([], { link: vi.fn(), reject: vi.fn() }), container);
    expect(container.querySelector('.people-to-confirm')).toBeNull();
  });

  it('links the person chosen, or rejects them all', () => {
    const link = vi.fn();
    const reject = vi.fn();
    render(renderPeopleToConfirm([mention()], { link, reject }), container);
    const buttons = container.querySelectorAll('button');
    buttons[1].click();
    expect(link).toHaveBeenCalledWith(mention(), danny);
    buttons[2].click();
    expect(reject).toHaveBeenCalledWith(mention());
  });
});

describe('the task page with names to confirm', () => {
  afterEach(() => vi.unstubAllGlobals());

  const detail = (peopleToConfirm: PersonMention[]): TaskDetail => ({
    task: { id: 't1', name: 'Assess the allegation', businessKey: 'ALG-2026-K7Q2MX' },
    candidateGroups: ['dsl'],
    form: [],
    peopleToConfirm,
  });
  const json = (body: unknown) =>
    Promise.resolve(
      new Response(JSON.stringify(body), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      }),
    );

  async function open(answers: (path: string, init: RequestInit) => Promise<Response>) {
    const fetch = vi.fn(answers);
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
    return { fetch, ctx };
  }

  it('links a name to the person chosen, then reloads the task', async () => {
    let linked = false;
    const { fetch, ctx } = await open((path) => {
      if (path === '/api/people/mentions/7/link') {
        linked = true;
        return json({ ...mention(), status: 'linked', people: [danny] });
      }
      if (path === '/api/tasks/t1') return json(detail(linked ? [] : [mention()]));
      return Promise.resolve(new Response('{}', { status: 404 }));
    });
    expect(text(container.querySelector('#people-to-confirm h2'))).toBe('Names to confirm');

    [...container.querySelectorAll<HTMLButtonElement>('#people-to-confirm button')]
      .find((b) => b.textContent!.includes('Danny'))!
      .click();
    await vi.waitFor(() => expect(container.querySelector('#people-to-confirm')).toBeNull());

    const link = fetch.mock.calls.find(([path]) => path === '/api/people/mentions/7/link')!;
    expect(link[1].method).toBe('POST');
    expect(JSON.parse(link[1].body as string)).toEqual({ username: 'dwright' });
    expect(fetch.mock.calls.filter(([path]) => path === '/api/tasks/t1')).toHaveLength(2);
    expect(ctx.announce).toHaveBeenCalledWith('Confirmed: “Dan” is Danny Wright.');
  });

  it('rejects the match with no body, and shows the server’s refusal', async () => {
    const { fetch } = await open((path) => {
      if (path === '/api/people/mentions/7/reject') {
        return Promise.resolve(
          new Response(
            JSON.stringify({
              status: 409,
              error: 'Conflict',
              message: 'This name was settled already.',
            }),
            { status: 409 },
          ),
        );
      }
      if (path === '/api/tasks/t1') return json(detail([mention()]));
      return Promise.resolve(new Response('{}', { status: 404 }));
    });
    [...container.querySelectorAll<HTMLButtonElement>('#people-to-confirm button')]
      .find((b) => b.textContent!.includes('None'))!
      .click();
    await vi.waitFor(() =>
      expect(text(container.querySelector('#people-to-confirm [role="alert"]'))).toContain(
        'settled already',
      ),
    );
    const reject = fetch.mock.calls.find(([path]) => path === '/api/people/mentions/7/reject')!;
    expect(reject[1].method).toBe('POST');
    expect(reject[1].body).toBeUndefined();
  });
});
