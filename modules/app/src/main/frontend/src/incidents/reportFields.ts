// The incident report form's fields, drawn: the text fields, the incident type, and the rows of
// pupils, staff and web addresses. The view (report.ts) holds the draft and the form controller.

import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import type { FormController } from '../forms/formController';
import type { PersonPicker } from '../platform/people/personField';
import type { PupilPicker } from '../platform/pupils/pupilField';
import { YEAR_GROUPS, type Draft } from './reportForm';

/** What the fields read and change: the draft (always the latest), the form, the pickers per row. */
export interface ReportParts {
  draft: () => Draft;
  set: (change: Partial<Draft>, redraw?: boolean) => void;
  form: FormController;
  types: () => string[];
  typesProblem: () => string | undefined;
  pickerFor: (i: number) => PersonPicker;
  pupilPickerFor: (i: number) => PupilPicker;
  addRow: (kind: 'pupils' | 'staff' | 'urls') => void;
  removeRow: (kind: 'pupils' | 'staff' | 'urls', index: number) => void;
}

function replace<T>(list: T[], index: number, value: T): T[] {
  return list.map((item, i) => (i === index ? value : item));
}

/** The free-text fields and the incident type. */
export function reportTextFields(r: ReportParts) {
  const { set } = r;
  const error = (id: string) => r.form.fieldError(id);
  const aria = (id: string) => r.form.aria(id);
  const cls = (id: string) => r.form.fieldClass(id);

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
        .value=${live(r.draft()[key])}
        @input=${(e: Event) => set({ [key]: (e.target as HTMLInputElement).value })}
      />
    </div>`;
  }

  function typeField(): TemplateResult {
    const filter = r.draft().typeFilter.trim().toLowerCase();
    const matching = r
      .types()
      .filter((t) => !filter || t.toLowerCase().includes(filter) || t === r.draft().incidentType);
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
            .value=${live(r.draft().typeFilter)}
            @input=${(e: Event) => set({ typeFilter: (e.target as HTMLInputElement).value }, true)}
          />
          <p class="hint" id="r-type-count" aria-live="polite">
            ${r.types().length === 0 ? 'Loading the types…' : `${matching.length} of ${r.types().length} types shown`}
          </p>
        </div>
        ${r.typesProblem() ? html`<p class="hint">${r.typesProblem()}</p>` : nothing}
        <select
          id="r-type"
          aria-required="true"
          aria-invalid=${a.invalid}
          aria-describedby=${a.describedBy ?? nothing}
          @change=${(e: Event) => set({ incidentType: (e.target as HTMLSelectElement).value }, true)}
        >
          <option value="" ?selected=${r.draft().incidentType === ''}>Choose the type…</option>
          ${matching.map(
            (t) =>
              html`<option value=${t} ?selected=${r.draft().incidentType === t}>
                ${t === 'other' ? 'Other (describe it)' : t}
              </option>`,
          )}
        </select>
      </div>
      ${
        r.draft().incidentType === 'other'
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
                .value=${live(r.draft().incidentTypeOther)}
                @input=${(e: Event) => set({ incidentTypeOther: (e.target as HTMLInputElement).value })}
              />
            </div>`
          : nothing
      }`;
  }

  return { textField, typeField };
}

/** The rows of pupils, staff and web addresses, each with its add and remove buttons. */
export function reportRows(r: ReportParts) {
  const { set, pickerFor, pupilPickerFor, addRow, removeRow } = r;
  const error = (id: string) => r.form.fieldError(id);
  const aria = (id: string) => r.form.aria(id);
  const cls = (id: string) => r.form.fieldClass(id);
  const form = r.form;

  function pupilRows(): TemplateResult {
    return html`<fieldset class="rows" id="r-pupils">
      <legend>Pupils involved</legend>
      <p class="hint">
        Start typing the pupil reference and choose them from the register; a reference the register
        does not hold is still sent. The reference and year group only, never a name.
      </p>
      ${error('r-pupils')}
      ${r.draft().pupils.map((p, i) => {
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
                    pupils: replace(r.draft().pupils, i, {
                      reference,
                      registered,
                      yearGroup:
                        registered && YEAR_GROUPS.includes(registered.yearGroup)
                          ? registered.yearGroup
                          : r.draft().pupils[i].yearGroup,
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
              @change=${(e: Event) => set({ pupils: replace(r.draft().pupils, i, { ...r.draft().pupils[i], yearGroup: (e.target as HTMLSelectElement).value }) })}
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
      ${r.draft().staff.map((s, i) => {
        const id = `r-staff-${i}`;
        return html`<div class="row" role="group" aria-label=${`Member of staff ${i + 1}`}>
          <div class=${cls(id)}>
            <label for=${id}>Member of staff ${i + 1}</label>
            ${error(id)}
            ${pickerFor(i).render({
              id,
              value: s,
              change: (pick) => set({ staff: replace(r.draft().staff, i, pick) }, true),
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
      ${r.draft().urls.map((u, i) => {
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
              @input=${(e: Event) => set({ urls: replace(r.draft().urls, i, (e.target as HTMLInputElement).value) })}
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

  return { pupilRows, staffRows, urlRows };
}

/** The facts at the top of the report: immediate risk, when, whose device, what happened. */
export function reportFacts(r: ReportParts) {
  const { set } = r;
  const error = (id: string) => r.form.fieldError(id);
  const aria = (id: string) => r.form.aria(id);
  const cls = (id: string) => r.form.fieldClass(id);

  function riskField(): TemplateResult {
    return html`<div class=${`risk${r.draft().immediateRisk ? ' risk-on' : ''}`}>
      <div class="field field-checkbox">
        <input
          type="checkbox"
          id="r-risk"
          aria-describedby="r-risk-note"
          .checked=${live(r.draft().immediateRisk)}
          @change=${(e: Event) => set({ immediateRisk: (e.target as HTMLInputElement).checked }, true)}
        />
        <label for="r-risk">A child is at immediate risk</label>
      </div>
      <p id="r-risk-note" class="urgent" role=${r.draft().immediateRisk ? 'alert' : nothing}>
        <strong
          >${r.draft().immediateRisk ? 'Call 999 now' : 'Child in immediate danger? Call 999 now'}</strong
        >, before you finish this report. Then tell the DSL in person.
      </p>
    </div>`;
  }

  function occurredField(): TemplateResult {
    const occurred = aria('r-occurred');
    return html`<div class=${cls('r-occurred')}>
      <label for="r-occurred">When did it happen? <span class="required">(required)</span></label>
      ${error('r-occurred')}
      <input
        id="r-occurred"
        type="datetime-local"
        aria-required="true"
        aria-invalid=${occurred.invalid}
        aria-describedby=${occurred.describedBy ?? nothing}
        .value=${live(r.draft().occurredAt)}
        @input=${(e: Event) => set({ occurredAt: (e.target as HTMLInputElement).value })}
      />
    </div>`;
  }

  function ownershipField(): TemplateResult {
    const ownership = aria('r-ownership');
    return html`<fieldset
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
                .checked=${live(r.draft().ownership === o)}
                @change=${() => set({ ownership: o })}
              />
              <label for=${`r-ownership-${o}`}
                >${o === 'school' ? 'A school device' : 'A personal device'}</label
              >
            </div>`,
        )}
      </div>
    </fieldset>`;
  }

  function descriptionField(): TemplateResult {
    const description = aria('r-description');
    return html`<div class=${cls('r-description')}>
      <label for="r-description">What happened? <span class="required">(required)</span></label>
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
        .value=${live(r.draft().description)}
        @input=${(e: Event) => set({ description: (e.target as HTMLTextAreaElement).value })}
      ></textarea>
    </div>`;
  }

  return { riskField, occurredField, ownershipField, descriptionField };
}

/** The report is sent: its reference, a link to it, and a way to report another. */
export function reportSent(reference: string, onAnother: () => void): TemplateResult {
  return html`<div class="notice success big" id="report-done" tabindex="-1" role="status">
      <h2>Report sent</h2>
      <p>Its reference is <strong class="reference">${reference}</strong>.</p>
      <p>
        The Designated Safeguarding Lead has it now. Keep the reference if you need to ask about it.
      </p>
    </div>
    <ul class="big-links">
      <li>
        <a class="button big-link" href=${`#/incidents/${encodeURIComponent(reference)}`}
          >View your report</a
        >
      </li>
      <li>
        <button type="button" class="button big-link" @click=${onAnother}>
          Report another incident
        </button>
      </li>
    </ul>`;
}
