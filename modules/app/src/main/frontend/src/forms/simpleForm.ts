// Forms the screens declare as a list of fields (raise an allegation, report a site, record a
// check, a policy version...): rendering with labels, hints and required marks, the checks a
// user should not wait for the server to make, and the server's 400 field errors placed beside
// the control they are about, with a summary at the top in form order.

import { html, nothing, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { renderSummary, type PlacedErrors, type SummaryItem } from './taskForm';
import { formController, type FormController } from './formController';
import { asPick, type PersonControl, type PersonPick } from '../platform/people/personField';
import type { RegisteredPupil } from '../platform/pupils/api';
import { addPupilLine } from '../platform/pupils/pupilField';

/** `person`: a member of staff, searched in the directory as you type (the handlers' `person` draws it). */
export type Kind =
  | 'text'
  | 'textarea'
  | 'select'
  | 'radios'
  | 'checkbox'
  | 'date'
  | 'datetime'
  | 'url'
  | 'file'
  | 'person';

export interface Field {
  /** the key in the values, and by default the server's name for it */
  name: string;
  label: string;
  kind: Kind;
  required?: boolean;
  hint?: string;
  options?: { value: string; label: string }[];
  /** server field paths whose errors belong here besides `name` (e.g. "accused" for the whole accused) */
  paths?: string[];
  /** shown (and sent) only when this holds */
  when?: (values: Values) => boolean;
  /** for file inputs */
  accept?: string;
  maxLength?: number;
  /** a textarea of pupils one a line: the handlers' `pupil` draws a register lookup that adds a line */
  pupils?: boolean;
}

export type Value = string | boolean | File | PersonPick | undefined;
export type Values = Record<string, Value>;

export const NO_ERRORS: PlacedErrors = { inline: {}, summary: [] };

export const controlOf = (name: string) => `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

export function visible(fields: Field[], values: Values): Field[] {
  return fields.filter((f) => !f.when || f.when(values));
}

export function text(values: Values, name: string): string {
  const v = values[name];
  return typeof v === 'string' ? v.trim() : '';
}

/** Required fields left empty, by field name, in plain words. */
export function missing(fields: Field[], values: Values): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const f of visible(fields, values)) {
    if (!f.required) continue;
    const v = values[f.name];
    const empty =
      f.kind === 'file'
        ? !(v instanceof File)
        : f.kind === 'checkbox'
          ? false
          : f.kind === 'person'
            ? asPick(v).text.trim() === ''
            : typeof v !== 'string' || v.trim() === '';
    if (empty)
      errors[f.name] =
        f.kind === 'select' || f.kind === 'radios'
          ? `${f.label.replace(/\?$/, '')}: choose one`
          : `${f.label} is required`;
  }
  return errors;
}

/** The field a server path is about: itself, a field that claims it, or the field of its nearest parent. */
export function fieldFor(fields: Field[], path: string): Field | undefined {
  const exact = fields.find((f) => f.name === path || f.paths?.includes(path));
  if (exact) return exact;
  const bare = path.replace(/\[\d+\]/g, '');
  const byBare = fields.find((f) => f.name === bare || f.paths?.includes(bare));
  if (byBare) return byBare;
  const parent = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : undefined;
  return parent ? fieldFor(fields, parent) : undefined;
}

/** Errors by field name (ours) or server path, placed beside their fields, summary in form order. */
export function placeSimpleErrors(
  fields: Field[],
  errors: Record<string, string>,
  message?: string,
): PlacedErrors {
  const inline: Record<string, string> = {};
  const summary: (SummaryItem & { order: number })[] = [];
  for (const [path, problem] of Object.entries(errors)) {
    const field = fieldFor(fields, path);
    const words = /^[a-z]/.test(problem) ? `${field?.label ?? path} ${problem}` : problem;
    if (field) {
      inline[field.name] = inline[field.name] ? `${inline[field.name]}; ${words}` : words;
      summary.push({ fieldId: field.name, text: words, order: fields.indexOf(field) });
    } else {
      summary.push({ text: words, order: fields.length });
    }
  }
  summary.sort((a, b) => a.order - b.order);
  if (summary.length === 0 && message) summary.push({ text: message, order: 0 });
  return {
    inline,
    summary: summary.map(({ fieldId, text: t }) => (fieldId ? { fieldId, text: t } : { text: t })),
  };
}

export interface SimpleFormModel {
  id: string;
  fields: Field[];
  values: Values;
  errors: PlacedErrors;
  busy: boolean;
  submitLabel: string;
}

export interface SimpleFormHandlers {
  change(name: string, value: Value): void;
  submit(): void;
  /** Draws the control of a `person` field (a plain text box without it). */
  person?(name: string, control: PersonControl): TemplateResult;
  /** Draws a pupil register lookup (control id `id`) for a `pupils` textarea; `add` puts a chosen pupil in the list. */
  pupil?(name: string, id: string, add: (p: RegisteredPupil) => void): TemplateResult;
}

export function renderSimpleForm(m: SimpleFormModel, on: SimpleFormHandlers): TemplateResult {
  return html`
    ${renderSummary(m.errors, { focusField: (name) => focusField(name) }, controlOf)}
    <form
      class="simple-form"
      id=${m.id}
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        on.submit();
      }}
    >
      ${visible(m.fields, m.values).map((f) => renderSimpleField(f, m.values[f.name], m.errors.inline[f.name], on))}
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${m.busy}>
          ${m.busy ? 'Sending…' : m.submitLabel}
        </button>
      </div>
    </form>
  `;
}

function focusField(name: string): void {
  const element = document.getElementById(controlOf(name));
  if (element?.tagName === 'FIELDSET') {
    (
      element.querySelector<HTMLInputElement>('input:checked') ??
      element.querySelector<HTMLInputElement>('input')
    )?.focus();
  } else {
    element?.focus();
  }
}

function renderSimpleField(
  f: Field,
  value: Value,
  error: string | undefined,
  on: SimpleFormHandlers,
): TemplateResult {
  const id = controlOf(f.name);
  const hintId = f.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || nothing;
  const required = f.required ? html` <span class="required">(required)</span>` : nothing;
  const hint = f.hint ? html`<p class="hint" id=${hintId}>${f.hint}</p>` : nothing;
  const err = error
    ? html`<p class="field-error" id=${errorId}>
        <span class="visually-hidden">Error: </span>${error}
      </p>`
    : nothing;
  const cls = `field${error ? ' has-error' : ''}`;
  const str = typeof value === 'string' ? value : '';
  const input = (e: Event) => on.change(f.name, (e.target as HTMLInputElement).value);
  const parts: FieldParts = { id, cls, describedBy, required, hint, err, error };

  switch (f.kind) {
    case 'checkbox':
      return html`<div class=${`${cls} field-checkbox`}>
        <input
          type="checkbox"
          id=${id}
          aria-describedby=${describedBy}
          .checked=${live(value === true)}
          @change=${(e: Event) => on.change(f.name, (e.target as HTMLInputElement).checked)}
        />
        <label for=${id}>${f.label}</label>
        ${hint} ${err}
      </div>`;
    case 'radios':
      return renderRadios(f, parts, str, on);
    case 'select':
      return renderSelect(f, parts, str, on);
    case 'textarea':
      return html`<div class=${cls}>
        <label for=${id}>${f.label}${required}</label>
        ${hint} ${err}
        <textarea
          id=${id}
          rows="5"
          maxlength=${f.maxLength ?? nothing}
          aria-required=${f.required ? 'true' : 'false'}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy}
          .value=${live(str)}
          @input=${input}
        ></textarea>
        ${
          f.pupils && on.pupil
            ? html`<div class="field pupil-adder">
                <label for=${`${id}-find`}>Add a pupil from the register</label>
                ${on.pupil(f.name, `${id}-find`, (p) => on.change(f.name, addPupilLine(str, p)))}
              </div>`
            : nothing
        }
      </div>`;
    case 'person': {
      const pick = asPick(value);
      const control: PersonControl = {
        id,
        value: pick,
        change: (next) => on.change(f.name, next),
        describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined,
        invalid: Boolean(error),
        required: f.required,
      };
      return html`<div class=${cls}>
        <label for=${id}>${f.label}${required}</label>
        ${hint} ${err}
        ${
          on.person
            ? on.person(f.name, control)
            : html`<input
                id=${id}
                type="text"
                aria-required=${f.required ? 'true' : 'false'}
                aria-invalid=${error ? 'true' : 'false'}
                aria-describedby=${describedBy}
                .value=${live(pick.text)}
                @input=${(e: Event) => on.change(f.name, { text: (e.target as HTMLInputElement).value, person: null })}
              />`
        }
      </div>`;
    }
    case 'file':
      return html`<div class=${cls}>
        <label for=${id}>${f.label}${required}</label>
        ${hint} ${err}
        <input
          type="file"
          id=${id}
          accept=${f.accept ?? nothing}
          aria-required=${f.required ? 'true' : 'false'}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy}
          @change=${(e: Event) => on.change(f.name, (e.target as HTMLInputElement).files?.[0])}
        />
      </div>`;
    default: {
      const type =
        f.kind === 'datetime'
          ? 'datetime-local'
          : f.kind === 'date'
            ? 'date'
            : f.kind === 'url'
              ? 'url'
              : 'text';
      return html`<div class=${cls}>
        <label for=${id}>${f.label}${required}</label>
        ${hint} ${err}
        <input
          id=${id}
          type=${type}
          maxlength=${f.maxLength ?? nothing}
          inputmode=${f.kind === 'url' ? 'url' : nothing}
          autocapitalize=${f.kind === 'url' ? 'none' : nothing}
          aria-required=${f.required ? 'true' : 'false'}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy}
          .value=${live(str)}
          @input=${input}
        />
      </div>`;
    }
  }
}

/** The form controller of a field-list form: required fields checked here, errors placed on its fields. */
export function simpleFormController(
  update: () => void,
  fields: () => Field[],
  values: () => Values,
): FormController {
  return formController({
    update,
    validate: () => missing(fields(), values()),
    place: (problems, message) => placeSimpleErrors(fields(), problems, message),
    controlId: controlOf,
  });
}

/** What every control of a field-list form shares: ids, the required mark, hint and error. */
interface FieldParts {
  id: string;
  cls: string;
  describedBy: string | typeof nothing;
  required: TemplateResult | typeof nothing;
  hint: TemplateResult | typeof nothing;
  err: TemplateResult | typeof nothing;
  error: string | undefined;
}

/** A group of radios: every choice visible at once. */
function renderRadios(
  f: Field,
  { id, cls, describedBy, required, hint, err, error }: FieldParts,
  str: string,
  on: SimpleFormHandlers,
): TemplateResult {
  return html`<fieldset class=${cls} id=${id} aria-describedby=${describedBy}>
    <legend>${f.label}${required}</legend>
    ${hint} ${err}
    <div class="choices">
      ${(f.options ?? []).map(
        (o) =>
          html`<div class="choice">
            <input
              type="radio"
              id=${`${id}-${o.value}`}
              name=${id}
              value=${o.value}
              .checked=${live(str === o.value)}
              aria-invalid=${error ? 'true' : 'false'}
              @change=${() => on.change(f.name, o.value)}
            />
            <label for=${`${id}-${o.value}`}>${o.label}</label>
          </div>`,
      )}
    </div>
  </fieldset>`;
}

/** A drop-down list, "Choose…" first. */
function renderSelect(
  f: Field,
  { id, cls, describedBy, required, hint, err, error }: FieldParts,
  str: string,
  on: SimpleFormHandlers,
): TemplateResult {
  return html`<div class=${cls}>
    <label for=${id}>${f.label}${required}</label>
    ${hint} ${err}
    <select
      id=${id}
      aria-required=${f.required ? 'true' : 'false'}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy}
      @change=${(e: Event) => on.change(f.name, (e.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${str === ''}>Choose…</option>
      ${(f.options ?? []).map((o) => html`<option value=${o.value} ?selected=${str === o.value}>${o.label}</option>`)}
    </select>
  </div>`;
}
