import { html } from 'lit-html';
import { incidentApi, type IncidentDetail } from './api';
import { ApiError } from '../platform/http';
import type { Context, View } from '../shell/app';
import { incidentLogLabel } from '../shell/roles';
import { mayRaiseImmediateRisk, renderIncident } from './incidentParts';

/** One incident as the caller may see it; the DSL and the head also see its chronology. */
export function incidentView(ctx: Context, reference: string): View {
  let incident: IncidentDetail | undefined;
  let problem: string | undefined;
  let disposed = false;
  let riskReason = '';
  let riskProblem: string | undefined;
  let riskRaised = false;

  const load = () => incidentApi.incident(reference).then((found) => (incident = found));

  const raiseRisk = async (e: Event) => {
    e.preventDefault();
    riskProblem = undefined;
    try {
      await incidentApi.raiseImmediateRisk(incident!.reference, riskReason);
      riskRaised = true;
      riskReason = '';
      await load();
    } catch (err: unknown) {
      riskProblem =
        err instanceof ApiError && err.fields.reason
          ? `Reason ${err.fields.reason}`
          : (err as Error).message;
    }
    if (!disposed) ctx.update();
  };

  load()
    .catch((e: unknown) => {
      if (e instanceof ApiError && e.status === 401) return;
      problem =
        e instanceof ApiError && (e.status === 404 || e.status === 403)
          ? 'There is no incident with this reference that you may see.'
          : (e as Error).message;
    })
    .finally(() => {
      if (!disposed) ctx.update();
    });

  return {
    title: () => `Incident ${incident?.reference ?? reference}`,
    render: () => html`
      <p><a href="#/incidents">← ${incidentLogLabel(ctx.session.roles)}</a></p>
      ${
        problem
          ? html`<div class="error-summary" role="alert"><p>${problem}</p></div>`
          : incident
            ? html`${renderIncident(incident, 2)}
              ${
                mayRaiseImmediateRisk(incident, ctx.session.roles)
                  ? html`<form class="immediate-risk" @submit=${raiseRisk}>
                      <h3>A child is at immediate risk</h3>
                      <p>
                        Raising it opens "Call the police (999) and record the contact" for the DSL
                        at once, beside the rest of the response. Call 999 first.
                      </p>
                      ${riskRaised ? html`<p role="status">Immediate risk raised: record the police contact in your tasks.</p>` : ''}
                      ${riskProblem ? html`<div class="error-summary" role="alert"><p>${riskProblem}</p></div>` : ''}
                      <label for="immediate-risk-reason">What you learned</label>
                      <textarea
                        id="immediate-risk-reason"
                        maxlength="2000"
                        required
                        .value=${riskReason}
                        @input=${(ev: Event) => (riskReason = (ev.target as HTMLTextAreaElement).value)}
                      ></textarea>
                      <button type="submit">Raise immediate risk</button>
                    </form>`
                  : ''
              }`
            : html`<p class="muted" role="status">Loading…</p>`
      }
    `,
    dispose: () => {
      disposed = true;
    },
  };
}
