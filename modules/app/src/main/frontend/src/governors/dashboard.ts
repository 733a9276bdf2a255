// The governors' dashboard: live anonymised statistics drawn as charts (cases by type and term,
// time to triage, deadlines met), every figure of a chosen period, and the governor reports with
// their JSON, CSV and PDF. No names, no references to cases: the server sends none.

import { html, nothing, type TemplateResult } from 'lit-html';
import { governance, type ReportSummary, type Statistics } from './api';
import { ApiError } from '../platform/http';
import { focusSoon, type Context, type View } from '../shell/app';
import { barChart } from './barChart';
import {
  categoryLabel,
  countsAcross,
  countsOf,
  deadlinesAcross,
  monthPeriod,
  recentTerms,
  termOf,
  timingsAcross,
  type Term,
} from './chartData';
import { formatDate, formatDateTime, humanise } from '../shell/format';
import { load, loaded, type Load } from '../shell/common';

const TERMS = 3;

const monthOf = (day: string) => day.slice(0, 7);

export function dashboardView(ctx: Context, query: URLSearchParams): View {
  const today = new Date();
  const terms: Term[] = recentTerms(today, TERMS);
  const thisTerm = termOf(today.getFullYear(), today.getMonth() + 1);
  const fromMonth = /^\d{4}-\d{2}$/.test(query.get('from') ?? '')
    ? query.get('from')!
    : monthOf(thisTerm.from);
  const toMonth = /^\d{4}-\d{2}$/.test(query.get('to') ?? '')
    ? query.get('to')!
    : monthOf(thisTerm.to);
  const period = monthPeriod(fromMonth, toMonth);
  let disposed = false;
  const alive = () => !disposed;

  const byTerm: Load<{ name: string; stats: Statistics }[]> = {};
  const chosen: Load<Statistics> = {};
  const reports: Load<ReportSummary[]> = {};
  // One request after another: each period is a set of aggregate queries over every module, and a
  // burst of them at once is the heaviest thing this page could ask of a small school server.
  const termsInTurn = async () => {
    const found: { name: string; stats: Statistics }[] = [];
    for (const t of terms) {
      if (!alive()) break;
      found.push({ name: t.name, stats: await governance.statistics(t.from, t.to) });
    }
    return found;
  };
  void (async () => {
    await load(ctx, byTerm, termsInTurn, 'these statistics', alive);
    if (alive())
      await load(
        ctx,
        chosen,
        () => governance.statistics(period.from, period.to),
        'these statistics',
        alive,
      );
    if (alive()) await load(ctx, reports, () => governance.reports(), 'governor reports', alive);
  })();

  const leads = ctx.session.roles.some((r) => r === 'dsl' || r === 'head');
  let asked: string | undefined;
  let askProblem: string | undefined;

  const termCharts = (periods: { name: string; stats: Statistics }[]) => html`
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

  const allFigures = (s: Statistics): TemplateResult => html`
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

  return {
    title: () => 'Governor dashboard',
    render: () => html`
      <p class="lead">
        Anonymised figures, computed now. Governors never see names, references or what anyone
        wrote.
      </p>
      <section aria-labelledby="by-term">
        <h2 id="by-term">The last ${TERMS} terms</h2>
        <p class="hint">
          Terms as whole months: autumn September to December, spring January to March, summer April
          to August.
        </p>
        ${loaded(byTerm, termCharts)}
      </section>

      <section aria-labelledby="period-title">
        <h2 id="period-title">Every figure for a period</h2>
        <form
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
        </form>
        ${loaded(chosen, allFigures)}
      </section>

      <section aria-labelledby="reports-title">
        <h2 id="reports-title">Governor reports</h2>
        ${
          leads
            ? html`<form
                  class="filters"
                  aria-label="Ask for a report"
                  @submit=${async (e: Event) => {
                    e.preventDefault();
                    const data = new FormData(e.target as HTMLFormElement);
                    try {
                      const r = await governance.requestReport(
                        String(data.get('from')),
                        String(data.get('to')),
                      );
                      asked = `Report ${r.reference} drawn up: the DSL has the commentary task.`;
                      askProblem = undefined;
                      void load(
                        ctx,
                        reports,
                        () => governance.reports(),
                        'governor reports',
                        alive,
                      );
                    } catch (err) {
                      askProblem =
                        err instanceof ApiError
                          ? Object.values(err.fields).join('; ') || err.message
                          : String(err);
                    }
                    ctx.update();
                    focusSoon('#ask-outcome');
                  }}
                >
                  <div class="field">
                    <label for="ask-from">Report from</label
                    ><input id="ask-from" name="from" type="date" required />
                  </div>
                  <div class="field">
                    <label for="ask-to">to (included)</label
                    ><input id="ask-to" name="to" type="date" required />
                  </div>
                  <div class="actions">
                    <button type="submit" class="secondary">Ask for a report</button>
                  </div>
                </form>
                ${
                  asked || askProblem
                    ? html`<div
                        id="ask-outcome"
                        tabindex="-1"
                        class=${askProblem ? 'error-summary' : 'notice success'}
                        role="status"
                      >
                        ${askProblem ?? asked}
                      </div>`
                    : nothing
                }`
            : nothing
        }
        ${loaded(reports, (items) =>
          items.length === 0
            ? html`<p class="empty">
                No reports ${leads ? 'yet' : 'waiting for the governors yet'}.
              </p>`
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
                            <a
                              href=${`/api/governance/reports/${r.id}/pdf`}
                              target="_blank"
                              rel="noopener"
                              >PDF<span class="visually-hidden"> of ${r.reference}</span></a
                            >
                          </td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`,
        )}
      </section>
    `,
    dispose: () => {
      disposed = true;
    },
  };
}

/** One governor report: its commentary, figures as charts, and the JSON as stored. */
export function governorReportView(ctx: Context, id: string): View {
  const state: Load<Record<string, unknown> & { reference: string; title: string }> = {};
  let disposed = false;
  void load(
    ctx,
    state,
    () => governance.report(id),
    'governor report',
    () => !disposed,
  );
  return {
    title: () => state.value?.title ?? 'Governor report',
    render: () => html`
      <p><a href="#/governor">← Governor dashboard</a></p>
      ${loaded(state, (r) => {
        const figures = r.figures as Statistics['figures'] | undefined;
        return html`
          <p>
            <a
              class="button secondary"
              href=${`/api/governance/reports/${encodeURIComponent(id)}/csv`}
              download
              >Download CSV</a
            >
            <a
              class="button secondary"
              href=${`/api/governance/reports/${encodeURIComponent(id)}/pdf`}
              target="_blank"
              rel="noopener"
              >Open the PDF</a
            >
          </p>
          <dl class="facts">
            <dt>Reference</dt>
            <dd>${r.reference}</dd>
            <dt>Period</dt>
            <dd>${formatDate(String(r.firstDay))} to ${formatDate(String(r.lastDay))}</dd>
            <dt>Status</dt>
            <dd>${humanise(String(r.status))}</dd>
            ${
              r.commentary
                ? html`<dt>Commentary</dt>
                    <dd class="prewrap">${String(r.commentary)}</dd>`
                : nothing
            }
          </dl>
          ${
            figures
              ? figures.modules.map(
                  (m) =>
                    html`<h2>${m.label}</h2>
                      ${m.counts
                        .filter(
                          (g) =>
                            !g.withheld && !(g.cells.length === 1 && g.cells[0].category === 'all'),
                        )
                        .map((g) =>
                          barChart({
                            id: `report-${m.module}-${g.measure}`,
                            title: g.label,
                            description: `${m.label}, as stored in the report.`,
                            data: countsOf(
                              { from: '', to: '', firstDay: '', lastDay: '', figures },
                              m.module,
                              g.measure,
                            ),
                            label: categoryLabel,
                          }),
                        )}`,
                )
              : nothing
          }
          <details class="panel">
            <summary>The report as JSON</summary>
            <pre class="json" tabindex="0">${JSON.stringify(r, null, 2)}</pre>
          </details>
        `;
      })}
    `,
    dispose: () => {
      disposed = true;
    },
  };
}
