// Disclosure screens for the DSL (and the head, who approves): subject access requests with
// redaction, and a child's safeguarding file moving school. The server checks every step.

import { html, nothing, type TemplateResult } from 'lit-html';
import { ApiError } from '../http';
import type { Context, View } from '../../shell/app';
import { load, loaded, type Load } from '../../shell/common';
import {
  subjectAccess,
  transfers,
  type IncomingDetail,
  type IncomingTransfer,
  type OutgoingTransfer,
  type SarDetail,
  type SarRedaction,
  type SarSummary,
} from './api';

function problemOf(e: unknown): string {
  if (e instanceof ApiError) {
    const fields = Object.entries(e.fields).map(([f, p]) => `${f} ${p}`);
    return [e.message, ...fields].join('; ');
  }
  return String(e);
}

function value(form: HTMLFormElement, name: string): string {
  return (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '';
}

/** #/subject-access: the list and the form that opens a request. */
export function subjectAccessListView(ctx: Context): View {
  let disposed = false;
  const list: Load<SarSummary[]> = {};
  const reload = () =>
    load(ctx, list, subjectAccess.list, 'subject access requests', () => !disposed);
  void reload();
  let problem = '';
  const isDsl = ctx.session.roles.includes('dsl');

  async function open(e: Event): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    try {
      const opened = await subjectAccess.open({
        subjectKind: value(form, 'subjectKind'),
        subjectReference: value(form, 'subjectReference'),
        requestedBy: value(form, 'requestedBy'),
        receivedOn: value(form, 'receivedOn'),
      });
      ctx.navigate(`#/subject-access/${opened.id}`);
    } catch (err) {
      problem = problemOf(err);
      ctx.update();
    }
  }

  return {
    title: () => 'Subject access requests',
    render: () => html`
      ${loaded(list, (items) =>
        items.length === 0
          ? html`<p class="empty">No subject access request yet.</p>`
          : html`<table>
              <thead>
                <tr>
                  <th scope="col">Request</th>
                  <th scope="col">About</th>
                  <th scope="col">Asked by</th>
                  <th scope="col">Due</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                ${items.map(
                  (r) =>
                    html`<tr>
                      <th scope="row"><a href="#/subject-access/${r.id}">${r.reference}</a></th>
                      <td>${r.subjectKind} ${r.subjectReference}</td>
                      <td>${r.requestedBy}</td>
                      <td>${r.dueOn}</td>
                      <td>${r.status}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`,
      )}
      ${
        isDsl
          ? html`<section class="panel">
              <h2>Open a request</h2>
              <form @submit=${(e: Event) => void open(e)}>
                <div class="field">
                  <label for="sar-kind">About</label>
                  <select id="sar-kind" name="subjectKind">
                    <option value="pupil">a pupil</option>
                    <option value="staff">a member of staff</option>
                  </select>
                </div>
                <div class="field">
                  <label for="sar-subject">Pupil reference or staff username</label>
                  <input id="sar-subject" name="subjectReference" required />
                </div>
                <div class="field">
                  <label for="sar-by">Who asked</label>
                  <input id="sar-by" name="requestedBy" required />
                </div>
                <div class="field">
                  <label for="sar-received">Received on (the month runs from this day)</label>
                  <input id="sar-received" name="receivedOn" type="date" />
                </div>
                ${problem ? html`<p class="error-summary" role="alert">${problem}</p>` : nothing}
                <div class="actions"><button class="primary" type="submit">Open</button></div>
              </form>
            </section>`
          : nothing
      }
    `,
    dispose: () => {
      disposed = true;
    },
  };
}

/** #/subject-access/{id}: the records, the redactions over them, and the steps to release. */
export function subjectAccessView(ctx: Context, id: string): View {
  let disposed = false;
  const detail: Load<SarDetail> = {};
  const reload = () =>
    load(
      ctx,
      detail,
      () => subjectAccess.get(id),
      'the request',
      () => !disposed,
    );
  void reload();
  let draft: SarRedaction[] | undefined;
  let problem = '';
  const roles = ctx.session.roles;

  async function step(action: () => Promise<unknown>, done: string): Promise<void> {
    try {
      await action();
      problem = '';
      draft = undefined;
      ctx.announce(done);
      await reload();
    } catch (e) {
      problem = problemOf(e);
      ctx.update();
    }
  }

  const redactionEditor = (d: SarDetail): TemplateResult => {
    const current = draft ?? d.items.flatMap((i) => i.redactions);
    draft = current;
    return html`<section class="panel">
      <h2>Redactions (version ${d.redactionVersion})</h2>
      <p class="hint">
        The records stay as they are; redactions hide text in the export only. Each save is a new
        version.
      </p>
      <ul>
        ${current.map(
          (r, n) =>
            html`<li>
              ${r.itemReference}: “${r.text}” (${r.reason})
              <button
                type="button"
                class="secondary"
                @click=${() => {
                  draft = current.filter((_, k) => k !== n);
                  ctx.update();
                }}
              >
                Remove
              </button>
            </li>`,
        )}
      </ul>
      <div class="actions">
        <button
          type="button"
          class="primary"
          @click=${() => void step(() => subjectAccess.saveRedactions(id, draft ?? []), 'Redactions saved')}
        >
          Save redactions
        </button>
        <button
          type="button"
          class="secondary"
          @click=${() => void step(() => subjectAccess.submit(id), 'Sent to the head for approval')}
        >
          Submit for approval
        </button>
      </div>
    </section>`;
  };

  const item = (d: SarDetail, i: SarDetail['items'][number]): TemplateResult =>
    html`<article class="panel">
      <h3>${i.reference}: ${i.title}</h3>
      <dl class="facts">
        ${i.fields.map(
          (f) =>
            html`<dt>${f.label}</dt>
              <dd>${f.text}</dd>`,
        )}
      </dl>
      ${
        d.request.status === 'review' && roles.includes('dsl') && i.otherPeople.length
          ? html`<p>
              Other people named:
              ${i.otherPeople.map(
                (p) =>
                  html`<button
                    type="button"
                    class="secondary"
                    @click=${() => {
                      const reason = prompt(`Why is ${p} withheld?`, 'another person') ?? '';
                      if (!reason) return;
                      draft = [...(draft ?? []), { itemReference: i.reference, text: p, reason }];
                      ctx.update();
                    }}
                  >
                    Redact ${p}
                  </button>`,
              )}
            </p>`
          : nothing
      }
    </article>`;

  return {
    title: () => `Subject access request SAR-${id}`,
    render: () =>
      loaded(detail, (d) => {
        const s = d.request.status;
        return html`
          <dl class="facts">
            <dt>About</dt>
            <dd>${d.request.subjectKind} ${d.request.subjectReference}</dd>
            <dt>Asked by</dt>
            <dd>${d.request.requestedBy}</dd>
            <dt>Due</dt>
            <dd>${d.request.dueOn}</dd>
            <dt>Status</dt>
            <dd>${s}</dd>
          </dl>
          <p>
            <a href="/api/subject-access/${id}/export.pdf">Export (PDF)</a> ·
            <a href="/api/subject-access/${id}/export.json">Export (JSON)</a>
          </p>
          ${problem ? html`<p class="error-summary" role="alert">${problem}</p>` : nothing}
          ${s === 'review' && roles.includes('dsl') ? redactionEditor(d) : nothing}
          ${
            s === 'approval' && roles.includes('head')
              ? html`<div class="actions">
                  <button
                    class="primary"
                    type="button"
                    @click=${() => void step(() => subjectAccess.approve(id), 'Release approved')}
                  >
                    Approve the release
                  </button>
                </div>`
              : nothing
          }
          ${
            s === 'approved' && roles.includes('dsl')
              ? html`<form
                  @submit=${(e: Event) => {
                    e.preventDefault();
                    const to = value(e.target as HTMLFormElement, 'disclosedTo');
                    void step(() => subjectAccess.release(id, to), 'Release recorded');
                  }}
                >
                  <div class="field">
                    <label for="sar-to">Released to</label>
                    <input id="sar-to" name="disclosedTo" required />
                  </div>
                  <div class="actions">
                    <button class="primary" type="submit">Record the release</button>
                  </div>
                </form>`
              : nothing
          }
          ${d.disclosures.map(
            (x) =>
              html`<p class="notice success">
                Released to ${x.disclosedTo} on ${x.disclosedAt} by ${x.disclosedBy}.
              </p>`,
          )}
          <h2>Records (${d.items.length})</h2>
          ${d.items.map((i) => item(d, i))}
        `;
      }),
    dispose: () => {
      disposed = true;
    },
  };
}

/** #/transfers: files leaving with their pupils, and files arriving from other schools. */
export function transfersView(ctx: Context): View {
  let disposed = false;
  const alive = () => !disposed;
  const outgoing: Load<OutgoingTransfer[]> = {};
  const incoming: Load<IncomingTransfer[]> = {};
  const reload = () => {
    void load(ctx, outgoing, transfers.outgoing, 'files leaving', alive);
    void load(ctx, incoming, transfers.incoming, 'files received', alive);
  };
  reload();
  let problem = '';
  let shownCode = '';
  const csrf = ctx.session.csrfToken;

  async function attempt(action: () => Promise<unknown>): Promise<void> {
    try {
      await action();
      problem = '';
      reload();
    } catch (e) {
      problem = problemOf(e);
      ctx.update();
    }
  }

  const exportForm = (t: OutgoingTransfer) =>
    html`<form
      @submit=${(e: Event) => {
        e.preventDefault();
        const form = e.target as HTMLFormElement;
        void attempt(async () => {
          const blob = await transfers.exportPackage(
            csrf,
            t.id,
            value(form, 'passphrase'),
            value(form, 'fromSchool'),
          );
          const a = document.createElement('a');
          a.href = URL.createObjectURL(blob);
          a.download = `${t.reference}.beacon`;
          a.click();
          URL.revokeObjectURL(a.href);
        });
      }}
    >
      <input name="fromSchool" placeholder="This school's name" required />
      <input
        name="passphrase"
        type="password"
        placeholder="Passphrase agreed by phone"
        minlength="12"
        required
      />
      <button class="primary" type="submit">Export</button>
    </form>`;

  const receiptForm = (t: OutgoingTransfer) =>
    html`<form
      @submit=${(e: Event) => {
        e.preventDefault();
        const code = value(e.target as HTMLFormElement, 'code');
        void attempt(() => transfers.receipt(t.id, code));
      }}
    >
      <input name="code" placeholder="Confirmation code" required />
      <button class="secondary" type="submit">Record receipt</button>
    </form>`;

  return {
    title: () => "Children's files moving school",
    render: () => html`
      ${problem ? html`<p class="error-summary" role="alert">${problem}</p>` : nothing}
      <section class="panel">
        <h2>Leaving</h2>
        <form
          @submit=${(e: Event) => {
            e.preventDefault();
            const ref = value(e.target as HTMLFormElement, 'pupilReference');
            void attempt(() => transfers.open(ref));
          }}
        >
          <label for="transfer-pupil">Pupil reference (with a leaving date on the register)</label>
          <input id="transfer-pupil" name="pupilReference" required />
          <button class="primary" type="submit">Open a transfer</button>
        </form>
        ${loaded(
          outgoing,
          (items) =>
            html`<ul>
              ${items.map(
                (t) =>
                  html`<li>
                    ${t.reference}: pupil ${t.pupilReference}, left ${t.leavingDate ?? '?'}:
                    <strong>${t.status}</strong>
                    ${t.status === 'awaiting export' ? exportForm(t) : nothing}
                    ${t.status === 'exported' ? receiptForm(t) : nothing}
                  </li>`,
              )}
            </ul>`,
        )}
      </section>
      <section class="panel">
        <h2>Arriving</h2>
        <form
          @submit=${(e: Event) => {
            e.preventDefault();
            const form = e.target as HTMLFormElement;
            const file = (form.elements.namedItem('package') as HTMLInputElement).files?.[0];
            if (!file) return;
            void attempt(async () => {
              const imported = await transfers.importPackage(csrf, file, value(form, 'passphrase'));
              shownCode = imported.confirmationCode;
            });
          }}
        >
          <input name="package" type="file" required />
          <input name="passphrase" type="password" placeholder="Passphrase" required />
          <button class="primary" type="submit">Import</button>
        </form>
        ${
          shownCode
            ? html`<p class="notice success" role="status">
                Imported. Give the old school this confirmation code: <strong>${shownCode}</strong>
              </p>`
            : nothing
        }
        ${loaded(
          incoming,
          (items) =>
            html`<ul>
              ${items.map(
                (f) =>
                  html`<li>
                    <a href="#/transfers/${f.id}">${f.reference}</a>: pupil ${f.pupilReference} from
                    ${f.fromSchool}, ${f.items} record(s), code ${f.confirmationCode}
                  </li>`,
              )}
            </ul>`,
        )}
      </section>
    `,
    dispose: () => {
      disposed = true;
    },
  };
}

/** #/transfers/{id}: a file received, read-only. */
export function incomingFileView(ctx: Context, id: string): View {
  let disposed = false;
  const file: Load<IncomingDetail> = {};
  void load(
    ctx,
    file,
    () => transfers.incomingFile(id),
    'the file',
    () => !disposed,
  );
  return {
    title: () => 'Transferred file',
    render: () =>
      loaded(
        file,
        (d) => html`
          <p>
            Pupil ${d.file.pupilReference}, from ${d.file.fromSchool}, exported
            ${d.file.exportedAt}. Read-only.
          </p>
          ${d.items.map(
            (i) =>
              html`<article class="panel">
                <h3>${i.reference}: ${i.title}</h3>
                <p><a href="/api/transfers/incoming/${id}/items/${i.number}.pdf">PDF</a></p>
                <dl class="facts">
                  ${i.fields.map(
                    (f) =>
                      html`<dt>${f.label}</dt>
                        <dd>${f.text}</dd>`,
                  )}
                </dl>
              </article>`,
          )}
        `,
      ),
    dispose: () => {
      disposed = true;
    },
  };
}
