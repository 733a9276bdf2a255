import { html, render } from 'lit-html';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../platform/http';
import { formController, placeByKey } from './formController';
import { controlOf, simpleFormController, type Field, type Values } from './simpleForm';

const text = (e: Element | null) => e?.textContent?.replace(/\s+/g, ' ').trim();
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

let container: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '';
  container = document.createElement('div');
  document.body.append(container);
});

describe('the form controller', () => {
  function page(validate: () => Record<string, string> = () => ({})) {
    const form = formController({
      update: () =>
        render(
          html`${form.summary()}
            <div class=${form.fieldClass('name')}>
              <input
                id="f-name"
                aria-invalid=${form.aria('name').invalid}
              />${form.fieldError('name')}
            </div>
            <button ?disabled=${form.busy}>Send</button>`,
          container,
        ),
      validate,
      controlId: (key) => `f-${key}`,
    });
    return form;
  }

  it('sends nothing while a check fails, shows the problem beside its field and focuses the summary', async () => {
    const form = page(() => ({ name: 'Name is required' }));
    const send = vi.fn(async () => undefined);
    expect(await form.submit(send)).toBe(false);
    expect(send).not.toHaveBeenCalled();
    expect(text(container.querySelector('#error-summary li'))).toBe('Name is required');
    expect(container.querySelector('.field')!.className).toBe('field has-error');
    expect(container.querySelector('#f-name')!.getAttribute('aria-invalid')).toBe('true');
    expect(text(container.querySelector('#f-name-error'))).toBe('Error: Name is required');
    await frame();
    expect(document.activeElement?.id).toBe('error-summary');
  });

  it('links each problem in the summary to its field', async () => {
    const form = page(() => ({ name: 'Name is required' }));
    await form.submit(async () => undefined);
    const link = container.querySelector<HTMLAnchorElement>('#error-summary a')!;
    expect(link.getAttribute('href')).toBe('#f-name');
    link.click();
    expect(document.activeElement?.id).toBe('f-name');
  });

  it('is busy while sending, ignores a second submit, and is ready again after', async () => {
    const form = page();
    let finish!: () => void;
    const send = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const first = form.submit(send);
    expect(form.busy).toBe(true);
    expect(container.querySelector('button')!.disabled).toBe(true);
    expect(await form.submit(send)).toBe(false);
    expect(send).toHaveBeenCalledTimes(1);
    finish();
    expect(await first).toBe(true);
    expect(form.busy).toBe(false);
    expect(container.querySelector('button')!.disabled).toBe(false);
  });

  it('places the server’s field errors on the fields, or its message when it names none', async () => {
    const form = page();
    await form.submit(() =>
      Promise.reject(new ApiError(400, 'Bad Request', 'Invalid', { name: 'is too long' })),
    );
    expect(form.errors.inline).toEqual({ name: 'is too long' });
    await form.submit(() => Promise.reject(new ApiError(409, 'Conflict', 'Taken already')));
    expect(text(container.querySelector('#error-summary li'))).toBe('Taken already');
    expect(form.errors.inline).toEqual({});
  });

  it('shows nothing for a 401 (the shell signs the user out) unless the form words it', async () => {
    const form = page();
    await form.submit(() => Promise.reject(new ApiError(401, 'Unauthorized', 'Sign in')));
    expect(container.querySelector('#error-summary')).toBeNull();
    expect(form.busy).toBe(false);

    const worded = formController({
      update: () => render(worded.summary(), container),
      refusal: (e) => (e.status === 401 ? placeByKey({}, 'The password is not right.') : undefined),
    });
    await worded.submit(() => Promise.reject(new ApiError(401, 'Unauthorized', 'Sign in')));
    expect(text(container.querySelector('#error-summary li'))).toBe('The password is not right.');
  });

  it('says what went wrong when the request fails without an answer', async () => {
    const form = page();
    await form.submit(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(text(container.querySelector('#error-summary li'))).toBe('TypeError: Failed to fetch');
  });
});

describe('the controller of a field-list form', () => {
  const fields: Field[] = [
    { name: 'url', label: 'Web address', kind: 'url', required: true },
    { name: 'kind', label: 'What is wrong?', kind: 'radios', required: true, options: [] },
  ];

  it('checks required fields in form order and maps server paths onto their fields', async () => {
    let values: Values = {};
    const form = simpleFormController(
      () => render(form.summary(), container),
      () => fields,
      () => values,
    );
    await form.submit(async () => undefined);
    expect([...container.querySelectorAll('#error-summary li')].map(text)).toEqual([
      'Web address is required',
      'What is wrong: choose one',
    ]);
    expect(container.querySelector('#error-summary a')!.getAttribute('href')).toBe(
      `#${controlOf('url')}`,
    );

    values = { url: 'http://x', kind: 'underblocking' };
    await form.submit(() =>
      Promise.reject(
        new ApiError(400, 'Bad Request', 'Invalid', { 'url[0]': 'must be a web address' }),
      ),
    );
    expect(form.errors.inline).toEqual({ url: 'Web address must be a web address' });
  });
});
