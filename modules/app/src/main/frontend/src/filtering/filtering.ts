// Filtering and monitoring: report an unsuitable site (anyone), and for technical staff, the DSL and
// the head the reports, block/allow change requests, the rules in force, filter log imports,
// filtering checks and reviews, each as far as the API lets the caller read it.

import { html, nothing, type TemplateResult } from 'lit-html';
import {
  type ChangeRequest,
  filtering,
  type FilteringCheck,
  type FilteringReport,
  type FilteringReview,
  type FilteringRule,
  type ImportSummary,
  type LogImportRow,
} from './api';
import { focusSoon, type Context, type View } from '../shell/app';
import {
  formatDateTime,
  humanise,
  localDateTimeInput,
  occurredAtWithOffset,
} from '../shell/format';
import {
  renderSimpleForm,
  simpleFormController,
  text,
  type Field,
  type Values,
} from '../forms/simpleForm';
import { renderChronology } from '../shell/chronology';
import { facts, load, loaded, tabs, type Load } from '../shell/common';
import { filteringTabsFor, type FilteringTab } from '../shell/roles';
import { asPick, personPickers } from '../platform/people/personField';

// --- report a site ----------------------------------------------------------------------------

export const SITE_FIELDS: Field[] = [
  {
    name: 'kind',
    label: 'What is wrong?',
    kind: 'radios',
    required: true,
    options: [
      { value: 'underblocking', label: 'It got through: it should be blocked' },
      { value: 'overblocking', label: 'It is blocked but needed for teaching' },
    ],
  },
  {
    name: 'url',
    label: 'Web address',
    kind: 'url',
    required: true,
    hint: 'Copy it from the address bar. Do not visit it again.',
    maxLength: 2000,
  },
  { name: 'seenAt', label: 'When was it seen?', kind: 'datetime', required: true },
  {
    name: 'content',
    label: 'What the content was (or what it is needed for)',
    kind: 'textarea',
    required: true,
    maxLength: 4000,
  },
  {
    name: 'foundBy',
    label: 'Who found it',
    kind: 'text',
    required: true,
    hint: 'A name, a role, or “pupil in Year 8”.',
    maxLength: 200,
  },
  { name: 'device', label: 'Device it was seen on', kind: 'text', required: true, maxLength: 200 },
  {
    name: 'userAccount',
    label: 'Account signed in on the device, if known',
    kind: 'person',
    hint: 'Start typing and choose them from the list if they have a Beacon account; otherwise type the account name shown on the device.',
  },
  {
    name: 'potentiallyIllegal',
    label: 'The content may be illegal',
    kind: 'checkbox',
    hint: 'The DSL is asked at once. Do not copy, print or forward it.',
  },
];

export function sitePayload(v: Values): Record<string, unknown> {
  return {
    kind: text(v, 'kind'),
    url: text(v, 'url'),
    seenAt: occurredAtWithOffset(text(v, 'seenAt')),
    content: text(v, 'content'),
    foundBy: text(v, 'foundBy'),
    device: text(v, 'device'),
    // A person chosen from the directory by their username; otherwise the account name as typed.
    userAccount:
      asPick(v.userAccount).person?.username ?? (asPick(v.userAccount).text.trim() || null),
    potentiallyIllegal: v.potentiallyIllegal === true,
  };
}

/** One form view: local checks, then the server's, with the success message in place of the form. */
function formView(
  ctx: Context,
  o: {
    title: string;
    id: string;
    fields: Field[];
    initial: Values;
    submitLabel: string;
    intro?: TemplateResult;
    send: (values: Values) => Promise<{ reference?: string } | unknown>;
    done: (result: unknown) => TemplateResult;
  },
): View {
  let values = o.initial;
  let result: unknown;
  const people = personPickers(() => ctx.update());
  const form = simpleFormController(
    () => ctx.update(),
    () => o.fields,
    () => values,
  );
  async function submit(): Promise<void> {
    await form.submit(async () => {
      result = await o.send(values);
      focusSoon('#form-done');
    });
  }
  return {
    title: () => o.title,
    render: () =>
      result !== undefined
        ? html`<div class="notice success big" id="form-done" tabindex="-1" role="status">
            ${o.done(result)}
          </div>`
        : html`${o.intro ?? nothing}
          ${renderSimpleForm(
            {
              id: o.id,
              fields: o.fields,
              values,
              errors: form.errors,
              busy: form.busy,
              submitLabel: o.submitLabel,
            },
            {
              change: (name, value) => {
                values = { ...values, [name]: value };
                if (
                  typeof value !== 'string' ||
                  ['select', 'radios'].includes(o.fields.find((f) => f.name === name)?.kind ?? '')
                )
                  ctx.update();
              },
              submit: () => void submit(),
              person: people.render,
            },
          )}`,
    dispose: () => people.dispose(),
  };
}

export function reportSiteView(ctx: Context): View {
  return formView(ctx, {
    title: 'Report a website',
    id: 'site-form',
    fields: SITE_FIELDS,
    initial: { seenAt: localDateTimeInput(new Date()), potentiallyIllegal: false },
    submitLabel: 'Send the report',
    intro: html`<p class="lead">
      A site got through the school’s filter, or a site you need for teaching is blocked.
    </p>`,
    send: (v) => filtering.reportSite(sitePayload(v)),
    done: (r) =>
      html`<h2>Report sent</h2>
        <p>
          Its reference is
          <strong class="reference">${(r as { reference: string }).reference}</strong>.
        </p>
        <p>The DSL and the filtering manager have it now.</p>`,
  });
}

// --- the filtering screens ------------------------------------------------------------------

const TAB_LABELS: Record<FilteringTab, string> = {
  reports: 'Reports',
  changes: 'Change requests',
  rules: 'Rules',
  imports: 'Log imports',
  checks: 'Checks',
  reviews: 'Reviews',
};

const PROPOSE_FIELDS: Field[] = [
  {
    name: 'action',
    label: 'Change',
    kind: 'radios',
    required: true,
    options: [
      { value: 'block', label: 'Block' },
      { value: 'allow', label: 'Allow' },
    ],
  },
  {
    name: 'patternType',
    label: 'What it matches',
    kind: 'select',
    required: true,
    options: [
      { value: 'domain', label: 'A domain and its subdomains' },
      { value: 'urlPrefix', label: 'Addresses starting with' },
      { value: 'category', label: 'A category of the filtering product' },
    ],
  },
  { name: 'pattern', label: 'Domain, address or category', kind: 'text', required: true },
  { name: 'reason', label: 'Reason', kind: 'textarea', required: true },
  {
    name: 'scope',
    label: 'For whom',
    kind: 'select',
    required: true,
    options: [
      { value: 'allUsers', label: 'Everyone' },
      { value: 'staff', label: 'Staff' },
      { value: 'yearGroups', label: 'Some year groups' },
    ],
  },
  {
    name: 'yearGroups',
    label: 'Year groups',
    kind: 'text',
    required: true,
    when: (v) => v.scope === 'yearGroups',
    hint: 'e.g. Year 10, Year 11',
  },
  {
    name: 'testUrl',
    label: 'Address to test once applied',
    kind: 'url',
    hint: 'By default the domain’s home page.',
  },
];

const CHECK_FIELDS: Field[] = [
  { name: 'checkedAt', label: 'When', kind: 'datetime', required: true },
  {
    name: 'device',
    label: 'Device and network',
    kind: 'text',
    required: true,
    hint: 'e.g. Year 5 laptop on pupil Wi-Fi',
  },
  { name: 'tested', label: 'What was tested', kind: 'textarea', required: true },
  {
    name: 'result',
    label: 'Result',
    kind: 'radios',
    required: true,
    options: [
      { value: 'passed', label: 'Passed: filtered as expected' },
      { value: 'failed', label: 'Failed' },
    ],
  },
  { name: 'resultDetail', label: 'What happened', kind: 'textarea' },
  {
    name: 'actionTaken',
    label: 'Action taken',
    kind: 'textarea',
    required: true,
    when: (v) => v.result === 'failed',
  },
];

const FORMATS = [
  { value: '', label: 'Work it out from the file' },
  { value: 'squid', label: 'Squid access.log' },
  { value: 'csv', label: 'CSV (timestamp,user,ip,url,action,category)' },
];

export function filteringView(ctx: Context, tab: FilteringTab | undefined): View {
  const roles = ctx.session.roles;
  const allowed = filteringTabsFor(roles);
  const current: FilteringTab = tab && allowed.includes(tab) ? tab : allowed[0];
  const may = (...wanted: string[]) => wanted.some((r) => roles.includes(r));
  let disposed = false;
  const alive = () => !disposed;

  const reports: Load<FilteringReport[]> = {};
  const changes: Load<ChangeRequest[]> = {};
  const rules: Load<FilteringRule[]> = {};
  const imports: Load<LogImportRow[]> = {};
  const checks: Load<FilteringCheck[]> = {};
  const reviews: Load<FilteringReview[]> = {};
  const reload = () => {
    if (current === 'reports')
      void load(ctx, reports, () => filtering.reports(), 'filtering reports', alive);
    if (current === 'changes')
      void load(ctx, changes, () => filtering.changes(), 'change requests', alive);
    if (current === 'rules')
      void load(
        ctx,
        rules,
        () => filtering.rules(new URLSearchParams({ current: 'true' })),
        'filtering rules',
        alive,
      );
    if (current === 'imports')
      void load(ctx, imports, () => filtering.imports(), 'log imports', alive);
    if (current === 'checks')
      void load(ctx, checks, () => filtering.checks(), 'filtering checks', alive);
    if (current === 'reviews')
      void load(ctx, reviews, () => filtering.reviews(), 'filtering reviews', alive);
  };
  reload();

  // Sub-forms inside tabs.
  let proposeValues: Values = {};
  let checkValues: Values = { checkedAt: localDateTimeInput(new Date()) };
  let importValues: Values = { format: '' };
  let outcome: TemplateResult | undefined;
  let imported: ImportSummary | undefined;
  /** The fields and values of the sub-form being sent (one tab shows one form at a time). */
  let sending: { fields: Field[]; values: Values } = { fields: [], values: {} };
  const controller = simpleFormController(
    () => ctx.update(),
    () => sending.fields,
    () => sending.values,
  );

  async function send(
    fields: Field[],
    values: Values,
    call: () => Promise<unknown>,
    done: (r: unknown) => TemplateResult,
  ): Promise<void> {
    if (controller.busy) return;
    sending = { fields, values };
    await controller.submit(async () => {
      outcome = undefined;
      outcome = done(await call());
      reload();
      focusSoon('#tab-outcome');
    });
  }

  const form = (
    id: string,
    fields: Field[],
    values: () => Values,
    set: (v: Values) => void,
    label: string,
    submit: () => void,
  ) =>
    renderSimpleForm(
      {
        id,
        fields,
        values: values(),
        errors: controller.errors,
        busy: controller.busy,
        submitLabel: label,
      },
      {
        change: (name, value) => {
          set({ ...values(), [name]: value });
          if (
            typeof value !== 'string' ||
            ['select', 'radios'].includes(fields.find((f) => f.name === name)?.kind ?? '')
          )
            ctx.update();
        },
        submit,
      },
    );

  const outcomeNotice = () =>
    outcome
      ? html`<div class="notice success" id="tab-outcome" tabindex="-1" role="status">
          ${outcome}
        </div>`
      : nothing;

  const table = (caption: string, head: string[], rows: TemplateResult[]) =>
    html`<div class="table-scroll">
      <table>
        <caption class="visually-hidden">
          ${caption}
        </caption>
        <thead>
          <tr>
            ${head.map((h) => html`<th scope="col">${h}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
    </div>`;

  const bodies: Record<FilteringTab, () => TemplateResult> = {
    reports: () => html`
      <p><a class="button secondary" href="#/report-site">Report a website</a></p>
      ${loaded(reports, (items) =>
        items.length === 0
          ? html`<p class="empty">No filtering reports.</p>`
          : table(
              'Filtering reports, newest first',
              ['Reference', 'Reported', 'Kind', 'Address', 'Status', 'Outcome'],
              items.map(
                (r) =>
                  html`<tr>
                    <th scope="row" class="nowrap">
                      <a href=${`#/filtering/reports/${encodeURIComponent(r.reference)}`}
                        >${r.reference}</a
                      >
                    </th>
                    <td>${formatDateTime(r.reportedAt)}</td>
                    <td>
                      ${humanise(r.kind)}${r.potentiallyIllegal ? html` <strong>(potentially illegal)</strong>` : nothing}
                    </td>
                    <td class="url">${(r.urls ?? []).join(' ')}</td>
                    <td>${humanise(r.status)}</td>
                    <td>${r.outcome ? humanise(r.outcome) : ''}</td>
                  </tr>`,
              ),
            ),
      )}
    `,
    changes: () => html`
      ${
        may('technical')
          ? html`<details class="panel" ?open=${Object.keys(controller.errors.inline).length > 0}>
              <summary>Propose a block or allow change</summary>
              <p class="hint">
                A second person (the DSL or the head) approves it before it is applied; you cannot
                approve your own.
              </p>
              ${form(
                'propose-form',
                PROPOSE_FIELDS,
                () => proposeValues,
                (v) => (proposeValues = v),
                'Propose the change',
                () =>
                  void send(
                    PROPOSE_FIELDS,
                    proposeValues,
                    () => filtering.proposeChange(proposeBody(proposeValues)),
                    (r) => {
                      proposeValues = {};
                      return html`<p>
                        Change request <strong>${(r as { reference: string }).reference}</strong> is
                        waiting for approval.
                      </p>`;
                    },
                  ),
              )}
            </details>`
          : nothing
      }
      ${outcomeNotice()}
      ${loaded(changes, (items) =>
        items.length === 0
          ? html`<p class="empty">No change requests.</p>`
          : table(
              'Change requests, newest first',
              ['Reference', 'Proposed', 'Change', 'For', 'Status', 'By'],
              items.map(
                (c) =>
                  html`<tr>
                    <th scope="row" class="nowrap">
                      <a href=${`#/filtering/changes/${encodeURIComponent(c.reference)}`}
                        >${c.reference}</a
                      >
                    </th>
                    <td>${formatDateTime(c.proposedAt)}</td>
                    <td>
                      ${humanise(c.action)} ${humanise(c.patternType).toLowerCase()}
                      <span class="url">${c.pattern}</span>
                    </td>
                    <td>${humanise(c.scope)}${c.yearGroups ? `: ${c.yearGroups}` : ''}</td>
                    <td>${humanise(c.status)}</td>
                    <td>${c.proposedBy ?? ''}</td>
                  </tr>`,
              ),
            ),
      )}
    `,
    rules: () => html`
      <p>
        What is blocked or allowed and why, with who approved it.
        <a href="/api/filtering/rules?format=csv" download="filtering-rules.csv"
          >Download every rule as CSV</a
        >
      </p>
      ${loaded(rules, (items) =>
        items.length === 0
          ? html`<p class="empty">No rules recorded yet: changes appear here once applied.</p>`
          : table(
              'Rules in force',
              ['Rule', 'Action', 'Pattern', 'For', 'Reason', 'Approved by', 'Verified'],
              items.map(
                (r) =>
                  html`<tr>
                    <th scope="row" class="nowrap">${r.reference}</th>
                    <td>${humanise(r.action)}</td>
                    <td class="url">
                      ${r.pattern} <span class="muted">(${humanise(r.patternType)})</span>
                    </td>
                    <td>${humanise(r.scope)}${r.yearGroups ? `: ${r.yearGroups}` : ''}</td>
                    <td>${r.reason ?? ''}</td>
                    <td>${r.approvedBy ?? ''} ${formatDateTime(r.approvedAt)}</td>
                    <td>${r.verified ? 'Yes' : 'Not yet'}</td>
                  </tr>`,
              ),
            ),
      )}
    `,
    imports: () => html`
      <details class="panel" open>
        <summary>Import a filter log</summary>
        <p class="hint">
          Squid’s access.log, or CSV with the header timestamp,user,ip,url,action,category. Flagged
          lines open a review for the DSL; the same file twice is recognised and not stored again.
        </p>
        ${form(
          'import-form',
          IMPORT_FIELDS,
          () => importValues,
          (v) => (importValues = v),
          'Import the log',
          () =>
            void send(
              IMPORT_FIELDS,
              importValues,
              () => {
                const file = importValues.file as File;
                return filtering.importLog(file, file.name, String(importValues.format ?? ''));
              },
              (r) => {
                imported = r as ImportSummary;
                return importOutcome(imported);
              },
            ),
        )}
      </details>
      ${outcomeNotice()}
      ${loaded(imports, (items) =>
        items.length === 0
          ? html`<p class="empty">No logs imported yet.</p>`
          : table(
              'Imports, newest first',
              [
                'File',
                'Imported',
                'By',
                'Format',
                'Lines',
                'Unreadable',
                'Flagged',
                'Reviews opened',
              ],
              items.map(
                (i) =>
                  html`<tr>
                    <th scope="row">${i.fileName ?? `Import ${i.id}`}</th>
                    <td>${formatDateTime(i.importedAt)}</td>
                    <td>${i.importedBy}</td>
                    <td>${i.format}</td>
                    <td>${i.linesRead}</td>
                    <td>${i.malformed}</td>
                    <td>${i.flagged}</td>
                    <td>${i.tasksOpened}</td>
                  </tr>`,
              ),
            ),
      )}
    `,
    checks: () => html`
      ${
        may('technical', 'dsl', 'head')
          ? html`<details class="panel">
              <summary>Record a filtering check</summary>
              ${form(
                'check-form',
                CHECK_FIELDS,
                () => checkValues,
                (v) => (checkValues = v),
                'Record the check',
                () =>
                  void send(
                    CHECK_FIELDS,
                    checkValues,
                    () =>
                      filtering.recordCheck({
                        checkedAt: occurredAtWithOffset(text(checkValues, 'checkedAt')),
                        device: text(checkValues, 'device'),
                        tested: text(checkValues, 'tested'),
                        result: text(checkValues, 'result'),
                        resultDetail: text(checkValues, 'resultDetail') || null,
                        actionTaken:
                          checkValues.result === 'failed' ? text(checkValues, 'actionTaken') : null,
                      }),
                    () => {
                      checkValues = { checkedAt: localDateTimeInput(new Date()) };
                      return html`<p>Check recorded.</p>`;
                    },
                  ),
              )}
            </details>`
          : nothing
      }
      ${outcomeNotice()}
      ${loaded(checks, (items) =>
        items.length === 0
          ? html`<p class="empty">No checks recorded.</p>`
          : table(
              'Filtering checks, newest first',
              ['When', 'By', 'Device', 'Tested', 'Result', 'Action taken'],
              items.map(
                (c) =>
                  html`<tr>
                    <th scope="row" class="nowrap">${formatDateTime(c.checkedAt)}</th>
                    <td>${c.checkedBy}</td>
                    <td>${c.device}</td>
                    <td>${c.tested}</td>
                    <td>
                      ${c.result === 'failed' ? html`<strong>Failed</strong>` : 'Passed'}${c.resultDetail ? `: ${c.resultDetail}` : ''}
                    </td>
                    <td>${c.actionTaken ?? ''}</td>
                  </tr>`,
              ),
            ),
      )}
    `,
    reviews: () => html`
      ${
        may('dsl', 'head')
          ? html`<p>
              <button
                type="button"
                class="secondary"
                ?disabled=${controller.busy}
                @click=${() =>
                  void send(
                    [],
                    {},
                    () => filtering.startReview(),
                    (r) =>
                      html`<p>
                        Review <strong>${(r as { reference: string }).reference}</strong> started:
                        technical staff and the DSL have its tasks.
                      </p>`,
                  )}
              >
                Start a filtering review now
              </button>
            </p>`
          : nothing
      }
      ${outcomeNotice()}
      ${loaded(reviews, (items) =>
        items.length === 0
          ? html`<p class="empty">No reviews yet.</p>`
          : table(
              'Filtering reviews, newest first',
              ['Review', 'Started', 'Status', 'Signed off', 'Findings'],
              items.map(
                (r) =>
                  html`<tr>
                    <th scope="row" class="nowrap">${r.reference}</th>
                    <td>${formatDateTime(r.startedAt)}</td>
                    <td>${humanise(r.status)}</td>
                    <td>
                      ${r.signedBy ? `${r.signedBy}, ${formatDateTime(r.signedAt)}` : 'Not yet'}
                    </td>
                    <td>${r.findings ?? ''}</td>
                  </tr>`,
              ),
            ),
      )}
    `,
  };

  return {
    title: () => `Filtering: ${TAB_LABELS[current].toLowerCase()}`,
    render: () => html`
      ${tabs(
        allowed.map((t) => ({
          href: `#/filtering/${t}`,
          label: TAB_LABELS[t],
          current: t === current,
        })),
        'Filtering',
      )}
      ${bodies[current]()}
    `,
    dispose: () => {
      disposed = true;
    },
  };
}

const IMPORT_FIELDS: Field[] = [
  {
    name: 'file',
    label: 'Log file',
    kind: 'file',
    required: true,
    accept: '.log,.txt,.csv,text/plain,text/csv',
  },
  { name: 'format', label: 'Format', kind: 'select', options: FORMATS },
];

export function proposeBody(v: Values): Record<string, unknown> {
  return {
    action: text(v, 'action'),
    patternType: text(v, 'patternType'),
    pattern: text(v, 'pattern'),
    reason: text(v, 'reason'),
    scope: text(v, 'scope'),
    yearGroups: v.scope === 'yearGroups' ? text(v, 'yearGroups') : null,
    testUrl: text(v, 'testUrl') || null,
  };
}

function importOutcome(s: ImportSummary): TemplateResult {
  if (s.duplicateOf) {
    return html`<p>
      This file was imported before (import ${s.duplicateOf}): nothing was stored again.
    </p>`;
  }
  return html`<p>
      Imported: ${s.linesRead} lines read, ${s.malformed} unreadable, ${s.flagged} flagged,
      ${s.tasksOpened} review task(s) opened for the DSL.
    </p>
    ${
      s.malformedLines && s.malformedLines.length > 0
        ? html`<details>
            <summary>Unreadable lines</summary>
            <ul>
              ${s.malformedLines.map((m) => html`<li>Line ${m.line}: ${m.reason ?? m.problem ?? ''}</li>`)}
            </ul>
          </details>`
        : nothing
    }`;
}

// --- one report, one change request -----------------------------------------------------------

export function filteringReportView(ctx: Context, reference: string): View {
  const state: Load<FilteringReport> = {};
  let disposed = false;
  void load(
    ctx,
    state,
    () => filtering.report(reference),
    'filtering report',
    () => !disposed,
  );
  return {
    title: () => `Filtering report ${reference}`,
    render: () => html`
      <p><a href="#/filtering/reports">← Filtering reports</a></p>
      ${loaded(
        state,
        (r) => html`
          <p class="muted">
            What you can see:
            ${r.view === 'full' ? 'the whole report' : r.view === 'technical' ? 'the technical facts' : 'your report'}
          </p>
          ${facts([
            ['Reference', r.reference],
            ['Kind', humanise(r.kind)],
            ['Status', humanise(r.status)],
            ['Reported', formatDateTime(r.reportedAt)],
            ['Reported by', r.reportedBy],
            [
              'Web addresses',
              r.urls && r.urls.length
                ? html`<ul class="plain">
                    ${r.urls.map((u) => html`<li class="url">${u}</li>`)}
                  </ul>`
                : undefined,
            ],
            ['Seen', formatDateTime(r.seenAt)],
            ['Content', r.content ? html`<span class="prewrap">${r.content}</span>` : undefined],
            ['Found by', r.foundBy],
            ['Device', r.device],
            ['Account', r.userAccount],
            ['Potentially illegal', r.potentiallyIllegal ?? undefined],
            [
              'Came from',
              r.sourceType
                ? `${humanise(r.sourceType)}${r.sourceReference ? ` ${r.sourceReference}` : ''}`
                : undefined,
            ],
            ['Assessment', r.assessment ? humanise(r.assessment) : undefined],
            ['Assessment note', r.assessmentNote],
            ['Reported to', r.reportedTo],
            ['Their reference', r.externalReference],
            [
              'Change request',
              r.changeReference
                ? html`<a href=${`#/filtering/changes/${encodeURIComponent(r.changeReference)}`}
                    >${r.changeReference}</a
                  >`
                : undefined,
            ],
            ['Outcome', r.outcome ? humanise(r.outcome) : undefined],
            ['Closed because', r.closeReason],
            ['Closed', formatDateTime(r.closedAt)],
          ])}
          ${r.chronology && r.chronology.length > 0 ? renderChronology(r.chronology) : nothing}
        `,
      )}
    `,
    dispose: () => {
      disposed = true;
    },
  };
}

export function changeRequestView(ctx: Context, reference: string): View {
  const state: Load<ChangeRequest> = {};
  let disposed = false;
  void load(
    ctx,
    state,
    () => filtering.change(reference),
    'change request',
    () => !disposed,
  );
  return {
    title: () => `Change request ${reference}`,
    render: () => html`
      <p><a href="#/filtering/changes">← Change requests</a></p>
      ${loaded(
        state,
        (c) => html`
          ${facts([
            ['Reference', c.reference],
            ['Status', humanise(c.status)],
            [
              'Change',
              `${humanise(c.action)} ${humanise(c.patternType).toLowerCase()} ${c.pattern}`,
            ],
            ['For', `${humanise(c.scope)}${c.yearGroups ? `: ${c.yearGroups}` : ''}`],
            ['Reason', c.reason],
            ['Proposed', `${c.proposedBy ?? ''} ${formatDateTime(c.proposedAt)}`],
            ['From report', c.reportReference],
            ['Decided', c.decidedBy ? `${c.decidedBy} ${formatDateTime(c.decidedAt)}` : undefined],
            ['Decision reason', c.decisionReason],
            ['Applied', c.appliedBy ? `${c.appliedBy} ${formatDateTime(c.appliedAt)}` : undefined],
            ['Filter reference', c.filterReference],
            [
              'Verified',
              c.verifiedBy ? `${c.verifiedBy} ${formatDateTime(c.verifiedAt)}` : undefined,
            ],
            ['Verification note', c.verificationNote],
          ])}
          ${c.chronology && c.chronology.length > 0 ? renderChronology(c.chronology) : nothing}
        `,
      )}
    `,
    dispose: () => {
      disposed = true;
    },
  };
}
