// The governors' dashboard: live anonymised statistics drawn as charts (cases by type and term,
// time to triage, deadlines met), every figure of a chosen period, and the governor reports with
// their JSON, CSV and PDF. No names, no references to cases: the server sends none.

import { html, nothing } from 'lit-html';
import { governance, type ReportSummary, type Statistics } from './api';
import { ApiError } from '../platform/http';
import { focusSoon, type Context, type View } from '../shell/app';
import { barChart } from './barChart';
import { categoryLabel, countsOf, monthPeriod, recentTerms, termOf, type Term } from './chartData';
import { formatDate, humanise } from '../shell/format';
import { load, loaded, type Load } from '../shell/common';
import { allFigures, periodForm, reportsTable, termCharts, TERMS } from './dashboardParts';

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
        ${periodForm(ctx, fromMonth, toMonth)} ${loaded(chosen, allFigures)}
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
        ${loaded(reports, (items) => reportsTable(items, leads))}
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
