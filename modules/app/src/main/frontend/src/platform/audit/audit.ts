import { html, nothing } from 'lit-html';
import { auditApi, type AuditEntry } from './api';
import { ApiError } from '../http';
import type { Context, View } from '../../shell/app';
import { formatDateTime } from '../../shell/format';

export const AUDIT_PAGE_SIZE = 50;
const FILTERS = ['actor', 'resourceType', 'resourceId'] as const;
const LABELS: Record<(typeof FILTERS)[number], string> = {
  actor: 'Who',
  resourceType: 'Kind of record',
  resourceId: 'Record id or reference',
};

/** The audit trail (DSL, admin); the administrator also finds the process designer here. */
export function auditView(ctx: Context, query: URLSearchParams): View {
  const page = Math.max(0, Number.parseInt(query.get('page') ?? '0', 10) || 0);
  const filters = Object.fromEntries(FILTERS.map((k) => [k, query.get(k) ?? ''])) as Record<
    (typeof FILTERS)[number],
    string
  >;
  let entries: AuditEntry[] | undefined;
  let problem: string | undefined;
  let disposed = false;

  const request = new URLSearchParams();
  for (const key of FILTERS) if (filters[key]) request.set(key, filters[key]);
  request.set('page', String(page));
  request.set('size', String(AUDIT_PAGE_SIZE));
  auditApi
    .audit(request)
    .then((found) => (entries = found))
    .catch((e: unknown) => {
      if (e instanceof ApiError && e.status === 401) return;
      problem = (e as Error).message;
      entries = [];
    })
    .finally(() => {
      if (!disposed) ctx.update();
    });

  const address = (changes: Record<string, string>) => {
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...filters, page: String(page), ...changes })) {
      if (value && !(key === 'page' && value === '0')) next.set(key, value);
    }
    const text = next.toString();
    return `#/audit${text ? `?${text}` : ''}`;
  };

  return {
    title: () => 'Audit log',
    render: () => html`
      ${
        ctx.session.roles.includes('admin')
          ? html`<div class="callout">
              <h2>Process designer</h2>
              <p>
                Model and deploy the BPMN and DMN flows. <a href="/designer/">Open the designer</a>
              </p>
            </div>`
          : nothing
      }
      <form
        class="filters"
        aria-label="Filter the audit log"
        @submit=${(e: Event) => {
          e.preventDefault();
          const data = new FormData(e.target as HTMLFormElement);
          const changes: Record<string, string> = { page: '0' };
          for (const key of FILTERS) changes[key] = String(data.get(key) ?? '').trim();
          ctx.navigate(address(changes));
        }}
      >
        ${FILTERS.map(
          (key) =>
            html`<div class="field">
              <label for=${`audit-${key}`}>${LABELS[key]}</label>
              <input id=${`audit-${key}`} name=${key} .value=${filters[key]} />
            </div>`,
        )}
        <div class="actions">
          <button type="submit" class="primary">Show</button>
          <a class="button secondary" href="#/audit">Clear filters</a>
        </div>
      </form>
      ${problem ? html`<div class="error-summary" role="alert"><p>${problem}</p></div>` : nothing}
      ${
        entries === undefined
          ? html`<p class="muted" role="status">Loading…</p>`
          : entries.length === 0
            ? html`<p class="empty">No entries.</p>`
            : html`<div class="table-scroll">
                <table class="audit">
                  <caption class="visually-hidden">
                    Audit log, newest first, page ${page + 1}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">When</th>
                      <th scope="col">Who</th>
                      <th scope="col">Action</th>
                      <th scope="col">Record</th>
                      <th scope="col">Outcome</th>
                      <th scope="col">Detail</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${entries.map(
                      (e) =>
                        html`<tr class=${e.outcome === 'DENIED' ? 'denied' : ''}>
                          <td class="nowrap">${formatDateTime(e.occurredAt)}</td>
                          <td>${e.actor}</td>
                          <td>${e.action}</td>
                          <td>${e.resourceType}${e.resourceId ? ` ${e.resourceId}` : ''}</td>
                          <td>
                            ${e.outcome === 'DENIED' ? html`<strong>Refused</strong>` : 'Allowed'}
                          </td>
                          <td>${e.detail ?? ''}</td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`
      }
      <nav class="pager" aria-label="Pages">
        ${page > 0 ? html`<a class="button secondary" href=${address({ page: String(page - 1) })}>Newer</a>` : nothing}
        <span>Page ${page + 1}</span>
        ${
          entries && entries.length === AUDIT_PAGE_SIZE
            ? html`<a class="button secondary" href=${address({ page: String(page + 1) })}
                >Older</a
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
