// An incident as the caller may see it, and its chronology as a timeline. Whatever the server left
// out (need to know) is simply not there to show.

import { html, nothing, type TemplateResult } from 'lit-html';
import type { IncidentDetail } from './api';
import { renderChronology } from '../shell/chronology';
import { formatDateTime, humanise } from '../shell/format';

const VIEW_NAMES: Record<string, string> = {
  full: 'Full record',
  reporter: 'Your report',
  technical: 'Technical facts only',
};

type Row = [string, TemplateResult | string];

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
const present = <T>(value: T | null | undefined): value is T =>
  value !== null && value !== undefined && value !== '';

export function incidentRows(i: IncidentDetail): Row[] {
  const rows: Row[] = [];
  rows.push(['Reference', i.reference]);
  rows.push(['Status', humanise(i.status)]);
  if (present(i.reportedAt)) rows.push(['Reported', formatDateTime(i.reportedAt)]);
  if (present(i.reportedBy)) rows.push(['Reported by', i.reportedBy]);
  if (present(i.occurredAt)) rows.push(['Happened', formatDateTime(i.occurredAt)]);
  if (present(i.location)) rows.push(['Where', i.location]);
  if (present(i.device)) {
    rows.push([
      'Device',
      `${i.device.ownership === 'school' ? 'School device' : 'Personal device'}${i.device.identifier ? `: ${i.device.identifier}` : ''}`,
    ]);
  }
  if (present(i.incidentType)) {
    rows.push([
      'Type',
      i.incidentType === 'other' && i.incidentTypeOther
        ? `Other: ${i.incidentTypeOther}`
        : i.incidentType,
    ]);
  }
  if (present(i.immediateRisk)) rows.push(['Child at immediate risk', yesNo(i.immediateRisk)]);
  if (present(i.classification)) rows.push(['Classification', humanise(i.classification)]);
  if (present(i.involves)) rows.push(['Involves', i.involves.split(',').map(humanise).join(', ')]);
  if (present(i.description))
    rows.push(['What happened', html`<span class="prewrap">${i.description}</span>`]);
  if (i.urls && i.urls.length > 0) {
    rows.push([
      'Web addresses',
      html`<ul class="plain">
        ${i.urls.map((u) => html`<li class="url">${u}</li>`)}
      </ul>`,
    ]);
  }
  if (i.pupils && i.pupils.length > 0) {
    rows.push([
      'Pupils',
      html`<ul class="plain">
        ${i.pupils.map((p) => html`<li>${p.reference} (${p.yearGroup})</li>`)}
      </ul>`,
    ]);
  }
  if (i.staff && i.staff.length > 0) {
    rows.push([
      'Staff',
      html`<ul class="plain">
        ${i.staff.map((s) => html`<li>${s.username ? `${s.username} (Beacon user)` : s.name}</li>`)}
      </ul>`,
    ]);
  }
  if (present(i.recommendedActions)) rows.push(['Recommended actions', i.recommendedActions]);
  if (i.actionsTaken && i.actionsTaken.length > 0) {
    rows.push([
      'Actions taken',
      html`<ul class="plain">
        ${i.actionsTaken.map((a) => html`<li>${a}</li>`)}
      </ul>`,
    ]);
  }
  if (present(i.differenceReason)) rows.push(['Why the actions differ', i.differenceReason]);
  if (i.decisions && i.decisions.length > 1) {
    // Several parties: each pupil's (and the staff's) own decision, not only the union above.
    rows.push([
      'Decided for each',
      html`<ul class="plain">
        ${i.decisions.map(
          (d) =>
            html`<li>
              ${d.party === 'staff' ? 'Staff named' : `Pupil ${d.party}`}:
              ${d.actions.length > 0 ? d.actions.join('; ') : 'no matrix action'}${d.otherActions ? `; ${d.otherActions}` : ''}${d.differenceReason ? ` (differs: ${d.differenceReason})` : ''}
            </li>`,
        )}
      </ul>`,
    ]);
  }
  if (present(i.outcomeSummary))
    rows.push(['Outcome', html`<span class="prewrap">${i.outcomeSummary}</span>`]);
  if (present(i.policyReview)) rows.push(['Policy review needed', yesNo(i.policyReview)]);
  if (present(i.closedAt)) rows.push(['Closed', formatDateTime(i.closedAt)]);
  if (i.links && i.links.length > 0) {
    rows.push([
      'Linked cases',
      html`<ul class="plain">
        ${i.links.map((l) => html`<li>${humanise(l.kind)}, ${formatDateTime(l.createdAt)}${l.note ? `: ${l.note}` : ''}</li>`)}
      </ul>`,
    ]);
  }
  return rows;
}

export function renderIncident(i: IncidentDetail, headingLevel: 2 | 3 = 2): TemplateResult {
  return html`
    <p class="muted">What you can see: ${VIEW_NAMES[i.view] ?? humanise(i.view)}</p>
    <dl class="facts">
      ${incidentRows(i).map(
        ([label, value]) =>
          html`<dt>${label}</dt>
            <dd>${value}</dd>`,
      )}
    </dl>
    ${i.chronology && i.chronology.length > 0 ? renderChronology(i.chronology, headingLevel) : nothing}
  `;
}

/** Whether the caller may raise immediate risk on this incident: the DSL, on an open one they read in full. */
export function mayRaiseImmediateRisk(i: IncidentDetail, roles: readonly string[]): boolean {
  return roles.includes('dsl') && i.view === 'full' && i.status !== 'closed';
}
