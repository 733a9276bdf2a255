import { render } from 'lit-html';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../http';
import { alertSettingsPanel, type AlertSettings } from './alertSettings';

const text = (e: Element | null) => e?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

let container: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '';
  container = document.createElement('div');
  document.body.append(container);
});

function mount(
  get: () => Promise<AlertSettings>,
  setDigest = vi.fn(async (digest: boolean) => ({ emailEnabled: true, digest })),
) {
  const panel = alertSettingsPanel(() => render(panel.render(), container), { get, setDigest });
  render(panel.render(), container);
  return { panel, setDigest };
}

describe('e-mail alert settings', () => {
  it('says plainly when the installation sends no e-mail', async () => {
    mount(async () => ({ emailEnabled: false, digest: true }));
    await settle();
    expect(text(container.querySelector('#alerts-off'))).toContain('E-mail alerts are off');
    expect(container.querySelector('#alerts-digest')).toBeNull();
  });

  it('shows the daily summary choice and saves a change', async () => {
    const { setDigest } = mount(async () => ({ emailEnabled: true, digest: true }));
    await settle();
    const box = container.querySelector<HTMLInputElement>('#alerts-digest')!;
    expect(box.checked).toBe(true);

    box.checked = false;
    box.dispatchEvent(new Event('change'));
    await settle();

    expect(setDigest).toHaveBeenCalledWith(false);
    expect(text(container)).toContain('The daily summary is off.');
    expect(container.querySelector<HTMLInputElement>('#alerts-digest')!.checked).toBe(false);
  });

  it('reports what the server said when saving fails', async () => {
    mount(
      async () => ({ emailEnabled: true, digest: true }),
      vi.fn(async () => {
        throw new ApiError(400, 'Bad Request', 'Say whether you want the daily summary', {
          digest: 'must be true or false',
        });
      }),
    );
    await settle();
    const box = container.querySelector<HTMLInputElement>('#alerts-digest')!;
    box.checked = false;
    box.dispatchEvent(new Event('change'));
    await settle();
    expect(text(container.querySelector('[role=alert]'))).toContain(
      'Say whether you want the daily summary',
    );
  });
});
