// The policy register: every policy with its version in force and next review; one policy with its
// versions (as many as the caller may read), each viewable and downloadable; a new policy and a new
// version (text or an uploaded document) for the DSL and the head. Approval is the governors' task.

import { html, nothing, type TemplateResult } from 'lit-html';
import { governance, type Policy, type PolicyVersion } from './api';
import { focusSoon, type Context, type View } from '../shell/app';
import { formatDate, formatDateTime, humanise } from '../shell/format';
import {
  renderSimpleForm,
  simpleFormController,
  text,
  type Field,
  type Values,
} from '../forms/simpleForm';
import { facts, load, loaded, type Load } from '../shell/common';

export const POLICY_KINDS = [
  { value: 'e-safety', label: 'E-safety policy' },
  { value: 'staff-aup', label: 'Staff acceptable use' },
  { value: 'pupil-aup', label: 'Pupil acceptable use' },
  { value: 'parent-aup', label: 'Parent acceptable use' },
  { value: 'social-media', label: 'Social media' },
  { value: 'mobile-phones', label: 'Mobile phones' },
  { value: 'other', label: 'Other' },
];

const CYCLES = [
  { value: 'annual', label: 'Every year' },
  { value: 'two-years', label: 'Every two years' },
  { value: 'fixed-date', label: 'On a date set with each version' },
];

const NEW_POLICY: Field[] = [
  { name: 'kind', label: 'Kind of policy', kind: 'select', required: true, options: POLICY_KINDS },
  {
    name: 'title',
    label: 'Title',
    kind: 'text',
    required: true,
    when: (v) => v.kind === 'other',
    maxLength: 200,
  },
  { name: 'reviewCycle', label: 'Review cycle', kind: 'select', required: true, options: CYCLES },
];

export function versionFields(fixedDate: boolean): Field[] {
  return [
    { name: 'author', label: 'Author', kind: 'text', required: true, maxLength: 200 },
    { name: 'date', label: 'Date of this version', kind: 'date', required: true },
    { name: 'changeSummary', label: 'What changed', kind: 'textarea', required: true },
    {
      name: 'nextReviewDate',
      label: 'Next review date',
      kind: 'date',
      required: fixedDate,
      hint: fixedDate ? undefined : 'Leave empty to follow the review cycle.',
    },
    {
      name: 'contentKind',
      label: 'The policy’s content',
      kind: 'radios',
      required: true,
      options: [
        { value: 'file', label: 'Upload a document' },
        { value: 'text', label: 'Type or paste the text' },
      ],
    },
    {
      name: 'file',
      label: 'Document',
      kind: 'file',
      required: true,
      when: (v) => v.contentKind === 'file',
      accept: '.pdf,.doc,.docx,.odt,.rtf,.txt',
      hint: 'PDF, Word, ODT, RTF or text, at most 5 MB.',
      paths: ['file.name', 'file.contentType', 'file.base64'],
    },
    {
      name: 'text',
      label: 'Text of the policy',
      kind: 'textarea',
      required: true,
      when: (v) => v.contentKind === 'text',
    },
  ];
}

/** A file as base64, for the JSON body the API takes. */
export async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function versionBody(v: Values): Promise<Record<string, unknown>> {
  const body: Record<string, unknown> = {
    author: text(v, 'author'),
    date: text(v, 'date'),
    changeSummary: text(v, 'changeSummary'),
    nextReviewDate: text(v, 'nextReviewDate') || null,
  };
  if (v.contentKind === 'file' && v.file instanceof File) {
    body.file = {
      name: v.file.name,
      contentType: v.file.type || 'application/octet-stream',
      base64: await base64Of(v.file),
    };
  } else {
    body.text = text(v, 'text');
  }
  return body;
}

const leads = (roles: readonly string[]) => roles.includes('dsl') || roles.includes('head');

function useForm(
  ctx: Context,
  fields: () => Field[],
  initial: Values,
  send: (v: Values) => Promise<TemplateResult>,
): { render(label: string): TemplateResult; outcome(): TemplateResult | typeof nothing } {
  let values = initial;
  let done: TemplateResult | undefined;
  const form = simpleFormController(
    () => ctx.update(),
    fields,
    () => values,
  );
  async function submit(): Promise<void> {
    await form.submit(async () => {
      done = await send(values);
      values = initial;
      focusSoon('#policy-outcome');
    });
  }
  return {
    render: (label) =>
      renderSimpleForm(
        {
          id: 'policy-form',
          fields: fields(),
          values,
          errors: form.errors,
          busy: form.busy,
          submitLabel: label,
        },
        {
          change: (name, value) => {
            values = { ...values, [name]: value };
            if (typeof value !== 'string' || ['kind', 'contentKind'].includes(name)) ctx.update();
          },
          submit: () => void submit(),
        },
      ),
    outcome: () =>
      done
        ? html`<div class="notice success" id="policy-outcome" tabindex="-1" role="status">
            ${done}
          </div>`
        : nothing,
  };
}

export function policyListView(ctx: Context): View {
  const state: Load<Policy[]> = {};
  let disposed = false;
  const refresh = () =>
    load(
      ctx,
      state,
      () => governance.policies(),
      'policies',
      () => !disposed,
    );
  void refresh();
  const create = useForm(
    ctx,
    () => NEW_POLICY,
    {},
    async (v) => {
      const created = await governance.createPolicy({
        kind: text(v, 'kind'),
        title: text(v, 'title') || null,
        reviewCycle: text(v, 'reviewCycle'),
      });
      void refresh();
      return html`<p>
        Policy <a href=${`#/policies/${created.id}`}>${created.title}</a> added. Submit its first
        version there.
      </p>`;
    },
  );
  return {
    title: () => 'Policy register',
    render: () => html`
      ${create.outcome()}
      ${loaded(state, (items) =>
        items.length === 0
          ? html`<p class="empty">No policies in the register yet.</p>`
          : html`<div class="table-scroll">
              <table>
                <caption class="visually-hidden">
                  Policies
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Policy</th>
                    <th scope="col">Version in force</th>
                    <th scope="col">Review cycle</th>
                    <th scope="col">Next review</th>
                    <th scope="col">Review open</th>
                  </tr>
                </thead>
                <tbody>
                  ${items.map(
                    (p) =>
                      html`<tr>
                        <th scope="row">
                          <a href=${`#/policies/${p.id}`}>${p.title}</a>
                          <span class="muted">${p.reference}</span>
                        </th>
                        <td>
                          ${p.currentVersion ?? html`<span class="muted">none approved yet</span>`}
                        </td>
                        <td>
                          ${CYCLES.find((c) => c.value === p.reviewCycle)?.label ?? humanise(p.reviewCycle)}
                        </td>
                        <td>${p.nextReviewDue ? formatDate(p.nextReviewDue) : ''}</td>
                        <td>${p.reviewOpen ? html`<strong>Yes</strong>` : 'No'}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`,
      )}
      ${
        leads(ctx.session.roles)
          ? html`<details class="panel">
              <summary>Add a policy to the register</summary>
              ${create.render('Add the policy')}
            </details>`
          : nothing
      }
    `,
    dispose: () => {
      disposed = true;
    },
  };
}

export function policyView(ctx: Context, id: string): View {
  const state: Load<Policy> = {};
  let disposed = false;
  let shown: PolicyVersion | undefined;
  let shownProblem: string | undefined;
  const refresh = () =>
    load(
      ctx,
      state,
      () => governance.policy(id),
      'policy',
      () => !disposed,
    );
  void refresh();
  const submit = useForm(
    ctx,
    () => versionFields(state.value?.reviewCycle === 'fixed-date'),
    {},
    async (v) => {
      const created = await governance.submitVersion(Number(id), await versionBody(v));
      void refresh();
      return html`<p>
        Version ${created.number} submitted: the governing body has the approval task.
      </p>`;
    },
  );

  async function view(n: number): Promise<void> {
    try {
      shown = await governance.version(Number(id), n);
      shownProblem = undefined;
    } catch (e) {
      shownProblem = (e as Error).message;
    }
    ctx.update();
    focusSoon('#version-text');
  }

  const fileHref = (n: number) =>
    `/api/governance/policies/${encodeURIComponent(id)}/versions/${n}/file`;
  return {
    title: () => state.value?.title ?? 'Policy',
    render: () => html`
      <p><a href="#/policies">← Policy register</a></p>
      ${loaded(
        state,
        (p) => html`
          ${facts([
            ['Reference', p.reference],
            ['Kind', POLICY_KINDS.find((k) => k.value === p.kind)?.label ?? humanise(p.kind)],
            ['Version in force', p.currentVersion ?? 'none approved yet'],
            [
              'Review cycle',
              CYCLES.find((c) => c.value === p.reviewCycle)?.label ?? humanise(p.reviewCycle),
            ],
            ['Next review', p.nextReviewDue ? formatDate(p.nextReviewDue) : undefined],
            ['Last reviewed', p.lastReviewedOn ? formatDate(p.lastReviewedOn) : undefined],
            ['Review open', p.reviewOpen ? `Yes, since ${formatDateTime(p.reviewOpenedAt)}` : 'No'],
          ])}
          <h2>Versions</h2>
          ${renderVersions(p, (n) => void view(n), fileHref)}
          ${shownProblem ? html`<div class="error-summary" role="alert"><p>${shownProblem}</p></div>` : nothing}
          ${
            shown
              ? html`<section class="panel" aria-labelledby="version-text">
                  <h2 id="version-text" tabindex="-1">Version ${shown.number}</h2>
                  <div class="prewrap policy-text">${shown.text ?? ''}</div>
                </section>`
              : nothing
          }
          ${
            p.reviews && p.reviews.length > 0
              ? html`<h2>Reviews</h2>
                  <ul>
                    ${p.reviews.map(
                      (r) =>
                        html`<li>
                          Version ${r.versionNumber}:
                          ${humanise(r.outcome)}${r.reviewedAt ? `, ${formatDateTime(r.reviewedAt)}` : ''}${
                            r.decision ? `; governors: ${humanise(r.decision)}` : ''
                          }${r.note ? ` (${r.note})` : ''}
                        </li>`,
                    )}
                  </ul>`
              : nothing
          }
          ${submit.outcome()}
          ${
            leads(ctx.session.roles)
              ? html`<details class="panel">
                  <summary>Submit a new version</summary>
                  <p class="hint">
                    It goes to the governing body for approval; one version waits for approval at a
                    time.
                  </p>
                  ${submit.render('Submit for approval')}
                </details>`
              : nothing
          }
        `,
      )}
    `,
    dispose: () => {
      disposed = true;
    },
  };
}

/** The policy's versions, each to view (text) or download. */
function renderVersions(
  p: Policy,
  view: (n: number) => void,
  fileHref: (n: number) => string,
): TemplateResult {
  return html`
    ${
      !p.versions || p.versions.length === 0
        ? html`<p class="empty">No versions you may see yet.</p>`
        : html`<div class="table-scroll">
            <table>
              <caption class="visually-hidden">
                Versions, oldest first
              </caption>
              <thead>
                <tr>
                  <th scope="col">Version</th>
                  <th scope="col">Status</th>
                  <th scope="col">Author and date</th>
                  <th scope="col">What changed</th>
                  <th scope="col">Next review</th>
                  <th scope="col">Document</th>
                </tr>
              </thead>
              <tbody>
                ${p.versions.map(
                  (v) =>
                    html`<tr>
                      <th scope="row">${v.number}</th>
                      <td>
                        ${humanise(v.status)}${v.decisionNote ? html`<br /><span class="muted">${v.decisionNote}</span>` : nothing}
                      </td>
                      <td>${v.author}, ${formatDate(v.date)}</td>
                      <td>${v.changeSummary}</td>
                      <td>${v.nextReviewDate ? formatDate(v.nextReviewDate) : ''}</td>
                      <td class="nowrap">
                        ${
                          v.content === 'text'
                            ? html`<button
                                type="button"
                                class="link-button"
                                @click=${() => view(v.number)}
                              >
                                View<span class="visually-hidden"> version ${v.number}</span>
                              </button>`
                            : nothing
                        }
                        <a href=${fileHref(v.number)} download>
                          Download<span class="visually-hidden"> version ${v.number}</span
                          >${v.fileName ? ` (${v.fileName})` : ''}
                        </a>
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }
  `;
}
