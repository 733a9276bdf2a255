// "E-mail alerts" on My account: whether the installation sends them at all, and the person's own
// choice of the 07:30 daily summary of new tasks. Alerts sent at once (a child at risk, a task due
// today, a missed deadline) cannot be turned off.

import { html, nothing, type TemplateResult } from 'lit-html';
import { ApiError, request } from '../http';

export interface AlertSettings {
  emailEnabled: boolean;
  digest: boolean;
}

export const alertSettingsApi = {
  get: () => request<AlertSettings>('GET', 'api/alerts/settings'),
  setDigest: (digest: boolean) => request<AlertSettings>('PUT', 'api/alerts/settings', { digest }),
};

export interface AlertSettingsPanel {
  render(): TemplateResult;
}

/** The panel; {@code update} re-renders the page, {@code api} is replaced in tests. */
export function alertSettingsPanel(update: () => void, api = alertSettingsApi): AlertSettingsPanel {
  let settings: AlertSettings | undefined;
  let problem: string | undefined;
  let saved: string | undefined;
  let busy = false;

  void api.get().then(
    (s) => {
      settings = s;
      update();
    },
    (e: unknown) => {
      if (e instanceof ApiError && e.status === 401) return;
      problem = e instanceof ApiError ? e.message : String(e);
      update();
    },
  );

  async function change(digest: boolean): Promise<void> {
    if (busy) return;
    busy = true;
    problem = saved = undefined;
    update();
    try {
      settings = await api.setDigest(digest);
      saved = digest ? 'You will get the daily summary.' : 'The daily summary is off.';
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return;
      problem = e instanceof ApiError ? e.message : String(e);
    } finally {
      busy = false;
      update();
    }
  }

  return {
    render: () =>
      html`<section class="panel" aria-labelledby="alerts-title">
        <h2 id="alerts-title">E-mail alerts</h2>
        ${problem ? html`<div class="error-summary" role="alert"><p>${problem}</p></div>` : nothing}
        ${
          settings === undefined
            ? problem
              ? nothing
              : html`<p aria-busy="true">Loading…</p>`
            : settings.emailEnabled
              ? html`<p>
                    Beacon e-mails you at once when a child may be at immediate risk, when a task
                    due today reaches you and when a deadline you hold passes. Messages give the
                    case reference and a link, never names.
                  </p>
                  <div class="field checkbox">
                    <input
                      id="alerts-digest"
                      type="checkbox"
                      .checked=${settings.digest}
                      ?disabled=${busy}
                      @change=${(e: Event) => void change((e.target as HTMLInputElement).checked)}
                    />
                    <label for="alerts-digest"
                      >Send me a summary of my new tasks each morning at 07:30</label
                    >
                  </div>
                  ${saved ? html`<p class="notice success" role="status">${saved}</p>` : nothing}`
              : html`<p class="notice" id="alerts-off">
                  E-mail alerts are off in this installation: check your task list for new work. An
                  administrator turns them on by configuring a mail server.
                </p>`
        }
      </section>`,
  };
}
