import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { incidentApi } from './api';
import { focusSoon, type Context, type View } from '../shell/app';
import { localDateTimeInput } from '../shell/format';
import { formController } from '../forms/formController';
import {
  checkReport,
  emptyDraft,
  reportPayload,
  reportErrors,
  YEAR_GROUPS,
  type Draft,
} from './reportForm';
import { NO_PICK, PersonPicker } from '../platform/people/personField';
import { PupilPicker } from '../platform/pupils/pupilField';

/** A report in progress survives a session time-out in memory (never in storage), for the same user. */
let saved: { username: string; draft: Draft } | undefined;

/** Signing out on purpose forgets the report in progress. */
export function forgetReportDraft(): void {
  saved = undefined;
}

export function reportView(ctx: Context): View {
  const me = ctx.session.username;
  let draft: Draft =
    saved?.username === me ? saved.draft : emptyDraft(localDateTimeInput(new Date()));
  saved = { username: me, draft };
  let types: string[] = [];
  let typesProblem: string | undefined;
  let created: { reference: string } | undefined;
  let disposed = false;
  /** One per staff row, in the same order; they hold only the passing search, the row holds the choice. */
  const staffPickers: PersonPicker[] = [];
  const pickerFor = (i: number) => (staffPickers[i] ??= new PersonPicker(() => ctx.update()));
  /** The same for the pupil rows: the register as you type the reference. */
  const pupilPickers: PupilPicker[] = [];
  const pupilPickerFor = (i: number) => (pupilPickers[i] ??= new PupilPicker(() => ctx.update()));

  incidentApi
    .incidentTypes()
    .then((found) => {
      types = found;
      if (!disposed) ctx.update();
    })
    .catch((e: Error) => {
      typesProblem = `The list of incident types could not be loaded: ${e.message}. Choose “other” and describe it.`;
      types = ['other'];
      if (!disposed) ctx.update();
    });

  const set = (change: Partial<Draft>, redraw = false) => {
    draft = { ...draft, ...change };
    saved = { username: me, draft };
    if (redraw) ctx.update();
  };

  const form = formController({
    update: () => ctx.update(),
    validate: () => checkReport(reportPayload(draft).body),
    place: (problems, message) => reportErrors(problems, reportPayload(draft).rows, message),
  });

  async function submit(): Promise<void> {
    const { body } = reportPayload(draft);
    await form.submit(async () => {
      const result = await incidentApi.report(body);
      created = { reference: result.reference };
      saved = undefined;
      ctx.announce(`Report sent. Its reference is ${result.reference}.`);
      focusSoon('#report-done');
    });
  }

  const error = (id: string) => form.fieldError(id);
  const aria = (id: string) => form.aria(id);
  const cls = (id: string) => form.fieldClass(id);

  function textField(
    id: string,
    label: string,
    key: 'location' | 'identifier',
    hint?: string,
    required = false,
  ) {
    const a = aria(id);
    const hintId = hint ? `${id}-hint` : undefined;
    return html`<div class=${cls(id)}>
      <label for=${id}
        >${label}${required ? html` <span class="required">(required)</span>` : nothing}</label
      >
      ${hint ? html`<p class="hint" id=${hintId}>${hint}</p>` : nothing} ${error(id)}
      <input
        id=${id}
        aria-required=${required ? 'true' : 'false'}
        aria-invalid=${a.invalid}
        aria-describedby=${[hintId, a.describedBy].filter(Boolean).join(' ') || nothing}
        .value=${live(draft[key])}
        @input=${(e: Event) => set({ [key]: (e.target as HTMLInputElement).value })}
      />
    </div>`;
  }

  function typeField(): TemplateResult {
    const filter = draft.typeFilter.trim().toLowerCase();
    const matching = types.filter(
      (t) => !filter || t.toLowerCase().includes(filter) || t === draft.incidentType,
    );
    const a = aria('r-type');
    return html`<div class=${cls('r-type')}>
        <label for="r-type">Type of incident <span class="required">(required)</span></label>
        ${error('r-type')}
        <div class="type-search">
          <label for="r-type-filter" class="sub-label">Search the list</label>
          <input
            id="r-type-filter"
            type="search"
            autocomplete="off"
            aria-controls="r-type"
            aria-describedby="r-type-count"
            .value=${live(draft.typeFilter)}
            @input=${(e: Event) => set({ typeFilter: (e.target as HTMLInputElement).value }, true)}
          />
          <p class="hint" id="r-type-count" aria-live="polite">
            ${types.length === 0 ? 'Loading the types…' : `${matching.length} of ${types.length} types shown`}
          </p>
        </div>
        ${typesProblem ? html`<p class="hint">${typesProblem}</p>` : nothing}
        <select
          id="r-type"
          aria-required="true"
          aria-invalid=${a.invalid}
          aria-describedby=${a.describedBy ?? nothing}
          @change=${(e: Event) => set({ incidentType: (e.target as HTMLSelectElement).value }, true)}
        >
          <option value="" ?selected=${draft.incidentType === ''}>Choose the type…</option>
          ${matching.map(
            (t) =>
              html`<option value=${t} ?selected=${draft.incidentType === t}>
                ${t === 'other' ? 'Other (describe it)' : t}
              </option>`,
          )}
        </select>
      </div>
      ${
        draft.incidentType === 'other'
          ? html`<div class=${cls('r-type-other')}>
              <label for="r-type-other"
                >What kind of incident is it? <span class="required">(required)</span></label
              >
              ${error('r-type-other')}
              <input
                id="r-type-other"
                aria-required="true"
                aria-invalid=${aria('r-type-other').invalid}
                aria-describedby=${aria('r-type-other').describedBy ?? nothing}
                .value=${live(draft.incidentTypeOther)}
                @input=${(e: Event) => set({ incidentTypeOther: (e.target as HTMLInputElement).value })}
              />
            </div>`
          : nothing
      }`;
  }

  function pupilRows(): TemplateResult {
    return html`<fieldset class="rows" id="r-pupils">
      <legend>Pupils involved</legend>
      <p class="hint">
        Start typing the pupil reference and choose them from the register; a reference the register
        does not hold is still sent. The reference and year group only, never a name.
      </p>
      ${error('r-pupils')}
      ${draft.pupils.map((p, i) => {
        const ref = `r-pupil-${i}-ref`;
        const year = `r-pupil-${i}-year`;
        return html`<div class="row" role="group" aria-label=${`Pupil ${i + 1}`}>
          <div class=${cls(ref)}>
            <label for=${ref}>Pupil ${i + 1} reference</label>
            ${error(ref)}
            ${pupilPickerFor(i).render({
              id: ref,
              reference: p.reference,
              registered: p.registered ?? null,
              // A pupil chosen from the register brings their year group; typing keeps the one chosen.
              change: (reference, registered) =>
                set(
                  {
                    pupils: replace(draft.pupils, i, {
                      reference,
                      registered,
                      yearGroup:
                        registered && YEAR_GROUPS.includes(registered.yearGroup)
                          ? registered.yearGroup
                          : draft.pupils[i].yearGroup,
                    }),
                  },
                  registered !== null,
                ),
              describedBy: aria(ref).describedBy,
              invalid: aria(ref).invalid === 'true',
            })}
          </div>
          <div class=${cls(year)}>
            <label for=${year}>Pupil ${i + 1} year group</label>
            ${error(year)}
            <select
              id=${year}
              aria-invalid=${aria(year).invalid}
              aria-describedby=${aria(year).describedBy ?? nothing}
              @change=${(e: Event) => set({ pupils: replace(draft.pupils, i, { ...draft.pupils[i], yearGroup: (e.target as HTMLSelectElement).value }) })}
            >
              <option value="" ?selected=${p.yearGroup === ''}>Choose…</option>
              ${YEAR_GROUPS.map((y) => html`<option ?selected=${p.yearGroup === y}>${y}</option>`)}
            </select>
          </div>
          <button type="button" class="secondary remove" @click=${() => removeRow('pupils', i)}>
            Remove<span class="visually-hidden"> pupil ${i + 1}</span>
          </button>
        </div>`;
      })}
      <button type="button" class="secondary add" @click=${() => addRow('pupils')}>
        Add a pupil
      </button>
    </fieldset>`;
  }

  function staffRows(): TemplateResult {
    return html`<fieldset class="rows" id="r-staff">
      <legend>Staff involved</legend>
      <p class="hint" id="r-staff-hint">
        Start typing a name and choose them from the list. For someone without a Beacon account,
        type their full name.
      </p>
      ${draft.staff.map((s, i) => {
        const id = `r-staff-${i}`;
        return html`<div class="row" role="group" aria-label=${`Member of staff ${i + 1}`}>
          <div class=${cls(id)}>
            <label for=${id}>Member of staff ${i + 1}</label>
            ${error(id)}
            ${pickerFor(i).render({
              id,
              value: s,
              change: (pick) => set({ staff: replace(draft.staff, i, pick) }, true),
              describedBy: ['r-staff-hint', aria(id).describedBy].filter(Boolean).join(' '),
              invalid: Boolean(form.errors.inline[id]),
            })}
          </div>
          <button type="button" class="secondary remove" @click=${() => removeRow('staff', i)}>
            Remove<span class="visually-hidden"> member of staff ${i + 1}</span>
          </button>
        </div>`;
      })}
      <button type="button" class="secondary add" @click=${() => addRow('staff')}>
        Add a member of staff
      </button>
    </fieldset>`;
  }

  function urlRows(): TemplateResult {
    return html`<fieldset class="rows" id="r-urls">
      <legend>Web addresses</legend>
      <p class="hint">
        Copy the address of any site involved, starting http:// or https://. Do not visit it again.
      </p>
      ${error('r-urls')}
      ${draft.urls.map((u, i) => {
        const id = `r-url-${i}`;
        return html`<div class="row">
          <div class=${cls(id)}>
            <label for=${id}>Web address ${i + 1}</label>
            ${error(id)}
            <input
              id=${id}
              type="url"
              inputmode="url"
              autocapitalize="none"
              spellcheck="false"
              aria-invalid=${aria(id).invalid}
              aria-describedby=${aria(id).describedBy ?? nothing}
              .value=${live(u)}
              @input=${(e: Event) => set({ urls: replace(draft.urls, i, (e.target as HTMLInputElement).value) })}
            />
          </div>
          <button type="button" class="secondary remove" @click=${() => removeRow('urls', i)}>
            Remove<span class="visually-hidden"> web address ${i + 1}</span>
          </button>
        </div>`;
      })}
      <button type="button" class="secondary add" @click=${() => addRow('urls')}>
        Add a web address
      </button>
    </fieldset>`;
  }

  function addRow(kind: 'pupils' | 'staff' | 'urls'): void {
    if (kind === 'pupils')
      set({ pupils: [...draft.pupils, { reference: '', yearGroup: '', registered: null }] }, true);
    if (kind === 'staff') set({ staff: [...draft.staff, NO_PICK] }, true);
    if (kind === 'urls') set({ urls: [...draft.urls, ''] }, true);
    const index =
      (kind === 'pupils' ? draft.pupils : kind === 'staff' ? draft.staff : draft.urls).length - 1;
    focusSoon(
      kind === 'pupils'
        ? `#r-pupil-${index}-ref`
        : kind === 'staff'
          ? `#r-staff-${index}`
          : `#r-url-${index}`,
    );
  }

  function removeRow(kind: 'pupils' | 'staff' | 'urls', index: number): void {
    if (kind === 'pupils') {
      pupilPickers.splice(index, 1).forEach((p) => p.dispose());
      set({ pupils: draft.pupils.filter((_, i) => i !== index) }, true);
    }
    if (kind === 'staff') {
      staffPickers.splice(index, 1).forEach((p) => p.dispose());
      set({ staff: draft.staff.filter((_, i) => i !== index) }, true);
    }
    if (kind === 'urls') set({ urls: draft.urls.filter((_, i) => i !== index) }, true);
    form.clear();
    ctx.update();
    ctx.announce('Row removed.');
    focusSoon(`#r-${kind} .add`);
  }

  return {
    title: () => 'Report an incident',
    render: () => {
      if (created) {
        return html`<div class="notice success big" id="report-done" tabindex="-1" role="status">
            <h2>Report sent</h2>
            <p>Its reference is <strong class="reference">${created.reference}</strong>.</p>
            <p>
              The Designated Safeguarding Lead has it now. Keep the reference if you need to ask
              about it.
            </p>
          </div>
          <ul class="big-links">
            <li>
              <a
                class="button big-link"
                href=${`#/incidents/${encodeURIComponent(created.reference)}`}
                >View your report</a
              >
            </li>
            <li>
              <button
                type="button"
                class="button big-link"
                @click=${() => {
                  created = undefined;
                  draft = emptyDraft(localDateTimeInput(new Date()));
                  saved = { username: me, draft };
                  ctx.update();
                  focusSoon('#r-occurred');
                }}
              >
                Report another incident
              </button>
            </li>
          </ul>`;
      }
      const occurred = aria('r-occurred');
      const description = aria('r-description');
      const ownership = aria('r-ownership');
      return html`
        <form
          class="report"
          novalidate
          @submit=${(e: Event) => {
            e.preventDefault();
            void submit();
          }}
        >
          ${form.summary()}
          <div class=${`risk${draft.immediateRisk ? ' risk-on' : ''}`}>
            <div class="field field-checkbox">
              <input
                type="checkbox"
                id="r-risk"
                aria-describedby="r-risk-note"
                .checked=${live(draft.immediateRisk)}
                @change=${(e: Event) => set({ immediateRisk: (e.target as HTMLInputElement).checked }, true)}
              />
              <label for="r-risk">A child is at immediate risk</label>
            </div>
            <p id="r-risk-note" class="urgent" role=${draft.immediateRisk ? 'alert' : nothing}>
              <strong
                >${draft.immediateRisk ? 'Call 999 now' : 'Child in immediate danger? Call 999 now'}</strong
              >, before you finish this report. Then tell the DSL in person.
            </p>
          </div>

          <div class=${cls('r-occurred')}>
            <label for="r-occurred"
              >When did it happen? <span class="required">(required)</span></label
            >
            ${error('r-occurred')}
            <input
              id="r-occurred"
              type="datetime-local"
              aria-required="true"
              aria-invalid=${occurred.invalid}
              aria-describedby=${occurred.describedBy ?? nothing}
              .value=${live(draft.occurredAt)}
              @input=${(e: Event) => set({ occurredAt: (e.target as HTMLInputElement).value })}
            />
          </div>
          ${textField('r-location', 'Where did it happen?', 'location', 'For example: IT suite 2, Year 8 form room, school trip.', true)}

          <fieldset
            class=${cls('r-ownership')}
            id="r-ownership"
            tabindex="-1"
            aria-describedby=${ownership.describedBy ?? nothing}
          >
            <legend>Whose device was it? <span class="required">(required)</span></legend>
            ${error('r-ownership')}
            <div class="choices">
              ${(['school', 'personal'] as const).map(
                (o) =>
                  html`<div class="choice">
                    <input
                      type="radio"
                      name="ownership"
                      id=${`r-ownership-${o}`}
                      value=${o}
                      .checked=${live(draft.ownership === o)}
                      @change=${() => set({ ownership: o })}
                    />
                    <label for=${`r-ownership-${o}`}
                      >${o === 'school' ? 'A school device' : 'A personal device'}</label
                    >
                  </div>`,
              )}
            </div>
          </fieldset>
          ${textField('r-identifier', 'Which device?', 'identifier', 'Asset tag, computer name, or a short description (optional).')}
          ${typeField()}

          <div class=${cls('r-description')}>
            <label for="r-description"
              >What happened? <span class="required">(required)</span></label
            >
            <p class="hint" id="r-description-hint">
              What you saw or were told, in plain words. Facts, not opinions.
            </p>
            ${error('r-description')}
            <textarea
              id="r-description"
              rows="6"
              aria-required="true"
              aria-invalid=${description.invalid}
              aria-describedby=${['r-description-hint', description.describedBy].filter(Boolean).join(' ')}
              .value=${live(draft.description)}
              @input=${(e: Event) => set({ description: (e.target as HTMLTextAreaElement).value })}
            ></textarea>
          </div>

          ${pupilRows()} ${staffRows()} ${urlRows()}

          <div class="actions">
            <button type="submit" class="primary big" ?disabled=${form.busy}>
              ${form.busy ? 'Sending…' : 'Send the report'}
            </button>
          </div>
        </form>
      `;
    },
    dispose: () => {
      disposed = true;
      staffPickers.forEach((p) => p.dispose());
      pupilPickers.forEach((p) => p.dispose());
    },
  };
}

function replace<T>(list: T[], index: number, value: T): T[] {
  return list.map((item, i) => (i === index ? value : item));
}
