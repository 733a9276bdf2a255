import { html } from 'lit-html';
import { ApiError, api, type IncidentDetail } from '../api';
import type { Context, View } from '../app';
import { incidentLogLabel } from '../roles';
import { renderIncident } from './incidentParts';

/** One incident as the caller may see it; the DSL and the head also see its chronology. */
export function incidentView(ctx: Context, reference: string): View {
  let incident: IncidentDetail | undefined;
  let problem: string | undefined;
  let disposed = false;

  api
    .incident(reference)
    .then((found) => (incident = found))
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
      ${problem
        ? html`<div class="error-summary" role="alert"><p>${problem}</p></div>`
        : incident
          ? renderIncident(incident, 2)
          : html`<p class="muted" role="status">Loading…</p>`}
    `,
    dispose: () => {
      disposed = true;
    },
  };
}
