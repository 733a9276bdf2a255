import { render } from 'lit-html';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Context } from '../shell/app';
import { forgetReportDraft, reportView } from './report';

const json = (body: unknown) =>
  Promise.resolve(
    new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    }),
  );

describe('the report form names pupils from the register', () => {
  let container: HTMLElement;

  beforeEach(() => {
    vi.useFakeTimers();
    forgetReportDraft();
    document.body.innerHTML = '';
    container = document.createElement('div');
    document.body.append(container);
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string) =>
        url.startsWith('/api/pupils')
          ? json([{ reference: 'P-0042', yearGroup: 'Year 8', left: false }])
          : url.startsWith('/api/incidents/types')
            ? json(['Mobile phone or handheld device', 'other'])
            : Promise.resolve(new Response('{}', { status: 404 })),
      ),
    );
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  function open(): void {
    let view: ReturnType<typeof reportView> | undefined = undefined;
    const ctx: Context = {
      session: { username: 'staff', roles: ['staff'] },
      update: () => view && render(view.render(), container),
      navigate: () => undefined,
      announce: () => undefined,
      flash: () => undefined,
      takeFlash: () => undefined,
    };
    view = reportView(ctx);
    ctx.update();
  }

  const type = async (selector: string, text: string) => {
    const input = container.querySelector<HTMLInputElement>(selector)!;
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await vi.advanceTimersByTimeAsync(200);
  };
  const addPupil = async () => {
    [...container.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent?.trim() === 'Add a pupil')!
      .click();
    await vi.advanceTimersByTimeAsync(0);
  };

  it('fills in the year group of a pupil chosen from the register', async () => {
    open();
    await addPupil();
    await type('#r-pupil-0-ref', 'p-00');
    container.querySelector<HTMLElement>('#r-pupil-0-ref-pupil-0')!.click();
    expect(container.querySelector<HTMLInputElement>('#r-pupil-0-ref')!.value).toBe('P-0042');
    expect(container.querySelector<HTMLSelectElement>('#r-pupil-0-year')!.value).toBe('Year 8');
    expect(container.querySelector('#r-pupil-0-ref-status')!.textContent).toBe(
      'In the pupil register: P-0042 — Year 8.',
    );
  });

  it('keeps a reference the register does not hold, and says so', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string) => json(url.startsWith('/api/pupils') ? [] : ['other'])),
    );
    open();
    await addPupil();
    await type('#r-pupil-0-ref', 'NEW-9');
    expect(container.querySelector<HTMLInputElement>('#r-pupil-0-ref')!.value).toBe('NEW-9');
    expect(container.querySelector('#r-pupil-0-ref-status')!.textContent).toBe(
      'Not in the register: the reference will be sent as typed.',
    );
  });
});
