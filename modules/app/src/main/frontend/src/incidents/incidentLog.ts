import { html, nothing, type TemplateResult } from 'lit-html';
import { incidentApi, type IncidentSummary } from './api';
import { ApiError } from '../platform/http';
import { focusSoon, type Context, type View } from '../shell/app';
import { formatDateTime, humanise } from '../shell/format';
import { incidentLogLabel } from '../shell/roles';

export const LOG_PAGE_SIZE = 25;
const STATUSES = ['reported', 'in-progress', 'closed'];
const CLASSIFICATIONS = ['illegal', 'inappropriate', 'unsure'];
const FILTERS = ['status', 'classification', 'type', 'from', 'to'] as const;

/** My reports (staff) or the whole incident log (DSL, head), filtered and paged through the address. */
export function incidentLogView(ctx: Context, query: URLSearchParams): View {
  const wholeLog = ctx.session.roles.some((r) => r === 'dsl' || r === 'head');
  const page = Math.max(0, Number.parseInt(query.get('page') ?? '0', 10) || 0);
  const filters: Record<(typeof FILTERS)[number], string> = {
    status: query.get('status') ?? '',
    classification: wholeLog ? (query.get('classification') ?? '') : '',
    type: query.get('type') ?? '',
    from: query.get('from') ?? '',
    to: query.get('to') ?? '',
  };
  let items: IncidentSummary[] | undefined;
  let types: string[] = [];
  let problem: string | undefined;
  let fieldErrors: Record<string, string> = {};
  let disposed = false;

  const request = new URLSearchParams();
  for (const key of FILTERS) {
    if (filters[key]) request.set(key, filters[key]);
  }
  request.set('page', String(page));
  request.set('size', String(LOG_PAGE_SIZE));
  incidentApi
    .incidents(request)
    .then((found) => (items = found))
    .catch((e: unknown) => {
      if (e instanceof ApiError && e.status === 401) return;
      problem = (e as Error).message;
      fieldErrors = e instanceof ApiError ? e.fields : {};
      items = [];
    })
    .finally(() => {
      if (!disposed) {
        ctx.update();
        if (items && !problem)
          ctx.announce(`${items.length} incident${items.length === 1 ? '' : 's'} shown.`);
      }
    });
  incidentApi
    .incidentTypes()
    .then((found) => {
      types = found;
      if (!disposed) ctx.update();
    })
    .catch(() => undefined);

  const address = (changes: Record<string, string>) => {
    const next = new URLSearchParams();
    const merged = { ...filters, page: String(page), ...changes };
    for (const [key, value] of Object.entries(merged)) {
      if (value && !(key === 'page' && value === '0')) next.set(key, value);
    }
    const text = next.toString();
    return `#/incidents${text ? `?${text}` : ''}`;
  };

  const apply = (e: Event) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const changes: Record<string, string> = { page: '0' };
    for (const key of FILTERS) changes[key] = String(data.get(key) ?? '');
    ctx.navigate(address(changes));
  };

  const fieldError = (key: string) =>
    fieldErrors[key]
      ? html`<p class="field-error" id=${`filter-${key}-error`}>
          <span class="visually-hidden">Error: </span>${humanise(key)} ${fieldErrors[key]}
        </p>`
      : nothing;
  const select = (key: 'status' | 'classification' | 'type', label: string, options: string[]) =>
    html`<div class="field">
      <label for=${`filter-${key}`}>${label}</label>
      ${fieldError(key)}
      <select
        id=${`filter-${key}`}
        name=${key}
        aria-describedby=${fieldErrors[key] ? `filter-${key}-error` : nothing}
      >
        <option value="" ?selected=${filters[key] === ''}>Any</option>
        ${options.map((o) => html`<option value=${o} ?selected=${filters[key] === o}>${key === 'type' ? o : humanise(o)}</option>`)}
        ${filters[key] && !options.includes(filters[key]) ? html`<option value=${filters[key]} selected>${filters[key]}</option>` : nothing}
      </select>
    </div>`;
  const date = (key: 'from' | 'to', label: string) =>
    html`<div class="field">
      <label for=${`filter-${key}`}>${label}</label>
      ${fieldError(key)}
      <input
        type="date"
        id=${`filter-${key}`}
        name=${key}
        .value=${filters[key]}
        aria-describedby=${fieldErrors[key] ? `filter-${key}-error` : nothing}
      />
    </div>`;

  return {
    title: () => incidentLogLabel(ctx.session.roles),
    render: () => html`
      ${!wholeLog ? html`<p class="lead">The incidents you reported. <a href="#/report">Report an incident</a></p>` : nothing}
      <form class="filters" @submit=${apply} aria-label="Filter the incidents">
        ${select('status', 'Status', STATUSES)}
        ${wholeLog ? select('classification', 'Classification', CLASSIFICATIONS) : nothing}
        ${select('type', 'Type', types)} ${date('from', 'Happened from')}
        ${date('to', 'Happened to')}
        <div class="actions">
          <button type="submit" class="primary">Show</button>
          <a class="button secondary" href="#/incidents" @click=${() => focusSoon('#filter-status')}
            >Clear filters</a
          >
        </div>
      </form>
      ${problem ? html`<div class="error-summary" role="alert"><p>${problem}</p></div>` : nothing}
      ${renderIncidentTable(items, page, wholeLog)}
      <nav class="pager" aria-label="Pages">
        ${page > 0 ? html`<a class="button secondary" href=${address({ page: String(page - 1) })}>Previous page</a>` : nothing}
        <span>Page ${page + 1}</span>
        ${
          items && items.length === LOG_PAGE_SIZE
            ? html`<a class="button secondary" href=${address({ page: String(page + 1) })}
                >Next page</a
              >`
            : nothing
        }
      </nav>
    `,
    dispose: () => {
      disposed = true;
    },
  };
}

/** One page of the log: the classification column only for those who read the whole log. */
function renderIncidentTable(
  items: IncidentSummary[] | undefined,
  page: number,
  wholeLog: boolean,
): TemplateResult {
  return html`
    ${
      items === undefined
        ? html`<p class="muted" role="status">Loading…</p>`
        : items.length === 0
          ? html`<p class="empty">${page > 0 ? 'No more incidents.' : 'No incidents match.'}</p>`
          : html`<div class="table-scroll">
              <table class="incidents">
                <caption class="visually-hidden">
                  Incidents, page ${page + 1}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Reference</th>
                    <th scope="col">Happened</th>
                    <th scope="col">Reported</th>
                    <th scope="col">Type</th>
                    <th scope="col">Status</th>
                    ${wholeLog ? html`<th scope="col">Classification</th>` : nothing}
                    <th scope="col">Immediate risk</th>
                  </tr>
                </thead>
                <tbody>
                  ${items.map(
                    (i) =>
                      html`<tr>
                        <th scope="row" class="nowrap">
                          <a href=${`#/incidents/${encodeURIComponent(i.reference)}`}
                            >${i.reference}</a
                          >
                        </th>
                        <td>${formatDateTime(i.occurredAt)}</td>
                        <td>${formatDateTime(i.reportedAt)}</td>
                        <td>${i.incidentType ?? ''}</td>
                        <td>${humanise(i.status)}</td>
                        ${wholeLog ? html`<td>${i.classification ? humanise(i.classification) : html`<span class="muted">not yet</span>`}</td>` : nothing}
                        <td>${i.immediateRisk ? html`<strong>Yes</strong>` : 'No'}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
    }
  `;
}
