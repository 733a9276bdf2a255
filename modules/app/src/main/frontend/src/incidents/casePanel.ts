// The incident beside a task of the incident response flow, as far as the user may see it.

import { html } from 'lit-html';
import { incidentApi } from './api';
import { registerCasePanel } from '../platform/tasks/casePanels';
import { renderIncident } from './incidentParts';

/** The incident flow's process definition key (IncidentProcess.KEY in the incidents module). */
export const INCIDENT_PROCESS = 'IncidentResponseProcess';

registerCasePanel(INCIDENT_PROCESS, async (reference) => {
  const incident = await incidentApi.incident(reference);
  return html`<aside class="case-context" aria-labelledby="case-title">
    <h2 id="case-title">Case ${incident.reference}</h2>
    ${renderIncident(incident, 3)}
    <p>
      <a href=${`#/incidents/${encodeURIComponent(incident.reference)}`}>Open the incident</a>
    </p>
  </aside>`;
});
