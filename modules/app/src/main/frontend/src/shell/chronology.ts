// A case's chronology (what happened in its flow, by whom and when), shown the same way for an
// incident, an allegation and a filtering report.

import { html, nothing, type TemplateResult } from 'lit-html';
import type { ChronologyStep } from '../platform/tasks/api';
import { formatDateTime, humanise } from './format';

export function renderChronology(steps: ChronologyStep[], headingLevel: 2 | 3 = 2): TemplateResult {
  const heading =
    headingLevel === 2
      ? html`<h2 id="chronology-title">Chronology</h2>`
      : html`<h3 id="chronology-title">Chronology</h3>`;
  return html`
    <section class="chronology" aria-labelledby="chronology-title">
      ${heading}
      <ol class="timeline">
        ${steps.map(
          (step) =>
            html`<li class=${step.completed ? 'done' : 'open'}>
              <p class="step-head">
                <span class="step-state">${step.completed ? 'Done' : 'Open'}</span>
                <strong>${step.name ?? humanise(step.activityId)}</strong>
              </p>
              <p class="step-meta">
                ${step.at ? html`<time datetime=${step.at}>${formatDateTime(step.at)}</time>` : nothing}
                · ${humanise(step.kind)} ·
                ${step.actor ? html`by <strong>${step.actor}</strong>` : step.completed ? 'automatic' : 'not yet done'}
              </p>
              ${
                step.values.length > 0
                  ? html`<dl class="step-values">
                      ${step.values.map(
                        (v) =>
                          html`<dt>${v.label ?? v.id}</dt>
                            <dd class="prewrap">${v.value ?? 'Not given'}</dd>`,
                      )}
                    </dl>`
                  : nothing
              }
            </li>`,
        )}
      </ol>
    </section>
  `;
}
