import { html, render } from 'lit-html';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../http';
import { pupils, type RegisteredPupil } from './api';
import { emptyDraft, reportPayload } from '../../incidents/reportForm';
import { addPupilLine, MIN_PUPIL_SEARCH, pupilAdders, pupilLabel, PupilPicker } from './pupilField';

const p42: RegisteredPupil = { reference: 'P-0042', yearGroup: 'Year 8', left: false };
const p421: RegisteredPupil = { reference: 'P-0421', yearGroup: 'Year 11', left: true };

describe('a pupil as the register offers them', () => {
  it('shows the reference with the year group beside it, and says when they have left', () => {
    expect(pupilLabel(p42)).toBe('P-0042 — Year 8');
    expect(pupilLabel(p421)).toBe('P-0421 — Year 11 (left)');
  });

  it('searches GET /api/pupils with the text typed', async () => {
    const fetch = vi.fn(() =>
      Promise.resolve(
        new Response(JSON.stringify([p42]), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        }),
      ),
    );
    vi.stubGlobal('fetch', fetch);
    try {
      await expect(pupils.search('p-004')).resolves.toEqual([p42]);
      expect(fetch.mock.calls[0]).toEqual([
        '/api/pupils?search=p-004',
        expect.objectContaining({ method: 'GET' }),
      ]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('sends only the reference and the year group of a pupil chosen from the register', () => {
    const draft = {
      ...emptyDraft('2026-12-03T10:00'),
      pupils: [{ reference: 'P-0042', yearGroup: 'Year 8', registered: p42 }],
    };
    expect(reportPayload(draft).body.pupils).toEqual([
      { reference: 'P-0042', yearGroup: 'Year 8' },
    ]);
  });
});

describe('the pupil field', () => {
  let container: HTMLElement;
  let reference: string;
  let registered: RegisteredPupil | null;
  let picker: PupilPicker;
  const draw = () =>
    render(
      picker.render({
        id: 'r-pupil-0-ref',
        reference,
        registered,
        change: (r, p) => {
          reference = r;
          registered = p;
        },
      }),
      container,
    );
  const status = () => container.querySelector('#r-pupil-0-ref-status')!.textContent!;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '';
    container = document.createElement('div');
    document.body.append(container);
    reference = '';
    registered = null;
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

  it(`asks nothing until ${MIN_PUPIL_SEARCH} characters are typed, as the server would refuse`, async () => {
    const find = vi.fn(() => Promise.resolve([p42]));
    picker = new PupilPicker(draw, find);
    draw();
    await type('P');
    expect(find).not.toHaveBeenCalled();
    expect(status()).toContain('Type at least 2 characters');
    await type('P-');
    expect(find).toHaveBeenCalledWith('P-');
  });

  it('lists the matches and chooses one with the keyboard, the reference as the register writes it', async () => {
    picker = new PupilPicker(draw, () => Promise.resolve([p42, p421]));
    draw();
    await type('p-04');
    const options = [...container.querySelectorAll('[role="option"]')].map((o) =>
      o.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(options).toEqual(['P-0042 — Year 8', 'P-0421 — Year 11 (left)']);
    expect(container.querySelector('ul')!.getAttribute('aria-label')).toBe(
      'Pupils in the register',
    );
    key('ArrowDown');
    expect(container.querySelector('input')!.getAttribute('aria-activedescendant')).toBe(
      'r-pupil-0-ref-pupil-0',
    );
    key('Enter');
    expect(reference).toBe('P-0042');
    expect(registered).toEqual(p42);
    expect(status()).toBe('In the pupil register: P-0042 — Year 8.');
  });

  it('puts an exact match under the arrow keys at once, whatever its case', async () => {
    picker = new PupilPicker(draw, () => Promise.resolve([p421, p42]));
    draw();
    await type('p-0042');
    key('Enter');
    expect(registered).toEqual(p42);
  });

  it('keeps a reference the register does not hold, saying so', async () => {
    picker = new PupilPicker(draw, () => Promise.resolve([]));
    draw();
    await type('NEW-77');
    expect(status()).toBe('Not in the register: the reference will be sent as typed.');
    expect(reference).toBe('NEW-77');
    expect(registered).toBeNull();
  });

  it('still takes a reference when the register refuses the search', async () => {
    picker = new PupilPicker(draw, () => Promise.reject(new ApiError(403, 'Forbidden', 'no')));
    draw();
    await type('P-9');
    expect(status()).toContain('You cannot search the pupil register');
    expect(reference).toBe('P-9');
  });

  it('forgets the register entry once the reference is typed over', async () => {
    picker = new PupilPicker(draw, () => Promise.resolve([p42]));
    draw();
    await type('P-0042');
    key('Enter');
    expect(registered).toEqual(p42);
    draw();
    await type('P-00421');
    expect(registered).toBeNull();
  });
});

describe('adding pupils from the register to a list typed one a line', () => {
  it('adds "reference, year group" as a line, once per reference whatever its case', () => {
    expect(addPupilLine('', p42)).toBe('P-0042, Year 8');
    expect(addPupilLine('NEW-1, Year 3\n\n', p42)).toBe('NEW-1, Year 3\nP-0042, Year 8');
    expect(addPupilLine('p-0042, Year 8', p42)).toBe('p-0042, Year 8');
  });

  it('adds the pupil chosen and clears the lookup for the next one', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          new Response(JSON.stringify([p42]), {
            status: 200,
            headers: { 'Content-Type': 'application/json' },
          }),
        ),
      ),
    );
    try {
      document.body.innerHTML = '';
      const container = document.createElement('div');
      document.body.append(container);
      const added: RegisteredPupil[] = [];
      const adders = pupilAdders(() => draw());
      const draw = () =>
        render(
          html`${adders.render('children', 'f-children-find', (p) => added.push(p))}`,
          container,
        );
      draw();
      const input = container.querySelector('input')!;
      input.focus();
      input.value = 'P-00';
      input.dispatchEvent(new Event('input'));
      await vi.advanceTimersByTimeAsync(200);
      container.querySelector<HTMLElement>('[role="option"]')!.click();
      expect(added).toEqual([p42]);
      expect(container.querySelector('input')!.value).toBe('');
      adders.dispose();
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });
});
