// The governors' dashboard, drawn: the charts across terms, every figure of a period, the period
// form and the table of governor reports.

import { html, nothing, type TemplateResult } from 'lit-html';
import type { ReportSummary, Statistics } from './api';
import type { Context } from '../shell/app';
import { barChart } from './barChart';
import { categoryLabel, countsAcross, countsOf, deadlinesAcross, timingsAcross } from './chartData';
import { formatDate, formatDateTime, humanise } from '../shell/format';

export const TERMS = 3;

/** The charts across the last terms. */
export function termCharts(periods: { name: string; stats: Statistics }[]): TemplateResult {
  return html`
    <div class="charts">
      ${barChart({
        id: 'chart-by-type',
        title: 'E-safety incidents by type and term',
        description: `Incidents reported in each of the last ${TERMS} terms, by type. “Fewer than 5” and “withheld” protect small numbers.`,
        data: countsAcross(periods, 'incidents', 'byType'),
        label: categoryLabel,
      })}
      ${barChart({
        id: 'chart-triage',
        title: 'Time to triage',
        description:
          'From the report to the DSL’s first classification: median and 90th percentile, per term.',
        data: timingsAcross(periods, 'incidents', 'timeToFirstTriage'),
      })}
      ${barChart({
        id: 'chart-deadlines',
        title: 'Deadlines met: incidents triaged within one day',
        description: 'Met, missed, and still open within the day, per term.',
        data: deadlinesAcross(periods, 'incidents', 'triageWithinOneDay'),
      })}
      ${barChart({
        id: 'chart-filtering-deadline',
        title: 'Deadlines met: annual filtering review signed',
        description:
          'Whether the yearly review of the filtering provision was signed off in time, per term.',
        data: deadlinesAcross(periods, 'filtering', 'annualReviewSigned'),
      })}
    </div>
  `;
}

/** Every figure of one period, module by module. */
export function allFigures(s: Statistics): TemplateResult {
  return html`
    ${s.figures.modules.map(
      (m) =>
        html`<section class="module-figures" aria-labelledby=${`module-${m.module}`}>
          <h3 id=${`module-${m.module}`}>${m.label}</h3>
          ${m.total ? html`<p>Cases in the period: <strong>${m.total.shown}</strong></p>` : nothing}
          <dl class="facts">
            ${m.counts
              .filter((g) => g.cells.length === 1 && g.cells[0].category === 'all')
              .map(
                (g) =>
                  html`<dt>${g.label}</dt>
                    <dd>${g.withheld ? 'withheld' : g.cells[0].shown}</dd>`,
              )}
          </dl>
          ${m.counts
            .filter((g) => !(g.cells.length === 1 && g.cells[0].category === 'all'))
            .map((g) =>
              g.withheld
                ? html`<p><strong>${g.label}</strong>: withheld, to protect small numbers.</p>`
                : barChart({
                    id: `chart-${m.module}-${g.measure}`,
                    title: g.label,
                    description: `${m.label}, ${formatDate(s.firstDay)} to ${formatDate(s.lastDay)}.`,
                    data: countsOf(s, m.module, g.measure),
                    label: categoryLabel,
                  }),
            )}
          ${
            m.timings.length > 0
              ? html`<div class="table-scroll">
                  <table>
                    <caption>
                      Times
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Step</th>
                        <th scope="col">Cases</th>
                        <th scope="col">Median</th>
                        <th scope="col">90th percentile</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${m.timings.map((t) => {
                        const data = timingsAcross([{ name: '', stats: s }], m.module, t.measure);
                        return html`<tr>
                          <th scope="row">${t.label}</th>
                          <td>${t.cases?.shown ?? ''}</td>
                          <td>${data.series[0].points[0].shown}</td>
                          <td>${data.series[1].points[0].shown}</td>
                        </tr>`;
                      })}
                    </tbody>
                  </table>
                </div>`
              : nothing
          }
          ${
            m.deadlines.length > 0
              ? html`<div class="table-scroll">
                  <table>
                    <caption>
                      Deadlines
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Deadline</th>
                        <th scope="col">Met</th>
                        <th scope="col">Missed</th>
                        <th scope="col">Open</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${m.deadlines.map(
                        (d) =>
                          html`<tr>
                            <th scope="row">${d.label}</th>
                            ${
                              d.withheld
                                ? html`<td colspan="3">withheld</td>`
                                : html`<td>${d.met?.shown ?? ''}</td>
                                    <td>${d.missed?.shown ?? ''}</td>
                                    <td>${d.open?.shown ?? ''}</td>`
                            }
                          </tr>`,
                      )}
                    </tbody>
                  </table>
                </div>`
              : nothing
          }
        </section>`,
    )}
    <p class="hint">${s.figures.rule}</p>
  `;
}

/** The period whose every figure is shown: its months go in the address. */
export function periodForm(ctx: Context, fromMonth: string, toMonth: string): TemplateResult {
  return html` <form
    class="filters"
    aria-label="Choose the period"
    @submit=${(e: Event) => {
      e.preventDefault();
      const data = new FormData(e.target as HTMLFormElement);
      ctx.navigate(
        `#/governor?${new URLSearchParams({ from: String(data.get('from')), to: String(data.get('to')) })}`,
      );
    }}
  >
    <div class="field">
      <label for="period-from">From the start of</label>
      <input id="period-from" name="from" type="month" required .value=${fromMonth} />
    </div>
    <div class="field">
      <label for="period-to">To the end of</label>
      <input id="period-to" name="to" type="month" required .value=${toMonth} />
    </div>
    <div class="actions"><button type="submit" class="primary">Show</button></div>
  </form>`;
}

/** The governor reports, newest period first, with their CSV and PDF. */
export function reportsTable(items: ReportSummary[], leads: boolean): TemplateResult {
  return items.length === 0
    ? html`<p class="empty">No reports ${leads ? 'yet' : 'waiting for the governors yet'}.</p>`
    : html`<div class="table-scroll">
        <table>
          <caption class="visually-hidden">
            Governor reports, newest period first
          </caption>
          <thead>
            <tr>
              <th scope="col">Report</th>
              <th scope="col">Period</th>
              <th scope="col">Status</th>
              <th scope="col">Download</th>
            </tr>
          </thead>
          <tbody>
            ${items.map(
              (r) =>
                html`<tr>
                  <th scope="row">
                    <a href=${`#/governor/reports/${r.id}`}>${r.title}</a>
                    <span class="muted">${r.reference}</span>
                  </th>
                  <td>${formatDate(r.firstDay)} to ${formatDate(r.lastDay)}</td>
                  <td>
                    ${humanise(r.status)}${r.acknowledgedAt ? `, ${formatDateTime(r.acknowledgedAt)}` : ''}
                  </td>
                  <td class="nowrap">
                    <a href=${`/api/governance/reports/${r.id}/csv`} download
                      >CSV<span class="visually-hidden"> of ${r.reference}</span></a
                    >
                    ·
                    <a href=${`/api/governance/reports/${r.id}/pdf`} target="_blank" rel="noopener"
                      >PDF<span class="visually-hidden"> of ${r.reference}</span></a
                    >
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
}
