import { render } from 'lit-html';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../http';
import { peopleApi, type Person } from './api';
import {
  chosen,
  NO_PICK,
  peopleSearch,
  personLabel,
  personRef,
  PersonPicker,
  type PersonPick,
} from './personField';

const dana: Person = { username: 'dsl', displayName: 'Dana Lead', roles: ['dsl'] };
const dan: Person = { username: 'dan.ops', displayName: 'Dan Ops', roles: ['it', 'staff'] };

const answer = (people: Person[]) =>
  Promise.resolve(
    new Response(JSON.stringify(people), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    }),
  );

describe('what a person field sends', () => {
  it('shows the display name with the roles beside it, not inside it', () => {
    expect(personLabel(dana)).toBe('Dana Lead — dsl');
    expect(personLabel(dan)).toBe('Dan Ops — it, staff');
    expect(personLabel({ ...dana, roles: [] })).toBe('Dana Lead');
  });

  it('sends the username of someone chosen from the directory, the name typed otherwise, nothing when empty', () => {
    expect(personRef(chosen(dana))).toEqual({ username: 'dsl' });
    expect(personRef({ text: ' Ms Supply ', person: null })).toEqual({ name: 'Ms Supply' });
    expect(personRef({ text: '   ', person: null })).toBeNull();
    expect(personRef(NO_PICK)).toBeNull();
  });
});

describe('searching the directory as you type', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('asks once per pause in typing, 200 ms after the last key, through GET /api/people', async () => {
    const fetch = vi.fn(() => answer([dana]));
    vi.stubGlobal('fetch', fetch);
    const show = vi.fn();
    const search = peopleSearch(peopleApi.people, show);
    search.search('d');
    await vi.advanceTimersByTimeAsync(100);
    search.search('da');
    await vi.advanceTimersByTimeAsync(100);
    search.search('dan');
    await vi.advanceTimersByTimeAsync(199);
    expect(fetch).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]).toEqual([
      '/api/people?search=dan',
      expect.objectContaining({ method: 'GET', credentials: 'same-origin' }),
    ]);
    await vi.advanceTimersByTimeAsync(0);
    expect(show).toHaveBeenCalledWith([dana]);
  });

  it('never shows a slow answer to an earlier question', async () => {
    let slow: (people: Person[]) => void = () => undefined;
    const find = vi.fn((text: string) =>
      text === 'da'
        ? new Promise<Person[]>((resolve) => (slow = resolve))
        : Promise.resolve([dana]),
    );
    const show = vi.fn();
    const search = peopleSearch(find, show);
    search.search('da');
    await vi.advanceTimersByTimeAsync(200);
    search.search('dana');
    await vi.advanceTimersByTimeAsync(200);
    slow([dan]);
    await vi.advanceTimersByTimeAsync(0);
    expect(show.mock.calls).toEqual([[[dana]]]);
  });
});

describe('the person field', () => {
  let container: HTMLElement;
  let value: PersonPick;
  let picker: PersonPicker;
  const draw = () =>
    render(picker.render({ id: 'staff-0', value, change: (pick) => (value = pick) }), container);

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '';
    container = document.createElement('div');
    document.body.append(container);
    value = NO_PICK;
  });
  afterEach(() => vi.useRealTimers());

  const type = async (text: string) => {
    const input = container.querySelector('input')!;
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await vi.advanceTimersByTimeAsync(200);
  };
  const key = (k: string) =>
    container
      .querySelector('input')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));

  it('lists the matches as options with roles beside names, and chooses one with the arrow keys and Enter', async () => {
    const find = vi.fn(() => Promise.resolve([dan, dana]));
    picker = new PersonPicker(draw, find);
    draw();
    await type('dan');
    expect(find).toHaveBeenCalledWith('dan');
    const input = container.querySelector('input')!;
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const options = [...container.querySelectorAll('[role="option"]')];
    expect(options.map((o) => o.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      'Dan Ops — it, staff',
      'Dana Lead — dsl',
    ]);
    expect(value).toEqual({ text: 'dan', person: null });

    key('ArrowDown');
    key('ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe('staff-0-person-1');
    key('Enter');
    expect(value).toEqual(chosen(dana));
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector('#staff-0-status')!.textContent).toContain(
      'From Beacon’s directory: Dana Lead — dsl',
    );
  });

  it('keeps the text typed as a name when nobody matches', async () => {
    picker = new PersonPicker(draw, () => Promise.resolve([]));
    draw();
    await type('Ms Supply');
    expect(container.querySelector('input')!.getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector('#staff-0-status')!.textContent).toContain(
      'Nobody in the directory matches',
    );
    expect(personRef(value)).toEqual({ name: 'Ms Supply' });
  });

  it('still takes a name when the directory refuses the search', async () => {
    picker = new PersonPicker(draw, () => Promise.reject(new ApiError(403, 'Forbidden', 'no')));
    draw();
    await type('Sam');
    expect(container.querySelector('#staff-0-status')!.textContent).toContain(
      'You cannot search the staff directory',
    );
    expect(personRef(value)).toEqual({ name: 'Sam' });
  });
});
