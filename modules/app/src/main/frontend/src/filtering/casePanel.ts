// The reported site beside a task of the filtering report flow.

import { html, nothing } from 'lit-html';
import { filtering } from './api';
import { renderChronology } from '../shell/chronology';
import { registerCasePanel } from '../platform/tasks/casePanels';

/** The filtering report flow's process definition key (FilteringReportProcess.KEY). */
export const FILTERING_REPORT_PROCESS = 'FilteringReportProcess';

registerCasePanel(FILTERING_REPORT_PROCESS, async (reference) => {
  const siteReport = await filtering.report(reference);
  return html`<aside class="case-context" aria-labelledby="case-title">
    <h2 id="case-title">Report ${siteReport.reference}</h2>
    <dl class="facts">
      <dt>Kind</dt>
      <dd>${siteReport.kind}</dd>
      <dt>Web addresses</dt>
      <dd class="url">${(siteReport.urls ?? []).join(' ')}</dd>
      ${
        siteReport.content
          ? html`<dt>Content</dt>
              <dd class="prewrap">${siteReport.content}</dd>`
          : nothing
      }
      ${
        siteReport.device
          ? html`<dt>Device</dt>
              <dd>${siteReport.device}</dd>`
          : nothing
      }
    </dl>
    ${
      siteReport.chronology && siteReport.chronology.length > 0
        ? renderChronology(siteReport.chronology, 3)
        : nothing
    }
    <p>
      <a href=${`#/filtering/reports/${encodeURIComponent(siteReport.reference)}`}
        >Open the report</a
      >
    </p>
  </aside>`;
});
