// Allegations against staff: raise one (anyone signed in), the list of cases the caller needs to
// know about, and one case. What the server leaves out (need to know) is not there to show:
// whoever recorded an allegation sees only that it was received; anyone else gets a plain refusal.

import { html, nothing, type TemplateResult } from 'lit-html';
import { type AllegationDetail, type AllegationSummary, cases } from './api';
import { focusSoon, type Context, type View } from '../shell/app';
import { formatDate, formatDateTime, humanise, localDateTimeInput } from '../shell/format';
import { ALLEGATION_FIELDS, allegationPayload, emptyAllegation } from './allegationForm';
import { renderSimpleForm, simpleFormController, type Values } from '../forms/simpleForm';
import { renderChronology } from '../shell/chronology';
import { facts, load, loaded, type Load } from '../shell/common';
import { personPickers } from '../platform/people/personField';
import { pupilAdders } from '../platform/pupils/pupilField';

export function raiseAllegationView(ctx: Context): View {
  let values: Values = emptyAllegation(localDateTimeInput(new Date()));
  let created: string | undefined;
  const people = personPickers(() => ctx.update());
  const children = pupilAdders(() => ctx.update());
  const form = simpleFormController(
    () => ctx.update(),
    () => ALLEGATION_FIELDS,
    () => values,
  );

  async function submit(): Promise<void> {
    await form.submit(async () => {
      created = (await cases.raiseAllegation(allegationPayload(values))).reference;
      ctx.announce(`Allegation recorded. Its reference is ${created}.`);
      focusSoon('#raised');
    });
  }

  return {
    title: () => 'Raise an allegation about a member of staff',
    render: () =>
      created
        ? html`<div class="notice success big" id="raised" tabindex="-1" role="status">
              <h2>Allegation recorded</h2>
              <p>Its reference is <strong class="reference">${created}</strong>.</p>
              <p>
                The DSL and the case manager have it now. You will not see the case itself: only
                that it was received. Do not discuss it with the person it is about.
              </p>
            </div>
            <p><a href="#/allegations">Allegations you recorded</a></p>`
        : html`
            <p class="lead">
              Use this when someone tells you, or you see, that an adult working at the school may
              have harmed a child or behaved in a way that makes them unsuitable to work with
              children.
            </p>
            <p class="urgent" role="note">
              <strong>A child in immediate danger?</strong> Call 999 now, then tell the DSL in
              person.
            </p>
            ${renderSimpleForm(
              {
                id: 'allegation-form',
                fields: ALLEGATION_FIELDS,
                values,
                errors: form.errors,
                busy: form.busy,
                submitLabel: 'Record the allegation',
              },
              {
                change: (name, value) => {
                  values = { ...values, [name]: value };
                  // Choices that show or hide fields redraw at once; text redraws on the next event.
                  if (typeof value !== 'string' || ['source', 'accused.role'].includes(name))
                    ctx.update();
                },
                submit: () => void submit(),
                person: people.render,
                pupil: children.render,
              },
            )}
          `,
    dispose: () => {
      people.dispose();
      children.dispose();
    },
  };
}

export function allegationListView(ctx: Context): View {
  const state: Load<AllegationSummary[]> = {};
  let disposed = false;
  void load(
    ctx,
    state,
    () => cases.allegations(new URLSearchParams({ size: '100' })),
    'allegations',
    () => !disposed,
  );
  return {
    title: () => 'Allegations against staff',
    render: () => html`
      <p><a class="button secondary" href="#/allegations/new">Raise an allegation</a></p>
      <p class="muted">
        Only the cases you need to know about are listed. The person an allegation is about never
        sees it.
      </p>
      ${loaded(state, (items) =>
        items.length === 0
          ? html`<p class="empty">No allegations for you.</p>`
          : html`<div class="table-scroll">
              <table>
                <caption class="visually-hidden">
                  Allegations, newest first
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Reference</th>
                    <th scope="col">Raised</th>
                    <th scope="col">About</th>
                    <th scope="col">Case manager</th>
                    <th scope="col">Status</th>
                    <th scope="col">Outcome</th>
                  </tr>
                </thead>
                <tbody>
                  ${items.map(
                    (a) =>
                      html`<tr>
                        <th scope="row" class="nowrap">
                          <a href=${`#/allegations/${encodeURIComponent(a.reference)}`}
                            >${a.reference}</a
                          >
                        </th>
                        <td>${formatDateTime(a.raisedAt)}</td>
                        <td>
                          ${a.view === 'full' ? `${a.accused ?? ''}${a.accusedIsHead ? ' (headteacher)' : ''}` : html`<span class="muted">not shown to you</span>`}
                        </td>
                        <td>${a.caseManager ? humanise(a.caseManager) : ''}</td>
                        <td>${humanise(a.status)}</td>
                        <td>${a.outcome ? humanise(a.outcome) : ''}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`,
      )}
    `,
    dispose: () => {
      disposed = true;
    },
  };
}

const yesNo = (b: boolean | null | undefined) =>
  b === null || b === undefined ? undefined : b ? 'Yes' : 'No';

export function allegationView(ctx: Context, reference: string): View {
  const state: Load<AllegationDetail> = {};
  let disposed = false;
  void load(
    ctx,
    state,
    () => cases.allegation(reference),
    'allegation',
    () => !disposed,
  );

  return {
    title: () => `Allegation ${state.value?.reference ?? reference}`,
    render: () => html`
      <p><a href="#/allegations">← Allegations</a></p>
      ${loaded(state, (a) =>
        a.view === 'full'
          ? renderAllegation(a)
          : html`<div class="notice" role="status">
              <p>
                <strong>${a.reference}</strong>: received. The DSL and the case manager have it.
              </p>
              <p>
                You recorded this allegation, so you can see that it arrived; the case itself is
                only for those who need to know.
              </p>
            </div>`,
      )}
    `,
    dispose: () => {
      disposed = true;
    },
  };
}

/** The whole case, for the DSL and the case manager (the only ones the server sends it to). */
export function renderAllegation(a: AllegationDetail, headingLevel: 2 | 3 = 2): TemplateResult {
  return html`
    <p class="muted">What you can see: the whole case (you are the DSL or its case manager).</p>
    ${facts([
      ['Reference', a.reference],
      ['Status', humanise(a.status)],
      ['Raised', formatDateTime(a.raisedAt)],
      ['Recorded by', a.raisedBy],
      ['Case manager', humanise(a.caseManager)],
      [
        'About',
        a.accused
          ? `${a.accused.username ?? a.accused.name ?? ''} (${humanise(a.accused.role)})${a.accused.headteacher ? ', the headteacher' : ''}`
          : undefined,
      ],
      [
        'How it came to the school',
        a.source
          ? `${humanise(a.source.type)}${a.source.reference ? `: ${a.source.reference}` : ''}`
          : undefined,
      ],
      [
        'Made by',
        a.reporter?.name
          ? [a.reporter.name, a.reporter.relationship, a.reporter.contact]
              .filter(Boolean)
              .join(', ')
          : 'Anonymous or from an incident',
      ],
      ['Happened', formatDateTime(a.occurredAt)],
      [
        'What is alleged',
        a.whatHappened ? html`<span class="prewrap">${a.whatHappened}</span>` : undefined,
      ],
      [
        'Children',
        a.children && a.children.length > 0
          ? html`<ul class="plain">
              ${a.children.map((c) => html`<li>${c.reference}${c.yearGroup ? ` (${c.yearGroup})` : ''}</li>`)}
            </ul>`
          : undefined,
      ],
      ['Child in immediate danger', yesNo(a.immediateDanger)],
      ['Child abuse images found with them', yesNo(a.childAbuseImages)],
      [
        'Harm threshold met',
        a.harmThreshold?.met === null || a.harmThreshold?.met === undefined
          ? 'Not yet assessed'
          : yesNo(a.harmThreshold.met),
      ],
      ['Low-level concerns in 12 months', a.lowLevelConcernsIn12Months ?? undefined],
      [
        'LADO',
        a.lado?.name || a.lado?.reference
          ? [
              a.lado.name,
              a.lado.reference,
              a.lado.consultedOn ? formatDate(a.lado.consultedOn) : null,
            ]
              .filter(Boolean)
              .join(', ')
          : undefined,
      ],
      ['LADO advice', a.lado?.advice ?? undefined],
      ['LADO decision', a.lado?.outcome ? humanise(a.lado.outcome) : undefined],
      ['Suspension approved', yesNo(a.suspension?.approved)],
      ['Outcome', a.outcome ? humanise(a.outcome) : undefined],
      ['Employment outcome', a.employmentOutcome ? humanise(a.employmentOutcome) : undefined],
      [
        'Record kept',
        a.retention ? `${a.retention.rule}: ${formatDate(a.retention.until)}` : undefined,
      ],
      ['Closed', formatDateTime(a.closedAt)],
    ])}
    ${
      a.deadlines && a.deadlines.length > 0
        ? html`${headingLevel === 2 ? html`<h2>Deadlines</h2>` : html`<h3>Deadlines</h3>`}
            <div class="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Step</th>
                    <th scope="col">Due</th>
                    <th scope="col">Done</th>
                    <th scope="col">State</th>
                  </tr>
                </thead>
                <tbody>
                  ${a.deadlines.map(
                    (d) =>
                      html`<tr
                        class=${d.state === 'overdue' || d.state === 'missed' ? 'denied' : ''}
                      >
                        <th scope="row">${d.name ?? d.task}</th>
                        <td>${formatDateTime(d.due)}</td>
                        <td>${formatDateTime(d.done)}</td>
                        <td>
                          ${d.state === 'overdue' || d.state === 'missed' ? html`<strong>${humanise(d.state)}</strong>` : humanise(d.state)}
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
        : nothing
    }
    ${a.chronology && a.chronology.length > 0 ? renderChronology(a.chronology, headingLevel) : nothing}
  `;
}
