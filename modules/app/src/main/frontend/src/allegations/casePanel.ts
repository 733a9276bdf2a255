// The allegation beside a task of the allegation flow, for those who may read the case.

import { html } from 'lit-html';
import { cases } from './api';
import { registerCasePanel } from '../platform/tasks/casePanels';
import { renderAllegation } from './allegations';

/** The allegation flow's process definition key (StaffAllegationProcess in the allegations module). */
export const ALLEGATION_PROCESS = 'StaffAllegationProcess';

registerCasePanel(ALLEGATION_PROCESS, async (reference) => {
  const allegation = await cases.allegation(reference);
  // "received" is what the recorder sees; the case itself is only for the DSL and the case manager.
  if (allegation.view !== 'full') return undefined;
  return html`<aside class="case-context" aria-labelledby="case-title">
    <h2 id="case-title">Case ${allegation.reference}</h2>
    ${renderAllegation(allegation, 3)}
    <p>
      <a href=${`#/allegations/${encodeURIComponent(allegation.reference)}`}>Open the allegation</a>
    </p>
  </aside>`;
});
